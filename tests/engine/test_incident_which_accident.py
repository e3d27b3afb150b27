"""Round 19 (focus A): an event that a relative clause in its own sentence
puts down to an accident ("..., which the operator now blames on ice") is
no incident; one it puts down to a culprit stays. Sentences written for
these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 6, 10)


def kinds(nlp, text: str) -> list[str]:
    return [i.type for i in annotate_text(text, nlp, published=WEDNESDAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Repairs began after last week's break in a power cable near Porvoo, which the operator "
        "now blames on ice dragged by a ferry.",
        "A power cable near Porvoo was damaged last week, which the operator now blames on ice "
        "dragged by a ferry.",
        "The fire at the substation in Kotka on Monday, which investigators attribute to a short "
        "circuit, cut power to 3,000 homes.",
        "The explosion at the depot in Lahti on Monday, which police now say was caused by a gas "
        "leak, injured two workers.",
        "A blaze at a warehouse in Oulu on Sunday, which firefighters traced to faulty wiring, "
        "destroyed 40 tonnes of grain.",
    ],
)
def test_an_event_a_relative_clause_puts_down_to_an_accident_is_none(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The fire at the depot in Kotka on Monday, which police blame on arsonists, cut power "
            "to 3,000 homes.",
            "fire",
        ),
        (
            "The explosion at the depot in Lahti on Monday, which police say was caused by a bomb, "
            "injured two workers.",
            "explosion",
        ),
        ("A fire destroyed a warehouse in Oulu on Sunday, which was the third this month.", "fire"),
    ],
)
def test_an_event_a_relative_clause_blames_on_a_culprit_stays(nlp, text, kind) -> None:
    assert kind in kinds(nlp, text)
