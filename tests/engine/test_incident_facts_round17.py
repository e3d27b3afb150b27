"""Round 17 of the incident rules: facts of events already found. Those in
hospital or intensive care are the hurt; the day of a timeline line is never
a count; a line's own year dates its event, and its date never runs into a
count after the dash. Sentences written for these tests (not from any corpus
or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 5, 20)


def events(nlp, text: str):
    return annotate_text(text, nlp, published=WEDNESDAY).incidents


def toll(event) -> tuple[int | None, int | None] | None:
    return None if event.toll is None else (event.toll.killed, event.toll.injured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those in hospital or intensive care were hurt, counted or one
        (
            "A gas explosion at a chemical plant in Opole on Monday was caused by "
            "sabotage, prosecutors said. A worker has died and four others are in hospital.",
            (1, 4),
        ),
        (
            "A bomb exploded at a bus stop in Mostar on Friday. Two people remain in "
            "intensive care.",
            (None, 2),
        ),
        ("A drone hit a school in Sumy on Monday. A teacher is in hospital.", (None, 1)),
        (
            "A drone hit a school in Sumy on Monday, injuring five children. Two of them "
            "remain in hospital.",
            (None, 5),
        ),
        # in a hospital, but not as a patient
        (
            "A drone hit a school in Sumy on Monday. The mayor, who was in hospital "
            "visiting the wounded, condemned the attack.",
            None,
        ),
        (
            "A fire destroyed a warehouse in Lodz on Monday. Three workers were in the "
            "hospital's car park when it started.",
            None,
        ),
        # the day of a timeline line is not a count
        (
            "Border incidents, 2025\n\n9 June - A border guard is shot and wounded in "
            "the leg near the village of Dubicze.",
            (None, 1),
        ),
        (
            "Border incidents, 2025\n\nJuly 14 - Two soldiers are stabbed through the "
            "fence near the village of Narewka.",
            (None, 2),
        ),
    ],
)
def test_tolls(nlp, text, expected):
    (event,) = events(nlp, text)
    assert toll(event) == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a timeline line's own year dates its event
        (
            "Border incidents\n\n28 May 2024 - A soldier is stabbed through a fence near "
            "the village of Narewka.",
            ("28 May 2024", "2024-05-28"),
        ),
        (
            "Sabotage in the Baltics, 2025\n\nMarch 3, 2024: A fire destroyed a depot in Tartu.",
            ("March 3, 2024", "2024-03-03"),
        ),
        # the line's date never runs into the count after its dash
        (
            "Drones over Poland\n\n10 September 2025 - About 20 Russian drones crossed "
            "into Polish airspace.",
            ("10 September 2025", "2025-09-10"),
        ),
    ],
)
def test_timeline_line_dates(nlp, text, date):
    (event,) = events(nlp, text)
    assert event.date is not None
    assert (event.date.text, event.date.iso) == date
