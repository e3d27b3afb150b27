"""Who a Ukrainian military update means by "the enemy" ("the occupiers",
"the aggressor", "the invaders"): Russia. Only in a text about Ukraine (or
from a Ukrainian regional military administration's channel) that
is not told in Russia's voice (a Russian ministry's update calls Ukraine's
forces "the enemy"), and only the definite word standing for a side ("the
enemy struck"), never "an enemy" or "enemies of the state".

And the doer the parser hid in an opening clock time: "At 10:20 Russian
forces dropped a guided bomb" was read as "at 10:20 Russian forces", the
verb left without a subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from annotate.incident_place_words import physical_things
from annotate.parse_spans import doc_text, tokens_with

_ENEMY = frozenset({"enemy", "occupier", "occupiers", "aggressor", "invader", "invaders"})
# A text about Ukraine: it names the country or its capital, or it is an
# update of one of its regional or city military administrations.
_UKRAINE = re.compile(
    r"\b(?i:Ukrain|Kyiv\b)|\b(?:Regional|Oblast|City)\s+Military\s+Administration\b"
)
# A Russian voice: its ministry's or army's own update.
_RUSSIAN_VOICE = re.compile(
    r"\b(?:Russian|Russia's)\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|MoD)\b"
    r"|\bMinistry\s+of\s+Defen[cs]e\s+of\s+(?:the\s+)?Russia",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d$")


def the_enemy(token: Token) -> bool:
    """ "the enemy" (or "the occupiers") of a Ukrainian update."""
    if token.lower_ not in _ENEMY or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    text = doc_text(token.doc)
    return bool(_UKRAINE.search(text)) and not _RUSSIAN_VOICE.search(text)


def enemy_side(token: Token, country: Callable[[str, Token], str]) -> str | None:
    """Russia for "the enemy" of a Ukrainian update; None otherwise."""
    return country("Russia", token) if the_enemy(token) else None


def enemy_strikes(doc: Doc) -> list[tuple[Token, str]]:
    """ "The enemy struck Nikopol", "the enemy hit a school in Kharkiv": what
    the enemy of a Ukrainian update strikes from afar is a place or a
    building, so the verb with such an object is a strike (never "struck
    back", "struck a deal", "attacked our positions' flank" with no place)."""
    verbs = tokens_with(doc, LEMMA, _STRIKES, lower=True)  # Tokens only for these
    return [(verb, "strike") for verb in verbs if enemy_strike(verb)]


def enemy_strike(verb: Token) -> bool:
    """ "the enemy struck Nikopol": a verb of striking, the enemy its
    subject and a place or a building its object."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _STRIKES:
        return False
    if any(c.dep_ == "prt" for c in verb.children):
        return False  # "struck back", "hit out at"
    if not any(c.dep_ == "nsubj" and the_enemy(c) for c in verb.children):
        return False
    return any(_struck_place(c) for c in verb.children if c.dep_ == "dobj")


_STRIKES = frozenset("strike hit attack target shell bombard pound".split())


def _struck_place(obj: Token) -> bool:
    """A town by name or a building: "Nikopol", "a hospital in Kharkiv", "the
    port infrastructure of Odesa"."""
    if obj.pos_ == "PROPN" and obj.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY"):
        return True
    return obj.lemma_.lower() in physical_things() or any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "of", "near")
        and g.dep_ == "pobj"
        and g.pos_ == "PROPN"
        for c in obj.children
        for g in c.children
    )


def subject_in_clock(verb: Token) -> Token | None:
    """The subject the parser put into an opening clock time ("At 10:20
    Russian forces dropped"), for a verb without one of its own."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(c.dep_ == "nummod" and _CLOCK.match(c.text) for c in obj.children):
                return obj
    return None
