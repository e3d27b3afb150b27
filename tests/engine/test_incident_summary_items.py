"""Round 19 (focus A): a digest's summary items join their full tellings
below, and the full telling is each event's main mention, even when it names
no place. Sentences written for these tests (not from any corpus or gold
set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 6, 10)

DIGESTS = [
    "Weekly security digest\n\nSummary: This week saw a warehouse fire in Kalisz, a stabbing in "
    "Kassel and a Russian strike near Galati.\n\nPoland\n\nA fire destroyed a distribution "
    "warehouse used by a courier firm on Tuesday night. Investigators suspect arson.\n\nGermany"
    "\n\nA man stabbed a local councillor outside his office on Wednesday.\n\nRomania\n\nRussian "
    "drones struck a grain terminal on the Danube on Thursday, damaging two silos.",
    "Risk bulletin\n\nKey events: a Russian strike near Izmail, an arson attack in Wroclaw and a "
    "stabbing in Leipzig.\n\nA man stabbed a tram driver on Monday evening.\n\nArsonists set fire "
    "to a bus depot on Sunday night.\n\nRussian drones hit a port warehouse on Tuesday.",
]


@pytest.mark.parametrize("text", DIGESTS)
def test_summary_items_join_their_tellings_which_are_the_main_mentions(nlp, text) -> None:
    found = annotate_text(text, nlp, published=WEDNESDAY).incidents
    assert len(found) == 3
    summary = text.split("\n\n")[1]
    assert all(i.text not in summary for i in found)
    assert all(len(i.mentions) == 2 for i in found)
