"""Messages the reader's panels send up to the app."""

from __future__ import annotations

from typing import Literal

from textual.message import Message

EntryKind = Literal["quote", "claim", "incident", "actor"]


class EntryChosen(Message):
    """The reader chose a panel entry (Enter or click): go to it in the article."""

    def __init__(self, kind: EntryKind, record_id: str) -> None:
        super().__init__()
        self.kind = kind
        self.record_id = record_id
