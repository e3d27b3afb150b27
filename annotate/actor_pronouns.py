"""Pronouns and ages that stand for an actor named before: "She added",
"he noted", "“It was chaos,” the 45-year-old said" are mentions of the
most salient compatible person before them, by a simple rule: the nearest
sentence that names a compatible person, preferring its latest subject (of
the main clause). Gender comes from the text only ("spokeswoman", "Mrs", an
earlier "she"); unknown gender fits either. A clause about an unnamed
person ("Trump's wife ... her") links its pronouns to nobody named."""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.actor_drafts import Draft, Drafts, is_subject, sentence_numbers, tokens_among
from annotate.lexicons import word_set

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
PRONOUN_REACH = 6  # sentences "he"/"she" may reach back to its antecedent
PLURAL_REACH = 2  # and "they", whose antecedents are vaguer


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
AGE = re.compile(r"^the \d+-year-old(?: [a-z][\w’'-]*)*$")


def resolve_ages(
    drafts: Drafts, sources: list[tuple[int, int]], reach: int = PRONOUN_REACH
) -> None:
    """ "“It was chaos,” the 45-year-old said": an age standing for a person
    is the person named last before it, as "she" or "he" would be."""
    doc = drafts.doc
    spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in sources]
    spans = [s for s in spans if s is not None and AGE.match(s.text)]
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
