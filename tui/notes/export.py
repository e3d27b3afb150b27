"""Notes out of the reader: Markdown for people, W3C Web Annotations for tools.

Pure functions from `Note` records to text. Markdown groups notes by
briefing (a heading each) and shows every passage as a block quote, with the
speaker when it is a quote or claim, then the note, its tags and times; all
text from the article or the reader is escaped (`annotate.markdown.
markdown_text`), so a note cannot change the document's structure. JSON
is a JSON array of W3C Web Annotation JSON-LD objects, one per note, each
with a TextualBody, tagging bodies and a target carrying both a
TextPositionSelector and a TextQuoteSelector.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from annotate.markdown import markdown_text
from tui.notes.model import Note
from tui.safe_text import display_text

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


@dataclass(frozen=True, slots=True)
class BriefingNotes:
    """The notes of one briefing (one article path, or one text when the
    article came without a path)."""

    title: str
    path: str | None
    notes: tuple[Note, ...]


def group_by_briefing(notes: list[Note]) -> list[BriefingNotes]:
    """Notes grouped by article path (by text hash when there is none), the
    groups in order of their first note, notes in document order."""
    from tui.notes.store import in_document_order

    groups: dict[str, list[Note]] = {}
    for note in notes:
        groups.setdefault(note.path or f"sha256:{note.sha}", []).append(note)
    result = []
    for members in groups.values():
        latest = max(members, key=lambda n: n.modified)
        result.append(BriefingNotes(latest.title, latest.path, tuple(in_document_order(members))))
    return result


def _source(note: Note) -> str:
    """The article's file URI, or its text hash when it came without a path."""
    if not note.path:
        return f"urn:sha256:{note.sha}"
    return Path(note.path).absolute().as_uri()


# -- Markdown -------------------------------------------------------------------------


def to_markdown(groups: list[BriefingNotes]) -> str:
    """Every group as Markdown: a heading per briefing, then its notes."""
    return "\n\n".join(_briefing_markdown(group) for group in groups) + ("\n" if groups else "")


def _briefing_markdown(group: BriefingNotes) -> str:
    title = _one_line(group.title) or (
        _one_line(Path(group.path).name) if group.path else "Untitled"
    )
    count = len(group.notes)
    lines = [f"# Notes: {title}", ""]
    if group.path:
        lines.append(f"Article: {_code(group.path)} · {count} note{'s' * (count != 1)}")
    else:
        lines.append(f"{count} note{'s' * (count != 1)}")
    for number, note in enumerate(group.notes, 1):
        lines += ["", *_note_markdown(number, note)]
    return "\n".join(lines)


def _note_markdown(number: int, note: Note) -> list[str]:
    what = {"quote": "on a quote", "claim": "on a claim", "incident": "on an incident"}.get(
        note.kind, "on a passage"
    )
    lines = [f"## {number}. Note {what}"]
    if note.orphaned:
        lines += ["", "*Orphaned: this passage is no longer in the article (saved passage below).*"]
    lines.append("")
    passage = markdown_text(display_text(note.passage))
    lines += [f"> {line}" if line else ">" for line in passage.splitlines()]
    if note.speaker and note.kind in ("quote", "claim"):
        lines += [">", f"> — {_one_line(note.speaker)}"]
    lines += ["", markdown_text(display_text(note.body).rstrip()) or "*(empty note)*", ""]
    meta = []
    if note.tags:
        meta.append("Tags: " + ", ".join(_code(tag) for tag in note.tags))
    meta.append(f"Created {note.created}")
    if note.modified and note.modified != note.created:
        meta.append(f"edited {note.modified}")
    lines.append(" · ".join(meta))
    return lines


def _one_line(text: str) -> str:
    """Text on one line, Markdown characters escaped."""
    return markdown_text(display_text(text).replace("\n", " ").strip())


def _code(text: str) -> str:
    """Text as a Markdown code span (shown as it is), fenced by more
    backticks than it holds in a row."""
    text = display_text(text).replace("\n", " ").strip()
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# -- W3C Web Annotation JSON-LD --------------------------------------------------------


def to_annotations(notes: list[Note]) -> list[dict[str, object]]:
    """One W3C Web Annotation per note."""
    return [annotation(note) for note in notes]


def to_json(notes: list[Note]) -> str:
    """The annotations as a JSON array (text exact, not escaped to ASCII)."""
    return json.dumps(to_annotations(notes), ensure_ascii=False, indent=2) + "\n"


def annotation(note: Note) -> dict[str, object]:
    """A note as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/)."""
    body: list[dict[str, object]] = [
        {
            "type": "TextualBody",
            "value": note.body,
            "format": "text/plain",
            "purpose": "commenting",
        }
    ]
    body += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags]
    anchor = note.anchor
    target: dict[str, object] = {
        "source": _source(note),
        "selector": [
            {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end},
            {
                "type": "TextQuoteSelector",
                "exact": anchor.exact,
                "prefix": anchor.prefix,
                "suffix": anchor.suffix,
            },
        ],
    }
    result: dict[str, object] = {
        "@context": ANNO_CONTEXT,
        "id": f"urn:uuid:{note.id}",
        "type": "Annotation",
        "created": note.created,
        "modified": note.modified or note.created,
        "body": body,
        "target": target,
    }
    return result


def _source(note: Note) -> str:
    """The article's file URI, or its text hash when it came without a path."""
    if not note.path:
        return f"urn:sha256:{note.sha}"
    return Path(note.path).absolute().as_uri()
