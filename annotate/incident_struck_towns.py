"""A town a weapon struck, named as the verb's object: "Russian drones also
attacked Mykolaiv", "missiles hit Kharkiv overnight", "Odesa was targeted
by drones", "rockets rained down on Sderot". Weapons strike places, not
people, so the name is the place however the tagger took it (a person, a
firm, nothing); a person set upon by drones is told otherwise ("a drone hit
a car carrying X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from annotate.incident_enemy import the_enemy
from annotate.incident_state_strikes import state_struck
from annotate.incident_town_strikes import by_a_state
from annotate.incident_vessels import a_vessel

_VERBS = frozenset("attack hit strike target shell bomb pound bombard hammer".split())
_ONTO = frozenset({"on", "onto", "into"})
_CAME_DOWN = frozenset("rain slam land fall crash smash".split())
_WEAPONS = frozenset(
    "missile rocket drone uav shahed warplane jet bomber artillery helicopter gunship".split()
)
# Labels a town may get from the tagger; a date, a sum or a count is no town.
_LABELS = frozenset({"", "GPE", "LOC", "PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})


def struck_town(token: Token) -> tuple[int, int] | None:
    """Token range of the name when `token` ends a proper name that is what a
    weapon struck: the active verb's object with a weapon as subject, or the
    passive verb's subject with a weapon as agent."""
    doc = token.doc
    if token.pos_ not in ("PROPN", "NOUN") or token.ent_type_ not in _LABELS:
        return None
    if token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "POS":
        return None  # "hit Kharkiv's power grid": what was hit is the grid
    if any(c.dep_ not in ("compound", "punct", "appos") for c in token.children):
        return None  # "the port of X", "Odesa region": told by other rules
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ in _ONTO and verb.dep_ == "prep":
        verb = verb.head  # "rockets rained down on Sderot", "slammed into Kharkiv"
        if verb.lemma_.lower() not in _CAME_DOWN or verb.pos_ != "VERB":
            return None
    elif verb.lemma_.lower() not in _VERBS or verb.pos_ != "VERB":
        return None
    if token.dep_ in ("dobj", "pobj"):
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
    elif token.dep_ == "nsubjpass":
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    else:
        return None
    by_arms = any(_weapon(d) or by_a_state(d) or the_enemy(d) for d in doers)  # "a strike hit X"
    if not by_arms and not _struck_by_a_state(token, verb):
        return None
    if token.pos_ == "NOUN" or (token.is_sent_start and not token.ent_type_):
        if not (token.is_sent_start and _named_again(token)):
            return None  # "Infrastructure was hit by missiles", whatever its tag
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if token.i - start > 2 or a_vessel(Span(doc, start, token.i + 1)):
        return None  # "the freighter Sea Heron was hit by a missile": a ship, not a town
    return start, token.i + 1


def _struck_by_a_state(token: Token, verb: Token) -> bool:
    """ "Russia struck X", "attacked X with drones": the town a state struck."""
    town = state_struck(verb) if token.dep_ == "dobj" else None
    return town is not None and town.i == token.i


def _named_again(token: Token) -> bool:
    """ "Odesa was hit by missiles": a word first in its sentence, with no
    entity label (the tagger may even call it a common noun), is a name only
    when the article writes it capitalised elsewhere in mid-sentence too ("the
    governor of Odesa"), so that "Infrastructure was hit" stays a thing."""
    if not token.is_title:
        return False
    return any(t.text == token.text and not t.is_sent_start and t.i != token.i for t in token.doc)


def _weapon(noun: Token) -> bool:
    word = noun.lemma_.lower()
    return word in _WEAPONS or word.rstrip("s") in _WEAPONS
