"""The overview's lists: the open articles, and across them the actors,
the positions by side and the incidents timeline.

Everything shown is article text, so it goes in as `Content` pieces (never
markup) and through `display_line` (control characters made visible).
"""

from __future__ import annotations

from textual.content import Content

from annotate.model import INCIDENT_LABELS, BriefingSet, EventFact, SetActor, SetEvent
from tui.describe import KIND_LABELS, count, cue_verb, excerpt
from tui.overview_data import Overview, outlets, statement_records
from tui.safe_text import display_line
from tui.widgets.entry_list import Entry, hanging
from tui.widgets.set_list import SetList, blank, heading

INDENT = 5
STATEMENTS_SHOWN = 3  # per actor in Positions; Enter on the actor steps through all
_MARKS = {"ready": "  ", "failed": "! ", "missing": "! "}


class ArticlesList(SetList):
    """The open articles: title, site and date, counts (or how far the
    engine is, marked ◌ until it is done)."""

    def needs_merge(self) -> bool:
        return False

    def entries(self, overview: Overview, width: int) -> list[Entry]:
        entries: list[Entry] = []
        for n, row in enumerate(overview.rows):
            mark = _MARKS.get(row.state, "◌ ")
            label = Content.assemble((f"{n + 1:>2} ", "$text-muted"), (mark, "bold $warning"))
            lines = [hanging(label, Content.assemble((row.title, "bold")), INDENT, width, 2)]
            details = [" · ".join(part for part in (row.source, row.counts) if part)]
            if len(details[0]) > width - INDENT - 1:  # counts whole on a line of their own
                details = [row.source, row.counts] if row.source else [row.counts]
            lines += [
                hanging(Content(""), Content.assemble((line, "$text-muted")), INDENT, width, 2)
                for line in details
            ]
            entries.append((f"article:{n}", Content("\n").join(lines)))
        return entries


def _names(merged: BriefingSet) -> dict[str, SetActor]:
    return {actor.id: actor for actor in merged.actors}


def _in_articles(actor: SetActor) -> int:
    return len({ref.article for ref in actor.articles})


class ActorsList(SetList):
    """Actors merged across the articles, those in most articles first."""

    def entries(self, overview: Overview, width: int) -> list[Entry]:
        merged = overview.merged
        assert merged is not None
        by_id = _names(merged)
        found = sorted(merged.actors, key=lambda a: (-_in_articles(a), display_line(a.name)))
        entries: list[Entry] = []
        for actor in found:
            about = [KIND_LABELS.get(actor.kind, actor.kind)]  # as the article's Actors say
            if actor.role:
                about.append(display_line(actor.role))
            side = by_id.get(actor.side or "")
            if side is not None and side.id != actor.id:
                about.append(f"side: {display_line(side.name)}")
            about.append(f"in {count(_in_articles(actor), 'article')}")
            body = Content.assemble(
                (display_line(actor.name), "bold"), (" · " + " · ".join(about), "$text-muted")
            )
            entries.append((f"actor:{actor.id}", hanging(Content(" "), body, 1, width, 2, 2)))
        return entries or [(None, Content("No actors found in the annotated articles."))]


