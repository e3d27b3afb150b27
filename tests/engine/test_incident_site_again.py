"""Round 19 (focus A): a statement that tells its one event twice (a lead,
then the full telling naming the same numbered site) lists one event; the
same site on another day, or "again", is another event. Sentences written
for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 6, 10)


def events(nlp, text: str):
    return annotate_text(text, nlp, published=WEDNESDAY).incidents


@pytest.mark.parametrize(
    "text",
    [
        "Press release\n\nAn explosion occurred in Building 7 of our plant at Muehlau, the company "
        "said.\n\nAt about 05:40 on Tuesday, 9 June, an explosion occurred in the hall of Building "
        "7. Two employees were injured.",
        "Statement\n\nA fire broke out in Hall 3 of our site in Leuna on Monday.\n\nAt 06:10 on "
        "Monday a fire broke out in the paint store of Hall 3.",
        "There was an explosion at Unit 2 of the refinery in Schwedt, the operator said.\n\nAn "
        "explosion occurred at a pump in Unit 2 shortly before 04:50 on Monday.",
        "We regret to report a fire in Warehouse 4 at our depot near Lodz.\n\nOn Sunday evening a "
        "fire broke out among pallets stored in Warehouse 4.",
    ],
)
def test_a_statement_telling_its_event_twice_lists_one(nlp, text) -> None:
    assert len(events(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "An explosion occurred in Building 7 on Monday. On Friday an explosion occurred in "
        "Building 7, injuring two workers.",
        "Saboteurs set fire to Pylon 12 near Gera on Monday. On Thursday saboteurs set fire to "
        "Pylon 12 near Gera.",
        "A fire broke out in Hall 3 of the plant in Leuna on Monday. On Tuesday an explosion "
        "occurred in Hall 3.",
    ],
)
def test_the_same_site_on_another_day_is_another_event(nlp, text) -> None:
    assert len(events(nlp, text)) == 2
