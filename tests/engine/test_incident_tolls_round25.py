"""Round 25 of the toll rules: the hurt told by the care they got "with"
their injury ("taken to hospital with burns"), hurt "while trying to put out
the flames", and one person stabbed told by a word for who they are ("a
41-year-old citizen of Ukraine"). Sentences written for these tests (not
from any corpus or gold set); each text opens with a headline line."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on, toll

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"
FIRE = "Arsonists set fire to a warehouse in Dagenham on Tuesday. "

found = found_on(FRIDAY)


def tolls(nlp, text: str) -> list:
    return [toll(e) for e in found(nlp, HEADLINE + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FIRE + "One firefighter was taken to hospital with a minor hand injury.", (None, 1)),
        (FIRE + "A security guard was taken to hospital with smoke inhalation.", (None, 1)),
        (FIRE + "Two workers were taken to hospital with burns.", (None, 2)),
        (FIRE + "A guard suffered burns while trying to put out the flames.", (None, 1)),
        (FIRE + "Two guards were hurt while trying to tackle the blaze.", (None, 2)),
        # look-alikes: a cause of its own
        (FIRE + "A guard was taken to hospital with a broken leg after a car crash.", None),
        (FIRE + "A guard was hurt while trying to stop a thief.", None),
    ],
)
def test_the_care_or_the_firefighting_of_the_hurt_counts_them(nlp, text, expected):
    assert tolls(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 41-year-old citizen of Ukraine was stabbed in Gdańsk on Sunday.", (None, 1)),
        ("A teenager was stabbed outside a school in Leeds on Monday.", (None, 1)),
        ("A pensioner was stabbed to death in Malmö on Monday.", (1, None)),
        # look-alikes: more than one, or unhurt
        ("Two teenagers were stabbed outside a school in Leeds on Monday.", (None, 2)),
        ("A tourist was shot at in Antalya on Monday. He was unhurt.", None),
    ],
)
def test_one_person_stabbed_is_one_hurt_whatever_word_names_them(nlp, text, expected):
    assert tolls(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A blast hit a market in Kherson on Monday. Twenty-nine people are now known to have "
            "been injured.",
            (None, 29),
        ),
        (
            "A blast hit a market in Kherson on Monday, injuring four. Officials now say 12 people "
            "were wounded.",
            (None, 12),
        ),
        # look-alikes: a number "now" that counts no casualty
        (
            "Iran's navy seized the tanker Talia Grace off Jask on Monday. The ship is now "
            "anchored off Bandar Abbas with its 23 crew, who are reported unharmed.",
            None,
        ),
        ("A blast hit a depot in Kherson on Monday. Its 40 workers are now back at work.", None),
    ],
)
def test_a_count_told_now_is_a_toll_only_when_it_counts_casualties(nlp, text, expected):
    assert tolls(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In one line: Iran seizes a tanker off Jask; a missile hits the Nordic Aster west of "
            "Hodeidah, one crew member hurt; a blast damages the tanker Kalina Bay off Tobruk.",
            [None, (None, 1)],
        ),
        # look-alike: a part with no incident of its own counts for the one before
        ("A drone hit a depot in Kharkiv on Monday; two people were injured.", [(None, 2)]),
    ],
)
def test_a_toll_in_a_list_goes_to_the_incident_of_its_own_part(nlp, text, expected):
    assert tolls(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A drone hit a block of flats in Odesa overnight, killing three. By the morning the "
            "death toll in Odesa had risen to seven.",
            [(7, None)],
        ),
        (
            "A drone hit a block of flats in Odesa overnight, killing three. By the morning the "
            "death toll had risen to seven.",
            [(7, None)],
        ),
        # look-alike: the risen toll names a town the event before it is not in
        (
            "Drones struck an oil terminal in Novorossiysk overnight. Officials said debris had "
            "caused a fire at a plant.\n\nThe Kremlin said nothing.\n\nThe death toll in Odesa "
            "has risen to five, the regional administration says.",
            [None],
        ),
    ],
)
def test_a_risen_toll_naming_a_town_is_never_another_towns(nlp, text, expected):
    assert tolls(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian drones hit Lviv overnight, killing two people and injuring nine.\n\nThe "
            "toll has risen to four killed and 21 injured.",
            [(4, 21)],
        ),
        (
            "Russian drones hit Lviv overnight. Officials say two people were killed and nine "
            "injured in the attack.\n\nThe toll in Lviv has risen again: four people killed and "
            "21 injured, the administration says.",
            [(4, 21)],
        ),
        (
            "Russia struck Zaporizhzhia with missiles on Monday morning, killing two.\n\nThe toll "
            "from this morning's strike has risen to four killed and 17 injured, officials say.",
            [(4, 17)],
        ),
        # look-alike: a rise feared, not told
        (
            "Russian drones hit Lviv overnight, killing two people and injuring nine. The toll "
            "could rise to ten killed, officials fear.",
            [(2, 9)],
        ),
    ],
)
def test_a_toll_that_rose_to_new_counts_replaces_both(nlp, text, expected):
    assert tolls(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (FIRE + "Two people are confirmed dead and nine injured, he writes.", [(2, 9)]),
        (FIRE + "Two people were reported dead.", [(2, None)]),
        # look-alike: the dead are a count of none, or no casualty word
        (FIRE + "No one is dead.", [(0, None)]),
        (FIRE + "The two guards are safe.", [None]),
    ],
)
def test_the_dead_told_by_an_adjective_are_counted_by_its_subject(nlp, text, expected):
    assert tolls(nlp, text) == expected
