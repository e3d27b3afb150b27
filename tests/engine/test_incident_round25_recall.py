"""Round 25 of the incident rules (recall): shapes real events were missed
in. A clause closed by a semicolon keeps its own reality ("explosions
ruptured X; investigators have never said who"); a poisoning told by what
it was done with, to someone named ("X was poisoned with a Novichok nerve
agent"); a ship's anchor dragged across a cable. Sentences written for
these tests (not from any corpus or gold set); each text opens with a
headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In September 2022 explosions ruptured two gas pipelines off Gotland; "
            "investigators in three countries have never agreed on who was responsible.",
            "explosion",
        ),
        (
            "In March two drones were seen flying over the naval base at Haakonsvern for "
            "an hour; police did not find the operators.",
            "airspace",
        ),
    ],
)
def test_a_clause_before_a_semicolon_is_real_whatever_the_next_one_denies(nlp, text, kind):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == kind


@pytest.mark.parametrize(
    "text",
    [
        # the negation or modal is the clause's own
        "In March no drones were seen over the naval base at Haakonsvern; police checked twice.",
        "Saboteurs could have ruptured the pipeline off Gotland; investigators doubt it.",
        "Officials said drones might have been seen over the base; nobody filmed them.",
    ],
)
def test_a_clause_before_a_semicolon_keeps_its_own_negation(nlp, text):
    assert found(nlp, HEADLINE + text) == ()
