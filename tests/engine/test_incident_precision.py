"""Round 14, precision: what an article tells without its having happened
is no incident. A clause set in a scenario, an exercise or a film ("In the
scenario, ..."), a scenario or habit in the simple present ("A cyberattack
paralyses the port for a week."), a clause yet to come ("before the first
missile is fired"), what a plan or doctrine says or an exercise assumes,
what is called possible, a kind judged ("A ransomware attack on a school is
a crime"), a likeness ("what sounded like an explosion"), the subject
of a law ("a law on drone incursions"), what someone was about to do or we are to suppose, reports
dismissed or called false and what a fake video or story shows, what a
practice cost, a mock or simulated attack, a device built or rigged to do
something, and what the article says, in its own voice, did not happen
where a claim put it. A count of acts ("38 acts of sabotage"), what
follows "the most common tactic" and a habit of the past ("For years,
agents have set fire to warehouses") are patterns. Some real things stay:
an explosion "of" its date, and a fire's damage told in its relative
clause is the fire, not a second event. Sentences written for these tests
(not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

from annotate.engine import annotate_text

THURSDAY = dt.date(2026, 6, 18)


def briefing(nlp, text: str):
    return annotate_text(text, nlp, published=THURSDAY)


def events(nlp, text: str):
    return briefing(nlp, text).incidents


@pytest.mark.parametrize(
    "text",
    [
        # a scenario, an exercise, a film
        "In the scenario, hackers had shut down the water plant in Tampere and a drone "
        "struck a fuel depot near Turku.",
        "In the film, terrorists blow up a dam near Zaporizhzhia.",
        "Under the exercise script, saboteurs had cut a power cable to the port of Rauma.",
        # the simple present of a scenario or a habit
        "The study pictures a bad winter. A cyberattack paralyses the port of Tallinn for a week.",
        "Russian hackers attack Latvian banks every week.",
        # yet to come
        "Officials want the shelters ready before the first missile is fired at the city.",
        "The grid must be protected before a bomb explodes at a substation.",
        # what a plan or doctrine says
        "Their military doctrine speaks of cutting undersea cables in the first hours of a war.",
        # dismissed, or called false
        "The ministry dismissed reports that its email servers had been hacked on Sunday.",
        "Reports of an explosion at the Gdynia refinery on Tuesday were false.",
        # mock or simulated
        "Soldiers staged a mock attack on the port of Klaipėda on Tuesday.",
        "Medics treated the victims of a simulated explosion at Riga station on Monday.",
        # what an exercise assumed; what is called possible; a kind judged
        "The tabletop exercise assumed that a drone had hit the fuel terminal at Gdańsk.",
        "Officials said a car bomb in Riga was possible but not likely.",
        "A ransomware attack on a school is a crime against children.",
        # about to, supposed
        "Police arrested two men who were about to set fire to a depot in Poznań.",
        "Suppose hackers took over the sluice gates of a dam in Sweden.",
        # told by a fake, or a bill for a practice
        "A doctored video showed a missile strike on the Estonian parliament.",
        "State media spread a false story about a bomb attack in Tartu.",
        "Sabotage cost Baltic ports millions of euros last year.",
        # a likeness, not the thing; the subject of a law
        "Residents heard what sounded like an explosion near the harbour in Pärnu on Monday.",
        "What looked like a drone strike on the depot was in fact a controlled demolition.",
        "Latvia's new law on drone incursions takes effect in July.",
        # built or rigged to do it
        "The drone had been rigged to explode over the crowd.",
        "Investigators said the device was built to blow up a gas pipeline.",
    ],
)
def test_what_did_not_happen_is_no_incident(nlp, text) -> None:
    assert events(nlp, text) == ()


def test_what_the_article_says_did_not_happen_rules_out_the_claim(nlp) -> None:
    text = (
        "Posts on Telegram showed a huge blast at the Narva power station on Monday.\n\n"
        "There was no blast at the power station, and no fire near it."
    )
    assert events(nlp, text) == ()


def test_a_partys_denial_leaves_the_event(nlp) -> None:
    text = (
        "A missile hit a hospital in Kyiv on Monday, killing two patients. "
        "Moscow said there was no attack on the hospital."
    )
    found = events(nlp, text)
    assert len(found) == 1 and found[0].type == "strike"


@pytest.mark.parametrize(
    "text",
    [
        "Police recorded 38 acts of sabotage against the railway between 2023 and 2025.",
        "The agency counted 12 acts of arson or attempted arson against army depots.",
        "Arson is the most common tactic, followed by damage to power cables.",
        # a habit of the past, its span told on the verb of "set fire"
        "In the past, saboteurs cut cables and set fire to depots across the Baltic region.",
        "For years, Russian agents have set fire to warehouses in Europe.",
    ],
)
def test_a_count_of_acts_or_a_ranking_of_kinds_is_no_event(nlp, text) -> None:
    assert events(nlp, text) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The video was filmed in Beirut during the explosion of 4 August 2020.", "explosion"),
        ("A fire that destroyed a substation in Pori on Monday was started deliberately.", "fire"),
        ("A cyberattack paralysed the port of Tallinn on Monday.", "cyber"),
        ("Residents heard an explosion near the harbour in Pärnu on Monday.", "explosion"),
        (
            "Hackers cripple port of Tallinn\n\nA cyberattack paralysed the port of Tallinn "
            "on Monday, officials said.",
            "cyber",
        ),
        (
            "The army said on Saturday that fragments of a drone were found in a field "
            "near Hrubieszów on Friday.",
            "airspace",
        ),
        ("The guards left the depot in Lviv minutes before the bomb exploded on Tuesday.", None),
    ],
)
def test_real_events_told_near_such_words_stay_one_each(nlp, text, kind) -> None:
    found = events(nlp, text)
    assert len(found) == 1
    assert kind is None or found[0].type == kind


def test_an_accident_put_down_to_a_cigarette_is_no_incident(nlp) -> None:
    text = (
        "A fire broke out in a bin near the station in Kaunas on Monday. "
        "Police said it had been started by a discarded cigarette."
    )
    assert events(nlp, text) == ()


def test_an_event_named_in_passing_then_told_in_full_is_one(nlp) -> None:
    text = (
        "We met the mayor a day after drones were seen over the town.\n\n"
        "What happened?\n\n"
        '"At dawn on Monday two drones flew over the power station at Narva for an hour."'
    )
    found = events(nlp, text)
    assert [e.type for e in found] == ["airspace"]
    assert len(found[0].mentions) == 2


def test_an_event_told_in_its_own_clause_is_not_a_lede(nlp) -> None:
    text = (
        "Two data cables were also damaged, operators said. The operators gave no details. "
        "Repairs will take weeks. Shipping was not affected. Ferries ran as usual. "
        "In November, two data cables in Swedish waters were severed."
    )
    found = [e for e in found_on(THURSDAY)(nlp, text) if e.type == "sabotage"]
    assert len(found) == 2
