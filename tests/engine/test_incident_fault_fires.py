"""A fire told after an event and put down to a fault (round 21, focus A):
"A blaze ..., first tied to the explosion, was caused by a short circuit",
"was due to an electrical fault", "was the result of a short circuit". It is
no incident, even when the sentence names the suspicion it drops ("initially
linked to the sabotage"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

events = events_on(dt.date(2026, 6, 5))

BLAST = "Security news\n\nAn explosion damaged the rail line near Deblin on Saturday. "


@pytest.mark.parametrize(
    "fire",
    [
        "A blaze at a signal cabinet outside Deblin, first tied to the explosion, was caused "
        "by a short circuit, the rail operator says.",
        "A fire at a relay station near Deblin, initially linked to the sabotage, was started "
        "by a faulty heater, police said.",
        "A fire at a relay station near Deblin on Sunday was due to an electrical fault, police "
        "said.",
        "A fire at a relay station near Deblin on Sunday was the result of a short circuit, "
        "investigators found.",
        "A second fire, at a relay station near Deblin, was blamed on faulty wiring.",
    ],
)
def test_a_fire_put_down_to_a_fault_after_an_event_is_not_listed(nlp, fire):
    assert [e.type for e in events(nlp, BLAST + fire)] == ["explosion"]


@pytest.mark.parametrize(
    "fire",
    [
        # the suspicion stands, or the fire's cause is foul
        "A fire at a relay station near Deblin on Sunday was the result of arson, police said.",
        "A fire at a relay station near Deblin on Sunday was due to a petrol bomb, police said.",
        "A fire at a relay station near Deblin on Sunday was started by a faulty heater, but "
        "prosecutors suspect arson.",
    ],
)
def test_a_fire_of_foul_cause_is_still_listed(nlp, fire):
    assert [e.type for e in events(nlp, BLAST + fire)] == ["explosion", "fire"]
