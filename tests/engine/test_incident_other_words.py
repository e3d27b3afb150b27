"""Round 20 (focus A): one act told again in words of another type. A drone
told crashing, then "it" or "the drone" told entering the airspace, is one
airspace event; a drone that hit something keeps its strike, and a second
drone is another event. "The fire" after saboteurs set fire to something is
that act; a fire elsewhere or on another day is not. Sentences written for
these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

FRIDAY = dt.date(2026, 9, 11)


def kinds(nlp, text: str) -> list[str]:
    return [i.type for i in annotate_text(text, nlp, published=FRIDAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "A drone crashed in a field near the village of Ceatalchioi on Thursday. The ministry "
        "said it had entered Romanian airspace.",
        "A drone crashed and exploded in a sunflower field near the village of Pardina on "
        "Thursday. The defence ministry said it had entered Romanian airspace.",
        "A drone crashed near the village of Sfantu Gheorghe on Thursday. Officials said the "
        "drone had violated Romanian airspace.",
    ],
)
def test_the_drone_that_crashed_is_the_one_that_entered(nlp, text) -> None:
    assert kinds(nlp, text) == ["airspace"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone hit a house in Wyryki on Wednesday. The army said it had entered Polish "
            "airspace from Belarus.",
            1,
        ),
        (
            "A drone crashed near Tulcea on Thursday. On Friday, a second drone entered "
            "Romanian airspace near Galati.",
            2,
        ),
    ],
)
def test_a_drone_that_hit_or_another_drone_stays_apart(nlp, text, expected) -> None:
    found = kinds(nlp, text)
    assert len(found) == expected
    assert found[-1] == "airspace" if expected == 2 else found == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 March 2026, saboteurs set fire to a rail signal box near Kutno. The fire "
        "destroyed the box.",
        "Saboteurs torched a cable duct near Kutno on Sunday. The blaze cut signalling on the "
        "line for hours.",
        "Saboteurs set a relay cabinet alight near Kutno on Sunday. The fire spread to a shed.",
    ],
)
def test_the_fire_an_act_set_is_that_act(nlp, text) -> None:
    assert len(kinds(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Saboteurs set fire to a relay cabinet near Kutno on Sunday. A fire broke out at a "
        "depot in Lodz on Monday.",
        "Saboteurs set fire to a relay cabinet near Kutno on Sunday. The fire at the Plock "
        "refinery on Monday destroyed a tank.",
    ],
)
def test_another_fire_stays_apart(nlp, text) -> None:
    assert len(kinds(nlp, text)) == 2
