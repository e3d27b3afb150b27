"""From parsed docs to one `Briefing`: read each chunk's results into plain
records, merge the chunks' actors, give stable ids.

Each step is guarded like the components: reading one component's results
or building the positions can fail on one article without losing the rest
of its briefing; the failure becomes a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

from annotate.failures import Failure, describe, raising, warnings_of
from annotate.incident_confidence import listed
from annotate.model import (
    Actor,
    Briefing,
    Claim,
    Cue,
    Incident,
    Pattern,
    Quote,
    Span,
    text_sha256,
)
from annotate.names import name_key
from annotate.positions import build_positions

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")


@dataclass
class Parts:
    """What one chunk yields, with offsets already shifted into the whole text."""

    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def guarded(step: str, missing: str, failures: list[Failure], run: Callable[[], T], empty: T) -> T:
    """`run()`, or `empty` with a failure recorded when it raises."""
    try:
        return run()
    except Exception as error:
        if raising():
            raise
        failures.append(Failure(step, missing, describe(error)))
        return empty


def parts_from_doc(doc: Doc, offset: int = 0) -> Parts:
    """Read the components' results off a doc into records (local ids)."""
    parts = Parts()
    text = doc.user_data.get("briefing_text") or doc.text  # joined once per doc
    failures: list[Failure] = list(getattr(doc._, "briefing_failures", None) or [])
    index = doc._.actors

    def shift(span: tuple[int, int] | None) -> Span | None:
        return None if span is None else Span(span[0] + offset, span[1] + offset)

    def cue(span: tuple[int, int] | None) -> Cue | None:
        if span is None:
            return None
        return Cue(span[0] + offset, span[1] + offset, text[span[0] : span[1]])

    def speaker(span: tuple[int, int] | None) -> str | None:
        return None if span is None or index is None else index.actor_at(*span)

    def actors() -> list[Actor]:
        return [
            replace(a, mentions=tuple(Span(m.start + offset, m.end + offset) for m in a.mentions))
            for a in (index.actors if index else [])
        ]

    def attributions() -> tuple[list[Quote], list[Claim]]:
        quotes, claims = [], []
        if doc._.attributions is None:  # attribution failed: the quotes, without speakers
            for start, end in doc._.quotes or []:
                quotes.append(Quote("", start + offset, end + offset, text[start:end]))
        for att in doc._.attributions or []:
            start, end = att.content
            if not att.quoted and (line := _PLACE_LINE.match(text, start, end)):
                start = line.end()  # "BREMEN, Germany — A bomb …": the dateline is not said
            common = dict(
                start=start + offset,
                end=end + offset,
                text=text[start:end],
                speaker=speaker(att.source),
                source=shift(att.source),
                cue=cue(att.cue),
            )
            if att.quoted:
                quotes.append(Quote(id="", kind=att.kind, **common))
            else:
                claims.append(
                    Claim(id="", cue_class=att.cue_class, polarity=att.polarity, **common)
                )
        return quotes, claims

    def incidents() -> tuple[list[Incident], list[Pattern]]:
        events = [
            replace(
                x,
                start=x.start + offset,
                end=x.end + offset,
                mentions=tuple(Span(m.start + offset, m.end + offset) for m in x.mentions),
            )
            for x in doc._.incidents or []
        ]
        patterns = [
            replace(x, start=x.start + offset, end=x.end + offset)
            for x in doc._.incident_patterns or []
        ]
        return events, patterns

    parts.actors = guarded("actors", "no actors", failures, actors, [])
    parts.quotes, parts.claims = guarded(
        "attribution", "no quotations or claims", failures, attributions, ([], [])
    )
    parts.incidents, parts.patterns = guarded(
        "incidents", "no incidents", failures, incidents, ([], [])
    )
    parts.failures = [f.shifted(offset, len(text)) for f in failures]
    return parts


# A place dateline opening a paragraph: "BREMEN, Germany —", "KYIV (Reuters) -".
_PLACE_LINE = re.compile(
    r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][\w.' -]{1,30})?"
    r"(?: \([^()\n]{1,30}\))? ?[—–-] *"
)
_PRONOUNS = frozenset(
    "i me my we us our you your he him his she her hers it its they them their theirs".split()
)


def _names_it(alias: str) -> bool:
    """An alias that can identify an actor across chunks: a proper name, not
    a pronoun or a description ("She", "the ambassador")."""
    key = name_key(alias)
    return (
        bool(key)
        and alias[:1].isupper()
        and key not in _PRONOUNS
        and not key.startswith(("the ", "a ", "an ", "one "))
    )


