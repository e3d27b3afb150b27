"""Clauses a semicolon closes: "In September 2022 explosions ruptured the
pipelines; investigators have never published an account". The parser may
hang the clause before the semicolon on the verb after it, as if the second
clause reported the first; what that verb's negation or modal says belongs
to its own clause, never to the event told before the semicolon.
"""

from __future__ import annotations

from spacy.tokens import Token


def closed_by_semicolon(clause: Token) -> bool:
    """A complement clause told before its governing verb, with a semicolon
    between them that hangs on that verb: two sentences, not one report."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.i <= clause.i:
        return False
    return any(
        c.dep_ == "punct" and c.text == ";" and clause.right_edge.i < c.i < head.i
        for c in head.children
    )
