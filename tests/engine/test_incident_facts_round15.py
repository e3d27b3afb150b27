"""Round 15 of the incident rules: the facts of events already found. Tolls
that rose ("the number of injured had climbed to 40"), one more told by an
ordinal ("wounding a third"), a later death ("died in hospital from his
burns"); the look-alikes that count no one. Sentences written for these
tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, toll

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 5, 20)


events = events_on(WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count that rose replaces the one told before, for the dead or the hurt
        (
            "A drone struck a market in Kherson on Monday, killing three people. By "
            "Tuesday evening the number of injured had climbed to 40, of whom six are "
            "in a serious condition.",
            (3, 40),
        ),
        (
            "A missile hit a hospital in Sumy on Sunday, killing two. The number of "
            "people killed in the strike has risen to seven, officials said.",
            (7, None),
        ),
        (
            "A bomb exploded outside a bank in Mostar on Friday, killing four people. "
            "The number of wounded stood at 23 on Saturday.",
            (4, 23),
        ),
        # a number that rose but counts no one
        (
            "A drone hit a fuel depot in Orel on Monday, injuring two workers. The "
            "number of drones launched that night rose to 60, the ministry said.",
            (None, 2),
        ),
        # an ordinal after a count is one more
        (
            "Gunmen opened fire on a bus near Quetta on Monday, killing two passengers "
            "and wounding a third.",
            (2, 1),
        ),
        (
            "The blast killed two soldiers at a checkpoint near Kupiansk on Monday and "
            "injured a third, the army said.",
            (2, 1),
        ),
        (
            "A bomb exploded at a bus stop in Mostar on Friday, killing two people. A "
            "third person was wounded.",
            (2, 1),
        ),
        # a share is not a person
        ("A shell hit a farm near Nikopol on Monday, killing a third of the herd.", None),
        # a later death in hospital is the event's
        (
            "A bomb exploded at a bus stop in Mostar on Friday, injuring two people. A "
            "third person died in hospital from his burns.",
            (1, 2),
        ),
        (
            "A blast tore through a paint factory in Ruse on Friday night. A welder "
            "died in hospital on Sunday from his burns and two others were injured.",
            (1, 2),
        ),
        # "It killed ..." two sentences on, the one between telling how it went on
        (
            "A fire broke out at a grain terminal in Klaipeda on Saturday. By midnight "
            "it had spread to the silos. It killed a night watchman and injured four "
            "firefighters.",
            (1, 4),
        ),
        ("A bomb exploded outside a bank in Mostar on Friday. It killed three people.", (3, None)),
        # or a count after a sentence telling how the event went on
        (
            "The first charge concerns a fire at a shopping centre in Kaunas on 11 March. "
            "Prosecutors say the defendant left an incendiary device in a storeroom, "
            "which ignited after midnight. Two security guards were treated for burns.",
            (None, 2),
        ),
        # a plain count two sentences on may be of anything told between: none
        (
            "A drone hit a fuel depot in Orel on Monday. The governor praised the air "
            "defences. Nine people were killed.",
            None,
        ),
        # gunned down: dead or hurt as the text says; a second one hurt, told later, is more
        (
            "A 40-year-old man was gunned down outside a cafe on Mill Street in Corby on "
            "Monday evening. Paramedics treated him at the scene, but he died shortly "
            "after 9pm. A second man, 22, suffered a gunshot wound to the arm.",
            (1, 1),
        ),
        ("A man was gunned down outside a cafe in Corby on Monday.", None),
        (
            "A man was gunned down outside a cafe in Corby on Monday. He is in hospital "
            "in a stable condition.",
            (None, 1),
        ),
        # hurt, told by what they suffered
        (
            "A fire gutted a storage hall in Gdynia on Sunday. Two guards suffered smoke "
            "inhalation.",
            (None, 2),
        ),
        # a death with a time alone, or a cause of its own, stays apart
        (
            "A blast tore through a paint factory in Ruse on Friday night. Two men died "
            "in a car crash on the ring road.",
            None,
        ),
    ],
)
def test_tolls(nlp, text, expected):
    found = events(nlp, text)
    assert len(found) == 1
    assert toll(found[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fire returned or exchanged is gunfire, not a blaze
        (
            "Militants in a pickup truck attacked a police checkpoint near Mardan on "
            "Friday, firing grenades at the guards before officers returned fire.",
            "attack",
        ),
        (
            "Border guards exchanged fire with smugglers near Tiraspol on Sunday.",
            "attack",
        ),
        # an attack made with drones, missiles or shells is a strike
        (
            "A Russian attack on the port of Izmail with drones damaged grain silos "
            "overnight, the governor said.",
            "strike",
        ),
        (
            "Russia attacked the port of Izmail with drones and missiles overnight, the "
            "governor said.",
            "strike",
        ),
        # with something in hand, on a website, or on a place that holds drones, it is not
        (
            "Gunmen attacked a checkpoint near Izmail on Monday with rifles and grenades.",
            "attack",
        ),
        (
            "An attack on an army depot storing drones and missiles near Izmail killed "
            "two guards on Monday.",
            "attack",
        ),
        (
            "Hackers attacked the website of the port of Izmail on Monday.",
            "cyber",
        ),
        # a bombing by people is an explosion
        (
            "Two suicide bombers blew themselves up at the main railway station in "
            "Ostrava on Friday, killing nine people.",
            "explosion",
        ),
        (
            "The bombings of 14 May 2019 at the city's airport killed 20 people.",
            "explosion",
        ),
    ],
)
def test_types(nlp, text, expected):
    found = events(nlp, text)
    assert [e.type for e in found] == [expected]


def date_of(nlp, text: str, published: dt.date) -> str | None:
    found = annotate_text(text, nlp, published=published).incidents
    assert len(found) >= 1
    return found[-1].date.iso if found[-1].date else None


SATURDAY, MONDAY = dt.date(2026, 1, 17), dt.date(2026, 10, 5)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "last <month>": the latest such month before the article's
        (
            "Last September a swarm of drones entered Estonian airspace near Narva, the "
            "general said.",
            WEDNESDAY,
            "2025-09",
        ),
        (
            "Last September a swarm of drones entered Estonian airspace near Narva, the "
            "general said.",
            MONDAY,
            "2026-09",
        ),
        # a weekend before the article's date, by its Saturday
        (
            "A fire destroyed a warehouse in Riga last weekend, police said.",
            WEDNESDAY,
            "2026-05-16",
        ),
        ("A fire destroyed a warehouse in Riga last weekend, police said.", SATURDAY, "2026-01-10"),
        (
            "Arsonists set fire to a bus depot in Liepaja over the weekend, police said.",
            MONDAY,
            "2026-10-03",
        ),
        # in an article of a weekend, "this past weekend" could be either: no day
        (
            "Arsonists set fire to a bus depot in Liepaja this past weekend, police said.",
            SATURDAY,
            None,
        ),
        # a count of days with the day named: the day wins, in the year counted from
        (
            "A bomb exploded at a bus stop in Narva on 3 May 2025. Six weeks later, on 17 "
            "June, a fire gutted a warehouse in Tartu.",
            dt.date(2026, 7, 20),
            "2025-06-17",
        ),
        (
            "A bomb exploded at a bus stop in Narva on 3 March. Two days earlier, a fire "
            "had gutted a warehouse in Tartu.",
            WEDNESDAY,
            "2026-03-01",
        ),
    ],
)
def test_dates(nlp, text, published, expected):
    assert date_of(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("last weekend", dt.date(2026, 1, 18), "2026-01-10"),  # a Sunday's: the one before
        ("the weekend", dt.date(2026, 1, 18), "2026-01-17"),  # a Sunday's: its own
        ("last March", dt.date(2026, 3, 2), "2025-03"),
        ("last March", dt.date(2026, 4, 2), "2026-03"),
        ("weekends", dt.date(2026, 4, 2), None),
    ],
)
def test_date_words(text, reference, expected):
    from annotate.incident_dates import normalise_date

    assert normalise_date(text, reference) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an hour alone takes the one day of the sentence before
        (
            "The exercise was disrupted on Monday evening. At about 9 p.m., two drones "
            "flew over the naval base at Porkkala.",
            "2026-08-17",
        ),
        # the event's own day first
        (
            "The exercise ended on Monday. At about 9 p.m. on Tuesday, two drones flew "
            "over the naval base at Porkkala.",
            "2026-08-18",
        ),
        # two days before, or another paragraph: no day
        (
            "The minister spoke on Monday and on Tuesday. At about 9 p.m., two drones "
            "flew over the naval base at Porkkala.",
            None,
        ),
        (
            "The exercise ended on Monday.\n\nAt about 9 p.m., two drones flew over the "
            "naval base at Porkkala.",
            None,
        ),
    ],
)
def test_hour_takes_the_day_before(nlp, text, expected):
    assert date_of(nlp, text, dt.date(2026, 8, 19)) == expected


WIRE = (
    "Drone hits substation in Sumy\n\nKYIV, July 3 — A Russian drone hit a power "
    "substation in Sumy on Wednesday night, the governor said."
)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.date(2026, 7, 3), "2026-07-01"),
        # a page posted days after its dateline: the weekday is told from the dateline
        (dt.date(2026, 7, 9), "2026-07-01"),
        # a dateline months before the page: the page's date
        (dt.date(2027, 1, 2), "2026-12-30"),
    ],
)
def test_weekday_told_from_the_dateline(nlp, published, expected):
    assert date_of(nlp, WIRE, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the same evening", untagged, is the day of the event dated before
        (
            "A missile hit a school in Kramatorsk at about 8 p.m. on Monday, killing "
            "four.\n\nThe same evening, a drone hit a fuel depot on the edge of Sloviansk.",
            "2026-06-29",
        ),
        # with no day before it, no day
        (
            "A missile hit a school in Kramatorsk, killing four.\n\nThe same evening, a "
            "drone hit a fuel depot on the edge of Sloviansk.",
            None,
        ),
    ],
)
def test_the_same_evening(nlp, text, expected):
    assert date_of(nlp, text, dt.date(2026, 6, 30)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day closing the reported clause, hung by the parser on what the object is
        (
            "Two men torched a barn storing hay bound for the front on the edge of Tartu "
            "on Sunday night, police said on Wednesday.",
            "2026-11-15",
        ),
        # the saying's day is not the event's
        ("Two men torched a barn on the edge of Tartu, police said on Wednesday.", None),
        # a day of what was done to the object is not the event's
        (
            "Two men torched a barn storing hay that was delivered to the farm on Sunday, "
            "police said on Wednesday.",
            None,
        ),
    ],
)
def test_day_closing_a_reported_clause(nlp, text, expected):
    assert date_of(nlp, text, dt.date(2026, 11, 18)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a date opening a timeline's line, the year from the headline
        (
            "Arson in Estonia in 2025: a timeline\n\nJan. 14 - A fire destroyed a bus "
            "depot in Tartu.\n\nFeb. 2 - A bomb exploded outside a police station in Narva.",
            None,
            ["2025-01-14", "2025-02-02"],
        ),
        # from a year heading, else the article's date
        (
            "Sabotage in Estonia: a timeline\n\n2025\n\nFeb. 2 - A bomb exploded outside a "
            "police station in Narva.",
            dt.date(2026, 3, 1),
            ["2025-02-02"],
        ),
        (
            "Sabotage in Estonia: a timeline\n\nFeb. 2 - A bomb exploded outside a police "
            "station in Narva.",
            dt.date(2026, 3, 1),
            ["2026-02-02"],
        ),
    ],
)
def test_timeline_lines(nlp, text, published, expected):
    found = annotate_text(text, nlp, published=published).incidents
    assert [e.date.iso if e.date else None for e in found] == expected
