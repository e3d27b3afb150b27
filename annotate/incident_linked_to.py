"""The far end of a link a question asks about: "examining whether
Thursday's damage was linked to a fire at a relay cabinet last month". The
question is whether the two are linked; the fire, named with its article
and a time of its own, is presupposed. "whether the fire was linked to
sabotage" (no article, no time) leaves the sabotage a hypothesis."""

from __future__ import annotations

from spacy.tokens import Token

_LINKING = frozenset({"link", "connect", "relate", "tie"})
_NAMING = frozenset({"a", "an", "the"})


def linked_end(head: Token, clause: Token) -> bool:
    """Whether `head` is what the asked `clause` ("whether X was linked to
    <head>") links its subject to, told as one dated thing."""
    if clause.lemma_.lower() not in _LINKING or head.dep_ != "pobj":
        return False
    to = head.head
    if to.lower_ != "to" or to.head.i != clause.i:
        return False
    if not any(c.dep_ == "det" and c.lower_ in _NAMING for c in head.children):
        return False
    after = clause.doc[head.i : clause.right_edge.i + 1]
    return any(t.ent_type_ in ("DATE", "TIME") for t in after)
