"""Round 24: weapons told by where they came down, with verbs and nouns the
lexicon's entries lack ("Bombs fell on a market", "Mortars landed near a
school", "Rockets smashed into an apartment block"), and a drone that
crashed into a building and hurt people; their look-alikes stay no strike.
Sentences written for these tests (not from any corpus or gold set); each
text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


def _strikes(nlp, text: str) -> list[str]:
    return [i.text for i in found(nlp, HEADLINE + text) if i.type == "strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Bombs fell on a market in Kharkiv on Tuesday, killing three people.",
        "Russian bombs rained down on the town of Vovchansk overnight.",
        "Mortars landed near a school in Donetsk on Monday.",
        "Mortar rounds landed in the courtyard of a hospital in Gaza City.",
        "Mortars struck the outskirts of Mogadishu on Sunday.",
        "A mortar landed on a school in Kramatorsk on Monday.",
        "Rockets smashed into an apartment block in Zaporizhzhia overnight.",
        "Missiles tore into a residential block in Dnipro on Thursday, killing 40.",
        "Projectiles landed near a hospital in Khartoum on Wednesday.",
        "Glide bombs struck a hospital in Kherson on Sunday.",
        "Artillery shells pounded a residential district of Nikopol on Friday.",
        "A drone crashed into a block of flats in Odesa, injuring two.",
        "A drone smashed into an apartment building in Kyiv, wounding three residents.",
        "A drone plunged into a house in Sumy on Saturday, killing a woman.",
        "Hamas rockets fell on a kindergarten in Sderot on Friday.",
        "Fragments of a missile fell on a house in Bucharest on Monday.",
        # guided bombs by their name, a mortar's bombs
        "KABs fell on the centre of Kostiantynivka on Wednesday.",
        "FAB-500 bombs fell on a village near Kupiansk on Friday.",
        "Two mortar bombs exploded near a mosque in Mogadishu on Friday.",
        "A drone ploughed into a block of flats in Kyiv, killing a man.",
        "A drone smashed into a house in Rzeszow on Monday, injuring two.",
        # a place told in the passive as struck by the weapon
        "A school in Donetsk was struck by mortar rounds on Monday.",
        "The hospital in Gaza City was hit by mortars on Sunday, killing three.",
        "A residential block in Kharkiv was destroyed by KABs on Tuesday.",
    ],
)
def test_a_weapon_that_came_down_on_a_place_is_a_strike(nlp, text):
    assert _strikes(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Officials warned that bombs could fall on the city again.",
        "Residents fear bombs will fall on the market in Kharkiv again.",
        "Reports that rockets landed on a hospital in Haifa were false.",
        "Had the mortars landed on the school in Donetsk, dozens would have died.",
        "No mortars landed near the school in Donetsk on Monday.",
        "Bombs fell on a market in the video game.",
        "Mortars were found in a cellar in Bakhmut on Monday.",
        "The rockets smashed records at the box office.",
        "Police cleared shells that failed to explode near the village.",
        "A drone crashed in a field near Lviv on Monday.",
        "The missile fell into the sea off Crimea.",
        "Shells landed in a field near the village on Monday.",
        # a drone that smashed into a house and hurt nobody: not told as a strike
        "A drone smashed into a house in Rzeszow on Monday, but no one was injured.",
        "A drone smashed into a house in Rzeszow on Monday, injuring nobody.",
        # the builders' mortar
        "Crumbling mortar fell on a car in Glasgow, police said.",
        "Mortar and bricks fell on a school in Naples on Monday.",
        # a company, a price or a spacecraft came down
        "Shell fell 2% on the London market on Monday.",
        "Rocket prices fell on the market in Chicago.",
        "Rocket Lab fell 5% in New York on Monday.",
        "The SpaceX booster rocket landed safely on the platform.",
        "The rocket landed on the launch pad at Cape Canaveral.",
        "The record was hit by rockets fans on Monday.",
        "The bill was struck down by the court in Kyiv.",
    ],
)
def test_a_weapon_that_hit_nothing_is_no_strike(nlp, text):
    assert not _strikes(nlp, text), text


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded in a market in Mogadishu on Friday.",
        "Two bombs went off outside a police station in Quetta on Friday.",
    ],
)
def test_a_bomb_that_went_off_stays_an_explosion(nlp, text):
    assert [i.type for i in found(nlp, HEADLINE + text)] == ["explosion"]


def test_two_landings_in_one_text_stay_two_strikes(nlp):
    text = (
        "Bombs fell on a market in Kharkiv on Tuesday. "
        "Mortars landed near a school in Donetsk on Thursday."
    )
    assert len(_strikes(nlp, text)) == 2
