"""Actors: the people, organisations, countries and groups in an article."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from annotate.model import Actor, Span

_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "LOC": "place",
          "NORP": "group"}


@dataclass
class ActorIndex:
    """The actors of one doc and a lookup from a mention span to its actor."""

    actors: list[Actor] = field(default_factory=list)
    by_span: dict[tuple[int, int], str] = field(default_factory=dict)

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor mentioned by `text[start:end]`, if any."""
        return self.by_span.get((start, end))


def build_actors(doc: Doc, sources: list[tuple[int, int]]) -> ActorIndex:
    """Group named entities by their text."""
    groups: dict[str, list] = {}
    for ent in doc.ents:
        if ent.label_ in _KINDS:
            groups.setdefault(ent.text, []).append(ent)
    index = ActorIndex()
    for n, (name, ents) in enumerate(groups.items(), 1):
        actor_id = f"a{n}"
        mentions = tuple(Span(e.start_char, e.end_char) for e in ents)
        index.actors.append(Actor(actor_id, name, _KINDS[ents[0].label_], (name,), mentions))
        for m in mentions:
            index.by_span[(m.start, m.end)] = actor_id
    return index
