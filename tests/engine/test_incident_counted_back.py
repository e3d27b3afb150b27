"""Round 19 (focus A): an event counted in a series ("It is the third act
of sabotage this year") is a mention of the event just told, not a new one;
a second event told with its own place and day stays apart. Sentences
written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 6, 10)


def events(nlp, text: str):
    return annotate_text(text, nlp, published=WEDNESDAY).incidents


@pytest.mark.parametrize(
    "text",
    [
        "A fire destroyed a signal box near Ostrava on Monday. It is the third act of sabotage "
        "against the rail network in the district this year.",
        "Arsonists torched a cable duct near Olomouc on Sunday. It was the second such attack on "
        "the line in a month.",
        "A drone was spotted over the air base at Caslav on Friday night. That makes it the fifth "
        "drone incursion over the base this year.",
        "An explosion damaged a rail bridge near Brno on Tuesday. The blast was the fourth attack "
        "on the railway since January.",
        "Vandals set fire to a relay cabinet near Kolin on Monday. This is the sixth arson attack "
        "on the region's railways this year.",
        "Hackers took down the city council's website in Zlin on Monday. It was the third "
        "cyberattack on the council since March.",
    ],
)
def test_a_count_said_of_the_event_just_told_is_a_mention_of_it(nlp, text) -> None:
    assert len(events(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A fire destroyed a signal box near Ostrava on Monday. A second fire broke out at a depot "
        "in Opava on Tuesday.",
        "A fire destroyed a signal box near Ostrava on Monday. The third attack, at a depot in "
        "Opava on Tuesday, caused no damage.",
    ],
)
def test_a_second_event_with_its_own_place_and_day_stays_apart(nlp, text) -> None:
    assert len(events(nlp, text)) == 2
