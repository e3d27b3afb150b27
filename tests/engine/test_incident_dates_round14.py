"""When an incident happened, told in the ways news tells time: datelines
with an hour, a weekday that fixes the year of a day told a year on, a night
over two days, holidays, days counted from another event ("a day after the
blast", "the previous Tuesday", "four days earlier" after a dated death), a
timeline's year headings, a month and year told just before a bare day, a
live blog's entries under a dated heading, and a time told before a saying
set off by commas. Sentences written for these tests (not from any corpus or
gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text
from annotate.incident_article_dates import dateline_date, dateline_end
from annotate.incident_dates import holiday, normalise_date, told_from

MONDAY = dt.date(2026, 11, 16)


def dates(nlp, text: str, published: dt.date | None = MONDAY) -> list[str | None]:
    incidents = annotate_text(text, nlp, published=published).incidents
    return [i.date.iso if i.date else None for i in incidents]


@pytest.mark.parametrize(
    ("top", "iso"),
    [
        ("Published 09:41 GMT, 12 June 2025\n\nText.", "2025-06-12"),
        ("Updated Nov. 3, 2025, 10:05 a.m. ET\n\nText.", "2025-11-03"),
        ("Posted on July 8, 2024 at 4:15 pm\n\nText.", "2024-07-08"),
        ("Published 2 May 2026, 18:30 CET\n\nText.", "2026-05-02"),
        ("ODESA, Jan 9 (Reuters) - Text.", None),  # no year: the page's date must say
    ],
)
def test_datelines_with_an_hour(top, iso) -> None:
    found = dateline_date(top)
    assert (found.isoformat() if found else None) == iso


def test_a_wire_dateline_without_a_year_is_the_reports_words() -> None:
    text = "RIGA, Feb 2 (Reuters) - A fire broke out."
    assert text[dateline_end(text) :].strip().startswith("A fire")


@pytest.mark.parametrize(
    ("text", "reference", "iso"),
    [
        # 14 March 2026 is a Saturday: a Friday 14 March is 2025's
        ("Friday 14 March", dt.date(2026, 3, 20), "2025-03-14"),
        ("Saturday 14 March", dt.date(2026, 3, 20), "2026-03-14"),
        ("Monday 14 March", dt.date(2026, 3, 20), None),  # no year near fits: no guess
        ("Friday 14 March, two years ago", dt.date(2027, 3, 20), "2025-03-14"),
        ("the night of 21 to 22 August", dt.date(2026, 9, 1), "2026-08-21"),
        ("Aug. 21-22", dt.date(2026, 9, 1), "2026-08-21"),
        ("21 to 25 August", dt.date(2026, 9, 1), None),  # days, not a night
        ("Christmas Eve", dt.date(2026, 1, 5), "2025-12-24"),
    ],
)
def test_normalising_days_told_without_their_year(text, reference, iso) -> None:
    assert normalise_date(text, reference) == iso


@pytest.mark.parametrize(
    ("text", "anchor", "iso"),
    [
        ("the previous Friday", "2026-05-10", "2026-05-08"),  # from a Sunday
        ("the Sunday before", "2026-05-10", "2026-05-03"),
        ("the following Monday", "2026-05-10", "2026-05-11"),
        ("two days after the explosion", "2026-05-10", "2026-05-12"),
        ("a week before the fire", "2026-05-10", "2026-05-03"),
        ("the same night", "2026-05-10", "2026-05-10"),
        ("the previous Friday", None, None),
        ("the previous Friday", "2026-05", None),  # counted from a month: no day
    ],
)
def test_days_counted_from_an_event(text, anchor, iso) -> None:
    assert told_from(text, anchor) == iso
    assert normalise_date(text, MONDAY) is None  # never from the article's date


def test_holidays_that_name_one_day() -> None:
    assert holiday("New Year's Eve") and holiday("Boxing Day")
    assert not holiday("Easter week") and not holiday("the summit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a counted day resolves against the event its noun names
            "A bomb exploded under a pipeline near Sarny in the early hours of Saturday. "
            "Two days after the explosion, arsonists set fire to a pumping station in Kovel.",
            ["2026-11-14", "2026-11-16"],
        ),
        (
            "Saboteurs blew up a rail switch near Chelm on 3 October. The previous Wednesday, "
            "hackers had taken down the website of the regional railway.",
            ["2026-10-03", "2026-09-30"],
        ),
        (
            # "four days earlier" after a day that is no incident's: the day told last
            "The activist Marek Sobol died in a hospital in Riga on 9 November. He had been "
            "beaten with iron bars outside his flat four days earlier.",
            ["2026-11-05"],
        ),
        (
            # the last time told is a month: no day can be counted from it
            "In October, investigators met in Warsaw. Two days later, a fire destroyed a "
            "warehouse in Radom.",
            [None],
        ),
    ],
)
def test_days_counted_from_another_are_resolved_against_it(nlp, text, expected) -> None:
    assert dates(nlp, text) == expected


def test_a_timelines_year_headings_date_its_entries(nlp) -> None:
    text = (
        "Timeline of the attacks on the grid\n\n"
        "2024\n\n"
        "12 August\nAn explosion destroyed a transformer near Kalush.\n\n"
        "2026\n\n"
        "2 February\nA drone struck a substation in Stryi.\n"
    )
    assert dates(nlp, text) == ["2024-08-12", "2026-02-02"]


def test_a_month_and_year_told_just_before_a_bare_day(nlp) -> None:
    text = (
        "The court in Poznan is hearing a case about events in September 2025. "
        "On 14 September, prosecutors say, the men set fire to a truck depot in Konin."
    )
    assert dates(nlp, text, dt.date(2026, 10, 2)) == ["2025-09-14"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Live: drones over the border\n\nFriday 13 November\n\n18:20\n"
            "A Russian drone hit a grain silo in Izmail at 5.40pm, the governor said.\n\n"
            "17:05\nMore updates soon.\n",
            ["2026-11-13"],
        ),
        (
            "Live: drones over the border\n\n07:45\n"
            "In Bolhrad, falling debris set fire to a petrol station.\n\n"
            "07:10\nMore updates soon.\n",
            ["2026-11-16"],  # no heading: the article's day
        ),
        (
            # an entry that tells of another day leaves an undated event undated
            "Live: drones over the border\n\n16:30\n"
            "Residents say the silo had been repaired since August. A drone hit its roof.\n\n"
            "15:10\nMore updates soon.\n",
            [None],
        ),
    ],
)
def test_a_live_blogs_entries_take_the_day_of_their_heading(nlp, text, expected) -> None:
    assert dates(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "A bus depot in Bremen burned down on 20 October. Three weeks earlier, the jury "
            "heard, the two men had torched a van owned by a Ukrainian charity in Hamburg.",
            "2026-09-29",
        ),
        (
            # the relative clause of the fire closes with its day
            "Police on Monday arrested a man over a fire that destroyed a hangar housing "
            "training aircraft at an airfield near Gdynia on Saturday, officials said.",
            "2026-11-14",
        ),
        (
            "A drone damaged the facade of a school and blew out its windows on 2 November.",
            "2026-11-02",
        ),
        (
            "Saboteurs cut a fibre-optic cable near Tartu in the early hours of 3 Nov. 2026, "
            "police said.",
            "2026-11-03",
        ),
        (
            "Prosecutors charged a teenager over a firebomb attack on a Ukrainian cultural "
            "centre in Vilnius on New Year's Eve.",
            "2025-12-31",
        ),
    ],
)
def test_a_time_told_around_the_events_own_words(nlp, text, iso) -> None:
    found = dates(nlp, text)
    assert iso in found


def test_a_count_before_a_clause_is_not_the_events_time(nlp) -> None:
    text = (
        "Nearly a week after the bombing of a ferry terminal at Zatoka shocked the region, "
        "the port remains closed."
    )
    incidents = annotate_text(text, nlp, published=MONDAY).incidents
    assert all(i.date is None or "after" not in i.date.text for i in incidents)


def test_an_event_counted_from_but_never_told_is_not_the_sentences_event(nlp) -> None:
    text = "Three days after the bombing, arsonists set fire to a printing house in Leipzig."
    [event] = annotate_text(text, nlp, published=MONDAY).incidents
    assert event.type == "fire"
    assert event.date is not None and event.date.iso is None  # no day to count from
