"""A reader's note as stored, exported and shown: one immutable record.

A draft (text being typed, autosaved) is the same record under the id the
note will have once saved; its `version` is the version of the stored note
the edit started from (0 for a new note), so a save can tell whether
someone else saved the note in the meantime.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from tui.notes.anchors import Anchor, reanchor


def now_iso() -> str:
    """The current UTC time, ISO 8601 to the second ("2025-01-31T12:00:00Z")."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags typed as "disputed, follow-up" or "#disputed #follow-up": trimmed,
    without leading '#', duplicates dropped, order kept."""
    tags: list[str] = []
    for part in text.replace(",", " ").split():
        tag = part.strip().lstrip("#")
        if tag and tag not in tags:
            tags.append(tag)
    return tuple(tags)


@dataclass(frozen=True, slots=True)
class Note:
    """A note on a passage of one briefing.

    The briefing is known by `sha` (SHA-256 of the article text the anchor
    refers to) and by `path`, the last file it was seen at. `orphaned` means
    the passage could not be found in the latest text: `anchor` then still
    holds the passage as it was saved. `version` counts the saves of the
    stored note this record was read from (0: never saved); it is storage
    bookkeeping, so two records of the same note compare equal without it.
    """

    id: str
    sha: str
    path: str | None
    title: str
    anchor: Anchor
    body: str
    tags: tuple[str, ...] = ()
    speaker: str | None = None
    kind: str = "selection"  # or what it is anchored to: quote, claim, incident
    created: str = ""
    modified: str = ""
    orphaned: bool = False
    version: int = field(default=0, compare=False)

    @property
    def passage(self) -> str:
        return self.anchor.exact

    def edited(self, body: str, tags: tuple[str, ...]) -> Note:
        """This note with a new text and tags, stamped now."""
        return replace(self, body=body, tags=tags, modified=now_iso())


def new_note(
    text: str,
    start: int,
    end: int,
    *,
    body: str = "",
    path: str | None = None,
    title: str = "",
    kind: str = "selection",
    speaker: str | None = None,
    tags: tuple[str, ...] = (),
    sha: str | None = None,
) -> Note:
    """A fresh note (random id, stamped now) on `text[start:end]`."""
    import uuid

    from annotate.model import text_sha256
    from tui.notes.anchors import anchor_at

    stamp = now_iso()
    return Note(
        id=str(uuid.uuid4()),
        sha=sha or text_sha256(text),
        path=path,
        title=title,
        anchor=anchor_at(text, start, end),
        body=body,
        tags=tags,
        speaker=speaker,
        kind=kind,
        created=stamp,
        modified=stamp,
    )


def in_document_order(notes: list[Note]) -> list[Note]:
    """Anchored notes by position, then orphans by age."""
    return sorted(
        notes,
        key=lambda n: (
            n.orphaned,
            n.anchor.start if not n.orphaned else 0,
            n.anchor.end,
            n.created,
        ),
    )


def placed_in(notes: list[Note], sha: str, path: str | None, text: str) -> list[Note]:
    """Notes placed in `text` (whose hash is `sha`): unchanged when made on
    this text, else re-anchored by their quote, or orphaned."""
    placed: list[Note] = []
    for note in notes:
        anchor = note.anchor
        if note.sha == sha and text[anchor.start : anchor.end] == anchor.exact:
            placed.append(replace(note, path=path or note.path, orphaned=False))
            continue
        found = reanchor(text, anchor)
        if found is None:
            placed.append(replace(note, path=path or note.path, orphaned=True))
        else:
            placed.append(
                replace(note, sha=sha, path=path or note.path, anchor=found, orphaned=False)
            )
    return placed
