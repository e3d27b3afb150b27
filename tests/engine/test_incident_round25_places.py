"""Round 25 of the place rules, shapes where the engine gave no place though
the event's own sentence names one, or gave a cut or wrong span: a device
that went off under a car or the tracks; a country told by its formal title
beside a town ("the Republic of Lithuania near Druskininkai"); a drone that
came down "in Ludza Municipality" (the whole name, not its last word).
Sentences written for these tests (not from any corpus or gold set); each
text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


def places(nlp, text: str) -> list[str | None]:
    return [e.place for e in found(nlp, HEADLINE + text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "An explosive device went off under a car belonging to a volunteer in the "
            "Praga district of Warsaw early on Saturday, wounding the owner.",
            "Praga",
        ),
        (
            "An explosive device was set off under the tracks of the main railway near "
            "Kutno shortly before a freight train was due to pass.",
            "Kutno",
        ),
        ("A bomb exploded beneath a police car in Kirkuk on Monday.", "Kirkuk"),
    ],
)
def test_what_went_off_under_a_thing_is_placed_by_it(nlp, text, place):
    assert places(nlp, text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: "under" that is no place: a law, a command, a pressure
        "A man was convicted under the Terrorism Act of 2006 for the arson on Monday.",
        "The arson was carried out under orders from Moscow, prosecutors said on Monday.",
    ],
)
def test_under_a_law_or_orders_is_no_place(nlp, text):
    assert places(nlp, text) in ([], [None])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On Tuesday a Belarusian military helicopter crossed the state border of the "
            "Republic of Lithuania near Druskininkai and flew about a kilometre into "
            "Lithuanian airspace.",
            "Druskininkai",
        ),
        (
            "On Tuesday two military drones entered the airspace of the Republic of Poland "
            "near Włodawa, the army said.",
            "Włodawa",
        ),
    ],
)
def test_a_town_beside_a_state_told_by_its_title_is_the_place(nlp, text, place):
    assert places(nlp, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # look-alikes: the state by its title alone is still a place, a country
        ("On Tuesday a drone crossed the border of the Republic of Lithuania.", "Lithuania"),
        # a republic that is no country's title keeps its name
        ("A fire destroyed a depot in the Republic of Karelia on Monday.", "Republic of Karelia"),
    ],
)
def test_a_state_by_its_title_alone(nlp, text, place):
    assert places(nlp, text)[0] in (place, f"Republic of {place}")


def test_a_drone_that_came_down_in_a_municipality_keeps_its_whole_name(nlp):
    text = (
        "On Wednesday, at 03:47, a Russian military drone entered Latvian airspace and "
        "fell in an agricultural field near Ludza, in Ludza Municipality."
    )
    assert places(nlp, text) == ["Ludza Municipality"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two men set fire to a Dagenham warehouse full of drone parts on Monday.", "Dagenham"),
        (
            "A fire destroyed 14 military trucks at a Bundeswehr vehicle depot in the "
            "Rahlstedt district of Hamburg on Sunday night.",
            "Hamburg",
        ),
        (
            "Someone fired a dozen rounds into a Pacific Power substation east of Yakima "
            "early on Tuesday, cutting power to 8,000 homes.",
            "Yakima",
        ),
    ],
)
def test_a_site_told_with_a_is_placed_by_its_town(nlp, text, place):
    """ "a Dagenham warehouse" is a warehouse in Dagenham, not a site's name;
    a firm's or a force's name before the site yields to the town given."""
    assert places(nlp, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # look-alikes: a site's own name, told with "the", stays whole
        (
            "A fire broke out at the Abu Shouk displacement camp on Monday.",
            "Abu Shouk displacement camp",
        ),
        ("Drones were seen over Munich airport on Friday night.", "Munich airport"),
    ],
)
def test_a_site_told_with_the_keeps_its_name(nlp, text, place):
    assert places(nlp, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "During the night, personnel at Karup air base observed several drones over "
            "and near the base between 22:15 and 01:30.",
            "Karup air base",
        ),
        (
            "On Monday night soldiers at the Gdynia naval port reported several drones "
            "circling over the base.",
            "Gdynia naval port",
        ),
    ],
)
def test_a_sighting_with_no_place_is_where_the_watchers_stood(nlp, text, place):
    """ "personnel at X observed drones over the base": the base is X."""
    assert places(nlp, text)[0] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # look-alikes: the sighting names its own place; a report of what was
        # told is no sighting, and the teller's town is not where it happened
        (
            "On Monday officials in Riga said hackers broke into a bank in Tallinn.",
            "Tallinn",
        ),
        (
            "On Monday analysts in London reported that hackers broke into a bank.",
            None,
        ),
    ],
)
def test_the_watchers_post_yields_to_the_sightings_own_place(nlp, text, place):
    assert (places(nlp, text) or [None])[0] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "An explosion ripped through the engine room of the tanker Marit Volga on "
            "Saturday while it was drifting about 110 nm north of Benghazi.",
            "Benghazi",
        ),
        (
            "Pirates boarded the product tanker Sea Wren 45 nautical miles south of Lagos "
            "early on Sunday and kidnapped six of its crew.",
            "Lagos",
        ),
    ],
)
def test_a_bearing_hung_on_the_verb_places_the_event(nlp, text, place):
    """ "45 nautical miles south of X", the compass word the verb's adverb."""
    assert places(nlp, text)[0] == place


