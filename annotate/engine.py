"""From text to `Briefing`: the engine's public entry points.

Texts are cut into chunks (`chunking`), parsed in batches in this process or
in workers (`batching`), and each text's chunks are assembled into one
briefing (`assembly`); nothing is rejected or truncated, and no `Doc`
outlives the batch that made it. A step that fails on one article costs that
article only what the step would have added, with a warning in its briefing.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from annotate.assembly import Parts, assemble, parts_from_doc
from annotate.batching import BATCH_CHARS, BatchParts, Piece, batches, parse_batch
from annotate.batching import parse_in_processes as _parse_in_processes
from annotate.chunking import CHUNK_CHARS, chunk_text
from annotate.incident_article_dates import article_date
from annotate.model import Briefing

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "BATCH_CHARS",
    "CHUNK_CHARS",
    "ENGINE_VERSION",
    "Parts",
    "Progress",
    "annotate_text",
    "annotate_texts",
    "assemble",
    "chunk_text",
    "parts_from_doc",
]

# Bump when the engine's output changes, so cached briefings are rebuilt.
ENGINE_VERSION = "45"

Progress = Callable[[int, int], None]  # (characters done, characters in all)
# (text, title) or (text, title, published): the date a page's metadata gives.
Item = tuple[str, str] | tuple[str, str, "datetime.date | None"]


def annotate_text(
    text: str,
    nlp: Language | None = None,
    title: str = "",
    progress: Progress | None = None,
    *,
    chunk_chars: int | None = None,
    jobs: int = 1,
    isolated: bool = False,
    published: datetime.date | None = None,
    all_incidents: bool = False,
) -> Briefing:
    """Annotate one article of any length (see `annotate_texts` for the options)."""
    briefings = annotate_texts(
        [(text, title, published)],
        nlp,
        jobs=jobs,
        isolated=isolated,
        progress=progress,
        chunk_chars=chunk_chars,
        all_incidents=all_incidents,
    )
    return next(briefings)


def annotate_texts(
    items: Iterable[Item],
    nlp: Language | None = None,
    *,
    jobs: int = 1,
    isolated: bool = False,
    chunk_chars: int | None = None,
    batch_chars: int | None = None,
    progress: Progress | None = None,
    all_incidents: bool = False,
) -> Iterator[Briefing]:
    """Annotate (text, title) pairs, or (text, title, published) triples,
    yielding briefings in the same order. `published` (a `datetime.date` or
    None) is the article's date; without one a dateline in the text is used.
    Incident dates are normalised against it.

    Every text is cut into chunks (`chunk_text`) and the chunks go through
    `nlp.pipe` in batches of about `batch_chars` characters, so many short
    articles share batches while a long one never puts megabytes in one batch
    (memory grows with the characters in a batch). With `jobs` > 1 the batches
    are parsed by that many worker processes, each loading the pipeline once
    and returning plain records; no `Doc` crosses a process or outlives its
    batch. `isolated` parses in a worker process even with one job: a caller
    on a thread beside a UI (the reader) then never waits for the GIL while
    spaCy's compiled parser holds it for a whole batch, and its own process
    does not load the pipeline; its workers' output goes to /dev/null so it
    cannot reach a terminal the UI owns. `progress(done, total)` is called in
    characters after each batch. `all_incidents` lists every incident found,
    however unsure (see `incident_confidence`); only its fit wants that.
    """
    items = list(items)
    in_processes = jobs > 1 or isolated
    if not in_processes and nlp is None:
        from annotate.pipeline import load_pipeline

        nlp = load_pipeline()
    limit = chunk_chars or CHUNK_CHARS
    if nlp is not None:
        limit = min(limit, nlp.max_length)
    dates = [article_date(item[0], item[2] if len(item) > 2 else None) for item in items]
    plan: list[Piece] = [
        (i, offset, chunk, dates[i])
        for i, item in enumerate(items)
        for offset, chunk in chunk_text(item[0], limit)
    ]
    work = batches(plan, batch_chars or BATCH_CHARS)
    total = sum(len(item[0]) for item in items)
    results: Iterable[BatchParts]
    if in_processes:
        results = _parse_in_processes(work, nlp, max(1, jobs), quiet=isolated)
    else:
        assert nlp is not None
        results = (parse_batch(nlp, batch) for batch in work)

    done, current = 0, 0
    pending: list[Parts] = []
    for batch_parts in results:
        for i, parts, size in batch_parts:
            while i > current:
                yield assemble(
                    *items[current][:2], pending, ENGINE_VERSION, all_incidents=all_incidents
                )
                pending, current = [], current + 1
            pending.append(parts)
            done += size
        if progress:
            progress(done, total)
    while current < len(items):
        yield assemble(*items[current][:2], pending, ENGINE_VERSION, all_incidents=all_incidents)
        pending, current = [], current + 1
