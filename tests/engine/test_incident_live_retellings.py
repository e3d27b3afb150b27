"""A live blog tells the night's strike again in later entries ("the
overnight attack on Odesa", "the attack overnight"): the same event as the
strike told "on Friday night" in the morning entry, since "overnight" told on
Saturday is the night into it. A strike told on another day stays apart.
A fire told right after the strike, where it struck, is what it set off.
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text
from annotate.incident_date_match import same_date
from annotate.model import DateRef

SATURDAY = dt.date(2026, 5, 16)

BLOG = (
    "Ukraine war live: drones hit Odesa\n\n"
    "Saturday 16 May 2026\n\n"
    "08:05\nRussian drones struck Odesa {when}, damaging port infrastructure and "
    "injuring five people, the regional governor said.\n\n"
    "13:10\n{later}\n"
)


@pytest.mark.parametrize("when", ["on Friday night", "on Friday evening", "overnight"])
@pytest.mark.parametrize(
    "later",
    [
        "Rescuers in Odesa have pulled a body from the rubble after the attack overnight, "
        "raising the death toll to one.",
        "Firefighters are still working at the port after the overnight drone attack on "
        "Odesa, officials said.",
    ],
)
def test_the_nights_strike_retold_later_is_one_event(nlp, when, later) -> None:
    text = BLOG.format(when=when, later=later)
    assert len(annotate_text(text, nlp, published=SATURDAY).incidents) == 1


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (DateRef("overnight", "2026-05-16"), DateRef("on Friday night", "2026-05-15"), True),
        (DateRef("overnight", "2026-05-16"), DateRef("Friday evening", "2026-05-15"), True),
        (DateRef("overnight", "2026-05-16"), DateRef("on Friday", "2026-05-15"), False),
        (DateRef("overnight", "2026-05-16"), DateRef("on Thursday night", "2026-05-14"), False),
        (DateRef("on Saturday", "2026-05-16"), DateRef("on Friday night", "2026-05-15"), False),
    ],
)
def test_overnight_is_the_night_into_its_day(a, b, same) -> None:
    assert same_date(a, b) is same
    assert same_date(b, a) is same


LEAD = "Russian drones struck the port of Izmail overnight, the governor said.\n\n"


@pytest.mark.parametrize(
    ("after", "n"),
    [
        # right after the strike, in the fire's own clause: what it set off
        ("Firefighters battled a blaze at the port after the drone attack.", 1),
        ("A fire broke out at a grain silo in Izmail after the strike.", 1),
        # a time between, another place or its own day: another event
        ("Two days after the attack, a fire destroyed a warehouse in Reni.", 2),
        ("A week after the drone attack, a fire broke out at a depot in Odesa.", 2),
        ("A fire broke out at a depot in Lviv after the strike.", 2),
        ("On Tuesday, after the strike, a fire destroyed a shed at the port.", 2),
    ],
)
def test_a_fire_right_after_the_strike_is_the_strikes(nlp, after, n) -> None:
    found = annotate_text(LEAD + after, nlp, published=SATURDAY).incidents
    assert len(found) == n
    assert found[0].type == "strike"
