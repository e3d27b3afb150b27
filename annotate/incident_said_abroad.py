"""An accident that only a foreign party calls one: "the Balticconnector
pipeline between Finland and Estonia was ruptured by a ship's anchor, which
Chinese authorities later said had been an accident". The word of a state
whose ship or people are suspected is its side of a dispute, not a finding;
the rupture stays an event. A country's own inspectors, or a speaker named
with no country, still rule the event out.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import capitals, country_of, demonyms
from annotate.names import name_key

_TELLING = frozenset({"say", "state", "claim", "insist", "maintain", "conclude"})


def said_abroad(verb: Token, head: Token) -> bool:
    """The speaker of the put-down (`verb`, or the clause it is in) is of a
    country that none of the countries the event's sentence names is."""
    speaker = _speakers_country(verb)
    if speaker is None:
        return False
    here = {
        c for e in head.sent.ents if e.label_ == "GPE" and (c := country_of(e.text)) is not None
    }
    return bool(here) and speaker not in here


def _speakers_country(verb: Token) -> str | None:
    node = verb
    for _ in range(3):
        if node.lemma_.lower() in _TELLING and node.pos_ == "VERB":
            break
        if node.head.i == node.i:
            return None
        node = node.head
    else:
        return None
    subjects = [c for c in node.children if c.dep_ == "nsubj"]
    for token in (t for s in subjects for t in s.subtree):
        key = name_key(token.text)
        found = demonyms().get(key) or capitals().get(key)
        if found is not None and found[1] == "country":
            return found[0]
        if (country := country_of(token.text)) is not None:
            return country
    return None
