"""What the reader needs from a briefing: items in document order, the
highlights to paint, and stepping from one item to the next.

Built once per briefing; every lookup afterwards is a bisection, so `n` and
`p` cost the same on a 2.5 MB article as on a short one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from annotate.model import Actor, Briefing, Claim, Incident, Quote

ItemKind = Literal["quote", "claim", "incident", "mention"]

# Highlight layers the user can switch on and off, in the order of the keys.
LAYERS: tuple[str, ...] = ("actors", "quotes", "claims", "incidents")
LAYER_OF: dict[str, str] = {
    "mention": "actors",
    "quote": "quotes",
    "claim": "claims",
    "incident": "incidents",
}
NOUNS: dict[str, tuple[str, str]] = {
    "quote": ("quote", "quotes"),
    "claim": ("claim", "claims"),
    "incident": ("incident", "incidents"),
    "mention": ("mention", "mentions"),
}
# When a click lands on several highlights, the most specific one wins.
_PRIORITY: dict[str, int] = {"mention": 0, "incident": 1, "claim": 2, "quote": 3}


@dataclass(frozen=True, slots=True)
class Item:
    """Something in the article the reader can select: a quote, claim or
    incident (by its id), or one mention of an actor (by the actor's id)."""

    kind: ItemKind
    id: str
    start: int
    end: int

    @property
    def layer(self) -> str:
        return LAYER_OF[self.kind]


@dataclass(frozen=True, slots=True)
class Highlight:
    """A styled stretch: `style` names a component class of the article view
    ("quote", "claim", "incident", or an actor kind such as "person")."""

    start: int
    end: int
    style: str
    item: Item


def noun(kind: str, count: int) -> str:
    """'1 quote', '3 quotes'."""
    one, many = NOUNS[kind]
    return f"{count} {one if count == 1 else many}"


class BriefingIndex:
    """Items, highlights and lookups of one briefing."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.actors: dict[str, Actor] = {a.id: a for a in briefing.actors}
        self.quotes: dict[str, Quote] = {q.id: q for q in briefing.quotes}
        self.claims: dict[str, Claim] = {c.id: c for c in briefing.claims}
        self.incidents: dict[str, Incident] = {i.id: i for i in briefing.incidents}
        self.items: dict[str, list[Item]] = {
            "quote": sorted(
                (Item("quote", q.id, q.start, q.end) for q in briefing.quotes), key=_key
            ),
            "claim": sorted(
                (Item("claim", c.id, c.start, c.end) for c in briefing.claims), key=_key
            ),
            "incident": sorted(
                (Item("incident", i.id, i.start, i.end) for i in briefing.incidents), key=_key
            ),
            "mention": sorted(
                (
                    Item("mention", a.id, m.start, m.end)
                    for a in briefing.actors
                    for m in a.mentions
                ),
                key=_key,
            ),
        }
        self.quote_counts: Counter[str] = Counter(q.speaker for q in briefing.quotes if q.speaker)
        self.claim_counts: Counter[str] = Counter(c.speaker for c in briefing.claims if c.speaker)
        highlights = [
            Highlight(item.start, item.end, self._style(item), item)
            for kind in ("mention", "incident", "claim", "quote")
            for item in self.items[kind]
            if item.end > item.start
        ]
        self.highlights: list[Highlight] = sorted(highlights, key=lambda h: h.start)

    def _style(self, item: Item) -> str:
        if item.kind == "mention":
            return self.actors[item.id].kind
        return item.kind

    def count(self, kind: str) -> int:
        return len(self.items[kind])

    def first_of(self, kind: str, record_id: str) -> Item | None:
        """The item of a quote, claim or incident by its id."""
        for item in self.items[kind]:
            if item.id == record_id:
                return item
        return None

    def item_for(self, kind: str, record_id: str) -> Item | None:
        """The item of a record; for an actor, its first mention."""
        if kind == "actor":
            mentions = self.mentions_of(record_id)
            return mentions[0] if mentions else None
        record = {"quote": self.quotes, "claim": self.claims, "incident": self.incidents}[kind].get(
            record_id
        )
        if record is None:
            return None
        return Item(kind, record.id, record.start, record.end)  # type: ignore[arg-type]

    def mentions_of(self, actor_id: str) -> list[Item]:
        actor = self.actors.get(actor_id)
        if actor is None:
            return []
        return sorted((Item("mention", actor.id, m.start, m.end) for m in actor.mentions), key=_key)

    def speaker_items(self, actor_id: str) -> tuple[str, list[Item]]:
        """What following an actor steps through: their quotes; if they have
        none, their claims; if none either, their mentions."""
        quotes = [i for i in self.items["quote"] if self.quotes[i.id].speaker == actor_id]
        if quotes:
            return "quote", quotes
        claims = [i for i in self.items["claim"] if self.claims[i.id].speaker == actor_id]
        if claims:
            return "claim", claims
        return "mention", self.mentions_of(actor_id)

    def speaker_of(self, item: Item | None) -> Actor | None:
        """The actor who speaks (quote, claim), did it (incident), or is
        mentioned (mention)."""
        if item is None:
            return None
        if item.kind == "mention":
            return self.actors.get(item.id)
        if item.kind == "quote" and item.id in self.quotes:
            return self.briefing.actor(self.quotes[item.id].speaker)
        if item.kind == "claim" and item.id in self.claims:
            return self.briefing.actor(self.claims[item.id].speaker)
        if item.kind == "incident" and item.id in self.incidents:
            return self.briefing.actor(self.incidents[item.id].perpetrator)
        return None

    def at(self, offset: int, layers: frozenset[str] | set[str] = frozenset(LAYERS)) -> Item | None:
        """The most specific visible item covering `offset` (for clicks)."""
        found: list[Item] = []
        for kind, items in self.items.items():
            if LAYER_OF[kind] not in layers:
                continue
            # Items are sorted by start; long ones (quotes) may start far back.
            stop = bisect_right(items, offset, key=lambda i: i.start)
            for item in reversed(items[max(0, stop - 64) : stop]):
                if item.start <= offset < item.end:
                    found.append(item)
                    break
        if not found:
            return None
        return max(found, key=lambda i: (_PRIORITY[i.kind], -(i.end - i.start)))


def step(items: list[Item], current: Item | None, anchor: int, forward: bool) -> Item | None:
    """The next (or previous) item in document order, wrapping around.

    From the current item when there is one, else from `anchor` (the offset
    at the top of the screen): `n` continues where the reader is.
    """
    if not items:
        return None
    if current is not None:
        here = _key(current)
        index = bisect_left(items, here, key=_key)
        if forward:
            if index < len(items) and _key(items[index]) == here:
                index += 1
            return items[index % len(items)]
        return items[(index - 1) % len(items)]
    if forward:
        index = bisect_left(items, anchor, key=lambda i: i.start)
        return items[index % len(items)]
    index = bisect_left(items, anchor, key=lambda i: i.start)
    return items[(index - 1) % len(items)]


def ordinal(items: list[Item], item: Item) -> int:
    """1-based place of `item` in `items` (sorted by document order), 0 if absent."""
    index = bisect_left(items, _key(item), key=_key)
    return index + 1 if index < len(items) and items[index] == item else 0


def _key(item: Item) -> tuple[int, int, str]:
    return (item.start, item.end, item.id)
