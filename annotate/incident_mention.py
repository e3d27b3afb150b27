"""A mention of an incident and an event (the mentions of one happening).

Filled in by `incidents.find_events`, folded by `incident_events.fold`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from annotate.incident_numbers import Count
from annotate.model import DateRef

# Words that only say "an attack" without saying what kind: they fold into an
# event of any type.
LOOSE_WORDS = frozenset({"attack", "assault", "incident", "act", "killing", "murder"})


@dataclass
class Mention:
    head: Token
    type: str
    start: int
    end: int
    sentence: int
    headline: bool = False
    place: str | None = None
    area: str | None = None
    date: DateRef | None = None
    date_own: bool = False
    killed: Count | None = None
    injured: Count | None = None
    carried: tuple[Count | None, Count | None] = (None, None)  # told in the next sentence
    perpetrator: str | None = None
    agent_person: bool = False  # the perpetrator is a person (not a state or group)
    attribution: str | None = None
    victims: tuple[str, ...] = ()
    loose: bool = False
    generic: bool = False
    separate: bool = False
    refers_back: bool = False
    time_point: bool = False  # "a week before the ship fire": dates another act
    brief: int = 0  # which brief of a roundup (see `incident_datelines.brief_of`)
    rough_place: bool = False  # a country's airspace or waters, a bearing from a town

    @property
    def bare(self) -> bool:
        """No place, time, toll, agent or victim of its own."""
        facts = (self.place, self.date, self.killed, self.injured, self.perpetrator, *self.carried)
        return not any(facts) and not self.victims

    @property
    def facts(self) -> int:
        return sum(
            x is not None
            for x in (self.place, self.date, self.killed or self.injured, self.perpetrator)
        )


@dataclass
class Event:
    mentions: list[Mention] = field(default_factory=list)

    def first(self, attr: str) -> object:
        return next((getattr(m, attr) for m in self.mentions if getattr(m, attr)), None)

    @property
    def position(self) -> int:
        """Where the event is first reported in the body (its headline aside)."""
        body = [x.start for x in self.mentions if not x.headline]
        return min(body) if body else self.mentions[0].start
