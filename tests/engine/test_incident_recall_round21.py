"""Round 21, focus B (events missed in the sentence that tells them):
uncrewed boats that strike a ship, drones reported over a site with a
stated effect, a poisoning told by its method, and an act found later
("discovered that an intruder had got into ..."). Each with look-alikes.
Sentences written for these tests (not from any corpus or gold set); each
text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

FRIDAY = dt.date(2026, 11, 6)
HEADLINE = "Overnight news\n\n"

events = events_on(FRIDAY)


def kinds(nlp, text: str) -> list[str]:
    return [event.type for event in events(nlp, HEADLINE + text)]


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June at about 07:40 an uncrewed surface vessel rammed the starboard side of "
        "the Panama-flagged tanker Sea Lark 40 miles off Salalah.",
        "An unmanned surface vessel hit the bulk carrier Nova off Hodeidah on Monday.",
        "A drone boat rammed a Russian landing ship near Novorossiysk.",
        "Two explosive-laden boats struck the tanker Eagle in the Red Sea.",
        "A remote-controlled boat packed with explosives rammed the frigate in the harbour.",
        "Uncrewed boats hit the bridge over the strait on Sunday.",
        "An unmanned surface vessel struck the freighter Kora off Eilat.",
        "Three uncrewed vessels rammed the hull of a Russian corvette overnight.",
    ],
)
def test_an_uncrewed_boat_striking_a_ship_is_a_strike(nlp, text) -> None:
    assert kinds(nlp, text) == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        # crewed ships colliding, a boat on the rocks, a weapon shown or feared
        "A cargo vessel rammed the pier in Gdansk on Monday.",
        "The ferry hit a tanker in thick fog off Helsinki.",
        "An unmanned survey vessel hit rocks off Svalbard.",
        "The navy unveiled an uncrewed surface vessel that can strike ships at long range.",
        "An unmanned boat could hit a tanker in the strait, the admiral warned.",
    ],
)
def test_a_boat_look_alike_is_no_strike(nlp, text) -> None:
    assert kinds(nlp, text) == []
