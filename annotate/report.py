"""The whole briefing of many articles as one report, for `briefing export`.

`report_sections` lays the report out once, as plain text pieces: the
articles, who is quoted, positions by side with every statement and its
source, the incident timeline with each outlet's account, the actors and
the notes. `report_markdown` (here) and `report_html` (`report_html.py`)
only render it, each escaping every piece of text for its format, so a
page's title or text shows as written and never becomes markup.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotate.article import clean_text
from annotate.markdown import markdown_text
from annotate.merge import statements
from annotate.model import (
    INCIDENT_LABELS,
    BriefingSet,
    Claim,
    EventFact,
    Quote,
    SetArticle,
    SetEvent,
)

BAR_WIDTH = 24  # characters of the longest bar in "Who is quoted"


@dataclass(frozen=True, slots=True)
class ReportNote:
    """A note on one article of the set, as the report shows it."""

    article: int
    passage: str
    body: str
    tags: tuple[str, ...] = ()
    speaker: str | None = None
    orphaned: bool = False
    created: str = ""


@dataclass(frozen=True, slots=True)
class Line:
    """A statement in the report: what was said, how, and where."""

    text: str
    cue: str
    article: int  # 1-based number of the article


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    role: str | None
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Side:
    name: str
    speakers: tuple[Speaker, ...]


@dataclass(frozen=True, slots=True)
class Bar:
    name: str
    quotes: int
    claims: int
    width: int  # of BAR_WIDTH


@dataclass(frozen=True, slots=True)
class Account:
    """One outlet's report of an event."""

    article: int
    text: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One event of the timeline."""

    when: str
    what: str
    outlets: int
    accounts: tuple[Account, ...]
    facts: tuple[str, ...]  # "killed: 2", or each report's value where they differ


@dataclass(frozen=True, slots=True)
class Sections:
    title: str
    subtitle: str
    articles: tuple[tuple[str, ...], ...]  # number, title, source line, counts
    urls: tuple[str | None, ...]
    sides: tuple[Bar, ...]
    actors_quoted: tuple[Bar, ...]
    unnamed: str
    positions: tuple[Side, ...]
    timeline: tuple[Entry, ...]
    actors: tuple[tuple[str, str, str, str], ...]  # name, kind, role and side, articles
    notes: tuple[tuple[str, tuple[ReportNote, ...]], ...] = field(default=())


def plain(text: str | None) -> str:
    """One line of plain text: terminal escape sequences removed, other
    control and format characters become spaces, runs of space one space."""
    text = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c
        for c in clean_text(text or "")[0]
    )
    return " ".join(text.split())


def report_sections(merged: BriefingSet, notes: Sequence[ReportNote] = ()) -> Sections:
    """The report's content, in order, as plain text."""
    names = {a.id: plain(a.name) for a in merged.actors}
    articles = merged.articles
    dates = sorted(a.date for a in articles if a.date)
    sites = sorted({plain(a.site) for a in articles if a.site})
    subtitle = [f"{len(articles)} article" + ("s" if len(articles) != 1 else "")]
    if dates:
        subtitle.append(dates[0] if dates[0] == dates[-1] else f"{dates[0]} to {dates[-1]}")
    if sites:
        subtitle.append(", ".join(sites))
    return Sections(
        title=_title(articles),
        subtitle=" · ".join(subtitle),
        articles=tuple(_article_row(n, a) for n, a in enumerate(articles, 1)),
        urls=tuple(a.url for a in articles),
        sides=_bars(merged.quoted.sides),
        actors_quoted=_bars(merged.quoted.actors),
        unnamed=_unnamed(merged),
        positions=_positions(merged, names),
        timeline=tuple(_entry(merged, event, names) for event in merged.events),
        actors=tuple(
            (
                plain(a.name),
                a.kind,
                "; ".join(
                    x
                    for x in (plain(a.role), f"side: {names[a.side]}" if a.side != a.id else "")
                    if x
                ),
                ", ".join(str(n) for n in sorted({r.article + 1 for r in a.articles})),
            )
            for a in sorted(merged.actors, key=lambda a: (-len(a.articles), a.id))
        ),
        notes=_notes(articles, notes),
    )


def _title(articles: Sequence[SetArticle]) -> str:
    if len(articles) == 1:
        return plain(articles[0].title) or "Briefing"
    return f"Briefing: {plain(articles[0].title)} and {len(articles) - 1} more"