def test_a_bearing_from_no_name_is_no_place(nlp):
    text = "An explosion ripped through the engine room of a tanker drifting north of the port."
    assert places(nlp, text) in ([], [None])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "In March 2018, a former spy and his daughter were poisoned with the nerve "
            "agent Novichok in Salisbury.",
            "Salisbury",
        ),
        (
            "3 March – Fire destroys two locomotives and a maintenance shed at the "
            "rail depot in Daugavpils.",
            "Daugavpils",
        ),
    ],
)
def test_the_one_place_of_the_events_clause_places_it(nlp, text, place):
    """The parse hangs "in Salisbury" under "Novichok": the clause names one
    place, and no mention of the event names another."""
    assert places(nlp, text)[0] == place


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: a language is no place; a link's ends and their
        # country are what was hit, not where
        "On Tuesday hackers defaced the website of the state news agency with a "
        "message in Ukrainian.",
        "A data cable between Gotland and Ventspils in Latvia stopped carrying "
        "traffic on Sunday after it was cut.",
    ],
)
def test_no_clause_place_from_a_language_or_a_links_ends(nlp, text):
    assert all(p not in ("Ukrainian", "Latvia") for p in places(nlp, text))


def test_a_place_of_another_clause_is_not_the_events(nlp):
    text = (
        "The blast adds to a list of suspected attacks since the Nord Stream pipelines "
        "were ruptured in 2022, from damaged cables in the Gulf of Finland to drones "
        "over Norwegian platforms."
    )
    events = found(nlp, HEADLINE + text)
    ruptured = [e for e in events if "ruptured" in e.text]
    assert all(e.place != "Gulf of Finland" for e in ruptured)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A Russian guided aerial bomb hit an industrial area of Kharkiv at 11:05, "
            "injuring two workers.",
            "Kharkiv",
        ),
        ("Russian drones hit a residential area of Odesa overnight, injuring five.", "Odesa"),
    ],
)
def test_an_area_of_a_town_names_the_town(nlp, text, place):
    """ "an industrial area of Kharkiv": the town, whatever the tagger calls it."""
    assert places(nlp, text)[0] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A 64-year-old man was killed when Russian forces shelled Nikopol on the evening "
            "of Oct. 7, Dnipropetrovsk Oblast Governor Serhii Lysak reported.",
            "Nikopol",
        ),
    ],
)
def test_a_shelled_name_is_a_town_not_the_governors_region(nlp, text, place):
    """ "shelled Nikopol": only a place is shelled, whatever the tagger says."""
    assert places(nlp, text)[0] == place


def test_drones_reported_circling_are_placed_by_the_watchers_post(nlp):
    text = (
        "14 January - Security staff at the Kollsnes gas processing plant in Øygarden, "
        "west of Bergen, report three drones circling the plant for about an hour."
    )
    assert places(nlp, text)[0] in ("Øygarden", "Kollsnes gas processing plant")


def test_a_firm_telling_of_an_attack_on_its_systems_is_placed_by_its_home(nlp):
    text = (
        "In a separate incident, Den Helder-based offshore maintenance contractor Seaward "
        "Services said last week that a ransomware attack had encrypted its scheduling "
        "and crew-rotation systems."
    )
    assert places(nlp, text) == ["Den Helder"]


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: a group that claims an attack is the doer, its base not
        # where; a firm that tells of another's systems is no victim
        "A Berlin-based hacker group said on Monday that it had encrypted the systems "
        "of a shipping firm.",
        "Oslo-based security firm Mnemonic said a ransomware attack had encrypted a "
        "client's systems on Monday.",
    ],
)
def test_no_home_town_for_a_doer_or_an_onlooker(nlp, text):
    assert all(p not in ("Berlin", "Oslo") for p in places(nlp, text))


def test_the_home_of_the_firm_hit_places_a_cyber_attack_the_parse_cut_off(nlp):
    text = (
        "The sector is also dealing with the aftermath of a ransomware attack last month "
        "on Nordvik Shipbrokers, an Oslo-based tanker broker whose systems were encrypted "
        "for nine days."
    )
    assert places(nlp, text) == ["Oslo"]


def test_the_base_of_the_group_that_claimed_it_is_not_the_place(nlp):
    text = (
        "A Berlin-based group claimed a ransomware attack that encrypted the systems of "
        "a shipping firm last month."
    )
    assert "Berlin" not in places(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes of the one place of a clause: an owner's seat, a doer's,
        # a victim's home, a place in a clause of its own
        "A van owned by a company in Hamburg was set alight in the night on Friday.",
        "A man stabbed a taxi driver who lives in Hamburg on Friday.",
        "A man set fire to a warehouse on the orders of a handler in Hamburg.",
    ],
)
def test_an_owners_seat_is_not_the_clauses_place(nlp, text):
    assert all(p not in ("Hamburg", "Gdynia") for p in places(nlp, text))
