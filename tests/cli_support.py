"""`briefing ...` run in the test's own process: the same `tui.cli.main`,
stdout and stderr captured as the bytes a user's terminal gets (UTF-8),
stdin from bytes, and the session's pipeline instead of a fresh load (a
subprocess spends most of its time loading spaCy). Tests of what only a
real process shows (a closed pipe, the environment, worker processes that
load the pipeline themselves) still run `python -m tui.cli`."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from annotate import pipeline
from tui.cli import main


def run_cli(
    monkeypatch: pytest.MonkeyPatch, nlp, *args: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`briefing ARGS...` in-process; returns what `subprocess.run` would."""
    out, err = io.BytesIO(), io.BytesIO()
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "load_pipeline", lambda *_, **__: nlp)
        patch.setattr(sys, "stdout", io.TextIOWrapper(out, encoding="utf-8", write_through=True))
        patch.setattr(sys, "stderr", io.TextIOWrapper(err, encoding="utf-8", write_through=True))
        patch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8"))
        code = main(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
        stdout, stderr = out.getvalue(), err.getvalue()  # before the wrappers close them
    return subprocess.CompletedProcess(list(args), code, stdout, stderr)


def not_progress(stderr: bytes) -> list[str]:
    """Lines on stderr other than progress (shown when a run takes a while)."""
    return [
        line
        for line in stderr.decode().splitlines()
        if not line.startswith(("annotating ", "annotated "))
    ]
