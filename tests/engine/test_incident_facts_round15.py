"""Round 15 of the incident rules: the facts of events already found. Tolls
that rose ("the number of injured had climbed to 40"), one more told by an
ordinal ("wounding a third"), a later death ("died in hospital from his
burns"); the look-alikes that count no one. Sentences written for these
tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 5, 20)


def events(nlp, text: str):
    return annotate_text(text, nlp, published=WEDNESDAY).incidents


def toll(event) -> tuple[int | None, int | None] | None:
    return None if event.toll is None else (event.toll.killed, event.toll.injured)


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
