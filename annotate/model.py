"""The briefing data model: plain, immutable records with character offsets.

This module is the boundary between the engine (`annotate/`) and the reader
(`tui/`): nothing here knows about spaCy or Textual. Offsets are Python `str`
indices into the article text as decoded. The JSON field names are a contract
read by other tools; `SCHEMA` versions it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "briefing/1"

ActorKind = Literal["person", "organization", "country", "place", "group"]
CueClass = Literal["say", "accuse", "deny", "claim", "confirm", "urge", "warn", "think"]
QuoteKind = Literal["speech", "term", "title"]
Polarity = Literal["affirmed", "negated"]
PerpetratorAttribution = Literal["stated", "alleged"]
IncidentType = Literal[
    "fire", "explosion", "sabotage", "cyber", "airspace", "strike", "attack", "other"
]

ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country", "place", "group")
CUE_CLASSES: tuple[str, ...] = (
    "say",
    "accuse",
    "deny",
    "claim",
    "confirm",
    "urge",
    "warn",
    "think",
)
QUOTE_KINDS: tuple[str, ...] = ("speech", "term", "title")
POLARITIES: tuple[str, ...] = ("affirmed", "negated")
INCIDENT_TYPES: tuple[str, ...] = (
    "fire",
    "explosion",
    "sabotage",
    "cyber",
    "airspace",
    "strike",
    "attack",
    "other",
)
INCIDENT_LABELS: dict[str, str] = {
    "fire": "Fire / arson",
    "explosion": "Explosion",
    "sabotage": "Sabotage of infrastructure",
    "cyber": "Cyber intrusion",
    "airspace": "Airspace violation / drone incursion",
    "strike": "Strike / bombardment",
    "attack": "Attack on people / killing",
    "other": "Other incident",
}


def text_sha256(text: str) -> str:
    """The identity of an article: the SHA-256 of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article, `text[start:end]`."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Span | None:
        return None if data is None else cls(int(data["start"]), int(data["end"]))


@dataclass(frozen=True, slots=True)
class Cue:
    """The reporting word or phrase of an attribution ("said", "according to")."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Cue | None:
        if data is None:
            return None
        return cls(int(data["start"]), int(data["end"]), str(data["text"]))


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone or something that acts or speaks, with every mention of it."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    role: str | None = None
    affiliation: str | None = None  # another actor's id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "mentions": [m.to_dict() for m in self.mentions],
            "role": self.role,
            "affiliation": self.affiliation,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(
            id=data["id"],
            name=data["name"],
            kind=data["kind"],
            aliases=tuple(data.get("aliases", ())),
            mentions=tuple(Span(m["start"], m["end"]) for m in data.get("mentions", ())),
            role=data.get("role"),
            affiliation=data.get("affiliation"),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """Words in quotation marks; `start:end` includes the marks.

    `kind` says what the marks hold: someone's words ("speech"), a quoted
    word or scare quote nobody is reported saying ("term"), or the name of a
    work, show, slogan or book ("title"). Only speech is a statement: the
    reader steps through it, positions and scores count it.
    """

    id: str
    start: int
    end: int
    text: str
    speaker: str | None = None  # actor id
    source: Span | None = None  # the mention pointing at the speaker here
    cue: Cue | None = None
    kind: QuoteKind = "speech"

    @property
    def is_speech(self) -> bool:
        return self.kind == "speech"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            id=data["id"],
            start=int(data["start"]),
            end=int(data["end"]),
            text=data["text"],
            speaker=data.get("speaker"),
            source=Span.from_dict(data.get("source")),
            cue=Cue.from_dict(data.get("cue")),
            kind=data.get("kind", "speech"),
        )


@dataclass(frozen=True, slots=True)
class Claim:
    """Reported speech or thought; `start:end` is the content span.

    `polarity` is "negated" when the negation scopes over the reporting verb
    ("did not say", "declined to confirm", "stopped short of blaming"): the
    speaker did *not* make this statement, and nothing may show it as made.
    A denial ("denied that …") is an affirmed claim of class "deny".
    """

    id: str
    start: int
    end: int
    text: str
    cue_class: CueClass = "say"
    speaker: str | None = None
    source: Span | None = None
    cue: Cue | None = None
    polarity: Polarity = "affirmed"

    @property
    def negated(self) -> bool:
        return self.polarity == "negated"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "speaker": self.speaker,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "cue_class": self.cue_class,
            "polarity": self.polarity,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(
            id=data["id"],
            start=int(data["start"]),
            end=int(data["end"]),
            text=data["text"],
            cue_class=data.get("cue_class", "say"),
            speaker=data.get("speaker"),
            source=Span.from_dict(data.get("source")),
            cue=Cue.from_dict(data.get("cue")),
            polarity=data.get("polarity", "affirmed"),
        )


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date as written, and its ISO form where the text allows one.

    `iso` is a full calendar date ("2024-03-05"), a month ("2024-03") or a
    year ("2024"), resolved against the article's date where the text is
    relative ("last Tuesday"); None when the year cannot be known. Never a
    partial form without a year.
    """

    text: str
    iso: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "iso": self.iso}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DateRef | None:
        return None if data is None else cls(data["text"], data.get("iso"))


