"""Round 19 (focus A): a coast guard, police, customs or navy boarding,
detention or inspection of a ship is law enforcement, not an incident; an
armed group's boarding or a hostile seizure is one. Sentences written for
these tests (not from any corpus or gold set)."""

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
        "The Estonian coast guard boarded the Cameroon-flagged tanker Vela on Tuesday night.",
        "Finnish police boarded the tanker Eagle S in the Gulf of Finland on Wednesday and "
        "detained it.",
        "The tanker Kiwala was detained by Estonian authorities off Tallinn on Friday.",
        "German customs officers searched the cargo ship Nord Star in the port of Rostock on "
        "Monday.",
        "Polish navy special forces boarded a shadow-fleet tanker in the Baltic on Sunday and "
        "seized it.",
        "Danish maritime authorities inspected the vessel off Skagen on Tuesday.",
        "French naval commandos boarded the sanctioned tanker Boracay off Brittany on Tuesday.",
    ],
)
def test_law_enforcement_on_a_ship_is_no_incident(nlp, text) -> None:
    assert kinds(nlp, text) == []


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
