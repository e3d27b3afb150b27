"""Round 12 of the incident rules: where and when, read from the parts of a
sentence news uses for them (the coast of a town, a base in a town run by a
force, a weapon the parser hung the place on, what the victim was doing, a
state that came "since" a hack, a route named by its two ends, a clock time
in a timeline, "earlier this month"), never a person tagged as a place
nor the place of what the event coincided with; and
the parts of a night's roundup each dated from the one before. Sentences
written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text
from annotate.incident_dates import normalise_date
from annotate.incident_places import best_place, places_in

FRIDAY = dt.date(2026, 5, 15)


def events(nlp, text: str, published: dt.date = FRIDAY):
    return annotate_text(text, nlp, published=published).incidents


def only(nlp, text: str, published: dt.date = FRIDAY):
    found = events(nlp, text, published)
    assert len(found) == 1, [(e.type, e.text) for e in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Rebels attacked the tanker Opal Dawn off the coast of Berbera late "
            "on Tuesday, the ship's owner said.",
            "Berbera",
        ),
        (
            "On Wednesday a drone was seen over the Coast Guard base in Kodiak, the service said.",
            "Kodiak",
        ),
        (
            "A local editor was attacked with a metal pipe outside his office in Kruševac "
            "late on Monday, his newspaper said.",
            "Kruševac",
        ),
        (
            "An opposition activist was stabbed in the back as she walked home from a "
            "bakery in the Yunusabad district on Tuesday evening, her lawyer said.",
            "Yunusabad district",
        ),
        (
            "The county library in Ardmore has been lending books by hand since a "
            "ransomware attack crippled its catalogue on 3 May.",
            "Ardmore",
        ),
        (
            "The city hospital in Zlín has been working on paper since Monday, when "
            "malware spread through its network.",
            "Zlín",
        ),
        (
            "Saboteurs cut the Gdańsk–Gdynia rail line on Tuesday, the railway said.",
            "Gdańsk–Gdynia rail line",
        ),
        (
            "A blast damaged the Kraków-Tarnów railway line near Bochnia on Tuesday, police said.",
            "Bochnia",
        ),
    ],
)
def test_the_place_is_the_one_the_clause_ties_to_the_event(nlp, text, place):
    assert only(nlp, text).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The case recalls the rupture of the Nordgas gas pipeline in 2023.",
            "Nordgas gas pipeline",
        ),
        ("Divers found damage to the Poland-Lithuania power link.", "Poland-Lithuania power link"),
        ("A blast hit the Baltic Sea pipeline near Kotka.", "Kotka"),
    ],
)
def test_a_link_is_named_whole_never_by_its_first_word(nlp, text, place):
    assert best_place(places_in(nlp(text)))[0] == place


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Ilona Varga, an editor at a weekly magazine, collapsed at a restaurant in "
            "Szeged on 2 March and spent a week in intensive care. Doctors later "
            "concluded she had been poisoned.",
            "Ilona Varga",
        ),
        (
            "Hackers attacked the website of the national election commission on "
            "Sunday, knocking it offline for two hours, the government said. The attack "
            "coincided with bomb threats at polling stations abroad, in Spain and Greece.",
            "Spain",
        ),
    ],
)
def test_a_person_or_a_thing_it_coincided_with_is_never_the_place(nlp, text, wrong):
    assert all(e.place != wrong for e in events(nlp, text))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "A journalist was shot in the leg as he left a café in the Chilanzar "
            "district on the evening of 9 May, his lawyer said.",
            "2026-05-09",
        ),
        (
            "Investigators on Thursday named the trawler Sea Wren as the main suspect "
            "in the damage to a power cable on 31 December.",
            "2025-12-31",
        ),
    ],
)
def test_the_date_is_the_events_not_the_sayings(nlp, text, iso):
    assert only(nlp, text).date.iso == iso


def test_a_day_counted_from_an_event_dated_in_a_clause_on_the_victim(nlp):
    text = (
        "A blogger was shot in the arm as he walked to his car in Taraz on the night "
        "of 6 May, his lawyer said. A week earlier, a poet was beaten by two men "
        "outside her home in Turkistan."
    )
    found = sorted(events(nlp, text), key=lambda e: e.start)
    assert [e.date.iso for e in found] == ["2026-05-06", "2026-04-29"]


def test_each_part_of_a_nights_roundup_is_that_nights(nlp):
    text = (
        "Russia launched 80 drones and four missiles at Ukraine overnight, the air "
        "force said. It said 70 drones had been shot down.\n\n"
        "In Sumy, a missile struck a school in the Zarichnyi district before midnight. "
        "Two people were killed and nine injured, the governor said. By the morning "
        "rescuers had cleared the rubble.\n\n"
        "In Poltava, a drone hit a fuel depot shortly after 3 a.m. Firefighters put "
        "out the blaze, the city said.\n\n"
        "In Kremenchuk, a drone struck a power substation, cutting electricity to "
        "thousands of homes."
    )
    found = sorted(events(nlp, text), key=lambda e: e.start)
    assert [e.place for e in found][-2:] == ["Poltava", "Kremenchuk"]
    assert {e.date.iso for e in found} == {"2026-05-15"}


@pytest.mark.parametrize(
    ("text", "reference", "iso"),
    [
        ("Earlier this month", dt.date(2026, 11, 18), "2026-11"),
        ("later this month", dt.date(2026, 11, 18), "2026-11"),
        ("earlier this year", dt.date(2026, 11, 18), "2026"),
        ("Dec. 24, 04:20", dt.date(2026, 1, 5), "2025-12-24"),
        ("March 3, 23:45", dt.date(2026, 5, 15), "2026-03-03"),
        ("Later", dt.date(2026, 5, 15), None),
    ],
)
def test_a_hedge_or_a_clock_time_does_not_hide_the_date(text, reference, iso):
    assert normalise_date(text, reference) == iso
