"""Round 21 of the incident rules: dates, tolls and culprits. A part of a
day with its date ("the early hours of 9 June 2025") keeps the date's year,
whatever the tagger made of the date. Sentences written for these tests
(not from any corpus or gold set); each text opens with a headline line, as
an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

FRIDAY = dt.date(2026, 10, 23)
HEADLINE = "Arson trial\n\n"

events = events_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "The court heard that a fire broke out in the early hours of 9 June 2025 at a "
            "warehouse in Tartu. The defendant was also convicted over a fire at a garage in "
            "Narva on 3 May 2024.",
            "2025-06-09",
        ),
        (
            "Prosecutors said a blaze started on the night of 9 June 2025 in a warehouse in Tartu.",
            "2025-06-09",
        ),
        ("A fire broke out in the early hours of June 9, 2025 at a depot in Tartu.", "2025-06-09"),
        (
            "According to the indictment, the man set fire to a bus depot in Pärnu on the "
            "evening of 14 March 2024.",
            "2024-03-14",
        ),
        (
            "The depot in Pärnu was set alight in the small hours of 2 February 2025, the "
            "prosecutor told the court.",
            "2025-02-02",
        ),
        (
            "A car was torched outside the home of a journalist in Riga on the morning of "
            "3 May 2024.",
            "2024-05-03",
        ),
        # look-alikes: without a year the article's year; a count after the day is no year
        ("A fire broke out in the early hours of 9 June at a warehouse in Tartu.", "2026-06-09"),
    ],
)
def test_a_part_of_a_day_keeps_its_dates_year(nlp, text, iso):
    first = events(nlp, HEADLINE + text)[0]
    assert first.date is not None and first.date.iso == iso, first.date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "22 October\n\nAt 10:20 Russian forces dropped a guided bomb on a school in Kupiansk.",
            "2026-10-22",
        ),
        (
            "Operational update, Wednesday 22 October\n\n"
            "At about 15:30 the enemy shelled a hospital in Nikopol.",
            "2026-10-22",
        ),
        ("October 21, 2026\n\nAt 9.45 a missile hit a warehouse in Odesa.", "2026-10-21"),
        ("Update\n\nAt around 3 p.m. Russian troops shelled a hospital in Nikopol.", "2026-10-23"),
        ("Update\n\nShortly after 02:00 a drone struck an apartment block in Sumy.", "2026-10-23"),
        ("Update\n\nA drone hit a fuel depot in Sumy at 04:15, the governor said.", "2026-10-23"),
        # look-alikes: a day told before dates the clock; a heading stands above its
        # entries only; an article telling another year names no day of the update
        (
            "Update\n\nOn Monday drones attacked Kyiv. At 10:20 a missile hit a school in "
            "Kupiansk.",
            "2026-10-19",
        ),
        (
            "Update\n\nAt 10:20 a missile hit a school in Kupiansk.\n\n21 October\n\n"
            "Drones were shot down over Kyiv.",
            "2026-10-23",
        ),
        (
            "Looking back\n\nAt 10:20 a bomb exploded at a market in Grozny, killing four "
            "people. The war there ended in 2009.",
            None,
        ),
    ],
)
def test_a_clock_time_alone_is_the_day_of_the_update(nlp, text, iso):
    first = events(nlp, text)[0]
    assert (first.date and first.date.iso) == iso, first.date