@dataclass(frozen=True, slots=True)
class Toll:
    """Casualty counts as reported; None where the text gives none.

    An approximate count ("dozens", "more than 20") is kept as its lower
    bound with the matching `*_approx` flag set, so "at least" can be shown.
    """

    killed: int | None = None
    injured: int | None = None
    killed_approx: bool = False
    injured_approx: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "killed": self.killed,
            "injured": self.injured,
            "killed_approx": self.killed_approx,
            "injured_approx": self.injured_approx,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Toll | None:
        if data is None:
            return None
        return cls(
            data.get("killed"),
            data.get("injured"),
            bool(data.get("killed_approx", False)),
            bool(data.get("injured_approx", False)),
        )


@dataclass(frozen=True, slots=True)
class Incident:
    """One event that happened, as reported (never a threat or a plan).

    `start:end` is its main mention, the one that reports it most fully;
    `mentions` holds every span that refers to the same event ("the blast",
    "the attack on Saturday"), the main one included, in document order.
    `place` is the most specific location, `area` the containing one where
    the text gives both ("Leipzig airport", "Leipzig"). `perpetrator` is the
    agent the text attributes, with `attribution` "alleged" when the text
    only suspects or alleges it; `victims` are the actors it names as hit.
    """

    id: str
    start: int
    end: int
    text: str
    type: IncidentType
    place: str | None = None
    date: DateRef | None = None
    toll: Toll | None = None
    perpetrator: str | None = None  # actor id
    mentions: tuple[Span, ...] = ()
    area: str | None = None
    attribution: PerpetratorAttribution | None = None  # set with a perpetrator
    victims: tuple[str, ...] = ()  # actor ids

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "place": self.place,
            "area": self.area,
            "date": self.date.to_dict() if self.date else None,
            "toll": self.toll.to_dict() if self.toll else None,
            "perpetrator": self.perpetrator,
            "attribution": self.attribution,
            "victims": list(self.victims),
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Incident:
        return cls(
            id=data["id"],
            start=int(data["start"]),
            end=int(data["end"]),
            text=data["text"],
            type=data["type"],
            place=data.get("place"),
            date=DateRef.from_dict(data.get("date")),
            toll=Toll.from_dict(data.get("toll")),
            perpetrator=data.get("perpetrator"),
            mentions=tuple(Span(m["start"], m["end"]) for m in data.get("mentions", ())),
            area=data.get("area"),
            attribution=data.get("attribution"),
            victims=tuple(data.get("victims", ())),
        )


