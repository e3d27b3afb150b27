"""Exported notes: Markdown for reading, W3C Web Annotation JSON-LD for tools."""

from __future__ import annotations

import json
from dataclasses import replace

from notes_support import ARTICLE, note_on

from tui.notes.export import ANNO_CONTEXT, group_by_briefing, to_json, to_markdown


def _notes():
    quote = note_on(
        ARTICLE,
        "a deliberate act of sabotage",
        "Is there any evidence?\nAsk the fire service.",
        path="/news/harbour.txt",
        title="Harbour fire",
        kind="quote",
        speaker="Ana Ruiz",
        tags=("disputed", "follow-up"),
    )
    plain = note_on(ARTICLE, "Police chief", "Who?", path="/news/harbour.txt", title="Harbour fire")
    other = note_on(
        "Another text entirely.", "text", "elsewhere", path="/news/other.txt", title="Other"
    )
    return [quote, plain, other]


def test_json_is_one_web_annotation_per_note_with_both_selectors() -> None:
    notes = _notes()
    annotations = json.loads(to_json(notes))
    assert isinstance(annotations, list) and len(annotations) == 3
    for note, anno in zip(notes, annotations, strict=True):
        assert anno["@context"] == ANNO_CONTEXT
        assert anno["type"] == "Annotation"
        assert anno["id"] == f"urn:uuid:{note.id}"
        assert anno["created"] and anno["modified"]
        target = anno["target"]
        assert target["source"] == f"file://{note.path}"
        kinds = {s["type"]: s for s in target["selector"]}
        assert kinds["TextPositionSelector"] == {
            "type": "TextPositionSelector",
            "start": note.anchor.start,
            "end": note.anchor.end,
        }
        quote = kinds["TextQuoteSelector"]
        assert quote["exact"] == note.passage
        assert (quote["prefix"], quote["suffix"]) == (note.anchor.prefix, note.anchor.suffix)
        [comment] = [b for b in anno["body"] if b["purpose"] == "commenting"]
        assert comment == {
            "type": "TextualBody",
            "value": note.body,
            "format": "text/plain",
            "purpose": "commenting",
        }
    tags = [b["value"] for b in annotations[0]["body"] if b["purpose"] == "tagging"]
    assert tags == ["disputed", "follow-up"]


def test_json_without_a_path_targets_the_text_hash() -> None:
    note = replace(_notes()[0], path=None)
    [anno] = json.loads(to_json([note]))
    assert anno["target"]["source"] == f"urn:sha256:{note.sha}"


def test_markdown_has_a_heading_per_briefing_passages_as_quotes_speaker_tags_times() -> None:
    notes = _notes()
    text = to_markdown(group_by_briefing(notes))
    lines = text.splitlines()
    headings = [line for line in lines if line.startswith("# ")]
    assert headings == ["# Notes: Harbour fire", "# Notes: Other"]
    assert "> a deliberate act of sabotage" in lines
    assert "> — Ana Ruiz" in lines
    assert "Is there any evidence?\nAsk the fire service." in text
    assert "Tags: `disputed`, `follow-up`" in text
    assert f"Created {notes[0].created}" in text
    assert "> Police chief" in lines
    # The quote comes first: document order within a briefing.
    assert text.index("deliberate act") < text.index("> Police chief")


def test_markdown_marks_orphans_and_keeps_their_passage() -> None:
    orphan = replace(_notes()[1], orphaned=True)
    text = to_markdown(group_by_briefing([orphan]))
    assert "Orphaned" in text and "> Police chief" in text and "Who?" in text


def test_markdown_shows_control_characters_harmlessly() -> None:
    note = note_on(ARTICLE, "Tom Berg", "evil \x1b]52;c;AAAA\x07 body", path="/a.txt")
    text = to_markdown(group_by_briefing([note]))
    assert "\x1b" not in text and "\x07" not in text
