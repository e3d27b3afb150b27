"""Round 17, precision: what turned out to be something harmless, and what a
video really shows. A drone, a blast or an alert that "turned out to be" or
"proved to be" a harmless thing (a survey drone, a police helicopter, a
controlled detonation), in its sentence or in one of the two after it of
"the drone" or "the object"; and what footage shows when the article says it
was filmed in a drill or in an earlier year. "Turned out to be arson", a
Russian drone, and footage recorded as the strike happened stay incidents.
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

FRIDAY = dt.date(2026, 5, 15)


events = events_on(FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        # in its own sentence
        "A second drone alert at the Heide field on Sunday turned out to involve a survey "
        "drone flown by the operator's own contractor.",
        "The drone sighted over the Emden shipyard on Monday turned out to be a hobby drone "
        "flown by a teenager.",
        "The reported explosion at the Cuxhaven terminal proved to be a controlled "
        "detonation of old munitions.",
        "A suspected sabotage at the Uelzen rail junction on Sunday turned out to be cable theft.",
        # of "the drone" or "the object" told a sentence before
        "Residents reported a drone over the Husum power plant on Sunday night.\n"
        "The drone residents saw was a police helicopter.",
        "Residents reported a drone over the Husum power plant on Sunday night.\n"
        "The object later turned out to be a weather balloon.",
        "Guards saw a drone above the Rendsburg barracks on Monday. Police investigated. "
        "The object was a paraglider.",
        # footage of another time or of a drill
        "The video was filmed in 2024 during a fire drill at the airport, when crews set "
        "fire to a training rig.",
        "The footage was actually recorded in 2022 in Syria, when a rocket hit a fuel depot.",
        "The images were taken during a military exercise, in which soldiers blew up a "
        "mock bridge.",
    ],
)
def test_harmless_or_other_footage_is_no_incident(nlp, text):
    assert not events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The fire at the Leer depot on Monday turned out to be arson.",
        "The blaze at the Aurich warehouse on Monday turned out to have been started deliberately.",
        "Guards saw a drone above the Rendsburg barracks on Monday.\n"
        "The drone was a Russian military model, officials said.",
        "Residents reported a drone over the Husum power plant on Sunday night.\n"
        "The object turned out to be a military drone.",
        "The footage was recorded on Tuesday night as a drone struck the depot in Odesa.",
        # footage of a real event years ago is not a debunk
        "The video was filmed in Beirut during the explosion at the port on 4 August 2020.",
    ],
)
def test_what_stays_an_incident(nlp, text):
    assert len(events(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a failed or overloaded part as the cause, in the sentence or the next
        (
            "The operator said the outage was caused by a failed transformer at a "
            "substation in Celle, not by hackers.",
            0,
        ),
        (
            "A blackout hit Celle on Monday. "
            "The operator said it was caused by an overloaded line.",
            0,
        ),
        # a failed attempt is no failed part
        (
            "A blackout hit Celle on Monday. The operator said hackers had caused the outage "
            "after a failed attempt to breach its firewall.",
            1,
        ),
    ],
)
def test_a_failed_part_is_a_mishap(nlp, text, count):
    assert len(events(nlp, text)) == count
