"""One event told twice (round 21, focus A): a fire that a strike's weapons
set, a sighting told in the lead and again below it, a denial naming a told
event. Each table has look-alikes that stay two events. Sentences written
for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Security news\n\n"

events = events_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Drones struck the fuel depot in Tikhoretsk on Monday. The drones set fire to two "
            "storage tanks, the governor said.",
            "Tikhoretsk",
        ),
        (
            "Russian missiles hit an oil terminal in Odesa overnight. Debris from the missiles "
            "started a blaze at a warehouse.",
            "Odesa",
        ),
        (
            "A drone strike hit a substation in Belgorod on Tuesday; the strike set fire to a "
            "transformer.",
            "Belgorod",
        ),
        (
            "Ukrainian drones attacked a refinery in Ryazan on Sunday. The attack sparked a "
            "large fire at a distillation unit.",
            "Ryazan",
        ),
        (
            "Russian rockets hit a grain terminal in Izmail on Tuesday. Fragments started a "
            "fire in a silo, the port said.",
            "Izmail",
        ),
    ],
)
def test_a_fire_the_strikes_weapons_set_is_part_of_the_strike(nlp, text, place):
    (event,) = events(nlp, HEADLINE + text)
    assert (event.type, event.place) == ("strike", place)


@pytest.mark.parametrize(
    "text",
    [
        # another doer, another day, another place
        "Drones struck the fuel depot in Tikhoretsk on Monday. On Wednesday arsonists set fire "
        "to a warehouse in Rostov.",
        "Drones struck the fuel depot in Tikhoretsk on Monday. On Thursday drones set fire to a "
        "depot in Kursk.",
    ],
)
def test_a_fire_of_another_doer_or_day_is_its_own_event(nlp, text):
    assert [e.type for e in events(nlp, HEADLINE + text)] == ["strike", "fire"]


LEAD = (
    "On Thursday night a watchman on patrol spotted two drones above the test hall of the "
    "Institute for Nuclear Research in Swierk. "
)


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "On Thursday at about 22:10 a watchman on his rounds saw two drones above the "
        "test hall, the institute said.",
        LEAD + "At about 22:10 a guard observed the drones above the test hall.",
        "Guards saw a drone over the reactor building of the Zaporizhzhia plant late on Monday, "
        "the operator said. At 23:40 on Monday a guard observed a drone over the reactor "
        "building, according to the report.",
    ],
)
def test_a_sighting_told_again_below_its_lead_is_one_event(nlp, text):
    (event,) = events(nlp, HEADLINE + text)
    assert event.type == "airspace"


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "On Saturday a watchman saw two drones above the test hall again.",
        LEAD + "Another drone was seen above the test hall on Friday.",
        LEAD + "On Thursday a guard saw a drone above the port of Gdynia.",
    ],
)
def test_another_flight_or_another_site_is_its_own_event(nlp, text):
    assert [e.type for e in events(nlp, HEADLINE + text)] == ["airspace", "airspace"]


@pytest.mark.parametrize(
    "denial",
    [
        "Minsk denied any involvement in the blast.",
        "The Belarusian foreign ministry rejected any role in the explosion.",
        "Moscow dismissed any part in the bombing as a lie.",
    ],
)
def test_a_denial_of_a_part_is_a_mention_of_the_told_event(nlp, denial):
    text = "A bomb exploded at a fuel depot in Terespol on Monday, killing two workers. " + denial
    (event,) = events(nlp, HEADLINE + text)
    told = HEADLINE + text
    assert event.type == "explosion"
    assert any(told[m.start : m.end] in denial for m in event.mentions)


NEWSLETTER = "Weekly hybrid threats newsletter\n\n"


@pytest.mark.parametrize(
    ("heading", "item", "kind"),
    [
        (
            "ESTONIA – Substation attack",
            "A transformer at a substation near Narva was set on fire on Monday night, police "
            "said.",
            "fire",
        ),
        (
            "FINLAND – Ferry cable cut",
            "The telecoms cable between Helsinki and Rostock stopped working on Tuesday after a "
            "ship dragged its anchor, the operator said.",
            "other",
        ),
        (
            "POLAND – Depot attack",
            "Two men set fire to a bus depot in Gdansk on Thursday, prosecutors said.",
            "fire",
        ),
    ],
)
def test_a_newsletters_heading_is_a_mention_of_the_item_under_it(nlp, heading, item, kind):
    text = NEWSLETTER + heading + "\n\n" + item
    (event,) = events(nlp, text)
    assert event.type == kind
    assert event.text in item  # the item tells it; the heading is shorthand
    assert any(text[m.start : m.end] in heading for m in event.mentions)


@pytest.mark.parametrize(
    "lines",
    [
        # list items and lines under one another are a digest's items, each its own
        "- Explosion at Tula arms plant\n\n- Drone strike on Sumy heating plant",
        "Explosion at Tula arms plant\n\nDrone strike on Sumy heating plant",
    ],
)
def test_list_items_are_not_headings_of_the_next_item(nlp, lines):
    text = (
        NEWSLETTER + lines + "\n\nOn Tuesday a drone hit the heating plant in Sumy, the mayor said."
    )
    assert sorted(e.type for e in events(nlp, text)) == ["explosion", "strike"]