def _article_row(n: int, article: SetArticle) -> tuple[str, ...]:
    b = article.briefing
    source = " · ".join(
        x
        for x in (
            plain(article.site),
            article.date or "",
            f"by {plain(article.author)}" if article.author else "",
            plain(Path(article.path).name) if article.path and not article.site else "",
        )
        if x
    )
    counts = " · ".join(
        _noun(len(items), noun)
        for items, noun in ((b.speech, "quote"), (b.claims, "claim"), (b.incidents, "incident"))
    )
    return (str(n), plain(article.title) or "Untitled", source, counts)


def _noun(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _bars(counts) -> tuple[Bar, ...]:
    top = max((c.total for c in counts), default=0)
    return tuple(
        Bar(plain(c.name), c.quotes, c.claims, max(1, round(BAR_WIDTH * c.total / top)))
        for c in counts
        if top
    )


def _unnamed(merged: BriefingSet) -> str:
    q = merged.quoted
    if not q.statements:
        return "No statements found."
    return (
        f"{q.unnamed} of {q.statements} statements ({q.unnamed_share:.0%}) come from "
        "unnamed sources or from no one the text names."
    )


def _positions(merged: BriefingSet, names: dict[str, str]) -> tuple[Side, ...]:
    items: dict[tuple[int, str], Quote | Claim] = {}
    for n, article in enumerate(merged.articles):
        for item in statements(article.briefing):
            items[(n, item.id)] = item
    sides = []
    for side in merged.positions:
        speakers = []
        for position in side.positions:
            actor = merged.actor(position.actor)
            lines = []
            for s in position.statements:
                item = items.get((s.article, s.id))
                if item is not None:
                    lines.append(Line(plain(item.text), _cue(item), s.article + 1))
            speakers.append(
                Speaker(
                    names.get(position.actor, "?"),
                    plain(actor.role) if actor else None,
                    tuple(lines),
                )
            )
        sides.append(Side(plain(side.name), tuple(speakers)))
    return tuple(sides)


def _cue(item: Quote | Claim) -> str:
    word = plain(item.cue.text) if item.cue else ""
    if isinstance(item, Claim) and item.cue_class != "say":
        return f"{word} ({item.cue_class})" if word and word != item.cue_class else item.cue_class
    return word or ("said" if isinstance(item, Claim) else "quoted")


def _entry(merged: BriefingSet, event: SetEvent, names: dict[str, str]) -> Entry:
    label = INCIDENT_LABELS.get(event.type, event.type)
    what = f"{label} in {plain(event.place)}" if event.place else label
    accounts = []
    for ref in event.reports:
        briefing = merged.articles[ref.article].briefing
        incident = next((i for i in briefing.incidents if i.id == ref.id), None)
        if incident is not None:
            accounts.append(Account(ref.article + 1, plain(incident.text)))
    facts = tuple(
        line
        for fact in event.facts
        if fact.name not in ("type", "place", "date") or not fact.agreed
        if (line := _fact_line(fact, names))
    )
    when = event.date or (f"reported {event.first_reported}" if event.first_reported else "undated")
    return Entry(when, what, len({r.article for r in event.reports}), tuple(accounts), facts)


def _fact_line(fact: EventFact, names: dict[str, str]) -> str:
    def shown(value) -> str:
        if fact.name == "perpetrator":
            return names.get(str(value), "?")
        if fact.name == "type":
            return INCIDENT_LABELS.get(str(value), str(value))
        return plain(str(value))

    given = [r for r in fact.reports if r.value is not None]
    if not given:
        return ""
    label = {"killed": "killed", "injured": "injured", "perpetrator": "attributed to"}.get(
        fact.name, fact.name
    )
    if fact.agreed and fact.value is not None:
        qualifiers = {r.qualifier for r in given if r.qualifier}
        shown_qualifiers = ", ".join(sorted(qualifiers))
        qualifier = f" ({shown_qualifiers})" if fact.name == "perpetrator" and qualifiers else ""
        prefix = "at least " if qualifiers == {"at least"} else ""
        return f"{label}: {prefix}{shown(fact.value)}{qualifier}"
    each = "; ".join(
        f"{(r.qualifier + ' ') if r.qualifier == 'at least' else ''}{shown(r.value)}"
        f"{(' (' + r.qualifier + ')') if r.qualifier in ('alleged', 'stated') else ''}"
        f" [{r.report.article + 1}]"
        for r in given
    )
    return f"{label}: reports differ: {each}"


def _notes(
    articles: Sequence[SetArticle], notes: Sequence[ReportNote]
) -> tuple[tuple[str, tuple[ReportNote, ...]], ...]:
    by_article: dict[int, list[ReportNote]] = {}
    for note in notes:
        by_article.setdefault(note.article, []).append(note)
    return tuple(
        (f"[{n + 1}] {plain(articles[n].title)}", tuple(found))
        for n, found in sorted(by_article.items())
        if 0 <= n < len(articles)
    )


# -- Markdown ---------------------------------------------------------------------------


def md(text: str | None) -> str:
    """Plain text as one line of Markdown that shows the same characters."""
    return markdown_text(plain(text))


def report_markdown(merged: BriefingSet, notes: Sequence[ReportNote] = ()) -> str:
    """The report as Markdown."""
    s = report_sections(merged, notes)
    out = [f"# {md(s.title)}", "", md(s.subtitle), "", "## Articles", ""]
    for (n, title, source, counts), url in zip(s.articles, s.urls, strict=True):
        line = f"{n}. **{md(title)}**"
        line += f" — {md(source)}" if source else ""
        out.append(line + f" — {counts}")
        if url:
            out.append(f"   <{plain(url)}>" if is_web_url(plain(url)) else f"   {md(url)}")
    out += ["", "## Who is quoted", "", md(s.unnamed), ""]
    for heading, bars in (("By side", s.sides), ("By actor", s.actors_quoted)):
        if not bars:
            continue
        out += [f"### {heading}", "", "| | quotes | claims | |", "| --- | ---: | ---: | --- |"]
        out += [f"| {md(b.name)} | {b.quotes} | {b.claims} | {'█' * b.width} |" for b in bars]
        out.append("")
    out += ["## Positions", ""]
    if not s.positions:
        out += ["_No positions found._", ""]
    for side in s.positions:
        out += [f"### {md(side.name)}", ""]
        for speaker in side.speakers:
            role = f" ({md(speaker.role)})" if speaker.role else ""
            out.append(f"- **{md(speaker.name)}**{role}")
            out += [f"  - {md(x.cue)}: {md(x.text)} [{x.article}]" for x in speaker.lines]
        out.append("")
    out += ["## Incident timeline", ""]
    if not s.timeline:
        out += ["_No incidents found._", ""]
    for entry in s.timeline:
        outlets = f"{entry.outlets} outlet" + ("s" if entry.outlets != 1 else "")
        out.append(f"- **{md(entry.when)}** — {md(entry.what)} ({outlets})")
        out += [f"  - {md(fact)}" for fact in entry.facts]
        out += [f"  - [{a.article}] {md(a.text)}" for a in entry.accounts]
    out += [
        "",
        "## Actors",
        "",
        "| actor | kind | role, side | articles |",
        "| --- | --- | --- | --- |",
    ]
    out += [f"| {md(name)} | {kind} | {md(role)} | {nums} |" for name, kind, role, nums in s.actors]
    out += ["", "## Notes", ""]
    if not s.notes:
        out += ["_No notes._"]
    for heading, found in s.notes:
        out += [f"### {md(heading)}", ""]
        for note in found:
            out += _note_markdown(note)
    return "\n".join(out).rstrip() + "\n"


def _note_markdown(note: ReportNote) -> list[str]:
    lines = ["*Orphaned: the passage is no longer in the article.*", ""] if note.orphaned else []
    passage = [markdown_text(" ".join(line.split())) for line in _text(note.passage).split("\n")]
    lines += [f"> {line}" if line else ">" for line in passage]
    if note.speaker:
        lines += [">", f"> — {md(note.speaker)}"]
    body = [markdown_text(line.rstrip()) for line in _text(note.body).strip().split("\n")]
    lines += ["", "\n".join(body) or "*(empty note)*", ""]
    meta = [f"Tags: {', '.join(md(t) for t in note.tags)}"] if note.tags else []
    meta += [f"Created {md(note.created)}"] if note.created else []
    return lines + ([" · ".join(meta), ""] if meta else [])


def _text(text: str) -> str:
    """Several lines of plain text: control and format characters dropped, newlines kept."""
    return "".join(
        c if c == "\n" or unicodedata.category(c) not in ("Cc", "Cf") else ""
        for c in clean_text(text)[0]
    )


def is_web_url(url: str) -> bool:
    """A plain http(s) URL, safe to make a link of."""
    return url.lower().startswith(("https://", "http://")) and not any(c in url for c in " <>\"'")
