"""Round 19 (focus A), revised in round 28: a customs search or an
inspection of a ship is law enforcement, not an incident; a coast guard,
police or navy boarding or detention of one is an incident of type "other"
(round 28 reversed the decision that left it out); an armed group's boarding
or a hostile seizure is an attack. Sentences written for these tests (not
from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 6, 10)


def kinds(nlp, text: str) -> list[str]:
    return [i.type for i in annotate_text(text, nlp, published=WEDNESDAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "German customs officers searched the cargo ship Nord Star in the port of Rostock on "
        "Monday.",
        "Danish maritime authorities inspected the vessel off Skagen on Tuesday.",
    ],
)
def test_a_search_or_an_inspection_of_a_ship_is_no_incident(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Estonian coast guard boarded the Cameroon-flagged tanker Vela on Tuesday night.",
        "Finnish police boarded the tanker Eagle S in the Gulf of Finland on Wednesday and "
        "detained it.",
        "The tanker Kiwala was detained by Estonian authorities off Tallinn on Friday.",
        "Polish navy special forces boarded a shadow-fleet tanker in the Baltic on Sunday and "
        "seized it.",
        "French naval commandos boarded the sanctioned tanker Boracay off Brittany on Tuesday.",
        "Finnish police boarded the tanker on Friday.",
        "Swedish prosecutors opened an inquiry and boarded the bulk carrier on Sunday.",
        "The tanker was seized by Estonian authorities on Friday.",
    ],
)
def test_a_ship_boarded_or_detained_by_an_authority_is_an_other_incident(nlp, text) -> None:
    assert kinds(nlp, text) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Armed men boarded the tanker Vela off Lagos on Tuesday and kidnapped three sailors.",
        "Pirates boarded the bulk carrier Sea Lark off Somalia on Monday.",
        "Houthi fighters seized the car carrier Galaxy Dawn in the Red Sea on Sunday.",
    ],
)
def test_an_armed_groups_boarding_is_an_incident(nlp, text) -> None:
    assert kinds(nlp, text) == ["attack"]
