"""Things imagined, planned or simulated: what a clause on them tells (what
happens in them, what caused them) did not happen."""

from __future__ import annotations

from spacy.tokens import Token

# What a relative clause on these tells is imagined or planned, never done
# ("a scenario in which several cables are cut"; never "the plot in which X
# was poisoned", a plot carried out).
IMAGINED = frozenset(
    "scenario simulation exercise drill plan scheme proposal idea concept prediction "
    "forecast hypothesis hypothetical wargame rehearsal".split()
)
_SIMULATING = frozenset("simulate rehearse imagine envisage envision model practise".split())


def imagined(noun: Token) -> bool:
    """ "will simulate a blackout caused by a cyberattack": a thing simulated,
    imagined or set in a scenario; what caused it did not happen."""
    if noun.lemma_.lower() in IMAGINED:
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SIMULATING
