"""Positions: where each actor who speaks stands, grouped by side."""

from __future__ import annotations

from collections.abc import Sequence

from annotate.model import Actor, Claim, Position, Quote


def build_positions(
    actors: Sequence[Actor], quotes: Sequence[Quote], claims: Sequence[Claim]
) -> list[Position]:
    """One position per actor that says or claims something."""
    by_actor: dict[str, tuple[list[str], list[str]]] = {}
    for quote in quotes:
        if quote.speaker:
            by_actor.setdefault(quote.speaker, ([], []))[0].append(quote.id)
    for claim in claims:
        if claim.speaker:
            by_actor.setdefault(claim.speaker, ([], []))[1].append(claim.id)
    names = {a.id: a for a in actors}
    return [
        Position(actor=a, quotes=tuple(q), claims=tuple(c), side=names[a].name)
        for a, (q, c) in by_actor.items()
        if a in names
    ]
