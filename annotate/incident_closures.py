"""An airport shut because of what flew over it: "Vilnius airport was
closed for four hours after balloons drifted in from Belarus", "flights
were halted after staff reported drones over the runway". The closure
says the flight was an incursion, whatever verb tells the flight (drifted,
reported, flew); the clause of what came before is the incident.

Never a closure for something else ("after a bomb threat", "after a
power cut"), one that did not happen or may ("was not closed", "could be
closed if drones are seen"), nor a clause that is no flight ("after
officials warned of drones": a warning).
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from annotate.lexicons import incident_words
from annotate.parse_spans import tokens_with

_CLOSING = frozenset("close shut halt suspend stop ground divert disrupt".split())
_CLOSED = frozenset(
    "airport airports airfield flight flights traffic runway runways departures arrivals"
    " airspace".split()
)
_FLYERS = frozenset("drone drones balloon balloons uav uavs".split())
_BEFORE = frozenset({"after", "when", "because", "as"})
# "after officials warned of drones": words about drones, not a flight
_TALK = frozenset("warn threaten fear claim rumour".split())


def closed_for_flyers(doc: Doc) -> list[tuple[Token, str]]:
    """The clause of the flight that shut an airport (see the module
    docstring), as an airspace incident."""
    verbs = tokens_with(doc, LEMMA, _CLOSING, lower=True)  # Tokens only for these
    found = []
    for verb in verbs:
        clause = flight_that_closed(verb)
        if clause is not None:
            found.append((clause, "airspace"))
    return found


def flight_that_closed(verb: Token) -> Token | None:
    """The "after" clause of drones or balloons under a verb that shut an
    airport or its flights, if there is one."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CLOSING:
        return None
    lex = incident_words()
    if any(
        c.dep_ in ("aux", "neg") and c.lower_ in set(lex["modals"]) | set(lex["negations"])
        for c in verb.children
    ):
        return None  # "was not closed", "could be closed"
    closed = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
    if not any(_an_airport(c) for c in closed):
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(c.dep_ == "mark" and c.lower_ in _BEFORE for c in clause.children):
            continue
        if clause.lemma_.lower() in _TALK:
            continue
        if any(t.lower_ in _FLYERS or t.lemma_.lower() in _FLYERS for t in clause.subtree):
            return clause
    return None


def _an_airport(noun: Token) -> bool:
    """ "Vilnius airport", "flights at Flesland airport", "departures"."""
    return any(t.lemma_.lower() in _CLOSED or t.lower_ in _CLOSED for t in noun.subtree)
