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
        self._process: EngineProcess | None = None
        self._closed = False

    @property
    def loaded(self) -> bool:
        """Whether a pipeline was ever loaded (or a child started) for this annotator."""
        return self._nlp is not None or self._process is not None

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
            return self._child(name).annotate(text, title, progress, self._cache, published)
        briefing = self._in_process(text, title, name, progress, published)
        if self._cache:
            store(briefing, name, published=published)
        return briefing

    def _child(self, name: str) -> EngineProcess:
        from annotate.engine_process import EngineProcess

        with self._lock:
            if self._process is None:
                self._process = EngineProcess(name, self._jobs)
            if self._closed:  # closed while starting it
                self._process.close()
            return self._process

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
        process = self._process  # no lock: a pipeline may be loading under it
        if process is not None:
            process.close()
