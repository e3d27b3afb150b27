"""Round 21 of the incident rules, shapes left over from earlier rounds: a
town first in its sentence that the tagger takes for a common noun ("Odesa
was hit by missiles"); people set upon by unnamed attackers ("Two men
attacked a journalist"), never a politician's words; a headline's target
never its culprit ("Dam attack"). Sentences written for these tests (not
from any corpus or gold set); each text opens with a headline line, as an
article does, so that the sentence under test is told in the body."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import culprit_on, events_on

from annotate.engine import annotate_text

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Overnight attacks\n\n"

events = events_on(FRIDAY)
culprit = culprit_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Odesa was hit by Russian missiles on Tuesday night, the governor of Odesa said.",
            "Odesa",
        ),
        ("Sumy was shelled by Russian artillery on Monday, the mayor of Sumy said.", "Sumy"),
        # look-alikes: a common noun first in its sentence is a thing, not a town;
        # a name the article never writes again mid-sentence is not taken on trust
        ("Infrastructure was hit by Russian missiles on Tuesday night.", None),
        ("Housing was hit by Russian missiles on Tuesday night.", None),
    ],
)
def test_a_town_first_in_its_sentence_is_where_weapons_struck(nlp, text, place):
    (event,) = events(nlp, HEADLINE + text)
    assert (event.type, event.place) == ("strike", place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two men attacked a journalist outside his flat in Vilnius on Friday.", "Vilnius"),
        (
            "A masked man assaulted an opposition councillor near her office in Tallinn.",
            "Tallinn",
        ),
        ("Three youths attacked him with bats in Riga on Sunday.", "Riga"),
        ("A gang of thugs attacked two activists in Kaunas on Monday.", "Kaunas"),
    ],
)
def test_unnamed_attackers_setting_upon_people_is_an_attack(nlp, text, place):
    (event,) = events(nlp, HEADLINE + text)
    assert (event.type, event.place) == ("attack", place)


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: attacks in words, by people named for their office or side
        "The minister attacked the journalist in a speech on Friday.",
        "Critics attacked the mayor over the budget on Monday.",
        "Opposition leaders attacked the president for his silence.",
        "A man attacked the government's plan on television.",
    ],
)
def test_an_attack_in_words_is_no_incident(nlp, text):
    assert events(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    ("headline", "target"),
    [
        ("Dam attack", "Dam"),
        ("Pipeline Attack", "Pipeline"),
        ("Embassy attack", "Embassy"),
        ("Bridge Attack: What We Know", "Bridge"),
    ],
)
def test_what_a_headline_says_was_attacked_is_never_its_culprit(nlp, headline, target):
    briefing = annotate_text(f"{headline}\n\nInvestigators are examining it.", nlp)
    culprits = {briefing.actor(i.perpetrator).name for i in briefing.incidents if i.perpetrator}
    assert target not in culprits


def test_a_headline_names_its_culprit_by_a_people_word(nlp):
    text = "Russian drone attack on Kyiv\n\nA drone hit a school in Kyiv on Monday."
    assert culprit(nlp, text) == "Russia"


def test_the_dead_and_the_hurt_come_from_one_telling(nlp):
    text = (
        HEADLINE + "At least three people were killed and 11 injured when Russian drones hit"
        " a block of flats in Odesa overnight, the governor said. Rescuers searched the"
        " rubble all morning.\n\nBy the evening, officials said the overnight attack on"
        " Odesa had killed five people and injured 14."
    )
    (event,) = events(nlp, text)
    assert (event.toll.killed, event.toll.injured) == (5, 14)


@pytest.mark.parametrize(
    ("site", "place"),
    [
        ("a block of flats in Odesa", "Odesa"),
        ("a pharmacy in Kherson", "Kherson"),
        ("a kindergarten in Sumy", "Sumy"),
        ("a cinema in Dnipro", "Dnipro"),
    ],
)
def test_a_town_after_a_building_is_the_place_whatever_its_tag(nlp, site, place):
    text = HEADLINE + f"Russian drones hit {site} overnight, killing three people."
    (event,) = events(nlp, text)
    assert event.place == place


@pytest.mark.parametrize(
    "text",
    [
        "A second missile fell into the sea without causing damage.",
        "A rocket fell harmlessly in a field near Kramatorsk.",
        "Another shell fell into the river and did not explode.",
    ],
)
def test_a_missile_that_fell_into_the_sea_or_harmlessly_is_no_strike(nlp, text):
    assert events(nlp, HEADLINE + text) == ()


def test_hackers_who_hit_websites_beside_drones_in_a_headline_strike_nothing(nlp):
    text = (
        "Morning Briefing: Drones over Tihange - Hacktivists hit state sites - Budget talks\n\n"
        "Police said two drones were seen above the Tihange plant on Monday night."
    )
    assert "strike" not in [e.type for e in events(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "A storage hall at the arms maker Kestrel's plant in Hurum burned down on Sunday night.",
        "The chemicals firm Orvex's depot near Kalundborg exploded on Monday.",
        "A warehouse at the logistics group Tamsen's site in Ede burned to the ground on Friday.",
    ],
)
def test_the_owner_of_a_site_that_burned_or_blew_up_is_never_its_culprit(nlp, text):
    assert culprit(nlp, HEADLINE + text) is None
