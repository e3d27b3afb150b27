"""Reading an article file: what opens, what is refused, and how it is decoded."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_corpus import ERRORS, OPENS, running_as_root
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate import article as article_module
from annotate.article import (
    ArticleError,
    article_from_bytes,
    clean_text,
    guess_title,
    read_article,
    shown,
)


def test_utf8_article_reads_as_is_with_its_headline_as_title(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Talks stall in Geneva\n\nThe envoy said “no”.\n", encoding="utf-8")
    article = read_article(path)
    assert article.text == "Talks stall in Geneva\n\nThe envoy said “no”.\n"
    assert article.title == "Talks stall in Geneva"
    assert article.encoding == "utf-8"
    assert article.notes == ()


def test_offsets_match_python_text_mode_crlf_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"Headline here\r\n\r\nBody text.\r\n")
    assert read_article(path).text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("first_lines", "title"),
    [
        ("# Markdown heading\n\nBody.", "Markdown heading"),
        ("Setext heading\n=====\n\nBody.", "Setext heading"),
        ("Drones seen over airport\n\nBody.", "Drones seen over airport"),
        ("Will NATO strike first?\n\nBody.", "Will NATO strike first?"),
        ("The minister said on Monday that talks failed.\n\nMore.", "Dispatch from Kyiv"),
        ("NATO chief said: “We will respond.”\n\nMore.", "Dispatch from Kyiv"),
        # a headline may close with "." or ";" when it is a paragraph of its own
        ("Harbour Board Bans Night Ferries.\n\nBody.", "Harbour Board Bans Night Ferries."),
        ("Ferry strike ends after pay deal.\n\nBody.", "Ferry strike ends after pay deal."),
        (
            "Talks Stall in Oslo; Both Sides Walk Out;\n\nBody.",
            "Talks Stall in Oslo; Both Sides Walk Out;",
        ),
        ("Mayor: Budget Is ‘Not Negotiable.’\n\nBody.", "Mayor: Budget Is ‘Not Negotiable.’"),
        ("Poet A. J. Brennan wins river prize.\n\nBody.", "Poet A. J. Brennan wins river prize."),
        # a lead sentence, two sentences, or a line of a wrapped paragraph is no title
        ("Police were called to the quay at dawn.\n\nMore.", "Dispatch from Kyiv"),
        ("Ferries stopped. Talks resume today.\n\nMore.", "Dispatch from Kyiv"),
        (
            "Ferry strike ends after pay deal.\nThe union agreed late on Monday.",
            "Dispatch from Kyiv",
        ),
        ("Ferry strike ends after pay deal.", "Dispatch from Kyiv"),
        (
            "Fares on all lines go up by a fifth from the first day of next month.\n\nMore.",
            "Dispatch from Kyiv",
        ),
        ("Talks continue,\n\nMore.", "Dispatch from Kyiv"),
        ("Port reopens;\nCrews cleared the wreck overnight.\n\nBody.", "Port reopens;"),
        ("Port Reopens. Crews Stay On.\n\nBody.", "Port Reopens. Crews Stay On."),
    ],
)
def test_title_is_the_heading_or_a_headline_else_the_file_name(
    tmp_path: Path, first_lines: str, title: str
) -> None:
    path = tmp_path / "dispatch-from-Kyiv.txt"
    path.write_text(first_lines, encoding="utf-8")
    assert read_article(path).title == title


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("harbour-fire.txt", "Harbour fire"),
        ("NATO_pre-emptive_strikes.txt", "NATO pre-emptive strikes"),
        ("talks in Geneva.md", "Talks in Geneva"),
    ],
)
def test_a_title_from_a_file_name_keeps_its_case_and_inner_hyphens(
    tmp_path: Path, name: str, title: str
) -> None:
    path = tmp_path / name
    path.write_text("The minister said on Monday that talks failed.\n", encoding="utf-8")
    assert read_article(path).title == title


@pytest.mark.parametrize("case", ERRORS, ids=lambda c: c.name)
def test_unusable_paths_raise_one_line_errors_naming_the_path(tmp_path: Path, case) -> None:
    if case.name == "unreadable" and running_as_root():
        pytest.skip("running as root: chmod 000 does not stop root reading the file")
    path = case.make(tmp_path)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert case.error in message
    assert "\n" not in message


@pytest.mark.parametrize("case", OPENS, ids=lambda c: c.name)
def test_hostile_but_textual_files_open_as_safe_text(tmp_path: Path, case) -> None:
    article = read_article(case.make(tmp_path))
    assert article.text == case.expected
    assert not any(ch in article.text for ch in "\x00\x07\x1b\x7f\x9b\x9d")
    if case.note:
        assert any(case.note in note for note in article.notes), article.notes
    else:
        assert article.notes == ()


def test_windows_1252_curly_quotes_decode_to_curly_quotes() -> None:
    article = article_from_bytes(b"He said \x93no\x94 twice.\n", Path("cp.txt"))
    assert article.text == "He said “no” twice.\n"
    assert article.fallback_note == "cp.txt: not valid UTF-8; read as Windows-1252"


def test_utf16_without_byte_order_mark_is_recognised() -> None:
    text = "The envoy said “no” on Monday.\n"
    article = article_from_bytes(text.encode("utf-16-be"), Path("be.txt"))
    assert article.text == text
    assert article.encoding == "UTF-16-BE (no byte-order mark)"


def test_utf32_with_byte_order_mark_is_not_mistaken_for_utf16() -> None:
    text = "The envoy said “no” on Monday.\n"
    assert article_from_bytes(text.encode("utf-32"), Path("x")).text == text


def test_a_file_mostly_of_nul_bytes_is_refused_as_binary() -> None:
    with pytest.raises(ArticleError, match="looks like a binary file"):
        article_from_bytes(b"text\x00" * 200, Path("nuls.txt"))


def test_a_utf8_bom_is_dropped_so_offsets_start_at_the_text() -> None:
    assert article_from_bytes(b"\xef\xbb\xbfHeadline here\n", Path("b")).text == "Headline here\n"


@pytest.mark.parametrize(
    ("raw", "clean", "removed"),
    [
        ("a\x1b[1;31mb\x1b[0mc", "abc", 2),  # CSI colours
        ("a\x1b]0;title\x07b", "ab", 1),  # OSC 0 window title, BEL-terminated
        ("a\x1b]52;c;ZXZpbA==\x1b\\b", "ab", 1),  # OSC 52 clipboard, ST-terminated
        ("a\x1bPq#0;2;0;0;0\x1b\\b", "ab", 1),  # DCS (sixel)
        ("a\x1b[31", "a", 1),  # unterminated CSI at the end
        ("a\x1bcb", "ab", 1),  # RIS: full terminal reset
        ("a\x9b31mb", "ab", 1),  # 8-bit CSI
        ("tab\tand\nnewline", "tab\tand\nnewline", 0),
        ("page\x0cbreak", "page\nbreak", 0),
        ("bell\x07 and backspace\x08", "bell and backspace", 2),
        (
            "[bold]markup[/] \u202eRTL\u202c zero\u200bwidth",
            "[bold]markup[/] \u202eRTL\u202c zero\u200bwidth",
            0,
        ),
    ],
)
def test_clean_text_removes_terminal_controls_and_keeps_ordinary_text(
    raw: str, clean: str, removed: int
) -> None:
    assert clean_text(raw) == (clean, removed)


def test_shown_paths_cannot_carry_escape_sequences() -> None:
    assert shown(Path("evil\x1b]0;x\x07.txt")) == "evil\\x1b]0;x\\x07.txt"
    assert shown("caf\udce9.txt") == "caf\\xe9.txt"  # an undecodable byte in a file name


def test_errors_show_hostile_file_names_escaped(tmp_path: Path) -> None:
    with pytest.raises(ArticleError) as caught:
        read_article(tmp_path / "gone\x1b[2J.txt")
    assert "\x1b" not in str(caught.value)
    assert "gone\\x1b[2J.txt: no such file" in str(caught.value)


def test_title_from_a_hostile_file_name_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "report\x1b[31m-red.txt"
    path.write_text("the text starts in lower case and goes on.\n", encoding="utf-8")
    assert "\x1b" not in read_article(path).title


def test_too_large_files_are_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(article_module, "MAX_BYTES", 1024)
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(ArticleError, match=r"too large to open .* the limit is"):
        read_article(path)


def test_device_files_are_refused_without_reading() -> None:
    with pytest.raises(ArticleError, match="not a regular file"):
        read_article("/dev/zero")  # reading it would never end


@settings(max_examples=200, deadline=None)
@given(
    first=st.text(st.characters(blacklist_categories=["Cs"]), max_size=160),
    rest=st.text(max_size=80),
)
def test_a_title_is_the_first_line_a_heading_in_it_or_the_file_name(first: str, rest: str) -> None:
    """Whatever the text, the title is one line: the first line as written,
    a Markdown heading's words, or the file name's."""
    text = f"{first}\n\n{rest}"
    title = guess_title(text, "the-file-name.txt")
    assert "\n" not in title and title.strip()
    lead = text.lstrip("\ufeff\n").split("\n", 1)[0].strip()
    assert title in (lead, "The file name") or title in lead
