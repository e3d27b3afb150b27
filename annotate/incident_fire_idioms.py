"""Fires told by an idiom of what became of the thing burnt ("a depot near
X went up in flames", "went up in smoke"): the thing is the subject, and
where it stood is where the fire was."""

from __future__ import annotations

from spacy.tokens import Token

_FLAMES = frozenset({"flame", "flames", "smoke"})


def went_up_in_flames(verb: Token) -> bool:
    """ "went up in flames": a "go" with "up" and "in flames" (or smoke)."""
    if verb.lemma_.lower() != "go":
        return False
    words = {t.lower_ for t in verb.subtree}
    return "up" in words and bool(words & _FLAMES)
