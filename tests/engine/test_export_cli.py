"""`briefing export`: the briefing of a folder as one report, with the notes
saved in the reader's store, in Markdown or one HTML file."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate import cache
from annotate.collection import annotate_articles, read_paths
from annotate.pipeline import pipeline_name
from tui.cli import main
from tui.notes.model import new_note
from tui.notes.store import NotesStore

STORY = Path(__file__).parent / "fixtures" / "story"


@pytest.fixture
def cached_story(nlp) -> list:
    """The story folder's briefings in the reader's cache, as the reader leaves them."""
    collection = read_paths([STORY])
    for briefing in annotate_articles(collection.articles, nlp):
        cache.store(briefing, pipeline_name())
    return list(collection.articles)


def note(article, passage: str, body: str, tags: tuple[str, ...] = ()) -> None:
    start = article.text.index(passage)
    NotesStore().save(
        new_note(
            article.text,
            start,
            start + len(passage),
            body=body,
            path=str(article.path.resolve()),
            title=article.title,
            tags=tags,
        )
    )


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_a_folder_exports_as_one_report_with_its_notes(
    cached_story, tmp_path: Path, form: str
) -> None:
    note(cached_story[1], "security footage", "Ask for the footage.", ("follow-up",))
    out = tmp_path / f"report.{form}"
    assert main(["export", str(STORY), "--format", form, "-o", str(out)]) == 0
    report = out.read_text(encoding="utf-8")
    for shown in (
        "Explosion rips through Gdansk fuel depot",
        "Baltic Wire",
        "Who is quoted",
        "Anna Kowalczyk",
        "Incident timeline",
        "Ask for the footage.",
        "follow-up",
        "security footage",
    ):
        assert shown in report, shown
    assert report.index("Positions") < report.index("Incident timeline") < report.index("Notes")
    if form == "html":
        assert report.startswith("<!DOCTYPE html>") and "<script" not in report


def test_the_report_goes_to_stdout_by_default(cached_story, capsys) -> None:
    assert main(["export", str(STORY)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Briefing: ") and "_No notes._" in out


def test_a_bad_path_is_reported_and_the_report_covers_the_others(
    cached_story, tmp_path: Path, capsys
) -> None:
    missing = tmp_path / "missing.html"
    assert main(["export", str(STORY / "baltic-wire.html"), str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"briefing: {missing}: no such file\n"
    assert captured.out.startswith("# Sabotage suspected after blaze at Gdansk depot\n")


def test_the_report_never_writes_over_an_article(cached_story, tmp_path: Path, capsys) -> None:
    article = tmp_path / "story.txt"
    article.write_text("A story\n\nThe council met on Monday.\n", encoding="utf-8")
    before = article.read_bytes()
    assert main(["export", str(article), "-o", str(article)]) == 2
    assert article.read_bytes() == before
    assert "is one of the articles" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["export"], ["export", "--format", "pdf", "x.txt"]])
def test_bad_usage_is_one_line_and_exit_2(args: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: briefing export") and "Traceback" not in err


def test_a_hostile_page_exports_as_plain_text_in_html(nlp, tmp_path: Path) -> None:
    from html.parser import HTMLParser

    hostile = Path(__file__).parent / "fixtures" / "pages" / "hostile.html"
    collection = read_paths([hostile])
    for briefing in annotate_articles(collection.articles, nlp):
        cache.store(briefing, pipeline_name())
    note(collection.articles[0], "I have done nothing wrong", "<img src=x onerror=alert(1)>")
    out = tmp_path / "report.html"
    assert main(["export", str(hostile), "--format", "html", "-o", str(out)]) == 0
    report = out.read_text(encoding="utf-8")
    tags: set[str] = set()
    handlers: list[str] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag, attrs) -> None:
            tags.add(tag)
            handlers.extend(name for name, _ in attrs if name.startswith("on"))

    Tags().feed(report)
    assert not tags & {"script", "img", "iframe", "b"} and not handlers
    assert "Evil &lt;b&gt;News&lt;/b&gt;" in report
    assert "&lt;img src=x onerror=alert(1)&gt;" in report
    assert "\x1b" not in report and "[2J" not in report
