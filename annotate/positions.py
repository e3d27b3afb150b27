"""Positions: where each actor who speaks stands, and on which side.

A pure function of the records: one position per actor with a quote or a
claim, its ids in reading order, a one-line extractive summary built from the
reporting word and what follows it (no language model: "accused NATO of
“intimidating its population …”; insisted the West is “preparing for a major
war with Russia.”"), and a side: the top of the actor's affiliation chain
(Gonchar -> Russia, the chair of NATO's Military Committee -> NATO), else the
actor's own name.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotate.model import Actor, Claim, Position, Quote

SUMMARY_CHARS = 240  # one line in the reader's positions panel
PIECE_WORDS = 14  # words kept from each statement


def side_of(actor: Actor, by_id: dict[str, Actor]) -> str:
    """The name at the top of the actor's affiliation chain (itself if none)."""
    seen = {actor.id}
    while actor.affiliation and actor.affiliation in by_id and actor.affiliation not in seen:
        actor = by_id[actor.affiliation]
        seen.add(actor.id)
    return actor.name


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _trim(text: str, words: int = PIECE_WORDS) -> str:
    """The first `words` words, closing an opened quotation mark after an ellipsis."""
    parts = _one_line(text).split(" ")
    if len(parts) <= words:
        return " ".join(parts)
    cut = " ".join(parts[:words]).rstrip(",;:")
    if cut.count("“") > cut.count("”"):
        return f"{cut} …”"
    if cut.count('"') % 2:
        return f'{cut} …"'
    return f"{cut} …"


def _piece(item: Quote | Claim) -> str:
    content = _trim(item.text)
    if item.cue is None:
        return content
    cue = _one_line(item.cue.text)
    if item.cue.start > item.end:  # "“…,” she said": keep reading order natural
        return f"{cue}: {content}"
    return f"{cue} {content}"


def summarize(items: Sequence[Quote | Claim], limit: int = SUMMARY_CHARS) -> str:
    """One extractive line: each statement's cue and opening words, in order."""
    pieces: list[str] = []
    length = 0
    for item in sorted(items, key=lambda i: i.start):
        piece = _piece(item)
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
    for item in [*quotes, *claims]:
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
        positions.append(
            Position(
                actor=actor_id,
                quotes=tuple(
                    i.id for i in sorted(items, key=lambda i: i.start) if isinstance(i, Quote)
                ),
                claims=tuple(
                    i.id for i in sorted(items, key=lambda i: i.start) if isinstance(i, Claim)
                ),
                summary=summarize(shown),
                side=side_of(by_id[actor_id], by_id),
            )
        )
    return positions
