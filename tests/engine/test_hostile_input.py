"""Hostile input for `briefing annotate PATH` (and `briefing PATH`): every case
in the generated corpus gives either a correct annotation or one line of
error and a non-zero exit; never a traceback, a hang, or bytes on stdout that
could drive the terminal."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import run_cli
from hostile_corpus import CONTROL_CHARACTERS, ERRORS, LONG_LINE, OPENS, running_as_root

from annotate.chunking import CHUNK_CHARS
from annotate.model import Briefing, text_sha256

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def briefing(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        timeout=timeout,  # a hang fails the test instead of stalling the suite
        stdin=subprocess.DEVNULL,
    )


def assert_terminal_safe(output: bytes) -> None:
    text = output.decode("utf-8")
    assert not set(text) & CONTROL_CHARACTERS - {"\n"}, "control character on stdout"
    assert not any("\x80" <= ch <= "\x9f" for ch in text), "C1 control on stdout"


@pytest.mark.parametrize("case", ERRORS, ids=lambda c: c.name)
def test_annotate_refuses_with_one_line_and_exit_1(tmp_path: Path, case) -> None:
    if case.name == "unreadable" and running_as_root():
        pytest.skip("running as root: chmod 000 does not stop root reading the file")
    path = case.make(tmp_path)
    result = briefing("annotate", str(path), timeout=30)
    assert result.returncode == 1
    assert result.stdout == b""
    err = result.stderr.decode()
    assert err.startswith(f"briefing: {path}: ") and err.count("\n") == 1, err
    assert case.error in err
    assert "Traceback" not in err


@pytest.fixture(scope="module")
def annotated(tmp_path_factory: pytest.TempPathFactory, nlp):
    """Every case that opens, annotated in one run (JSON Lines), in-process."""
    folder = tmp_path_factory.mktemp("hostile")
    paths = [case.make(folder) for case in OPENS]
    with pytest.MonkeyPatch.context() as patch:
        result = run_cli(patch, nlp, "annotate", *map(str, paths))
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    return paths, result, dict(zip((case.name for case in OPENS), records, strict=True))


def test_annotate_reads_every_textual_case(annotated) -> None:
    paths, result, records = annotated
    assert result.returncode == 0
    assert [r["path"] for r in records.values()] == [str(p) for p in paths]
    assert "Traceback" not in result.stderr.decode()


def test_json_on_stdout_never_carries_raw_control_bytes(annotated) -> None:
    _, result, _ = annotated
    assert b"\x1b" not in result.stdout and b"\x07" not in result.stdout
    assert_terminal_safe(result.stdout)


@pytest.mark.parametrize("case", OPENS, ids=lambda c: c.name)
def test_annotate_works_on_the_text_as_decoded_and_cleaned(annotated, case) -> None:
    _, result, records = annotated
    record = records[case.name]
    assert record["text_sha256"] == text_sha256(case.expected)
    for quote in record["quotes"]:
        assert case.expected[quote["start"] : quote["end"]] == quote["text"]
    notes = [line for line in result.stderr.decode().splitlines() if "note:" in line]
    if case.note:
        assert any(case.note in line for line in notes), notes
    assert all(line.startswith("briefing: note: ") for line in notes)


def test_markup_is_data_not_formatting(annotated) -> None:
    _, _, records = annotated
    quote = records["markup"]["quotes"][0]["text"]
    assert quote == "“[reverse]this[/reverse] is $accent text”"


def test_german_quotation_marks_do_not_crash(annotated) -> None:
    _, _, records = annotated
    german = records["german"]
    text = next(case.expected for case in OPENS if case.name == "german")
    for quote in german["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_a_line_over_several_chunks_is_annotated_to_its_end(annotated) -> None:
    _, _, records = annotated
    quotes = records["long-line"]["quotes"]
    assert len(LONG_LINE) > 2 * CHUNK_CHARS and "\n" not in LONG_LINE
    assert quotes[-1]["end"] > len(LONG_LINE) - 100
    assert len(quotes) == LONG_LINE.count("“")


def test_markdown_summary_of_hostile_text_is_terminal_safe(
    tmp_path: Path, monkeypatch, nlp
) -> None:
    paths = [case.make(tmp_path) for case in OPENS if case.name in ("escapes", "markup", "bidi")]
    result = run_cli(monkeypatch, nlp, "annotate", "--format", "markdown", *map(str, paths))
    assert result.returncode == 0
    assert_terminal_safe(result.stdout)
    assert not set(result.stdout.decode()) & set(BIDI_CONTROLS)
    assert "[reverse]this[/reverse]" in result.stdout.decode()


def test_hostile_file_names_are_escaped_in_errors_and_markdown(
    tmp_path: Path, monkeypatch, nlp
) -> None:
    evil = tmp_path / "x\x1b]0;pwned\x07.txt"
    missing = briefing("annotate", str(evil), timeout=30)
    assert missing.returncode == 1
    assert b"\x1b" not in missing.stderr and b"\x07" not in missing.stderr
    evil.write_text("Plain headline here\n\nThe envoy said “no”.\n", encoding="utf-8")
    shown = run_cli(monkeypatch, nlp, "annotate", "--format", "markdown", str(evil))
    assert shown.returncode == 0
    assert_terminal_safe(shown.stdout)


# --- the reader: `briefing PATH` ---------------------------------------------------


@pytest.mark.parametrize("case", ERRORS, ids=lambda c: c.name)
def test_reader_refuses_before_the_terminal_is_touched(tmp_path: Path, case) -> None:
    """One line on stderr and exit status 2, with nothing written to the
    terminal: Textual never starts (a hang here would be a timeout)."""
    if case.name == "unreadable" and running_as_root():
        pytest.skip("running as root: chmod 000 does not stop root reading the file")
    path = case.make(tmp_path)
    result = briefing(str(path), timeout=30)
    assert result.returncode == 2
    assert result.stdout == b""
    err = result.stderr.decode()
    assert err == f"briefing: {path}: {err.split(': ', 2)[2]}" and err.count("\n") == 1
    assert case.error in err


# What each textual case must show at the top of the reader (as displayed:
# bidi controls become U+FFFD and zero-width characters a middle dot).
SHOWN = {
    "latin-1": "Müller habe die Straße in Köln gesperrt.",
    "utf-16": "report was “deeply flawed”.",
    "nul-bytes": "Minister rejects the report",
    "escapes": "Breaking red news about a clipboard and a cleared screen.",
    "markup": "“[reverse]this[/reverse] is $accent text”",
    "bidi": "Bidi \ufffdevil override\ufffd and \ufffdisolate\ufffd text",
    "long-line": "Minister Anna Berg said in Oslo that the talks were “going well”",
    "german": "„Wir werden das nicht hinnehmen.“",
}


async def test_reader_shows_every_textual_case_literally_and_annotates_it(
    tmp_path: Path, annotated
) -> None:
    """Read as `briefing PATH...` reads them; annotated through the seam with
    the engine's own briefings of these files (from `annotated`)."""
    from reader_support import FixedAnnotator, screen_strips, screen_text

    from tui.app import BriefingApp
    from tui.launch import read_some

    articles, _ = read_some([str(case.make(tmp_path)) for case in OPENS])
    briefings = [Briefing.from_dict(record) for record in annotated[2].values()]
    app = BriefingApp(articles, FixedAnnotator(*briefings), remember_theme=False, overview=False)
    async with app.run_test(size=(120, 40)) as pilot:
        notes = [n.text for n in app.notices.all]  # the messages (m)
        for case in OPENS:
            if case.note:
                assert any(case.note in note for note in notes), (case.name, notes)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 240
        while any(doc.state not in ("ready", "missing", "failed") for doc in app.reader.docs):
            assert loop.time() < deadline, [doc.state for doc in app.reader.docs]
            await pilot.pause(0.1)
        for number, case in enumerate(OPENS):
            app.reader.number = number
            for _ in range(40):  # the switched-to view lays out on its first show
                await pilot.pause(0.05)
                shown = screen_text(app)
                if SHOWN[case.name] in shown:
                    break
            assert app.reader.doc.state == "ready", (case.name, app.reader.doc.message)
            assert app.reader.index.highlights, case.name  # its annotation, not an empty one
            assert SHOWN[case.name] in shown, (case.name, shown)
            for strip in screen_strips(app):
                for segment in strip:
                    assert not set(segment.text) & CONTROL_CHARACTERS, (case.name, segment)
                    assert not set(segment.text) & set(BIDI_CONTROLS), (case.name, segment)
