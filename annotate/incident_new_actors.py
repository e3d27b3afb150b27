"""Actors the incident rules name that the actor finder may lack: a group by
the name the text gives it ("a group calling itself Black Lynx"), by its
adjective ("Houthi drones") or its leaning and deed ("pro-Russian
hackers"), made here and added to the index."""

from __future__ import annotations

from spacy.tokens import Span as TextSpan
from spacy.tokens import Token

from annotate.actors import ActorIndex
from annotate.incident_group_names import unquoted
from annotate.model import Actor, Span
from annotate.parse_spans import span_text


def by_alias(actors: ActorIndex, name: str) -> str | None:
    """The actor with this name among its aliases ("RSF" for the Rapid Support Forces)."""
    wanted = name.strip().lower()
    for actor in actors.actors:
        if actor.kind != "place" and any(a.lower() == wanted for a in actor.aliases):
            return actor.id
    return None


def new_actor(actors: ActorIndex, name: str, kind: str, start: int, end: int) -> str:
    used = {a.id for a in actors.actors}
    n = len(actors.actors) + 1
    while f"a{n}" in used:
        n += 1
    actor = Actor(id=f"a{n}", name=name, kind=kind, mentions=(Span(start, end),))  # type: ignore[arg-type]
    actors.actors.append(actor)
    return actor.id


def group_called(actors: ActorIndex, name: Token) -> str:
    """A group by the name the text gives it ("known as Black Lynx"): its
    actor, made here when the actor finder has none."""
    words = [t for t in name.doc[name.left_edge.i : name.i + 1] if t.dep_ != "det"]
    span = unquoted(name.doc[words[0].i : name.i + 1]) or name.doc[name.i : name.i + 1]
    found = actors.named(span_text(span), "group")
    if found is None:
        found = new_actor(actors, span_text(span), "group", span.start_char, span.end_char)
    actors.by_token[name.i] = found
    return found


def named_group(actors: ActorIndex, name: TextSpan) -> str:
    """A group by the name the text gives it after a word for a group."""
    found = actors.actor_of_token(name.end - 1) or actors.named(name.text)
    if found is None:
        found = new_actor(actors, name.text, "group", name.start_char, name.end_char)
    actors.by_token[name.root.i] = found
    return found


def group_named(actors: ActorIndex, token: Token) -> str:
    """A movement named by its adjective ("Houthi drones"): its actor."""
    name = token.text
    found = actors.named(name) or actors.named(name + "s") or by_alias(actors, name)
    if found is None:
        found = new_actor(actors, name, "group", token.idx, token.idx + len(name))
    actors.by_token[token.i] = found
    return found


def group_actor(actors: ActorIndex, noun: Token, first: Token) -> str:
    """A group the text names by its leaning and its deed ("pro-Russian
    hackers"): its actor, made here when the actor finder has none."""
    doc = noun.doc
    start = first.i
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ == "I":
        start -= 1
    span = doc[start : noun.i + 1]
    name = " ".join(span_text(span).replace(" - ", "-").split())
    found = actors.named(name, "group")
    if found is None:
        found = new_actor(actors, name, "group", span.start_char, span.end_char)
    actors.by_token[noun.i] = found
    return found
