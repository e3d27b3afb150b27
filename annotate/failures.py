"""A failure of one step on one article, as the engine records it.

A component or engine step that raises does not end the run: the briefing
keeps what the other steps produced, and carries an `EngineWarning` saying
which step failed, what is missing because of it, and the error in one line.
No spaCy here: the engine's assembly and the CLI read these without loading
a pipeline.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass

from annotate.model import EngineWarning

MESSAGE_CHARS = 200  # one line in a status bar or on stderr

# Set (to anything) to let a failing step's exception propagate: for debugging.
RAISE_ENV = "BRIEFING_RAISE"


@dataclass(frozen=True, slots=True)
class Failure:
    """One step that failed: its short name, what the briefing lacks
    because of it, the error in one line, and the characters it covered
    (None: the whole article)."""

    component: str
    missing: str
    error: str
    span: tuple[int, int] | None = None

    def shifted(self, offset: int, length: int) -> Failure:
        """The same failure on a chunk of `length` characters at `offset`."""
        return Failure(self.component, self.missing, self.error, (offset, offset + length))

    def warning(self, text_length: int) -> EngineWarning:
        where = ""
        if self.span is not None and self.span != (0, text_length):
            where = f" in characters {self.span[0]:,}–{self.span[1]:,}"
        return EngineWarning(self.component, f"{self.missing}{where} ({self.error})")


def raising() -> bool:
    """Whether failures should propagate (`BRIEFING_RAISE` set) instead of being recorded."""
    return bool(os.environ.get(RAISE_ENV))


def describe(error: BaseException) -> str:
    """An exception in one line: its type, message and innermost engine frame."""
    text = " ".join(str(error).split())
    line = f"{type(error).__name__}: {text}" if text else type(error).__name__
    frames = [
        f
        for f in traceback.extract_tb(error.__traceback__)
        if os.sep + "annotate" + os.sep in f.filename
    ]
    if frames:
        where = frames[-1]
        line += f", at {os.path.basename(where.filename)}:{where.lineno} in {where.name}"
    if len(line) > MESSAGE_CHARS:
        line = line[: MESSAGE_CHARS - 1] + "…"
    return line


def warnings_of(failures: list[Failure], text_length: int) -> tuple[EngineWarning, ...]:
    """One warning per distinct failure, in order; repeats on several chunks
    of one article are said once, naming where they happened."""
    merged: dict[tuple[str, str, str], list[tuple[int, int] | None]] = {}
    for failure in failures:
        merged.setdefault((failure.component, failure.missing, failure.error), []).append(
            failure.span
        )
    out = []
    for (component, missing, error), spans in merged.items():
        if len(spans) == 1 or None in spans:
            out.append(Failure(component, missing, error, spans[0]).warning(text_length))
        else:
            count = f"{missing} in {len(spans)} parts of the article"
            out.append(EngineWarning(component, f"{count} ({error})"))
    return tuple(out)
