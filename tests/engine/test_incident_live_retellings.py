"""A live blog tells the night's strike again in later entries ("the
overnight attack on Odesa", "the attack overnight"): the same event as the
strike told "on Friday night" in the morning entry, since "overnight" told on
Saturday is the night into it. A strike told on another day stays apart.
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
