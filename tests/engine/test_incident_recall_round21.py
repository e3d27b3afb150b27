"""Round 21, focus B (events missed in the sentence that tells them):
uncrewed boats that strike a ship, drones reported over a site with a
stated effect, a poisoning told by its method, and an act found later
("discovered that an intruder had got into ..."). Each with look-alikes.
Sentences written for these tests (not from any corpus or gold set); each
text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, found_on, toll

FRIDAY = dt.date(2026, 11, 6)
HEADLINE = "Overnight news\n\n"

events = events_on(FRIDAY)
found = found_on(FRIDAY)  # before the confidence model's listing


def kinds(nlp, text: str) -> list[str]:
    return [event.type for event in events(nlp, HEADLINE + text)]


@pytest.mark.parametrize(
    "text",
    [
        "On 2 June at about 07:40 an uncrewed surface vessel rammed the starboard side of "
        "the Panama-flagged tanker Sea Lark 40 miles off Salalah.",
        "An unmanned surface vessel hit the bulk carrier Nova off Hodeidah on Monday.",
        "A drone boat rammed a Russian landing ship near Novorossiysk.",
        "Two explosive-laden boats struck the tanker Eagle in the Red Sea.",
        "A remote-controlled boat packed with explosives rammed the frigate in the harbour.",
        "Uncrewed boats hit the bridge over the strait on Sunday.",
        "An unmanned surface vessel struck the freighter Kora off Eilat.",
        "Three uncrewed vessels rammed the hull of a Russian corvette overnight.",
    ],
)
def test_an_uncrewed_boat_striking_a_ship_is_a_strike(nlp, text) -> None:
    assert kinds(nlp, text) == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        # crewed ships colliding, a boat on the rocks, a weapon shown or feared
        "A cargo vessel rammed the pier in Gdansk on Monday.",
        "The ferry hit a tanker in thick fog off Helsinki.",
        "An unmanned survey vessel hit rocks off Svalbard.",
        "The navy unveiled an uncrewed surface vessel that can strike ships at long range.",
        "An unmanned boat could hit a tanker in the strait, the admiral warned.",
    ],
)
def test_a_boat_look_alike_is_no_strike(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # drones reported over a site, with what their presence did
        "On 12 March drones were reported over Gliwice airport, halting departures for an "
        "hour; no operator has been found.",
        "On Friday drones were reported over the naval base in Kiel, prompting a lockdown.",
        "Police reported several drones above the airport on Sunday, which led to the "
        "suspension of flights.",
        "Drones were reported near Vilnius airport late on Tuesday and flights were diverted.",
        "Several drones were reported over the port of Gdynia on Monday, and loading was "
        "stopped for two hours.",
        "Airport staff reported a drone over the runway in Bremen, forcing a 40-minute closure.",
        # a UAV spelled out, seen by whoever saw it
        "Between 22:10 and 23:05, terminal guards observed at least four unmanned aerial "
        "vehicles circling over the fuel jetty.",
        "Personnel at the base saw several unmanned aerial vehicles circling above the hangars.",
        "Security staff spotted two unmanned aircraft hovering over the reactor hall on "
        "Thursday night.",
        "Sailors on the frigate observed an uncrewed aerial vehicle flying over the deck.",
    ],
)
def test_drones_reported_or_seen_over_a_site_are_an_airspace_event(nlp, text) -> None:
    assert kinds(nlp, text) == ["airspace"]


@pytest.mark.parametrize(
    "text",
    [
        "No drones were reported over the airport, and flights were not halted.",
        # a report of weapons used is a strike's count, not a sighting
        "Ukraine reported 40 drones launched overnight over Kharkiv, halting trains.",
        "Officials said drones could be reported over the airport, halting flights.",
        "The airport reported a power failure on Monday, halting departures for an hour.",
        "The army showed unmanned aerial vehicles at a parade in Warsaw.",
        "Guards did not see any unmanned aerial vehicles over the base.",
        "The ministry ordered new unmanned aerial vehicles for border patrols.",
    ],
)
def test_a_drone_report_look_alike_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The jury heard that on 9 May she entered the flat of the defector, 61, and put "
        "poison into his soup.",
        "The court heard that he slipped a nerve agent into her tea in a hotel in Dover.",
        "Prosecutors say the two men added a toxic substance to the journalist's drink in Omsk.",
        "She put poison in his coffee at a restaurant in Kyiv on 3 June, the indictment says.",
        "The agents laced his tea with thallium at a cafe in Vienna in 2019.",
        "His drink was spiked with a nerve agent during a dinner in Sofia.",
        "Investigators say two officers smeared novichok on the door handle of his house.",
        "The court heard that the waiter poured a poisonous liquid into the banker's wine.",
    ],
)
def test_a_poisoning_told_by_its_method_is_an_attack(nlp, text) -> None:
    assert kinds(nlp, text) == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "The farmer put rat poison in the barn.",
        "The pool staff added chlorine to the water.",
        "She put sugar into his coffee.",
        "He could have slipped poison into her tea, the lawyer suggested.",
        "She did not put poison in his soup, her lawyer said.",
        "The chef added a toxic amount of salt to the soup.",
    ],
)
def test_a_poison_look_alike_is_no_attack(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A small water company in Lapland discovered on Tuesday that an intruder had got "
            "into the control system of a pumping station and altered the chlorine settings.",
            "cyber",
        ),
        (
            "Engineers established that someone had tampered with the valves of the water "
            "plant in Tartu.",
            "sabotage",
        ),
        (
            "The utility found on Monday that an unknown attacker had broken into the control "
            "system of its dam.",
            "cyber",
        ),
        (
            "The operator said an unidentified person had gained access to the network of "
            "the district heating plant in Narva.",
            "cyber",
        ),
        (
            "Staff discovered that somebody had manipulated the software of the pumps at the "
            "sewage works.",
            "cyber",
        ),
        ("An intruder accessed the computer system of the port authority on Friday.", "cyber"),
        (
            "Investigators determined that unknown perpetrators had tampered with the brakes "
            "of a freight train near Poznan.",
            "sabotage",
        ),
    ],
)
def test_an_unknown_intruders_act_is_the_event(nlp, text, kind) -> None:
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Technicians got into the control system to fix the settings.",
        "The company discovered that the system had a bug.",
        "No intruder had got into the system, the firm said.",
        "Someone could tamper with the valves, experts warned.",
        "An intruder broke into the garden shed.",
        "Someone changed the settings of the thermostat.",
    ],
)
def test_an_intruder_look_alike_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("In November 2022 a missile fell on a farm in Przewodów, killing two men.", 2, None),
        (
            "Last year a rocket fell on a field near the village of Nowe, killing a tractor "
            "driver.",
            1,
            None,
        ),
        (
            "On 3 March 2023 a rocket landed on a barn in the village of Hrubieszów near the "
            "border, killing one farmer.",
            1,
            None,
        ),
        (
            "A Russian missile fell on a grain store in Izmail on 4 May, injuring three workers.",
            None,
            3,
        ),
        ("A missile fell near the village of Zamość, damaging two houses.", None, None),
    ],
)
def test_a_missile_that_fell_on_a_place_is_a_strike(nlp, text, killed, injured) -> None:
    (event,) = events(nlp, HEADLINE + text)
    assert event.type == "strike"
    assert (toll(event) or (None, None)) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "Missile sales fell last year.",
        "The price of rockets fell sharply in 2024.",
        "Interest in missile defence fell after the war.",
    ],
)
def test_a_falling_figure_about_missiles_is_no_strike(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        # told as the background of another clause, or plainly
        "After April 2024, when drones shut Oslo and Bergen airports for hours, we bought jammers.",
        "Drones closed Munich airport for six hours on Thursday night.",
        "Drone sightings halted flights at Copenhagen airport on Monday.",
        "Unidentified drones disrupted traffic at Brussels airport late on Sunday.",
        "Since September, when balloons from Belarus shut Vilnius airport three times, the "
        "border crossings have been closed.",
    ],
)
def test_drones_that_shut_an_airport_are_an_airspace_event(nlp, text) -> None:
    assert kinds(nlp, text) == ["airspace"]


@pytest.mark.parametrize(
    "text",
    [
        "Fog shut Oslo airport for hours on Tuesday.",
        "A strike by air traffic controllers halted flights at Paris airports.",
        "Drones could shut airports across Europe, the minister warned.",
        "The army's new drones will not disrupt civilian traffic, officials said.",
        "Police stopped two men flying drones near the airport.",
    ],
)
def test_an_airport_shut_by_something_else_is_no_drone_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Oil has been seeping into the sea north of Rügen since Tuesday, after a rupture in "
        "the Baltic Link pipeline.",
        "A leak in the Balticconnector gas pipeline was detected off Paldiski on 8 October.",
        "The operator found a rupture of the interconnector between Finland and Estonia on Sunday.",
        "Gas leaked from two pipelines off Bornholm on 26 September.",
    ],
)
def test_a_pipeline_leak_or_rupture_is_damage_to_it(nlp, text) -> None:
    assert kinds(nlp, text) == ["sabotage"]


@pytest.mark.parametrize(
    "text",
    [
        "A leak in the pipeline caused by corrosion was repaired on Monday.",
        "The minister warned that a rupture in the pipeline could cut supplies.",
        "Documents leaked to the press describe the pipeline project.",
        "A rupture between the two parties ended the pipeline talks.",
    ],
)
def test_a_leak_look_alike_is_no_damage(nlp, text) -> None:
    assert kinds(nlp, text) == []


TRACKER = (
    "Date | Place | Site | Weapon | Casualties\n"
    "05.11.2026 | Sumy, Zarichnyi district | heating plant | drone strike | 2 injured\n"
    "04.11.2026 | Kharkiv, Kyivskyi district | power substation | missile strike | 1 killed\n"
    "03.11.2026 | Odesa | port warehouse | drone strike | no casualties\n"
    "02.11.2026 | Dnipro | rail depot | glide bomb | 3 injured\n"
)


@pytest.mark.parametrize(
    ("rows", "count"),
    [
        (TRACKER, 4),
        # the same weapon on every row: still one event a row
        (
            "12.10 | Kherson | bus stop | drone strike | 1 killed\n"
            "13.10 | Kherson | market | drone strike | 2 injured\n"
            "14.10 | Kherson | school | drone strike | none\n",
            3,
        ),
        # two words for one event on one row: one event
        ("01.11.2026 | Zaporizhzhia | apartment block | missile strike and fire | 4 killed\n", 1),
    ],
)
def test_each_row_of_a_tracker_table_is_one_event(nlp, rows, count) -> None:
    entries = found(nlp, HEADLINE + "Strikes this week:\n\n" + rows)  # which are listed: the gate's
    assert [event.type for event in entries] == ["strike"] * count


def test_each_table_row_is_a_sentence_of_its_own(nlp) -> None:
    doc = nlp(HEADLINE + TRACKER + "\nThe governor said repairs would take a week.")
    rows = [s.text.strip() for s in doc.sents if "|" in s.text]
    assert rows == TRACKER.strip().split("\n")


@pytest.mark.parametrize(
    ("text", "likened_place"),
    [
        (
            "A man was stabbed in Riga on Monday.\nThe Riga stabbing recalls the 2023 knife "
            "attack on the blogger Juris K. in the same city.",
            "Riga",
        ),
        (
            "A man was stabbed in Riga on Monday. The stabbing is reminiscent of a knife "
            "attack on a blogger in the same city in 2023.",
            "Riga",
        ),
        (
            "A drone hit a plant in Sumy on Monday. The strike echoes the 2019 bombing of a "
            "plant in Kharkiv.",
            "Kharkiv",
        ),
        (
            "A depot burned down in Vilnius on Monday. The fire mirrors the 2024 arson attack "
            "on a store in Warsaw.",
            "Warsaw",
        ),
    ],
)
def test_an_event_likened_to_an_earlier_one_is_two_events(nlp, text, likened_place) -> None:
    first, likened = found(nlp, HEADLINE + text)
    assert likened.place == likened_place
    assert first.date is not None and first.date.iso == "2026-11-02"  # not the likened one's


def test_an_event_recalled_by_people_is_the_same_event(nlp) -> None:
    text = "A man was stabbed in Riga on Monday. Police recalled the attack in a statement."
    assert len(events(nlp, HEADLINE + text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Drones forced the closure of Aalborg airport on Wednesday night.",
        "Drone sightings prompted the suspension of flights at Oslo airport.",
        "Balloons from Belarus caused the closure of Vilnius airport for five hours.",
        "Drones over the runway led to the diversion of six flights at Munich airport.",
        "Drones forced Copenhagen airport to close for four hours.",
    ],
)
def test_drones_that_forced_an_airport_to_close_are_an_airspace_event(nlp, text) -> None:
    assert kinds(nlp, text) == ["airspace"]


@pytest.mark.parametrize(
    "text",
    [
        "Drones could force the closure of airports, the minister warned.",
        "Fog forced the closure of Aalborg airport.",
        "New rules on drones prompted the closure of a flying club near the airport.",
        "Drones forced the army to rethink air defence.",
    ],
)
def test_a_closure_forced_by_something_else_is_no_drone_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Question: Last week Iran seized the tanker Talara in the Strait of Hormuz. What "
            "is your response?",
            "other",  # a country's seizure of a ship (round 28)
        ),
        ("Q: On Monday a drone hit the port of Izmail. Will you respond?", "strike"),
        (
            "Question 3: In May hackers took down the website of the port of Gdansk. Who was "
            "behind it?",
            "cyber",
        ),
    ],
)
def test_a_past_act_told_before_the_question_is_stated(nlp, text, kind) -> None:
    assert kinds(nlp, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Question 2: Can the minister say who set fire to the signal box near Assen.",
        "Q: Did a drone hit the port of Izmail?",
        "Question 4: Why was the depot in Jelgava set on fire.",
    ],
)
def test_a_question_item_that_asks_states_nothing(nlp, text) -> None:
    assert kinds(nlp, text) == []
