"""Round 21 of the incident rules: dates. A part of a day with its date
("the early hours of 9 June 2025") keeps the date's year, whatever the
tagger made of the date; a clock time alone is the update's day; a range of
months ("April and May 2007") is its first month, of its year; a date after
the event's noun under a verb in the present or of remembering ("Police
recall the sabotage ... in October 2022") is the event's. Sentences written
for these tests (not from any corpus or gold set); each text opens with a
headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

from annotate.incident_date_ranges import first_of_range

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
        (
            "Losses, Wednesday October 21\n\nAt 9.45 a missile hit a warehouse in Odesa.",
            "2026-10-21",
        ),
        (
            "Update\n\nAt around 3 p.m. Russian troops shelled a hospital in Nikopol. At 17:40 "
            "a drone hit a bakery in Sumy.",
            "2026-10-23",
        ),
        (
            "Update\n\nShortly after 02:00 a drone struck an apartment block in Sumy. Air "
            "defence shot down two more drones at about 03:15.",
            "2026-10-23",
        ),
        (
            "Update\n\nA drone hit a fuel depot in Sumy at 04:15, the governor said. Another "
            "was shot down at 04:40.",
            "2026-10-23",
        ),
        # an hour alone, with no heading, names no day
        ("Update\n\nAt around 3 p.m. Russian troops shelled a hospital in Nikopol.", None),
        # look-alikes: a day told before dates the clock; a heading stands above its
        # entries only; an article telling another year names no day of the update
        (
            "Update\n\nOn Monday drones attacked Kyiv. At 10:20 a missile hit a school in "
            "Kupiansk.",
            "2026-10-19",
        ),
        (
            "Update\n\nAt 10:20 a missile hit a school in Kupiansk.\n\n21 October\n\n"
            "Drones were shot down over Kyiv at 23:10.",
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


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Estonian officials recall the cyberattacks of April and May 2007, when government "
            "websites were knocked offline.",
            "2007-04",
        ),
        (
            "Hackers knocked government websites in Tallinn offline in April and May 2007.",
            "2007-04",
        ),
        (
            "Hackers knocked government websites in Tallinn offline from March to May 2023.",
            "2023-03",
        ),
        ("Hackers knocked government websites in Tallinn offline in March-April 2022.", "2022-03"),
        (
            "Hackers knocked government websites in Tallinn offline in late April and early "
            "May 2007.",
            "2007-04",
        ),
        ("Saboteurs cut rail signal cables near Hamburg between April and June 2024.", "2024-04"),
        # look-alike: a month told apart from the next is in the article's year
        (
            "Hackers knocked government websites in Tallinn offline in April, and in May 2007 "
            "they struck again.",
            "2026-04",
        ),
    ],
)
def test_a_range_of_months_is_its_first_month_of_its_year(nlp, text, iso):
    first = events(nlp, HEADLINE + text)[0]
    assert first.date is not None and first.date.iso == iso, first.date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Police recall the sabotage on the rail network in October 2022.", "2022-10"),
        ("Police recalled the sabotage on the rail network in October 2022.", "2022-10"),
        (
            "The police recall the sabotage on the rail network in October 2022, which halted "
            "trains for days.",
            "2022-10",
        ),
        (
            "Officials in Berlin describe the attack on the pipeline in September 2022 as a "
            "turning point.",
            "2022-09",
        ),
        (
            "Investigators are still looking into the arson at a warehouse in Vilnius in "
            "March 2024.",
            "2024-03",
        ),
        ("Officials remembered the bombing of a bus in Volgograd in December 2013.", "2013-12"),
        # look-alike: a trial's verb has its own time
        ("Prosecutors charge him with the arson at the warehouse on Tuesday.", None),
    ],
)
def test_a_date_after_the_event_noun_is_its_own(nlp, text, iso):
    first = events(nlp, HEADLINE + text)[0]
    assert (first.date and first.date.iso) == iso, first.date


def test_first_of_range_needs_months():
    assert first_of_range("26 and 27 April 2007") == "26 April 2007"
    assert first_of_range("1 and 2 people") == "1 and 2 people"
    assert first_of_range("May 2007") == "May 2007"
