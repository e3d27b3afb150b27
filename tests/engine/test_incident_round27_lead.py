"""Round 27 of the incident rules (lead): a paragraph's first word is never
a sentence of its own before a lower-case word ("Drones | hit Kyiv"), and a
headline that names a town joins no event the body tells in another town.
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)

found = found_on(FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Title red\n\nDrones hit Kyiv on Monday, killing three.",
        "Latest\n\nMissiles struck Kyiv on Monday, killing three.",
    ],
)
def test_a_paragraph_opening_with_a_plural_subject_is_read_whole(nlp, text):
    (event,) = found(nlp, text)
    assert event.type == "strike"
    assert event.place == "Kyiv"
    assert event.toll is not None and event.toll.killed == 3


def test_a_headline_town_joins_no_event_in_another_town(nlp):
    text = (
        "Drones hit Kyiv on Monday, killing three.\n\nFires burn in Lviv after a strike on Monday."
    )
    events = found(nlp, text)
    assert sorted(e.place for e in events) == ["Kyiv", "Lviv"]
    (lviv,) = [e for e in events if e.place == "Lviv"]
    assert lviv.toll is None  # Kyiv's dead are not Lviv's


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a wider area over a town the body tells
        ("Sabotage in the Baltics\n\nA fire destroyed a depot in Tartu on Monday.", "Tartu"),
        # the town over a district of it
        (
            "Blast in Kyiv\n\n"
            "A blast tore through a cafe in Obolon, a district of Kyiv, on Monday.",
            "Obolon",
        ),
        # the same town
        ("Blast in Lublin\n\nA blast tore through a cafe in Lublin on Monday.", "Lublin"),
    ],
)
def test_a_headline_still_joins_the_event_in_its_area_or_town(nlp, text, place):
    (event,) = found(nlp, text)
    assert event.place == place


def _mention_texts(event, text):
    return [text[m.start : m.end] for m in event.mentions]


@pytest.mark.parametrize(
    "aside",
    [
        "The embassy has denied any involvement in the Dorohusk explosion.",
        "No group has claimed the explosion.",
        "The ship's manager said the vessel had no involvement in the explosion.",
        "A fire in a signal box, initially linked to the explosion, was caused by a short circuit.",
    ],
)
def test_a_denial_or_a_link_put_right_is_no_mention_of_the_event(nlp, aside):
    text = (
        "Blast on rail line\n\nAn explosion damaged a rail line near Dorohusk on Saturday.\n\n"
        f"{aside}\n\nPolice are investigating the explosion."
    )
    (event,) = [e for e in found(nlp, text) if e.type == "explosion"]
    told = _mention_texts(event, text)
    assert told[0].startswith("An explosion damaged")
    assert "the explosion" in told  # the investigation's mention stays
    assert not any(
        text.index(aside) <= m.start < text.index(aside) + len(aside) for m in event.mentions
    )


def test_a_claim_of_the_event_is_still_a_mention(nlp):
    text = (
        "Blast on rail line\n\nAn explosion damaged a rail line near Dorohusk on Saturday.\n\n"
        "A group calling itself Black Sun claimed responsibility for the explosion."
    )
    (event,) = [e for e in found(nlp, text) if e.type == "explosion"]
    assert len(event.mentions) == 2