@dataclass(frozen=True, slots=True)
class Pattern:
    """A generic reference to a kind of incident, not one event: a campaign,
    a list of tactics ("sabotage, cyberattacks and arson across Europe"),
    "other drone attacks". Listed apart and never counted as an event."""

    id: str
    start: int
    end: int
    text: str
    type: IncidentType
    place: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "place": self.place,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Pattern:
        return cls(
            id=data["id"],
            start=int(data["start"]),
            end=int(data["end"]),
            text=data["text"],
            type=data["type"],
            place=data.get("place"),
        )


@dataclass(frozen=True, slots=True)
class EngineWarning:
    """A component that failed on this article: the briefing holds what the
    other components found, and this says what is missing and why."""

    component: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"component": self.component, "message": self.message}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EngineWarning:
        return cls(str(data["component"]), str(data["message"]))


@dataclass(frozen=True, slots=True)
class Position:
    """Where one actor stands: the quotes and claims that express it."""

    actor: str  # actor id
    quotes: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    summary: str = ""
    side: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "quotes": list(self.quotes),
            "claims": list(self.claims),
            "summary": self.summary,
            "side": self.side,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Position:
        return cls(
            actor=data["actor"],
            quotes=tuple(data.get("quotes", ())),
            claims=tuple(data.get("claims", ())),
            summary=data.get("summary", ""),
            side=data.get("side", ""),
        )


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything the engine found in one article."""

    title: str
    text_sha256: str
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()
    incidents: tuple[Incident, ...] = ()
    positions: tuple[Position, ...] = ()
    engine: str = ""  # engine version that produced it, for caches
    schema: str = field(default=SCHEMA)
    patterns: tuple[Pattern, ...] = ()
    warnings: tuple[EngineWarning, ...] = ()

    @property
    def speech(self) -> tuple[Quote, ...]:
        """The quotes that are someone's words (not terms or titles)."""
        return tuple(q for q in self.quotes if q.is_speech)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or None."""
        if actor_id is None:
            return None
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "title": self.title,
            "text_sha256": self.text_sha256,
            "engine": self.engine,
            "actors": [a.to_dict() for a in self.actors],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "incidents": [i.to_dict() for i in self.incidents],
            "patterns": [p.to_dict() for p in self.patterns],
            "positions": [p.to_dict() for p in self.positions],
            "warnings": [w.to_dict() for w in self.warnings],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Briefing:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"unsupported briefing schema {data.get('schema')!r}")
        return cls(
            title=data.get("title", ""),
            text_sha256=data["text_sha256"],
            actors=tuple(Actor.from_dict(a) for a in data.get("actors", ())),
            quotes=tuple(Quote.from_dict(q) for q in data.get("quotes", ())),
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", ())),
            incidents=tuple(Incident.from_dict(i) for i in data.get("incidents", ())),
            positions=tuple(Position.from_dict(p) for p in data.get("positions", ())),
            engine=data.get("engine", ""),
            patterns=tuple(Pattern.from_dict(p) for p in data.get("patterns", ())),
            warnings=tuple(EngineWarning.from_dict(w) for w in data.get("warnings", ())),
        )

    @classmethod
    def from_json(cls, raw: str) -> Briefing:
        return cls.from_dict(json.loads(raw))


# -- A briefing of many articles (schema `briefing-set/1`) ----------------------------

SET_SCHEMA = "briefing-set/1"

StatementKind = Literal["quote", "claim"]
FactName = Literal["type", "place", "date", "killed", "injured", "perpetrator"]
FactValue = str | int | None


@dataclass(frozen=True, slots=True)
class ItemRef:
    """A record of one article in a set: the article's index and the record's id there."""

    article: int
    id: str

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "id": self.id}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ItemRef:
        return cls(int(data["article"]), str(data["id"]))


@dataclass(frozen=True, slots=True)
class SetArticle:
    """One article of a set, what its page or file said about it, and its briefing."""

    path: str | None
    title: str
    text_sha256: str
    briefing: Briefing
    date: str | None = None  # ISO date of publication
    site: str | None = None
    url: str | None = None
    author: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "site": self.site,
            "url": self.url,
            "author": self.author,
            "text_sha256": self.text_sha256,
            "briefing": self.briefing.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SetArticle:
        return cls(
            path=data.get("path"),
            title=data.get("title", ""),
            text_sha256=data["text_sha256"],
            briefing=Briefing.from_dict(data["briefing"]),
            date=data.get("date"),
            site=data.get("site"),
            url=data.get("url"),
            author=data.get("author"),
        )


@dataclass(frozen=True, slots=True)
class SetActor:
    """One actor across the articles: the actors of each article that are the
    same one (`articles`: article index and actor id there). `affiliation`
    and `side` are ids of other set actors (the side is itself when it
    stands for no one else)."""

    id: str
    name: str
    kind: ActorKind
    articles: tuple[ItemRef, ...]
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    side: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "role": self.role,
            "affiliation": self.affiliation,
            "side": self.side,
            "articles": [r.to_dict() for r in self.articles],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SetActor:
        return cls(
            id=data["id"],
            name=data["name"],
            kind=data["kind"],
            articles=tuple(ItemRef.from_dict(r) for r in data.get("articles", ())),
            aliases=tuple(data.get("aliases", ())),
            role=data.get("role"),
            affiliation=data.get("affiliation"),
            side=data.get("side"),
        )


@dataclass(frozen=True, slots=True)
class FactReport:
    """What one report of an event says of one fact: its value (None when it
    says nothing) and a qualifier ("at least" for an approximate toll,
    "alleged" or "stated" for a perpetrator)."""

    report: ItemRef
    value: FactValue
    qualifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.report.to_dict(), "value": self.value, "qualifier": self.qualifier}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FactReport:
        return cls(ItemRef.from_dict(data), data.get("value"), data.get("qualifier"))


@dataclass(frozen=True, slots=True)
class EventFact:
    """One fact of an event as its reports give it, reconciled.

    `agreed` when every report that gives the fact gives the same or a
    compatible value ("Gdansk" and "the port of Gdansk"); `value` is then the
    most precise of them. When reports disagree `value` is what they share,
    if anything (a toll's range "2–3"), and each report's own value is kept.
    """

    name: FactName
    value: FactValue
    agreed: bool
    reports: tuple[FactReport, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": self.value,
            "agreed": self.agreed,
            "reports": [r.to_dict() for r in self.reports],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventFact:
        return cls(
            name=data["name"],
            value=data.get("value"),
            agreed=bool(data.get("agreed", True)),
            reports=tuple(FactReport.from_dict(r) for r in data.get("reports", ())),
        )


@dataclass(frozen=True, slots=True)
class SetEvent:
    """An event as the articles report it: one incident of each reporting
    article (`reports`), its reconciled type, place and date, every fact
    with each report's value, and the earliest publication date of a report."""

    id: str
    type: IncidentType
    reports: tuple[ItemRef, ...]
    place: str | None = None
    date: str | None = None  # ISO (day, month or year)
    facts: tuple[EventFact, ...] = ()
    first_reported: str | None = None

    def fact(self, name: str) -> EventFact | None:
        return next((f for f in self.facts if f.name == name), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "place": self.place,
            "date": self.date,
            "first_reported": self.first_reported,
            "reports": [r.to_dict() for r in self.reports],
            "facts": [f.to_dict() for f in self.facts],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SetEvent:
        return cls(
            id=data["id"],
            type=data["type"],
            reports=tuple(ItemRef.from_dict(r) for r in data.get("reports", ())),
            place=data.get("place"),
            date=data.get("date"),
            facts=tuple(EventFact.from_dict(f) for f in data.get("facts", ())),
            first_reported=data.get("first_reported"),
        )


@dataclass(frozen=True, slots=True)
class Statement:
    """A quote or claim of one article, as part of a position across articles."""

    article: int
    id: str
    kind: StatementKind

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "id": self.id, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        return cls(int(data["article"]), str(data["id"]), data["kind"])


@dataclass(frozen=True, slots=True)
class SetPosition:
    """Everything one set actor says across the articles, in article order."""

    actor: str  # set actor id
    statements: tuple[Statement, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"actor": self.actor, "statements": [s.to_dict() for s in self.statements]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SetPosition:
        return cls(data["actor"], tuple(Statement.from_dict(s) for s in data["statements"]))


@dataclass(frozen=True, slots=True)
class SetSide:
    """A side (the set actor at the top of its speakers' affiliations) and
    the positions of the actors on it."""

    side: str  # set actor id
    name: str
    positions: tuple[SetPosition, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "side": self.side,
            "name": self.name,
            "positions": [p.to_dict() for p in self.positions],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SetSide:
        return cls(
            data["side"], data["name"], tuple(SetPosition.from_dict(p) for p in data["positions"])
        )


@dataclass(frozen=True, slots=True)
class QuoteCount:
    """How often one actor or side is quoted: speech quotes and claims."""

    id: str  # set actor id (of the actor, or of the side)
    name: str
    quotes: int
    claims: int

    @property
    def total(self) -> int:
        return self.quotes + self.claims

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "quotes": self.quotes, "claims": self.claims}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QuoteCount:
        return cls(data["id"], data["name"], int(data["quotes"]), int(data["claims"]))


@dataclass(frozen=True, slots=True)
class Quoted:
    """Who is quoted across the articles, most first, and how many of all
    statements come from unnamed sources ("officials", "a source") or from
    no one the text names."""

    actors: tuple[QuoteCount, ...] = ()
    sides: tuple[QuoteCount, ...] = ()
    statements: int = 0
    unnamed: int = 0

    @property
    def unnamed_share(self) -> float:
        return self.unnamed / self.statements if self.statements else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "actors": [c.to_dict() for c in self.actors],
            "sides": [c.to_dict() for c in self.sides],
            "statements": self.statements,
            "unnamed": self.unnamed,
            "unnamed_share": round(self.unnamed_share, 4),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quoted:
        return cls(
            actors=tuple(QuoteCount.from_dict(c) for c in data.get("actors", ())),
            sides=tuple(QuoteCount.from_dict(c) for c in data.get("sides", ())),
            statements=int(data.get("statements", 0)),
            unnamed=int(data.get("unnamed", 0)),
        )


@dataclass(frozen=True, slots=True)
class BriefingSet:
    """A briefing of several articles on one story, read across them."""

    articles: tuple[SetArticle, ...]
    actors: tuple[SetActor, ...] = ()
    events: tuple[SetEvent, ...] = ()
    positions: tuple[SetSide, ...] = ()
    quoted: Quoted = field(default_factory=Quoted)
    schema: str = field(default=SET_SCHEMA)

    def actor(self, actor_id: str | None) -> SetActor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "articles": [a.to_dict() for a in self.articles],
            "actors": [a.to_dict() for a in self.actors],
            "events": [e.to_dict() for e in self.events],
            "positions": [p.to_dict() for p in self.positions],
            "quoted": self.quoted.to_dict(),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BriefingSet:
        if data.get("schema") != SET_SCHEMA:
            raise ValueError(f"unsupported briefing set schema {data.get('schema')!r}")
        return cls(
            articles=tuple(SetArticle.from_dict(a) for a in data.get("articles", ())),
            actors=tuple(SetActor.from_dict(a) for a in data.get("actors", ())),
            events=tuple(SetEvent.from_dict(e) for e in data.get("events", ())),
            positions=tuple(SetSide.from_dict(p) for p in data.get("positions", ())),
            quoted=Quoted.from_dict(data.get("quoted", {})),
        )

    @classmethod
    def from_json(cls, raw: str) -> BriefingSet:
        return cls.from_dict(json.loads(raw))