class PositionsList(SetList):
    """Positions by side, then actor, with a few statements each (Enter on
    a statement opens its article there; on an actor, steps through all)."""

    def entries(self, overview: Overview, width: int) -> list[Entry]:
        merged = overview.merged
        assert merged is not None
        by_id = _names(merged)
        records = statement_records(merged)
        entries: list[Entry] = []
        for side in merged.positions:
            said = sum(len(p.statements) for p in side.positions)
            if entries:
                entries.append(blank())
            entries.append(
                heading(f"{display_line(side.name)} · {count(said, 'statement')}".upper())
            )
            for position in side.positions:
                actor = by_id.get(position.actor)
                name = display_line(actor.name) if actor is not None else "?"
                role = f", {display_line(actor.role)}" if actor and actor.role else ""
                where = len({s.article for s in position.statements})
                body = Content.assemble(
                    (name, "bold"),
                    (role, "$text-muted"),
                    (
                        f" · {count(len(position.statements), 'statement')}"
                        f" in {count(where, 'article')}",
                        "$text-muted",
                    ),
                )
                entries.append(
                    (f"position:{position.actor}", hanging(Content(" "), body, 1, width, 2, 2))
                )
                for s in position.statements[:STATEMENTS_SHOWN]:
                    record = records.get((s.article, s.id))
                    text = excerpt(record.text, 160) if record is not None else s.id
                    verb = cue_verb(record) if record is not None else ""
                    label = Content.assemble((f"  [{overview.numbers[s.article] + 1}]", "$accent"))
                    body = Content.assemble((f"{verb} ", "italic $text-muted"), (text, "italic"))
                    entries.append(
                        (
                            f"statement:{s.article}:{s.id}:{s.kind}",
                            hanging(label, body, 7, width, 2),
                        )
                    )
                more = len(position.statements) - STATEMENTS_SHOWN
                if more > 0:
                    entries.append(
                        (None, Content.assemble((f"       … {more} more", "$text-muted")))
                    )
        return entries or [(None, Content("No positions found in the annotated articles."))]


class TimelineList(SetList):
    """Incidents as events, merged across articles, by date, with the
    number of outlets reporting each."""

    def entries(self, overview: Overview, width: int) -> list[Entry]:
        merged = overview.merged
        assert merged is not None
        by_id = _names(merged)
        entries: list[Entry] = []
        for event in merged.events:
            when = event.date or "undated"
            label = Content.assemble((f" {when:<10} ", "$text-muted"))
            found = outlets(merged, event)
            title = Content.assemble(
                (event_title(event), "bold"),
                (f" · {count(found, 'outlet')}", "$accent" if found > 1 else "$text-muted"),
            )
            lines = [hanging(label, title, 12, width, 2)]
            facts = [line for fact in event.facts if (line := fact_line(fact, by_id))]
            if facts:
                body = Content.assemble((" · ".join(facts), "$text-muted"))
                lines.append(hanging(Content(""), body, 12, width, 2))
            entries.append((f"event:{event.id}", Content("\n").join(lines)))
        return entries or [(None, Content("No incidents reported in the annotated articles."))]


def event_title(event: SetEvent) -> str:
    label = INCIDENT_LABELS.get(event.type, event.type)
    return f"{label} in {display_line(event.place)}" if event.place else label


_FACT_WORDS = {"killed": "killed", "injured": "injured"}


def fact_line(fact: EventFact, actors: dict[str, SetActor]) -> str:
    """A fact of an event, as its reports give it; where they differ, every
    value (nothing is reconciled away). Type, place and date are in the
    title when the reports agree on them."""
    if fact.agreed and fact.name in ("type", "place", "date"):
        return ""

    def shown(value: object) -> str:
        if fact.name == "perpetrator":
            actor = actors.get(str(value))
            return display_line(actor.name) if actor is not None else "?"
        if fact.name == "type":
            return INCIDENT_LABELS.get(str(value), str(value))
        return display_line(str(value))

    given = [r for r in fact.reports if r.value is not None]
    if not given:
        return ""
    qualifiers = sorted({r.qualifier or "" for r in given})
    label = _FACT_WORDS.get(fact.name, fact.name)
    if fact.name == "perpetrator":
        # As the reader says it: "by" only when every report states it.
        label = "by" if qualifiers == ["stated"] else "alleged"
    if fact.agreed and fact.value is not None:
        prefix = "at least " if qualifiers == ["at least"] else ""
        return f"{label}: {prefix}{shown(fact.value)}"
    values = list(dict.fromkeys(shown(r.value) for r in given))
    return f"{label}: reports differ ({'; '.join(values)})"
