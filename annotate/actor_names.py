"""Named actors: the pipeline's entities, cleaned, typed and merged.

One actor per person however the text names them ("Admiral Giuseppe Cavo
Dragone", "Dragone"), even where the statistical NER gives a surname the
wrong label; one per country under any of its names ("U.S.", "United
States"); a capital or a seat of government used as a speaker ("Moscow
lashed out", "the Kremlin confirmed") stands for its government.
"""

from __future__ import annotations

from spacy.tokens import Span

from annotate.actor_drafts import Draft, Drafts, strip_det, tokens_among
from annotate.lexicons import (
    actor_words,
    capitals,
    country_of,
    demonym_of,
    seats_of_government,
    word_set,
)
from annotate.names import name_key

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})

# Nouns a city name may own without standing for its government ("Moscow's mayor").
_CITY_NOUNS = frozenset(
    {
        "mayor",
        "resident",
        "street",
        "airport",
        "metro",
        "outskirt",
        "suburb",
        "centre",
        "center",
        "district",
        "population",
        "skyline",
        "region",
        "oblast",
        "port",
        "station",
        "hospital",
        "university",
        "court",
        "police",
        "council",
    }
)
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "'s", "’s", "&"})


def _person_span(ent: Span) -> Span | None:
    """A PERSON entity without article, honorific, title or possessive marker."""
    span = strip_det(ent)
    titles = word_set("titles") | set(actor_words()["honorifics"])
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in titles:
        start += 1
    span = span.doc[start : span.end]
    if not len(span) or not any(t.is_title or t.is_upper for t in span):
        return None
    if any(t.pos_ == "PRON" for t in span):
        return None
    return span


def find_named(drafts: Drafts) -> None:
    """Add a draft for every named person, organisation, country, place and group."""
    doc = drafts.doc
    persons: list[Span] = []
    others: list[tuple[Span, str]] = []
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        if ent.label_ == "PERSON":
            span = _person_span(ent)
            if span is None:
                continue
            if country_of(span.text) or name_key(span.text) in capitals():
                others.append((span, "GPE"))  # NER sometimes calls a place a person
            else:
                persons.append(span)
        else:
            span = strip_det(ent)
            if len(span) and any(t.is_title or t.is_upper for t in span):
                others.append((span, ent.label_))
    surnames = _cluster_persons(drafts, persons)
    pending: list[tuple[Span, Draft]] = []
    for span, label in others:
        person = _as_person(span, surnames)
        if person is not None:
            drafts.add(person, span, proper=True)
        elif label == "GPE":
            _add_gpe(drafts, span)
        elif label == "ORG" or (label == "FAC" and name_key(span.text) in seats_of_government()):
            _add_org(drafts, span, pending)
        elif label == "LOC":
            drafts.add(drafts.get(span.text, "place"), span, proper=True)
        elif label == "NORP":
            _add_group(drafts, span)
    for span, org in pending:
        _add_possessor(drafts, span, org)
    _stray_surnames(drafts, surnames)
    _merge_acronyms(drafts)


def _cluster_persons(drafts: Drafts, persons: list[Span]) -> dict[str, list[Draft]]:
    """One draft per person: a shorter name joins the longer one it is part of."""
    clusters: list[tuple[list[str], Draft]] = []
    for span in sorted((s for s in persons if len(s) > 1), key=lambda s: -len(s)):
        words = [t.lower_ for t in span]
        if not any(_part_of(words, full) for full, _ in clusters):
            draft = drafts.get(span.text, "person")
            clusters.append((words, draft))
    surnames: dict[str, list[Draft]] = {}
    for full, draft in clusters:
        surnames.setdefault(full[-1], []).append(draft)
    for span in sorted(persons, key=lambda s: s.start):
        words = [t.lower_ for t in span]
        if len(span) > 1:
            draft = next(d for full, d in clusters if _part_of(words, full))
        else:
            draft = _latest(drafts, surnames.get(words[0], []), span.start)
            if draft is None:
                draft = drafts.get(span.text, "person")
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


def _as_person(span: Span, surnames: dict[str, list[Draft]]) -> Draft | None:
    """A known person's surname or full name under another label ("Trump" as ORG)."""
    if len(span) == 1:
        return _latest_for(span, surnames.get(span[0].lower_, []))
    words = [t.lower_ for t in span]
    for draft in surnames.get(words[-1], []):
        if any(name_key(n).split() == words for n in draft.proper):
            return draft
    return None


