"""Round 28 of the incident rules (recall of past events recalled in passing,
in trials, interviews and fact-checks). Sentences written for these tests
(not from any corpus or gold set); each text opens with a headline line, as
an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


def _types(nlp, text: str) -> list[str]:
    return [i.type for i in found(nlp, HEADLINE + text)]


# A blast or fire that killed or injured people is an event, even when a
# clause of its own then puts it down to a fault.


@pytest.mark.parametrize(
    "text",
    [
        "In May 2024, an explosion in a paint shop at the plant injured three workers; "
        "an inquiry blamed faulty wiring.",
        "In 2023 a fire in a boiler room at the depot killed two employees; investigators "
        "later blamed a faulty heater.",
    ],
)
def test_a_blast_that_hurt_people_is_an_event_whatever_its_cause(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type in ("explosion", "fire")
    assert event.date is not None and event.date.iso.startswith("202")


@pytest.mark.parametrize(
    "text",
    [
        "An explosion that injured three workers at a paint plant in Lindow on Tuesday "
        "was caused by a faulty valve, inspectors said, ruling out sabotage.",
        "The blast at the paint plant in Lindow on Tuesday was caused by a faulty valve.",
        "A fire destroyed a barn near Lindow on Monday; investigators blamed faulty wiring.",
    ],
)
def test_an_accident_told_as_such_stays_out(nlp, text):
    assert not _types(nlp, text)


# A cause that only could have been is a guess: the event stands.


def test_a_cause_that_could_have_been_leaves_the_event(nlp):
    text = (
        "A woman injured in Monday's explosion at a block of flats on Lipa Street in "
        "Lindow has died in hospital, police said.\n\n"
        "Police initially said the blast could have been caused by a gas leak."
    )
    assert _types(nlp, text) == ["explosion"]


def test_a_cause_found_still_rules_the_event_out(nlp):
    text = (
        "A blast damaged a block of flats on Lipa Street in Lindow on Monday.\n\n"
        "Police said the blast was caused by a gas leak."
    )
    assert not _types(nlp, text)


# "since September 2025, when jets shot down drones that had crossed into
# Polish airspace": the crossing is told for the first time, on that date.


def test_drones_that_crossed_in_a_when_clause_are_dated_by_it(nlp):
    text = (
        "Lithuania has been on alert since October 2025, when its jets shot down drones "
        "that had crossed into Lithuanian airspace."
    )
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "airspace"
    assert event.date is not None and event.date.iso == "2025-10"


def test_the_drones_that_crossed_refer_back(nlp):
    text = (
        "Two drones crossed into Lithuanian airspace near Varena on Tuesday.\n\n"
        "The drones that crossed into Lithuanian airspace were not shot down."
    )
    assert _types(nlp, text) == ["airspace"]


# "the hammer attack on X outside his home": an attack made with a weapon is
# no war of words, even on a person.


def test_a_hammer_attack_on_a_person_is_an_event(nlp):
    text = "It also recalls the hammer attack on Ivan Petrov outside his home in Riga in May 2024."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "attack"
    assert event.date is not None and event.date.iso == "2024-05"


@pytest.mark.parametrize(
    "text",
    [
        "It also recalls the senator's attack on Ivan Petrov in a speech in May 2024.",
        "His attacks on Ivan Petrov grew sharper during the campaign.",
    ],
)
def test_a_persons_attack_in_words_stays_out(nlp, text):
    assert not _types(nlp, text)


# Fighters, militants or rebels who killed people, or overran a post, did an
# attack; soldiers killed in fighting, or an army's advance, are no such act.


@pytest.mark.parametrize(
    "text",
    [
        "In August 2024, rebel fighters killed at least 80 people in the town of Lindow.",
        "At least 30 soldiers were killed when militants overran an army post near Lindow "
        "on Sunday.",
    ],
)
def test_fighters_who_killed_people_or_overran_a_post_attacked(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "attack"
    assert event.place == "Lindow"


@pytest.mark.parametrize(
    "text",
    [
        "Three fighters killed in the clashes near Lindow were buried on Sunday.",
        "The rebels killed time by playing cards in Lindow.",
        "Floods overran the village of Lindow on Sunday.",
        "Tourists overran the old town of Lindow on Sunday.",
    ],
)
def test_killing_and_overrunning_without_armed_doers_stay_out(nlp, text):
    assert not _types(nlp, text)


# "handled an intrusion into the control system": the "into" the parser hung
# on the verb still says what was intruded into.


def test_an_intrusion_into_a_system_handled_is_cyber(nlp):
    text = (
        "Last year we handled an intrusion into the control system of a water plant "
        "in Lindow, where someone changed the dosing settings."
    )
    assert _types(nlp, text) == ["cyber"]


def test_an_intrusion_into_a_meeting_stays_out(nlp):
    assert not _types(nlp, "We handled an intrusion into the meeting by two protesters.")


# A parcel or a device that ignited in a building is a fire; an outrage that
# ignited in a town is not.


def test_a_parcel_that_ignited_in_a_hall_is_a_fire(nlp):
    text = "One of the parcels ignited in a sorting hall at Lindow on the night of July 19, 2024."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "fire"
    assert event.date is not None and event.date.iso == "2024-07-19"


@pytest.mark.parametrize(
    "text",
    [
        "The verdict ignited protests outside the court building in Lindow.",
        "The decision ignited a debate in the town hall of Lindow.",
        "It was one of a number of incendiary packages that ignited at logistics centres "
        "in Europe that summer.",
    ],
)
def test_what_words_ignite_stays_out(nlp, text):
    assert not _types(nlp, text)


# In a fact-check, the source a search finds, or what the article itself
# says broke out, is an event; the circulating clip's picture stays a claim.

FACT_CHECK = (
    "Fact check: video does not show attack on Lindow refinery\n\n"
    "Claim: A video shows a drone attack on the Lindow refinery.\n\n"
    "Verdict: False.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "The footage shows a fire that broke out on Saturday afternoon at a recycling "
        "depot in the town of Marow.",
        "A reverse image search leads to videos posted on 24 January 2025, showing a "
        "drone attack on an oil depot in Marow.",
    ],
)
def test_the_real_source_of_a_clip_is_an_event(nlp, text):
    events = found(nlp, FACT_CHECK + text)
    assert [e.place for e in events if e.place == "Marow"] == ["Marow"]


@pytest.mark.parametrize(
    "text",
    [
        "A video posted on Monday shows a large blast at a depot in Marow.",
        "The clip, viewed 2 million times, shows a fire at a depot in Marow, which posts "
        "say killed dozens.",
    ],
)
def test_what_a_circulating_clip_shows_stays_a_claim(nlp, text):
    events = found(nlp, FACT_CHECK + text)
    assert not [e for e in events if e.place == "Marow"]


# "someone took control of a valve at a dam": an unknown party running a
# plant's controls is an intrusion; a person taking control of a meeting, or
# an army of a dam, is not.


def test_someone_taking_control_of_a_valve_is_cyber(nlp):
    text = "In April 2025 someone took control of a valve at a dam at Lindow and opened it."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "cyber"
    assert event.date is not None and event.date.iso == "2025-04"


@pytest.mark.parametrize(
    "text",
    [
        "The new manager took control of the pumps at the plant in Lindow in April.",
        "Someone took control of the meeting in Lindow in April.",
        "Someone could take control of a valve at the dam in Lindow.",
    ],
)
def test_taking_control_lawfully_or_of_no_plant_stays_out(nlp, text):
    assert not _types(nlp, text)


# "fell seriously ill after drinking tea at a café. Doctors found thallium in
# his blood": the finding names a poisoning, the falling ill tells when.


def test_a_poison_found_in_the_blood_of_one_who_fell_ill_is_an_attack(nlp):
    text = (
        "In July an opposition activist, Ivan Petrov, fell seriously ill after drinking "
        "tea at a café in Lindow. Doctors found thallium in his blood. He survived."
    )
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "attack"
    assert event.date is not None and event.date.iso == "2025-07"  # the last July


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors found thallium in the river near Lindow in July.",
        "Doctors found no trace of thallium in his blood.",
        "In July Ivan Petrov fell ill after a long flight. Doctors found an infection "
        "in his blood.",
    ],
)
def test_a_poison_found_elsewhere_or_not_at_all_stays_out(nlp, text):
    assert not _types(nlp, text)


# "recalls that in 2014 two explosions at the depots in Vrbětice killed two
# people": two blasts at one named site, with a toll, are one event; the year
# before the count is no part of it.


def test_two_blasts_at_one_named_site_with_a_toll_are_one_event(nlp):
    text = (
        "The ministry recalls that in 2014 two explosions at the ammunition depots in "
        "Lindow killed two people."
    )
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "explosion"
    assert event.place == "Lindow"
    assert event.toll is not None and event.toll.killed == 2  # never 2014 + 2


def test_two_blasts_in_two_towns_are_a_tally(nlp):
    text = "In 2014 two explosions at depots in Lindow and Marow killed two people."
    assert not [e for e in found(nlp, HEADLINE + text) if e.place in ("Lindow", "Marow")]


# "officials blamed the 2007 attacks on Russia": who is blamed, not where.


def test_the_one_an_attack_is_blamed_on_is_no_place(nlp):
    text = (
        "Officials recall the cyberattacks of April 2007 on the websites of the parliament. "
        "Estonian officials blamed the 2007 attacks on Russia."
    )
    assert all(e.place != "Russia" for e in found(nlp, HEADLINE + text))


def test_an_attack_on_a_town_keeps_its_place(nlp):
    (event,) = found(nlp, HEADLINE + "A drone attack on Lindow killed two people on Monday.")
    assert event.place == "Lindow"


# "poisoned the former double agent X with a nerve agent", "an aide to the
# leader, X, was beaten with a hammer": a victim named by a role and a name.


def test_a_poisoned_agent_named_beside_his_role_is_a_victim(nlp):
    text = (
        "In March 2018 two officers of the agency poisoned the former double agent Ivan "
        "Petrov with a nerve agent in Lindow."
    )
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "attack"
    assert event.date is not None and event.date.iso == "2018-03"


def test_an_aide_beaten_with_a_hammer_was_attacked(nlp):
    text = "In March 2024 an aide to the opposition leader was beaten with a hammer in Lindow."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "attack"


@pytest.mark.parametrize(
    "text",
    [
        "In March 2018 the company poisoned the river near Lindow with chemicals.",
        "In March 2024 the aide was beaten in the election in Lindow.",
    ],
)
def test_poisoned_rivers_and_beaten_candidates_stay_out(nlp, text):
    assert not _types(nlp, text)


# "a campaign ranging from the burning of the X centre in Warsaw to plots":
# a named act at one end of the range is an event; kinds at both ends are not.


def test_a_named_act_at_the_end_of_a_range_is_an_event(nlp):
    text = (
        "Officials describe a campaign of sabotage ranging from the burning of the Lipa "
        "shopping centre in Lindow to plots against rail lines."
    )
    assert "fire" in _types(nlp, text)


def test_kinds_at_the_ends_of_a_range_stay_out(nlp):
    text = "Officials describe a campaign ranging from arson to attacks on rail lines."
    assert not _types(nlp, text)


# "The shooting brings back memories of Christmas Day 2022, when vandals broke
# into four substations": the vandals' act is an event of its own, and its day
# is none of the shooting's.


def test_what_vandals_did_is_sabotage(nlp):
    text = "Vandals broke into a substation near Lindow on Monday and cut power to 4,000 homes."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "sabotage"


@pytest.mark.parametrize(
    "text",
    [
        "Vandals were seen near the station in Lindow.",
        "Police said vandals could strike again in Lindow.",
    ],
)
def test_vandals_who_did_nothing_stay_out(nlp, text):
    assert not _types(nlp, text)


def test_the_event_that_stirs_memories_keeps_none_of_their_date(nlp):
    text = (
        "Someone fired a dozen rounds into a substation near Lindow on Monday.\n\n"
        "The shooting brings back memories of Christmas Day 2022, when vandals broke into "
        "four substations in Marow and cut power to 14,000 customers."
    )
    dates = {e.type: e.date.iso if e.date else None for e in found(nlp, HEADLINE + text)}
    assert dates.get("attack") == "2026-06-01"
    assert "sabotage" in dates


# "The Houthis have fired missiles at ships. In the same month they seized a
# car carrier": "they" is the armed party of the sentence before; "SANAA -
# Rebels said they had seized a tanker": the speaker, not the dateline's town.


def test_they_who_seized_a_ship_are_the_armed_party_told_before(nlp):
    text = (
        "The rebels have fired missiles at merchant ships since November 2023. In the same "
        "month they seized the car carrier Star Lady in a helicopter raid off the coast."
    )
    assert "attack" in _types(nlp, text)


def test_they_who_seized_a_ship_are_the_speaker_not_the_dateline(nlp):
    text = "SANAA - Yemeni rebels said Thursday they had seized a car carrier in the Red Sea."
    assert _types(nlp, text) == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers inspected the port on Monday. Later they seized a tanker carrying "
        "contraband.",
        "Police said they had seized a tanker carrying contraband.",
    ],
)
def test_they_who_are_lawful_seize_no_ship_by_force(nlp, text):
    assert "attack" not in _types(nlp, text)  # a lawful seizure is at most "other"


# Kinds named with no telling: a verbless run of them, and what one learns
# "how to" answer. A verbless line with its own date still tells an event.


@pytest.mark.parametrize(
    "text",
    [
        "It has become a familiar rhythm. A fire in a warehouse, a cut cable on the seabed, "
        "a swarm of drones over an airport at night.",
        "We are still learning how to answer a fire in a warehouse at three in the morning.",
    ],
)
def test_kinds_named_with_no_telling_stay_out(nlp, text):
    assert not _types(nlp, text)


def test_a_fire_answered_on_a_day_is_an_event(nlp):
    text = "Crews answered a fire in a warehouse in Lindow on Monday night."
    assert _types(nlp, text) == ["fire"]


# "ruptured by the anchor of a ship, which Chinese authorities later said had
# been an accident": a foreign party's word is its side, not a finding; a
# country's own inspectors, or a speaker of no country, still rule it out.


@pytest.mark.parametrize(
    "text",
    [
        "In October 2023 the gas pipeline between Finland and Estonia was ruptured by the "
        "anchor of a container ship, which Chinese authorities later said had been an accident.",
        "In October 2023 the gas pipeline between Finland and Estonia was damaged by the "
        "anchor of a container ship. Chinese authorities later said it was an accident.",
    ],
)
def test_an_accident_only_a_foreign_party_claims_leaves_the_event(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "sabotage"
    assert event.date is not None and event.date.iso == "2023-10"


@pytest.mark.parametrize(
    "text",
    [
        "In October 2023 the gas pipeline between Finland and Estonia was damaged by the "
        "anchor of a container ship. Finnish investigators later said it was an accident.",
        "In October 2023 the gas pipeline between Finland and Estonia was damaged by the "
        "anchor of a container ship. The operator later said it was an accident.",
    ],
)
def test_an_accident_found_at_home_rules_the_event_out(nlp, text):
    assert not _types(nlp, text)
