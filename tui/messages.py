"""Messages of the reader: what panels and the article report up to the
reader screen, and what the annotation worker reports back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.message import Message

from tui.briefing_index import BriefingIndex, Item

EntryKind = Literal["quote", "claim", "incident", "pattern", "actor"]


@dataclass
class EntryChosen(Message):
    """The reader chose a panel entry (Enter or click): go to it in the article."""

    kind: EntryKind
    record_id: str


@dataclass
class ItemClicked(Message):
    """A click in the article text; `item` is the highlight under the
    pointer (None on plain text)."""

    item: Item | None
    offset: int


@dataclass
class AnnotationProgress(Message):
    """From the worker: loading the pipeline (fraction None) or annotating."""

    number: int
    fraction: float | None


@dataclass
class AnnotationReady(Message):
    number: int
    index: BriefingIndex


@dataclass
class AnnotationProblem(Message):
    """From the worker: no pipeline (`missing`, with the whole story in
    `detail`) or a failed annotation; `message` is one line."""

    number: int
    message: str
    missing: bool
    detail: str = ""


@dataclass
class OverviewChosen(Message):
    """The reader chose an overview entry (Enter or click): `key` says what
    ("article:3", "actor:A2", "event:E1", "note:2:ID", …)."""

    key: str
