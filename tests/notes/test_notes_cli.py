"""`briefing notes list` and `briefing notes export`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from notes_support import ARTICLE, note_on, open_store

from tui.cli import main


def _article(tmp_path: Path, text: str = ARTICLE) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _save(path: Path, passage: str, body: str, **fields) -> None:
    text = path.read_text(encoding="utf-8")
    open_store().save(note_on(text, passage, body, path=str(path.resolve()), **fields))


def test_list_shows_briefings_with_counts(tmp_path: Path, capsys) -> None:
    path = _article(tmp_path)
    _save(path, "Tom Berg", "one", title="Harbour fire")
    _save(path, "Ana Ruiz", "two", title="Harbour fire")
    assert main(["notes", "list"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    assert out[0].split("\t") == ["   2 notes", "Harbour fire", str(path.resolve())]


def test_list_without_notes_says_so(capsys) -> None:
    assert main(["notes", "list"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and "no notes yet" in captured.err


def test_export_one_article_as_json_and_markdown(tmp_path: Path, capsys) -> None:
    path = _article(tmp_path)
    _save(
        path,
        "a deliberate act of sabotage",
        "Evidence?",
        kind="quote",
        speaker="Ana Ruiz",
        tags=("disputed",),
        title="Harbour fire",
    )
    other = tmp_path / "other.txt"
    other.write_text("Something else happened.\n", encoding="utf-8")
    _save(other, "Something", "elsewhere")
    assert main(["notes", "export", str(path), "--format", "json"]) == 0
    [anno] = json.loads(capsys.readouterr().out)
    types = {s["type"] for s in anno["target"]["selector"]}
    assert types == {"TextPositionSelector", "TextQuoteSelector"}
    assert main(["notes", "export", str(path)]) == 0
    markdown = capsys.readouterr().out
    assert markdown.startswith("# Notes: Harbour fire blamed on saboteurs\n")
    assert "> a deliberate act of sabotage" in markdown and "> — Ana Ruiz" in markdown
    assert "elsewhere" not in markdown


def test_export_without_path_exports_every_briefing(tmp_path: Path, capsys) -> None:
    path = _article(tmp_path)
    _save(path, "Tom Berg", "one")
    other = tmp_path / "other.txt"
    other.write_text("Something else happened.\n", encoding="utf-8")
    _save(other, "Something", "two")
    assert main(["notes", "export", "--format", "json"]) == 0
    assert {a["body"][0]["value"] for a in json.loads(capsys.readouterr().out)} == {"one", "two"}
    assert main(["notes", "export"]) == 0
    assert capsys.readouterr().out.count("\n# Notes: ") + 1 == 2


def test_export_reanchors_an_edited_article_and_keeps_orphans(tmp_path: Path, capsys) -> None:
    path = _article(tmp_path)
    _save(path, "denied that account", "moved")
    _save(path, "Ana Ruiz", "gone")
    edited = "New lead paragraph.\n" + ARTICLE.replace("Ana Ruiz, ", "")
    path.write_text(edited, encoding="utf-8")
    assert main(["notes", "export", str(path), "--format", "json"]) == 0
    annotations = json.loads(capsys.readouterr().out)
    by_body = {a["body"][0]["value"]: a["target"]["selector"] for a in annotations}
    position = by_body["moved"][0]
    assert edited[position["start"] : position["end"]] == "denied that account"
    assert by_body["gone"][1]["exact"] == "Ana Ruiz"
    assert main(["notes", "export", str(path)]) == 0
    assert "Orphaned" in capsys.readouterr().out


def test_export_of_a_missing_article_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    assert main(["notes", "export", str(tmp_path / "nope.txt")]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "nope.txt: no such file" in captured.err


def test_notes_of_a_deleted_article_can_still_be_exported(tmp_path: Path, capsys) -> None:
    path = _article(tmp_path)
    _save(path, "Tom Berg", "still here")
    path.unlink()
    assert main(["notes", "export", str(path)]) == 0
    captured = capsys.readouterr()
    assert "still here" in captured.out and "no such file" in captured.err


@pytest.mark.parametrize(
    "args",
    [
        ["notes"],
        ["notes", "frobnicate"],
        ["notes", "export", "--format", "pdf"],
        ["notes", "list", "extra"],
        ["notes", "export", "a", "b"],
    ],
)
def test_bad_usage_is_one_line_and_exit_2(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", *args], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("briefing notes")
    assert "Traceback" not in result.stderr


def test_help_describes_the_commands(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["notes", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "list" in out and "export" in out
