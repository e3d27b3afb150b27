"""Round 18 of the incident rules: facts of events already found. A street
told by its local abbreviation ("ul. Lipowa") is the place and never ends
the sentence. Sentences written for these tests (not from any corpus or
gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import culprit_on, events_on, only_on

WEDNESDAY = dt.date(2026, 5, 20)


events = events_on(WEDNESDAY)


only = only_on(WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The car was set alight in a residential car park on ul. Lipowa.", "ul. Lipowa"),
        ("A delivery van was torched on ul. Zielna in Lublin on Monday night.", "ul. Zielna"),
        ("On Monday a fire broke out at a bakery on ul. Kontenerowa in Gdynia.", "ul. Kontenerowa"),
        ("Arsonists set fire to a kiosk on ul. Jana Pawła II overnight.", "ul. Jana Pawła II"),
        # look-alikes: a town ending a sentence, a street in English
        ("A fire broke out at a warehouse on Lipowa Street in Lublin on Monday.", "Lipowa Street"),
        ("A bomb exploded near a market in Seoul. Nobody was hurt.", "Seoul"),
    ],
)
def test_a_street_by_its_abbreviation_is_the_place(nlp, text, place):
    event = only(nlp, text)
    assert event.place == place
    assert "ul" not in event.text.split()  # the abbreviation never ends the sentence


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a person's citizenship is whose, not where
        (
            "A 41-year-old citizen of Ukraine was stabbed in the abdomen at the main "
            "railway station on Monday.",
            None,
        ),
        ("A national of Belarus was stabbed outside a hostel on Friday.", None),
        ("Two citizens of Moldova and Romania were stabbed outside a bar on Sunday.", None),
        ("A citizen of Georgia was shot dead in a car park in Kaunas on Saturday.", "Kaunas"),
        # look-alike: a place told by "of" that is where it happened
        ("A drone hit the capital of Ukraine on Monday.", "Ukraine"),
    ],
)
def test_a_victims_citizenship_is_never_the_place(nlp, text, place):
    assert only(nlp, text).place == place


culprit = culprit_on(WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side named on the weapon or craft: "of" its forces, a demonym however deep
        (
            "On Sunday a drone of the Ukrainian armed forces struck a car in the village "
            "of Tetkino, injuring two people.",
            "Ukraine",
        ),
        (
            "A missile of the Russian army hit a grain terminal in Izmail on Monday.",
            "Russia",
        ),
        (
            "On Friday three Russian MiG-31 fighter jets entered Estonian airspace near "
            "Vaindloo island.",
            "Russia",
        ),
        (
            "Two Russian Ka-52 attack helicopters violated Finnish airspace near Porvoo on "
            "Tuesday.",
            "Russia",
        ),
        # pirates are the doers they are called
        (
            "Pirates boarded the product tanker Nordic Star 45 nautical miles south of "
            "Bioko on Tuesday.",
            "Pirates",
        ),
        # look-alikes: an "of" that names no side, or whose a car is
        ("A missile of unknown origin struck a warehouse in Odesa on Monday.", None),
        ("A car of the defence minister was set on fire in Riga on Monday.", None),
    ],
)
def test_the_side_named_on_the_weapon_did_it(nlp, text, expected):
    assert culprit(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed date or time after the teller is when, never part of who
        (
            "The Ukrainian-run channel of the partisan movement Atesh (3 March, 21:03) "
            "said its agents set fire to a relay cabinet near Tula.",
            "Ukrainian-run channel of the partisan movement Atesh",
        ),
        (
            "The news channel of the rebel movement Iron Wolf (12 May, 06:40) said its "
            "members set fire to a signal box near Bryansk.",
            "news channel of the rebel movement Iron Wolf",
        ),
    ],
)
def test_a_stamp_after_the_teller_is_not_its_name(nlp, text, expected):
    assert culprit(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a log's entries, opened by their clock time, happened on the day heading them
        (
            "Police log\n\n16 September\n\n08:40 A car was set on fire in a car park on "
            "Lipowa Street in Lublin.\n\n11:15 A man was stabbed outside a shop on Zielna "
            "Street.",
            ["2025-09-16", "2025-09-16"],
        ),
        (
            "POLICE LOG\n\nTuesday 12.05\n\n21:30 – A delivery van was torched in the "
            "Bronowice district.\n\n23:10 – A man was stabbed outside a kiosk on ul. Zielna.",
            ["2026-05-12", "2026-05-12"],
        ),
        # look-alikes: a weekday that is not that day's; one stamped line is no log
        (
            "POLICE LOG\n\nFriday 12.05\n\n21:30 – A delivery van was torched in the "
            "Bronowice district.\n\n23:10 – A man was stabbed outside a kiosk on ul. Zielna.",
            [None, None],
        ),
        (
            "Tuesday 12.05\n\n21:30 – A delivery van was torched in the Bronowice district.",
            [None],
        ),
    ],
)
def test_a_logs_entries_take_the_day_heading_them(nlp, text, dates):
    found = events(nlp, text)
    assert [e.date.iso if e.date else None for e in found] == dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a digest item's stamp dates its event told with no day, or only its night
        (
            "The partisan channel Atesh (3 March, 21:03) said its agents set fire to a relay "
            "cabinet near Tula.",
            "2026-03-03",
        ),
        (
            "The Ukrainian air force (April 4, 07:10) said Russian drones struck an energy "
            "facility in Odesa overnight.",
            "2026-04-04",
        ),
        # its own day wins; a bracketed date with no clock is no stamp
        (
            "The partisan channel Atesh (3 March, 21:03) said its agents set fire to a relay "
            "cabinet near Tula on 1 March.",
            "2026-03-01",
        ),
        (
            "The partisan channel Atesh (3 March) said its agents set fire to a relay "
            "cabinet near Tula.",
            None,
        ),
    ],
)
def test_a_digest_items_stamp_dates_its_event(nlp, text, iso):
    event = only(nlp, text)
    assert (event.date.iso if event.date else None) == iso


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # where a line or link leads is not where it happened
        (
            "Cables in a signal box were set alight on Monday, halting freight traffic on "
            "the line to Lithuania.",
            None,
        ),
        # look-alike: the town where it happened, beside where the line leads
        (
            "Cables in a signal box near Przemyśl were set alight on Monday, halting "
            "trains on the line to Lviv.",
            "Przemyśl",
        ),
    ],
)
def test_where_a_link_leads_is_not_the_place(nlp, text, place):
    assert only(nlp, text).place == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later sentence says whose the craft just told was
        (
            "A drone crashed near the village of Oleksandrivka on Monday, the defence "
            "ministry said. According to the ministry, the drone was launched by the "
            "Belarusian armed forces.",
            "Belarus",
        ),
        (
            "A drone crossed into Lithuanian airspace on Monday, the ministry said. It was "
            "launched by the Belarusian armed forces, the statement added.",
            "Belarus",
        ),
        (
            "A drone crossed into Lithuanian airspace on Monday. The ministry said the drone "
            "belonged to the Belarusian armed forces.",
            "Belarus",
        ),
        # look-alikes: where it came from; a site that belongs to a firm
        (
            "A drone crossed into Lithuanian airspace on Monday. The ministry said the drone "
            "was launched from Belarus.",
            None,
        ),
        (
            "A fire broke out at a fuel depot in Klaipėda on Monday. It belongs to the "
            "state energy firm Orlen Baltic.",
            None,
        ),
    ],
)
def test_a_later_sentence_says_whose_the_craft_was(nlp, text, expected):
    assert culprit(nlp, text) == expected
