"""Round 20 (focus A): a summary line that counts one event of a kind
("lists one arson at a warehouse in northern Slovakia") joins its telling
below; with two tellings of the kind, or a telling on another day, it does
not. Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

from annotate.engine import annotate_text

FRIDAY = dt.date(2026, 5, 15)


def kinds(nlp, text: str) -> list[str]:
    return [i.type for i in annotate_text(text, nlp, published=FRIDAY).incidents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency's quarterly report lists one arson at a logistics warehouse in "
            "eastern Slovakia and two cyber incidents.\n\nOn 3 March, unknown people set fire "
            "to a logistics warehouse near Presov. They set fire to three trucks parked beside "
            "it before fleeing.\n\nOn 9 March, hackers broke into the booking system of a bus "
            "company in Kosice.",
            ["fire", "cyber"],
        ),
        (
            "Police recorded a single explosion in the region this spring. On 2 April, a bomb "
            "exploded outside a bank in Nitra.",
            ["explosion"],
        ),
    ],
)
def test_a_counted_item_joins_its_telling(nlp, text, expected) -> None:
    assert kinds(nlp, text) == expected


def test_a_counted_item_with_two_tellings_stays_apart_from_each(nlp) -> None:
    text = (
        "The report lists one arson in western Slovakia. On 3 March, arsonists set fire to "
        "a depot in Trnava. On 9 March, arsonists set fire to a bus in Presov."
    )
    assert len(found_on(FRIDAY)(nlp, text)) == 3
