"""Round 17, precision: what happens as a habit is a pattern, never an event.
An analysis's list in the simple present, of things with no article, nowhere
named and on no day ("Rail cables are cut. Drones appear over air bases.");
acts of a kind by the year ("arson attacks ... since 2023", "common in
2024"). Present tense with a place named, a count or "the", and acts with a
day, stay events. Sentences written for these tests (not from any corpus or
gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

FRIDAY = dt.date(2026, 5, 15)


def briefing(nlp, text: str):
    return annotate_text(text, nlp, published=FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "The method is always the same. Railway signal cables are cut. Drones appear "
        "over army bases. Parcels catch fire in sorting centres.",
        "The playbook rarely changes.\nPower lines are sabotaged and depots are set alight.",
        "Hackers are blamed. Water plants are hacked.",
        "The method is familiar: signal cables are severed, drones are flown over air bases "
        "and warehouses are torched.",
        "Typically, a warehouse is set on fire and a cable is cut days later.",
        "The method is familiar.\nArsonists usually set fire to a warehouse at night.",
        "Russia has been linked to arson attacks on energy sites since 2023.",
        "The campaign included arson attacks on shops and warehouses, common in 2024.",
        "Officials blamed Moscow for arson attacks on warehouses in 2024.",
    ],
)
def test_habits_are_patterns(nlp, text):
    found = briefing(nlp, text)
    assert not found.incidents
    assert found.patterns


@pytest.mark.parametrize(
    "text",
    [
        "Drones were seen over the Aalborg air base on Friday.",
        "Power cables are cut in Kharkiv.",
        "Two cables are cut off Gotland, the navy says.",
        "Officials say signal cables are cut near Poznan.",
        "Police usually patrol the depot, but arsonists set fire to it in Lodz on Monday.",
        "The cable is cut and repairs will take weeks.",
        "Arsonists set fire to two warehouses in Lodz on 3 May 2024.",
        "An arson attack on a warehouse in Lodz in 2024 caused heavy damage.",
    ],
)
def test_events_stay_events(nlp, text):
    assert len(briefing(nlp, text).incidents) == 1
