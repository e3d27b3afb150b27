"""What came from the air says the kind: a bomb dropped by an air force
(guided, glide, aerial, KAB, dropped by jets) is a strike, a bomb a person
sets or an old one found is an explosion; a drone that came down on open
ground or a country's territory is an airspace violation, one that hit a
building a strike. Sentences written for these tests (not from any corpus
or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

THURSDAY = dt.date(2026, 9, 17)


def kinds(nlp, text: str) -> list[str]:
    return [e.type for e in annotate_text(text, nlp, published=THURSDAY).incidents]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # dropped from the air: a strike, whatever verb tells the impact
        ("A Russian guided aerial bomb hit a tractor plant in Kharkiv on Monday.", "strike"),
        ("A guided bomb struck a warehouse in Zaporizhzhia on Tuesday, killing one.", "strike"),
        ("An aerial bomb exploded near a school in Sumy on Wednesday.", "strike"),
        ("Two glide bombs slammed into a shopping centre in Kramatorsk overnight.", "strike"),
        ("Russian forces hit the town of Kupiansk with KAB bombs on Monday.", "strike"),
        ("Jets dropped bombs on a market in Nyala on Sunday, the monitors said.", "strike"),
        # set by a person, or a relic of an old war: an explosion
        ("A homemade bomb exploded outside a bank in Lyon on Tuesday.", "explosion"),
        ("A bomb planted under a car exploded in Dnipro on Friday, police said.", "explosion"),
        ("A pipe bomb went off near the air base gate in Lecce on Monday.", "explosion"),
        (
            "An unexploded aerial bomb from the Second World War exploded at a "
            "building site in Hamburg on Monday.",
            "explosion",
        ),
    ],
)
def test_a_bomb_dropped_from_the_air_is_a_strike(nlp, text, kind) -> None:
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # came down where it hit nothing: an intrusion
        ("A Russian drone crashed in a field in eastern Romania on Tuesday night.", "airspace"),
        ("A drone crashed into a field near the village of Wyryki on Wednesday.", "airspace"),
        ("A Russian drone crashed on Moldovan territory near Cahul on Monday.", "airspace"),
        (
            "The drone that crashed in a forest near Rezekne on Monday had entered "
            "Latvian airspace from Belarus.",
            "airspace",
        ),
        ("A Russian drone crashed in eastern Romania on Tuesday night.", "airspace"),
        ("A Belarusian drone crashed in Lithuania on Sunday, the army said.", "airspace"),
        # came down on something, or in a place not named as a country: a strike
        ("A Russian drone crashed in Kyiv on Tuesday.", "strike"),
        ("A Russian drone crashed in Russia on Tuesday, its army said.", "strike"),
        ("A Russian drone crashed into an apartment block in Kyiv on Tuesday.", "strike"),
        ("A drone crashed into a warehouse in a field near Odesa on Tuesday.", "strike"),
    ],
)
def test_a_drone_that_came_down_in_the_open_is_an_airspace_violation(nlp, text, kind) -> None:
    assert kinds(nlp, text) == [kind]
