"""A briefing's articles: paths and folders, in date order where dates are known."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotate.article import ArticleError, read_article
from annotate.collection import folder_files, is_article_file, read_paths

STORY = Path(__file__).parent / "fixtures" / "story"


def page(day: str, title: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{day}">'
        f"<title>{title}</title></head><body><article><p>The harbour authority said on "
        "Monday that the northern quay would close for repairs until the end of the month.</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    "name, taken",
    [
        ("story.txt", True),
        ("story.md", True),
        ("Story.HTML", True),
        ("page.htm", True),
        ("notes.markdown", True),
        ("story.notes.md", False),  # the reader's own note export
        (".hidden.txt", False),
        ("photo.png", False),
        ("data.json", False),
        ("story", False),
    ],
)
def test_which_files_in_a_folder_are_articles(name: str, taken: bool) -> None:
    assert is_article_file(name) is taken


def test_a_folder_opens_dated_articles_by_date_then_the_rest_by_name(tmp_path: Path) -> None:
    (tmp_path / "c-late.html").write_text(page("2024-06-03", "Late"), encoding="utf-8")
    (tmp_path / "a-early.html").write_text(page("2024-06-01", "Early"), encoding="utf-8")
    (tmp_path / "b-middle.htm").write_text(page("2024-06-02", "Middle"), encoding="utf-8")
    (tmp_path / "z-notes.txt").write_text("Undated notes\n\nSomething happened.\n")
    (tmp_path / "m-undated.md").write_text("# Undated\n\nSomething else happened.\n")
    (tmp_path / "m-undated.notes.md").write_text("# Notes: Undated\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "inner.txt").write_text("Inner\n\nNot opened.\n")
    collection = read_paths([tmp_path])
    assert [a.title for a in collection.articles] == [
        "Early",
        "Middle",
        "Late",
        "Undated",
        "Undated notes",
    ]
    assert collection.paths[0] == str(tmp_path / "a-early.html")
    assert collection.errors == () and collection.folders == 1


def test_a_text_articles_dateline_sets_its_place_in_the_folder(tmp_path: Path) -> None:
    (tmp_path / "a-page.html").write_text(page("2024-06-02", "Page"), encoding="utf-8")
    (tmp_path / "b-wire.txt").write_text(
        "Quay closed\n\nKYIV, June 1, 2024 — The harbour authority closed the quay.\n"
    )
    (tmp_path / "c-blog.md").write_text(
        "# Quay reopens\n\nPublished: 3 June 2024\n\nThe quay opened again.\n"
    )
    (tmp_path / "d-undated.txt").write_text("Nothing dated here\n\nIn June 2024, it rained.\n")
    articles = read_paths([tmp_path]).articles
    assert [a.title for a in articles] == [
        "Quay closed",
        "Page",
        "Quay reopens",
        "Nothing dated here",
    ]
    assert [str(a.date) for a in articles] == ["2024-06-01", "2024-06-02", "2024-06-03", "None"]


def test_paths_given_one_by_one_keep_their_order_and_bad_ones_are_reported(
    tmp_path: Path,
) -> None:
    late = tmp_path / "late.html"
    late.write_text(page("2024-06-03", "Late"), encoding="utf-8")
    early = tmp_path / "early.html"
    early.write_text(page("2024-06-01", "Early"), encoding="utf-8")
    broken = tmp_path / "empty.txt"
    broken.write_bytes(b"")
    collection = read_paths([str(late), str(broken), str(early)])
    assert [a.title for a in collection.articles] == ["Late", "Early"]
    assert collection.paths == (str(late), str(early))
    assert [str(e) for e in collection.errors] == [
        f"{broken}: is empty; there is no article text to read"
    ]


def test_a_bad_file_in_a_folder_is_reported_and_the_others_still_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Good story\n\nIt happened.\n")
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    collection = read_paths([tmp_path])
    assert [a.title for a in collection.articles] == ["Good story"]
    assert [str(e) for e in collection.errors] == [
        f"{tmp_path / 'menu.html'}: no article text found in this web page"
    ]


def test_a_folder_without_articles_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ArticleError, match="is a directory with no articles in it"):
        folder_files(tmp_path)
    assert len(read_paths([tmp_path]).errors) == 1


def test_a_reader_passed_in_is_used_for_every_file() -> None:
    seen: list[str] = []

    def reading(path):
        seen.append(Path(path).name)
        return read_article(path)

    collection = read_paths([STORY], read=reading)
    assert sorted(seen) == sorted(p.name for p in STORY.iterdir())
    assert [a.site for a in collection.articles] == [
        "Northern Ledger",
        "Baltic Wire",
        "Coastal Times",
        None,
    ]
