"""What the briefing overview shows, as pure data: a row per open article,
and the briefings annotated so far merged into one set (`merge_briefings`),
with the way back from a merged record to the article it came from.

Rebuilt whenever an article finishes annotating: merging costs a fraction of
a per-cent of annotating, so the overview is always the merge of what is
done, never a patched copy of an older merge.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from annotate.article import Article
from annotate.merge import merge_briefings, set_article, statements
from annotate.model import Briefing, BriefingSet, Claim, Quote, SetEvent
from tui.open_article import DONE, OpenArticle
from tui.safe_text import display_line


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """One open article as the overview lists it."""

    title: str
    source: str  # "The Daily Example · 2024-03-02", or the file name
    counts: str  # "3 quotes · 5 actors · 1 incident", or how far annotation is
    state: str  # as `OpenArticle.state`


@dataclass(frozen=True, slots=True)
class Target:
    """Where a jump from the overview lands: article `number` of the reader,
    at a record of its own briefing (`kind` "quote", "claim", "incident" or
    "actor"; "article" for the article's top)."""

    number: int
    kind: str
    record_id: str = ""


@dataclass(frozen=True, slots=True)
class Overview:
    rows: tuple[ArticleRow, ...]
    merged: BriefingSet | None = None
    """The set of the annotated articles (None before the first is done)."""
    numbers: tuple[int, ...] = ()
    """For each article of `merged`, its number among the open articles."""

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def done(self) -> int:
        """Articles whose annotation is over (ready, failed or impossible)."""
        return sum(row.state in DONE for row in self.rows)


def article_row(doc: OpenArticle) -> ArticleRow:
    article = doc.article
    date = article.date.isoformat() if article.date else ""
    parts = [display_line(article.site or ""), date]
    if not article.site and article.path is not None:
        parts.append(display_line(article.path.name))
    source = " · ".join(part for part in parts if part)
    if doc.state == "ready" and doc.index is not None:
        index = doc.index
        counts = " · ".join(
            _noun(n, word)
            for n, word in (
                (index.count("quote"), "quote"),
                (len(index.actors), "actor"),
                (index.count("incident"), "incident"),
            )
        )
    else:
        counts = doc.counts
    return ArticleRow(doc.title or "Untitled", source, counts, doc.state)


def ready_briefings(docs: Sequence[OpenArticle]) -> list[tuple[int, Article, Briefing]]:
    """(number, article, briefing) of each article annotated so far."""
    return [
        (n, doc.article, doc.index.briefing)
        for n, doc in enumerate(docs)
        if doc.state == "ready" and doc.index is not None
    ]


def merge_ready(
    ready: Sequence[tuple[int, Article, Briefing]],
) -> tuple[BriefingSet | None, tuple[int, ...]]:
    """The set of these briefings, and each one's article number."""
    if not ready:
        return None, ()
    merged = merge_briefings([set_article(article, briefing) for _, article, briefing in ready])
    return merged, tuple(n for n, _, _ in ready)


def build_overview(docs: Sequence[OpenArticle]) -> Overview:
    """The overview of these articles now: every row, and the merge of the
    briefings that are ready."""
    merged, numbers = merge_ready(ready_briefings(docs))
    return Overview(tuple(article_row(doc) for doc in docs), merged, numbers)


def outlets(merged: BriefingSet, event: SetEvent) -> int:
    """How many outlets report an event: articles of different sites (an
    article without a site counts as an outlet of its own)."""
    found = set()
    for ref in event.reports:
        site = merged.articles[ref.article].site
        found.add(site.casefold() if site else f"#{ref.article}")
    return len(found)


def statement_records(merged: BriefingSet) -> dict[tuple[int, str], Quote | Claim]:
    """Every statement of the set by (article, id)."""
    return {
        (n, item.id): item
        for n, article in enumerate(merged.articles)
        for item in statements(article.briefing)
    }


def targets(overview: Overview, key: str) -> list[Target]:
    """Where Enter on an overview entry goes, in order (Enter again goes on
    to the next): its article, each article an actor appears in, each
    report of an event, each statement of a position, of a speaker (else
    their mentions) or of a side."""
    kind, _, rest = key.partition(":")
    merged, numbers = overview.merged, overview.numbers
    if kind == "article":
        return [Target(int(rest), "article")]
    if merged is None:
        return []
    if kind == "actor":
        actor = merged.actor(rest)
        refs = actor.articles if actor is not None else ()
        return [Target(numbers[r.article], "actor", r.id) for r in refs]
    if kind == "event":
        event = next((e for e in merged.events if e.id == rest), None)
        refs = event.reports if event is not None else ()
        return [Target(numbers[r.article], "incident", r.id) for r in refs]
    if kind in ("position", "speaker"):
        said = [
            Target(numbers[s.article], s.kind, s.id)
            for side in merged.positions
            for position in side.positions
            if position.actor == rest
            for s in position.statements
        ]
        return said or (targets(overview, f"actor:{rest}") if kind == "speaker" else [])
    if kind == "side":
        return [
            Target(numbers[s.article], s.kind, s.id)
            for side in merged.positions
            if side.side == rest
            for position in side.positions
            for s in position.statements
        ]
    if kind == "statement":
        article, record_id, statement_kind = rest.split(":")
        return [Target(numbers[int(article)], statement_kind, record_id)]
    return []


def _noun(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")
