"""Round 21 (places and types): a part of a town named as "the X district
of Y" is the place, the town (a capital, or named again) its area; a
state's attack that hit a town is a strike there; a drone that crossed a
river is placed where it flew over. Sentences written for these tests
(not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, only_on

FRIDAY = dt.date(2026, 6, 5)

events = events_on(FRIDAY)


only = only_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        (
            "A man was stabbed in the Ziepniekkalns district of Riga on Tuesday.",
            "Ziepniekkalns",
            "Riga",
        ),
        ("A fire broke out at a warehouse in the Praga district of Warsaw.", "Praga", "Warsaw"),
        ("An explosion damaged a bus stop in the Obolon district of Kyiv.", "Obolon", "Kyiv"),
        ("A parcel caught fire in the Mustamäe suburb of Tallinn.", "Mustamäe", "Tallinn"),
        # a town that is no capital: the article names it again on its own
        (
            "A car bomb exploded in the Kalamaria district of Thessaloniki. Police in"
            " Thessaloniki said two people were hurt.",
            "Kalamaria",
            "Thessaloniki",
        ),
        (
            "A drone hit a high-rise in the Shevchenkivskyi district of Kharkiv. The mayor of"
            " Kharkiv said no one was hurt.",
            "Shevchenkivskyi",
            "Kharkiv",
        ),
        # look-alikes: the town first, its suburb after "of"; a kind of town; a village
        (
            "A fire broke out at a depot in the Riga suburb of Jaunciems. Smoke drifted over Riga.",
            "Jaunciems",
            None,
        ),
        ("A man was stabbed in the Mayo town of Ballina on Tuesday.", "Ballina", None),
        ("A drone hit a house in the Romanian village of Plauru.", "Plauru", None),
        # a town told once, no capital: which is the town is unsure, the old reading stays
        ("A car bomb exploded in the Kalamaria district of Thessaloniki.", "Thessaloniki", None),
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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A small drone crossed the Daugava from Belarus and flew over the Olaine"
            " power station.",
            "Olaine power station",
        ),
        (
            "A drone crossed the Narva River from Russia and flew over the Narva power plant.",
            "Narva power plant",
        ),
        (
            "Two drones crossed the Bug river and circled over the Dorohusk rail terminal.",
            "Dorohusk rail terminal",
        ),
        (
            "A drone crossed the Daugava before circling above the Olaine power station.",
            "Olaine power station",
        ),
        (
            "A drone crossed the border from Belarus and hovered above the Alytus military base.",
            "Alytus military base",
        ),
        # look-alike: nothing flown over, the river crossed is all the text gives
        ("A drone crossed the Narva River from Russia on Sunday.", "Narva River"),
    ],
)
def test_a_drone_that_crossed_a_river_is_placed_where_it_flew_over(nlp, text, place):
    event = only(nlp, text)
    assert (event.type, event.place) == ("airspace", place)


def test_a_killing_placed_in_a_district_is_the_murder_told_in_its_town(nlp):
    found = events(
        nlp,
        "Investigators believe the murder of a journalist in Tallinn in March was ordered"
        " from abroad.\n\nAnna Kask, 41, was shot dead outside her flat in the Mustamäe"
        " suburb of Tallinn on the evening of 3 March.",
    )
    assert [(e.place, e.area) for e in found] == [("Mustamäe", "Tallinn")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ukraine said a massive Russian attack on western Ukraine began at dawn.", "strike"),
        ("The Russian attack on the city of Sumy injured 12 people.", "strike"),
        # look-alikes: a state's attack on a ship, on people, on websites
        ("The Russian attack on the tanker Eventin injured two sailors.", "attack"),
        ("A Belarusian attack on Lithuanian border guards injured two.", "attack"),
        ("A Russian cyberattack on Estonia disrupted banks on Monday.", "cyber"),
    ],
)
def test_a_states_attack_on_a_named_place_is_a_strike(nlp, text, kind):
    assert [e.type for e in events(nlp, text)] == [kind]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Shots were fired at a Duke Energy substation on Birch Road east of Moxee on Saturday.",
            "Moxee",
        ),
        (
            "Gunmen fired at a Xcel Energy substation on Pine Street in Carthage.",
            "Pine Street in Carthage",
        ),
        # look-alikes: a site's own name; a firm's site with nothing else told
        ("A fire broke out at the Oak Ridge substation on Birch Road.", "Oak Ridge substation"),
        ("Shots were fired at a Duke Energy substation on Saturday.", "Duke Energy substation"),
    ],
)
def test_a_firms_substation_on_a_road_is_placed_by_the_road_or_town(nlp, text, place):
    assert [e.place for e in events(nlp, text)] == [place]


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        (
            "Security staff saw drones circling above the test hall of the Fraunhofer Institute"
            " on Friday.",
            "Fraunhofer Institute",
            None,
        ),
        (
            "Drones were spotted over the reactor hall of the Institute for Nuclear Research in"
            " Świerk on Thursday.",
            "Institute for Nuclear Research",
            "Świerk",
        ),
        (
            "Two drones were seen hovering above the main building of Riga Technical University.",
            "Riga Technical University",
            None,
        ),
        (
            "Drones were spotted over the Institute of Physics in Tartu.",
            "Institute of Physics",
            "Tartu",
        ),
        (
            "A fire broke out in a laboratory of the Max Planck Institute in Munich.",
            "Max Planck Institute",
            "Munich",
        ),
        # look-alikes: the institute as the one who speaks; its systems, not a site
        (
            "Drones were spotted over Warsaw, the Institute for Nuclear Research said.",
            "Warsaw",
            None,
        ),
        ("Hackers broke into the servers of the Institute for Nuclear Research.", None, None),
    ],
)
def test_a_named_institution_where_it_happened_is_the_place(nlp, text, place, area):
    assert [(e.place, e.area) for e in events(nlp, text)] == [(place, area)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A blast hit a tanker moored at Pier 4 of the Ust-Luga oil terminal.",
            "Ust-Luga oil terminal",
        ),
        ("An explosion damaged a tanker anchored at berth 7 in the port of Primorsk.", "Primorsk"),
        (
            "A fire broke out on a tug moored at the Gdynia container terminal.",
            "Gdynia container terminal",
        ),
        # look-alike: where the ship was going is not where it was hit
        ("A drone hit a ship heading to Odesa.", None),
    ],
)
def test_a_ship_hit_at_its_berth_is_placed_at_the_berths_port(nlp, text, place):
    assert [e.place for e in events(nlp, text)] == [place]


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        (
            "A fire started in a workshop at defence firm Saab's site in Karlskoga on Sunday.",
            "Karlskoga",
            None,
        ),
        (
            "On Monday a fire broke out in a storage building at Nammo's ammunition plant in"
            " Raufoss, the company said.",
            "Raufoss",
            None,
        ),
        # a firm's name before its plant is not the plant's town when a town follows
        (
            "A blaze destroyed a storage building at the Nammo plant in Raufoss overnight.",
            "Nammo plant",
            "Raufoss",
        ),
        # look-alike: a town's name before its airport is its town
        ("A fire broke out at Munich airport on Monday.", "Munich airport", "Munich"),
    ],
)
def test_a_fire_at_a_firms_plant_is_placed_in_the_plants_town(nlp, text, place, area):
    assert [(e.place, e.area) for e in events(nlp, text)] == [(place, area)]


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        ("A drone strike hit a Ukrainian power plant on Monday.", None, None),
        (
            "Russian missiles struck the Ukrainian city of Lutsk near the Polish border.",
            "Lutsk",
            None,
        ),
        # look-alikes: a nation's airspace is a place; a country named is one
        ("Two Russian drones entered Polish airspace on Monday.", "Poland", None),
        ("A drone strike hit a power plant in Ukraine on Monday.", "Ukraine", None),
    ],
)
def test_a_demonym_is_never_a_place_nor_a_border_an_area(nlp, text, place, area):
    assert [(e.place, e.area) for e in events(nlp, text)] == [(place, area)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A fire broke out on a platform of the Baltic Eagle wind farm on Monday.",
            "Baltic Eagle wind farm",
        ),
        (
            "The power cable of the Arkona Ost wind farm off Usedom was damaged last week.",
            "Arkona Ost wind farm",
        ),
        # look-alike: a people's word before a site is no name
        ("A drone hit a Russian oil depot overnight.", None),
    ],
)
def test_a_named_wind_farm_is_the_place_whatever_the_tagger_took_its_name_for(nlp, text, place):
    assert [e.place for e in events(nlp, text)] == [place]


def test_a_region_named_in_the_plural_stays_a_place(nlp):
    found = events(
        nlp, "Sabotage in the Baltics\n\nA fire destroyed a depot in the Baltics on Monday."
    )
    assert [e.place for e in found] == ["Baltics"]
