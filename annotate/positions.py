"""Positions: where each actor who speaks stands, and on which side.

A pure function of the records: one position per actor with a quote or a
claim, its ids in reading order, a one-line extractive summary built from the
reporting verb and what follows it (no language model: "accuses NATO of
“intimidating its population …”; insists the West is “preparing for a major
war with Russia.”"), and a side: the top of the actor's affiliation chain
(Gonchar -> Russia, the chair of NATO's Military Committee -> NATO), else the
actor's own name.

The summary phrases each statement with `statements.statement_verb`: the
verb agrees with the speaker ("officials say") and a negated claim reads as
negated ("did not suggest retaliation"), never as the bare verb. Only speech
counts: quoted terms and titles are not statements.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotate.model import Actor, Claim, Position, Quote
from annotate.statements import speaks_as_plural, statement_piece, statement_verb

__all__ = ["build_positions", "side_of", "statement_verb", "summarize"]

SUMMARY_CHARS = 240  # one line in the reader's positions panel


def side_of(actor: Actor, by_id: dict[str, Actor]) -> str:
    """The name at the top of the actor's affiliation chain (itself if none)."""
    seen = {actor.id}
    while actor.affiliation and actor.affiliation in by_id and actor.affiliation not in seen:
        actor = by_id[actor.affiliation]
        seen.add(actor.id)
    return actor.name


def summarize(
    items: Sequence[Quote | Claim], limit: int = SUMMARY_CHARS, plural: bool = False
) -> str:
    """One extractive line: each statement's verb and opening words, in order."""
    pieces: list[str] = []
    length = 0
    for item in sorted(items, key=lambda i: i.start):
        piece = statement_piece(item, plural)
        if pieces and length + len(piece) + 2 > limit:
            break
        pieces.append(piece)
        length += len(piece) + 2
    line = "; ".join(pieces)
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    return line


def build_positions(
    actors: Sequence[Actor], quotes: Sequence[Quote], claims: Sequence[Claim]
) -> list[Position]:
    """One position per actor that says or claims something, in order of first word."""
    by_id = {a.id: a for a in actors}
    said: dict[str, list[Quote | Claim]] = {}
    for item in [*(q for q in quotes if q.is_speech), *claims]:
        if item.speaker in by_id:
            said.setdefault(item.speaker, []).append(item)
    positions = []
    for actor_id, items in sorted(said.items(), key=lambda kv: min(i.start for i in kv[1])):
        claim_spans = [(c.start, c.end) for c in items if isinstance(c, Claim)]
        shown = [
            i
            for i in items
            if isinstance(i, Claim) or not any(s <= i.start and i.end <= e for s, e in claim_spans)
        ]
        ordered = sorted(items, key=lambda i: i.start)
        positions.append(
            Position(
                actor=actor_id,
                quotes=tuple(i.id for i in ordered if isinstance(i, Quote)),
                claims=tuple(i.id for i in ordered if isinstance(i, Claim)),
                summary=summarize(shown, plural=speaks_as_plural(by_id[actor_id])),
                side=side_of(by_id[actor_id], by_id),
            )
        )
    return positions
