"""Incidents on small paragraphs written for each behaviour (not from any corpus)."""

from __future__ import annotations

import pytest

from annotate.incident_dates import normalise_date
from annotate.model import Incident, Toll


def incidents(nlp, text: str) -> list[Incident]:
    return list(nlp(text)._.incidents)


def actor_name(nlp, text: str, actor_id: str | None) -> str | None:
    index = nlp(text)._.actors
    actor = index.actor(actor_id)
    return actor.name if actor else None


def test_a_reported_fire_has_its_place_date_and_toll(nlp) -> None:
    text = (
        "A fire broke out at a fuel depot in Kharkiv on 3 March 2024, "
        "killing two people and injuring 11."
    )
    [fire] = incidents(nlp, text)
    assert fire.type == "fire"
    assert fire.text == "A fire broke out at a fuel depot in Kharkiv on 3 March 2024"
    assert fire.place == "Kharkiv"
    assert fire.date is not None and fire.date.text == "3 March 2024"
    assert fire.date.iso == "2024-03-03"
    assert fire.toll is not None and (fire.toll.killed, fire.toll.injured) == (2, 11)
    assert text[fire.start : fire.end] == fire.text


def test_a_compass_word_stays_with_the_place(nlp) -> None:
    [blast] = incidents(
        nlp, "An explosion ripped through a market in central Baghdad on Friday, killing 12."
    )
    assert blast.type == "explosion"
    assert blast.place == "central Baghdad"
    assert blast.date is not None and blast.date.text == "Friday" and blast.date.iso is None
    assert blast.toll is not None and blast.toll.killed == 12


@pytest.mark.parametrize(
    "text",
    [
        "Russia did not attack the city.",
        "There was no explosion at the plant.",
        "The ministry denied that its forces had bombed the hospital.",
        "Officials warned that hackers could launch cyberattacks on the grid.",
        "If Russia strikes, Poland will respond.",
        "Moscow has threatened to strike Kyiv.",
        "The general proposed air strikes on the bridge.",
        "The alliance may consider launching pre-emptive strikes.",
        "He noted that cyber counter-attacks would be the easiest to execute.",
        "They accused the West of non-existent plans to attack the region.",
        "A pre-emptive strike could, in some circumstances, be considered defensive.",
        "Retaliating for sabotage or drone incursions would be more complicated.",
        "Workers went on a general strike.",
        "The fire crews arrived late.",
        "These attacks are forcing the alliance to rethink.",
        "The senator attacked her opponent in a string of tweets.",
        "His attacks on a former beauty queen drew criticism.",
        "The national debt has since exploded.",
        "The treaty limits nuclear bombs.",
        "The bill would cut emissions from power plants.",
        '"We suspect sabotage," said the police chief.',
        "Officials said at least three drones were destroyed.",
    ],
)
def test_negated_hypothetical_planned_or_denied_events_are_not_incidents(nlp, text) -> None:
    assert incidents(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Three tourists were taken to hospital in Split on Monday with alcohol poisoning.",
        "The girl died of blood poisoning after surgery in Leeds last week.",
        "The singer fell ill in Vilnius on Friday. Doctors at first diagnosed food poisoning.",
        "Two miners in Kolwezi were treated for carbon monoxide poisoning on Tuesday.",
    ],
)
def test_an_illness_named_poisoning_is_not_an_attack(nlp, text) -> None:
    assert incidents(nlp, text) == []


def test_a_person_poisoned_by_someone_is_still_an_attack(nlp) -> None:
    [attack] = incidents(nlp, "The defector was poisoned in Salisbury on Sunday, police said.")
    assert (attack.type, attack.place) == ("attack", "Salisbury")


def test_an_instance_of_a_campaign_is_the_event_and_the_campaign_a_pattern(nlp) -> None:
    text = (
        "Meanwhile, Russia continues its lethal bombardment of Ukraine, with at least "
        "four more people killed in a strike on Monday, December 1."
    )
    doc = nlp(text)
    [strike] = doc._.incidents
    [campaign] = doc._.incident_patterns
    assert (campaign.type, campaign.text, campaign.place) == (
        "strike",
        "its lethal bombardment of Ukraine",
        "Ukraine",
    )
    assert strike.text == "a strike on Monday, December 1"
    assert strike.place == "Ukraine"  # where the campaign it belongs to happens
    assert strike.toll == Toll(killed=4, killed_approx=True)
    assert strike.date is not None and strike.date.iso is None  # no year, no article date
    assert actor_name(nlp, text, strike.perpetrator) == "Russia"


