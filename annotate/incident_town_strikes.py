"""A state's attack that hit a town: "the Russian strike hit Lutsk", "a
Russian attack targeted the Ukrainian city of Rivne". What a state's
attack hits from afar is a town, so the attack is a strike placed in the
town that is the verb's object, not in a place a clause about its effects
names ("that set off alarms in Poland"), and never the demonym before the
town ("the Ukrainian city of ...")."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import country_of, demonym_of

_ASSAULTS = frozenset(
    "strike airstrike attack raid assault barrage salvo bombardment shelling".split()
)
_HITS = frozenset("hit strike target pound shell bomb bombard hammer rock".split())
_TOWNS = frozenset("city town village port capital settlement suburb district".split())
_WEAPONS = frozenset("missile rocket drone air artillery ballistic cruise".split())


def by_a_state(noun: Token) -> bool:
    """ "the Russian strike", "a Belarusian drone attack", "Russia's attack":
    an assault word told as a state's or its weapons'."""
    if noun.lemma_.lower() not in _ASSAULTS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        text = child.text.removesuffix("'s").strip()
        if demonym_of(text) is not None or country_of(text) is not None:
            return True
        if child.lemma_.lower() in _WEAPONS:
            return True
    return False


def town_it_hit(noun: Token) -> Token | None:
    """The town a state's assault word, subject of "hit"/"targeted", struck:
    a name, or "the (Ukrainian) city of X"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _HITS:
        return None
    if not by_a_state(noun):
        return None
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in _TOWNS and obj.pos_ == "NOUN":
            named = [
                g
                for p in obj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj" and g.pos_ == "PROPN"
            ]
            return named[0] if named else None
        if obj.pos_ == "PROPN" and country_of(obj.text) is None and not obj.ent_type_ == "PERSON":
            if not any(c.dep_ not in ("compound", "det", "punct", "appos") for c in obj.children):
                return obj
    return None


def on_a_place(noun: Token) -> bool:
    """ "a massive Russian attack on western Ukraine", "the Russian attack on
    the city of Sumy": a state's assault word on a named place (not on a
    person, a firm or a ship)."""
    if not by_a_state(noun):
        return False
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in _TOWNS and obj.pos_ == "NOUN":
                return any(
                    g.dep_ == "pobj" and g.pos_ == "PROPN"  # "the city of Sumy"
                    for p in obj.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children
                )
            if obj.pos_ == "PROPN" and obj.ent_type_ in ("GPE", "LOC"):
                return True  # "on western Ukraine", "on Kharkiv" (tagged as a place)
    return False
