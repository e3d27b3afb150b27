"""Annotating the open articles through the annotator, the shown one first,
on worker threads (one at a time, or as many as the annotator runs in
parallel); progress and results come back to the
reader screen as messages, and the articles' states are kept here."""

from __future__ import annotations

import gc
from functools import partial

from textual.dom import DOMNode

from annotate.annotator import AnnotationCancelled, AnnotationFailed, Annotator, PipelineMissing
from tui.briefing_index import BriefingIndex
from tui.messages import AnnotationProblem, AnnotationProgress, AnnotationReady
from tui.open_article import OpenArticle


class AnnotationQueue:
    """The articles of one reader screen; `screen` runs the worker and gets
    its messages."""

    def __init__(self, screen: DOMNode, docs: list[OpenArticle], annotator: Annotator) -> None:
        self.screen = screen
        self.docs = docs
        self.annotator = annotator
        self.pipeline_help = ""
        """Why there is no pipeline and how to install one, once known."""

    def start(self, shown: int) -> int | None:
        """Annotate waiting articles (`shown` first), as many at once as the
        annotator runs in parallel (`parallel`, one engine process each; one
        when it says nothing); returns the number of the first started."""
        slots = max(1, int(getattr(self.annotator, "parallel", 1)))
        busy = sum(doc.state in ("loading", "annotating") for doc in self.docs)
        first = None
        for number in [shown, *(n for n in range(len(self.docs)) if n != shown)]:
            if busy >= slots:
                break
            if self.docs[number].state == "waiting":
                self.docs[number].state = "loading"
                busy += 1
                self.screen.run_worker(
                    partial(self._annotate, number),
                    thread=True,
                    group="annotate",
                    exit_on_error=False,
                )
                first = number if first is None else first
        return first

    def _annotate(self, number: int) -> None:
        """On the worker thread."""
        doc, target = self.docs[number], self.screen

        def progress(fraction: float | None) -> None:
            target.post_message(AnnotationProgress(number, fraction))

        try:
            briefing = self.annotator.annotate(
                doc.article.text, doc.article.title, progress, doc.article.date
            )
            index = BriefingIndex(briefing, doc.article.text)
            keep_out_of_collections()
        except PipelineMissing as error:
            target.post_message(AnnotationProblem(number, error.short, True, str(error)))
        except AnnotationCancelled:
            pass
        except Exception as error:  # a bug in the engine must not take the text away
            why = str(error) if isinstance(error, AnnotationFailed) else _one_line(error)
            target.post_message(AnnotationProblem(number, f"Annotation failed ({why})", False))
        else:
            target.post_message(AnnotationReady(number, index))

    # -- what the messages change ---------------------------------------------------------

    def progressed(self, message: AnnotationProgress) -> None:
        doc = self.docs[message.number]
        if message.fraction is None:
            doc.state = "loading"
        else:
            doc.state, doc.progress = "annotating", message.fraction

    def ready(self, message: AnnotationReady) -> None:
        doc = self.docs[message.number]
        doc.index, doc.state, doc.progress = message.index, "ready", 1.0

    def failed(self, message: AnnotationProblem) -> None:
        doc = self.docs[message.number]
        doc.state = "missing" if message.missing else "failed"
        doc.message = message.message
        if message.missing:  # no pipeline for the others either
            self.pipeline_help = message.detail or message.message
            for other in self.docs:
                if other.state == "waiting":
                    other.state, other.message = "missing", message.message


def keep_out_of_collections() -> None:
    """A big briefing is hundreds of thousands of long-lived records; left
    in the collector's generations, a full collection during a key press
    walks them all (seen as 180 ms stalls on `n`). Move them out of the
    collector's sight, on the worker's thread and without a collection
    first (that held the screen for 0.1-0.25 s on 2.5 MB): the records
    come whole from the annotator, with little garbage around them."""
    gc.freeze()


def _one_line(error: BaseException) -> str:
    first = str(error).splitlines()[0] if str(error) else ""
    return type(error).__name__ + (f": {first}" if first else "")
