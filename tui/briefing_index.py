"""What the reader needs from a briefing: items in document order, the
highlights to paint, and lookups.

Built once per briefing (on the annotation worker's thread); every lookup
afterwards is a dictionary hit or a bisection, so `n` costs the same on a
2.5 MB article as on a short one.

Only a quote that is someone's words (`kind` "speech") is a statement: `n`
steps through those, and they are what counts. A quoted term or title is
still highlighted (in a style of its own) and can be clicked. An incident
is one event: `i` steps through events, while every mention of one is
highlighted; patterns ("a campaign of sabotage") are highlighted but never
stepped through or counted as events.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from annotate.model import Actor, Briefing, Claim, Incident, Pattern, Quote

ItemKind = Literal["quote", "claim", "incident", "pattern", "mention"]

# Highlight layers the user can switch on and off, in the order of the keys.
LAYERS: tuple[str, ...] = ("actors", "quotes", "claims", "incidents")
LAYER_OF: dict[str, str] = {
    "mention": "actors",
    "quote": "quotes",
    "claim": "claims",
    "incident": "incidents",
    "pattern": "incidents",
}
NOUNS: dict[str, tuple[str, str]] = {
    "quote": ("quote", "quotes"),
    "claim": ("claim", "claims"),
    "incident": ("incident", "incidents"),
    "pattern": ("pattern", "patterns"),
    "mention": ("mention", "mentions"),
}
# The one priority table: where highlights overlap, the more specific item
# wins a click and its style is painted over the others'.
ITEM_PRIORITY: dict[str, int] = {"mention": 0, "pattern": 1, "incident": 2, "claim": 3, "quote": 4}


@dataclass(frozen=True, slots=True)
class Item:
    """Something in the article the reader can select: a quote, claim,
    incident or pattern (by its id; an incident's item may be any of its
    mentions), or one mention of an actor (by the actor's id)."""

    kind: ItemKind
    id: str
    start: int
    end: int

    @property
    def layer(self) -> str:
        return LAYER_OF[self.kind]

    @property
    def key(self) -> tuple[int, int, str]:
        """Document order."""
        return (self.start, self.end, self.id)


@dataclass(frozen=True, slots=True)
class Highlight:
    """A styled stretch: `style` names a component class of the article view
    ("quote", "term", "claim", "negated", "incident", "pattern", or an actor
    kind such as "person")."""

    start: int
    end: int
    style: str
    item: Item


def noun(kind: str, count: int) -> str:
    """'1 quote', '3 quotes'."""
    one, many = NOUNS[kind]
    return f"{count} {one if count == 1 else many}"


def _sorted(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda i: i.key)


class BriefingIndex:
    """Items, highlights and lookups of one briefing."""

    def __init__(self, briefing: Briefing, text: str = "") -> None:
        self.briefing = briefing
        self.text = text
        """The article's text (for phrasing what a negated claim did not say)."""
        self.actors: dict[str, Actor] = {a.id: a for a in briefing.actors}
        self.quotes: dict[str, Quote] = {q.id: q for q in briefing.quotes}
        self.claims: dict[str, Claim] = {c.id: c for c in briefing.claims}
        self.incidents: dict[str, Incident] = {i.id: i for i in briefing.incidents}
        self.patterns: dict[str, Pattern] = {p.id: p for p in briefing.patterns}
        self.items: dict[str, list[Item]] = {
            "quote": _sorted([Item("quote", q.id, q.start, q.end) for q in briefing.speech]),
            "claim": _sorted([Item("claim", c.id, c.start, c.end) for c in briefing.claims]),
            "incident": _sorted(
                [Item("incident", i.id, i.start, i.end) for i in briefing.incidents]
            ),
            "pattern": _sorted([Item("pattern", p.id, p.start, p.end) for p in briefing.patterns]),
            "mention": _sorted(
                [Item("mention", a.id, m.start, m.end) for a in briefing.actors for m in a.mentions]
            ),
        }
        speech = [q for q in briefing.quotes if q.is_speech]
        self.quote_counts: Counter[str] = Counter(q.speaker for q in speech if q.speaker)
        self.claim_counts: Counter[str] = Counter(c.speaker for c in briefing.claims if c.speaker)
        self.highlights: list[Highlight] = self._highlights()
        self._clickable: dict[str, list[Item]] = {}
        for highlight in self.highlights:
            self._clickable.setdefault(highlight.item.kind, []).append(highlight.item)
        self._sides = self._side_members()

    def _highlights(self) -> list[Highlight]:
        found: list[Highlight] = []
        for item in self.items["mention"]:
            found.append(Highlight(item.start, item.end, self.actors[item.id].kind, item))
        for incident in self.incidents.values():
            for item in self.incident_mentions(incident.id):
                found.append(Highlight(item.start, item.end, "incident", item))
        for item in self.items["pattern"]:
            found.append(Highlight(item.start, item.end, "pattern", item))
        for claim in self.claims.values():
            item = Item("claim", claim.id, claim.start, claim.end)
            found.append(
                Highlight(item.start, item.end, "negated" if claim.negated else "claim", item)
            )
        for quote in self.quotes.values():
            item = Item("quote", quote.id, quote.start, quote.end)
            found.append(
                Highlight(item.start, item.end, "quote" if quote.is_speech else "term", item)
            )
        return sorted((h for h in found if h.end > h.start), key=lambda h: h.start)

    def count(self, kind: str) -> int:
        return len(self.items[kind])

    def item_for(self, kind: str, record_id: str) -> Item | None:
        """The item of a record (an incident's main mention); for an actor,
        its first mention."""
        if kind == "actor":
            mentions = self.mentions_of(record_id)
            return mentions[0] if mentions else None
        records: dict[str, Quote | Claim | Incident | Pattern] = {
            "quote": self.quotes,
            "claim": self.claims,
            "incident": self.incidents,
            "pattern": self.patterns,
        }.get(kind, {})  # type: ignore[assignment]
        record = records.get(record_id)
        if record is None:
            return None
        return Item(kind, record.id, record.start, record.end)  # type: ignore[arg-type]

    def mentions_of(self, actor_id: str) -> list[Item]:
        actor = self.actors.get(actor_id)
        if actor is None:
            return []
        return _sorted([Item("mention", actor.id, m.start, m.end) for m in actor.mentions])

    def incident_mentions(self, incident_id: str) -> list[Item]:
        """Every mention of one event in document order (its main one at
        least, for briefings from before mentions were recorded)."""
        incident = self.incidents.get(incident_id)
        if incident is None:
            return []
        spans = {(m.start, m.end) for m in incident.mentions} | {(incident.start, incident.end)}
        return _sorted([Item("incident", incident.id, a, b) for a, b in spans])

    def is_speech(self, item: Item | None) -> bool:
        return item is not None and item.kind == "quote" and self.quotes[item.id].is_speech

    # -- speakers and sides ------------------------------------------------------------

    def _side_members(self) -> dict[str, frozenset[str]]:
        """Per actor, the actors whose affiliation chain leads to it (itself
        included): Russia's side holds its spokeswoman and its ambassador."""
        members: dict[str, set[str]] = {actor_id: {actor_id} for actor_id in self.actors}
        for actor in self.actors.values():
            seen = {actor.id}
            head = actor
            while head.affiliation in self.actors and head.affiliation not in seen:
                head = self.actors[head.affiliation]  # type: ignore[index]
                seen.add(head.id)
                members[head.id].add(actor.id)
        return {actor_id: frozenset(found) for actor_id, found in members.items()}

    def side(self, actor_id: str) -> frozenset[str]:
        """The actor and everyone affiliated with it, directly or not."""
        return self._sides.get(actor_id, frozenset({actor_id}))

    def speaker_items(self, actor_id: str) -> tuple[str, list[Item]]:
        """What following an actor steps through: the quotes of its side
        (itself and those affiliated with it); if none, their claims; if
        none either, the actor's mentions."""
        side = self.side(actor_id)
        quotes = [i for i in self.items["quote"] if self.quotes[i.id].speaker in side]
        if quotes:
            return "quote", quotes
        claims = [i for i in self.items["claim"] if self.claims[i.id].speaker in side]
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
        record: Quote | Claim | None = None
        if item.kind == "quote":
            record = self.quotes.get(item.id)
        elif item.kind == "claim":
            record = self.claims.get(item.id)
        elif item.kind == "incident" and item.id in self.incidents:
            return self.actors.get(self.incidents[item.id].perpetrator or "")
        return self.actors.get(record.speaker or "") if record is not None else None

    def source_of(self, item: Item | None) -> Item | None:
        """The mention that points at a quote's or claim's speaker there
        ("Zakharova" in "Zakharova said …"), as an item of that actor."""
        if item is None or item.kind not in ("quote", "claim"):
            return None
        record = (self.quotes if item.kind == "quote" else self.claims).get(item.id)
        if record is None or record.source is None or record.speaker not in self.actors:
            return None
        return Item("mention", record.speaker, record.source.start, record.source.end)  # type: ignore[arg-type]

    # -- places --------------------------------------------------------------------------

    def at(self, offset: int, layers: frozenset[str] | set[str] = frozenset(LAYERS)) -> Item | None:
        """The most specific visible item covering `offset` (for clicks)."""
        found: list[Item] = []
        for items in self._clickable.values():
            if not items or items[0].layer not in layers:
                continue
            # Sorted by start; items of one kind seldom nest, so a short look back will do.
            stop = bisect_right(items, offset, key=lambda i: i.start)
            found += [i for i in items[max(0, stop - 64) : stop] if i.start <= offset < i.end]
        return most_specific(found)


def most_specific(items: list[Item]) -> Item | None:
    """Of overlapping items, the one a click means: the highest priority,
    then the shortest."""
    if not items:
        return None
    return max(items, key=lambda i: (ITEM_PRIORITY[i.kind], -(i.end - i.start)))


def ordinal(items: list[Item], item: Item) -> int:
    """1-based place of `item` in `items` (sorted by document order), 0 if absent."""
    from bisect import bisect_left

    index = bisect_left(items, item.key, key=lambda i: i.key)
    return index + 1 if index < len(items) and items[index] == item else 0
