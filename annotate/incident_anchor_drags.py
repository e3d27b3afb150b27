"""A ship that dragged its anchor across a cable or a pipeline: "detained a
cargo ship suspected of dragging its anchor across the Fenno-Skan 2 power
cable". The dragging is the damage done (sabotage, however it is judged
later); a suspicion on the ship leaves it real, as it does for "suspected of
cutting a cable". An anchor dragged along the seabed, or across nothing
named that carries power, gas or data, is seamanship, not an incident; what
is unreal ("could drag", "did not drag") the caller leaves out.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.actor_drafts import tokens_among

_ANCHORS = frozenset({"anchor", "anchors"})
_ACROSS = frozenset({"across", "over", "through", "along", "into", "onto"})
# What carries power, gas or data under the sea or the ground.
_LINKS = frozenset(
    "cable cables pipeline pipelines interconnector interconnectors link links pipe pipes".split()
)
_PAST = frozenset({"VBD", "VBN", "VBG"})  # "dragged", "had dragged", "dragging"


def anchor_drags(doc: Doc) -> list[tuple[Token, str]]:
    """The verb of each anchor dragged across a cable or pipeline, as sabotage."""
    out = []
    for anchor in tokens_among(doc, _ANCHORS):
        verb = anchor.head
        if anchor.dep_ != "dobj" or verb.lemma_.lower() != "drag" or verb.tag_ not in _PAST:
            continue
        if _across_a_link(verb) or _across_a_link(anchor):
            out.append((verb, "sabotage"))
    return out


def _across_a_link(word: Token) -> bool:
    """ "across the SwePol power cable", "over two pipelines"."""
    return any(
        g.lemma_.lower() in _LINKS or g.lower_ in _LINKS
        for p in word.children
        if p.dep_ == "prep" and p.lower_ in _ACROSS
        for g in p.children
        if g.dep_ == "pobj"
    )
