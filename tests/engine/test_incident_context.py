"""Incidents read with their neighbours: a place the parser hung on the clause
above, a toll told in the next sentence, a headline of a compatible type, a
characterisation of the event; and what is not an event at all (figurative
and verbal uses, bare nouns with nothing tying them to one event). Sentences
written for these tests (not from any corpus or the gold set)."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.model import Toll


def events(nlp, text: str):
    return list(nlp(text)._.incidents)


def test_a_place_right_after_the_incident_is_its_own(nlp) -> None:
    [blast] = events(
        nlp, "Prosecutors think Friday's explosion at a gas plant in Ploiesti was arson."
    )
    assert blast.place == "Ploiesti"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "A car bomb exploded outside a bank in Mardin on Monday. "
            "Four people were killed and nine were wounded, officials said.",
            Toll(4, 9),
        ),
        (
            "Drones struck a bus depot in Sumy overnight. Two drivers were killed, the mayor said.",
            Toll(2, None),
        ),
    ],
)
def test_a_toll_in_the_next_sentence_belongs_to_the_event_before(nlp, text, toll) -> None:
    [event] = events(nlp, text)
    assert event.toll == toll


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a bus station in Mosul on Sunday. "
        "Three people were killed in a road accident nearby.",
        "A bomb exploded at a bus station in Mosul on Sunday. "
        "Separately, two people were killed by a falling crane.",
        "A knife attack at a station in Essen injured four people on Friday. "
        "One of the victims was seriously hurt.",
    ],
)
def test_a_toll_with_a_cause_of_its_own_or_counted_already_is_not_carried(nlp, text) -> None:
    [event] = events(nlp, text)
    assert event.toll is None or event.toll.killed is None
    assert event.toll is None or event.toll.injured in (None, 4)


def test_a_headline_folds_into_a_compatible_event_at_the_same_place(nlp) -> None:
    text = (
        "Arson feared after fire at Varna port\n\n"
        "Police said Sunday's explosion at a warehouse in Varna port was arson. "
        "No one was hurt."
    )
    briefing = annotate_text(text, nlp, title="Arson feared after fire at Varna port")
    [event] = briefing.incidents
    assert event.type == "explosion"
    assert len(event.mentions) >= 3


def test_a_characterisation_is_a_mention_of_the_event_it_characterises(nlp) -> None:
    [fire] = events(nlp, "Investigators said the fire at a depot in Tartu on Monday was sabotage.")
    assert fire.type == "fire" and fire.place == "Tartu"
    assert len(fire.mentions) == 2