def test_a_possessor_of_a_campaign_is_the_perpetrator_of_what_it_included(nlp) -> None:
    text = (
        "Vladimir Putin’s covert campaign has included the blaze at a warehouse in "
        "east London and the severing of undersea cables."
    )
    blaze, severing = incidents(nlp, text)
    assert (blaze.type, blaze.place) == ("fire", "east London")
    assert blaze.text == "the blaze at a warehouse in east London"
    assert severing.type == "sabotage"
    assert severing.text == "the severing of undersea cables"
    assert actor_name(nlp, text, blaze.perpetrator) == "Vladimir Putin"
    assert actor_name(nlp, text, severing.perpetrator) == "Vladimir Putin"


def test_a_list_of_tactics_is_a_pattern_per_type_not_an_event(nlp) -> None:
    text = (
        "Moscow lashed out, despite Vladimir Putin’s ongoing shadow war of sabotage, "
        "cyberattacks, and airspace violations across Europe."
    )
    doc = nlp(text)
    assert doc._.incidents == []
    assert [p.type for p in doc._.incident_patterns] == ["sabotage", "cyber", "airspace"]
    assert {p.place for p in doc._.incident_patterns} == {"Europe"}


def test_an_attack_on_a_physical_target_is_an_incident(nlp) -> None:
    [attack] = incidents(nlp, "Gunmen attacked a police checkpoint near Kandahar on Sunday.")
    assert (attack.type, attack.place) == ("attack", "Kandahar")
    [bomb] = incidents(nlp, "A car bomb exploded outside a hotel in Mogadishu.")
    assert (bomb.type, bomb.place) == ("explosion", "Mogadishu")


def test_a_bare_concept_is_not_an_incident(nlp) -> None:
    assert incidents(nlp, "NATO must reassess how it responds to hybrid warfare.") == []


def test_severing_needs_infrastructure_to_be_sabotage(nlp) -> None:
    assert incidents(nlp, "The severing of diplomatic ties shocked Europe.") == []


def test_a_later_bare_mention_adds_the_perpetrator_instead_of_a_second_incident(nlp) -> None:
    text = "An explosion hit a depot in Kharkiv on Tuesday. Ukraine blamed Russia for the attack."
    [blast] = incidents(nlp, text)
    assert blast.type == "explosion"
    assert actor_name(nlp, text, blast.perpetrator) == "Russia"


def test_an_airspace_violation_by_drones_of_a_named_nation(nlp) -> None:
    [violation] = incidents(nlp, "Russian drones violated Polish airspace on Tuesday.")
    assert violation.type == "airspace"
    assert violation.place == "Poland"


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Monday, December 1", None),
        ("December 1, 2025", "2025-12-01"),
        ("1st of December 2025", "2025-12-01"),
        ("3 March 2024", "2024-03-03"),
        ("Sept. 14", None),
        ("March 2024", "2024-03"),
        ("2024", "2024"),
        ("2025-12-01", "2025-12-01"),
        ("Monday", None),
        ("last week", None),
        ("the 1990s", None),
    ],
)
def test_dates_are_normalised_only_as_far_as_the_text_allows(written, iso) -> None:
    assert normalise_date(written) == iso


def test_a_headline_names_the_incident_the_body_reports(nlp) -> None:
    text = (
        "Depot fire blamed on saboteurs\n\n"
        "A fire broke out at a fuel depot in Kharkiv on 3 March 2024, killing two people.\n"
    )
    [fire] = incidents(nlp, text)
    assert fire.text.startswith("A fire broke out")
    assert fire.place == "Kharkiv"


def test_a_quoted_or_predicated_name_for_a_reported_event_is_not_a_second_one(nlp) -> None:
    text = (
        "A fire destroyed a warehouse in Leipzig on Sunday. "
        '"It was arson," said Inspector Anna Berg. '
        "Investigators later said the blaze was arson."
    )
    [fire] = incidents(nlp, text)
    assert fire.place == "Leipzig"


def test_a_breach_of_infrastructure_is_a_cyber_intrusion(nlp) -> None:
    [breach] = incidents(nlp, "Hackers breached the power grid in Kyiv on Monday.")
    assert (breach.type, breach.place) == ("cyber", "Kyiv")


@pytest.mark.parametrize(
    "text",
    [
        "Their deadliest raid was on the port in 2019, which left 40 dead.",
        "The militia said its worst attack was the bombing of its own depot, which killed 3.",
    ],
)
def test_a_possessive_inside_its_own_clauses_subject_does_not_loop(nlp, text) -> None:
    incidents(nlp, text)  # used to raise RecursionError looking up "their"'s antecedent
