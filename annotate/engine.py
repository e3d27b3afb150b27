"""From text to `Briefing`: run the pipeline, read the components' results
off each `Doc`, and turn them into plain records.

Long texts are split at paragraph boundaries (never inside an open
quotation) into chunks below `CHUNK_CHARS`, annotated separately, and
stitched back with their offsets; nothing is rejected or truncated. No `Doc`
outlives the function that made it.
"""

from __future__ import annotations

import datetime
import multiprocessing
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from annotate.incident_dates import article_date
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
from annotate.positions import build_positions

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Bump when the engine's output changes, so cached briefings are rebuilt.
ENGINE_VERSION = "5"

# Chunks stay well below spaCy's max_length: the parser's memory grows with
# the characters it holds at once (measured on 411k characters of PolNeAR dev:
# peak RSS 540 MB with 100k-character chunks, 345 MB with 50k, and no slower).
CHUNK_CHARS = 50_000
# Characters per `nlp.pipe` batch: many short articles share one, a long
# article's chunks go one by one.
BATCH_CHARS = 50_000

_SENTENCE_END = re.compile(r"[.!?…][”’\"')\]]*\s+")
_MAX_TRIES = 50  # sentence ends tried per cut before falling back to a space

Progress = Callable[[int, int], None]  # (characters done, characters in all)


@dataclass
class Parts:
    """What one chunk yields, with offsets already shifted into the whole text."""

    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def chunk_text(text: str, limit: int | None = None) -> list[tuple[int, str]]:
    """Split text into (offset, chunk) pieces of at most `limit` characters
    (default `CHUNK_CHARS`) whose concatenation is the text.

    Cuts fall at paragraph starts outside any quotation (including quotes
    that run over paragraphs); a stretch without one is cut after a sentence
    outside quotation marks, else at a space, and only text with no space at
    all is cut mid-word.
    """
    limit = max(1, limit or CHUNK_CHARS)
    if len(text) <= limit:
        return [(0, text)]
    safe = _paragraph_starts_outside_quotes(text)
    chunks: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = _best_cut(text, start, limit, safe)
        chunks.append((start, text[start:cut]))
        start = cut
    chunks.append((start, text[start:]))
    return chunks


def _best_cut(text: str, start: int, limit: int, safe: set[int]) -> int:
    """Where the chunk starting at `start` should end (exclusive)."""
    window_end = start + limit
    pos = text.rfind("\n", start, window_end)
    while pos != -1:
        if pos + 1 in safe and pos + 1 > start:
            return pos + 1
        pos = text.rfind("\n", start, pos)
    floor = start + limit // 2  # don't make chunks much smaller than the limit
    ends = [m.end() for m in _SENTENCE_END.finditer(text, floor, window_end)]
    for cut in reversed(ends[-_MAX_TRIES:]):
        if cut > start and not _inside_quote(text, cut):
            return cut
    for sep in ("\n", " ", "\t"):
        pos = text.rfind(sep, floor, window_end)
        if pos != -1:
            return pos + 1
    return window_end


def _paragraph_starts_outside_quotes(text: str) -> set[int]:
    """Offsets of line starts where no quotation is open.

    A line whose last quotation mark opens a quote, followed (after any blank
    lines) by one that starts with an opening mark, is the newspaper
    convention for a quote that runs on: the lines between are inside it.
    """
    safe: set[int] = set()
    inside = False
    pos = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped:
            if not (inside and stripped.startswith(("“", '"'))):
                inside = False
                safe.add(pos)
            inside = line.rfind("“") > line.rfind("”") or line.count('"') % 2 == 1
        elif not inside:
            safe.add(pos)
        pos += len(line) + 1
    return safe


def _inside_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies inside quotation marks opened on its own line."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1


