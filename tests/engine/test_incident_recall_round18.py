"""Round 18 (events missed, and types): acts recalled to the reader, ships
sunk or boarded by armed parties. Each with its look-alikes. Sentences written
for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

from annotate.engine import annotate_text

TUESDAY = dt.date(2026, 3, 10)


def incidents(nlp, text: str):
    return annotate_text(text, nlp, published=TUESDAY).incidents


@pytest.mark.parametrize(
    ("text", "kind", "iso"),
    [
        ("Rebel fighters sank a grain freighter off Hodeidah on Sunday.", "attack", "2026-03-08"),
        ("The bulk carrier Silver Gull was sunk by Houthi forces in July.", "attack", "2025-07"),
        ("Pirates boarded the chemical tanker Ocean Pearl south of Sao Tome.", "attack", None),
        ("Gunmen seized a cargo ship off the coast of Yemen on Monday.", "attack", "2026-03-09"),
        ("Armed men hijacked a ferry near Zanzibar on Sunday.", "attack", "2026-03-08"),
    ],
)
def test_a_ship_sunk_boarded_or_seized_by_an_armed_party_is_an_attack(nlp, text, kind, iso) -> None:
    found = incidents(nlp, text)
    assert [i.type for i in found] == [kind]
    assert (found[0].date and found[0].date.iso) == iso


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sank in a storm off Crete on Sunday.",
        "The crew sank the old trawler to make an artificial reef.",
        "Divers sank a decommissioned ship near Malta to create a reef.",
        "Customs officers boarded the tanker Ocean Pearl in Rotterdam on Monday.",
        "Passengers boarded the ferry to Tallinn on Sunday.",
        "The navy will sink any ship that enters the zone.",
    ],
)
def test_a_ship_that_sank_or_was_boarded_by_no_armed_party_is_no_incident(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind", "iso"),
    [
        (
            "Members will recall that in June 2025 rebel forces sank the bulk carrier Sea Orchid.",
            "attack",
            "2025-06",
        ),
        (
            "Readers may remember that in 2023 saboteurs cut a gas pipeline near Paldiski.",
            "sabotage",
            "2023",
        ),
        (
            "As some will recall, a depot near Brno was set on fire in May 2024.",
            "fire",
            "2024-05",
        ),
    ],
)
def test_an_act_the_reader_is_reminded_of_happened(nlp, text, kind, iso) -> None:
    found = incidents(nlp, text)
    assert [i.type for i in found] == [kind]
    assert found[0].date is not None and found[0].date.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "Officials will recall the ambassador if rebel forces sink another ship.",
        "Nobody will remember whether a fire broke out at the depot.",
        "You will remember the day a bomb explodes in your town.",
        "Readers will recall that saboteurs could cut a cable at any time.",
    ],
)
def test_a_modal_of_memory_still_leaves_what_is_not_told_as_done_unreal(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Marines boarded a freighter suspected of severing a data cable on Sunday.",
        "Troops seized a tanker accused of damaging a gas pipeline near Gotland on Monday.",
    ],
)
def test_boarding_a_ship_suspected_of_an_act_is_the_inquiry_not_an_attack(nlp, text) -> None:
    assert [i.type for i in incidents(nlp, text)] == ["sabotage"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "In January 2024, the windows of the car of Latvia's defence minister were smashed.",
            "2024-01",
        ),
        (
            "In March 2024, the tyres of the car of Estonia's interior minister were slashed.",
            "2024-03",
        ),
        (
            "Vandals smashed the windscreen of the mayor's car in Tartu on Friday.",
            "2026-03-06",
        ),
        ("The office of an opposition MP in Riga was vandalised on Sunday.", "2026-03-08"),
        ("The car of a local councillor was daubed with swastikas on Sunday.", "2026-03-08"),
    ],
)
def test_the_property_of_an_office_holder_smashed_or_defaced_is_an_attack(nlp, text, iso) -> None:
    found = incidents(nlp, text)
    assert [i.type for i in found] == ["attack"]
    assert found[0].date is not None and found[0].date.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "A window of the bus was smashed by a stone.",
        "He smashed the record for the 100 metres on Sunday.",
        "The minister's car broke down on the highway on Sunday.",
        "The minister smashed the windows of his own car in anger.",
        "Fans smashed the windows of a bus carrying the team on Sunday.",
        "The windows of a shop in Riga were smashed during the storm.",
        "Vandals could smash the mayor's car windows.",
    ],
)
def test_smashing_what_is_no_office_holders_or_by_its_owner_is_no_attack(nlp, text) -> None:
    assert not [i for i in incidents(nlp, text) if i.type == "attack"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Two cables, the Baltica link between Latvia and Sweden and the Nordic-1 cable "
            "between Finland and Poland, were cut in November 2024.",
            "2024-11",
        ),
        (
            "Two cables, the Vega link between Estonia and Finland and the Osprey cable "
            "between Denmark and Germany, were damaged in December 2024.",
            "2024-12",
        ),
        (
            "In November 2024 saboteurs cut two cables, the Baltica link and the Nordic-1 cable.",
            "2024-11",
        ),
        (
            "Saboteurs severed two pipelines, the Balt-2 pipeline and the Nordgas "
            "pipeline, in 2023.",
            "2023",
        ),
    ],
)
def test_each_named_link_of_a_list_cut_is_an_event(nlp, text, iso) -> None:
    found = incidents(nlp, text)
    assert [i.type for i in found] == ["sabotage", "sabotage"]
    assert {i.date.iso for i in found if i.date} == {iso}


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Two cables were cut in the Baltic Sea in November 2024.", 1),
        ("Two cables, the Baltica link and the Nordic-1 cable, could be cut at any time.", 0),
        ("Two cables, the Baltica link and the Nordic-1 cable, were repaired in November.", 0),
    ],
)
def test_links_counted_or_not_cut_are_not_split(nlp, text, n) -> None:
    assert len(incidents(nlp, text)) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        # each entry of a log tells its own act, with no place or time the engine reads
        (
            "Police log\n\nA van was torched in a courtyard on ul. Kwiatowa around 02:00. "
            "Nobody was hurt.\n\nA delivery car was set on fire outside a block of flats.\n",
            2,
        ),
        (
            "From the police log\n\nA car was set alight in a car park behind the school. "
            "Police are looking for witnesses.\n\nA motorbike was torched near the stadium.\n",
            2,
        ),
        # the same act told again: "the" car, or in the same entry
        (
            "Police log\n\nA van was torched in a courtyard around 02:00.\n\n"
            "The van was set on fire with petrol, police said.\n",
            1,
        ),
        ("A van was torched in a courtyard. A delivery car beside it was also set on fire.\n", 1),
        # an op-ed's aside in a clause of another verb is no entry of a log
        (
            "Opinion\n\nLast weekend arsonists set fire to an aid depot in Rzeszow. Nobody "
            "was hurt.\n\nIt does not need to be sophisticated: a teenager is paid to film "
            "himself setting a lorry alight.\n",
            1,
        ),
    ],
)
def test_a_thing_set_on_fire_on_a_new_line_of_a_log_is_a_new_entry(nlp, text, n) -> None:
    assert len(found_on(TUESDAY)(nlp, text)) == n


@pytest.mark.parametrize(
    "text",
    [
        "During a Russian drone attack on the port of Izmail, a drone crashed near the village "
        "of Ceatalchioi in Romania.",
        "During a Russian drone attack on Reni, a drone crashed near the town of Galati.",
    ],
)
def test_a_drone_of_an_attack_elsewhere_come_down_by_a_place_is_an_airspace_event(
    nlp, text
) -> None:
    assert sorted(i.type for i in incidents(nlp, text)) == ["airspace", "strike"]


@pytest.mark.parametrize(
    "text",
    [
        # it hit something: part of the strike
        "During a Russian drone attack on Kyiv, a drone crashed into a residential building.",
        "During the attack on Odesa, a drone crashed near a school in the city centre.",
    ],
)
def test_a_drone_of_an_attack_that_came_down_on_a_building_is_the_strike(nlp, text) -> None:
    assert "airspace" not in [i.type for i in incidents(nlp, text)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Shots were fired at a substation near Milford on Saturday. The shooting came two "
            "days after a fire at a transformer yard outside Dimock.",
            "2026-03-05",
        ),
        (
            "A bomb exploded at a rail depot in Lodz on 2 March. The attack happened a week "
            "after a fire at a signal box near Kutno.",
            "2026-02-23",
        ),
        (
            "A warehouse in Gdynia was set on fire on 2 March. The blaze came three days "
            "before a cyberattack on the city's water utility.",
            "2026-03-05",
        ),
    ],
)
def test_an_event_told_as_days_after_or_before_another_is_dated_from_it(nlp, text, iso) -> None:
    found = incidents(nlp, text)
    assert len(found) == 2
    assert found[1].date is not None and found[1].date.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        # the other event has no day: no date to count from
        "Shots were fired at a substation near Milford. The shooting came two days after "
        "a fire at a transformer yard outside Dimock.",
        # no interval: "after" alone says nothing of the day
        "Shots were fired at a substation near Milford on Saturday. The shooting came after "
        "a fire at a transformer yard outside Dimock.",
    ],
)
def test_no_interval_or_no_day_leaves_the_other_event_undated(nlp, text) -> None:
    found = incidents(nlp, text)
    assert len(found) == 2 and found[1].date is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("The opposition politician was poisoned in August 2020 and nearly died.", None),
        ("A journalist was almost killed when a bomb exploded under her car in Sofia.", None),
        ("The dissident was poisoned in August 2020 and died two days later.", 1),
        ("Nearly 40 people died when a missile hit a market in Kostiantynivka on Monday.", 40),
    ],
)
def test_who_nearly_died_is_not_counted_dead(nlp, text, killed) -> None:
    found = incidents(nlp, text)
    assert len(found) == 1
    toll = found[0].toll
    assert (toll.killed if toll else None) == killed


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "During a Russian drone attack on the port of Izmail, one drone crossed the Danube "
            "into Romanian airspace and crashed near Plauru.",
            "Plauru",
        ),
        ("A drone entered Polish airspace from Belarus and crashed near Zamosc.", "Zamosc"),
        # no place named where it came down: the airspace's country
        ("A drone entered Polish airspace from Belarus and crashed in a field.", "Poland"),
    ],
)
def test_an_intrusion_is_placed_where_the_drone_came_down(nlp, text, place) -> None:
    found = [i for i in incidents(nlp, text) if i.type == "airspace"]
    assert len(found) == 1 and found[0].place == place


@pytest.mark.parametrize(
    ("text", "place", "iso"),
    [
        (
            "In July 2024 the Houthis sank the bulk carrier Tutor in the Red Sea.",
            "Red Sea",
            "2024-07",
        ),
        (
            "Members will recall that the MV Rubymar was sunk by Houthi forces in March 2024.",
            None,
            "2024-03",
        ),
        (
            "Pirates seized the MT Sea Lion in the Gulf of Guinea on Sunday.",
            "Gulf of Guinea",
            "2026-03-08",
        ),
    ],
)
def test_a_ship_named_after_its_kind_or_prefix_is_the_ship_not_the_place(
    nlp, text, place, iso
) -> None:
    found = incidents(nlp, text)
    assert [(i.type, i.place, i.date and i.date.iso) for i in found] == [("attack", place, iso)]
