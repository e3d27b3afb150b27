"""The words that tell what kind of attack an "attack" word names: its own
phrase, less what a relative clause or apposition says of the one attacked
("X, who runs a volunteer network, was attacked by a man": the network is
X's work, not what was hit)."""

from __future__ import annotations

from spacy.tokens import Token

_ASIDES = frozenset({"relcl", "appos", "acl"})


def attack_words(head: Token) -> set[str]:
    """The lower-cased words of the attack word's phrase, without itself and
    without the asides on a verb's subject."""
    skipped: set[int] = {head.i}
    if head.pos_ == "VERB":
        for subject in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
            for aside in (c for c in subject.children if c.dep_ in _ASIDES):
                skipped.update(t.i for t in aside.subtree)
    return {t.lower_ for t in head.subtree if t.i not in skipped}
