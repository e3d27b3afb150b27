"""The seam between the reader and the engine: an `Annotator` turns an
article's text into a `Briefing`.

The reader holds one and calls it from a worker thread; it never loads a
pipeline itself. `annotate.spacy_annotator.SpacyAnnotator` is the real one
(cache, then spaCy in a child process); tests hand the reader fixed
briefings through the same protocol. Nothing here imports spaCy or Textual.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from annotate.model import Briefing
from annotate.pipeline import PipelineMissing

Progress = Callable[[float | None], None]
"""Called as the work goes on: None while the pipeline loads, then the
fraction of the text done (0.0 to 1.0)."""

__all__ = [
    "AnnotationCancelled",
    "AnnotationFailed",
    "Annotator",
    "PipelineMissing",
    "Progress",
]


class AnnotationCancelled(Exception):
    """The annotator was closed while this annotation ran (the reader quit)."""


class Annotator(Protocol):
    """Whatever gives the reader its briefings."""

    def annotate(
        self, text: str, title: str, progress: Progress, published: dt.date | None = None
    ) -> Briefing:
        """The briefing of `text`; `published` is the article's date where its
        page gives one (relative dates in the text resolve against it).

        Raises `PipelineMissing` (with a one-line `short`) when there is no
        engine to run, `AnnotationCancelled` after `close`, and anything else
        when the engine fails on this text."""
        ...

    def close(self) -> None:
        """Stop any running annotation and free what the annotator holds."""
        ...


class AnnotationFailed(Exception):
    """The engine failed on this text; the message is one line naming why."""
