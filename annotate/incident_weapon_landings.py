"""Weapons told by where they came down, with the verbs and nouns the
lexicon's entries lack: "Bombs fell on a market in X", "Mortars landed near
a school in Y", "Rockets smashed into an apartment block in Z", "Artillery
shells pounded a district of W". The weapon is the verb's subject and a
built place or a named town is where it came down, so the sentence reports
a strike. A drone that crashed into a building is one only when someone
was hurt ("crashed into a block of flats, injuring two").

Never a strike: nothing named that it hit ("rockets smashed records"), open
ground or water ("fell into the sea"), a rocket landing as a spacecraft
does ("the booster landed on the pad"), or a company ("Shell fell on the
market"); what is unreal ("bombs could fall") the caller leaves out.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from annotate.incident_air_kinds import on_open_ground
from annotate.incident_place_words import physical_things
from annotate.lexicons import incident_words
from annotate.parse_spans import tokens_with

_WEAPONS = frozenset("missile rocket shell bomb projectile mortar munition".split())
# "mortar rounds", "artillery rounds", "tank rounds": a round of a heavy gun.
_HEAVY = frozenset({"mortar", "artillery", "tank", "howitzer"})
_DRONES = frozenset({"drone", "uav", "shahed"})
# Russian guided bombs by their name ("KAB-500", "FABs").
_AIR_BOMBS = frozenset({"kab", "fab"})
# Verbs of a weapon's coming down on something.
_CAME_DOWN = frozenset(
    "fall land smash crash slam plunge rain hit strike pound tear rip plough plow hammer "
    "batter shower explode burst".split()
)
# A person's bomb goes off; only one that fell or rained came from the air.
# A price, a company or a spacecraft falls or lands too.
_FROM_ABOVE = frozenset({"fall", "rain", "land", "plunge", "shower"})
# A drone that came down, not one that was flown into something on purpose.
_DRONE_CRASH = frozenset({"crash", "smash", "slam", "plunge", "fall", "plough", "plow"})
_WHERE = frozenset("into on onto upon near in at beside outside by across over".split())
# Built places the shared list lacks.
_MORE_PLACES = frozenset(
    "courtyard yard playground bazaar hall shelter kindergarten apartments flats "
    "houses homes dwelling neighbourhood quarter suburb estate".split()
)
# A rocket of spaceflight or of a firework, not a weapon.
_CIVIL = frozenset(
    "booster space spacex falcon starship firework fireworks toy model water".split()
)
# The people among the shared list's targets.
_PEOPLE = frozenset(
    "officer soldier civilian protester resident troop police crowd worshipper patrol".split()
)
# Where what is told never happened.
_MADE_UP = frozenset("film movie novel simulation episode videogame".split())
_SAFELY = frozenset({"safely", "harmlessly", "softly", "gently"})


def weapon_word(token: Token) -> str | None:
    """The weapon a noun names ("rockets", "mortar rounds", "drone"), or
    None. A plural first in its sentence that the tagger took for a name
    ("Rockets", "Mortars") counts; a company ("Shell") does not."""
    if token.pos_ == "PROPN":
        if token.ent_type_ in ("ORG", "PERSON") or not (
            token.is_sent_start and token.lower_.endswith("s")
        ):
            return None
        word = token.lower_.removesuffix("s")
    elif token.pos_ == "NOUN":
        word = token.lemma_.lower()
    else:
        return None
    heavy = any(c.dep_ in ("compound", "amod") and c.lower_ in _HEAVY for c in token.children)
    if word in ("round", "rounds"):
        return "shell" if heavy else None
    if word in _AIR_BOMBS:
        return "bomb"  # "KABs fell on the centre of X": guided bombs by their name
    if word == "bomb" and heavy:
        return "shell"  # "two mortar bombs exploded near a mosque": a mortar's round
    if word == "mortar" and not _counted(token):
        return None  # "crumbling mortar fell on a car": the builders' paste
    if word in _WEAPONS or word in _DRONES:
        return word
    return None


def _made_up(token: Token) -> bool:
    """A film, a novel, a video game: not a match day's "game"."""
    lemma = token.lemma_.lower()
    if lemma == "game":
        return any(c.lower_ in ("video", "computer") for c in token.children)
    return lemma in _MADE_UP


