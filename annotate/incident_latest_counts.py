"""A count told again as it stands now: "29 people are now known to have
been injured", "The governor now says 29 people were injured", "the
number of dead now stands at nine". A live report's later count replaces the
earlier one for the same event (the last told within three sentences),
unless the sentence tells of another place or event."""

from __future__ import annotations

from spacy.tokens import Token

_NOW = frozenset({"now"})
_HEDGED = frozenset({"could", "may", "might", "would", "feared", "fear"})


def told_now(word: Token) -> bool:
    """`word` (a casualty word) is counted "now": an adverb "now" on it or
    on a verb above it in its sentence, and nothing of what might be."""
    chain = [word, *word.ancestors]
    if not any(c.dep_ == "advmod" and c.lower_ in _NOW for t in chain for c in t.children):
        return False
    return not any(t.lower_ in _HEDGED for t in word.sent)


def other_places(sentence_ents: list[str], event_ents: list[str]) -> bool:
    """The later sentence names a place the event's sentence does not."""
    return any(name not in event_ents for name in sentence_ents)
