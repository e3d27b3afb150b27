"""Round 19 (focus A): a fire told only as put out, right after a strike or
blast, is part of that event; a fire with its own day, or with no event
before it, is one of its own. Sentences written for these tests (not from
any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 6, 10)
STRIKE = "A drone hit the tanker Marlin off Aden on Monday. "


def kinds(nlp, text: str) -> list[str]:
    return [i.type for i in annotate_text(text, nlp, published=WEDNESDAY).incidents]


@pytest.mark.parametrize(
    "after",
    [
        "A small fire on deck was put out by the crew.",
        "The crew extinguished a small fire on board.",
        "A fire in the engine room was quickly brought under control.",
        "Sailors contained a blaze in the hold within an hour.",
        "The resulting fire was doused by the crew.",
        "The crew put out a fire near the bridge.",
    ],
)
def test_a_fire_put_out_after_a_strike_is_part_of_it(nlp, after) -> None:
    assert kinds(nlp, STRIKE + after) == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        STRIKE + "On Tuesday a fire at a warehouse in Aden was put out by firefighters.",
        "A fire at a warehouse in Aden was put out by firefighters on Tuesday.",
        "Firefighters extinguished a fire at a substation near Aden on Sunday.",
    ],
)
def test_a_fire_with_its_own_day_or_nothing_before_is_an_event(nlp, text) -> None:
    assert "fire" in kinds(nlp, text)
