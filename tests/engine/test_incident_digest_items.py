"""Round 18 (focus A): a digest's opening list of the day's items, each told
in full below in any order and other words, is one event per item; tellings
that do not fit an item stay apart. Sentences written for these tests (not
from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

from annotate.engine import annotate_text

TUESDAY = dt.date(2026, 3, 10)


def incidents(nlp, text: str):
    return annotate_text(text, nlp, published=TUESDAY).incidents


def _line(text: str, start: int) -> str:
    return text[start : text.find("\n", start)]


DIGESTS = [
    (
        "Main events of the day: a drone attack on a refinery in Ryazan, a missile strike on "
        "Odesa, a fire at an arms factory in Bryansk.\n\n"
        "A fire broke out at an arms factory in the Sovetsky district of Bryansk on Monday, "
        "officials said.\n\n"
        "A Russian missile hit the port of Odesa on Monday morning, killing two dock workers.\n\n"
        "Drones attacked the refinery in Ryazan overnight, the regional governor said.\n",
        ("Bryansk on Monday", "Odesa on Monday", "Ryazan overnight"),
    ),
    (
        "The day in brief: a missile strike on a power plant in Kharkiv Region, a drone attack "
        "on a port in Izmail.\n\n"
        "Drones struck the port of Izmail in Odesa Region overnight, damaging a grain silo.\n\n"
        "Missiles hit a thermal power plant near Zmiiv, Kharkiv Region, early on Monday.\n",
        ("Izmail in Odesa Region", "Zmiiv, Kharkiv Region"),
    ),
]


@pytest.mark.parametrize(("text", "tellings"), DIGESTS)
def test_each_digest_item_is_a_mention_of_its_telling(nlp, text, tellings) -> None:
    found = incidents(nlp, text)
    assert len(found) == len(tellings)
    for telling in tellings:
        event = next(i for i in found if any(telling in _line(text, m.start) for m in i.mentions))
        assert len(event.mentions) == 2  # the item and its telling


def test_a_telling_in_another_place_stays_apart_from_the_item(nlp) -> None:
    text = (
        "Main events of the day: a drone attack on a refinery in Ryazan, a missile strike on "
        "Odesa.\n\n"
        "A Russian missile hit the port of Odesa on Monday morning, killing two dock workers.\n\n"
        "Drones attacked a refinery in Saratov overnight, the regional governor said.\n"
    )
    found = found_on(TUESDAY)(nlp, text)
    assert len(found) == 3
    saratov = next(i for i in found if "Saratov" in i.text)
    assert len(saratov.mentions) == 1


def test_an_item_two_tellings_fit_stays_as_it_is(nlp) -> None:
    text = (
        "Main events of the day: a drone attack in Ryazan Region, a fire in Bryansk.\n\n"
        "A fire broke out at an arms factory in Bryansk on Monday.\n\n"
        "Drones attacked a refinery in Ryazan Region overnight, the governor said.\n\n"
        "Separately, drones attacked a power substation in Ryazan Region on Monday evening.\n"
    )
    found = incidents(nlp, text)
    ryazan = [i for i in found if "Ryazan Region overnight" in i.text]
    assert ryazan and len(ryazan[0].mentions) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The armed forces attempted a drone attack on an oil depot in Livny overnight.",
            "strike",
        ),
        ("Kyiv tried a missile strike on the port of Sevastopol on Monday.", "strike"),
    ],
)
def test_an_attempt_with_launched_weapons_is_told(nlp, text, kind) -> None:
    assert [i.type for i in incidents(nlp, text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The group attempted an attack on an oil depot in Livny, but was arrested first.",
        "The men tried to attack the depot in Livny with drones.",
        "The cell attempted an arson attack on a depot in Livny.",
    ],
)
def test_an_attempt_without_launched_weapons_stays_a_plan(nlp, text) -> None:
    assert not incidents(nlp, text)
