"""Round 28 of the incident rules (recall of past events recalled in passing,
in trials, interviews and fact-checks). Sentences written for these tests
(not from any corpus or gold set); each text opens with a headline line, as
an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


def _types(nlp, text: str) -> list[str]:
    return [i.type for i in found(nlp, HEADLINE + text)]


# A blast or fire that killed or injured people is an event, even when a
# clause of its own then puts it down to a fault.


@pytest.mark.parametrize(
    "text",
    [
        "In May 2024, an explosion in a paint shop at the plant injured three workers; "
        "an inquiry blamed faulty wiring.",
        "In 2023 a fire in a boiler room at the depot killed two employees; investigators "
        "later blamed a faulty heater.",
    ],
)
def test_a_blast_that_hurt_people_is_an_event_whatever_its_cause(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type in ("explosion", "fire")
    assert event.date is not None and event.date.iso.startswith("202")


@pytest.mark.parametrize(
    "text",
    [
        "An explosion that injured three workers at a paint plant in Lindow on Tuesday "
        "was caused by a faulty valve, inspectors said, ruling out sabotage.",
        "The blast at the paint plant in Lindow on Tuesday was caused by a faulty valve.",
        "A fire destroyed a barn near Lindow on Monday; investigators blamed faulty wiring.",
    ],
)
def test_an_accident_told_as_such_stays_out(nlp, text):
    assert not _types(nlp, text)


# A cause that only could have been is a guess: the event stands.


def test_a_cause_that_could_have_been_leaves_the_event(nlp):
    text = (
        "A woman injured in Monday's explosion at a block of flats on Lipa Street in "
        "Lindow has died in hospital, police said.\n\n"
        "Police initially said the blast could have been caused by a gas leak."
    )
    assert _types(nlp, text) == ["explosion"]


def test_a_cause_found_still_rules_the_event_out(nlp):
    text = (
        "A blast damaged a block of flats on Lipa Street in Lindow on Monday.\n\n"
        "Police said the blast was caused by a gas leak."
    )
    assert not _types(nlp, text)


# "since September 2025, when jets shot down drones that had crossed into
# Polish airspace": the crossing is told for the first time, on that date.


def test_drones_that_crossed_in_a_when_clause_are_dated_by_it(nlp):
    text = (
        "Lithuania has been on alert since October 2025, when its jets shot down drones "
        "that had crossed into Lithuanian airspace."
    )
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "airspace"
    assert event.date is not None and event.date.iso == "2025-10"


def test_the_drones_that_crossed_refer_back(nlp):
    text = (
        "Two drones crossed into Lithuanian airspace near Varena on Tuesday.\n\n"
        "The drones that crossed into Lithuanian airspace were not shot down."
    )
    assert _types(nlp, text) == ["airspace"]


# "the hammer attack on X outside his home": an attack made with a weapon is
# no war of words, even on a person.


def test_a_hammer_attack_on_a_person_is_an_event(nlp):
    text = "It also recalls the hammer attack on Ivan Petrov outside his home in Riga in May 2024."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "attack"
    assert event.date is not None and event.date.iso == "2024-05"


@pytest.mark.parametrize(
    "text",
    [
        "It also recalls the senator's attack on Ivan Petrov in a speech in May 2024.",
        "His attacks on Ivan Petrov grew sharper during the campaign.",
    ],
)
def test_a_persons_attack_in_words_stays_out(nlp, text):
    assert not _types(nlp, text)
