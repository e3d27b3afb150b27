"""A parliamentary answer's frame: "The Deputy will be aware that two
bombers entered the FIR on 4 March", "Members may know that ...", "I can
inform the House that ...". The modal is on the listener's knowing or on
the speaker's telling, not on what is told: told in the past, that is real.
"A drone could have crossed", "the Deputy will be aware that drones may
fly" stay unreal (the told clause carries its own modal, or is not past).
"""

from __future__ import annotations

from spacy.tokens import Token

# A modal of courtesy before knowing ("will be aware", "may recall", "must know").
_COURTESY = frozenset({"will", "may", "might", "must", "'ll"})
_KNOWING = frozenset({"know", "recall", "remember", "recollect", "appreciate", "note"})
_AWARE = frozenset({"aware", "conscious", "familiar"})
# A modal of ability before telling ("I can inform the House that ...").
_INFORMING = frozenset({"inform", "assure", "advise", "update", "tell", "confirm", "report"})


def known_to_listener(node: Token, modal: Token, path: list[Token]) -> bool:
    """The modal `modal` on `node` frames a past clause (the last of `path`)
    as known to the listener, or as what the speaker can tell."""
    told = _told_clause(node, path)
    if told is None or not _past(told):
        return False
    word, lemma = modal.lower_, node.lemma_.lower()
    if word == "can":
        return lemma in _INFORMING
    if word not in _COURTESY:
        return False
    if lemma in _KNOWING:
        return True
    return lemma == "be" and len(path) >= 2 and path[-1].lower_ in _AWARE


def _told_clause(node: Token, path: list[Token]) -> Token | None:
    """The clause told: a `ccomp` of the verb, or of its "aware"."""
    if path and path[-1].dep_ == "ccomp" and path[-1].head.i == node.i:
        return path[-1]
    if len(path) >= 2 and path[-1].lower_ in _AWARE and path[-2].dep_ == "ccomp":
        return path[-2]
    return None


def _past(told: Token) -> bool:
    """Told in the past, with no modal of its own ("had been cut", "entered")."""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in told.children):
        return False
    return told.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in told.children
    )
