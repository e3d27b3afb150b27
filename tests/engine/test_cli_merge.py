"""`briefing annotate --merge` and saved pages through the real engine, end to end.

The story folder holds three invented outlets' pages on one depot blast
(each naming the minister differently) and a text file on a warehouse fire
in another city five days later.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import not_progress

FIXTURES = Path(__file__).parent / "fixtures"
STORY = FIXTURES / "story"


def briefing(*args: str, timeout: float = 180) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def merged() -> dict:
    result = briefing("annotate", "--merge", str(STORY))
    assert result.returncode == 0, result.stderr.decode()
    assert not_progress(result.stderr) == []  # progress only, when the machine is slow
    return json.loads(result.stdout)


def test_the_folder_is_one_set_of_articles_in_date_order(merged: dict) -> None:
    assert merged["schema"] == "briefing-set/1"
    rows = [(Path(a["path"]).name, a["site"], a["date"]) for a in merged["articles"]]
    assert rows == [
        ("northern-ledger.html", "Northern Ledger", "2025-03-04"),
        ("baltic-wire.html", "Baltic Wire", "2025-03-05"),
        ("coastal-times.html", "Coastal Times", "2025-03-06"),
        ("krakow-warehouse-fire.txt", None, None),
    ]
    for article in merged["articles"]:
        assert article["briefing"]["schema"] == "briefing/1"
        assert article["text_sha256"] == article["briefing"]["text_sha256"]
    assert merged["articles"][0]["url"] == (
        "https://northern-ledger.example/world/gdansk-depot-explosion"
    )


def test_the_minister_named_three_ways_is_one_actor(merged: dict) -> None:
    (minister,) = [a for a in merged["actors"] if "Kowalczyk" in a["name"]]
    assert minister["name"] == "Anna Kowalczyk"
    assert sorted({r["article"] for r in minister["articles"]}) == [0, 1, 2]


def _events_at(merged: dict, place: str, kind: str | None = None) -> list[dict]:
    return [
        e
        for e in merged["events"]
        if e["place"] and place in e["place"] and kind in (None, e["type"])
    ]


def test_the_fire_in_another_city_days_later_is_another_event(merged: dict) -> None:
    (fire,) = _events_at(merged, "Krakow")
    assert fire["date"] == "2025-03-09" and [r["article"] for r in fire["reports"]] == [3]
    assert all(r["article"] != 3 for e in _events_at(merged, "Gdansk") for r in e["reports"])


def test_the_blast_is_one_event_reported_by_all_three_outlets(merged: dict) -> None:
    (blast,) = _events_at(merged, "Gdansk", "explosion")
    assert blast["date"] == "2025-03-04"
    assert sorted({r["article"] for r in blast["reports"]}) == [0, 1, 2]


def test_merge_as_markdown_is_the_report_without_notes() -> None:
    result = briefing("annotate", "--merge", "--format", "markdown", str(STORY))
    assert result.returncode == 0, result.stderr.decode()
    text = result.stdout.decode()
    assert text.startswith("# Briefing: Explosion rips through Gdansk fuel depot and 3 more\n")
    for heading in ("## Who is quoted", "## Positions", "## Incident timeline", "## Notes"):
        assert f"\n{heading}\n" in text


def test_a_hostile_page_annotates_to_terminal_safe_output() -> None:
    result = briefing("annotate", "--format", "markdown", str(FIXTURES / "pages" / "hostile.html"))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.startswith("# Mayor resigns after audit\n")
    assert "\x1b" not in out and "\x07" not in out and "[2J" not in out
    assert "alert('inline')" not in out
    assert "removed 3 terminal control codes" in result.stderr.decode()
