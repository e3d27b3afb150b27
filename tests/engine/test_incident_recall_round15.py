"""Events missed in the sentence that reports them (round 15): an armed
party firing on a ship, a victim attacked before being taken to hospital,
damage told of one of several cables, drones that appeared over or were
detected above a site, a drone seen hovering, a device that went off,
troops storming a building, an airliner shot down, a hacker group's act,
"set it alight". Each with the look-alikes that must stay out: metaphors,
accidents, lawful acts, generic statements. Sentences written for these
tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

from annotate.engine import annotate_text

TUESDAY = dt.date(2026, 3, 10)


def incidents(nlp, text: str):
    return annotate_text(text, nlp, published=TUESDAY).incidents


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an armed party fires on a ship, a patrol, a town
        ("Armed men in a speedboat fired on the cargo ship off Eyl on Monday.", "attack"),
        ("Pirates fired on a chemical tanker in the Gulf of Aden on Friday.", "attack"),
        ("Masked gunmen fired on a police checkpoint near Kirkuk on Sunday.", "attack"),
        # a victim attacked, told from the hospital bed
        ("A volunteer is in hospital with stab wounds after being attacked in Bristol.", "attack"),
        ("The activist died in hospital on Friday after being attacked in Minsk.", "attack"),
        # damage to one of several links
        ("One of the three power cables was damaged on Saturday, the operator said.", "sabotage"),
        ("Two of the data cables were cut off Gotland on Friday.", "sabotage"),
        # drones over a site
        ("Several drones appeared over Billund airport on Friday night.", "airspace"),
        ("Military radar detected two drones over the naval base on Sunday.", "airspace"),
        ("Sentries reported a drone hovering over the barracks in Tapa on Monday.", "airspace"),
        # a device that went off
        ("A homemade device went off under a van in Odesa on Sunday.", "explosion"),
        ("A bomb went off outside a bank in Athens early on Monday.", "explosion"),
        # troops storm a building
        ("Russian troops stormed the administration building in Kherson in March 2022.", "attack"),
        # an airliner shot down
        ("A surface-to-air missile shot down a passenger jet over Luhansk in 2014.", "strike"),
        ("The airliner was shot down over the Sinai in October 2015.", "strike"),
        # a hacker group's act
        (
            "The hacker group DarkStorm flooded the website of Aarhus airport on Monday.",
            "cyber",
        ),
        # set it alight, the pronoun between verb and particle
        ("Two youths doused the van with petrol and set it alight in Riga on Sunday.", "fire"),
    ],
)
def test_events_told_in_these_shapes_are_found(nlp, text, kind) -> None:
    found = incidents(nlp, text)
    assert [e.type for e in found] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # firing that is no attack: lawful, figurative, employment, a bare plural
        "Officers in a patrol boat fired on the smugglers' skiff off Crete on Monday.",
        "Fishermen in a skiff fired on the rescue boat off Crete on Monday.",
        "The engine fired on all cylinders during the test on Monday.",
        "The company fired on Monday three hundred workers.",
        # attacked in words, or online
        "The senator resigned on Monday after being attacked over his vote.",
        "The bill stalled in June after being attacked by critics.",
        "The journalist fled the country in May after being attacked online.",
        "The journalist was attacked online in May.",
        # one of several things, no infrastructure
        "One of the reports was damaging to the minister.",
        # drones that appear in a film, detected in a study, in general
        "Drones appeared in a video posted on Monday.",
        "Scientists detected drones in a study published on Monday.",
        "Drones flying over military bases are a growing concern.",
        "Officials warned of drones hovering over airports.",
        # things that go off but are no bomb
        "The fire alarm went off at the school on Monday.",
        "The truck went off the road near Kutno on Monday.",
        # storming that is lawful or unarmed
        "Police stormed the building in Leeds on Monday and arrested two men.",
        "Special forces stormed the prison on Monday to free hostages.",
        "Fans stormed the pitch at the stadium on Saturday.",
        "Protesters stormed the parliament building on Monday.",
        # shot down: defence and debate
        "Air defences shot down forty drones over Kyiv on Monday.",
        "The minister shot down the proposal on Monday.",
        # a hacker group that only speaks; a jacket
        "The hacker group DarkStorm claimed responsibility on Monday.",
        "The bomber jacket sold out in Leeds on Monday.",
        # set alight as a figure
        "Her debut set the stage alight on Monday.",
        "The striker set the tournament alight in June.",
    ],
)
def test_look_alikes_stay_out(nlp, text) -> None:
    assert not incidents(nlp, text)


def test_a_thrown_bottle_that_set_a_door_alight_is_the_throw_not_a_new_event(nlp) -> None:
    text = (
        "Prosecutors charged a man on Thursday over the firebomb thrown at the consulate "
        "in Lublin on New Year's Eve. The bottle hit the door and set it alight; "
        "a guard put out the flames."
    )
    assert not any("set it alight" in e.text for e in incidents(nlp, text))


def test_troops_who_stormed_and_killed_give_the_toll(nlp) -> None:
    [event] = incidents(
        nlp,
        "On 13 January 1991, Soviet troops stormed the TV tower in Vilnius and killed 14 people.",
    )
    assert event.type == "attack"
    assert event.place == "Vilnius"
    assert event.toll is not None and event.toll.killed == 14


@pytest.mark.parametrize(
    "text",
    [
        "The websites of the port authority were unreachable for an hour on Monday. "
        "A pro-Russian group claimed responsibility on Telegram.",
        "The tax portal was made inaccessible on Monday, and a group calling itself "
        "KillSec claimed responsibility.",
        "The city's website went offline on Monday morning; hackers flooded it with requests.",
    ],
)
def test_sites_put_out_of_reach_are_cyber_when_claimed_or_blamed_on_hackers(nlp, text) -> None:
    assert [e.type for e in incidents(nlp, text)] == ["cyber"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry's website was unreachable on Monday for planned maintenance.",
        "The ministry's website was unreachable on Monday. Officials blamed a faulty server.",
        "The ministry's website was unreachable on Monday. Nobody has claimed responsibility.",
        "The website was unreachable on Monday. The minister said the reform was on track.",
    ],
)
def test_outages_with_no_claim_or_a_fault_stay_out(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            # a state's attack on a named place is a strike (round 21)
            "A drone violated Moldovan airspace during a Russian attack on the port of Reni.",
            {"airspace", "strike"},
        ),
        (
            "During a Russian drone strike on Izmail on Monday, a drone entered Romanian airspace.",
            {"strike", "airspace"},
        ),
        (
            "Hackers knocked the ministry's site offline during a missile attack on Kyiv.",
            {"cyber", "strike"},
        ),
    ],
)
def test_an_event_told_as_the_time_of_another_is_an_event_of_its_own(nlp, text, kinds) -> None:
    assert {e.type for e in found_on(TUESDAY)(nlp, text)} == kinds


@pytest.mark.parametrize(
    "text",
    [
        "A guard was shot dead during the attack on the hotel in Mogadishu on Monday.",
        "A fire broke out at the depot during the attack on Monday.",
    ],
)
def test_what_happened_during_an_attack_of_its_own_kind_is_that_attack(nlp, text) -> None:
    assert len(incidents(nlp, text)) == 1


def test_the_second_fire_is_the_second_fire_told_whatever_came_between(nlp) -> None:
    text = (
        "A fire broke out at a depot in Ogre on Sunday. "
        "The ministry's website was unreachable for an hour on Sunday; "
        "a pro-Russian group claimed responsibility. "
        "A second fire broke out at a signal box near Jelgava on Sunday afternoon. "
        "Police say the second fire was started deliberately."
    )
    found = incidents(nlp, text)
    assert [e.type for e in found] == ["fire", "cyber", "fire"]
    assert any("the second fire" in text[m.start : m.end] for m in found[2].mentions)


_TIMELINE = "Timeline of the attacks on the railway\n\n4 May\n{entry}\n\n11 May\n{other}\n"


def test_a_timeline_entry_in_the_present_is_an_event(nlp) -> None:
    text = _TIMELINE.format(
        entry="A freight train derails near Kalisz.",
        other="Saboteurs set fire to a signal box near Leszno.",
    )
    assert [e.type for e in incidents(nlp, text)][:1] == ["other"]  # and the arson after it
    assert len(incidents(nlp, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        _TIMELINE.format(
            entry="A freight train derails near Kalisz after a points failure, investigators say.",
            other="Saboteurs set fire to a signal box near Leszno.",
        ),
        "Every winter a freight train derails somewhere in the mountains.",
        "When a train derails, the line is closed for days.",
    ],
)
def test_a_derailment_put_down_to_a_fault_or_told_as_a_habit_stays_out(nlp, text) -> None:
    assert not any("derails" in e.text for e in incidents(nlp, text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A rail switch near Konin was damaged with an angle grinder on Wednesday.", True),
        ("A signal box near Tukums was destroyed on Sunday.", True),
        ("A light switch in the office was damaged on Wednesday.", False),
        ("A box of documents was damaged in the flood on Monday.", False),
        ("A cabinet minister was damaged by the scandal on Monday.", False),
    ],
)
def test_damage_to_a_part_of_the_railway_is_told_by_what_it_is_part_of(nlp, text, found) -> None:
    assert bool(incidents(nlp, text)) is found
