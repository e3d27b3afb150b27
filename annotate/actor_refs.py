"""Actors without a name: unnamed sources and pronouns.

"One Baltic diplomat said", "senior administration officials warned": a
description that speaks is an actor of its own (a person, or a group when
plural), affiliated to the country or body it names. "She added", "he noted":
a third-person pronoun is a mention of the most salient compatible person
before it, by a simple rule: the nearest sentence that names a compatible
person, preferring its latest subject. Gender comes from the text only
("spokeswoman", "Mrs", an earlier "she"); unknown gender fits either.
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA
from spacy.tokens import Span, Token

from annotate.actor_affiliations import affiliation_in
from annotate.actor_drafts import Draft, Drafts, is_subject, sentence_numbers, tokens_among
from annotate.actor_kinds import context_kind
from annotate.actor_names import capitalised, name_around
from annotate.actor_roles import _ROLE_STOP, collect, whole_names
from annotate.lexicons import demonym_of, not_actors, title_word, word_set
from annotate.names import name_key

PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
    "they": "p",
    "them": "p",
    "their": "p",
    "theirs": "p",
    "themselves": "p",
}
_GENERIC_PEOPLE = frozenset({"people", "person", "man", "woman", "member", "citizen", "voter"})
_ACCORDING = frozenset({"according"})
PRONOUN_REACH = 6  # sentences "he"/"she" may reach back to its antecedent
PLURAL_REACH = 2  # and "they", whose antecedents are vaguer
_NP_PREPS = frozenset({"for", "at", "from", "of", "in", "with", "close", "familiar", "on"})


def _kind(token: Token) -> str:
    return "group" if token.tag_ in ("NNS", "NNPS") else "person"


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
            if _AGE.match(described.text):
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


def resolve_pronouns(
    drafts: Drafts, reach: int = PRONOUN_REACH, plural_reach: int = PLURAL_REACH
) -> None:
    """Third-person pronouns outside quotations, to the salient compatible
    actor at most `reach` sentences back (`plural_reach` for "they"). A name
    inside a quotation is the speaker's words, never the antecedent."""
    doc = drafts.doc
    sentence_of = sentence_numbers(doc)
    seen: dict[int, list[tuple[int, Draft]]] = {}
    for draft in drafts.items:
        if draft.kind in ("person", "group"):
            for i in draft.tokens:
                if not drafts.quoted[i]:  # "“Tubs is wrong,” he said": not Tubs
                    seen.setdefault(sentence_of[i], []).append((i, draft))
    people = word_set("person_nouns") | word_set("feminine") | word_set("masculine")
    for token in tokens_among(doc, set(PRONOUNS)):
        gender = PRONOUNS.get(token.lower_)
        if gender is None or token.pos_ != "PRON" or drafts.quoted[token.i]:
            continue
        if token.i in drafts.by_token or _described_subject(drafts, token, people):
            continue
        here = sentence_of[token.i]
        limit = plural_reach if gender == "p" else reach
        draft = _antecedent(doc, seen, here, token.i, gender, limit, _coarguments(drafts, token))
        if draft is None:
            continue
        drafts.add(draft, doc[token.i : token.i + 1], pronoun=True)
        if gender in ("m", "f") and draft.gender is None:
            draft.gender = gender
        seen.setdefault(here, []).append((token.i, draft))


def _antecedent(
    doc,
    seen: dict[int, list[tuple[int, Draft]]],
    here: int,
    before: int,
    gender: str,
    reach: int,
    excluded: tuple[Draft, ...] = (),
) -> Draft | None:
    """The nearest sentence with a compatible candidate; in it, one whose gender
    the text gave beats one of unknown gender, then the latest subject wins."""
    for n in range(here, max(-1, here - reach - 1), -1):
        found = [
            (i, d)
            for i, d in seen.get(n, [])
            if i < before and _fits(d, gender) and d not in excluded
        ]
        if not found:
            continue
        known = [(i, d) for i, d in found if d.gender == gender]
        found = known or found
        subjects = [(i, d) for i, d in found if is_subject(doc[i])]
        if gender == "p":
            return max(subjects, key=lambda x: x[0])[1] if subjects else None
        # "Pataki says Kasich “…”. He warns …": the main clause's subject first
        main = [(i, d) for i, d in subjects if _of_main_clause(doc[i])]
        return max(main or subjects or found, key=lambda x: x[0])[1]
    return None


