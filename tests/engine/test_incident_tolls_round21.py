"""Round 21 of the incident rules: tolls told in the sentence after the
event ("The blast holed the hull and injured two crew members", "Two
firefighters were treated for smoke inhalation", "Six workers were hurt, two
of them seriously": six), and never the toll of another act told next ("At
15:30 the enemy struck a building in Kherson, injuring two people").
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, toll

FRIDAY = dt.date(2026, 10, 23)

events = events_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blast on tanker\n\nAn explosion struck the tanker Aurora off Ust-Luga on Monday. "
            "The blast tore a hole in the hull above the waterline and wounded two sailors.",
            (None, 2),
        ),
        (
            "Blast on tanker\n\nA limpet mine exploded on the tanker Aurora off Ust-Luga on "
            "Monday. Two crew members were injured.",
            (None, 2),
        ),
        (
            "Depot fire\n\nA fire destroyed a fuel depot near Brno on Tuesday. Three "
            "firefighters were taken to hospital with smoke inhalation.",
            (None, 3),
        ),
        (
            "Depot fire\n\nArsonists set fire to a fuel depot near Brno on Tuesday. Two "
            "firefighters suffered burns.",
            (None, 2),
        ),
        (
            "Hall blast\n\nAn explosion tore through a sorting hall at a parcel depot in "
            "Leipzig on Monday. Six workers were hurt, two of them seriously.",
            (None, 6),
        ),
        (
            "Hall blast\n\nAn explosion ripped through a warehouse in Leipzig on Monday. Of the "
            "five people hurt, two remain in hospital.",
            (None, 5),
        ),
        (
            "Bus stop blast\n\nA bomb exploded at a bus stop in Riga on Monday. Eight people "
            "were wounded, including two children.",
            (None, 8),
        ),
        (
            "Depot fire\n\nA fire broke out at a depot in Klaipeda on Saturday. It killed a "
            "guard and injured two firefighters.",
            (1, 2),
        ),
        # look-alike: the next sentence's toll is another act's
        (
            "Ukraine update\n\nAt 10:20 Russian forces dropped a guided bomb on a school in "
            "Kupiansk. At about 15:30 the enemy struck a residential building in Kherson, "
            "injuring two people.",
            None,
        ),
    ],
)
def test_a_toll_told_next_is_the_events(nlp, text, expected):
    first = events(nlp, text)[0]
    assert toll(first) == expected
