"""One person set upon: hurt or dead, from the act and what followed.

"X was stabbed", "was shot four times in the legs", "was beaten by three
men", "was doused with acid", "was attacked with a hammer" tell of one person
hurt (one dead when the clause says "to death" or "dead"), unless it or
the next sentence says they were unhurt. A poisoning counts
its one victim as dead or hurt only when the text says which: "was found
dead", "died" (killed), "spent ten days in intensive care", "was taken to
hospital", "survived" (injured); in the poisoning's sentence or, for "she"
or "he", the sentence before, which named her; or the next sentence, told
of "he" or "she".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from annotate.incident_set_upon import found_subjects
from annotate.lexicons import incident_words

# Names that are not a person hurt ("Moscow", "Russians", a dateline's city).
NOT_PEOPLE = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL"})
_SINGULAR_DETS = frozenset({"a", "an", "another", "the", "one", "his", "her", "their"})
_SET_UPON = frozenset({"stab", "shoot", "beat", "douse", "gun"})  # "gun" of "gunned down"
_DEAD = frozenset({"dead", "die", "death"})
_UNHURT = frozenset({"unhurt", "uninjured", "unharmed", "unscathed"})
_CARE = frozenset({"hospital", "care", "coma", "survive", "recover", "treat", "hospitalise"})


def count_of_one(noun: Token, alone: bool = True) -> bool:
    """A named person, a pronoun for one, or a singular victim noun (and,
    with `alone`, no other joined to it)."""
    if noun.lower_ in ("he", "she"):
        return True
    if noun.tag_ not in ("NN", "NNP"):
        return False
    if alone and any(c.dep_ == "conj" for c in noun.children):
        return False
    det = next((c.lower_ for c in noun.children if c.dep_ in ("det", "poss")), None)
    victims = set(incident_words()["victim_nouns"])
    named = noun.pos_ == "PROPN" and noun.ent_type_ not in NOT_PEOPLE
    return named or (noun.lemma_.lower() in victims and det in _SINGULAR_DETS)


def _patient(head: Token) -> Token | None:
    """The one person the passive verb was done to ("Saparov was shot"),
    leaving out a dateline's city the parser joined to him."""
    group = [c for c in head.children if c.dep_ == "nsubjpass"] or found_subjects(head)
    group += [j for g in group for j in g.conjuncts]
    group = [g for g in group if not (g.is_upper and len(g) > 1)]  # "NOVI SAD — A reporter"
    people = [g for g in group if g.ent_type_ not in NOT_PEOPLE and g.ent_type_ != "ORG"]
    if len(people) != 1 or not count_of_one(people[0], alone=len(group) == 1):
        return None
    return people[0]


def _set_upon(head: Token) -> bool:
    """Stabbed, shot, beaten, doused, or attacked with something in hand."""
    lemma = head.lemma_.lower()
    if lemma == "attack":
        return any(
            c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" for g in c.children)
            for c in head.children
        )
    if lemma == "shoot" and any(c.dep_ == "prt" for c in head.children):
        return False  # "shot down"
    return lemma in _SET_UPON


def one_hurt(head: Token) -> tuple[bool, bool] | None:
    """(killed, injured) for one person set upon in the passive, or None."""
    if head.pos_ != "VERB" or not _set_upon(head) or _patient(head) is None:
        return None
    sent = head.sent
    after = head.doc[sent.end].sent if sent.end < len(head.doc) else sent
    if any(t.lower_ in _UNHURT for t in (*sent, *after)):
        return None  # "He was unhurt"
    kill = set(incident_words()["kill_words"])
    dead = any(t.lemma_.lower() in kill for t in head.subtree)  # "stabbed to death"
    if dead or _died_beside(head):
        return True, False
    if head.lemma_.lower() == "gun" and not {t.lemma_.lower() for t in (*sent, *after)} & _CARE:
        return None  # "gunned down": dead or hurt, the text must say which
    return False, True


def _died_beside(head: Token) -> bool:
    """ "X died on 26 February. She had been stabbed four days earlier";
    "She was stabbed on Monday. She died in hospital": the one set upon,
    told as "she" or "he" in one of two sentences, died in the other."""
    doc, sent = head.doc, head.sent
    patient = _patient(head)
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    after = doc[sent.end].sent if sent.end < len(doc) else None
    if patient is not None and patient.lower_ in ("he", "she") and before is not None:
        if any(_dies(t, pronoun=False) for t in before):
            return True
    return after is not None and any(_dies(t, pronoun=True) for t in after)


def _dies(token: Token, pronoun: bool) -> bool:
    """A verb "die" whose subject is one person ("she", or a name with
    `pronoun` False), not negated ("did not die")."""
    if token.lemma_.lower() != "die" or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" for c in token.children):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) != 1:
        return False
    if pronoun:
        return subjects[0].lower_ in ("he", "she")
    return count_of_one(subjects[0])


def one_poisoned(head: Token) -> tuple[bool, bool] | None:
    """(killed, injured) for one person poisoned, when the text says whether
    they died or were cared for, or None."""
    if head.lemma_.lower() != "poison" or head.pos_ != "VERB":
        return None
    patient = _patient(head)
    if patient is None:
        return None
    sentences = [head.sent]
    if patient.lower_ in ("he", "she") and head.sent.start > 0:
        sentences.insert(0, head.doc[head.sent.start - 1].sent)
    if (after := _told_next(head)) is not None:
        sentences.append(after)  # "He collapsed and was taken to hospital"
    words = {t.lemma_.lower() for s in sentences for t in s}
    nearly = {"nearly", "almost", "narrowly"}
    if any(
        t.lemma_.lower() in _DEAD and not any(c.lower_ in nearly for c in t.children)
        for s in sentences
        for t in s
    ):
        return True, False  # not "she nearly died"
    if words & _CARE:
        return False, True
    return None


def _told_next(head: Token) -> Span | None:
    """The sentence after the one of `head` when it opens on "He" or "She",
    its subject: more of what befell the one person it told of."""
    end = head.sent.end
    if end >= len(head.doc):
        return None
    first = head.doc[end]
    while first.is_space and first.i + 1 < len(head.doc):
        first = head.doc[first.i + 1]
    if first.lower_ not in ("he", "she") or first.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return first.sent
