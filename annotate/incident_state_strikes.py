"""A state that strikes a town: "Russia struck Kharkiv on Monday morning",
"Russia attacked Kharkiv with drones", "Israel struck Gaza City". What a
state hits from afar is a place, so such a verb is a strike, and its object
is the town however the tagger took the name (a person, a firm).

A weapon as the instrument ("with missiles", "with drones") says the same of
any doer. Never a verbal attack or a figure of speech: "Russia attacked
Zelensky in a speech", "the EU hit Moscow with sanctions", "struck a deal",
"hit back"; a name the tagger calls a person is a town only for "strike" by
a state or for a verb with a weapon; a country as object ("Russia attacked
Ukraine") is a war, not one strike, unless weapons are told.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from annotate.incident_enemy import the_enemy
from annotate.lexicons import country_of, demonym_of
from annotate.parse_spans import tokens_with

_VERBS = frozenset("strike hit attack shell bombard pound target".split())
_WEAPONS = frozenset(
    "missile rocket drone uav shahed bomb artillery shell warplane jet glide ballistic".split()
)
_ENEMY_WORDS = frozenset("enemy occupier occupiers aggressor invader invaders".split())
_FORCES = frozenset("force forces army military troops navy aviation".split())
_TOWNS = frozenset("city town village port capital suburb district region".split())
# Labels a town may get from the tagger; a date, a sum or a count is no town.
_LABELS = frozenset({"", "GPE", "LOC", "FAC", "PERSON", "ORG", "NORP"})
# "hit Zelensky over his remarks", "attacked Kyiv for its stance": words, not arms
_FIGURATIVE_PREPS = frozenset({"over", "for", "about"})
_SPEECH = frozenset(
    "speech statement interview remark remarks post posts comment comments address article"
    " editorial letter tweet broadcast rally debate".split()
)


def state_strikes(doc: Doc) -> list[tuple[Token, str]]:
    """Every verb of striking with a state (or a weapon) as the doer and a
    town as the object (see the module docstring)."""
    verbs = tokens_with(doc, LEMMA, _VERBS, lower=True)  # Tokens only for these
    return [(verb, "strike") for verb in verbs if state_struck(verb) is not None]


def instruments(verbs: list[Token]) -> set[int]:
    """The weapons the verbs were done with ("struck Dnipro with ballistic
    missiles"): told by the verb, never a second mention of the strike."""
    return {g.i for v in verbs for c in v.children if c.dep_ == "prep" for g in c.children}


def state_struck(verb: Token) -> Token | None:
    """The town's token when `verb` is a state's (or a weapon's) strike on
    it: "Russia struck Kharkiv", "Russia attacked Kharkiv with drones"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VERBS:
        return None
    if any(c.dep_ == "prt" for c in verb.children):
        return None  # "struck back", "hit out at"
    armed = _with_weapons(verb)
    if armed is False:
        return None  # "hit Moscow with sanctions"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    by_state = any(a_state(c) for c in subjects)
    if not (by_state or armed) or (not by_state and any(_unknown_side(c) for c in subjects)):
        return None  # "the enemy struck X with artillery" outside a Ukrainian update: whose?
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        town = _town(obj)
        if town is None:
            continue
        if country_of(town.text) is not None and not armed:
            return None  # "Russia attacked Ukraine": a war, not a strike
        if armed:
            return town
        if _in_words(verb):
            return None  # "attacked X in a speech", "hit X over his remarks"
        if town.ent_type_ in ("GPE", "LOC", "FAC") or verb.lemma_.lower() in ("strike", "hit"):
            return town  # "attacked X" with X a person's name to the tagger: words, maybe
        return None
    return None


def _in_words(verb: Token) -> bool:
    """The verb is told of words: "over his remarks", "in a speech"."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ in _FIGURATIVE_PREPS:
            return True
        if any(c.dep_ == "pobj" and c.lemma_.lower() in _SPEECH for c in prep.children):
            return True
    return False


def a_state(token: Token) -> bool:
    """A country by name ("Russia"), its forces ("Russian forces", "the
    army"), or the enemy of a Ukrainian update."""
    if token.pos_ == "PROPN" and token.ent_type_ == "GPE" and country_of(token.text):
        return True
    if token.lemma_.lower() in _FORCES or token.lower_ in _FORCES:
        owners = (c for c in token.children if c.dep_ in ("amod", "compound", "poss"))
        return any(_of_a_country(c.text.removesuffix("'s")) for c in owners)
    return the_enemy(token)


def _unknown_side(noun: Token) -> bool:
    """ "the enemy", "the occupiers" not known as a state: a side no one names."""
    return noun.lower_ in _ENEMY_WORDS


def _of_a_country(word: str) -> bool:
    """ "Russian", "Russia": a demonym or a country's name."""
    return demonym_of(word) is not None or country_of(word) is not None


def _with_weapons(verb: Token) -> bool | None:
    """True for "with missiles", False for "with sanctions", None with no "with"."""
    found = None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            words = {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children)}
            found = bool(words & _WEAPONS) or bool(found)
    return found


def _town(obj: Token) -> Token | None:
    """A town's name as the object ("Kharkiv", "Gaza City") or named by a
    town word ("the city of Kharkiv")."""
    if obj.pos_ == "PROPN" and obj.ent_type_ in _LABELS:
        if obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].tag_ == "POS":
            return None  # "hit Kharkiv's power grid": told by other rules
        return obj
    if obj.lemma_.lower() in _TOWNS:
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            for name in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                return name if name.ent_type_ in _LABELS else None
    return None
