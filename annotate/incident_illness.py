"""A poisoning found later, whose victim fell ill in a sentence before.

"She felt unwell at a dinner in a restaurant in Riga on 28 May. It was only
after she was flown to Vienna that doctors found she had been poisoned": the
finding names the event, the falling ill tells where and when it happened.
The falling ill is then a mention of the same event (the one that tells it
most fully), never an event of its own: without a poisoning told after it, a
collapse is no incident.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_poison_found import found_in_whom

_REACH = 2  # sentences before the finding where the victim may have fallen ill
_AFTER = 4  # sentences after a lead's poisoning where its victim's collapse is told
_ILL_WORDS = frozenset({"ill", "unwell", "sick"})
_ILL_VERBS = frozenset({"collapse", "faint"})
_BECOMING = frozenset({"fall", "feel", "become", "be", "take", "get"})
_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


def fell_ill_before(heads: list[tuple[Token, str]]) -> list[tuple[Token, Token]]:
    """(falling-ill verb, poisoning head) for each poisoning ("she had been
    poisoned") whose victim, told by a pronoun or by name, fell ill or
    collapsed in one of the sentences just before."""
    found = []
    taken = {h.i for h, _ in heads}
    for head, kind in heads:
        if kind != "attack" or head.pos_ != "VERB":
            continue
        if head.lemma_.lower() == "poison":
            victim = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        else:
            victim = found_in_whom(head)  # "Doctors found thallium in his blood"
        if victim is None:
            continue
        verb = _ill_verb_before(head.sent, victim)
        if verb is not None and verb.i not in taken:
            found.append((verb, head))
    return found


def fell_ill_after(heads: list[tuple[Token, str]]) -> dict[int, Token]:
    """Falling-ill verbs that retell a lead's poisoning: "an activist who
    collapsed in a café last week had been poisoned, police said. ... Kirill
    S., 46, fell ill on February 18 after drinking coffee": the collapse,
    told of a named person in the sentences after the first poisoning, dates
    it when its own words do not (poisoning head's index -> falling-ill
    verb). Only the first poisoning's; one told of a person by a word ("an
    activist"), not by name; the collapse is no act of its own."""
    taken = {h.i for h, _ in heads}
    poisoned = [
        h for h, k in heads if k == "attack" and h.pos_ == "VERB" and h.lemma_.lower() == "poison"
    ]
    if not poisoned:
        return {}
    head = poisoned[0]
    victim = _victim(head)
    if victim is None or victim.pos_ != "NOUN":
        return {}
    doc, start = head.doc, head.sent.end
    for _ in range(_AFTER):
        if start >= len(doc):
            return {}
        sent = doc[start].sent
        if any(t.i in taken for t in sent):
            return {}  # another act told first: the collapse may be its
        for verb in sent:
            if _falls_ill(verb) and _named_subject(verb):
                return {head.i: verb}
        start = sent.end
    return {}


def _victim(head: Token) -> Token | None:
    """Who was poisoned: the subject of "was poisoned", or of the clause
    "after being poisoned" hangs from ("a journalist is in intensive care
    after being poisoned")."""
    victim = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if victim is not None or head.dep_ != "pcomp":
        return victim
    clause = head.head.head
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _named_subject(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON"


def _ill_verb_before(sent, victim: Token) -> Token | None:
    doc = sent.doc
    start = sent.start
    for _ in range(_REACH):
        if start == 0:
            return None
        before = doc[start - 1].sent
        for verb in before:
            if _falls_ill(verb) and _same_one(verb, victim):
                return verb
        start = before.start
    return None


def _falls_ill(verb: Token) -> bool:
    """ "collapsed", "fainted", "fell ill", "felt unwell", "was taken ill"."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    if lemma in _ILL_VERBS:
        return True
    return lemma in _BECOMING and any(
        c.dep_ in ("acomp", "oprd", "advmod", "attr") and c.lower_ in _ILL_WORDS
        for c in verb.children
    )


def _same_one(verb: Token, victim: Token) -> bool:
    """The one who fell ill is the one poisoned: "she" after a person told
    as the subject, or the same name."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ not in _PRONOUNS):
        return False
    if victim.lower_ in _PRONOUNS:
        return subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in _PRONOUNS
    return victim.pos_ == "PROPN" and victim.text in {t.text for t in subject.subtree}
