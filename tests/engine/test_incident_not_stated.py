"""Round 19 (focus A): what is not stated to have happened names no event: a
question, an outlook, a plan on paper, a story called false. Each with its
look-alikes that do state an event. Sentences written for these tests (not
from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 6, 10)


def kinds(nlp, text: str) -> list[str]:
    return [i.type for i in annotate_text(text, nlp, published=WEDNESDAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Is the minister aware that a drone was spotted over the harbour of Emden on 3 May?",
        "Does the minister regard the fire at the substation in Zwolle as sabotage?",
        "Question 2: Can the minister say who set fire to the signal box near Assen.",
        "Q: Was the explosion at the depot in Tartu caused by a bomb?",
        "Did saboteurs cut the cable off Gotland last week?",
        "Why did nobody report the drones seen over the air base at Volkel?",
        "When was the minister told of the arson attack on the rail line at Meppel?",
        "Question 4: Is it true that hackers broke into the water board's network?",
    ],
)
def test_a_question_states_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Answer 1: On 3 May a drone was seen over the harbour of Emden by port staff.",
            "airspace",
        ),
        ("The minister was asked about the fire that destroyed a substation in Zwolle.", "fire"),
        ("Who is behind it? On Monday a fire destroyed a signal box near Assen.", "fire"),
        (
            "Why did the channel cut away from Maria Lang, whose husband was killed in the "
            "2019 bombing in Kabul?",
            "explosion",
        ),
        (
            "Why was Peter Holm, who was stabbed outside his flat in Malmö last May, never "
            "given protection?",
            "attack",
        ),
    ],
)
def test_a_statement_beside_a_question_is_an_event(nlp, text, kind) -> None:
    assert kind in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "An attack on Moldovan soil with casualties remains improbable but cannot be ruled out.",
        "A Russian strike on the port of Constanta cannot be ruled out.",
        "A sabotage attack on the grid could not be excluded, the agency said.",
        "A drone attack on the refinery remains unlikely.",
        "Sabotage against the pipeline is considered unlikely by the ministry.",
        "A cyberattack on the water supply remains a real possibility.",
        "An arson attack on the depot seems improbable, officials said.",
    ],
)
def test_an_outlook_states_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The attack on the depot in Tiraspol on Monday remains unexplained.", "attack"),
        ("The fire at the substation near Cahul remained under investigation on Friday.", "fire"),
    ],
)
def test_a_real_event_with_a_judgement_stays(nlp, text, kind) -> None:
    assert kind in kinds(nlp, text)


def test_a_cause_not_ruled_out_leaves_the_event_it_may_have_caused(nlp) -> None:
    text = (
        "Sabotage cannot be ruled out as the cause of the fire that destroyed a depot in Balti "
        "on Monday."
    )
    found = annotate_text(text, nlp, published=WEDNESDAY).incidents
    assert [i.place for i in found] == ["Balti"]


@pytest.mark.parametrize(
    "text",
    [
        "Investigators found a sketch of a pumping station near Tabor and notes for a second "
        "arson there.",
        "Police found instructions to set fire to a rail signal box near Pisek.",
        "The suspects kept a list of targets for arson attacks in Budweis.",
        "A notebook held a map of the depot and a timetable for a bombing.",
        "Officers seized a drawing of the substation and a checklist for the sabotage.",
    ],
)
def test_a_plan_on_paper_is_no_act(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Investigators found a note at the site of the arson at a depot near Tabor on Monday.",
            "fire",
        ),
        (
            "Police found notes in the car after the explosion at the depot in Pisek on Monday.",
            "explosion",
        ),
    ],
)
def test_a_paper_found_after_an_act_leaves_the_act(nlp, text, kind) -> None:
    assert kind in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials dismissed several stories, such as the rumour that a Danish water utility was "
        "hacked by Russian spies in spring, which proved to be invented.",
        "The story that saboteurs had cut a cable near Bornholm in May was untrue.",
        "The report that a drone had struck the terminal in Ventspils turned out to be false.",
        "Police denied the claim that a bomb had exploded at the station in Riga.",
        "The hoax that a dam had been blown up near Kaunas spread fast online.",
    ],
)
def test_a_story_called_false_states_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Police confirmed reports that a bomb had exploded at the station in Riga on Monday.",
            "explosion",
        ),
        (
            "The report that a drone had struck the terminal in Ventspils on Monday proved true.",
            "strike",
        ),
    ],
)
def test_a_story_found_true_tells_the_event(nlp, text, kind) -> None:
    assert kind in kinds(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Who set fire to the signal box near Assen?\n\nOn Monday a fire destroyed a signal box "
        "near Assen, police said.",
        "A fire destroyed a signal box near Assen on Monday. Was the fire at the signal box "
        "sabotage, the mayor asked?",
    ],
)
def test_a_question_is_never_the_telling_of_an_event(nlp, text) -> None:
    found = annotate_text(text, nlp, published=WEDNESDAY).incidents
    assert len(found) == 1
    assert "?" not in found[0].text and found[0].text.startswith(("a fire", "A fire"))


@pytest.mark.parametrize(
    "text",
    [
        "Q: What keeps you awake at night?\n\nA: A drone hitting an airliner on final approach.",
        "Her worst fear: a missile striking the reactor hall.",
        "A: Saboteurs cutting the cable in midwinter, with no ship able to repair it.",
    ],
)
def test_a_thing_doing_something_with_no_verb_is_a_picture_not_an_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A drone hitting an airliner on Monday killed two crew members.", "strike"),
        ("Firefighters said a blaze destroyed the depot in Kharkiv on Monday.", "fire"),
    ],
)
def test_a_gerund_beside_a_finite_verb_still_tells(nlp, text, kind) -> None:
    assert kind in kinds(nlp, text)
