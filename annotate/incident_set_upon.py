"""People set upon, told in two more shapes than `incident_harm` reads.

- "X was found stabbed to death", "was found shot dead", "was found beaten
  in his flat": the one found is the one the act was done to;
- "stabbed two police officers", "shot three guards": a count of people as
  the object of a verb that sets upon them is that many hurt (killed when
  the clause says "to death" or "dead"); when the sentence or the next one
  tells of a death, the text must say whose, so nothing is counted here.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import incident_words

_FOUND_AS = frozenset({"xcomp", "oprd", "acomp", "ccomp", "advcl"})
_HARMED = frozenset({"stab", "shoot", "beat", "strangle", "bludgeon", "gun", "knife", "hack"})
_STRUCK = frozenset({"stab", "shoot", "knife"})  # active: "stabbed two officers"
_DEATH = frozenset({"kill", "die", "dead", "death", "fatally", "fatal", "body", "bodies"})


def found_subjects(verb: Token) -> list[Token]:
    """ "The journalist was found stabbed": the one found, for a verb of
    harm told as what someone was found (not "was found guilty")."""
    up = verb.head
    if verb.dep_ not in _FOUND_AS or up.lemma_.lower() != "find" or up is verb:
        return []
    if verb.lemma_.lower() not in _HARMED or verb.tag_ != "VBN":
        return []
    return [c for c in up.children if c.dep_ == "nsubjpass"]


def counted_victims(verb: Token, count) -> tuple[bool, object] | None:
    """(killed, count) for "stabbed two police officers": a number on a
    plural victim noun that is the verb's object; `count` reads the number."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STRUCK:
        return None
    if any(c.dep_ in ("prt", "neg") for c in verb.children):
        return None  # "shot down", "did not stab"
    victims = set(incident_words()["victim_nouns"])
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1 or objects[0].tag_ != "NNS":
        return None
    noun = objects[0]
    if noun.lemma_.lower() not in victims or any(c.dep_ == "conj" for c in noun.children):
        return None
    numbers = [c for c in noun.children if c.dep_ == "nummod"]
    if len(numbers) != 1 or (n := count(numbers[0])) is None:
        return None
    clause = {t.lemma_.lower() for t in verb.subtree if t.i not in {x.i for x in noun.subtree}}
    sent = verb.sent
    after = verb.doc[sent.end].sent if sent.end < len(verb.doc) else sent
    told = {t.lemma_.lower() for t in (*sent, *after)} - clause
    if clause & _DEATH:
        return True, n  # "shot two guards dead"
    if told & _DEATH:
        return None  # "... One of them later died": whose death, the text must say
    return False, n
