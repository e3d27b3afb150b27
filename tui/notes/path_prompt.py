"""Ask for a file path (to write notes to): Enter accepts, Escape cancels.

`write_to_chosen_file` is the whole dialogue: ask for the path, refuse the
article itself, ask before replacing an existing file (n asks for the path
again), write, and report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from annotate.atomic_file import write_text_file
from tui.notes.files import needs_asking, one_line, refusal
from tui.screens.confirm import Confirm


class PathPrompt(ModalScreen[Path | None]):
    """A one-line path input, prefilled with a suggestion; returns the path
    (with `~` expanded) or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, question: str, suggestion: str) -> None:
        super().__init__()
        self._question = question
        self._suggestion = suggestion

    def compose(self) -> ComposeResult:
        with Vertical(id="path-body"):
            yield Static(Content(self._question), markup=False, id="path-question")
            yield Input(self._suggestion, id="path-input")
            yield Static(
                Content("Enter writes the file · Escape cancels"), markup=False, id="path-hint"
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        self.dismiss(Path(value).expanduser() if value else None)


def write_to_chosen_file(
    app: Any,
    question: str,
    suggestion: str,
    text: str,
    *,
    article: Path | None,
    written: Callable[[Path, bool], None],
    failed: Callable[[str], None],
    keep: tuple[Path, ...] = (),
) -> None:
    """Ask where to write `text`, then write it there: never over `article`
    or the files in `keep` (`failed` gets the one-line reason), and over
    another existing file only after a yes. `written(path, replaced)` is
    called once the file is written."""

    def write(path: Path, replaced: bool) -> None:
        try:
            write_text_file(path, text)
        except OSError as error:
            failed(one_line(path, error))
            return
        written(path, replaced)

    def chosen(path: Path | None) -> None:
        if path is None:
            return
        refused = refusal(path, article, keep)
        if refused is not None:
            failed(refused)
            return
        if not needs_asking(path, article):
            write(path, path.exists())
            return

        def answered(replace: bool | None) -> None:
            if replace:
                write(path, True)
            else:
                app.push_screen(PathPrompt(question, str(path)), chosen)

        app.push_screen(
            Confirm(f"Replace {path}?", "That file exists; it will be overwritten.", "y replace"),
            answered,
        )

    app.push_screen(PathPrompt(question, suggestion), chosen)
