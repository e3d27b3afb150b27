"""Round 27 of the incident rules, precision: second tellings that are no
event of their own. A live page's closing summary retells what the page
told above it; a boarding told right after a seizure is how the ship was
seized. Sentences written for these tests (not from any corpus or gold
set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


LIVE = (
    "Ukraine war live: strikes on Kharkiv\n\n"
    "09:52\nA Russian drone hit a five-storey apartment building in Kharkiv's Saltivskyi "
    "district shortly after 3 a.m. on Wednesday, killing three people.\n\n"
    "10:40\nA ballistic missile struck an industrial site in Zaporizhzhia at about 4:15 a.m. "
    "on Wednesday. Two workers were injured.\n\n"
)


@pytest.mark.parametrize(
    "recap",
    [
        "17:00\nThat's all from us for today. Here's a summary:\n\n"
        "A Russian drone strike on an apartment building in Kharkiv killed seven people.\n\n"
        "A ballistic missile hit an industrial site in Zaporizhzhia, injuring two.",
        "16:00\nSummary: a Russian drone strike on Kharkiv killed seven people; a ballistic "
        "missile hit an industrial site in Zaporizhzhia, injuring two.",
        "15:50\nIf you're just joining us: a Russian drone strike on Kharkiv has killed seven "
        "people, and a missile hit an industrial site in Zaporizhzhia.",
        "13:30\nThat's all from us for now. Summary of the main developments:\n"
        "- A Russian drone strike on Kharkiv killed seven people.\n"
        "- A ballistic missile hit an industrial site in Zaporizhzhia, injuring two.",
    ],
)
def test_a_closing_summary_retells_what_the_page_told(nlp, recap):
    events = found(nlp, LIVE + recap)
    assert sorted(x.place for x in events) == ["Saltivskyi district", "Zaporizhzhia"]


def test_a_closing_summary_keeps_a_kind_the_page_had_not_told(nlp):
    recap = (
        "17:00\nHere's a summary:\n\nA strike hit Kharkiv. Hackers knocked the website of "
        "Ukraine's biggest bank offline on Wednesday."
    )
    assert "cyber" in {x.type for x in found(nlp, LIVE + recap)}


def test_a_summary_that_opens_a_page_is_its_lead(nlp):
    text = (
        "Weekly brief\n\nSummary: a drone hit a bulk carrier in the Red Sea on Monday.\n\n"
        "Monday: a Houthi drone hit the bulk carrier Marit Sol in the southern Red Sea, "
        "injuring two sailors."
    )
    assert [x.type for x in found(nlp, text)] == ["strike"]


def test_a_recap_amid_a_live_pages_entries_may_be_the_first_telling(nlp):
    text = (
        "Drones close Billund Airport - live\n\n"
        "08:20\nPolice confirm that drones were seen over Skrydstrup air base from 01:30.\n\n"
        "07:45\nA quick recap if you're just joining us. Police say several drones were "
        "seen over Billund Airport at 22:40 last night.\n\n"
        "07:10\nIn September 2025, drones were seen over Copenhagen Airport for hours.\n"
    )
    places = {x.place for x in found(nlp, text)}
    assert {"Billund Airport", "Copenhagen Airport"} <= places


def test_a_boarding_told_right_after_a_seizure_is_how_it_was_seized(nlp):
    text = (
        "Iran's Revolutionary Guards seized an oil tanker near the Strait of Hormuz on "
        "Saturday. The Marshall Islands-flagged tanker Marisol Star was boarded by Guards "
        "commandos from two speedboats and a helicopter. The ship was then escorted into "
        "Iranian waters."
    )
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["attack"]


def test_a_second_boarding_after_a_seizure_is_its_own(nlp):
    text = (
        "Iran's Revolutionary Guards seized an oil tanker near the Strait of Hormuz on "
        "Saturday. In a separate incident on Sunday, pirates boarded a bulk carrier off "
        "Bosaso in Somalia."
    )
    assert len(found(nlp, HEADLINE + text)) == 2