def _latest_for(span: Span, candidates: list[Draft]) -> Draft | None:
    if not candidates:
        return None
    return max(candidates, key=lambda d: max((i for i in d.tokens if i < span.start), default=-1))


def _add_gpe(drafts: Drafts, span: Span) -> None:
    head = span.root
    capital = capitals().get(name_key(span.text))
    speaking = (
        head.dep_ in ("nsubj", "nsubjpass")
        or (head.dep_ == "poss" and head.head.lemma_.lower() not in _CITY_NOUNS)
        or (head.dep_ == "pobj" and head.head.dep_ == "agent")
    )
    if capital and speaking:
        name, kind = capital
        drafts.add(drafts.get(name, kind), span, proper=True)
        return
    if name_key(span.text) in seats_of_government():
        _add_org(drafts, span, [])
        return
    country = country_of(span.text)
    draft = drafts.get(country, "country") if country else drafts.get(span.text, "place")
    drafts.add(draft, span, proper=True)


def _add_org(drafts: Drafts, span: Span, pending: list[tuple[Span, Draft]]) -> None:
    """An organisation; "X's Y" keeps X as its affiliation, "Russian Y" its country."""
    marks = [t for t in span if t.tag_ == "POS"]
    own = span.doc[marks[-1].i + 1 : span.end] if marks else span
    if not len(own):
        return
    country = country_of(span.text)
    if country:  # an ORG label on a country name
        drafts.add(drafts.get(country, "country"), span, proper=True)
        return
    draft = drafts.get(own.text, "organization")
    drafts.add(draft, span, proper=True)
    seat = seats_of_government().get(name_key(own.text))
    if seat and draft.affiliation is None:
        draft.affiliation = drafts.get(seat, "country")
    if marks:
        pending.append((span.doc[span.start : marks[-1].i], draft))
    elif len(span) > 1 and draft.affiliation is None:
        first = span[0].text  # "Russian Foreign Ministry", "U.S. Treasury": a mention too
        owner = demonym_of(first)
        country = country_of(first)
        if owner or country:
            draft.affiliation = drafts.get(*owner) if owner else drafts.get(country, "country")
            drafts.add(draft.affiliation, span[0:1], proper=not owner)


def _add_possessor(drafts: Drafts, span: Span, org: Draft) -> None:
    """The "X" of an organisation named "X's Y": a mention of X, and Y's owner."""
    if not len(span):
        return
    country = country_of(span.text)
    if country:
        owner = drafts.get(country, "country")
    else:
        key = name_key(span.text)
        owner = next(
            (d for d in drafts.items if d is not org and key in map(name_key, d.names)),
            None,
        ) or drafts.get(span.text, "organization")
    drafts.add(owner, span, proper=True)
    if org.affiliation is None and owner is not org:
        org.affiliation = owner


def _add_group(drafts: Drafts, span: Span) -> None:
    """A nationality used as a noun ("the Russians") is a group of that country."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ not in ("NNS", "NNPS"):
        return
    if head.dep_ in ("amod", "compound", "nmod", "npadvmod"):
        return
    draft = drafts.get(span.text, "group")
    drafts.add(draft, span, proper=True)
    owner = demonym_of(span.text)
    if owner and draft.affiliation is None:
        draft.affiliation = drafts.get(*owner)


def _stray_surnames(drafts: Drafts, surnames: dict[str, list[Draft]]) -> None:
    """A known surname the NER missed entirely is still that person."""
    for token in tokens_among(drafts.doc, set(surnames)):
        if token.pos_ != "PROPN" or token.i in drafts.by_token or token.ent_type_:
            continue
        if token.dep_ == "compound" or token.lower_ not in surnames:
            continue
        draft = _latest_for(drafts.doc[token.i : token.i + 1], surnames[token.lower_])
        if draft is not None:
            drafts.add(draft, drafts.doc[token.i : token.i + 1], proper=True)


def _merge_acronyms(drafts: Drafts) -> None:
    """An all-capitals organisation name that spells another's initials is that one."""
    orgs = [d for d in drafts.items if d.kind == "organization"]
    for short in orgs:
        acronym = short.name.replace(".", "")
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
            continue
        for long in orgs:
            if long is short or long not in drafts.items:
                continue
            words = long.name.replace("-", " ").split()
            words = [w for w in words if w.lower() not in _SMALL_WORDS]
            if len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym:
                drafts.merge(long, short)
                break
