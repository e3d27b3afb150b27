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
