"""The engine and the reader meet only at the data model and the annotator
seam: the import contracts in pyproject.toml (import-linter, which also sees
imports inside functions), and what a running reader has loaded before its
first paint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_hold():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout and "3 kept, 0 broken" in result.stdout


def loaded_after(statement: str, modules: tuple[str, ...]) -> list[str]:
    code = f"import sys\n{statement}\nprint([m for m in {modules!r} if m in sys.modules])\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return eval(result.stdout)  # noqa: S307 - our own list literal


def test_the_reader_imports_nothing_heavy_before_first_paint():
    heavy = ("spacy", "thinc", "annotate.engine", "annotate.components", "annotate.spacy_annotator")
    assert loaded_after("import tui.app, tui.launch", heavy) == []


def test_the_engine_and_the_seam_never_load_textual():
    statement = (
        "import annotate.engine, annotate.spacy_annotator, annotate.engine_process, annotate.cli"
    )
    assert loaded_after(statement, ("textual", "rich", "tui")) == []
