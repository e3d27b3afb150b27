"""Round 25 of the incident rules: dates. When the tagger's date runs on
past the day ("on Monday about 20 nautical miles south of Jask", "on
Tuesday that Sunday's fire"), the date is the day inside it that the
incident's words reach, never the run-on words read as a date ("20" as the
20th). Sentences written for these tests (not from any corpus or gold
set); each text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

THURSDAY = dt.date(2026, 5, 21)
HEADLINE = "Latest incident\n\n"

found = found_on(THURSDAY)


def dates(nlp, text: str) -> list[tuple[str, str | None] | None]:
    return [e.date and (e.date.text, e.date.iso) for e in found(nlp, HEADLINE + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's navy seized the tanker Talia Grace on Monday about 20 nautical miles south "
            "of Jask.",
            ("Monday", "2026-05-18"),
        ),
        (
            "Police in Trenčín said on Tuesday that Sunday's fire at a warehouse in the town "
            "was started deliberately.",
            ("Sunday's", "2026-05-17"),
        ),
        # look-alikes: dates that are whole as the tagger gives them
        (
            "A fire destroyed a warehouse in Kolding on Monday night.",
            ("Monday night", "2026-05-18"),
        ),
        ("A fire broke out at a depot in Vejle on 3 May 2024.", ("3 May 2024", "2024-05-03")),
        ("A blast hit a depot in Tartu last Sunday.", ("last Sunday", "2026-05-17")),
    ],
)
def test_a_run_on_date_is_the_day_inside_it(nlp, text, expected):
    assert dates(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An explosion in the engine room of the tanker Kalina Bay damaged the ship's hull "
            "while it was at anchor off Tobruk on Saturday.",
            ("Saturday", "2026-05-16"),
        ),
        # look-alikes: a "while" clause with no time, the time of a later report
        (
            "An explosion damaged the hull of the tanker Sea Laurel while it was moored in "
            "Gdansk, its owner said on Friday.",
            None,
        ),
    ],
)
def test_a_while_clause_of_the_clause_an_event_is_subject_of_dates_it(nlp, text, expected):
    assert dates(nlp, text) == [expected]


def test_a_full_date_the_tagger_took_for_an_event_dates_the_event(nlp):
    text = (
        "The Council listed these incidents.\n\n- On 9 September 2026, a cyberattack disabled "
        "the ticketing systems of Lithuanian Railways for almost two days."
    )
    assert dates(nlp, text) == [("9 September 2026", "2026-09-09")]


TIMELINE = "Here are the main incidents of the year.\n\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "13 February 2024 – Maksim Kuzminov, a Russian pilot, is found shot dead in a "
            "garage in Villajoyosa.",
            ("13 February 2024", "2024-02-13"),
        ),
        (
            "22 September – A parcel catches fire at a sorting hub near Poznań, injuring two "
            "workers.",
            ("22 September", "2025-09-22"),
        ),
        # look-alike: the line's news is an arrest; the fire has a date of its own
        ("3 October – Police arrest two men over a fire at a depot in Tartu in March.", None),
    ],
)
def test_a_timelines_line_date_is_the_date_of_what_its_line_does_or_finds(nlp, line, expected):
    assert dates(nlp, TIMELINE + line) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several drones were observed over Ørland air base on the night of 1 to 2 May.",
            ("the night of 1 to 2 May", "2026-05-01"),
        ),
        (
            "Drones flew over the Ørland air base during the night of 1 to 2 May.",
            ("the night of 1 to 2 May", "2026-05-01"),
        ),
        # look-alike: one day, as before
        (
            "A fire broke out at a depot in Tartu in the early hours of 12 February.",
            ("the early hours of 12 February", "2026-02-12"),
        ),
    ],
)
def test_a_night_of_two_days_is_dated_by_its_first(nlp, text, expected):
    assert dates(nlp, text) == [expected]
