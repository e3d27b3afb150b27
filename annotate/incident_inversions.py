"""A condition told by inversion ("Had the bomb gone off, dozens could have
died"): "had", "were" or "should" before the clause's subject says what
would have happened, never what did."""

from __future__ import annotations

from spacy.tokens import Token

_INVERTING = frozenset({"had", "were", "should"})
_COUNTERFACTUAL = frozenset({"would", "could", "might", "'d"})
_OPENERS = frozenset({"that", '"', "“", "'", "‘"})


def inverted(clause: Token, aux: Token) -> bool:
    """Whether `aux` inverts `clause` into a condition: the clause's first
    word, before its subject, in an adverbial clause or, where the parser
    took the condition for what is said ('told the judges that "had the
    parcel ignited an hour later, it would have been ..."'), with a
    counterfactual modal in the main clause after it."""
    if aux.dep_ not in ("aux", "auxpass") or aux.lower_ not in _INVERTING:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in clause.children):
        return False
    if clause.dep_ == "advcl":
        return aux.i == clause.left_edge.i
    opening = clause.doc[clause.left_edge.i : aux.i]
    if any(t.lower_ not in _OPENERS and not t.is_punct for t in opening):
        return False  # "the parcel had ignited": told, not supposed
    after = clause.doc[clause.right_edge.i + 1 : clause.sent.end]
    return any(
        t.lower_ in _COUNTERFACTUAL
        and t.tag_ == "MD"
        and t.i + 1 < len(t.doc)
        and t.doc[t.i + 1].lower_ == "have"
        for t in after
    )
