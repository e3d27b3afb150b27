"""Saved web pages: the article body and what the page says about it, offline."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.article import ArticleError, article_from_bytes, clean_text, read_article
from annotate.webpage import extract_page

PAGES = Path(__file__).parent / "fixtures" / "pages"


@pytest.fixture(autouse=True)
def offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to reach the network fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError("page extraction tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# name, title, date, site, author, url, kept (in the text), dropped (not in it)
CASES = [
    (
        "boilerplate.html",
        "Ferry operator halts night crossings after engine-room fire",
        dt.date(2024, 5, 14),
        "The Harbour Gazette",
        "Maren Holt",
        "https://harbour-gazette.example/news/2024/05/ferry-fire",
        ["forcing the crew to evacuate 212 passengers", "“The crew did exactly what they trained"],
        [
            "cookies",
            "Accept all",
            "Subscribe",
            "Related articles",
            "Port workers vote",
            "Most read",
            "All rights reserved",
            "Privacy policy",
            "Share on",
            "newsletter",
            "dataLayer",
            "pageview",
            "Search the Gazette",
            "Home",
        ],
    ),
    (
        "meta_date.html",
        "Council votes to close the old quarry road",
        dt.date(2023, 11, 2),
        "Valley Courier",
        "Tomas Reyes",
        "https://valley-courier.example/council-quarry-road",
        ["nine votes to four", "“Our children walk to school along that road,”"],
        [],
    ),
    (
        "malformed.html",
        "Heatwave forces schools to shorten the day",
        None,
        None,
        None,
        None,
        ["“It is simply too hot to learn", "Dolores Ibáñez", "at such short notice"],
        ["Footer links", "Home | World", "</"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_a_page_gives_its_article_and_what_it_says_about_it(case) -> None:
    name, title, date, site, author, url, kept, dropped = case
    article = read_article(PAGES / name)
    assert (article.title, article.date, article.site, article.author, article.url) == (
        title,
        date,
        site,
        author,
        url,
    )
    assert article.text.startswith(title + "\n\n"), "the title heads the text"
    for phrase in kept:
        assert phrase in article.text
    for phrase in dropped:
        assert phrase not in article.text, phrase
    assert "\n\n\n" not in article.text and "<p" not in article.text
    assert clean_text(article.text) == (article.text, 0), "offsets refer to clean text"


def test_the_date_only_in_the_metadata_is_found_though_the_text_names_none() -> None:
    article = read_article(PAGES / "meta_date.html")
    assert article.date == dt.date(2023, 11, 2)
    assert "2023" not in article.text


def test_a_declared_charset_is_honoured_without_a_note() -> None:
    article = read_article(PAGES / "malformed.html")
    assert "cp1252" in article.encoding
    assert article.notes == ()


def test_a_page_without_an_article_is_refused_in_one_line() -> None:
    with pytest.raises(ArticleError) as caught:
        read_article(PAGES / "no_article.html")
    message = str(caught.value)
    assert message == f"{PAGES / 'no_article.html'}: no article text found in this web page"


@pytest.mark.parametrize(
    "raw, error",
    [
        (b"", "is empty"),
        (b"  \n ", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "looks like a PNG image"),
        (b"<html><body></body></html>", "no article text"),
        (b"<html><body><script>var x = 'a long enough script body';</script>", "no article"),
    ],
)
def test_unusable_pages_are_one_line_errors(raw: bytes, error: str) -> None:
    with pytest.raises(ArticleError, match=error):
        article_from_bytes(raw, Path("page.html"))


def test_a_hostile_page_keeps_no_script_markup_or_escape_code() -> None:
    article = read_article(PAGES / "hostile.html")
    fields = [article.text, article.title, article.site or ""]
    for value in fields:
        assert "\x1b" not in value and "\x07" not in value
        assert "[2J" not in value and "]0;" not in value, "an escape code was half removed"
    assert "alert('inline')" not in article.text and "onload" not in article.text
    assert "steal" not in article.text and "iframe" not in article.text
    # what the page shows as text stays text, exactly as shown
    assert "<script>alert('body')</script>" in article.text
    assert "[link=https://x.example]click[/link]" in article.text
    assert article.removed_controls >= 2


def test_a_title_from_the_head_alone_is_cleaned_and_kept_as_text() -> None:
    raw = (
        b"<html><head><title>\x1b]0;pwned\x07\x1b[31mMayor [bold]quits[/] &lt;b&gt;now</title>"
        b"</head><body><div><p>The mayor of a small town resigned on Friday after an audit of "
        b"the council accounts, the council said.</p></div></body></html>"
    )
    article = article_from_bytes(raw, Path("x.htm"))
    assert article.title == "Mayor [bold]quits[/] <b>now"
    assert article.text.startswith("Mayor [bold]quits[/] <b>now\n\n")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=6))
def test_any_paragraphs_extract_or_are_refused_never_crash(paragraphs: list[str]) -> None:
    from html import escape

    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    raw = f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"
    try:
        page = extract_page(raw.encode("utf-8", "surrogatepass"), Path("p.html"))
    except ArticleError as error:
        assert "\n" not in str(error)
        return
    assert clean_text(page.text)[1] == 0
    assert page.text.strip()


def test_a_page_is_extracted_once_then_read_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import annotate.page_cache as page_cache

    page = tmp_path / "copy.html"
    page.write_bytes((PAGES / "boilerplate.html").read_bytes())
    first = page_cache.read_article_cached(page)

    def no_extraction(*args, **kwargs):
        raise AssertionError("extracted again")

    monkeypatch.setattr(page_cache, "article_from_bytes", no_extraction)
    again = page_cache.read_article_cached(page)
    assert again == first and again.date == dt.date(2024, 5, 14)
    moved = tmp_path / "moved.html"
    page.rename(moved)
    assert page_cache.read_article_cached(moved).path == moved, "the path is the file's own"


def test_a_damaged_or_unwritable_cache_only_means_extracting_again(tmp_path: Path) -> None:
    from annotate.page_cache import read_article_cached

    folder = tmp_path / "cache"
    expected = read_article(PAGES / "meta_date.html")
    assert read_article_cached(PAGES / "meta_date.html", folder) == expected
    for entry in folder.iterdir():
        entry.write_text("{not json", encoding="utf-8")
    assert read_article_cached(PAGES / "meta_date.html", folder) == expected
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    assert read_article_cached(PAGES / "meta_date.html", blocked / "cache") == expected
    with pytest.raises(ArticleError, match="no article text"):
        read_article_cached(PAGES / "no_article.html", folder)