def _counted(token: Token) -> bool:
    """A plural, or one with "a" or a number: "mortars", "a mortar", "two mortars"."""
    if token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("s"):
        return True
    return any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "one")) or c.dep_ == "nummod"
        for c in token.children
    )


def _civil(weapon: Token) -> bool:
    """ "the SpaceX booster rocket", "a model rocket": not a weapon."""
    return any(t.lower_ in _CIVIL for t in weapon.subtree if t.i != weapon.i)


def _places(verb: Token) -> list[Token]:
    """What the verb says it came down on or near: its object ("smashed
    records" is about the records, wherever they were), else the object of
    a preposition of place."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    if out:
        return out
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WHERE):
        out += [g for g in prep.children if g.dep_ == "pobj"]
        # "next to a school", "close to the market"
        inner = [p for p in prep.children if p.dep_ == "prep"]
        out += [g for p in inner for g in p.children if g.dep_ == "pobj"]
    for prt in (c for c in verb.children if c.dep_ == "prt" and c.lower_ in ("down",)):
        for prep in (c for c in prt.children if c.dep_ == "prep" and c.lower_ in _WHERE):
            out += [g for g in prep.children if g.dep_ == "pobj"]
    return out


def _built_or_named(place: Token) -> bool:
    """A building, a site or a town: "a market", "an apartment block", "Kharkiv"."""
    if place.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORG"):
        return False
    if _named(place):
        return True
    if place.ent_type_ == "PERSON" or place.lemma_.lower() in _PEOPLE:
        return False  # "an officer was struck by a projectile": a person, set upon
    lemma = place.lemma_.lower()
    if lemma in physical_things() or lemma in _MORE_PLACES or place.lower_ in _MORE_PLACES:
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in physical_things() for c in place.children):
        return True  # "a residential apartment block"
    return any(  # "the outskirts of Mogadishu"
        c.dep_ == "prep" and c.lower_ in ("of", "in") and g.dep_ == "pobj" and _named(g)
        for c in place.children
        for g in c.children
    )


def _named(place: Token) -> bool:
    return place.ent_type_ in ("GPE", "LOC", "FAC")


def _harmed(verb: Token) -> bool:
    """ "..., injuring two", "killing a man": someone was hurt."""
    lex = incident_words()
    harm = set(lex["kill_words"]) | set(lex["injure_words"])
    return any(t.lemma_.lower() in harm and not _nobody(t) for t in verb.subtree)


def _nobody(harm: Token) -> bool:
    """ "no one was injured", "injuring nobody", "did not hurt anyone"."""
    for c in harm.children:
        if c.dep_ == "neg" or c.lower_ in ("nobody", "none", "noone"):
            return True
        if c.dep_ in ("nsubjpass", "dobj") and any(d.lower_ == "no" for d in c.children):
            return True
    return False


def _verb_of(weapon: Token) -> Token | None:
    """The verb the weapon is the subject of; also a past form the
    parser hung from the weapon as its clause ("A drone ploughed into ...",
    the weapon read as the sentence's root)."""
    if weapon.dep_ == "nsubj" and weapon.head.pos_ == "VERB":
        return weapon.head
    if weapon.dep_ == "ROOT":
        told = [c for c in weapon.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")]
        return told[0] if told else None
    return None


def came_down_on_a_place(weapon: Token) -> bool:
    """A weapon, the subject of a verb of coming down, that names a built
    place or a town it hit and not only open ground."""
    kind = weapon_word(weapon)
    verb = _verb_of(weapon)
    if kind is None or verb is None or _civil(weapon):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _CAME_DOWN or any(c.lower_ in _SAFELY for c in verb.children):
        return False
    if kind in _DRONES and (lemma not in _DRONE_CRASH or not _harmed(verb)):
        return False  # a drone that only crashed stays what it is today
    if kind == "bomb" and lemma in ("explode", "burst"):
        return False  # a bomb that went off: an explosion, told elsewhere
    if on_open_ground(verb) and not _harmed(verb):
        return False
    if any(_made_up(t) for t in verb.subtree):
        return False  # "bombs fell on a market in the video game"
    return any(_built_or_named(p) for p in _places(verb))


def bomb_from_afar(bomb: Token) -> bool:
    """ "Bombs rained down on a market": a bomb that fell came from the air;
    "mortar bombs exploded near a mosque": a mortar's rounds, fired from afar."""
    if weapon_word(bomb) == "shell" and bomb.lemma_.lower() == "bomb":
        return came_down_on_a_place(bomb)
    verb = _verb_of(bomb)
    return (
        weapon_word(bomb) == "bomb"
        and verb is not None
        and verb.lemma_.lower() in _FROM_ABOVE
        and came_down_on_a_place(bomb)
    )


def struck_by_a_weapon(verb: Token) -> bool:
    """ "A school in X was struck by mortar rounds": a place told in the
    passive as hit by a weapon (never by a drone, which may only crash)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STRUCK:
        return False
    doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    doers += [j for d in doers for j in d.conjuncts]
    if not any(weapon_word(d) not in (None, *_DRONES) and not _civil(d) for d in doers):
        return False
    return any(c.dep_ == "nsubjpass" and _built_or_named(c) for c in verb.children)


_STRUCK = frozenset({"strike", "hit", "pound", "batter", "hammer", "destroy", "damage"})


def weapon_landings(doc: Doc) -> list[tuple[Token, str]]:
    """Every verb of a weapon that came down on a place, or of a place a
    weapon struck, as a strike."""
    verbs = tokens_with(doc, LEMMA, _CAME_DOWN, lower=True)  # Tokens only for these
    weapons = {c for v in verbs for c in v.children if c.dep_ == "nsubj"}
    weapons |= {v.head for v in verbs if v.dep_ == "acl" and v.head.dep_ == "ROOT"}
    came_down = [_verb_of(t) for t in sorted(weapons, key=lambda t: t.i) if came_down_on_a_place(t)]
    struck = [t for t in tokens_with(doc, LEMMA, _STRUCK, lower=True) if struck_by_a_weapon(t)]
    return [(verb, "strike") for verb in sorted({*came_down, *struck}, key=lambda t: t.i)]


# What falls on a market that is no weapon: a price, a share, a company.
_MARKET = frozenset(
    "price prices share shares stock stocks index value sale sales revenue profit "
    "earnings yield rate".split()
)
# Where a rocket of spaceflight lands.
_SPACEPORTS = frozenset({"pad", "launchpad", "spaceport", "moon", "orbit"})


def no_weapon_came_down(head: Token) -> bool:
    """ "Shell fell 2% on the London market", "Rocket prices fell on the
    market", "the booster rocket landed safely on the pad": a company, a
    price or a spacecraft came down, so the match is no strike."""
    if head.pos_ == "VERB":
        verb, subjects = head, [c for c in head.children if c.dep_ == "nsubj"]
    elif weapon_word(head) or head.lower_ == "shell":
        verb, subjects = head.head, [head]
    else:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _FROM_ABOVE or not subjects:
        return False
    company = [s for s in subjects if s.pos_ == "PROPN" and (s.ent_type_ == "ORG" or _named_for(s))]
    if company or any(s.lemma_.lower() in _MARKET for s in subjects):
        return True
    if any(weapon_word(s) and _civil(s) for s in subjects):
        return True
    if any(c.lower_ in _SAFELY for c in verb.children):
        return True
    places = _places(verb)
    return bool(places) and all(p.lemma_.lower() in _SPACEPORTS for p in places)


def _named_for(name: Token) -> bool:
    """ "Rocket Lab": a name made with a weapon's word, not the weapon."""
    return weapon_word(name) is None and any(
        c.dep_ == "compound" and c.lower_.removesuffix("s") in _WEAPONS for c in name.children
    )
