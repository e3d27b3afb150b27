"""The real annotator behind the reader's seam: the cache first, then the
spaCy engine, by default in a child process (`engine_process`).

Imports nothing heavy until `annotate` runs (on the reader's worker thread,
after the first paint).
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from annotate.annotator import AnnotationCancelled, Progress
from annotate.model import Briefing, text_sha256

if TYPE_CHECKING:
    from spacy.language import Language

    from annotate.engine_process import EngineProcess

DEFAULT_JOBS = 2  # worker processes for a long text (one per core here)


class SpacyAnnotator:
    """Briefings from the cache (keyed by text, engine version and pipeline),
    else from the pipeline: in a child process (`isolated`, the default: the
    reader's own process never parses, so it never stutters), or in this
    process with `nlp` (tests that share one loaded pipeline)."""

    def __init__(
        self,
        *,
        isolated: bool = True,
        jobs: int = DEFAULT_JOBS,
        nlp: Language | None = None,
        cache: bool = True,
    ) -> None:
        self._isolated = isolated and nlp is None
        self._jobs = max(1, min(jobs, os.cpu_count() or 1))
        self._nlp = nlp
        self._cache = cache
        self._lock = threading.Lock()
        self._processes: list[EngineProcess] = []
        self._idle: list[EngineProcess] = []
        self._closed = False
        self.parallel = self._jobs if self._isolated else 1
        """Articles annotated at once: one engine process each, up to a core
        each (several short articles of a folder then share the cores)."""

    @property
    def loaded(self) -> bool:
        """Whether a pipeline was ever loaded (or a child started) for this annotator."""
        return self._nlp is not None or bool(self._processes)

    def annotate(
        self, text: str, title: str, progress: Progress, published: dt.date | None = None
    ) -> Briefing:
        from annotate.cache import load_cached, store
        from annotate.engine import ENGINE_VERSION
        from annotate.pipeline import pipeline_name

        if self._closed:
            raise AnnotationCancelled
        name = pipeline_name()
        if self._cache:
            cached = load_cached(
                text_sha256(text), ENGINE_VERSION, name, len(text), published=published
            )
            if cached is not None:
                return cached if cached.title == title else replace(cached, title=title)
        progress(None)
        if self._isolated:
            child = self._child(name)
            try:
                return child.annotate(text, title, progress, self._cache, published)
            finally:
                with self._lock:
                    self._idle.append(child)
        briefing = self._in_process(text, title, name, progress, published)
        if self._cache:
            store(briefing, name, published=published)
        return briefing

    def _child(self, name: str) -> EngineProcess:
        """An idle engine process, started when none is idle (each caller
        holds its own until done; at most `parallel` are asked for at once)."""
        from annotate.engine_process import EngineProcess

        with self._lock:
            if self._idle:
                child = self._idle.pop()
            else:
                child = EngineProcess(name, self._jobs)
                self._processes.append(child)
            if self._closed:  # closed while starting it
                child.close()
            return child

    def _in_process(
        self, text: str, title: str, name: str, progress: Progress, published: dt.date | None
    ) -> Briefing:
        from annotate.engine import annotate_text
        from annotate.pipeline import load_pipeline

        with self._lock:
            if self._nlp is None:
                self._nlp = load_pipeline(name)
        progress(0.0)

        def batch_done(done: int, total: int) -> None:
            if self._closed:  # the reader quit: stop at this batch
                raise AnnotationCancelled
            progress(done / max(total, 1))

        return annotate_text(text, self._nlp, title=title, progress=batch_done, published=published)

    def close(self) -> None:
        self._closed = True
        for process in list(self._processes):  # no lock: a pipeline may be loading under it
            process.close()
