"""The reader's notices: problems and news that need reading whole (paths
that could not be opened, a missing pipeline, engine warnings, a note not
saved), kept for the session.

They are shown on the screen's message line (the detail strip's rule in
the reader, the status line in the overview) until the next key or a few
seconds, never as toasts over the article; `m` lists them all, whole
(`screens/messages_screen.py`). This module is the log and how a notice is
cut to the room it is shown in.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from tui.safe_text import display_line

MORE = " … m: messages"
"""Ends a notice cut short: where the rest is."""


@dataclass(frozen=True, slots=True)
class Notice:
    text: str
    title: str = ""
    warning: bool = False
    seconds: float = 8.0
    """How long it stays on the message line, unless a key ends it first."""

    @property
    def line(self) -> str:
        """The notice on one line ("Title: text"), safe to show."""
        text = " · ".join(part.strip() for part in self.text.splitlines() if part.strip())
        return display_line(f"{self.title}: {text}" if self.title else text)


class Notices:
    """The session's notices, oldest first, and those not shown yet."""

    def __init__(self) -> None:
        self.all: list[Notice] = []
        self._pending: list[Notice] = []

    def add(self, notice: Notice) -> None:
        self.all.append(notice)
        self._pending.append(notice)

    def take_pending(self) -> list[Notice]:
        """The notices added since the last call (shown together, once)."""
        pending, self._pending = self._pending, []
        return pending


def one_line(notices: list[Notice]) -> str:
    """Several notices that came together, as one message."""
    return " · ".join(notice.line for notice in notices)


def fit(message: str, width: int, lines: int = 1) -> list[str]:
    """The message wrapped to at most `lines` lines of `width` cells, the
    last ending in `MORE` when it does not fit whole."""
    if width <= 0:
        return [message]
    wrapped = textwrap.wrap(message, width, break_on_hyphens=False) or [""]
    if len(wrapped) <= lines:
        return wrapped
    kept = wrapped[:lines]
    last = kept[-1][: max(width - len(MORE), 0)].rstrip()
    kept[-1] = (last + MORE)[-width:] if last else MORE.strip()[:width]
    return kept