def parts_from_doc(doc: Doc, offset: int = 0) -> Parts:
    """Read the components' results off a doc into records (local ids)."""
    index = doc._.actors
    parts = Parts()
    text = doc.text  # Doc.text joins every token anew: read it once

    def shift(span: tuple[int, int] | None) -> Span | None:
        return None if span is None else Span(span[0] + offset, span[1] + offset)

    def cue(span: tuple[int, int] | None) -> Cue | None:
        if span is None:
            return None
        return Cue(span[0] + offset, span[1] + offset, text[span[0] : span[1]])

    def speaker(span: tuple[int, int] | None) -> str | None:
        return None if span is None or index is None else index.actor_at(*span)

    for actor in index.actors if index else []:
        mentions = tuple(Span(m.start + offset, m.end + offset) for m in actor.mentions)
        parts.actors.append(replace(actor, mentions=mentions))
    for att in doc._.attributions or []:
        start, end = att.content
        common = dict(
            start=start + offset,
            end=end + offset,
            text=text[start:end],
            speaker=speaker(att.source),
            source=shift(att.source),
            cue=cue(att.cue),
        )
        if att.quoted:
            parts.quotes.append(Quote(id="", **common))
        else:
            parts.claims.append(Claim(id="", cue_class=att.cue_class, **common))
    for incident in doc._.incidents or []:
        mentions = tuple(Span(m.start + offset, m.end + offset) for m in incident.mentions)
        parts.incidents.append(
            replace(
                incident,
                start=incident.start + offset,
                end=incident.end + offset,
                mentions=mentions,
            )
        )
    for pattern in doc._.incident_patterns or []:
        parts.patterns.append(
            replace(pattern, start=pattern.start + offset, end=pattern.end + offset)
        )
    return parts


_PRONOUNS = frozenset(
    "i me my we us our you your he him his she her hers it its they them their theirs".split()
)


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def _names_it(alias: str) -> bool:
    """An alias that can identify an actor across chunks: a proper name, not
    a pronoun or a description ("She", "the ambassador")."""
    key = _key(alias)
    return (
        bool(key)
        and alias[:1].isupper()
        and key not in _PRONOUNS
        and not key.startswith(("the ", "a ", "an ", "one "))
    )


class _ActorMerger:
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
        self._by_name.setdefault(_key(actor.name), index)
        for alias in (actor.name, *actor.aliases):
            if _names_it(alias):
                self._by_alias.setdefault(_key(alias), set()).add(index)

    def _match(self, actor: Actor) -> int | None:
        named = self._by_name.get(_key(actor.name))
        if named is not None and named < self._earlier:
            return named
        for alias in (actor.name, *actor.aliases):
            found = self._by_alias.get(_key(alias), set()) if _names_it(alias) else set()
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
    return len(short_words) == 1 < len(full_words) and _key(short) == _key(full_words[-1])


def assemble(text: str, title: str, chunks: Sequence[Parts]) -> Briefing:
    """Merge chunk results into one briefing with stable, ordered ids.

    Actors found in several chunks become one (see `_ActorMerger`); speakers,
    sources of affiliation and perpetrators are mapped to the merged ids.
    """
    merger = _ActorMerger()
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
    incidents = [
        replace(
            x,
            id=f"i{i}",
            perpetrator=actor_id(n, x.perpetrator),
            victims=tuple(v for v in (actor_id(n, v) for v in x.victims) if v),
        )
        for i, (n, x) in enumerate(((n, x) for n, p in enumerate(chunks) for x in p.incidents), 1)
    ]
    patterns = [
        replace(x, id=f"p{i}") for i, x in enumerate((x for p in chunks for x in p.patterns), 1)
    ]
    return Briefing(
        title=title,
        text_sha256=text_sha256(text),
        actors=tuple(final_actors),
        quotes=tuple(quotes),
        claims=tuple(claims),
        incidents=tuple(incidents),
        positions=tuple(build_positions(final_actors, quotes, claims)),
        engine=ENGINE_VERSION,
        patterns=tuple(patterns),
    )


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
) -> Briefing:
    """Annotate one article of any length (see `annotate_texts` for the options)."""
    briefings = annotate_texts(
        [(text, title, published)],
        nlp,
        jobs=jobs,
        isolated=isolated,
        progress=progress,
        chunk_chars=chunk_chars,
    )
    return next(briefings)


# A planned piece of work: (item index, offset of the chunk in its text, chunk,
# the article's date).
_Piece = tuple[int, int, str, "datetime.date | None"]
# (text, title) or (text, title, published): the date a page's metadata gives.
Item = tuple[str, str] | tuple[str, str, "datetime.date | None"]


