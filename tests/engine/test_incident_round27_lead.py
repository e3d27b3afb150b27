"""Round 27 of the incident rules (lead): a paragraph's first word is never
a sentence of its own before a lower-case word ("Drones | hit Kyiv"), and a
headline that names a town joins no event the body tells in another town.
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)

found = found_on(FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Title red\n\nDrones hit Kyiv on Monday, killing three.",
        "Latest\n\nMissiles struck Kyiv on Monday, killing three.",
    ],
)
def test_a_paragraph_opening_with_a_plural_subject_is_read_whole(nlp, text):
    (event,) = found(nlp, text)
    assert event.type == "strike"
    assert event.place == "Kyiv"
    assert event.toll is not None and event.toll.killed == 3


def test_a_headline_town_joins_no_event_in_another_town(nlp):
    text = (
        "Drones hit Kyiv on Monday, killing three.\n\nFires burn in Lviv after a strike on Monday."
    )
    events = found(nlp, text)
    assert sorted(e.place for e in events) == ["Kyiv", "Lviv"]
    (lviv,) = [e for e in events if e.place == "Lviv"]
    assert lviv.toll is None  # Kyiv's dead are not Lviv's


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a wider area over a town the body tells
        ("Sabotage in the Baltics\n\nA fire destroyed a depot in Tartu on Monday.", "Tartu"),
        # the town over a district of it
        (
            "Blast in Kyiv\n\n"
            "A blast tore through a cafe in Obolon, a district of Kyiv, on Monday.",
            "Obolon",
        ),
        # the same town
        ("Blast in Lublin\n\nA blast tore through a cafe in Lublin on Monday.", "Lublin"),
    ],
)
def test_a_headline_still_joins_the_event_in_its_area_or_town(nlp, text, place):
    (event,) = found(nlp, text)
    assert event.place == place


def test_a_headline_near_a_town_still_joins_the_village_the_body_names(nlp):
    text = (
        "What we know about the drone that crashed near Vilnius\n\n"
        "Published 21 July 2025\n\n"
        "What happened?\nA military-grade drone crashed into a field near the village of "
        "Gudeliai, about 30 km east of Vilnius, early on Sunday. Nobody was hurt, the army "
        "said.\n\nWhere did it come from?\n"
        "Officials believe it entered Lithuanian airspace from Belarus."
    )
    (event,) = found(nlp, text)
    assert event.place == "Gudeliai"


@pytest.mark.parametrize(
    "text",
    [
        "Storms cut power lines across the region on Monday.",
        "A storm damaged the power line near Tartu on Monday.",
        "The power line was damaged by a storm on Monday.",
        "Nobody reported drones over the airport on Thursday night.",
        "No one saw a drone over the airport on Thursday night.",
    ],
)
def test_what_nature_did_or_nobody_saw_is_no_incident(nlp, text):
    assert found(nlp, "Latest\n\n" + text) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Saboteurs cut power lines near Tartu on Monday.", "sabotage"),
        ("Residents reported drones over the airport in Riga on Thursday night.", "airspace"),
        ("No one was hurt when a drone hit a depot in Odesa on Monday.", "strike"),
    ],
)
def test_a_doer_or_a_witness_keeps_the_incident(nlp, text, kind):
    assert [e.type for e in found(nlp, "Latest\n\n" + text)] == [kind]


def test_a_flood_of_traffic_is_no_weather(nlp):
    text = (
        "Latest\n\nOn Tuesday, the ÖBB website and ticket app were slowed for most of the day "
        "by a flood of traffic. The pro-Russian hacker group NoName057(16) claimed the "
        "disruption on Telegram."
    )
    assert [e.type for e in found(nlp, text)] == ["cyber"]
