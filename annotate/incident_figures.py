"""Figurative and verbal uses of incident words: political news is full of
attacks, barrages, explosions and fire that never happened.

- An attack on something that is not a physical target is speech ("his
  attacks on a former Miss Universe", "an attack on his record").
- An attack word told with the means or place of speech ("Twitter attacks",
  "attacks from the governor at the debate", "attacked him in a tweet",
  "attacked her for her vote"), or with what it says ("his attack that she
  is unqualified"), is speech too; so is a "line" or "mode" of attack.
- "Under attack" is figurative unless the clause names a place, a weapon or a
  physical target ("the convoy came under attack near Kandahar").
- An explosion "of" something that cannot explode is growth ("the explosion
  of app-based services").
- An idiom's object ("bomb the hell out of") makes no target.
- A strike told with a union, a picket or a length of weeks is a walkout.

- A person's attack with no physical target is a candidate's ("Sanders's
  attacks", "a Karl Rove attack").
- Fire that nothing physical feeds is a figure ("held his fire", "fuelling
  that fire", "feet to the fire", "caught fire in the polls").

Word lists live in `data/incidents.json` (`figurative_heads`, `verbal_words`,
`verbal_of_heads`, `idiom_objects`, `fire_idiom_governors`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from annotate.lexicons import incident_words
from annotate.parse_spans import objects_of

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_EXPLOSIONS = frozenset({"explosion", "blast", "detonation"})
_TIMES = frozenset({"DATE", "TIME"})  # "the attack of October 7"
_HUMAN = frozenset({"he", "she", "i", "we", "you", "who"})
_CYBER_TARGETS = frozenset({"website", "portal", "server", "network", "database"})
_SPEECH_PREPS = frozenset({"in", "on", "at", "from", "via", "through", "during", "over"})


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in incident_words()[name])


@cache
def _physical() -> frozenset[str]:
    return _words("physical_targets") | _words("infrastructure")


def objects(head: Token, modifiers: bool = True) -> list[Token]:
    """What an action is done to: its object, or the "of"/"to"/"on" phrase of a
    noun, with their modifiers ("undersea Baltic cables"); without
    `modifiers`, the modifiers of a plain noun are left out ("gas emissions"
    are no gas line), those of a vague one kept ("the gas supply")."""
    found = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "to", "on", "against"):
            found += [c for c in prep.children if c.dep_ == "pobj"]
    vague = _words("vague_objects")
    found += of_vague(found)  # "a section of track"
    return found + [
        m
        for o in found
        if modifiers or o.lemma_.lower() in vague
        for m in o.children
        if m.dep_ in ("compound", "amod")
    ]


def of_vague(found: list[Token]) -> list[Token]:
    """What a vague word among `found` is of: "track" in "a section of track"."""
    vague = _words("vague_objects")
    return [c for o in found if o.lemma_.lower() in vague for c in objects_of(o)]


def _is_physical(token: Token) -> bool:
    physical = _physical()
    return token.lemma_.lower() in physical or token.ent_type_.lower() in physical


def _named_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON"


# What an act did to people or things: said of a figure of speech, never.
_HARM = frozenset("kill injure wound maim".split())
# What a "hammer attack" or an "acid attack" is made with: never a figure of speech.
_HAND_WEAPONS = frozenset("hammer axe acid machete crowbar knife gun rifle pistol sword".split())


def figurative(head: Token, person: Callable[[Token], bool] = _named_person) -> bool:
    """Whether an incident word is used as a figure of speech (see the module);
    `person` tells whether a word names a person (the actor index knows that
    "Sanders" is one where the tagger calls him an organisation)."""
    lemma = head.lemma_.lower()
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _words("idiom_objects") for c in head.children):
        return True  # "bomb the hell out of"
    if lemma in _EXPLOSIONS and head.pos_ == "NOUN":
        return _explosion_of_nothing(head)
    if lemma == "fire" and head.pos_ == "NOUN":
        return _fire_idiom(head)
    if lemma == "strike" and head.pos_ == "NOUN":
        return _walkout(head)
    if lemma not in _words("figurative_heads"):
        return False
    if head.dep_ == "nsubj" and _counted_harm(head.head):
        return False  # "an attack on Kharkiv killed three people": words kill no one
    if any(c.dep_ == "compound" and c.lemma_.lower() in _HAND_WEAPONS for c in head.children):
        return False  # "the hammer attack on X outside his home": words wield no hammer
    if head.pos_ != "VERB" and (_rhetorical(head) or _a_persons(head, person)):
        return True
    return _spoken(head) or _under_attack(head)


def _counted_harm(verb: Token) -> bool:
    """ "killed three people", "wounded 12": harm done to a counted number."""
    if verb.lemma_.lower() not in _HARM:
        return False
    return any(
        o.dep_ == "dobj" and (o.like_num or any(c.dep_ == "nummod" for c in o.children))
        for o in verb.children
    )


def _rhetorical(head: Token) -> bool:
    """ "his attacks on a former Miss Universe", "attacks on his biography": an
    attack on something that is not a physical target is political speech."""
    targets = [o for o in objects(head) if o.dep_ == "pobj" and o.ent_type_ not in _TIMES]
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "against")
        and any(g.dep_ == "pcomp" for g in c.children)
        for c in head.children
    ):
        return True  # "an assault on what he calls a crooked process"
    if not targets:
        return False
    owned = any(c.dep_ == "poss" for c in head.children)  # "his attacks on her website"
    if not owned and any(t.lemma_.lower() in _CYBER_TARGETS for t in targets):
        return False  # "the attack on the tax board's online portal": an intrusion
    return not any(
        _is_physical(t)
        for t in targets + [m for t in targets for m in t.children if m.dep_ == "compound"]
    )


def _a_persons(head: Token, person: Callable[[Token], bool]) -> bool:
    """ "Sanders's attacks", "a Karl Rove attack", "his attack": a person's
    attack with no physical target is a candidate's, not a gunman's."""
    owners = [c for c in head.children if c.dep_ in ("poss", "compound")]
    owned = any(person(o) or o.lower_ in ("his", "her") for o in owners)
    return owned and not any(
        c.dep_ == "prep" and c.lower_ in ("on", "against") for c in head.children
    )


def _spoken(head: Token) -> bool:
    """Told with the means of speech or with what it says."""
    verbal = _words("verbal_words")
    for child in head.children:
        if child.dep_ in ("compound", "amod") and child.lower_ in verbal:
            return True  # "Twitter attacks", "a political attack"
        if child.dep_ == "prep" and child.lower_ in _SPEECH_PREPS:
            if any(t.lower_ in verbal or t.lemma_.lower() in verbal for t in child.subtree):
                return True  # "attacks from the governor at the debate", "in a tweet"
        if child.dep_ == "prep" and child.lower_ in ("for", "over") and head.pos_ == "VERB":
            if not any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree):
                return True  # "attacked her for her vote", "attacked China over trade"
    governor = head.head
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if after is not None and after.lower_ == "that" and after.dep_ == "mark":
        return True  # "pressing his attack that she is not qualified"
    return (
        head.dep_ == "pobj"
        and governor.lower_ == "of"
        and governor.head.lemma_.lower() in _words("verbal_of_heads")
    )  # "a line of attack"


def _under_attack(head: Token) -> bool:
    """ "came under attack" with no place, weapon or physical target in its clause."""
    if head.dep_ != "pobj" or head.head.lower_ != "under":
        return False
    verb = head.head.head
    weapons = _words("explosives")
    for token in verb.subtree:
        if token.ent_type_ in _PLACE_LABELS or token.lemma_.lower() in weapons:
            return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(_is_physical(s) for s in subjects)


def _walkout(head: Token) -> bool:
    """ "a weeks-long strike", "to weather the strike" in a story of unions: a
    walkout, unless the strike has a target or its sentence a weapon."""
    labour = _words("labour_words")
    if any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in head.children):
        return False
    if any(t.lemma_.lower() in _words("explosives") for t in head.sent):
        return False
    return any(t.lower_ in labour for t in head.sent) or any(t.lower_ in labour for t in head.doc)


_WHEN = frozenset({"after", "before", "since", "following", "during", "until"})


def _fire_idiom(head: Token) -> bool:
    """ "held his fire", "fuelling that fire", "feet to the fire", "caught fire
    in the polls": fire that nothing physical feeds."""
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ in _WHEN:
        return False  # "are holding two men after a fire": when, not an idiom's object
    if head.dep_ == "pobj":
        governor = governor.head  # "to the fire", "with fire"
    if governor.lemma_.lower() in _words("fire_idiom_governors"):
        return True
    if governor.lemma_.lower() == "catch":  # "caught fire last year in his campaign"
        subjects = [c for c in governor.children if c.dep_ == "nsubj"]
        human = any(s.ent_type_ == "PERSON" or s.lower_ in _HUMAN for s in subjects)
        crowd = _words("verbal_words") | _words("crowd_words")
        return human or any(t.lower_ in crowd for t in governor.subtree)
    return False


def _explosion_of_nothing(head: Token) -> bool:
    """ "the explosion of app-based services": nothing there can explode."""
    weapons = _words("explosives")
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.ent_type_ in _TIMES:
                return False  # "the port explosion of 4 August 2020": its date
            if obj.lemma_.lower() in weapons or _is_physical(obj):
                return False
            if obj.ent_type_ in _PLACE_LABELS:
                return False
            return True
    return False