_OBJECTS = frozenset({"him", "her", "them"})


def _described_subject(drafts: Drafts, token: Token, people: frozenset[str]) -> bool:
    """ "Trump's wife is breaking her silence", "the officer drew his gun": a
    pronoun in a clause whose subject is a description of a person that
    names nobody refers to that description, not to someone named before.
    (Not for a subject pronoun: "The governor …, but he feels" is a misparse.)"""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= token.i or subject.pos_ != "NOUN":
        return False
    return subject.i not in drafts.by_token and subject.lemma_.lower() in people


def _coarguments(drafts: Drafts, token: Token) -> tuple[Draft, ...]:
    """ "Her nephew, X, worries about her": an object pronoun of a verb is not
    that verb's own subject (which would be "herself"), so X is not her."""
    if token.lower_ not in _OBJECTS:
        return ()
    if token.dep_ in ("dobj", "dative", "iobj"):
        verb = token.head
    elif token.dep_ == "pobj" and token.head.dep_ in ("prep", "dative"):
        verb = token.head.head
    else:
        return ()
    found = []
    for subject in verb.children:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            for t in (subject, *(c for c in subject.children if c.dep_ == "appos")):
                draft = drafts.by_token.get(t.i)
                if draft is not None:
                    found.append(draft)
    return tuple(found)


def _of_main_clause(token: Token) -> bool:
    """A subject (or a name in apposition to one) of its sentence's root verb."""
    subject = token.head if token.dep_ == "appos" else token
    verb = subject.head
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _fits(draft: Draft, gender: str) -> bool:
    if gender == "p":
        return draft.kind == "group"
    if gender == "?":
        return draft.kind == "person"
    return draft.kind == "person" and draft.gender in (None, gender)


# "the 45-year-old", "the 34-year-old mother of three": an age standing for a person
_AGE = re.compile(r"^the \d+-year-old(?: [a-z][\w’'-]*)*$")


def resolve_ages(
    drafts: Drafts, sources: list[tuple[int, int]], reach: int = PRONOUN_REACH
) -> None:
    """ "“It was chaos,” the 45-year-old said": an age standing for a person
    is the person named last before it, as "she" or "he" would be."""
    doc = drafts.doc
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in sources]
    spans = [s for s in spans if s is not None and _AGE.match(s.text)]
    if not spans:
        return
    sentence_of = sentence_numbers(doc)
    seen: dict[int, list[tuple[int, Draft]]] = {}
    for draft in drafts.items:
        if draft.kind == "person":
            for i in draft.tokens:
                if not drafts.quoted[i]:
                    seen.setdefault(sentence_of[i], []).append((i, draft))
    for span in spans:
        if span.root.i in drafts.by_token:
            continue
        draft = _antecedent(doc, seen, sentence_of[span.start], span.start, "?", reach)
        if draft is not None:
            drafts.add(draft, span, head=span.root, alias=False)


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
    key = name_key(span.text)
    known = next((d for d in drafts.items if key in map(name_key, d.names)), None)
    if known is None and span.text.isupper():  # a transcript's "PENCE": Mike Pence
        surname = span.text.split()[-1].lower()
        known = next(
            (
                d
                for d in drafts.items
                if d.kind == "person" and d.name.lower().split()[-1:] == [surname]
            ),
            None,
        )
    if known is None and demonym_of(span.text) is None and key not in not_actors():
        kind = context_kind(span, "ORG") or "organization"  # "Mr. King said": a person
        known = drafts.get(span.text, kind)
    if known is not None:
        drafts.add(known, span, proper=True)


def _spans(drafts: Drafts) -> set[tuple[int, int]]:
    return {m for d in drafts.items for m in d.mentions}
