"""Round 26 of the incident rules, for precision: entries that are no event
of their own. A date told as a recurrence ("every Friday") or as the start
of a stretch ("since 2022") dates no one event, so kinds of act named beside
it stay kinds. Each shape comes with look-alikes that must stay events.
Sentences written for these tests (not from any corpus or gold set); each
text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Weekly digest\n\n"

found = found_on(FRIDAY)

FIRE = "A fire destroyed a bus depot in Ghent on Tuesday night, police said."


@pytest.mark.parametrize(
    "opening",
    [
        "Every Friday we list the week's incidents, from sabotage and arson to cyberattacks "
        "and drone incursions.",
        "Each Monday this newsletter tracks sabotage, arson and cyberattacks across Europe.",
        "Together they show how the hybrid attacks that have become almost routine since 2022 "
        "are spreading across Europe.",
    ],
)
def test_kinds_beside_a_recurrence_or_a_stretch_are_no_events(nlp, opening):
    events = found(nlp, HEADLINE + opening + "\n\n" + FIRE)
    assert [e.place for e in events] == ["Ghent"]


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        # look-alikes: one act on a named day, whatever recurs around it
        ("On Friday a cyberattack took down the website of the port of Antwerp.", "Friday"),
        (
            "A cyberattack took down the website of the port of Antwerp on Friday, the first "
            "since 2022.",
            "Friday",
        ),
    ],
)
def test_one_act_on_a_named_day_keeps_its_day(nlp, opening, day):
    events = found(nlp, HEADLINE + opening + "\n\n" + FIRE)
    cyber = [e for e in events if e.type == "cyber"]
    assert len(cyber) == 1
    assert cyber[0].date is not None and cyber[0].date.text == day
    assert "Ghent" in [e.place for e in events]


@pytest.mark.parametrize(
    "plan",
    [
        # a plot's second infinitive is as planned as its first
        "Officials pointed to foiled plots to plant bombs on cargo planes and to assassinate "
        "the head of an arms maker.",
        # an aside between the plot and its infinitive
        "Officials pointed to the plot, uncovered in Austria in 2023, to assassinate the head "
        "of an arms maker.",
        # a readiness told with the adjective
        "The minister said her country was prepared to shoot down drones that cross its border.",
    ],
)
def test_plans_read_past_a_conjunct_or_an_aside_are_no_events(nlp, plan):
    events = found(nlp, HEADLINE + FIRE + "\n\n" + plan)
    assert [e.place for e in events] == ["Ghent"]


@pytest.mark.parametrize(
    ("told", "kind"),
    [
        # look-alikes: acts done, after a comma or a conjunct that is no plan's
        (
            "Gunmen stormed a village near Kidal on Monday, and went on to kill the mayor.",
            "attack",
        ),
        (
            "The report, published in Austria on Monday, said drones had crossed the border "
            "near Graz that night.",
            "airspace",
        ),
        (
            "The minister, who was prepared for questions, said a drone crossed the border "
            "near Graz on Monday night.",
            "airspace",
        ),
    ],
)
def test_acts_done_near_a_comma_or_a_conjunct_stay_events(nlp, told, kind):
    events = found(nlp, HEADLINE + FIRE + "\n\n" + told)
    assert kind in [e.type for e in events]


def test_a_sides_acts_told_with_its_are_its_campaign(nlp):
    text = (
        "The wreck was a cheap decoy drone of the kind Russia uses during its attacks on Ukraine."
    )
    events = found(nlp, HEADLINE + FIRE + "\n\n" + text)
    assert [e.place for e in events] == ["Ghent"]


@pytest.mark.parametrize(
    ("told", "place"),
    [
        # look-alikes: "their" acts with a day, a toll or a thing hit of their own
        ("Their attacks on the depot in Arras on Monday killed two guards.", "Arras"),
        ("The rebels say their strikes hit an airbase near Kassala on Sunday.", "Kassala"),
    ],
)
def test_their_acts_told_with_facts_stay_events(nlp, told, place):
    events = found(nlp, HEADLINE + FIRE + "\n\n" + told)
    assert [e.place for e in events] == ["Ghent", place]


@pytest.mark.parametrize(
    "example",
    [
        "What worries us most? A cyberattack on the grid during a cold snap, for example.",
        "What keeps him awake? An arson attack on a fuel depot near Ostend, for instance.",
    ],
)
def test_an_example_with_no_verb_is_no_event(nlp, example):
    events = found(nlp, HEADLINE + FIRE + "\n\n" + example)
    assert [e.place for e in events] == ["Ghent"]


@pytest.mark.parametrize(
    "told",
    [
        # look-alikes: an example told with a verb happened
        "For example, a cyberattack took down the website of the port of Antwerp on Monday.",
        "Hackers, for instance, took down the website of the port of Antwerp on Monday.",
    ],
)
def test_an_example_told_with_a_verb_stays_an_event(nlp, told):
    events = found(nlp, HEADLINE + FIRE + "\n\n" + told)
    assert "cyber" in [e.type for e in events]


def test_warning_shots_are_no_attack(nlp):
    text = (
        "On Tuesday, two skiffs approached a tanker near Aden, but the guards fired warning "
        "shots and the skiffs turned away."
    )
    events = found(nlp, HEADLINE + FIRE + "\n\n" + text)
    assert [e.place for e in events] == ["Ghent"]


@pytest.mark.parametrize(
    ("told", "place"),
    [
        # look-alikes: shots fired at a target, a warning told before a strike
        ("Pirates fired shots at a container ship near Aden on Tuesday.", "Aden"),
        ("A warning siren sounded before a missile struck a school in Sumy on Tuesday.", "Sumy"),
        (
            "Troops fired warning shots, then opened fire on the crowd in Bamako on Tuesday, "
            "killing three.",
            "Bamako",
        ),
    ],
)
def test_shots_at_a_target_after_a_warning_stay_events(nlp, told, place):
    events = found(nlp, HEADLINE + FIRE + "\n\n" + told)
    assert [e.place for e in events] == ["Ghent", place]


@pytest.mark.parametrize(
    "drill",
    [
        "Belgium plans a large civil-defence exercise in March that will simulate a blackout "
        "caused by a cyberattack on the grid.",
        "In the exercise, troops will rehearse a blackout caused by sabotage on a pylon "
        "near Namur.",
    ],
)
def test_what_caused_a_simulated_thing_did_not_happen(nlp, drill):
    events = found(nlp, HEADLINE + FIRE + "\n\n" + drill)
    assert [e.place for e in events] == ["Ghent"]


@pytest.mark.parametrize(
    "told",
    [
        # look-alikes: a thing caused by an act that happened, or told of, not simulated
        "A blackout caused by a cyberattack on the grid hit Liège on Monday.",
        "Officials described a blackout caused by a cyberattack on the grid in Liège on Monday.",
    ],
)
def test_what_caused_a_real_thing_stays_an_event(nlp, told):
    events = found(nlp, HEADLINE + FIRE + "\n\n" + told)
    assert [e.place for e in events] == ["Ghent", "Liège"]


def test_what_posters_say_their_footage_shows_is_no_event(nlp):
    text = (
        "People are sharing footage of what they say is a second explosion at the port of Gdynia."
    )
    events = found(nlp, HEADLINE + FIRE + "\n\n" + text)
    assert [e.place for e in events] == ["Ghent"]


@pytest.mark.parametrize(
    "told",
    [
        # look-alikes: footage of the event itself, and what officials say happened
        "People are sharing footage of the explosion at the port of Gdynia on Monday.",
        "Police say what happened was an explosion at the port of Gdynia on Monday.",
    ],
)
def test_footage_of_an_event_or_an_official_account_stays_an_event(nlp, told):
    events = found(nlp, HEADLINE + FIRE + "\n\n" + told)
    assert [e.place for e in events] == ["Ghent", "Gdynia"]
