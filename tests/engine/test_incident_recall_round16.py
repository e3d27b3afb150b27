"""Round 16 (recall and facts): people found set upon, and a count of
people stabbed or shot as the object. Each with its look-alikes. Sentences
written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

TUESDAY = dt.date(2026, 3, 10)


def incidents(nlp, text: str):
    return annotate_text(text, nlp, published=TUESDAY).incidents


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("The journalist was found stabbed to death in his flat in Tbilisi on Sunday.", 1, None),
        ("A Kremlin critic was found shot dead outside his home in Kyiv on Tuesday.", 1, None),
        ("An elderly farmer was found beaten in his barn near Vilnius on Friday.", None, 1),
    ],
)
def test_one_found_set_upon_is_an_attack_on_that_person(nlp, text, killed, injured) -> None:
    found = incidents(nlp, text)
    assert [i.type for i in found] == ["attack"]
    assert (found[0].toll.killed, found[0].toll.injured) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "The striker was found beaten in the final on Sunday.",
        "The mayor was found guilty of fraud on Monday.",
        "The old recordings were found damaged in the archive on Monday.",
    ],
)
def test_found_guilty_or_beaten_in_a_game_is_no_attack(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        ("A man stabbed two police officers in Hamburg on Tuesday.", None, 2),
        ("He stabbed the two officers in Hamburg on Tuesday.", None, 2),
        ("The guard shot three soldiers dead at the checkpoint on Monday.", 3, None),
        ("Two police officers were stabbed in Hamburg on Tuesday.", None, 2),
        ("Three guards were shot dead at the gate on Monday.", 3, None),
    ],
)
def test_a_count_of_people_stabbed_or_shot_is_the_toll(nlp, text, killed, injured) -> None:
    found = incidents(nlp, text)
    assert [i.type for i in found] == ["attack"]
    assert (found[0].toll.killed, found[0].toll.injured) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        # a death told after: whose, the text must say
        "A man shot two police officers in Lyon on Monday. One of them died in hospital.",
        # not people
        "A hunter shot two deer near the border on Monday.",
    ],
)
def test_a_count_with_a_later_death_or_of_no_people_gives_no_injured_count(nlp, text) -> None:
    for found in incidents(nlp, text):
        assert found.toll is None or found.toll.injured != 2


@pytest.mark.parametrize(
    "text",
    [
        "A Russian fighter jet flew 2 km into Estonian airspace on Friday.",
        "A Belarusian helicopter crossed into Polish airspace near Bialowieza on Tuesday.",
        "A Russian drone strayed into Romanian airspace near Galati on Saturday.",
        "Russian military aircraft briefly intruded into Finnish airspace near Porvoo on Monday.",
    ],
)
def test_a_foreign_aircraft_flying_into_airspace_is_an_airspace_violation(nlp, text) -> None:
    assert [i.type for i in incidents(nlp, text)] == ["airspace"]


@pytest.mark.parametrize(
    "text",
    [
        "The airliner flew into Polish airspace on its way to Warsaw on Monday.",
        "The minister's plane flew into Polish airspace on Monday.",
        "A Russian airliner flew into Turkish airspace on its way to Antalya on Monday.",
        "Russian tourists flew into Turkish airspace on a charter flight on Monday.",
        "Passenger flights entered Estonian airspace after the reopening on Monday.",
        "Ukrainian refugees crossed into Polish territory near Medyka on Monday.",
    ],
)
def test_civil_flights_and_people_crossing_a_border_are_no_violation(nlp, text) -> None:
    assert not incidents(nlp, text)


def test_each_drone_sighted_with_its_own_place_and_time_is_an_event(nlp) -> None:
    text = (
        "Officials reported drones over Gdansk in April and a drone over the naval base "
        "in Gdynia in May."
    )
    found = incidents(nlp, text)
    assert [i.type for i in found] == ["airspace", "airspace"]
    assert [i.place for i in found] == ["Gdansk", "Gdynia"]
    assert [i.date.iso for i in found] == ["2025-04", "2025-05"]


def test_drones_reported_over_a_site_are_an_airspace_event(nlp) -> None:
    found = incidents(nlp, "Police reported drones over Schiphol airport on Sunday.")
    assert [(i.type, i.place) for i in found] == [("airspace", "Schiphol airport")]


@pytest.mark.parametrize(
    "text",
    [
        "The air force reported 40 drones over the Kharkiv region overnight and said 30 "
        "were shot down.",
        "Officials reported drones launched from Russia on Monday.",
        "The company reported drones as its fastest growing product.",
    ],
)
def test_drones_reported_launched_shot_down_or_sold_are_no_sighting(nlp, text) -> None:
    assert not [i for i in incidents(nlp, text) if i.type == "airspace"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A technician inspecting the line found bullet holes in a pumping station near "
            "Narva on Monday.",
            "Narva",
        ),
        ("Engineers said rounds had struck the gas pipeline near Tartu over the weekend.", "Tartu"),
        (
            "Several bullets hit the transformer at the Kohtla substation on Sunday night.",
            "Kohtla substation",
        ),
    ],
)
def test_shots_that_struck_infrastructure_found_afterwards_are_an_attack(nlp, text, place) -> None:
    found = incidents(nlp, text)
    assert [(i.type, i.place) for i in found] == [("attack", place)]


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors found no bullet holes in the pipeline.",
        "The walls of the old fort still bear bullet holes from the war.",
        "The striker's shot hit the post in the final minute.",
        "A stray bullet hit the fence during the hunt.",
    ],
)
def test_no_holes_old_holes_and_shots_at_goal_are_no_attack(nlp, text) -> None:
    assert not incidents(nlp, text)


def perpetrator_names(nlp, text: str) -> list[str | None]:
    briefing = annotate_text(text, nlp, published=TUESDAY)
    names = {a.id: a.name for a in briefing.actors}
    return [names.get(i.perpetrator) for i in briefing.incidents]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a spokesman claims for his side: the side did it, never he
        (
            "Hezbollah military spokesman Ali Karim said the group fired two missiles at a "
            "navy ship off Haifa on Monday.",
            "Hezbollah",
        ),
        (
            "Al-Shabaab spokesman Abdiasis Musab said the group attacked a convoy near Baidoa "
            "on Monday.",
            "Al-Shabaab",
        ),
        # a state by its formal title
        (
            "The Russian Federation carried out a massive combined attack on Ukraine using "
            "drones and missiles on Saturday.",
            "Russia",
        ),
        # a ship's name keeps its number
        (
            "The Chinese-flagged Hai Feng 27 dragged its anchor and cut the data cable off "
            "Gotland on Sunday.",
            "Hai Feng 27",
        ),
        ("The Hong Da 18 cut the power cable near Taiwan on Monday.", "Hong Da 18"),
    ],
)
def test_the_side_a_spokesman_speaks_for_a_state_and_a_numbered_ship(nlp, text, who) -> None:
    assert perpetrator_names(nlp, text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        # no spokesman: "the group" is not the speaker's
        "Ali Karim said the group fired two missiles at a navy ship off Haifa on Monday.",
        # "a group": any group, not the speaker's side
        "Hezbollah spokesman Ali Karim said a group fired two missiles at a navy ship off "
        "Haifa on Monday.",
    ],
)
def test_a_group_no_spokesman_claims_has_no_perpetrator(nlp, text) -> None:
    assert perpetrator_names(nlp, text) == [None]


@pytest.mark.parametrize(
    ("text", "killed", "injured", "place"),
    [
        (
            "The activist was found with stab wounds outside a bar in Riga on Saturday.",
            None,
            1,
            "Riga",
        ),
        (
            "The body of a businessman was found with multiple stab wounds in Vienna on Monday.",
            1,
            None,
            "Vienna",
        ),
    ],
)
def test_one_found_with_stab_or_gunshot_wounds_was_attacked(nlp, text, killed, injured, place):
    found = incidents(nlp, text)
    assert [(i.type, i.place) for i in found] == [("attack", place)]
    assert (found[0].toll.killed, found[0].toll.injured) == (killed, injured)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors found no stab wounds on the victim.",
        "The soldier was treated for gunshot wounds at the field hospital.",
    ],
)
def test_wounds_not_found_on_someone_found_are_no_new_attack(nlp, text) -> None:
    assert not incidents(nlp, text)


def test_a_site_set_on_fire_told_as_the_time_of_another_act_is_a_fire(nlp) -> None:
    text = "A week after the depot was set on fire, the mayor visited the site."
    assert [i.type for i in incidents(nlp, text)] == ["fire"]


@pytest.mark.parametrize(
    "text", ["The world was set on fire by her debut.", "He set the stage on fire last night."]
)
def test_a_figure_of_setting_on_fire_stays_out(nlp, text) -> None:
    assert not incidents(nlp, text)


def test_cars_set_on_fire_by_a_strike_are_what_the_strike_did(nlp) -> None:
    text = "A missile hit a car park in Kharkiv on Monday, setting several cars on fire."
    assert [i.type for i in incidents(nlp, text)] == ["strike"]
