"""A drone seen that was someone's own on a routine flight is no event,
though the text names no cause: "belonged to the police", "was part of an
approved training flight" (never "belonged to the Russian army" nor "part
of a reconnaissance flight"). `incident_accidents` reads it with the causes
it puts down to a mishap; reports that "turned out to be a false alarm" are
`incident_fact_checks.taken_back`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

# Who may fly a drone without harm: "belonged to the police".
_OWN_USERS = frozenset(
    {"police", "coastguard", "firefighter", "brigade", "hobbyist", "photographer"}
)
_ROUTINE = frozenset({"training", "exercise", "drill", "approved", "authorised", "authorized"})


def routine_flight(verb: Token) -> bool:
    """ "belonged to the police", "was part of an approved training flight"."""
    if verb.lemma_.lower() == "belong":
        return any(
            g.dep_ == "pobj" and g.lemma_.lower() in _OWN_USERS
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
        )
    if verb.lemma_ != "be":
        return False
    parts = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() == "part"]
    return any(
        g.lemma_.lower() in _ROUTINE
        or any(d.lemma_.lower() in _ROUTINE for d in g.children if d.dep_ in ("amod", "compound"))
        for p in parts
        for c in p.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    )
