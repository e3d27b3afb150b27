"""Round 27 of the incident rules (recall): shapes real events were missed
in. Sentences written for these tests (not from any corpus or gold set);
each text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


def _types(nlp, text: str) -> list[str]:
    return [i.type for i in found(nlp, HEADLINE + text)]


# An event that did what "halt" or "threaten" says: it is the doer, not the
# thing stopped or threatened.


@pytest.mark.parametrize(
    ("text", "kind", "town"),
    [
        (
            "An arson attack on a signal cable near Lindow halted trains on Wednesday.",
            "fire",
            "Lindow",
        ),
        ("A bomb attack on a bus near Lindow halted traffic on Wednesday.", "explosion", "Lindow"),
        ("A fire at a depot in Lindow threatened nearby homes on Wednesday.", "fire", "Lindow"),
    ],
)
def test_an_event_that_halted_something_happened(nlp, text, kind, town):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == kind
    assert event.place == town


@pytest.mark.parametrize(
    "text",
    [
        "Police halted the attacks on the depot in Lindow on Wednesday.",
        "The attack on the depot in Lindow was prevented by police on Wednesday.",
        "An attack on the grid could halt trains across the region.",
        "An attack on the grid halts trains for days, engineers say.",
        "The strikes on Lindow were halted on Wednesday.",
    ],
)
def test_what_is_halted_or_prevented_stays_out(nlp, text):
    assert not _types(nlp, text)
