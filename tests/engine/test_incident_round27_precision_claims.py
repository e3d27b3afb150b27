"""Round 27 of the incident rules, precision: claims, habits and outages
that are no events. What a caption or a run of posts claims, what a group
agreed to do, a claim found to have no evidence, what a thing is passed
off or judged as; a supply cut no one is named as cutting; what a kind of
people do; what a share of a tally was. Sentences written for these tests
(not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

from annotate.incident_reality import unreal

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "The clip shows a fireball rising over farmland at night, followed by a caption in "
        'Hungarian: "Zelensky\'s men have attacked Hungary. The gas is gone."',
        'The video carries the headline: "Drones strike refinery in Ryazan".',
        'A wave of posts on TikTok since Tuesday claims that Romania has been "attacked" by '
        "Russia, that an air base on the coast is in flames and that a refinery was blown up "
        "by saboteurs.",
    ],
)
def test_what_a_caption_or_a_run_of_posts_claims_is_theirs(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said: "A drone hit a school in Kharkiv on Monday."',
        'The caption was removed. The mayor said: "A drone hit a school in Kharkiv on Monday."',
        "A wave of drones attacked a refinery in Ryazan on Monday, officials claimed.",
    ],
)
def test_a_quote_or_a_wave_of_drones_tells_an_event(nlp, text):
    assert len(found(nlp, HEADLINE + text)) == 1


def test_what_a_group_agreed_to_do_is_a_plan(nlp):
    text = (
        "The group had also agreed to set fire to a restaurant in west London owned by a "
        "Russian businessman, but the plan was abandoned after one of them was arrested."
    )
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The two countries agreed on Monday that the fire at the depot in Leipzig was arson.",
        "Officials agreed that drones had attacked the refinery in Ryazan on Monday.",
    ],
)
def test_what_people_agree_happened_is_an_event(nlp, text):
    assert len(found(nlp, HEADLINE + text)) == 1


def test_a_claim_the_same_sentence_finds_no_evidence_of_is_no_event(nlp):
    text = (
        "Russian state media claimed on 22 October that Ukrainian saboteurs had blown up a "
        "gas pipeline near Sudzha; we found no evidence that any such explosion took place."
    )
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # the evidence missing is of something else: the act stands
        "Russian state media claimed on 22 October that Ukrainian saboteurs had blown up a "
        "gas pipeline near Sudzha; we found no evidence that Ukraine ordered it.",
        "Ukrainian saboteurs blew up a gas pipeline near Sudzha on Monday; police found no "
        "evidence that anyone was hurt.",
    ],
)
def test_no_evidence_of_something_else_leaves_the_act(nlp, text):
    assert len(found(nlp, HEADLINE + text)) == 1


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Several posts merged these events, presenting the Druzhba strike, which happened "
            "in Russia, as an attack on Hungarian soil.",
            ["strike"],
        ),
        (
            "State television portrayed the fire at a depot in Leipzig on Monday as an act of "
            "sabotage.",
            ["fire"],
        ),
        # "described as" tells what the thing was: it stays a mention of it
        (
            "Officials described the fire at a depot in Leipzig on Monday as an arson attack.",
            ["fire"],
        ),
    ],
)
def test_what_a_thing_is_passed_off_as_is_no_event_of_its_own(nlp, text, kinds):
    assert [x.type for x in found(nlp, HEADLINE + text)] == kinds


def test_what_posts_with_a_clip_say_is_theirs(nlp):
    text = (
        "Posts accompanying the clip say the blast at the refinery in Plock was caused by "
        '"a Ukrainian drone strike" and that "at least 40 workers" were killed.'
    )
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Police officers guarding the site say the blast at the refinery in Plock on Monday "
        "was caused by a drone.",
        "Officials reviewing the posts say a drone hit the refinery in Plock on Monday.",
    ],
)
def test_what_people_with_a_clause_say_is_told(nlp, text):
    assert len(found(nlp, HEADLINE + text)) == 1


def test_a_supply_cut_with_no_one_cutting_it_is_an_outage(nlp):
    text = (
        "A missile hit an apartment block in Dnipro on Tuesday, killing 19. Power to parts "
        "of the city was cut for several hours."
    )
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Saboteurs cut the power to a military base in Poznan on Monday.",
        "Power lines near a military base in Poznan were cut on Monday.",
        # told with the act that caused it
        "Power to the railway near Olomouc was cut on Saturday after copper cable was "
        "stolen from a substation near Hranice.",
    ],
)
def test_a_supply_cut_by_someone_or_a_line_cut_is_sabotage(nlp, text):
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["sabotage"]


@pytest.mark.parametrize(
    "text",
    [
        "The people who light the fires or fly the drones are often teenagers or migrants "
        "in debt, recruited online.",
        "The hackers who attack water utilities are rarely caught.",
    ],
)
def test_what_a_kind_of_people_do_is_a_habit(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


def test_what_the_people_named_did_is_an_event(nlp):
    text = "Police arrested the men who set fire to a depot in Leipzig on Monday."
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["fire"]


def test_what_a_share_of_a_tally_was_is_a_kind(nlp):
    text = (
        "Police counted 40 incidents last year. Roughly a third were arson attacks; others "
        "ranged from GPS jamming to vandalism."
    )
    assert found(nlp, HEADLINE + text) == ()


def test_what_one_fire_was_stays_its_mention(nlp):
    text = (
        "Most of the victims were children, and the fire at the school in Kharkiv on Monday "
        "was an arson attack."
    )
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["fire"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In December, police said they are treating it as sabotage.", "sabotage"),
        ("Investigators now regard this as an arson attack.", "attack"),
    ],
)
def test_what_a_thing_told_before_is_judged_as_is_no_mention_of_its_own(nlp, text, word):
    doc = nlp(text)
    assert unreal(next(t for t in doc if t.lower_ == word))


def test_a_fire_treated_as_arson_is_still_the_fire(nlp):
    text = "Police are treating a fire at a depot in Leipzig on Monday as arson."
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["fire"]
