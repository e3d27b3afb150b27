"""Round 25 of the incident rules (recall): shapes real events were missed
in. A clause closed by a semicolon keeps its own reality ("explosions
ruptured X; investigators have never said who"); a poisoning told by what
it was done with, to someone named ("X was poisoned with a Novichok nerve
agent"); a ship's anchor dragged across a cable. Sentences written for
these tests (not from any corpus or gold set); each text opens with a
headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In September 2022 explosions ruptured two gas pipelines off Gotland; "
            "investigators in three countries have never agreed on who was responsible.",
            "explosion",
        ),
        (
            "In March two drones were seen flying over the naval base at Haakonsvern for "
            "an hour; police did not find the operators.",
            "airspace",
        ),
    ],
)
def test_a_clause_before_a_semicolon_is_real_whatever_the_next_one_denies(nlp, text, kind):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == kind


@pytest.mark.parametrize(
    "text",
    [
        # the negation or modal is the clause's own
        "In March no drones were seen over the naval base at Haakonsvern; police checked twice.",
        "Saboteurs could have ruptured the pipeline off Gotland; investigators doubt it.",
        "Officials said drones might have been seen over the base; nobody filmed them.",
    ],
)
def test_a_clause_before_a_semicolon_keeps_its_own_negation(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "In August 2020, Alexei Navalny was poisoned with a Novichok nerve agent on a flight.",
        "Navalny was poisoned with a Novichok nerve agent in Russia in August 2020.",
        "In March 2018 Sergei Skripal and his daughter Yulia were poisoned with a Novichok "
        "nerve agent in Salisbury.",
        "Agents poisoned Karimov with polonium in a London hotel in 2006.",
    ],
)
def test_someone_named_poisoned_with_a_poison_is_an_attack(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "attack"


@pytest.mark.parametrize(
    "text",
    [
        # pollution, not an attack on a person; unreal; no poison named
        "The Oder was poisoned with mercury from a chemical plant in 2022.",
        "Moscow could have poisoned Navalny with a nerve agent, the analyst said.",
        "Navalny was not poisoned with a nerve agent, the Kremlin insists.",
        "Rats in the barn were poisoned with a pellet bait on Monday.",
    ],
)
def test_poisoned_with_is_no_attack_without_a_person_or_a_poison(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Finnish police on Tuesday detained a cargo ship suspected of dragging its anchor "
        "across the Estlink 2 undersea power cable.",
        "Polish authorities detained an oil tanker on Wednesday suspected of dragging its "
        "anchor across a power cable between Poland and Sweden.",
        "Investigators say the tanker dragged its anchor over the gas pipeline on Sunday.",
    ],
)
def test_an_anchor_dragged_across_a_cable_is_sabotage(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "sabotage"


@pytest.mark.parametrize(
    "text",
    [
        # along the seabed, a habit, a threat, a denial
        "The trawler dragged its anchor along the seabed for a mile before the crew noticed.",
        "Ships that drag their anchors across cables are a growing worry for navies.",
        "A ship could drag its anchor across the cable in a storm, engineers warned.",
        "The captain denied that the ship had dragged its anchor across the power cable.",
    ],
)
def test_an_anchor_dragged_over_nothing_or_not_at_all_is_no_incident(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday evening a car parked outside a house in Middelfart burned out.",
        "A van belonging to a volunteer burned out in the Old Town of Gdynia on Saturday night.",
        "At the end of January a mobile phone mast near Forst went up in flames.",
        "Two phone masts went up in flames in Birmingham on Sunday night.",
    ],
)
def test_a_thing_that_burned_out_or_went_up_in_flames_is_a_fire(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "fire"


@pytest.mark.parametrize(
    "text",
    [
        # what burns out that is no fire, a person's exhaustion, a plan
        "The candle burned out long before midnight.",
        "The old engine burned out after ten years of service.",
        "Many nurses burned out during the pandemic, the union said.",
        "Activists threatened that phone masts would go up in flames.",
    ],
)
def test_what_burns_out_without_a_fire_is_no_incident(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Last week Czech Railways said hackers had got into its ticketing system on Monday.",
        "The utility said on Thursday that attackers had encrypted its billing systems on "
        "29 September.",
        "On 14 August intruders gained access to the remote-control platform of a wind farm "
        "operator in Esbjerg.",
        "On Monday someone wiped the servers of a water utility in Tartu.",
    ],
)
def test_intruders_who_got_into_or_locked_computers_are_a_cyber_intrusion(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "cyber"


@pytest.mark.parametrize(
    "text",
    [
        # staff at work, an oil platform, an unreal or denied intrusion, a plan
        "On Monday engineers got into the system to restore the ticket machines in Brno.",
        "On Monday intruders gained access to the platform of an oil rig off Esbjerg by boat.",
        "Hackers could get into the ticketing system of Czech Railways, auditors warned.",
        "The utility said no attackers had encrypted its billing systems on Monday.",
        "Police found intruders in the garden of a villa in Brno on Monday.",
    ],
)
def test_no_cyber_intrusion_without_an_intruder_in_computers(nlp, text):
    assert [e.type for e in found(nlp, HEADLINE + text) if e.type == "cyber"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Timeline\n\n19 January – Several drones circle over the naval base at Kiel for two hours.",
        "Timeline\n\n2 February – Two drones circle over the LNG terminal at Swinoujscie at night.",
        "On Monday night soldiers at Rygge air station observed a number of unidentified drones "
        "over the airfield.",
        "Guards saw a swarm of drones over the ammunition depot near Trzebinia on Sunday night.",
    ],
)
def test_drones_seen_over_a_site_or_told_on_a_timeline_line_are_an_intrusion(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "airspace"


@pytest.mark.parametrize(
    "text",
    [
        # a count of something else, a plan, a circle that is a noun of its own
        "On Monday night soldiers at Rygge air station observed a number of birds over the "
        "airfield.",
        "Timeline\n\n19 January – The drone circle of hobby pilots meets in Kiel.",
        "Staff could see a number of drones over the airfield if the fog lifted, officials said.",
    ],
)
def test_no_intrusion_without_drones_seen_as_they_flew(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "On 8 September the product tanker Aurora Bay was boarded by armed personnel from "
        "fast boats off Fujairah.",
        "The Houthis started that campaign by capturing the car carrier Galaxy Leader in the "
        "Red Sea on 19 November 2023.",
        "Masked crewmen seized the bulk carrier Nordic Star off Sohar on Monday.",
    ],
)
def test_a_ship_boarded_or_captured_by_armed_doers_is_an_attack(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "attack"


@pytest.mark.parametrize(
    "text",
    [
        # lawful doers, even armed; an inspection; a plan
        "On 8 September the tanker Aurora Bay was boarded by armed police off Helsinki.",
        "Customs began the inspection by boarding the tanker Eagle S off Porvoo on Friday.",
        "The navy said it would start by capturing the tanker Eagle S if it entered Finnish "
        "waters.",
    ],
)
def test_a_ship_boarded_by_lawful_doers_or_only_planned_is_no_attack(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "On Monday 2 November a Russian Il-20 reconnaissance aircraft entered Norwegian airspace "
        "north-east of Vardø.",
        "On 7 July at around 23:40 an unmanned aerial vehicle fell in a forest near Jonava.",
        "Police say the drone, a Russian-made Geran, came down in a field outside Cahul at 3 a.m.",
    ],
)
def test_an_aircraft_in_airspace_or_a_drone_down_in_the_open_is_an_intrusion(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "airspace"


@pytest.mark.parametrize(
    "text",
    [
        # a passenger flight, a thing that fell that flies no one, prices, a plan
        "On Monday a passenger aircraft entered Norwegian airspace north-east of Vardø.",
        "On Sunday a tree fell in a forest near Jonava during the storm.",
        "Drone prices came down in the field of farm surveying this year.",
        "A drone could come down in a field near the airport, the operator warned.",
    ],
)
def test_no_intrusion_without_a_military_aircraft_or_an_unmanned_one_down(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "On Monday night an explosive device damaged a control cabinet and fencing at a gas "
        "compressor station in Brandenburg.",
        "A bomb damaged a relay cabinet beside the railway near Leipzig on Sunday.",
    ],
)
def test_an_explosive_that_damaged_a_thing_is_an_explosion(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "explosion"


@pytest.mark.parametrize(
    "text",
    [
        # a figure, an unreal damage, a faulty device
        "The bombshell report damaged the minister's standing in Berlin on Monday.",
        "A bomb could have destroyed the station, police said after the arrest.",
        "A faulty device damaged a control cabinet at the station on Monday.",
    ],
)
def test_damage_by_no_explosive_or_none_done_is_no_explosion(nlp, text):
    assert [e.type for e in found(nlp, HEADLINE + text) if e.type == "explosion"] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "PLZEN — Police are holding two men after a fire that destroyed part of a warehouse "
            "in the Bory industrial zone early on Sunday.",
            "fire",
        ),
        (
            "On 27 October a telecommunications cable linking Rosslare and Wales suffered damage "
            "14 nautical miles off Carnsore Point.",
            "sabotage",
        ),
    ],
)
def test_a_fire_after_which_men_are_held_and_a_cable_that_suffered_damage(nlp, text, kind):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == kind


@pytest.mark.parametrize(
    "text",
    [
        # idioms of fire stay idioms; damage a firm or a cable only risks
        "The minister held his fire until after the vote in Plzen on Sunday.",
        "The company suffered damage to its reputation after the audit in Brno on Monday.",
        "The cable could suffer damage if ships anchor near Rosslare, engineers warned.",
    ],
)
def test_idioms_of_fire_and_damage_to_no_link_stay_out(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A fire that destroyed a logistics warehouse in the port of Gdansk on 8 November is "
            "now the biggest property loss in Poland this year.",
            "fire",
        ),
        (
            "A ransomware intrusion disrupted payment and booking systems at a ferry operator in "
            "Jersey from 7 October.",
            "cyber",
        ),
        ("On Monday a drone intrusion into Polish airspace closed Rzeszow airport.", "airspace"),
    ],
)
def test_a_past_fire_judged_now_and_an_intrusion_into_computers(nlp, text, kind):
    assert [e.type for e in found(nlp, HEADLINE + text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # a kind judged, an intrusion into privacy
        "A fire that destroys a warehouse is a disaster for any port.",
        "The new law is an intrusion into the privacy of residents, critics said on Monday.",
    ],
)
def test_a_kind_of_fire_and_an_intrusion_of_no_system_are_no_incident(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the website and ticket app of the state railway were slowed for most of the "
        "day by a flood of traffic.",
        "On Monday a flood of junk requests overwhelmed the tax board's portal in Tallinn.",
    ],
)
def test_websites_slowed_by_a_flood_of_traffic_are_a_cyber_intrusion(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "cyber"


@pytest.mark.parametrize(
    "text",
    [
        # shoppers' traffic, a slow road, a span of weeks of such floods
        "On Friday the shop's website was slowed for most of the day by heavy traffic from "
        "shoppers.",
        "On Monday a flood of lorries slowed traffic on the road to the port of Tallinn.",
    ],
)
def test_sites_slowed_by_ordinary_traffic_are_no_cyber_intrusion(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "On the night of 7 to 8 July, balloons launched from Belarus forced Vilnius Airport to "
        "suspend flights for two hours.",
        "On Sunday evening drones forced Aalborg airport to halt all departures.",
    ],
)
def test_drones_or_balloons_that_forced_an_airport_to_stop_are_an_intrusion(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "airspace"


@pytest.mark.parametrize(
    "text",
    [
        # fog, a strike of staff, a threat
        "On Sunday thick fog forced Aalborg airport to halt all departures.",
        "Drones could force Vilnius Airport to suspend flights, officials warned on Monday.",
    ],
)
def test_an_airport_stopped_by_no_drone_or_only_by_a_threat_is_no_intrusion(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Drones forced the closure of Aalborg airport on Sunday evening.",
        "On Sunday balloons from Belarus forced the closure of airspace over Bialystok for three "
        "hours.",
    ],
)
def test_drones_or_balloons_that_forced_a_closure_are_an_intrusion(nlp, text):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "airspace"


@pytest.mark.parametrize(
    "text",
    [
        "Thick fog forced the closure of Aalborg airport on Sunday evening.",
        "On Sunday thick fog forced the closure of airspace over Bialystok for three hours.",
        "Drones could force the closure of Aalborg airport, officials warned on Sunday.",
    ],
)
def test_a_closure_forced_by_no_drone_or_only_threatened_is_no_intrusion(nlp, text):
    assert found(nlp, HEADLINE + text) == ()
