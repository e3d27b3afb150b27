"""Round 26 of the incident rules (recall): shapes real events were missed
in. A state that strikes a town ("Russia struck Kharkiv on Monday
morning"), or any doer that hits one with weapons ("attacked Kharkiv with
drones"), is a strike placed in the town, however the tagger took its
name. Sentences written for these tests (not from any corpus or gold set);
each text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Russia struck Kharkiv on Monday morning.", "Kharkiv"),
        ("Russia attacked Kharkiv with drones on Monday.", "Kharkiv"),
        ("Russian forces struck Kharkiv with missiles overnight.", "Kharkiv"),
        ("Israel struck Gaza City on Monday.", "Gaza City"),
        ("Russia struck the city of Kharkiv overnight, killing two people.", "Kharkiv"),
    ],
)
def test_a_state_that_strikes_a_town_is_a_strike_there(nlp, text, town):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "strike"
    assert event.place == town


@pytest.mark.parametrize(
    "text",
    [
        # words, not arms
        "Russia attacked Zelensky in a speech on Monday.",
        "Russia hit Zelensky over his remarks on Monday.",
        "The EU hit Moscow with sanctions on Monday.",
        "Russia struck a deal with Iran on Monday.",
        "Russia struck back at its critics on Monday.",
        # a threat, a denial
        "Russia could strike Kharkiv again, officials warned on Monday.",
        "Russia denied that it struck Kharkiv on Monday.",
        # no state, no weapon
        "Protesters attacked Kharkiv's mayor with eggs on Monday.",
    ],
)
def test_no_strike_in_words_threats_or_denials(nlp, text):
    assert not [i for i in found(nlp, HEADLINE + text) if i.type == "strike"]


@pytest.mark.parametrize(
    "text",
    [
        "The first parcel burst into flames on Tuesday night at a sorting centre in Erfurt.",
        "On Monday a delivery van burst into flame outside the depot in Kalisz.",
    ],
)
def test_a_thing_that_burst_into_flames_is_a_fire(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "fire"


@pytest.mark.parametrize(
    "text",
    [
        "The parcel could have burst into flames on board a plane, investigators said.",
        "The package did not burst into flames, police said on Tuesday.",
        "The debate burst into flames when the minister spoke.",
    ],
)
def test_no_fire_that_might_have_been_or_was_not(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


TIMELINE = "Rail sabotage: a timeline\n\n{heading}\n{entry} The driver brakes in time.\n"
ENTRY = (
    "An explosion destroys a section of track near the village of Wola Mała "
    "shortly before a train passes."
)


def test_an_entry_under_a_dated_heading_tells_what_happened_that_day(nlp):
    text = TIMELINE.format(heading="February 18, 2026 – Poland", entry=ENTRY)
    (event,) = found(nlp, text)
    assert event.type == "explosion"
    assert event.place == "Wola Mała"


@pytest.mark.parametrize(
    "text",
    [
        # a heading that is no date: a scenario's present
        TIMELINE.format(heading="Scenario two – Poland", entry=ENTRY),
        HEADLINE + "In the planners' scenario, an explosion destroys a section of track "
        "near the village of Wola Mała.",
    ],
)
def test_the_present_with_no_dated_heading_is_still_a_scenario(nlp, text):
    assert found(nlp, text) == ()


def test_things_of_a_kind_left_so_in_a_list_are_no_explosion(nlp):
    text = HEADLINE + (
        "Europe's railways have become targets. Signal boxes have been set alight, tracks "
        "blown up, cables cut and ticketing systems hacked, often on lines that carry aid."
    )
    assert not [i for i in found(nlp, text) if i.type == "explosion"]


def test_counted_things_blown_up_at_a_place_are_an_explosion(nlp):
    text = (
        HEADLINE + "Police said on Monday that two tracks blown up near Puławy had been repaired."
    )
    (event,) = found(nlp, text)
    assert event.type == "explosion"


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Vilnius airport was closed for nearly four hours on Saturday night after dozens "
            "of weather balloons drifted in from Belarus.",
            "Vilnius airport",
        ),
        (
            "Flights at Bergen's Flesland airport were halted for four hours on Monday evening "
            "after airport staff and police reported several large drones over the runway.",
            "Flesland airport",
        ),
    ],
)
def test_what_flew_in_and_shut_an_airport_is_an_incursion(nlp, text, site):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "airspace"
    assert event.place == site


@pytest.mark.parametrize(
    "text",
    [
        "Vilnius airport was closed for two hours on Saturday after a bomb threat.",
        "Vilnius airport was not closed after balloons drifted in from Belarus on Saturday.",
        "The airport could be closed if drones are seen over the runway, officials said.",
        "Vilnius airport was closed on Saturday after officials warned of balloons drifting "
        "in from Belarus.",
    ],
)
def test_no_incursion_in_other_closures_or_ones_that_did_not_happen(nlp, text):
    assert not [i for i in found(nlp, HEADLINE + text) if i.type == "airspace"]


def test_attacks_that_hit_one_named_thing_are_one_event(nlp):
    text = HEADLINE + (
        "The website of the tax office in Tallinn was hit by DDoS attacks during the vote."
    )
    (event,) = found(nlp, text)
    assert event.type == "cyber"
    assert event.place == "Tallinn"


@pytest.mark.parametrize(
    "text",
    [
        "Government websites in Tallinn were hit by DDoS attacks during the vote.",
        "Websites in Tallinn are hit by DDoS attacks during every vote.",
        "The website of the tax office has been hit by DDoS attacks for months.",
    ],
)
def test_attacks_on_kinds_of_thing_or_a_habit_are_no_event(nlp, text):
    assert found(nlp, HEADLINE + text) == ()
