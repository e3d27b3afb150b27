"""Round 11 of the incident rules: tolls told the ways news tells them (a
total "including" the victim beside "the attack", one person shot, beaten,
doused or attacked with a weapon, a poisoning survived or fatal, victims
named by their work, "no one was hurt", a death toll that rose, a count over
two sentences), and events told in a sentence about something else (a link
that "went offline" after a fault, a van "set alight", malware that
"spread", rebels who "attacked the tanker"). Sentences written for these
tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

from annotate.model import Toll

FRIDAY = dt.date(2026, 5, 15)


events = events_on(FRIDAY)


def toll(event) -> tuple[int | None, int | None, bool, bool] | None:
    t: Toll | None = event.toll
    return None if t is None else (t.killed, t.injured, t.killed_approx, t.injured_approx)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A woman has been arrested after a school governor was stabbed outside a "
            "library in Felbridge on Monday. Four people were injured in the attack, "
            "including the governor, police said.",
            (None, 4, False, False),
        ),
        (
            "Arman Kaliyev, who edits a news site critical of the mayor, was shot twice "
            "in the arm outside a bakery in Taraz on Tuesday evening.",
            (None, 1, False, False),
        ),
        (
            "A union organiser was attacked with an iron bar outside his flat in Ruse "
            "on Wednesday, his colleagues said.",
            (None, 1, False, False),
        ),
        (
            "A reporter was attacked with a knife outside a cafe in Split on Friday. She "
            "escaped unhurt.",
            None,
        ),
        (
            "The editor Mirela Stan was beaten by four masked men near her office in "
            "Iasi on Sunday.",
            (None, 1, False, False),
        ),
        (
            "A nurse who had spoken at a rally was doused with acid in a car park in "
            "Kutaisi on Monday.",
            (None, 1, False, False),
        ),
        (
            "Rebels attacked the freighter Ocean Wren off the coast of Mocha on "
            "Wednesday. A deckhand was killed and two others were wounded.",
            (1, 2, False, False),
        ),
        (
            "A missile hit a school in Sumy on Thursday. Three people were killed and "
            "at least a dozen injured, the governor said.",
            (3, 12, False, True),
        ),
        (
            "A missile hit a school in Sumy on Thursday. Three people were killed, the "
            "governor said. By the evening the death toll had risen to nine.",
            (9, None, False, False),
        ),
        (
            "A drone struck a timber yard in Izmail on Thursday. Firefighters put out "
            "the blaze and no one was hurt.",
            (None, 0, False, False),
        ),
        (
            "A parcel exploded at a sorting office in Tilburg on Tuesday. Nobody was injured.",
            (None, 0, False, False),
        ),
        (
            "Two firefighters were killed when a drone struck a depot in Kherson on Wednesday.",
            (2, None, False, False),
        ),
        (
            "An arsonist set fire to a bus depot in Graz on 2 May. A security guard was "
            "treated for smoke inhalation.",
            (None, 1, False, False),
        ),
    ],
)
def test_tolls_are_counted_as_told(nlp, text, expected) -> None:
    [event] = events(nlp, text)
    assert toll(event) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Daria Volk, a blogger, collapsed at a restaurant in Tartu on 4 March and "
            "spent a week in intensive care. Doctors later found she had been poisoned.",
            (None, 1, False, False),
        ),
        (
            "Oleg Marin, a defector, was found dead in a hotel room in Porto in June. "
            "Tests showed he had been poisoned with a nerve agent.",
            (1, None, False, False),
        ),
    ],
)
def test_a_poisoning_counts_its_victim_as_the_text_tells(nlp, text, expected) -> None:
    [event] = events(nlp, text)
    assert toll(event) == expected


def test_two_poisonings_of_two_people_stay_two_events(nlp) -> None:
    text = (
        "Daria Volk, a blogger, collapsed at a restaurant in Tartu on 4 March 2024 and "
        "spent a week in intensive care. Doctors later found she had been poisoned.\n\n"
        "Oleg Marin, a defector, was found dead in a hotel room in Porto in June 2025. "
        "Tests showed he had been poisoned with a nerve agent."
    )
    found = events(nlp, text)
    assert [(e.place, toll(e)) for e in found] == [
        ("Tartu", (None, 1, False, False)),
        ("Porto", (1, None, False, False)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The editor was beaten in the election by a rival from her own party.",
        "Two drones were shot down over the Black Sea on Sunday.",
        "A publisher was treated for a suspected poisoning in Brno, but tests found no "
        "trace of any toxin.",
        "The power plant went offline for maintenance on Sunday.",
        "Firefighters doused the flames at the warehouse within an hour.",
    ],
)
def test_no_event_where_none_happened(nlp, text) -> None:
    assert events(nlp, text) == ()


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "A data cable between Sweden and Lithuania was damaged on Monday. On "
            "Wednesday the Nordbalt power link went offline after a fault was found on "
            "the seabed near the island of Oland.",
            "sabotage",
            None,
        ),
        (
            "Separately, the county clinic in Nitra has been working on paper since "
            "Sunday, when a wiper virus spread through its servers.",
            "cyber",
            None,
        ),
        (
            "Two weeks earlier, the court heard, the pair set alight a lorry parked "
            "outside a bakery in Dagenham, on 2 April.",
            "fire",
            None,
        ),
        (
            "Rebels attacked the tanker Blue Heron off the coast of Aden on Sunday.",
            "attack",
            None,
        ),
    ],
)
def test_events_in_a_sentence_about_something_else_are_found(nlp, text, kind, place) -> None:
    found = events(nlp, text)
    last = found[-1]
    assert last.type == kind
    if place is not None:
        assert last.place == place
    assert text[last.start : last.end] in text.split(". ")[-1] or len(found) == 1


def test_a_lead_without_place_or_time_folds_into_the_next_sentence(nlp) -> None:
    text = (
        "Three men accused of setting fire to a depot storing generators for Ukraine "
        "went on trial on Thursday.\n\nProsecutors say the men set fire to the depot on "
        "Mill Lane in Barking on 9 March."
    )
    [event] = events(nlp, text)
    assert event.date is not None and event.date.iso == "2026-03-09"


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            "A councillor was stabbed at his office in Ballina on Friday. He suffered wounds "
            "to his arm. A woman who was waiting to see him was also injured when she tried "
            "to pull the attacker away.",
            2,
        ),
        ("A man was shot in Malmo on Friday. Another man was also injured.", 2),
        ("A man was shot in Malmo on Friday. He was also hurt.", 1),  # the same man
        (
            "A bomb exploded at a market in Mosul on Sunday, killing four people. "
            "Police sealed off the area. Two soldiers were also wounded.",
            2,
        ),
    ],
)
def test_those_also_hurt_a_sentence_or_two_later_add_to_the_count(nlp, text, injured) -> None:
    [event] = list(nlp(text)._.incidents)
    assert event.toll.injured == injured
