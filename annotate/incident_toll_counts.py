"""How many a casualty word counts: a number, a number word, a hedged
lower bound, one named or singular victim, or a death toll told as one."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_harm import NOT_PEOPLE
from annotate.incident_numbers import Count, is_number, number
from annotate.incident_risen import (
    one_more,
    risen,
    subject_before,
)
from annotate.lexicons import incident_words

_NOT_PEOPLE = NOT_PEOPLE  # names that are not a person killed ("Moscow", "Russians")
_NOBODY = frozenset({"nobody", "no-one", "noone"})
_SINGULAR_DETS = frozenset({"a", "an", "the", "one", "his", "her", "their"})
_TOLD_DEAD = frozenset({"be", "confirm", "report", "declare", "pronounce"})


def casualty_count(word: Token) -> Count | None:
    """The number of people a casualty word counts ("four people killed",
    "killing 12", "injuring twenty-nine", "two dead", "killing Andrei
    Sosnovsky", "a general was killed")."""
    victims = set(incident_words()["victim_nouns"])
    if (total := death_toll(word)) is not None:
        return total
    nouns = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if not nouns and word.pos_ == "ADJ" and word.dep_ in ("acomp", "oprd"):
        # "Two people are dead", "Two people are confirmed dead": the subject
        # above (never "was found dead", which tells a find of its own)
        if word.head.lemma_.lower() in _TOLD_DEAD:
            nouns = [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_nobody(n) for n in nouns) or (word.pos_ == "NOUN" and _nobody(word)):
        return Count(0)  # "no one was hurt", "no injuries"
    if not nouns and word.dep_ == "conj" and word.tag_ in ("VBN", "JJ"):
        # "Four were killed and at least a dozen injured": its own count first;
        # "was attacked and injured": the one attacked is the one hurt
        for child in word.children:
            if is_number(child) and child.dep_ in ("nummod", "npadvmod", "dobj"):
                if (n := number(child)) is not None:
                    return n
        nouns = [c for c in word.head.children if c.dep_ == "nsubjpass"]
        if any(_nobody(n) for n in nouns):
            return Count(0)  # "No one was killed or injured"
        if not nouns and (before := subject_before(word)) is not None:
            nouns = [before]  # "... from his burns and three others were injured"
    if word.dep_ in ("acl", "amod") and word.head.pos_ in ("NOUN", "NUM", "PRON"):
        nouns.append(word.head)
    if word.pos_ == "NOUN":
        nouns.append(word)
    if any(one_more(n) for n in nouns):
        return Count(1, added=True)  # "killing two fans and wounding a third"
    for noun in nouns:
        if is_number(noun) and (n := number(noun)) is not None:
            return n
        for child in noun.children:
            if child.dep_ in ("nummod", "quantmod") and (n := number(child)) is not None:
                return n
    for child in word.children:
        if is_number(child) and child.dep_ in ("nummod", "npadvmod", "dobj"):
            if (n := number(child)) is not None:
                return n
    for noun in nouns:
        if noun is word or noun.tag_ not in ("NN", "NNP"):
            continue
        det = next((c.lower_ for c in noun.children if c.dep_ in ("det", "poss")), None)
        named = noun.pos_ == "PROPN" and noun.ent_type_ not in _NOT_PEOPLE
        if named or (noun.lemma_.lower() in victims and det in _SINGULAR_DETS):
            return Count(1)  # "killing Andrei Sosnovsky", "wounding a neighbour"
        if det in _SINGULAR_DETS and _named_apposition(noun):
            return Count(1)  # "her colleague, the photographer Andriy Kovalenko, was killed"
    return None


def _named_apposition(noun: Token, depth: int = 2) -> bool:
    """A singular noun set beside one named person ("her colleague, X", "his
    colleague, the cameraman X")."""
    for c in noun.children:
        if c.dep_ != "appos" or any(g.dep_ == "conj" for g in c.children):
            continue
        if c.pos_ == "PROPN" and c.ent_type_ not in _NOT_PEOPLE and c.ent_type_ != "ORG":
            return True
        if c.pos_ == "NOUN" and depth > 1 and _named_apposition(c, depth - 1):
            return True
    return False


def _nobody(noun: Token) -> bool:
    """ "no one", "nobody", "no injuries": a count of none."""
    if noun.lower_ in _NOBODY:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def death_toll(word: Token) -> Count | None:
    """ "the death toll rose to 14", "the number of injured climbed to 52": the
    latest count, a total that replaces an earlier one (see `incident_risen`)."""
    found = risen(word)
    if found is None or (n := number(found[1])) is None:
        return None
    return Count(n.n, n.approx, including=True)
