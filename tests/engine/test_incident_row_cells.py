"""Round 21 (places and dates): an event told in a tracker's table row or a
list item takes the row's own place and date cells, or the item's lead
("- 3 May, Gdynia: ..."), never a neighbouring row's. Sentences written for
these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

events = events_on(dt.date(2026, 6, 5))


def facts(nlp, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.place, e.area, e.date.iso if e.date else None) for e in events(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attacks on energy sites, May\n\n"
            "Date | Location | Target | Weapon | Casualties\n"
            "03.05.2026 | Sumy, Zarichnyi district | heating plant | drone strike | 2 injured\n"
            "04.05.2026 | Kharkiv | substation | missile strike | 1 killed",
            [("Zarichnyi district", "Sumy", "2026-05-03"), ("Kharkiv", None, "2026-05-04")],
        ),
        # no header: the date cell by its look, the place the capitalised cell after it
        (
            "Attacks on energy sites\n\n"
            "2026-05-03 | Sumy | heating plant | drone strike | 2 injured\n"
            "2026-05-04 | Poltava | gas facility | missile strike | none",
            [("Sumy", None, "2026-05-03"), ("Poltava", None, "2026-05-04")],
        ),
        # a Markdown table, its header and rule above the rows
        (
            "Tracker\n\n| Day | City | Site | What happened |\n|---|---|---|---|\n"
            "| 3 May 2026 | Dnipro | depot | drone strike |\n"
            "| 4 May 2026 | Kherson | market | artillery shelling |",
            [("Dnipro", None, "2026-05-03"), ("Kherson", None, "2026-05-04")],
        ),
        (
            "Incidents this month:\n- 3 May, Gdynia: a fire at a fuel depot, no casualties.\n"
            "- 5 May, Klaipėda: an explosion at a rail yard injured two workers.\n"
            "- 8 May, Tallinn: a cyberattack on the city's water utility.",
            [
                ("Gdynia", None, "2026-05-03"),
                ("Klaipėda", None, "2026-05-05"),
                ("Tallinn", None, "2026-05-08"),
            ],
        ),
        (
            "Recent cases\n• Gdynia, 3 May – a fire at a fuel depot.\n"
            "• Klaipėda, 5 May – an explosion at a rail yard.",
            [("Gdynia", None, "2026-05-03"), ("Klaipėda", None, "2026-05-05")],
        ),
        # the item's sentence names a closer site: the site, in the lead's town
        (
            "Recent cases\n- 3 May, Gdynia: a fire destroyed the Naftoport depot.",
            [("Naftoport depot", "Gdynia", "2026-05-03")],
        ),
    ],
)
def test_a_row_or_item_gives_its_own_place_and_date(nlp, text, expected):
    assert facts(nlp, text) == expected


def test_a_person_leading_an_item_is_no_place(nlp):
    text = "Recent cases\n- 3 May, Anna Kask: her car was set on fire outside her home in Tartu."
    assert [p for p, _, _ in facts(nlp, text)] == ["Tartu"]
