"""Speakers the parse did not hang on the cue as its subject: an inverted
subject ("“…,” said the woman"), a name between the closing mark and the
cue, a name or pronoun right beside the cue; and the name before a
bracketed party-state tag ("Gov. Ann Reed (R-OH) said"). Never a date or a
name inside a prepositional phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.cues import NOT_SOURCES, cue_verbs
from annotate.parse_spans import WINDOW, CharSpan, QuoteTokens, noun_phrase, trimmed


def out_of_parentheses(doc: Doc, subject: Token) -> Token:
    """ "Gov. Ann Reed (R-OH) said": a party and state tag in brackets the
    parser took for the subject gives way to the name it follows."""
    sent = subject.sent
    opening = next(
        (
            i
            for i in range(subject.i - 1, max(sent.start, subject.i - 5) - 1, -1)
            if doc[i].text == "("
        ),
        None,
    )
    if (
        opening is None
        or opening == sent.start
        or any(doc[i].text == ")" for i in range(opening, subject.i))
    ):
        return subject
    name = doc[opening - 1]
    if name.pos_ != "PROPN":
        return subject
    while name.dep_ in ("compound", "flat") and name.head.i != name.i and name.head.i < opening:
        name = name.head
    return name


def inverted_clause(doc: Doc, verb: Token, inside: QuoteTokens) -> Token | None:
    """ "“…,” said the woman, who did not want to be named": the parser made
    the speaker the subject of a clause it hung on the cue. That subject."""
    if verb.i == 0 or not doc[verb.i - 1].is_quote or not inside(verb.i - 1):
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for child in verb.rights:
        if child.dep_ != "ccomp":
            continue
        for subject in child.lefts:
            if (
                subject.dep_ == "nsubj"
                and subject.left_edge.i == verb.i + 1
                and subject.pos_ in ("PROPN", "NOUN")
            ):
                return subject
    return None


def opens_sentence(doc: Doc, token: Token) -> bool:
    return token.i == 0 or token.is_sent_start or "\n" in doc[token.i - 1].text


def inverted_subject(doc: Doc, verb: Token, inside: QuoteTokens) -> Token | None:
    """ "“…,” added a senior official": right after a closing mark, a
    finite cue followed at once by a noun phrase that the parser took for
    its object. (Not "telling Reuters", not "said Monday".)"""
    if verb.i == 0 or not doc[verb.i - 1].is_quote or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if cue_verbs()[verb.lemma_].addressee:
        return None
    clause_subject = inverted_clause(doc, verb, inside)
    if clause_subject is not None:
        return clause_subject
    for child in verb.rights:
        if (
            child.dep_ in ("dobj", "attr", "npadvmod", "nsubj")
            and child.pos_ in ("PROPN", "NOUN")
            and child.left_edge.i == verb.i + 1
            and child.ent_type_ not in ("DATE", "TIME")
            and not inside(child.i)
        ):
            return child
    return None


def name_after_quotation(doc: Doc, cue: Token, inside: QuoteTokens) -> CharSpan | None:
    """ "“…,” Gene Sperling, a Clinton adviser, said": the parser hung the
    name on the quotation's clause; take the first name between the closing
    mark and the cue."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return None
    closing = None
    for i in range(cue.i - 1, max(-1, cue.i - 1 - 2 * WINDOW), -1):
        if "\n" in doc[i].text:
            return None
        if inside(i):
            closing = i
            break
    if closing is None or not doc[closing].is_quote:
        return None
    first = closing + 1
    while first < cue.i and doc[first].is_punct:
        first += 1
    if first < cue.i and doc[first].pos_ == "PROPN":
        token = doc[first]
        while (
            token.dep_ in ("compound", "flat")
            and token.i < token.head.i < cue.i
            and token.head.pos_ in ("PROPN", "NOUN")
        ):
            token = token.head
        if token.i < cue.i:
            return trimmed(doc, first, token.i)
    return None


_NOT_NEARBY = NOT_SOURCES | {"you", "yourself", "yourselves", "myself", "itself"}


def nearby_name(doc: Doc, cue: Token, inside: QuoteTokens) -> CharSpan | None:
    """A name or pronoun right beside the cue, outside quotation marks, when
    the parse offers none ("…,” Flynn, a top surrogate, said"); never a date
    ("said Monday")."""
    sent = cue.sent
    right = range(cue.i + 1, min(sent.end, cue.i + 4))
    left = range(cue.i - 1, max(sent.start, cue.i - 8) - 1, -1)
    for side in (right, left):
        for i in side:
            token = doc[i]
            if inside(i) or "\n" in token.text:
                break
            if token.ent_type_ in ("DATE", "TIME") or _in_place_phrase(doc, token):
                continue  # "said Monday", "the incident in Iowa, telling …"
            if token.pos_ in ("PROPN", "PRON") and token.lower_ not in _NOT_NEARBY:
                while token.dep_ in ("compound", "flat") and token.head.i != token.i:
                    token = token.head
                return noun_phrase(doc, token)
    return None


def _in_place_phrase(doc: Doc, token: Token) -> bool:
    """A name in a prepositional phrase ("in Iowa", "for Gov. Reed") or in
    brackets ("(D-Calif.)"): it is not who speaks."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj":
        return True
    return out_of_parentheses(doc, token).i != token.i
