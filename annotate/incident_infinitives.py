"""The word an infinitive's "to" follows, read past what the parser hides:
a conjunct's "to" is its first conjunct's ("plots to plant bombs and to
kill a general"), and a phrase set off by commas stands between a noun and
its infinitive ("the plot, uncovered in 2024, to kill a general")."""

from __future__ import annotations

from spacy.tokens import Token

_MAX_ASIDE = 12  # tokens between the commas of an aside
_CONJUNCTS = 4


def infinitive_to(verb: Token) -> Token | None:
    """The "to" of the verb's infinitive, or of the first of the infinitives
    it is joined to (its own "to" only shows that it is one)."""
    to = _own_to(verb)
    for _ in range(_CONJUNCTS):
        if to is None or verb.dep_ != "conj" or (first := _own_to(verb.head)) is None:
            break
        verb, to = verb.head, first
    return to


def word_before(to: Token) -> Token | None:
    """The word before "to", or before an aside set off by commas that the
    noun before it governs ("the plot, uncovered in Germany, to kill")."""
    doc = to.doc
    if to.i == 0:
        return None
    before = doc[to.i - 1]
    if before.text != ",":
        return before
    start = before.i - 1
    while start > before.i - _MAX_ASIDE and start > 0 and doc[start].text != ",":
        start -= 1
    if doc[start].text != "," or start == 0 or start == before.i - 1:
        return before
    noun = doc[start - 1]
    aside = doc[start + 1 : before.i]
    if noun.pos_ == "NOUN" and all(noun in t.ancestors for t in aside):
        return noun
    return before


def _own_to(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
