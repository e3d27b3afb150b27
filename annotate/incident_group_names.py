"""A group named by a word for a group before its name: "the pro-Russian
group NoName057(16)", "the hacker collective Cyber Army", "the anarchist
cell Vulkan". The name is the actor; the leaning and kind only say what it
is. Names are kept without the quotation marks around them."""

from __future__ import annotations

from spacy.tokens import Span, Token

# Words for a group that may stand before its name.
GROUP_WORDS = frozenset(
    "group groups collective cell network movement organisation organization gang "
    "outfit unit ring".split()
)
_QUOTES = "\"'“”‘’«»"


def name_after_group_word(token: Token) -> Span | None:
    """The name `token` ends when a group word stands before it as its
    compound ("the group NoName057(16)"); None for a common noun ("the
    group's members", "the hacker group")."""
    if token.lemma_.lower() in GROUP_WORDS or not _looks_like_a_name(token):
        return None
    kinds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    if not any(c.lemma_.lower() in GROUP_WORDS for c in kinds):
        return None
    group_word = max(c.i for c in kinds if c.lemma_.lower() in GROUP_WORDS)
    start = group_word + 1
    end = token.i + 1
    doc = token.doc
    if end < len(doc) and doc[end].text == ")" and "(" in token.text:
        end += 1  # "NoName057(16" ")": the tokenizer's split
    return unquoted(doc[start:end])


def unquoted(span: Span) -> Span | None:
    """The span without quotation marks at its ends."""
    start, end = span.start, span.end
    while start < end and span.doc[start].text in _QUOTES:
        start += 1
    while end > start and span.doc[end - 1].text in _QUOTES:
        end -= 1
    return span.doc[start:end] if end > start else None


def _looks_like_a_name(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() or any(ch.isdigit() for ch in text)
