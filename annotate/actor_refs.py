"""Actors without a name: unnamed sources, names set off beside a source,
organisations' mentions, and sources no finder explained.

"One Baltic diplomat said", "senior administration officials warned": a
description that speaks is an actor of its own (a person, or a group when
plural), affiliated to the country or body it names. Pronouns and ages
standing for someone named before are in `actor_pronouns`.
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA
from spacy.tokens import Span, Token

from annotate.actor_affiliations import affiliation_in
from annotate.actor_drafts import Draft, Drafts, tokens_among
from annotate.actor_kinds import context_kind
from annotate.actor_names import capitalised, name_around
from annotate.actor_pronouns import AGE
from annotate.actor_roles import _ROLE_STOP, collect, whole_names
from annotate.lexicons import demonym_of, not_actors, title_word, word_set
from annotate.names import name_key
from annotate.parse_spans import span_text

_GENERIC_PEOPLE = frozenset({"people", "person", "man", "woman", "member", "citizen", "voter"})
_ACCORDING = frozenset({"according"})
_NP_PREPS = frozenset({"for", "at", "from", "of", "in", "with", "close", "familiar", "on"})


def _kind(token: Token) -> str:
    return "group" if token.tag_ in ("NNS", "NNPS") else "person"


_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}")  # "21:03", "06.40"


def without_stamp(span: Span) -> Span:
    """A description up to a bracketed date or time after it ("the channel of
    Atesh (3 March, 21:03) said"): when it was said, never part of who."""
    for token in span[1:]:
        if token.text != "(":
            continue
        inside = []
        for t in span.doc[token.i + 1 : span.end + 1]:
            if t.text == ")":
                break
            inside.append(t)
        if inside and all(
            t.ent_type_ in ("DATE", "TIME") or t.is_punct or _CLOCK.fullmatch(t.text)
            for t in inside
        ):
            return span.doc[span.start : token.i]
    return span


def description(drafts: Drafts, head: Token) -> Span:
    """The noun phrase of an unnamed source: modifiers and attached phrases such
    as "for the ministry" (its names whole), but not its clauses ("officials
    describing ...")."""
    doc = drafts.doc
    tokens = [t for t in collect(head, _ROLE_STOP) if t.i <= head.i or _via_prep(t, head)]
    tokens = whole_names(drafts, tokens)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return doc[tokens[0].i : tokens[-1].i + 1]


def _via_prep(token: Token, head: Token) -> bool:
    node = token
    while node.head.i != head.i and node.head.i != node.i:
        node = node.head
    return node.dep_ == "prep" and node.lower_ in _NP_PREPS


def unnamed_name(span: Span) -> str:
    """ "One Baltic diplomat" -> "Baltic diplomat": the description without its
    article or count, in lower case unless it starts with a proper word."""
    determiners = word_set("determiners")
    tokens = list(span)
    while len(tokens) > 1 and (tokens[-1].is_space or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while len(tokens) > 1 and (
        tokens[0].is_space
        or tokens[0].lower_ in determiners
        or tokens[0].pos_ == "ADP"
        or tokens[0].like_num
        or tokens[0].pos_ in ("CCONJ", "PUNCT", "ADV")
    ):
        tokens = tokens[1:]
    text = span.doc[tokens[0].i : tokens[-1].i + 1].text
    if tokens[0].pos_ not in ("PROPN",) and not tokens[0].is_upper and not tokens[0].ent_type_:
        text = text[:1].lower() + text[1:]
    return text


def add_unnamed(drafts: Drafts, span: Span, head: Token, kind: str) -> Draft:
    """An unnamed actor for `span`, merged with an earlier one of the same
    description; a bare "the banker" is the unnamed banker described before
    ("a senior banker at a large lender")."""
    span = without_stamp(span)
    lemma = head.lemma_.lower()
    draft = _described_before(drafts, span, head, lemma, kind)
    if draft is None:
        draft = drafts.get(unnamed_name(span), kind)
    draft.unnamed = True
    draft.role_heads.add(lemma)
    drafts.add(draft, span, head=head)
    if draft.affiliation is None:
        words = [t for t in span if t.i != head.i]
        poss = [c for c in head.children if c.dep_ == "poss"]
        draft.affiliation = affiliation_in(drafts, draft, words, poss)
    return draft


def _described_before(
    drafts: Drafts, span: Span, head: Token, lemma: str, kind: str
) -> Draft | None:
    """For "the" and a head noun alone, the unnamed actor of that head noun
    mentioned last before it."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) != 2 or words[0].lower_ != "the" or words[1].i != head.i:
        return None
    best, best_at = None, -1
    for draft in drafts.items:
        if draft.unnamed and draft.kind == kind and lemma in draft.role_heads:
            last = max((i for i in draft.tokens if i < head.i), default=-1)
            if last > best_at:
                best, best_at = draft, last
    return best


def find_unnamed(drafts: Drafts, source_heads: set[int]) -> None:
    """Descriptions of people that report or speak become actors of their own."""
    doc = drafts.doc
    people, reporting = word_set("person_nouns"), word_set("reporting_verbs")
    collective = word_set("collective_nouns")  # "European countries said": plural only
    wanted = {doc.vocab.strings.add(w) for w in people | collective}
    lemmas = doc.to_array([LEMMA]).tolist()  # lemmas by hash: no Token made for most words
    for i in (i for i, h in enumerate(lemmas) if h in wanted):
        token = doc[i]
        if token.pos_ != "NOUN" or drafts.quoted[token.i] or token.i in drafts.by_token:
            continue
        lemma = token.lemma_.lower()
        if lemma not in people and not (lemma in collective and token.tag_ == "NNS"):
            continue
        if token.dep_ in ("compound", "amod", "poss"):
            continue
        speaks = token.i in source_heads
        if lemma not in _GENERIC_PEOPLE and not speaks:
            subject = token if token.dep_ != "conj" else token.head
            speaks = (
                subject.dep_ in ("nsubj", "nsubjpass") and subject.head.lemma_.lower() in reporting
            ) or (token.dep_ == "pobj" and token.head.head.lower_ in _ACCORDING)
        if speaks:
            described = description(drafts, token)
            if AGE.match(described.text):
                continue  # the person named before (`resolve_ages`)
            add_unnamed(drafts, described, token, _kind(token))


_APPOSITION_REACH = 8  # tokens of a name (and its titles) set off by commas


def sources_in_apposition(drafts: Drafts, sources: list[tuple[int, int]]) -> None:
    """ "The senator representing Kaduna South, Senator Ibrahim Gwamna, said",
    "The developer, Atlantic Breeze Renewables, said", "One of them, Olivia
    Grant, said": a source that names nobody, set off by a comma from the
    name of a person or organisation, is a mention of that actor."""
    doc = drafts.doc
    for start, end in sources:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.pos_ not in ("NOUN", "NUM") or drafts.quoted[root.i]:
            continue
        own = drafts.by_token.get(root.i)
        if own is not None and not own.unnamed:
            continue
        reach = max(span.end, root.right_edge.i + 1)
        named = _name_set_off(drafts, root, reach)
        if named is None:
            continue
        phrase = doc[span.start : min(span.end, _comma_after(doc, root, reach))]
        drafts.add(named, phrase, head=root)
        if named.kind == "person" and root.pos_ == "NOUN":
            named.role_heads.add(title_word(root.lemma_))
            named.role = named.role or unnamed_name(phrase)


def _comma_after(doc, root: Token, end: int) -> int:
    """The first comma after `root` (before `end`), or `end`."""
    return next((i for i in range(root.i + 1, end) if doc[i].text == ","), end)


def _name_set_off(drafts: Drafts, root: Token, end: int) -> Draft | None:
    """The named person or organisation right after the first comma after
    the source's head (titles before the name allowed), if the name is
    followed by a comma, a bracket or the verb."""
    doc = drafts.doc
    comma = _comma_after(doc, root, end)
    if comma == end and (end >= len(doc) or doc[end].text != ","):
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ != "acl" for t in doc[root.i : comma]):
        return None  # "the senator representing Kaduna South, …" (not a clause)
    titles = word_set("titles")
    named: Draft | None = None
    i = comma + 1
    while i < min(len(doc), comma + 1 + _APPOSITION_REACH):
        token = doc[i]
        draft = drafts.by_token.get(token.i)
        if draft is not None and (named is None or draft is named):
            named = draft
        elif named is None and token.lower_ in titles:
            pass  # "Senator Ibrahim Gwamna"
        else:
            break
        i += 1
    if named is None or named.unnamed or named.kind not in ("person", "organization"):
        return None
    if drafts.by_token.get(comma) is named:
        return None  # a comma inside the name: "the Department of Climate, Energy and …"
    if not named.proper or i >= len(doc):
        return None
    after = doc[i]
    return named if after.text in (",", "(", "—", "–") or after.pos_ in ("VERB", "AUX") else None


def find_organization_mentions(drafts: Drafts) -> None:
    """ "the agency", "the campaign", "the bank": the organisation named last
    before it whose name ends in that word, or has it before "of" (the
    Environmental Protection Agency, the Trump campaign, the Reserve Bank of
    India)."""
    doc = drafts.doc
    by_head: dict[str, list[Draft]] = {}
    for draft in drafts.items:
        if draft.kind == "organization" and not draft.unnamed:
            for name in draft.proper:
                words = name_key(name).split()
                if len(words) > 1:
                    by_head.setdefault(words[-1], []).append(draft)
                if "of" in words[1:]:  # "the bank": the Reserve Bank of India
                    by_head.setdefault(words[words.index("of", 1) - 1], []).append(draft)
    if not by_head:
        return
    for token in tokens_among(doc, set(by_head)):
        if drafts.quoted[token.i] or token.i in drafts.by_token or token.pos_ != "NOUN":
            continue
        children = list(token.children)
        if [c.lower_ for c in children] != ["the"]:
            continue  # "the agency's", "the new agency", "a union": not a plain repeat
        earlier = [
            (max(i for i in d.tokens if i < token.i), d)
            for d in set(by_head[token.lower_])
            if any(i < token.i for i in d.tokens)
        ]
        if earlier:
            drafts.add(max(earlier, key=lambda e: e[0])[1], doc[children[0].i : token.i + 1])


def sources_as_actors(drafts: Drafts, sources: list[tuple[int, int]]) -> None:
    """A source span no finder explained ("Several eastern European nations")
    becomes an actor, unless it is a document or a bare pronoun."""
    doc = drafts.doc
    not_sources = word_set("not_sources")
    organizations, people = word_set("organization_nouns"), word_set("person_nouns")
    people |= {w for w in word_set("titles") if w.isalpha()}  # "the admiral told …"
    collective = word_set("collective_nouns")
    for start, end in sources:
        if (start, end) in _spans(drafts):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.i in drafts.by_token or root.pos_ not in ("NOUN", "PROPN"):
            continue
        if root.lower_ in not_sources or root.lemma_.lower() in not_sources:
            continue
        lemma = root.lemma_.lower()
        if root.pos_ == "PROPN" and capitalised(root) and root.lower_ not in people:
            _name_nobody_found(drafts, root)
        elif lemma in people or (lemma in collective and root.tag_ == "NNS"):
            add_unnamed(drafts, span, root, _kind(root))  # "several European nations": a group
        elif lemma in organizations:
            add_unnamed(drafts, span, root, "organization")
        # else "the ad", "63 percent", "the decision": not someone who speaks


def _name_nobody_found(drafts: Drafts, root: Token) -> None:
    """A capitalised source no finder explained ("federal Securities and
    Exchange Commission said"): the name around its head, as the actor of
    that name if there is one, else as an organisation."""
    span = name_around(drafts.doc, root)
    key = name_key(span_text(span))
    known = next((d for d in drafts.items if key in map(name_key, d.names)), None)
    if known is None and span_text(span).isupper():  # a transcript's "PENCE": Mike Pence
        surname = span_text(span).split()[-1].lower()
        known = next(
            (
                d
                for d in drafts.items
                if d.kind == "person" and d.name.lower().split()[-1:] == [surname]
            ),
            None,
        )
    if known is None and demonym_of(span_text(span)) is None and key not in not_actors():
        kind = context_kind(span, "ORG") or "organization"  # "Mr. King said": a person
        known = drafts.get(span_text(span), kind)
    if known is not None:
        drafts.add(known, span, proper=True)


def _spans(drafts: Drafts) -> set[tuple[int, int]]:
    return {m for d in drafts.items for m in d.mentions}
