"""Round 18 (focus A): what the text names without saying it happened, each
with the look-alikes that did happen. Sentences written for these tests (not
from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

TUESDAY = dt.date(2026, 3, 10)


def kinds(nlp, text: str) -> list[str]:
    return [i.type for i in annotate_text(text, nlp, published=TUESDAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "K. was also acquitted of involvement in a fire at a depot in Delft in May 2025.",
        "The court acquitted both men of the arson attack on a warehouse in Gouda.",
        "She was cleared of any role in the bombing of a bank in Tilburg last year.",
        "The engineer was exonerated of sabotage at the pumping station in Breda.",
        "His acquittal of the stabbing in Lyon was upheld on appeal.",
    ],
)
def test_an_act_told_only_as_what_someone_was_acquitted_of_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the act is told for itself, the acquittal only follows it
        (
            "A fire destroyed a depot in Delft in May 2025. A dock worker was acquitted on Monday.",
            "fire",
        ),
        (
            "He was cleared to leave hospital after the bombing of a bank in Tilburg on Friday.",
            "explosion",
        ),
        ("He was acquitted after a fire destroyed his shop in Gouda on Sunday.", "fire"),
        ("Police cleared the site of the explosion in Gouda on Sunday.", "explosion"),
    ],
)
def test_an_act_beside_an_acquittal_stays(nlp, text, kind) -> None:
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Deputies also responded Thursday to a reported blast near a water tower in Elkton.",
        "Firefighters were sent to a reported explosion at a farm outside Dover on Sunday.",
        "Police checked an unconfirmed explosion near the rail yard in Crewe.",
        "Troopers investigated an unverified shooting on Route 9 late on Friday.",
    ],
)
def test_a_reported_act_nothing_confirms_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The reported blast near a water tower in Elkton killed two workers on Thursday.",
            "explosion",
        ),
        ("Police reported an explosion at a farm outside Dover on Sunday.", "explosion"),
        ("Residents reported a blast near the water tower in Elkton on Thursday.", "explosion"),
    ],
)
def test_a_reported_act_with_its_dead_or_a_report_of_it_stays(nlp, text, kind) -> None:
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        'Moldova has been "attacked" by Russia, the post claims.',
        'The channel spoke of a "massive strike" on the city.',
        "The blog wrote of a 'sabotage' at the port of Constanta.",
        "Pro-Kremlin accounts wrote of a “cyberattack” by Kyiv on the grid.",
    ],
)
def test_a_word_in_scare_quotes_is_a_claim_not_an_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"A drone attacked the refinery in Ryazan overnight," the governor said.', "strike"),
        ('The governor said "a drone hit the refinery" in Ryazan on Monday.', "strike"),
    ],
)
def test_an_act_inside_a_quoted_statement_stays(nlp, text, kind) -> None:
    assert len(kinds(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The 40-second video, shared 3 million times, shows a fire at a refinery in Lagos in 2021.",
        "A clip viewed 200,000 times shows an explosion at a port in Beirut in 2020.",
        "The footage, posted by dozens of accounts, shows a missile strike on a bridge in 2022.",
    ],
)
def test_circulating_footage_of_an_earlier_year_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # footage of the event itself: no sharing, or this year
        "CCTV footage shows a fire at a refinery in Lagos on Monday.",
        "The video, shared widely on Monday, shows a fire at a refinery in Lagos.",
    ],
)
def test_footage_of_the_event_itself_stays(nlp, text) -> None:
    assert kinds(nlp, text) == ["fire"]


@pytest.mark.parametrize(
    "text",
    [
        "Several channels reported an explosion at the Tula cartridge plant on Monday evening. "
        "The regional governor said the blast was a planned disposal of old munitions.",
        "A fire was seen at a forest near the base on Sunday. The fire was a controlled burn, "
        "the army said.",
        "Residents heard an explosion at the quarry on Friday. It was a scheduled demolition, "
        "the company said.",
    ],
)
def test_a_bang_said_to_be_planned_or_controlled_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "An explosion hit the plant in Tula on Monday. "
        "The governor said the blast was caused by a drone.",
        "An explosion hit the plant in Tula on Monday. The blast was a deliberate attack, "
        "the governor said.",
        "An explosion hit the plant in Tula on Monday. The blast was the second in a week.",
    ],
)
def test_a_bang_said_to_be_an_accident_or_an_attack_stays(nlp, text) -> None:
    assert kinds(nlp, text) == ["explosion"]


@pytest.mark.parametrize(
    "text",
    [
        "21:40 - A security guard reported a drone hovering over the fuel depot in Gdynia. "
        "Officers found nothing.",
        "A resident reported an explosion near the railway bridge in Kutno on Friday. "
        "Police found no trace of a blast.",
        "Emergency crews were called to reports of an explosion at a warehouse in Elkton on "
        "Friday. Nothing was found.",
        "A caller reported a drone over the prison in Leeds. No drone was found.",
    ],
)
def test_a_report_the_next_sentence_finds_nothing_behind_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Police reported an explosion at the depot in Kutno on Friday. "
            "Investigators found no suspects.",
            "explosion",
        ),
        (
            "A resident reported an explosion near the bridge in Kutno on Friday. "
            "Police found debris on the tracks.",
            "explosion",
        ),
    ],
)
def test_a_report_the_next_sentence_does_not_rule_out_stays(nlp, text, kind) -> None:
    assert kinds(nlp, text) == [kind]


def test_a_clip_that_actually_shows_an_earlier_event_is_no_event(nlp) -> None:
    text = (
        "The clip, which has circulated widely since Monday, actually shows a blast at a "
        "chemical plant in Tianjin in 2015."
    )
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("There were unconfirmed reports of an explosion at the airfield near Engels.", []),
        ("Unverified accounts of a drone attack on the airfield near Engels spread online.", []),
        (
            "The governor confirmed reports of an explosion at the airfield near Engels on Monday.",
            ["explosion"],
        ),
    ],
)
def test_unconfirmed_reports_of_an_act_name_no_event(nlp, text, found) -> None:
    assert kinds(nlp, text) == found


def test_bangs_said_to_be_part_of_a_planned_detonation_are_no_event(nlp) -> None:
    text = (
        "Local channels reported explosions in Bryansk on Monday. The governor said the "
        "explosions were part of a planned detonation of old shells."
    )
    assert kinds(nlp, text) == []
