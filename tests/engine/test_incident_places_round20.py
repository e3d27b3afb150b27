"""Round 20 of the incident rules: places and types. A weapon's strike on a
named town, however the tagger took the town and whatever adverb stands
between weapon and verb ("Russian drones also attacked Mykolaiv"); names
of the shape "Bridge of Allan" kept whole. Sentences written for these
tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, only_on

FRIDAY = dt.date(2026, 6, 5)

events = events_on(FRIDAY)


only = only_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Overnight, Russian drones also attacked Mykolaiv.", "Mykolaiv"),
        ("Russian drones also attacked Odesa overnight.", "Odesa"),
        ("Ukrainian drones overnight attacked Belgorod, the governor said.", "Belgorod"),
        ("Russian drones once more targeted Zaporizhzhia overnight.", "Zaporizhzhia"),
        ("Russian missiles again hit Kharkiv on Monday.", "Kharkiv"),
        ("Russian missiles struck Kryvyi Rih on Monday.", "Kryvyi Rih"),
        ("Overnight Russian drones additionally attacked the port of Izmail.", "Izmail"),
        ("Russian drones attacked Mykolaiv overnight.", "Mykolaiv"),
        # the passive, the weapon its agent
        ("Mykolaiv was attacked by Russian drones overnight.", "Mykolaiv"),
        # (a first word with no entity label only when named again: round 21)
        ("Kharkiv was targeted by Russian drones overnight, the mayor of Kharkiv said.", "Kharkiv"),
        # the fire it caused, told next, is part of the strike
        (
            "Russian drones also attacked Mykolaiv. A fire broke out in the port district.",
            "Mykolaiv",
        ),
    ],
)
def test_a_weapons_strike_on_a_named_town_is_a_strike_there(nlp, text, place):
    event = only(nlp, text)
    assert (event.type, event.place) == ("strike", place)
    assert event.perpetrator is not None


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: the weapon is what was attacked; a person attacked in words
        "Air defence units also attacked the drones over the city.",
        "Drone operators also attacked him online.",
        "The drones were attacked by air defence units over the city.",
    ],
)
def test_not_a_strike_by_a_weapon(nlp, text):
    assert [e.type for e in events(nlp, text)] != ["strike"]


def test_hackers_who_also_attacked_are_no_strike(nlp):
    event = only(nlp, "Russian hackers also attacked the Danish port's website on Monday.")
    assert event.type == "cyber"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A van belonging to a cable contractor was set alight in Bridge of Allan on Tuesday.",
            "Bridge of Allan",
        ),
        ("A fire destroyed a warehouse in Bridge of Weir on Monday.", "Bridge of Weir"),
        ("An explosion damaged a substation on the Isle of Wight on Monday.", "Isle of Wight"),
        ("Arsonists set fire to a depot on the Isle of Man on Monday.", "Isle of Man"),
        ("A ship's anchor cut a cable in the Bay of Biscay on Monday.", "Bay of Biscay"),
        ("A cable was damaged in the Gulf of Bothnia on Monday.", "Gulf of Bothnia"),
        ("Two cables were cut in the Gulf of Finland on Monday.", "Gulf of Finland"),
        ("A drone was seen over the Strait of Hormuz on Monday.", "Strait of Hormuz"),
        ("A fire broke out at a warehouse in Port of Spain on Monday.", "Port of Spain"),
        # look-alikes: a title or a body "of" a place; "the <kind> of X" is X
        ("The Mayor of London said a warehouse in Croydon was set on fire on Monday.", "Croydon"),
        ("The Ministry of Defence said a cable near Orkney was cut on Monday.", "Orkney"),
        ("A drone struck the port of Varna on Monday.", "Varna"),
        ("A fire destroyed a depot in the city of Lviv on Monday.", "Lviv"),
        # a district's name the tagger left untagged
        ("A fire destroyed a depot in the Kyivskyi district on Monday.", "Kyivskyi district"),
    ],
)
def test_a_kind_of_place_of_a_name_is_one_name(nlp, text, place):
    assert only(nlp, text).place == place


@pytest.mark.parametrize(
    ("text", "place", "iso"),
    [
        (
            "Freight forwarder Rijnmond Cargo said on 3 June that its warehouse at Europoort"
            " had been set on fire overnight.",
            "Europoort",
            "2026-06-03",
        ),
        (
            "On 3 June, Rijnmond Cargo said its warehouse at Europoort had been set on fire"
            " overnight.",
            "Europoort",
            "2026-06-03",
        ),
        (
            "Its warehouse at Europoort was set on fire overnight, Rijnmond Cargo said on 3 June.",
            "Europoort",
            "2026-06-03",
        ),
        (
            "Rijnmond Cargo said on Tuesday that its depot in Rotterdam was set alight overnight.",
            "Rotterdam",
            "2026-06-02",
        ),
        (
            "Rijnmond Cargo announced on Monday that a fire had broken out at its plant in Venlo"
            " overnight.",
            "Venlo",
            "2026-06-01",
        ),
        (
            "Russian drones attacked Mykolaiv overnight, the governor said on Tuesday.",
            "Mykolaiv",
            "2026-06-02",
        ),
        # look-alikes: a saying with no day of its own leaves the article's night;
        # a day of the event's own is kept
        (
            "Its warehouse at Europoort was set on fire overnight, Rijnmond Cargo said.",
            "Europoort",
            "2026-06-05",
        ),
        (
            "Rijnmond Cargo said on 3 June that its warehouse at Europoort had been set on fire"
            " on 1 June.",
            "Europoort",
            "2026-06-01",
        ),
    ],
)
def test_overnight_told_in_a_dated_saying_is_the_night_into_that_day(nlp, text, place, iso):
    event = only(nlp, text)
    assert (event.place, event.date and event.date.iso) == (place, iso)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A cyberattack knocked the website of the Port of Varna Authority offline on Monday.",
            "Varna",
        ),
        (
            "The website of the Port of Varna Authority was knocked offline by a cyberattack"
            " on Monday.",
            "Varna",
        ),
        (
            "A DDoS attack took down the website of the Klaipeda State Seaport Authority"
            " on Monday.",
            "Klaipeda",
        ),
        ("On Monday a cyberattack disabled the ticketing systems of Latvian Railways.", "Latvia"),
        (
            "On Monday a cyberattack disabled the ticketing and freight systems at Latvian"
            " Railways' Riga freight node.",
            "Riga",
        ),
        (
            "Hackers broke into the booking system of Latvian Railways' Riga depot on Monday.",
            "Riga depot",
        ),
        (
            "Hackers took down the website of the Czech Republic's customs office on Monday.",
            "Czech Republic",
        ),
        # look-alikes: a firm named by neither town nor nation gives none
        ("A cyberattack hit the website of Lufthansa on Monday.", None),
        ("A Polish Navy ship was set on fire in Gdynia on Monday.", "Gdynia"),
    ],
)
def test_a_named_bodys_systems_are_in_the_town_or_nation_of_its_name(nlp, text, place):
    assert only(nlp, text).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The governor of Kursk region said Ukrainian drones attacked an oil depot overnight.",
            "Kursk region",
        ),
        (
            "Kursk governor Alexander Khinshtein said Ukrainian drones attacked an oil depot"
            " overnight.",
            "Kursk",
        ),
        ("Odesa's mayor said a drone hit a warehouse on Monday.", "Odesa"),
        ("The mayor of Odesa said a drone hit a warehouse on Monday.", "Odesa"),
        # look-alikes: the clause names its own place; a title with no place gives none
        ("The governor of Kursk region says drones attacked an oil depot in Kursk.", "Kursk"),
        (
            "The governor of the Kursk region said drones attacked an oil depot in the town"
            " of Lgov.",
            "Lgov",
        ),
        (
            "Belgorod governor Vyacheslav Gladkov said drones struck a substation in Shebekino.",
            "Shebekino",
        ),
        ("The regional governor said drones attacked an oil depot overnight.", None),
    ],
)
def test_an_officials_report_with_no_place_is_in_the_officials_region(nlp, text, place):
    assert only(nlp, text).place == place


@pytest.mark.parametrize(
    "text",
    [
        "The mayor was attacked by a man with a knife on Monday.",
        "The councillor was attacked by protesters on Monday.",
    ],
)
def test_a_person_set_upon_by_people_stays_an_attack(nlp, text):
    assert only(nlp, text).type == "attack"


HEADLINE = "Night of strikes across the south\n\nAir defences were busy until dawn. "


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Overnight, Russian drones also attacked Mykolaiv. A fire broke out in the"
            " Korabelnyi district.",
            [("strike", "Korabelnyi district", "Mykolaiv")],
        ),
        (
            "Russian missiles struck Kharkiv overnight. A fire broke out in the Kyivskyi district.",
            [("strike", "Kyivskyi district", "Kharkiv")],
        ),
        (
            "Overnight, Russian drones also attacked Mykolaiv. A fire broke out in the port"
            " district.",
            [("strike", "Mykolaiv", None)],
        ),
        # look-alikes: a district of another town; a fire on another day
        (
            "Russian drones attacked Odesa overnight. A fire broke out in the Korabelnyi"
            " district of Mykolaiv.",
            [("strike", "Odesa", None), ("fire", "Mykolaiv", None)],
        ),
        (
            "Russian drones attacked Odesa overnight. On Tuesday a fire broke out in the"
            " Peresyp district.",
            [("strike", "Odesa", None), ("fire", "Peresyp district", None)],
        ),
    ],
)
def test_a_fire_in_a_district_of_the_town_just_struck_is_the_strikes(nlp, text, found):
    assert [(e.type, e.place, e.area) for e in events(nlp, HEADLINE + text)] == found


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # a zero told of another place is not the strike's toll
        (
            "Russian drones attacked the Ukrainian port of Izmail across the Danube overnight."
            " No one was hurt in Romania, the defence ministry said.",
            None,
        ),
        (
            "Russian drones attacked the Ukrainian port of Izmail overnight. There were no"
            " injuries on Romanian territory.",
            None,
        ),
        (
            "Russian drones attacked the Ukrainian port of Izmail overnight. Nobody was injured"
            " on the Romanian side of the river.",
            None,
        ),
        # look-alike: a zero told of the attack itself
        (
            "Russian drones attacked the Ukrainian port of Izmail overnight. No one was hurt in"
            " the attack.",
            0,
        ),
    ],
)
def test_a_zero_toll_comes_only_from_the_events_own_place(nlp, text, injured):
    event = only(nlp, text)
    assert (event.toll and event.toll.injured) == injured
