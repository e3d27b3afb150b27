"""Events told as a later finding, a second sighting in one sentence, a
roundup's briefs, back-references and consequences, places beside a country
or between two towns, tolls that include the victim, and culprits blamed or
self-named later. Sentences written for these tests (not from any corpus or
gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

from annotate.engine import annotate_text

THURSDAY = dt.date(2026, 3, 12)


def briefing(nlp, text: str, published: dt.date | None = THURSDAY):
    return annotate_text(text, nlp, published=published)


def name(result, actor_id):
    actor = result.actor(actor_id)
    return actor.name if actor else None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Doctors in Munich found that he had been poisoned.", "attack"),
        ("Blood tests later showed she had been poisoned with thallium.", "attack"),
        ("A local councillor was attacked outside a school in Wexford on Monday.", "attack"),
        ("Fragments of a drone were found in a garden near the village of Tulcea.", "airspace"),
        ("Three drones were observed above the naval port of Gdynia on Tuesday night.", "airspace"),
    ],
)
def test_events_told_as_a_finding_or_in_the_passive_are_found(nlp, text, kind) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.type == kind


@pytest.mark.parametrize(
    "text",
    [
        "The senator was attacked by rivals over his vote on Tuesday.",
        "A hijacked airliner is an act of war, the minister said.",
        "A cut cable is a warning to every coastal state.",
        "Several pipelines in the North Sea have been damaged this year.",
        "Critics attacked the mayor in a column on Monday.",
    ],
)
def test_speech_judgements_and_records_are_no_events(nlp, text) -> None:
    assert briefing(nlp, text).incidents == ()


def test_a_second_sighting_on_another_night_is_its_own_event(nlp) -> None:
    text = (
        "Drones were seen over Aalborg air base late on Monday, police said, and four more "
        "drones were observed circling above the base on Tuesday night."
    )
    first, second = briefing(nlp, text).incidents
    assert (first.date.iso, second.date.iso) == ("2026-03-09", "2026-03-10")
    assert second.place == first.place == "Aalborg air base"
    assert second.perpetrator is None  # the police said it; they did not do it


def test_a_roundups_briefs_never_fold_into_each_other(nlp) -> None:
    text = (
        "News in brief\n\n"
        "LYON — Marta Kovalenko, who teaches at a Ukrainian school, was stabbed near her home "
        "late on Monday, police said. The attack is being investigated.\n\n"
        "TALLINN, Estonia — Fire destroyed a depot belonging to a firm that sends generators "
        "to Ukraine early on Tuesday. A group calling itself the Iron Crows claimed "
        "responsibility.\n"
    )
    result = briefing(nlp, text)
    stabbing, fire = result.incidents
    assert (stabbing.type, fire.type) == ("attack", "fire")
    assert stabbing.toll is not None and stabbing.toll.injured == 1
    assert fire.place == "Tallinn" and fire.date.iso == "2026-03-10"
    assert name(result, fire.perpetrator) == "Iron Crows"


def test_a_fire_that_broke_out_is_the_strikes_and_another_agent_is_another_event(nlp) -> None:
    text = (
        "A Ukrainian sea drone hit the tanker Nordic Pearl off Novorossiysk on Tuesday evening. "
        "A fire broke out on the tanker, and three sailors were hurt. "
        "Russian missiles near Izmail overnight damaged a grain terminal."
    )
    tanker, terminal = briefing(nlp, text).incidents
    assert tanker.toll is not None and tanker.toll.injured == 3
    assert len(tanker.mentions) >= 2
    assert terminal.place == "Izmail"
    assert terminal.date.iso == "2026-03-12"  # a wire report's "overnight"


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "A naval drone exploded next to the cargo ship Amber Star near Tuapse early on "
            "Sunday, officials said.\n\nOfficials said the ship was holding position. "
            "A fire broke out on the ship, the port said.",
            1,
        ),
        (
            "An explosive-laden drone boat blew up beside the tanker Sea Falcon off "
            "Novorossiysk on Tuesday.\n\nThe crew was evacuated by tugs. A fire broke out in "
            "the engine room of the tanker.",
            1,
        ),
        (
            "A naval drone exploded next to the cargo ship Amber Star near Tuapse on Sunday."
            "\n\nOfficials said the ship was holding position. A fire broke out at a house.",
            2,
        ),
    ],
)
def test_a_fire_on_the_thing_just_attacked_a_paragraph_on_is_the_attacks(nlp, text, events) -> None:
    assert len(found_on(THURSDAY)(nlp, text)) == events


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A fibre cable on the rail line between Kraków and Tarnów was cut on Sunday.", "Kraków"),
        ("A Russian helicopter entered Latvian airspace near the island of Ruhnu.", "Ruhnu"),
        ("A mayor in northern England was attacked at a meeting in Leeds on Monday.", "Leeds"),
        ("A Galway county councillor was attacked at his office in Tuam on Monday.", "Tuam"),
        ("A Cork city councillor was attacked at his home in Midleton on Sunday.", "Midleton"),
        ("Two drones were seen hovering above the LNG terminal in Klaipeda on Monday.", "Klaipeda"),
        ("The shooting fits a pattern of attacks on exiles in Minsk.", None),
        (
            "Aarhus Airport halted flights on Monday night after drones were seen near the runway.",
            "Aarhus Airport",
        ),
    ],
)
def test_places_beside_a_country_a_link_or_a_region(nlp, text, place) -> None:
    events = briefing(nlp, text).incidents
    assert [e.place for e in events][:1] == ([place] if events else [])


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("Anna Berg was stabbed in Malmö on Monday.", None, 1),
        ("Anna Berg was stabbed to death in Malmö on Monday.", 1, None),
        ("A councillor was attacked and injured at his office in Sligo on Monday.", None, 1),
        (
            "A councillor was attacked at his office in Sligo on Monday. "
            "Four people were hurt, including the councillor, police said.",
            None,
            4,
        ),
        (
            "A councillor was attacked at his office in Sligo on Monday. "
            "He was treated in hospital for cuts to his face. "
            "Three people were hurt including the councillor.",
            None,
            3,
        ),
    ],
)
def test_tolls_of_one_victim_and_totals_that_include_them(nlp, text, killed, injured) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.toll is not None
    assert (event.toll.killed, event.toll.injured) == (killed, injured)


def test_the_next_sentence_finding_the_damage_places_and_dates_it(nlp) -> None:
    text = (
        "Swedish police said on Thursday they were investigating damage to a power cable "
        "between Sweden and Latvia. The damage was found about 20 km east of Visby on "
        "Tuesday morning, the grid operator said."
    )
    [event] = briefing(nlp, text).incidents
    assert event.place == "Visby"
    assert event.date.iso == "2026-03-10"


def test_a_poisoning_found_later_is_placed_where_the_victim_fell_ill(nlp) -> None:
    text = "An exiled blogger who collapsed in Prague last month had been poisoned, doctors said."
    [event] = briefing(nlp, text).incidents
    assert (event.place, event.date.iso) == ("Prague", "2026-02")


def test_the_pair_are_the_two_named_for_the_event_before(nlp) -> None:
    text = (
        "Prosecutors say Tom Reed and Sam Hale set fire to a shop in Luton on 2 March. "
        "A week later, the pair set fire to a car outside a house in Dunstable."
    )
    result = briefing(nlp, text)
    shop, car = result.incidents
    assert shop.perpetrator is not None and car.perpetrator == shop.perpetrator


def test_a_charge_dates_the_charge_and_names_the_attack_told_before(nlp) -> None:
    text = (
        "A journalist was attacked at a market in Derry on Tuesday. "
        "A 40-year-old man was charged with assault on Wednesday."
    )
    [event] = briefing(nlp, text).incidents
    assert event.date.iso == "2026-03-10"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "A signal cable near Opole was cut on Monday. The prime minister blamed Russia.",
            "Russia",
        ),
        ("Fragments of a Russian drone were found in a field near Rzeszów on Monday.", "Russia"),
    ],
)
def test_culprits_blamed_later_or_by_their_weapon(nlp, text, who) -> None:
    result = briefing(nlp, text)
    [event] = result.incidents
    assert name(result, event.perpetrator) == who
