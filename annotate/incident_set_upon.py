"""People set upon, told in two more shapes than `incident_harm` reads.

- "X was found stabbed to death", "was found shot dead", "was found beaten
  in his flat": the one found is the one the act was done to;
- "stabbed two police officers", "three guards were shot": a count of people
  as the object of a verb that sets upon them is that many hurt (killed when
  the clause says "to death" or "dead"); when the sentence or the next one
  tells of a death, the text must say whose, so nothing is counted here.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.actor_drafts import tokens_among
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
    """(killed, count) for "stabbed two police officers", "two officers were
    stabbed": a number on a plural victim noun that is the verb's object or
    passive subject; `count` reads the number."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STRUCK:
        return None
    if any(c.dep_ in ("prt", "neg") for c in verb.children):
        return None  # "shot down", "did not stab"
    victims = set(incident_words()["victim_nouns"])
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]  # "were stabbed"
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


_WOUNDS = frozenset({"stab", "gunshot", "bullet", "knife", "shotgun", "gun", "machete"})


def found_wounded(doc) -> list[tuple[Token, str]]:
    """ "The blogger was found dead with gunshot wounds", "was found with stab
    wounds": the wounds of one found are an attack on them, told by the
    "found" (which holds the place and time)."""
    victims = set(incident_words()["victim_nouns"]) | {"body"}
    out = []
    for token in tokens_among(doc, frozenset({"wound", "wounds"})):
        if token.pos_ != "NOUN":
            continue
        if not any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in _WOUNDS for c in token.children
        ):
            continue
        verb = _finding(token)
        if (
            verb is None
            or verb.lemma_.lower() != "find"
            or any(c.dep_ == "neg" for c in verb.children)
        ):
            continue
        found = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if any(
            f.lemma_.lower() in victims or f.ent_type_ == "PERSON" or f.lower_ in ("he", "she")
            for f in found
        ):
            out.append((verb, "attack"))  # the finding holds the place and time
    return out


def found_hurt(verb: Token) -> tuple[bool, bool] | None:
    """(killed, injured) for the one found with the wounds: killed when found
    dead or as a body; hurt when neither that sentence nor the next tells
    of a death (then whose, the text must say)."""
    if verb.lemma_.lower() != "find" or not found_wounded_by(verb):
        return None
    said = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "nsubjpass")]
    if any(c.lemma_.lower() in ("dead", "body") for c in said):
        return True, False
    sent = verb.sent
    after = verb.doc[sent.end].sent if sent.end < len(verb.doc) else sent
    if any(t.lemma_.lower() in _DEATH for t in (*sent, *after)):
        return None
    return False, True


def _finding(wound: Token) -> Token | None:
    """The "found" whose "with" phrase holds the wounds ("found dead with ...")."""
    if wound.dep_ != "pobj" or wound.head.lower_ != "with":
        return None
    verb = wound.head.head
    if verb.dep_ in ("oprd", "acomp") and verb.head.lemma_.lower() == "find":
        verb = verb.head
    return verb if verb.lemma_.lower() == "find" else None


def found_wounded_by(verb: Token) -> list[Token]:
    """The wounds a "found" tells of ("found with stab wounds")."""
    return [w for w in verb.subtree if w.lemma_.lower() == "wound" and _finding(w) == verb]
