"""An event affirmed against a doubt or a debunk: "However, a separate
cyberattack did take place that day", "a fire did break out". The emphatic
"did" after the subject says it happened; with it the event needs no place
or time of its own to be one. A question ("Did an attack take place?") puts
"did" before the subject and affirms nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

_HAPPENING = frozenset({"happen", "occur", "take", "break", "hit", "strike"})


def affirmed(head: Token) -> bool:
    """The incident is the subject of an emphatic "did" ("did take place")."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in _HAPPENING or verb.tag_ != "VB":
        return False
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
        return False
    return any(
        c.dep_ == "aux" and c.lower_ in ("did", "does") and head.i < c.i < verb.i
        for c in verb.children
    ) and not any(c.dep_ == "neg" for c in verb.children)
