"""Round 19 of the incident rules: tolls told in the sentence after the
event, as a company's statement or a digest tells them. Sentences written
for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, toll

WEDNESDAY = dt.date(2026, 5, 20)

events = events_on(WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "An explosion occurred in Building 7 of our plant at Mühlau on Tuesday. Two "
            "employees died and three were injured.",
            (2, 3),
        ),
        (
            "An explosion occurred in a hall of our plant in Nünchritz on Monday. Two of our "
            "colleagues lost their lives; four others were taken to hospital.",
            (2, 4),
        ),
        (
            "A blast tore through a workshop at our site in Kolín on Monday. One of our "
            "employees lost his life.",
            (1, None),
        ),
        (
            "An explosion ripped through a munitions plant near Sofia on Friday. One "
            "employee is missing and two were hospitalised.",
            (None, 2),
        ),
        (
            "An explosion occurred at a chemical plant in Nünchritz on Monday. Three people "
            "were treated for injuries, none of them serious.",
            (None, 3),
        ),
        (
            "A fire broke out at a warehouse in Kalisz on Sunday. Two of the workers were "
            "treated for smoke inhalation.",
            (None, 2),
        ),
        (
            "A fire broke out at a warehouse in Kalisz on Sunday. One worker suffered smoke "
            "inhalation.",
            (None, 1),
        ),
        (
            "A Russian missile struck a port warehouse near Galați on Monday. Three people "
            "were injured.",
            (None, 3),
        ),
        # who tells the toll is no cause of its own
        (
            "A Russian drone hit a grain warehouse near Galați on Tuesday night. Three people "
            "were injured, according to the emergency services.",
            (None, 3),
        ),
        (
            "An explosion occurred in Building 7 of our plant at Mühlau on Tuesday. According "
            "to current information, two employees died and three were injured.",
            (2, 3),
        ),
        # look-alikes: a loss that is no life; victims counted already; an illness of its
        # own; a death with a cause of its own, whoever tells it
        (
            "A fire destroyed a warehouse in Kalisz on Sunday. Two men were killed in a car "
            "crash nearby, according to police.",
            None,
        ),
        (
            "A fire destroyed a warehouse in Kalisz on Sunday. The company lost its entire stock.",
            None,
        ),
        (
            "A bomb exploded at a bus stop in Sumy on Monday, injuring five people. One of "
            "the victims was seriously hurt.",
            (None, 5),
        ),
        (
            "A fire destroyed a warehouse in Kalisz on Sunday. Two were hospitalised with "
            "food poisoning last year.",
            None,
        ),
    ],
)
def test_a_toll_told_after_the_event(nlp, text, expected):
    found = events(nlp, text)
    assert len(found) == 1, [i.text for i in found]
    assert toll(found[0]) == expected
