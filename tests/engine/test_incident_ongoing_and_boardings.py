"""Round 18 (focus A): a condition that goes on is a pattern, not an event;
a ship boarded and the crew then kidnapped or robbed is one event. Each with
its look-alikes. Sentences written for these tests (not from any corpus or
gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

TUESDAY = dt.date(2026, 3, 10)


def briefing(nlp, text: str):
    return annotate_text(text, nlp, published=TUESDAY)


@pytest.mark.parametrize(
    "text",
    [
        "GPS jamming and spoofing near the Strait of Hormuz continued this week.",
        "GPS jamming over the eastern Baltic persisted for a third month.",
        "GPS jamming near Kaliningrad went on throughout the summer.",
    ],
)
def test_a_condition_told_as_going_on_is_a_pattern(nlp, text) -> None:
    found = briefing(nlp, text)
    assert not found.incidents
    assert found.patterns


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Shelling of the town continued on Monday, killing two people.", "strike"),
        ("Russian forces continued shelling the town of Kupiansk on Monday.", "strike"),
        ("The jamming of GPS signals near Gdansk on Monday disrupted flights.", "other"),
    ],
)
def test_a_dated_or_deadly_act_that_goes_on_stays_an_event(nlp, text, kind) -> None:
    assert [i.type for i in briefing(nlp, text).incidents] == [kind]


BOARDED = [
    "Armed pirates boarded the product tanker Blue Star 40 nautical miles south of Bioko on "
    "Tuesday. The pirates kidnapped six of its 19 crew.",
    "Gunmen boarded the bulk carrier Sea Lark off the coast of Somalia on Monday. "
    "They robbed the crew and took the ship's cash.",
    "Tanker boarded, crew kidnapped in Gulf of Guinea\n\n"
    "Pirates boarded the tanker Nordic Star south of Bioko on Tuesday. "
    "They abducted eight crew members.",
]


@pytest.mark.parametrize("text", BOARDED)
def test_a_boarding_and_what_the_boarders_did_are_one_event(nlp, text) -> None:
    found = briefing(nlp, text).incidents
    assert len(found) == 1
    assert "boarded" in found[0].text


@pytest.mark.parametrize(
    "text",
    [
        # another ship, another day: two acts
        "Pirates boarded the tanker Blue Star south of Bioko on Tuesday. "
        "On Friday, pirates kidnapped five crew from a trawler off Lagos.",
        "Pirates boarded the tanker Blue Star south of Bioko on Tuesday. "
        "In a separate attack, gunmen kidnapped four crew from a supply vessel.",
    ],
)
def test_a_kidnapping_of_its_own_stays_apart(nlp, text) -> None:
    # every entry the rules find: which are listed is the gate's (test_incident_confidence.py)
    found = annotate_text(text, nlp, published=TUESDAY, all_incidents=True).incidents
    assert len(found) == 2
