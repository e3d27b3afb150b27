"""The reader's answers to the annotation queue: progress shown in the
header and status line, a briefing shown when ready, and a missing pipeline
or failed run said plainly, on the message line and in the messages (`m`)
(a mixin of `ReaderScreen`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.messages import AnnotationProblem, AnnotationProgress, AnnotationReady

if TYPE_CHECKING:
    from tui.screens.reader_screen import ReaderScreen


class AnnotationEvents:
    """Handlers of the annotation queue's messages."""

    def on_annotation_progress(self: ReaderScreen, message: AnnotationProgress) -> None:
        self.annotation.progressed(message)
        if message.number == self.number:
            self._show_status()
            self._show_title()

    def on_annotation_ready(self: ReaderScreen, message: AnnotationReady) -> None:
        self.annotation.ready(message)
        self.finished += 1  # the overview follows this count
        if message.number == self.number:
            self._show_index()
            self.watch_current(self.current)
        self.annotation.start(self.number)

    def on_annotation_problem(self: ReaderScreen, message: AnnotationProblem) -> None:
        self.annotation.failed(message)
        self.finished += 1
        if message.number == self.number:
            self._show_index()
        if message.missing:
            self.app.notify(
                self.annotation.pipeline_help,
                title="No highlights",
                severity="warning",
                timeout=30,
                markup=False,
            )
        else:
            self.annotation.start(self.number)

    def _not_ready(self: ReaderScreen) -> None:
        doc = self.doc
        if doc.state == "missing":  # the whole story is in the messages (m) already
            self.say(self.annotation.pipeline_help, seconds=15, warning=True)
        elif doc.state == "failed":
            self.say(doc.message, seconds=6, warning=True)
        else:
            self.say("Still annotating: highlights come when it is done.")
