"""A mention that is the subject of a word that otherwise makes it unreal.

"An arson attack on a cable duct halted trains for most of the day": "halt"
makes what it governs a plan stopped ("halt the attacks"), but here the
attack is what did the halting, told in the past, so it happened.
"""

from __future__ import annotations

from spacy.tokens import Token

_DONE = frozenset({"has", "have", "had"})
# What halts traffic as often by walking out as by force.
_WALKOUTS = frozenset({"strike", "strikes", "action", "stoppage", "walkout"})


def did_the_governing(governor: Token, came_from: Token) -> bool:
    """The mention's clause is the active subject of a past-tense governor
    ("the attack halted trains", "a fire has threatened homes"); not its
    object ("halted the attacks"), a passive ("the attack was prevented")
    or a present or modal ("an attack could halt trains")."""
    if came_from.dep_ != "nsubj" or governor.pos_ != "VERB":
        return False
    if came_from.lemma_.lower() in _WALKOUTS:
        return False  # "a strike by air traffic controllers halted flights": a walkout
    if governor.tag_ == "VBD":
        return True
    return governor.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in _DONE for c in governor.children
    )