def annotate_texts(
    items: Iterable[Item],
    nlp: Language | None = None,
    *,
    jobs: int = 1,
    isolated: bool = False,
    chunk_chars: int | None = None,
    batch_chars: int | None = None,
    progress: Progress | None = None,
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
    characters after each batch.
    """
    items = [(item[0], item[1], item[2] if len(item) > 2 else None) for item in items]
    in_processes = jobs > 1 or isolated
    if not in_processes and nlp is None:
        from annotate.pipeline import load_pipeline

        nlp = load_pipeline()
    limit = chunk_chars or CHUNK_CHARS
    if nlp is not None:
        limit = min(limit, nlp.max_length)
    plan = [
        (i, offset, chunk, article_date(text, published))
        for i, (text, _, published) in enumerate(items)
        for offset, chunk in chunk_text(text, limit)
    ]
    batches = _batches(plan, batch_chars or BATCH_CHARS)
    total = sum(len(item[0]) for item in items)
    if in_processes:
        results = _parse_in_processes(batches, nlp, max(1, jobs), quiet=isolated)
    else:
        assert nlp is not None
        results = (_parse_batch(nlp, batch) for batch in batches)

    done, current = 0, 0
    pending: list[Parts] = []
    for batch_parts in results:
        for i, parts, size in batch_parts:
            while i > current:
                yield assemble(*items[current][:2], pending)
                pending, current = [], current + 1
            pending.append(parts)
            done += size
        if progress:
            progress(done, total)
    while current < len(items):
        yield assemble(*items[current][:2], pending)
        pending, current = [], current + 1


def _batches(plan: list[_Piece], batch_chars: int) -> list[list[_Piece]]:
    """Consecutive pieces grouped into batches of at most `batch_chars`
    characters (a bigger piece is a batch of its own)."""
    batches: list[list[_Piece]] = []
    size = batch_chars + 1
    for piece in plan:
        if size + len(piece[2]) > batch_chars:
            batches.append([])
            size = 0
        batches[-1].append(piece)
        size += len(piece[2])
    return batches


_BatchParts = list[tuple[int, Parts, int]]  # (item index, parts, characters)


def _parse_batch(nlp: Language, batch: list[_Piece]) -> _BatchParts:
    docs = nlp.pipe(
        [_dated_doc(nlp, chunk, day) for _, _, chunk, day in batch], batch_size=len(batch)
    )
    return [
        (i, parts_from_doc(doc, offset), len(chunk))
        for (i, offset, chunk, _), doc in zip(batch, docs, strict=True)
    ]


def _dated_doc(nlp: Language, text: str, published: datetime.date | None) -> Doc:
    """A tokenised doc carrying the article's date for the components."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return doc


# The pipeline of a worker process (inherited when the platform forks).
_worker_nlp: Language | None = None
_worker_error: Exception | None = None


def _init_worker(name: str | None, quiet: bool) -> None:
    """Load the pipeline once per worker; Ctrl-C is the parent's to handle,
    and a quiet worker cannot write on a terminal that a UI owns."""
    global _worker_nlp, _worker_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if quiet:
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
    if _worker_nlp is None:
        from annotate.pipeline import load_pipeline

        try:
            _worker_nlp = load_pipeline(name)
        except Exception as error:  # reported with the first batch, not lost
            _worker_error = error


def _parse_in_worker(batch: list[_Piece]) -> _BatchParts:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_nlp is not None
    return _parse_batch(_worker_nlp, batch)


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr (/dev/null)
    when a UI has replaced sys.stderr (Textual's has no file descriptor, and
    spawning would fail with "bad value(s) in fds_to_keep")."""
    from multiprocessing import resource_tracker

    try:
        if sys.stderr is not None and sys.stderr.fileno() >= 0:
            return
    except (AttributeError, OSError, ValueError):
        pass
    saved = sys.stderr
    with open(os.devnull, "w") as devnull:
        sys.stderr = devnull
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = saved


def _parse_in_processes(
    batches: list[list[_Piece]], nlp: Language | None, jobs: int, quiet: bool
) -> Iterator[_BatchParts]:
    """Parse batches in `jobs` worker processes, results in batch order."""
    global _worker_nlp
    # Forking is quick and shares a loaded pipeline, but only safe while this
    # process has a single thread (the reader runs us from a worker thread).
    fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if context.get_start_method() == "fork":
        _worker_nlp = nlp  # the children share the parent's loaded pipeline
    else:
        _start_resource_tracker()
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, max(1, len(batches))),
        mp_context=context,
        initializer=_init_worker,
        initargs=(None, quiet),
    )
    try:
        yield from pool.map(_parse_in_worker, batches)
    finally:
        _worker_nlp = None
        pool.shutdown(wait=False, cancel_futures=True)
