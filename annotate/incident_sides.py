"""Whose act a word names when the actor index has no name for it:

- a state by its formal title ("the Russian Federation carried out ..."
  -> Russia), the parser having left the title untagged;
- "the group", "the movement", "it", "they" in what a spokesman said ("the
  Houthis' spokesman said the group fired ...") is the spokesman's side,
  never the spokesman.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from annotate.actors import ActorIndex
from annotate.lexicons import demonym_of, word_set

_TITLES = frozenset("federation republic kingdom emirates confederation".split())
_WE = frozenset("group movement militia organisation organization faction it they we".split())
_MOUTHS = frozenset("spokesman spokeswoman spokesperson".split())


def state_titled(token: Token, country: Callable[[str, Token], str]) -> str | None:
    """ "the Russian Federation": the country of the demonym before a state's title."""
    if token.lemma_.lower() not in _TITLES or not token.text[:1].isupper():
        return None
    for child in (c for c in token.children if c.dep_ in ("compound", "amod")):
        found = demonym_of(child.text)
        if found is not None and found[1] == "country":
            return country(found[0], child)
    return None


def speaker_side(
    token: Token, actors: ActorIndex, named: Callable[[Token], str | None]
) -> str | None:
    """The side a spokesman speaks for, for the group they say did it."""
    if token.lower_ not in _WE and token.lemma_.lower() not in _WE:
        return None
    if token.pos_ != "PRON" and not any(c.lower_ == "the" for c in token.children):
        return None  # "a group", "another group": not the speaker's own
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return None
    saying = verb.head
    if saying.lemma_.lower() not in word_set("reporting_verbs"):
        return None
    for speaker in (c for c in saying.children if c.dep_ == "nsubj"):
        actor = actors.actor(actors.actor_of_token(speaker.i))
        mouth = speaker.lemma_.lower() in _MOUTHS or (
            actor is not None and actor.kind == "person" and "spokes" in (actor.role or "")
        )
        who = named(speaker) if mouth else None
        side = actors.actor(who) if who is not None else None
        if side is not None and side.kind not in ("person", "place"):
            return who
    return None


def numbered_name(token: Token) -> str | None:
    """ "the Hai Feng 27", "the Yi Peng 3": a name of two words or more with
    its number, as ships and craft are named; the whole is the name (a
    person's name takes no "the" and no number)."""
    if token.pos_ != "PROPN" or token.i + 1 >= len(token.doc):
        return None
    number = token.doc[token.i + 1]
    if number.dep_ != "nummod" or number.head.i != token.i or not number.text.isdecimal():
        return None
    words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not words or any(c.i < token.i - len(words) for c in words):
        return None
    first = token.i - len(words)
    before = token.doc[first - 1] if first > 0 else None
    if before is None or not any(c.lower_ == "the" for c in token.children):
        return None
    return token.doc[first : number.i + 1].text
