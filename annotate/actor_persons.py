"""Named people: one actor per person however the text names them.

The NER's person names are clustered by surname ("Admiral Giuseppe Cavo
Dragone", "Dragone"), a given name alone joins the person it names, a name
the NER labelled otherwise joins the person it is part of, and stray
surnames and hyphenated surnames left over join the person of that name.
"""

from __future__ import annotations

from spacy.tokens import Span

from annotate.actor_drafts import HYPHENS, Draft, Drafts, strip_det, tokens_among
from annotate.lexicons import (
    actor_words,
    word_set,
)
from annotate.names import name_key
from annotate.parse_spans import span_text


def person_span(ent: Span) -> Span | None:
    """A PERSON entity without article, honorific, title or possessive marker."""
    span = strip_det(ent)
    titles = word_set("titles") | set(actor_words()["honorifics"])
    start = span.start  # after the last title: "Kripos prosecutor Terje Michelsen"
    for i in range(span.start, span.end - 1):
        if span.doc[i].lower_ in titles and span.doc[i + 1].is_title:
            start = i + 1
    while start < span.end and (
        any(c.isdigit() for c in span.doc[start].text) or span.doc[start].is_punct
    ):
        start += 1  # "12:34 Moreton": a live blog's time stamp before the name
    span = span.doc[start : span.end]
    if not len(span) or not any(t.is_title or t.is_upper for t in span):
        return None
    if any(t.pos_ == "PRON" for t in span):
        return None
    return span


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def name_words(text: str) -> list[str]:
    """A person's name as compared: folded words, without "Jr." or "II"."""
    words = name_key(text).split()
    while len(words) > 1 and words[-1].strip(",") in _SUFFIXES:
        words.pop()
    return words


def cluster_persons(drafts: Drafts, persons: list[Span]) -> dict[str, list[Draft]]:
    """One draft per person: a shorter name joins the longer one it is part of,
    a lone surname the latest person of that surname before it, a lone given
    or family-first name ("Hillary", "Ban") the one full name it starts."""
    clusters: list[tuple[list[str], Draft]] = []
    for span in sorted(persons, key=lambda s: -len(name_words(span_text(s)))):
        words = name_words(span_text(span))
        if len(words) > 1 and not any(_part_of(words, full) for full, _ in clusters):
            clusters.append((words, drafts.get(span_text(span), "person")))
    surnames: dict[str, list[Draft]] = {}
    for full, draft in clusters:
        surnames.setdefault(full[-1], []).append(draft)
    for span in sorted(persons, key=lambda s: s.start):
        words = name_words(span_text(span))
        if len(words) > 1:
            draft = next(d for full, d in clusters if _part_of(words, full))
        else:
            draft = _latest(drafts, surnames.get(words[0], []), span.start)
            if draft is None:
                starts = [d for full, d in clusters if full[0] == words[0]]
                draft = starts[0] if len(starts) == 1 else None
            if draft is None:
                draft = drafts.get(span_text(span), "person")
                surnames.setdefault(words[0], []).append(draft)
        drafts.add(draft, span, proper=True)
    return surnames


def _part_of(words: list[str], full: list[str]) -> bool:
    """ "Cavo Dragone" is part of "Giuseppe Cavo Dragone": same surname, no new word."""
    return words[-1] == full[-1] and set(words) <= set(full)


def _latest(drafts: Drafts, candidates: list[Draft], before: int) -> Draft | None:
    """The candidate mentioned most recently before token `before` (else the first)."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]

    def last(d: Draft) -> int:
        return max((i for i in d.tokens if i < before), default=-1)

    return max(candidates, key=last)


def as_person(
    span: Span, surnames: dict[str, list[Draft]], given: dict[str, list[Draft]]
) -> Draft | None:
    """A known person's surname or full name under another label ("Trump" as ORG)."""
    words = name_words(span_text(span))
    if len(words) == 1:
        found = _latest_for(span, surnames.get(words[0], []))
        if found is None:  # a given name alone ("Melania") of one full name
            starts = given.get(words[0], [])
            found = starts[0] if len(starts) == 1 else None
        return found
    for draft in surnames.get(words[-1], []):
        if any(name_words(n) == words for n in draft.proper):
            return draft
    return None


def given_names(surnames: dict[str, list[Draft]]) -> dict[str, list[Draft]]:
    """First word of a full name -> the people whose full name it starts."""
    people = {id(d): d for ds in surnames.values() for d in ds}.values()
    table: dict[str, list[Draft]] = {}
    for draft in people:
        for first in {w[0] for n in draft.proper if len(w := name_words(n)) > 1}:
            table.setdefault(first, []).append(draft)
    return table


def _latest_for(span: Span, candidates: list[Draft]) -> Draft | None:
    if not candidates:
        return None
    return max(candidates, key=lambda d: max((i for i in d.tokens if i < span.start), default=-1))


_NOT_NAME_LABELS = frozenset(("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"))


def stray_surnames(drafts: Drafts, surnames: dict[str, list[Draft]]) -> None:
    """A known surname the NER missed entirely is still that person."""
    spellings = set(surnames) | {s.replace("'", "’") for s in surnames}
    _stray_hyphenated(drafts, surnames)
    for token in tokens_among(drafts.doc, spellings):
        if token.i in drafts.by_token or not token.is_title:
            continue
        if token.ent_type_ and token.ent_type_ not in _NOT_NAME_LABELS:
            continue  # (a surname the NER took for a date, "Morrow wrote", is still one)
        # A PROPN, or a subject the tagger took for a plural noun ("Wines believes")
        if token.pos_ != "PROPN" and not (token.pos_ == "NOUN" and token.dep_ == "nsubj"):
            continue
        key = name_key(token.text)
        if token.dep_ == "compound" or key not in surnames:
            continue
        draft = _latest_for(drafts.doc[token.i : token.i + 1], surnames[key])
        if draft is not None:
            drafts.add(draft, drafts.doc[token.i : token.i + 1], proper=True)


def _stray_hyphenated(drafts: Drafts, surnames: dict[str, list[Draft]]) -> None:
    """ "Tremblay-Roy ended the report": a hyphenated surname, three tokens,
    that the NER missed."""
    doc = drafts.doc
    for surname, candidates in surnames.items():
        parts = surname.split("-")
        if len(parts) != 2 or not all(parts):
            continue
        for token in tokens_among(doc, {parts[0]}):
            i = token.i
            if i + 2 >= len(doc) or doc[i + 1].text not in HYPHENS:
                continue
            if name_key(doc[i + 2].text) != parts[1] or doc[i + 1].whitespace_:
                continue
            if any(j in drafts.by_token for j in (i, i + 2)) or not token.is_title:
                continue
            span = doc[i : i + 3]
            draft = _latest_for(span, candidates)
            if draft is not None:
                drafts.add(draft, span, proper=True)