class ActorMerger:
    """Actors of successive chunks merged into one list: the same name, a
    distinctive alias, or (for people) the surname of one fuller name.

    An actor is only matched against earlier chunks' actors: within a chunk,
    the actor finder's decisions stand.
    """

    def __init__(self) -> None:
        self.actors: list[Actor] = []
        self._by_name: dict[str, int] = {}
        self._by_alias: dict[str, set[int]] = {}
        self._earlier = 0  # actors before this index come from earlier chunks

    def next_chunk(self) -> None:
        self._earlier = len(self.actors)

    def add(self, actor: Actor) -> int:
        """Merge `actor` in; return the index of the actor it became."""
        index = self._match(actor)
        if index is None:
            index = len(self.actors)
            self.actors.append(actor)
        else:
            old = self.actors[index]
            fuller = len(actor.name.split()) > len(old.name.split()) and _surname_of(
                old.name, actor.name
            )
            self.actors[index] = replace(
                old,
                name=actor.name if fuller else old.name,
                aliases=tuple(dict.fromkeys(old.aliases + actor.aliases)),
                mentions=tuple(
                    sorted(set(old.mentions + actor.mentions), key=lambda m: (m.start, m.end))
                ),
                role=old.role or actor.role,
            )
        self._index(index)
        return index

    def _index(self, index: int) -> None:
        actor = self.actors[index]
        self._by_name.setdefault(name_key(actor.name), index)
        for alias in (actor.name, *actor.aliases):
            if _names_it(alias):
                self._by_alias.setdefault(name_key(alias), set()).add(index)

    def _match(self, actor: Actor) -> int | None:
        named = self._by_name.get(name_key(actor.name))
        if named is not None and named < self._earlier:
            return named
        for alias in (actor.name, *actor.aliases):
            found = self._by_alias.get(name_key(alias), set()) if _names_it(alias) else set()
            same_kind = [
                i for i in found if i < self._earlier and self.actors[i].kind == actor.kind
            ]
            if len(same_kind) == 1:
                return same_kind[0]
        if actor.kind == "person":
            fits = [
                i
                for i, old in enumerate(self.actors[: self._earlier])
                if old.kind == "person"
                and (_surname_of(actor.name, old.name) or _surname_of(old.name, actor.name))
            ]
            if len(fits) == 1:
                return fits[0]
        return None


def _surname_of(short: str, full: str) -> bool:
    """'Dragone' for 'Giuseppe Cavo Dragone': one word, the last of a fuller name."""
    short_words, full_words = short.split(), full.split()
    return len(short_words) == 1 < len(full_words) and name_key(short) == name_key(full_words[-1])


def assemble(
    text: str, title: str, chunks: Sequence[Parts], engine: str, *, all_incidents: bool = False
) -> Briefing:
    """Merge chunk results into one briefing with stable, ordered ids.

    Actors found in several chunks become one (see `ActorMerger`); speakers,
    sources of affiliation and perpetrators are mapped to the merged ids.
    Whatever fails here, the article still gets a briefing: without
    positions if only they fail, else without annotations, and always with
    a warning saying so. Incidents are those `incident_confidence.listed`
    keeps, or every entry found with `all_incidents` (to fit that model).
    """
    failures = [f for part in chunks for f in part.failures]
    try:
        briefing = _assemble(text, title, chunks, engine, failures, all_incidents)
    except Exception as error:
        if raising():
            raise
        failures.append(Failure("engine", "no annotations", describe(error)))
        briefing = Briefing(title=title, text_sha256=text_sha256(text), engine=engine)
    return replace(briefing, warnings=warnings_of(failures, len(text)))


def _assemble(
    text: str,
    title: str,
    chunks: Sequence[Parts],
    engine: str,
    failures: list[Failure],
    all_incidents: bool = False,
) -> Briefing:
    merger = ActorMerger()
    where: dict[tuple[int, str], int] = {}  # (chunk, local id) -> merged index
    for n, part in enumerate(chunks):
        merger.next_chunk()
        for actor in part.actors:
            where[(n, actor.id)] = merger.add(actor)
    final_ids = [f"a{i}" for i in range(1, len(merger.actors) + 1)]

    def actor_id(n: int, local: str | None) -> str | None:
        index = None if local is None else where.get((n, local))
        return None if index is None else final_ids[index]

    affiliations: dict[int, str] = {}
    for n, part in enumerate(chunks):
        for actor in part.actors:
            target, affiliation = where[(n, actor.id)], actor_id(n, actor.affiliation)
            if affiliation and affiliation != final_ids[target]:
                affiliations.setdefault(target, affiliation)
    final_actors = [
        replace(a, id=final_ids[i], affiliation=affiliations.get(i))
        for i, a in enumerate(merger.actors)
    ]
    quotes = [
        replace(q, id=f"q{i}", speaker=actor_id(n, q.speaker))
        for i, (n, q) in enumerate(((n, q) for n, p in enumerate(chunks) for q in p.quotes), 1)
    ]
    claims = [
        replace(c, id=f"c{i}", speaker=actor_id(n, c.speaker))
        for i, (n, c) in enumerate(((n, c) for n, p in enumerate(chunks) for c in p.claims), 1)
    ]
    found = [(n, x) for n, p in enumerate(chunks) for x in p.incidents]
    if not all_incidents:
        keep = guarded(
            "incident confidence",
            "every incident listed, however unsure",
            failures,
            lambda: listed(text, [x for _, x in found]),
            [True] * len(found),
        )
        found = [pair for pair, kept in zip(found, keep, strict=True) if kept]
    incidents = [
        replace(
            x,
            id=f"i{i}",
            perpetrator=actor_id(n, x.perpetrator),
            victims=tuple(v for v in (actor_id(n, v) for v in x.victims) if v),
        )
        for i, (n, x) in enumerate(found, 1)
    ]
    patterns = [
        replace(x, id=f"p{i}") for i, x in enumerate((x for p in chunks for x in p.patterns), 1)
    ]
    positions = guarded(
        "positions",
        "no positions",
        failures,
        lambda: tuple(build_positions(final_actors, quotes, claims)),
        (),
    )
    return Briefing(
        title=title,
        text_sha256=text_sha256(text),
        actors=tuple(final_actors),
        quotes=tuple(quotes),
        claims=tuple(claims),
        incidents=tuple(incidents),
        positions=positions,
        engine=engine,
        patterns=tuple(patterns),
    )
