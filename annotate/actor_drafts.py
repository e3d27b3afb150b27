"""Actors while they are being found: mutable drafts over one `Doc`.

The finders in `actor_names` (with `actor_persons`, `actor_orgs`),
`actor_roles` and `actor_refs` add drafts and mentions here;
`actors.build_actors` freezes them into `model.Actor` records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy
from spacy.attrs import LOWER, SENT_START
from spacy.tokens import Doc, Span, Token

from annotate.names import name_key
from annotate.parse_spans import span_text, tokens_with

# Dependency labels of a grammatical subject, where salience is highest.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})
HYPHENS = frozenset("-‐‑")  # hyphen characters that join the parts of a name


@dataclass(eq=False)
class Draft:
    """One actor under construction."""

    kind: str
    name: str
    names: list[str] = field(default_factory=list)  # every surface form but pronouns
    proper: list[str] = field(default_factory=list)  # proper names, for the canonical one
    mentions: dict[tuple[int, int], str] = field(default_factory=dict)  # char span -> surface
    pronouns: set[tuple[int, int]] = field(default_factory=set)  # mentions that are pronouns
    implied: set[tuple[int, int]] = field(default_factory=set)  # another actor's words imply it
    tokens: list[int] = field(default_factory=list)  # head tokens of mentions, in order
    role: str | None = None
    role_heads: set[str] = field(default_factory=set)  # head nouns of its titles ("ambassador")
    affiliation: Draft | None = None
    gender: str | None = None  # "m" or "f" where the text shows it
    unnamed: bool = False

    def first(self) -> int:
        return min((s for s, _ in self.mentions), default=1 << 62)


@dataclass
class Drafts:
    """All drafts of one doc, with the token -> draft map the finders share."""

    doc: Doc
    quoted: list[bool]
    titles: list[tuple[int, int]] = field(default_factory=list)  # token ranges of quoted titles
    items: list[Draft] = field(default_factory=list)
    by_token: dict[int, Draft] = field(default_factory=dict)
    by_key: dict[tuple[str, str], Draft] = field(default_factory=dict)

    @classmethod
    def start(
        cls, doc: Doc, quotes: list[tuple[int, int]], titles: list[tuple[int, int]] = ()
    ) -> Drafts:
        """Drafts for `doc`, knowing its quotations and, among them, the
        titles of works (character spans)."""
        quoted = [False] * len(doc)
        for start, end in quotes:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    quoted[i] = True
        ranges = []
        for start, end in titles:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                ranges.append((span.start, span.end))
        return cls(doc, quoted, ranges)

    def in_title(self, span: Span) -> bool:
        """Whether the span lies in the quoted title of a work ("Meet the Press")."""
        return any(start < span.end and span.start < end for start, end in self.titles)

    def get(self, name: str, kind: str) -> Draft:
        """The draft for (name, kind), made if new."""
        key = (name_key(name), kind)
        draft = self.by_key.get(key)
        if draft is None:
            draft = Draft(kind=kind, name=name)
            self.by_key[key] = draft
            self.items.append(draft)
        return draft

    def add(
        self,
        draft: Draft,
        span: Span,
        *,
        head: Token | None = None,
        alias: bool = True,
        pronoun: bool = False,
        proper: bool = False,
    ) -> None:
        """Record `span` as a mention of `draft`; its tokens now point at it.
        Spaces and punctuation at its edges are not part of the mention."""
        span = trim(span)
        if not len(span):
            return
        key = (span.start_char, span.end_char)
        text = draft.mentions[key] = span_text(span)
        if pronoun:
            draft.pronouns.add(key)
        elif alias and text not in draft.names and span[0].pos_ != "PRON":
            draft.names.append(text)
        if proper and text not in draft.proper:
            draft.proper.append(text)
        for i in range(span.start, span.end):
            self.by_token.setdefault(i, draft)  # a name's head wins over its parts
        head = head if head is not None else span.root
        self.by_token[head.i] = draft
        draft.tokens.append(head.i)

    def merge(self, keep: Draft, gone: Draft) -> None:
        """Fold `gone` into `keep` (same actor found under two names)."""
        if keep is gone:
            return
        keep.mentions.update(gone.mentions)
        keep.pronouns |= gone.pronouns
        keep.implied |= gone.implied
        keep.names += [n for n in gone.names if n not in keep.names]
        keep.proper += [n for n in gone.proper if n not in keep.proper]
        keep.tokens += gone.tokens
        keep.role = keep.role or gone.role
        keep.role_heads |= gone.role_heads
        keep.affiliation = keep.affiliation or gone.affiliation
        keep.gender = keep.gender or gone.gender
        for i, draft in list(self.by_token.items()):
            if draft is gone:
                self.by_token[i] = keep
        for key, draft in list(self.by_key.items()):
            if draft is gone:
                self.by_key[key] = keep
        for draft in self.items:
            if draft.affiliation is gone:
                draft.affiliation = keep
        self.items = [d for d in self.items if d is not gone]


def is_subject(token: Token) -> bool:
    """A subject, or the name in apposition to one ("X's envoy, Y, said")."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS


def trim(span: Span) -> Span:
    """The span without white space or punctuation at either end."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and _blank(doc[start]):
        start += 1
    while end > start and _blank(doc[end - 1]):
        end -= 1
    return doc[start:end]


def _blank(token: Token) -> bool:
    return token.is_space or token.is_punct


def strip_det(span: Span) -> Span:
    """The span without a leading article and a trailing possessive marker."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


# A craft's or a weapon's model: "Mi-24", "Su-30", "MiG-31", "F-16", "Tu-95MS".
_MODEL = re.compile(r"[A-Z][A-Za-z]{0,5}-\d{1,4}[A-Z]{0,3}")


def without_model(span: Span) -> Span:
    """An organisation's name without the model of its craft that the tagger
    ran into it ("a Belarusian Armed Forces Mi-24 helicopter" names the
    forces, never a body called "... Mi-24")."""
    end = span.end
    while end - span.start > 1 and _MODEL.fullmatch(span.doc[end - 1].text):
        end -= 1
    return span.doc[span.start : end]


def sentence_numbers(doc: Doc) -> list[int]:
    """The sentence number of every token, from the array (no Span objects
    made), worked out once per doc: several components ask."""
    cached = doc.user_data.get("briefing_sentence_numbers")
    if cached is not None and len(cached) == len(doc):
        return cached
    starts = doc.to_array(SENT_START).view(numpy.int64) == 1
    if len(starts):
        starts[0] = True
    numbers = (numpy.cumsum(starts) - 1).tolist()
    doc.user_data["briefing_sentence_numbers"] = numbers
    return numbers


def tokens_among(doc: Doc, words: set[str] | frozenset[str]) -> list[Token]:
    """Tokens whose lower-case form is one of `words`."""
    return tokens_with(doc, LOWER, words)
