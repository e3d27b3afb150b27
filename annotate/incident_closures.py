"""An airport shut because of what flew over it: "Vilnius airport was
closed for four hours after balloons drifted in from Belarus", "flights
were halted after staff reported drones over the runway". The closure
says the flight was an incursion, whatever verb tells the flight (drifted,
reported, flew); the clause of what came before is the incident.

The flight may also be told as a noun ("shut after similar sightings",
"closed after reports of drones over the runway"), or in a clause the
parser hung under the closure's length ("closed for two hours after police
received reports of drones"): then the closing verb itself is the mention,
and the airport it shut is where.

Never a closure for something else ("after a bomb threat", "after a
power cut", "after reports of a gas leak"), one that did not happen or may
("was not closed", "could be closed if drones are seen"), nor a clause that
is no flight ("after officials warned of drones": a warning).
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from annotate.incident_dated_lines import on_dated_line
from annotate.lexicons import incident_words
from annotate.parse_spans import tokens_with

_CLOSING = frozenset("close shut halt suspend stop ground divert disrupt".split())
_CLOSED = frozenset(
    "airport airports airfield flight flights traffic runway runways departures arrivals"
    " airspace".split()
)
_FLYERS = frozenset("drone drones balloon balloons uav uavs".split())
_BEFORE = frozenset({"after", "when", "because", "as"})
_AFTER = frozenset({"after", "following"})
# Words that are a flight seen even with no drone named ("after new sightings")
_SEEN = frozenset({"sighting", "sightings"})
# "after officials warned of drones": words about drones, not a flight
_TALK = frozenset("warn threaten fear claim rumour".split())


def closed_for_flyers(doc: Doc) -> list[tuple[Token, str]]:
    """The clause of the flight that shut an airport (see the module
    docstring), as an airspace incident."""
    verbs = tokens_with(doc, LEMMA, _CLOSING, lower=True)  # Tokens only for these
    found = []
    for verb in verbs:
        clause = flight_that_closed(verb)
        # "22 September — Copenhagen Airport halts ...", read as a noun with the
        # airport glued to it: the closure says where, its clause would not
        glued = verb.pos_ != "VERB" and not any(c.dep_ == "nsubj" for c in verb.children)
        if clause is not None and not glued:
            found.append((clause, "airspace"))
        elif clause is not None or (
            _closed(verb) and (_after_sightings(verb) or _clause_under_length(verb))
        ):
            found.append((verb, "airspace"))
    return found


def flight_that_closed(verb: Token) -> Token | None:
    """The "after" clause of drones or balloons under a verb that shut an
    airport or its flights, if there is one."""
    if not _closed(verb):
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if _flight_clause(clause):
            return clause
    return None


def _closed(verb: Token) -> bool:
    """A closing verb, told as done, whose subject or object is an airport
    or its flights."""
    misparsed = _timeline_verb(verb)
    if (verb.pos_ != "VERB" and not misparsed) or verb.lemma_.lower() not in _CLOSING:
        return False
    lex = incident_words()
    if any(
        c.dep_ in ("aux", "neg") and c.lower_ in set(lex["modals"]) | set(lex["negations"])
        for c in verb.children
    ):
        return False  # "was not closed", "could be closed"
    told = (
        ("nsubjpass", "nsubj", "dobj", "compound") if misparsed else ("nsubjpass", "nsubj", "dobj")
    )
    return any(_an_airport(c) for c in verb.children if c.dep_ in told)


def _timeline_verb(token: Token) -> bool:
    """ "22 September — Copenhagen Airport halts all take-offs": a present
    the tagger took for a plural noun, the verb of a timeline's line."""
    return (
        token.pos_ == "NOUN"
        and token.tag_ == "NNS"
        and token.dep_ == "ROOT"
        and on_dated_line(token)
    )


def _flight_clause(clause: Token) -> bool:
    """ "after drones were seen", "when balloons drifted in": a clause of
    what came before, telling a flight and not talk of one."""
    if not any(c.dep_ == "mark" and c.lower_ in _BEFORE for c in clause.children):
        return False
    if clause.lemma_.lower() in _TALK:
        return False
    return any(_flyer(t) for t in clause.subtree)


def _after_sightings(verb: Token) -> bool:
    """ "shut after similar sightings", "closed after reports of drones":
    a flight told as a noun after the closure."""
    preps = [
        t
        for t in verb.subtree
        if t.dep_ == "prep"
        and t.lower_ in _AFTER
        and (t.head.i == verb.i or t.head.ent_type_ in ("DATE", "TIME"))
    ]  # "shut on the evening of 2 October after ...", hung on the date
    for prep in preps:
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if any(_flyer(t) for t in noun.subtree):
                return True
            if noun.lower_ in _SEEN and not any(c.dep_ == "prep" for c in noun.children):
                return True  # "sightings" alone, never "sightings of a suspicious bag"
    return False


def _clause_under_length(verb: Token) -> bool:
    """ "closed for two hours after police received reports of drones": the
    "after" clause parsed as the object of the closure's "for"."""
    return any(
        g.dep_ == "pcomp" and _flight_clause(g)
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
    )


def _flyer(token: Token) -> bool:
    return token.lower_ in _FLYERS or token.lemma_.lower() in _FLYERS


def shut_site(verb: Token) -> list[Token]:
    """ "Munich Airport shut after similar sightings": the airport a closure
    told as the mention shut, with its name, as where; "the airport" alone
    may be any named before, and says nothing."""
    if (verb.pos_ != "VERB" and not _timeline_verb(verb)) or verb.lemma_.lower() not in _CLOSING:
        return []
    sites = [
        c
        for c in verb.children
        if c.dep_ in ("nsubjpass", "nsubj", "dobj", "compound")
        and (c.ent_type_ == "FAC" or c.lemma_.lower() in ("airport", "airfield"))
    ]
    named = [s for s in sites if any(t.pos_ == "PROPN" for t in s.subtree)]
    return [t for s in named for t in s.subtree]


def _an_airport(noun: Token) -> bool:
    """ "Vilnius airport", "flights at Flesland airport", "departures"."""
    return any(t.lemma_.lower() in _CLOSED or t.lower_ in _CLOSED for t in noun.subtree)


def shut_itself(verb: Token) -> bool:
    """ "Kaunas Airport suspended operations after radar detected balloons":
    the mention is the closure of the airport its subject names, and no
    doer of the closure is the incident's."""
    if verb.lemma_.lower() not in _CLOSING:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "compound") and _an_airport(c) for c in verb.children
    )
