"""Where a ship that was hit lay: "a blast hit a tanker moored at Pier 4 of
the Ust-Luga oil terminal", "a drone struck a freighter docked in Izmail".
The berth, pier or port the vessel was tied up at is where it happened."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_clauses import attached

_BERTHED = frozenset({"moor", "berth", "dock", "anchor", "tie", "lie", "load", "unload"})
_DONE_TO = frozenset({"dobj", "nsubjpass", "pobj"})


def berths(tokens: list[Token], preps: set[str]) -> list[Token]:
    """The words of where the things hit lay at berth, told in a participle
    on them ("a tanker moored at ...")."""
    out: list[Token] = []
    for thing in (t for t in tokens if t.dep_ in _DONE_TO and t.pos_ == "NOUN"):
        for clause in thing.children:
            if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in _BERTHED:
                out += attached(clause, preps | {"at", "alongside", "in"})
    return out
