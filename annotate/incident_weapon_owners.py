"""Whose weapon or craft did it, told on the weapon: "a drone of the
Ukrainian armed forces struck", "three Russian MiG-31 fighter jets
entered", "pirates boarded". Only arms and military craft are read so: a
ship "of" a fleet or a car "of" a minister says whose it is, not who acted.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# Weapons and military craft that act for the side that fires or flies them.
_ARMS = frozenset(
    "drone missile rocket shell jet aircraft warplane plane helicopter fighter bomber "
    "interceptor uav warship gunboat".split()
)
# What an "of" after a weapon must name to be its side.
_SIDES = frozenset("force forces army navy military troop troops guard corps".split())
# Those who do the deed by their trade, named as a group when the text names no other.
_RAIDERS = frozenset({"pirate"})

Namer = Callable[[Token], "str | None"]


def weapon_owner(token: Token, name_of: Namer, nation_of: Namer) -> str | None:
    """The side a weapon or craft is told as belonging to, if the text says."""
    if token.lemma_.lower() not in _ARMS:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        for side in (c for c in prep.children if c.dep_ == "pobj"):
            if side.lemma_.lower() in _SIDES or side.lower_ in _SIDES:
                return name_of(side)  # "a drone of the Ukrainian armed forces"
    for part in _compounds(token):  # "Russian MiG-31 fighter jets": the adjective two words off
        for modifier in (g for g in part.children if g.dep_ in ("amod", "nmod")):
            if who := nation_of(modifier):
                return who
    return None


def _compounds(token: Token) -> list[Token]:
    """Every word compounded onto `token`, however deep ("MiG-31" in "MiG-31 fighter jets")."""
    found: list[Token] = []
    todo = [c for c in token.children if c.dep_ == "compound"]
    while todo:
        part = todo.pop()
        found.append(part)
        todo += [c for c in part.children if c.dep_ == "compound"]
    return found


def raiders(token: Token) -> bool:
    """ "Pirates boarded the tanker": a trade that names the doers, none else named."""
    return token.lemma_.lower() in _RAIDERS and token.pos_ == "NOUN"


# "the drone was launched by X", "it belonged to X": whose the craft just told was.
LAUNCHING = frozenset({"launch", "operate", "fly", "send", "belong"})
LAUNCHING_FORMS = frozenset("launched operated flown sent belonged belongs".split())
_ONLY_CRAFT = frozenset({"launch", "fly"})  # what only a weapon or craft undergoes


def launcher_named(verb: Token) -> list[Token]:
    """The side a later sentence says launched or owned the weapon or craft
    told before ("the drone was launched by the Belarusian armed forces"):
    the weapon told with "the" or "it", the side by "by" or "belonged to"."""
    lemma = verb.lemma_.lower()
    if lemma not in LAUNCHING:
        return []
    role = "nsubj" if lemma == "belong" else "nsubjpass"
    craft = [c for c in verb.children if c.dep_ == role]
    told = [
        c
        for c in craft
        if (c.lower_ == "it" and lemma in _ONLY_CRAFT)  # a site too "belongs to" a firm
        or (
            c.lemma_.lower() in _ARMS
            and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children)
        )
    ]
    if not told:
        return []
    prep = ("to",) if lemma == "belong" else ()
    return [
        g
        for c in verb.children
        if (c.dep_ == "agent" and not prep) or (c.dep_ == "prep" and c.lower_ in prep)
        for g in c.children
        if g.dep_ == "pobj"
    ]
