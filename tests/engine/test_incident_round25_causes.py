"""Round 25: what the text puts down to a mishap is no incident, in two more
shapes. A cause told after a relative clause, parsed with the event as what
was said ("said a separate outage in Kuna, which affected 900 customers, was
caused by a squirrel"); a household cause ("an electric scooter battery left
charging"); and a cause that puts right a claim told in the event's own
relative clause ("an outage, which some had linked to sabotage, was caused
by a faulty cable joint") — never when the sentence itself disputes the
cause. Sentences written for these tests (not from any corpus or gold set);
each text opens with a headline line."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"
CUT = "The interconnector was cut on Monday. "

found = found_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            CUT + "Idaho Power said a separate outage in Kuna on Thursday, which briefly affected "
            "about 900 customers, was caused by a squirrel that got into a transformer.",
            1,
        ),
        (
            CUT + "A fire in a flat in Doubravka on Tuesday was caused by an electric scooter "
            "battery left charging overnight, firefighters said.",
            1,
        ),
        (
            CUT + "The company said an earlier outage in January, which some commentators had "
            "linked to sabotage, was caused by a faulty cable joint.",
            1,
        ),
        # look-alikes: the sentence disputes the innocent cause, or the cause is foul
        (
            CUT + "An earlier outage in January was caused by a faulty cable joint, a claim "
            "the opposition rejected.",
            2,
        ),
        (
            CUT + "An earlier outage in January, which police linked to sabotage, was caused by "
            "a faulty cable joint, a claim the opposition rejected.",
            2,
        ),
        (
            CUT + "The company said an earlier outage in January, which some had linked to a "
            "storm, was caused by saboteurs.",
            2,
        ),
    ],
)
def test_an_event_put_down_to_a_mishap_is_no_incident(nlp, text, listed):
    assert len(found(nlp, HEADLINE + text)) == listed


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "Reports of an explosion at the port of Muuga on Monday turned out to be a false "
            "alarm: a tyre burst on a container lorry.",
            0,
        ),
        (
            "A drone seen over Rygge air station on Wednesday evening belonged to the police and "
            "was part of an approved training flight.",
            0,
        ),
        ("A drone seen over Rygge air station on Wednesday belonged to the police.", 0),
        # look-alikes: the reports were true, the drone was an army's or on a hostile flight
        (
            "Reports of an explosion at the port of Muuga on Monday turned out to be true: a "
            "bomb had gone off on a container lorry.",
            1,
        ),
        ("A drone seen over Rygge air station on Wednesday belonged to the Russian army.", 1),
        (
            "A drone seen over Rygge air station on Wednesday was part of a Russian "
            "reconnaissance flight.",
            1,
        ),
    ],
)
def test_false_reports_and_routine_flights_are_no_incident(nlp, text, listed):
    assert len(found(nlp, HEADLINE + text)) == listed


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "One expert described a scenario in which several cables and an interconnector are "
            "cut on the same night in midwinter.",
            0,
        ),
        ("The exercise simulated a scenario in which saboteurs blew up a bridge in Tartu.", 0),
        # look-alikes: a real plot or attack told in a relative clause
        ("The 2018 plot in which Sergei Skripal was poisoned in Salisbury shocked Britain.", 1),
        (
            "It was the worst night since the attack in which three people were killed in Kharkiv.",
            1,
        ),
    ],
)
def test_what_a_scenario_tells_is_no_incident(nlp, text, listed):
    assert len(found(nlp, HEADLINE + text)) == listed
