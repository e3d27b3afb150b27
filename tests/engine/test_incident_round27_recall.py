"""Round 27 of the incident rules (recall): shapes real events were missed
in. Sentences written for these tests (not from any corpus or gold set);
each text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


def _types(nlp, text: str) -> list[str]:
    return [i.type for i in found(nlp, HEADLINE + text)]


# An event that did what "halt" or "threaten" says: it is the doer, not the
# thing stopped or threatened.


@pytest.mark.parametrize(
    ("text", "kind", "town"),
    [
        (
            "An arson attack on a signal cable near Lindow halted trains on Wednesday.",
            "fire",
            "Lindow",
        ),
        ("A bomb attack on a bus near Lindow halted traffic on Wednesday.", "explosion", "Lindow"),
        ("A fire at a depot in Lindow threatened nearby homes on Wednesday.", "fire", "Lindow"),
    ],
)
def test_an_event_that_halted_something_happened(nlp, text, kind, town):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == kind
    assert event.place == town


@pytest.mark.parametrize(
    "text",
    [
        "Police halted the attacks on the depot in Lindow on Wednesday.",
        "The attack on the depot in Lindow was prevented by police on Wednesday.",
        "An attack on the grid could halt trains across the region.",
        "An attack on the grid halts trains for days, engineers say.",
        "The strikes on Lindow were halted on Wednesday.",
    ],
)
def test_what_is_halted_or_prevented_stays_out(nlp, text):
    assert not _types(nlp, text)


# A power line or cable torn down (or found torn down) is sabotage.


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The overhead power line was torn down near Lindow station on Monday.", "Lindow station"),
        ("Saboteurs tore down a signal cable near Lindow on Monday.", "Lindow"),
        (
            "A train had to brake sharply near Lindow on Monday after a section of overhead "
            "cable was found torn down across the track.",
            "Lindow",
        ),
    ],
)
def test_a_line_torn_down_is_sabotage(nlp, text, town):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "sabotage"
    assert event.place == town


@pytest.mark.parametrize(
    "text",
    [
        "Storms tore down power lines near Lindow on Monday.",
        "The line near Lindow was torn down by high winds on Monday.",
        "The old station in Lindow was torn down in 1970.",
        "Protesters tore down the fence near the station in Lindow on Monday.",
        "Workers tore down the old telephone lines in Lindow last year to make way for fibre.",
        "Saboteurs could tear down power lines, officials warned on Monday.",
    ],
)
def test_weather_demolition_and_threats_tear_down_nothing(nlp, text):
    assert "sabotage" not in _types(nlp, text)


# A count told as a range ("between two and four drones") is still what
# was seen.


def test_a_range_of_drones_seen_over_a_base_is_a_sighting(nlp):
    text = "Police confirm that between two and four drones were seen over Karup air base."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "airspace"
    assert event.place == "Karup air base"


@pytest.mark.parametrize(
    "text",
    [
        "Between two and four people saw the base in Lindow on Thursday.",
        "No more than between two and four drones were ever seen over the base, police said.",
    ],
)
def test_a_range_of_other_things_is_no_sighting(nlp, text):
    assert "airspace" not in _types(nlp, text)


# Drones reported over a named site, in the past, at a time told, are a
# sighting; a pattern, a rumour or a report with no site or time is not.


def test_drones_reported_over_a_named_base_at_a_time_are_a_sighting(nlp):
    text = "On Thursday night, drones were reported over Karup air base, home to its fighters."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "airspace"
    assert event.place == "Karup air base"


@pytest.mark.parametrize(
    "text",
    [
        "Drones were reported over Karup air base.",
        "Drones have been reported over Norwegian oil platforms four times this year.",
        "On Thursday, no drones were reported over Karup air base.",
        "On Thursday night, drones were reported over the area.",
        "Rumours spread on Thursday that drones were reported over Karup air base, which "
        "police later called a false alarm.",
    ],
)
def test_a_vague_or_doubted_report_of_drones_is_no_sighting(nlp, text):
    assert "airspace" not in _types(nlp, text)


# "A parcel rigged to overheat caught fire": the parser hangs "caught fire"
# on the infinitive, but the fire is told as done, not designed.


def test_a_parcel_rigged_to_overheat_that_caught_fire_is_a_fire(nlp):
    text = "A parcel rigged to overheat caught fire at a sorting centre near Daventry on Wednesday."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "fire"
    assert event.place == "Daventry"


@pytest.mark.parametrize(
    "text",
    [
        "The parcel was rigged to catch fire at a sorting centre near Daventry.",
        "A parcel rigged to catch fire was found at a sorting centre near Daventry.",
        "A drone rigged to explode was found near Daventry on Wednesday.",
    ],
)
def test_what_is_rigged_to_burn_or_explode_is_a_design(nlp, text):
    assert not _types(nlp, text)


# What hackers did, told in a "who" clause inside a sentence about something
# else; an unknown doer in a dam's control panel.


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "We have all read about the hackers who opened a valve at a dam in Norway last spring.",
            "Norway",
        ),
        (
            "In April someone got into the control panel of a small dam near Sørfjell and "
            "opened a valve fully for four hours.",
            "Sørfjell",
        ),
    ],
)
def test_hackers_who_did_something_and_an_intruder_in_a_control_panel(nlp, text, place):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "cyber"
    assert event.place == place


@pytest.mark.parametrize(
    "text",
    [
        "The hackers who spoke to the BBC last week said they work alone.",
        "The hacker who was arrested in Oslo last week denied the charges.",
        "The arsonist who lives nearby has not been found.",
        "The hackers who could open valves at dams worry officials.",
        "Engineers got into the control panel of the dam to fix a fault on Monday.",
    ],
)
def test_what_else_an_agent_is_or_does_is_no_event(nlp, text):
    assert not _types(nlp, text)


# A victim named in apposition ("its deputy director, Pavel Hrubý,") is the
# one shot or attacked, though "director" is no victim's word.


@pytest.mark.parametrize(
    "text",
    [
        "The firm's deputy director, Pavel Hrubý, was shot twice in the leg outside his house "
        "in Brno on Monday.",
        "The company's director, Pavel Hrubý, was attacked outside his house in Brno on Monday.",
    ],
)
def test_a_victim_named_in_apposition_was_set_upon(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "attack"
    assert event.place == "Brno"


@pytest.mark.parametrize(
    "text",
    [
        "The film, a thriller by Pavel Hrubý, was shot in Brno last summer.",
        "The company's director, Pavel Hrubý, was attacked online by trolls on Monday.",
    ],
)
def test_a_film_shot_or_a_director_attacked_online_is_no_attack(nlp, text):
    assert not _types(nlp, text)


# Websites out of reach that a group "claimed" (the outage, told as "it").


def test_an_outage_a_group_claimed_is_a_cyber_incident(nlp):
    text = (
        "On 21 October the websites of three banks were unreachable for several hours; "
        "a pro-Russian group claimed it on Telegram."
    )
    assert _types(nlp, text) == ["cyber"]


@pytest.mark.parametrize(
    "text",
    [
        "The websites of three banks were unreachable for several hours on Monday; "
        "the bank claimed it was a fault.",
        "The websites of three banks were unreachable for several hours on Monday. "
        "Nobody claimed it.",
    ],
)
def test_an_outage_put_down_to_a_fault_or_unclaimed_is_no_cyber_incident(nlp, text):
    assert not _types(nlp, text)


def test_a_pipeline_torn_open_is_sabotage(nlp):
    text = "In October 2023 the gas pipeline between Finland and Estonia was torn open by an anchor"
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "sabotage"


def test_a_letter_torn_open_is_nothing(nlp):
    assert not _types(nlp, "He tore open the letter about the pipeline on Monday.")


# A wave or series of attacks on one day or night told is that night's
# attack; over a span, or with no day, it is a pattern.


def test_a_series_of_drone_attacks_on_one_night_is_a_strike(nlp):
    text = (
        "On Sunday night, Russia carried out a new series of drone attacks against port "
        "infrastructure near Izmail."
    )
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "strike"
    assert event.place == "Izmail"


@pytest.mark.parametrize(
    "text",
    [
        "Europe has seen a wave of drone sightings since September.",
        "A series of arson attacks has hit warehouses in Germany.",
        "Russia has carried out a series of drone attacks on ports in recent months.",
        "Norway had a wave of unexplained drone sightings near gas plants in the autumn of 2022.",
        "Prosecutors linked a series of blasts at arms depots between 2011 and 2022 to the GRU.",
    ],
)
def test_a_wave_over_a_span_is_a_pattern(nlp, text):
    assert not _types(nlp, text)


def test_the_latest_in_a_series_is_not_the_series(nlp):
    text = (
        "A drone strike on a market in El Fasher killed dozens of people on Friday, the "
        "latest in a series of deadly attacks on the city."
    )
    assert _types(nlp, text) == ["strike"]


# Track torn up by an explosive charge (its subject) is sabotage; track torn
# up by workers, or that could be, is not.


def test_track_torn_up_by_a_charge_is_sabotage(nlp):
    text = "In December, an explosive charge tore up a section of track near Stara Wola."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "sabotage"
    assert event.place == "Stara Wola"


@pytest.mark.parametrize(
    "text",
    [
        "Workers tore up the old tram tracks in Lublin in 1950.",
        "The council tore up the rail line near Lublin to build a road.",
        "An explosive charge could tear up the track, experts warned.",
    ],
)
def test_track_torn_up_by_workers_or_in_a_warning_is_nothing(nlp, text):
    assert not _types(nlp, text)


# "examining whether X was linked to a fire at Y last month": the question is
# the link; the fire, named and dated, happened.


def test_the_dated_far_end_of_an_asked_link_happened(nlp):
    text = (
        "Investigators are examining whether Thursday's damage was linked to a fire at a "
        "relay cabinet near Lindow station last month."
    )
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "fire"


@pytest.mark.parametrize(
    "text",
    [
        "Police are examining whether the outage was linked to sabotage.",
        "Police are examining whether the outage on Monday was linked to arson.",
        "Police are examining whether an attack on the depot was behind the outage last month.",
    ],
)
def test_what_an_asked_link_may_lead_to_stays_a_hypothesis(nlp, text):
    assert not _types(nlp, text)


def test_a_walkout_that_halted_flights_is_no_event(nlp):
    assert not _types(nlp, "A strike by air traffic controllers halted flights on Monday.")
