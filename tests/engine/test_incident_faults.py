"""Round 20 (focus A): a cut or damage whose doer is a fault or a failure,
and a sighting a check found to be a harmless thing, name no event; a cut
by a saboteur or an anchor, and a drone found to be a military one, do.
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

FRIDAY = dt.date(2026, 5, 15)


def kinds(nlp, text: str) -> list[str]:
    return [i.type for i in annotate_text(text, nlp, published=FRIDAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "A fault that severed one of the power cables between Kemi and Lulea on Monday was "
        "caused by a failed joint, not external damage, the operator said.",
        "A technical fault cut the data cable between Tallinn and Helsinki on Monday, the "
        "operator said.",
        "An equipment failure damaged the power cable off Saaremaa on Sunday.",
        "The cable off Hiiumaa was damaged by a malfunction in a repeater, the operator said.",
        "A malfunction knocked out the signalling system on the Tartu line on Friday.",
        "A breakdown that disabled the ferry's navigation systems was caused by a software bug.",
        "The damage to the cable was caused by equipment failure, not by external "
        "interference, the operator said.",
    ],
)
def test_what_a_fault_did_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A saboteur cut the data cable between Tallinn and Helsinki on Monday.",
        "The cable off Hiiumaa was cut by a ship's anchor on Monday, investigators said.",
        "Saboteurs damaged the power cable off Saaremaa on Sunday, police said.",
    ],
)
def test_a_cut_by_a_doer_stays(nlp, text) -> None:
    assert kinds(nlp, text) == ["sabotage"]


@pytest.mark.parametrize(
    "text",
    [
        "A sighting reported last week of a drone over the business park has been "
        "investigated; officers found it was a mapping drone flown by a surveyor.",
        "Residents reported a drone over the port on Monday. Police later established it was "
        "a survey drone operated by the harbour authority.",
        "A drone was seen over the barracks on Sunday. Investigators confirmed the object was "
        "a weather balloon.",
        "Lights seen over the air base were investigated; police determined they were a "
        "reflection.",
        "A drone was spotted over the power plant on Monday. Officers later found it was a "
        "hobby drone flown by a teenager.",
    ],
)
def test_a_sighting_found_harmless_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A drone flew over the power plant on Monday. Police found it was a Russian-made "
        "military drone.",
        "A drone flew over the barracks on Sunday. Investigators confirmed it had come from "
        "a ship offshore.",
        "Police found that a drone had flown over the air base at Amari on Sunday.",
    ],
)
def test_a_sighting_not_found_harmless_stays(nlp, text) -> None:
    assert kinds(nlp, text) == ["airspace"]
