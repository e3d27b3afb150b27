"""Round 21 (places and types): a part of a town named as "the X district
of Y" is the place, the town its area. Sentences written for these tests
(not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

FRIDAY = dt.date(2026, 6, 5)

events = events_on(FRIDAY)


def only(nlp, text: str):
    found = events(nlp, text)
    assert len(found) == 1, [i.text for i in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        (
            "A man was stabbed in the Ziepniekkalns district of Riga on Tuesday.",
            "Ziepniekkalns",
            "Riga",
        ),
        ("A fire broke out at a warehouse in the Praga district of Warsaw.", "Praga", "Warsaw"),
        (
            "A car bomb exploded in the Kalamaria district of Thessaloniki.",
            "Kalamaria",
            "Thessaloniki",
        ),
        (
            "A drone hit a high-rise in the Shevchenkivskyi district of Kharkiv.",
            "Shevchenkivskyi",
            "Kharkiv",
        ),
        ("A parcel caught fire in the Mustamäe suburb of Tallinn.", "Mustamäe", "Tallinn"),
        # look-alikes: a town of a county, a village of a country: the name after "of"
        ("A man was stabbed in the Mayo town of Ballina on Tuesday.", "Ballina", None),
        ("A drone hit a house in the Romanian village of Plauru.", "Plauru", None),
    ],
)
def test_the_x_district_of_a_town_is_the_place_in_that_town(nlp, text, place, area):
    event = only(nlp, text)
    assert (event.place, event.area) == (place, area)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Russian strike hit Lutsk, the governor said.", "Lutsk"),
        ("A Russian missile strike hit Lutsk on Tuesday.", "Lutsk"),
        (
            "The Russian strike that set off the air-raid alarms in Poland hit the Ukrainian"
            " city of Lutsk, close to the border.",
            "Lutsk",
        ),
        (
            "The Russian attack, which set off alarms across eastern Poland, hit the Ukrainian"
            " city of Lutsk on Tuesday night.",
            "Lutsk",
        ),
        (
            "The Russian attack that triggered the sirens targeted the Ukrainian city of Rivne.",
            "Rivne",
        ),
        ("The Russian attack hit the Polish town of Hrubieszów on Tuesday.", "Hrubieszów"),
        ("A Russian attack targeted Dnipro overnight.", "Dnipro"),
        ("Russia's attack hit the city of Sumy on Sunday.", "Sumy"),
    ],
)
def test_a_states_attack_that_hit_a_town_is_a_strike_in_that_town(nlp, text, place):
    event = only(nlp, text)
    assert (event.type, event.place) == ("strike", place)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # look-alikes: a person hit, an attack with no state's name, a cyberattack
        ("The Russian attack hit a journalist in Kyiv.", "attack"),
        ("The attack hit the city of Lutsk.", "attack"),
        ("A Russian cyberattack targeted the city of Lutsk.", "cyber"),
    ],
)
def test_only_a_states_attack_on_a_town_becomes_a_strike(nlp, text, kind):
    assert only(nlp, text).type == kind
