"""A tracker's rows ("date | place | site | weapon | toll"): each row's toll
and date are its own cells, never a neighbour's; "no casualties" is none
killed and none hurt, for its row only. Rows written for these tests (not
from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, toll

from annotate.incident_table_rows import row_cells

FRIDAY = dt.date(2026, 11, 13)

events = events_on(FRIDAY)

TRACKER = (
    "Strike tracker\n\n"
    "Date | Place | Site | Weapon | Casualties\n"
    "05.11.2026 | Sumy, Zarichnyi district | heating plant | drone strike | 2 injured\n"
    "06.11.2026 | Kharkiv, Saltivskyi district | school | missile strike | 1 killed\n"
    "07.11.2026 | Chernihiv, Novozavodskyi district | bakery | drone strike | no casualties\n"
    "09.11.2026 | Dnipro, Chechelivskyi district | depot | missile strike | 3 killed, 12 wounded\n"
)


@pytest.mark.parametrize(
    ("site", "iso", "expected"),
    [
        ("heating plant", "2026-11-05", (None, 2)),
        ("school", "2026-11-06", (1, None)),
        ("depot", "2026-11-09", (3, 12)),
    ],
)
def test_each_row_has_its_own_toll_and_date(nlp, site, iso, expected):
    found = [e for e in events(nlp, TRACKER) if site in e.text]
    assert found, [e.text for e in events(nlp, TRACKER)]
    assert found[0].date is not None and found[0].date.iso == iso
    assert toll(found[0]) == expected


def test_no_casualties_is_none_for_its_row_only(nlp):
    found = events(nlp, TRACKER)
    bakery = [e for e in found if "bakery" in e.text]
    if bakery:  # listed or not, "no casualties" is never given to another row
        assert toll(bakery[0]) == (0, 0)
    assert all(toll(e) != (0, 0) for e in found if "bakery" not in e.text)


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("05.11.2026 | Sumy | plant | drone strike | 2 injured", 5),
        ("| 05.11.2026 | Sumy | plant | drone |", 4),
        # look-alikes: a bar or two in a sentence is no row
        ("The cable | the pipeline were both damaged.", None),
        ("A fire broke out in Brno on Monday.", None),
    ],
)
def test_a_row_has_three_bars(line, cells):
    found = row_cells(line, 0)
    assert (len(found) if found is not None else None) == cells


@pytest.mark.parametrize(
    ("row", "iso", "expected"),
    [
        # a dash is a cell left empty: no count, never "0 killed, 0 injured"
        ("05.11.2026 | Sumy | depot | drone strike | -", "2026-11-05", None),
        ("05.11.2026 | Sumy | depot | drone strike | —", "2026-11-05", None),
        # a day that cannot be is no day
        ("2026-13-45 | Sumy | depot | drone strike | 2 injured", None, (None, 2)),
        ("2026-11-05 | Sumy | depot | drone strike | 2 injured", "2026-11-05", (None, 2)),
    ],
)
def test_an_empty_cell_or_an_impossible_day_states_nothing(nlp, row, iso, expected):
    text = "Strike tracker\n\nDate | Place | Site | Weapon | Casualties\n" + row + "\n"
    (event,) = events(nlp, text)
    assert (event.date.iso if event.date else None) == iso
    assert toll(event) == expected
