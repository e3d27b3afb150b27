"""Chunks through `nlp.pipe` in batches, in this process or in worker processes.

A batch returns plain records (`Parts`), never a `Doc`, so it can cross a
process boundary. A batch the pipeline cannot get through is parsed again
chunk by chunk, so one bad chunk costs only itself: it comes back empty,
with a warning.
"""

from __future__ import annotations

import datetime
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from annotate.assembly import Parts, parts_from_doc
from annotate.failures import Failure, describe, raising

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Characters per `nlp.pipe` batch: many short articles share one, a long
# article's chunks go one by one.
BATCH_CHARS = 50_000

# A planned piece of work: (item index, offset of the chunk in its text, chunk,
# the article's date, which incident dates are read against).
Piece = tuple[int, int, str, "datetime.date | None"]
# What a batch gives back: (item index, parts, characters) per piece.
BatchParts = list[tuple[int, Parts, int]]


def batches(plan: list[Piece], batch_chars: int) -> list[list[Piece]]:
    """Consecutive pieces grouped into batches of at most `batch_chars`
    characters (a bigger piece is a batch of its own)."""
    out: list[list[Piece]] = []
    size = batch_chars + 1
    for piece in plan:
        if size + len(piece[2]) > batch_chars:
            out.append([])
            size = 0
        out[-1].append(piece)
        size += len(piece[2])
    return out


def parse_batch(nlp: Language, batch: list[Piece]) -> BatchParts:
    """The batch's parts; if the pipeline raises, each chunk on its own."""
    try:
        docs = nlp.pipe(
            [_dated_doc(nlp, chunk, day) for _, _, chunk, day in batch], batch_size=len(batch)
        )
        return [
            (i, parts_from_doc(doc, offset), len(chunk))
            for (i, offset, chunk, _), doc in zip(batch, docs, strict=True)
        ]
    except Exception:
        if raising():
            raise
        if len(batch) == 1:
            return [_parse_alone(nlp, batch[0])]
        return [_parse_alone(nlp, piece) for piece in batch]


def _dated_doc(nlp: Language, text: str, published: datetime.date | None) -> Doc:
    """A tokenised doc carrying the article's date for the components, and
    its text: the tokenizer keeps every character, so `doc.text` is `text`,
    which spares `doc_text` joining the tokens again (about 0.5 ms a doc)."""
    doc = nlp.make_doc(text)
    doc._.published = published
    doc.user_data["briefing_text"] = text
    return doc


def _parse_alone(nlp: Language, piece: Piece) -> tuple[int, Parts, int]:
    i, offset, chunk, day = piece
    try:
        return i, parts_from_doc(nlp(_dated_doc(nlp, chunk, day)), offset), len(chunk)
    except Exception as error:
        failure = Failure("pipeline", "nothing annotated", describe(error))
        return i, Parts(failures=[failure.shifted(offset, len(chunk))]), len(chunk)


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


def _parse_in_worker(batch: list[Piece]) -> BatchParts:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_nlp is not None
    return parse_batch(_worker_nlp, batch)


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


def parse_in_processes(
    work: list[list[Piece]], nlp: Language | None, jobs: int, quiet: bool
) -> Iterator[BatchParts]:
    """Parse batches in `jobs` worker processes, results in batch order.

    A worker process that dies (a crash inside compiled code, the memory
    killer) breaks the pool: the batch being waited for is then parsed again
    alone in a fresh process, and if that dies too its chunks come back
    empty with a warning; the other batches go on in a fresh pool.
    """
    global _worker_nlp
    # Forking is quick and shares a loaded pipeline, but only safe while this
    # process has a single thread (the reader runs us from a worker thread).
    fork = "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if context.get_start_method() == "fork":
        _worker_nlp = nlp  # the children share the parent's loaded pipeline
    else:
        _start_resource_tracker()

    def pool_for(count: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=min(jobs, max(1, count)),
            mp_context=context,
            initializer=_init_worker,
            initargs=(None, quiet),
        )

    done = 0
    try:
        while done < len(work):
            pool = pool_for(len(work) - done)
            try:
                for result in pool.map(_parse_in_worker, work[done:]):
                    yield result
                    done += 1
            except BrokenProcessPool:
                yield _alone(pool_for(1), work[done])
                done += 1
            finally:
                pool.shutdown(wait=False, cancel_futures=True)
    finally:
        _worker_nlp = None


def _alone(pool: ProcessPoolExecutor, batch: list[Piece]) -> BatchParts:
    """A batch parsed by itself in a fresh process; if that process dies too,
    its chunks are empty, each with a warning."""
    try:
        return pool.submit(_parse_in_worker, batch).result()
    except BrokenProcessPool:
        failure = Failure("pipeline", "nothing annotated", "the process parsing it died")
        return [
            (i, Parts(failures=[failure.shifted(offset, len(chunk))]), len(chunk))
            for i, offset, chunk, _ in batch
        ]
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
