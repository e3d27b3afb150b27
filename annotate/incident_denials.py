"""What the article itself says did not happen: "There was no explosion at
the terminal" (in the writer's own voice, as a fact-check puts it) rules out
the "huge explosion at the terminal" a claim told of; "Reports of a blast at
the depot were false" rules out the blast.

A party's denial ("Moscow said there was no attack") is a claim, not the
article's finding: only a denial that is its sentence's main clause, outside
quotation marks and under no reporting verb, rules anything out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from annotate.lexicons import incident_words
from annotate.parse_spans import tokens_with

_FALSE = frozenset(
    "false untrue fake baseless unfounded wrong fabricated hoax fabrication fiction "
    "invention misinformation disinformation".split()
)
_PLACE_PREPS = frozenset({"at", "in", "on", "near", "over", "inside", "outside"})
_QUOTES = frozenset({'"', "“", "”"})


@dataclass(frozen=True, slots=True)
class Denial:
    lemma: str
    types: frozenset[str]
    places: frozenset[str]  # lemmas of the places it names ("terminal", "klaipėda")


@cache
def _noun_types() -> dict[str, str]:
    return {w: kind for kind, words in incident_words()["nouns"].items() for w in words}


@cache
def _phrase_types() -> dict[str, str]:
    return {w: kind for kind, words in incident_words()["phrases"].items() for w in words}


def _types(noun: Token) -> frozenset[str]:
    """ "attack", and "strike" too for a "drone attack"."""
    lemma = noun.lemma_.lower()
    phrase = " ".join([*(c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound"), lemma])
    return frozenset(t for t in (_noun_types()[lemma], _phrase_types().get(phrase)) if t)


def denials(doc: Doc) -> list[Denial]:
    """Incidents the article says, in its own voice, did not happen where it names."""
    found = []
    for token in tokens_with(doc, LEMMA, _noun_types(), lower=True):
        if token.pos_ != "NOUN":
            continue
        lemma = token.lemma_.lower()
        if not _no(token) or not _said_flat(token):
            continue
        places = _places(token)
        # "no explosion at the terminal, and no drone attack on it": "it" is the terminal
        for other in _denied_with(token):
            places |= _places(other)
        if places:
            found.append(Denial(lemma, _types(token), frozenset(places)))
    return found


def denied(head: Token, kind: str, ruled_out: list[Denial]) -> bool:
    """A mention of the same kind of thing at a place the article says
    nothing of that kind happened (not the denial itself)."""
    if _no(head):
        return False
    clause = next((a for a in (head, *head.ancestors) if a.pos_ in ("VERB", "AUX")), head)
    words = {t.lemma_.lower() for t in clause.subtree if t.pos_ in ("NOUN", "PROPN")}
    lemma = head.lemma_.lower()
    return any((d.lemma == lemma or kind in d.types) and d.places & words for d in ruled_out)


# What makes a video, a story or a post that tells of an incident untrue.
_FAKE = frozenset(
    "fake false fabricated bogus doctored falsified fictitious invented made-up phoney phony "
    "hoax".split()
)


def debunked(head: Token) -> bool:
    """ "Reports of a blast at the depot were false", "the explosion was a
    hoax", "a fake video showed a missile strike", "a false story about an
    attack": the word, or what tells of it, is untrue."""
    return _called_false(head) or _told_by_a_fake(head) or _false_that(head)


def _false_that(head: Token) -> bool:
    """'says it is "untrue" that a drone crashed into a hangar': the clause
    that a sentence's "it is false" stands for."""
    node = head
    for _ in range(4):
        if node.dep_ == "ccomp":
            verb = node.head
            return (
                verb.lemma_ == "be"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
                and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children)
                and any(
                    c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _FALSE
                    for c in verb.children
                )
            )
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _told_by_a_fake(head: Token) -> bool:
    node = head
    for _ in range(6):
        if node.pos_ == "VERB" and any(c.dep_ == "nsubj" and _fake(c) for c in node.children):
            return True  # "A fake video showed a missile strike"
        if node.dep_ == "pobj" and node.head.lower_ in ("about", "of", "on"):
            if node.head.head.pos_ == "NOUN" and _fake(node.head.head):
                return True  # "a false story about a terrorist attack"
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _fake(noun: Token) -> bool:
    return any(c.dep_ in ("amod", "compound") and c.lower_ in _FAKE for c in noun.children)


def _called_false(head: Token) -> bool:
    node = head
    for _ in range(4):
        if node.dep_ == "nsubj" and node.head.lemma_ == "be":
            return any(
                c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _FALSE
                for c in node.head.children
            )
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            node = node.head.head  # "reports of a blast"
        else:
            return False
    return False


def _no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _said_flat(noun: Token) -> bool:
    """ "There was no explosion at X" as its sentence's main clause, with
    no quotation mark in the sentence."""
    verb = _existential(noun)
    if verb is None or verb.dep_ != "ROOT":
        return False
    if not any(c.dep_ == "expl" for c in verb.children):
        return False
    return not any(t.text in _QUOTES for t in noun.sent)


def _existential(noun: Token) -> Token | None:
    """The "be" of "there was no X" (or of its conjunct "and no Y")."""
    node = noun.head if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" else noun
    verb = node.head
    if verb.lemma_ != "be" or node.dep_ not in ("attr", "nsubj", "conj"):
        return None
    return verb


def _denied_with(noun: Token) -> list[Token]:
    """The other nouns denied in the same "there was no X, and no Y"."""
    verb = _existential(noun)
    if verb is None:
        return []
    return [
        c
        for c in verb.children
        if c.i != noun.i and c.dep_ in ("attr", "conj") and c.pos_ == "NOUN" and _no(c)
    ]


def _places(noun: Token) -> set[str]:
    return {
        t.lemma_.lower()
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS
        for g in prep.children
        if g.dep_ == "pobj" and g.pos_ != "PRON"
        for t in g.subtree
        if t.pos_ in ("NOUN", "PROPN")
    }
