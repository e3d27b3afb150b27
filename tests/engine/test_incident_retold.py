"""An event told twice in a brief is one event; a ship is never a place;
a plural the tagger took for a name still reads as what it is. Sentences
written for these tests (not from any corpus or the gold set)."""

from __future__ import annotations

import pytest


def events(nlp, text: str):
    return list(nlp(text)._.incidents)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "News in brief\n\nBlast at Nantes warehouse. A parcel exploded at a warehouse "
            "in Nantes on Tuesday, injuring a worker, police said.",
            "Nantes",
        ),
        (
            "Around the region\n\nBomb blast at Tartu depot. A bomb exploded at a bus depot in "
            "Tartu on Friday night, the rescue service said.",
            "Tartu",
        ),
    ],
)
def test_an_undated_lead_told_again_with_its_day_is_one_event(nlp, text, place) -> None:
    [event] = events(nlp, text)
    assert place in (event.place or "")
    assert event.date is not None
    assert len(event.mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Hackers defaced the website of the district council in Kutno on Monday. "
        "It was the third cyberattack on a public body in the region this year.",
        "A hacker group defaced the homepage of the city hall in Opole on Sunday. "
        "This was the second cyberattack on the city this month.",
    ],
)
def test_the_nth_attack_said_of_the_event_just_told_is_that_event(nlp, text) -> None:
    [event] = events(nlp, text)
    assert event.type == "cyber"
    assert len(event.mentions) == 2


def test_a_second_event_is_still_its_own(nlp) -> None:
    text = (
        "Hackers defaced the website of the council in Kutno on Monday. "
        "A second cyberattack hit the water utility in Płock on Wednesday."
    )
    assert len(events(nlp, text)) == 2


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        (
            "Missiles hit the bulk carrier Silver Tern off Mokha on Monday. "
            "The attack on the Silver Tern came a week after another ship was hit.",
            "Silver Tern",
        ),
        (
            "A drone struck the tanker Northern Gull in the Black Sea on Friday. "
            "The Northern Gull was later towed to port.",
            "Northern Gull",
        ),
        (
            "The freighter Sea Heron was hit by a missile off Hodeidah on Friday. "
            "The attack on the Sea Heron came days after a tanker was struck.",
            "Sea Heron",
        ),
        (
            "Warplanes struck targets near the port on Friday after the attack on the "
            "Sea Heron, a Greek-owned tanker.",
            "Sea Heron",
        ),
    ],
)
def test_a_ship_is_what_was_hit_never_where(nlp, text, ship) -> None:
    found = events(nlp, text)
    assert found
    for event in found:
        assert ship not in (event.place or "")
        assert ship not in (event.area or "")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Warplanes struck targets near the port of Hodeidah on Thursday.", "Hodeidah"),
        ("Helicopters struck a fuel depot in the city of Kherson overnight.", "Kherson"),
    ],
)
def test_a_plural_weapon_starting_the_sentence_still_makes_a_strike(nlp, text, place) -> None:
    [event] = events(nlp, text)
    assert event.type == "strike"
    assert place in (event.place or "")


@pytest.mark.parametrize(
    "text",
    [
        "Russian drones attacked the port of Izmail overnight. "
        "A second drone damaged a grain silo in the port, the governor said.",
        "Missiles struck Odesa on Monday night. A second missile hit a power plant.",
    ],
)
def test_one_more_weapon_of_the_salvo_is_the_same_attack(nlp, text) -> None:
    [event] = events(nlp, text)
    assert len(event.mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "A drone hit a school in Sumy on Monday. "
        "On Wednesday another drone hit a hospital in Sumy.",
        "A drone hit a school in Sumy on Monday. Another drone hit a hospital in Kharkiv.",
        "A drone strike hit Sumy on Monday. A second drone strike hit the city on Tuesday.",
    ],
)
def test_another_weapon_at_another_time_or_place_is_another_attack(nlp, text) -> None:
    assert len(events(nlp, text)) == 2


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Warplanes struck targets near Hodeidah on Thursday, officials said.", None),
        ("Drones hit a fuel depot in Bryansk on Friday, the governor said.", None),
        ("Russian warplanes struck targets near Idlib on Thursday.", "Russia"),
    ],
)
def test_a_weapon_word_starting_the_sentence_is_no_perpetrator(nlp, text, who) -> None:
    doc = nlp(text)
    [event] = doc._.incidents
    actor = doc._.actors.actor(event.perpetrator)
    assert (actor.name if actor else None) == who


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Drones were spotted over Billund airport on Saturday night, police said.", "Billund"),
        ("Drones were seen above Rygge air base late on Tuesday.", "Rygge"),
    ],
)
def test_a_mistagged_name_before_a_facility_is_the_facilitys_town(nlp, text, place) -> None:
    [event] = events(nlp, text)
    assert event.place is not None and event.place.startswith(place)


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        (
            "A fire destroyed a warehouse in Lyon on Monday, while in Bulgaria three men "
            "were charged with spying.",
            "Lyon",
            None,
        ),
        (
            "A bomb exploded at a market in Quetta on Friday, while in Karachi police "
            "arrested two suspects.",
            "Quetta",
            None,
        ),
    ],
)
def test_a_while_clause_about_others_gives_no_place(nlp, text, place, area) -> None:
    [event] = events(nlp, text)
    assert place in (event.place or "")
    assert event.area == area


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A pipe bomb exploded outside a house in the Mayo town of Ballina on Friday.", "Ballina"),
        ("A shop was set on fire in the Kerry village of Sneem overnight.", "Sneem"),
    ],
)
def test_the_county_town_of_a_name_is_that_name(nlp, text, place) -> None:
    [event] = events(nlp, text)
    assert event.place == place


@pytest.mark.parametrize(
    "text",
    [
        "At least 11 people were killed when missiles hit Odesa on Monday.",
        "Missiles struck Odesa on Monday night.",
        "Drones hit Odesa overnight, killing two people.",
    ],
)
def test_an_untagged_town_a_weapon_hit_is_the_place(nlp, text) -> None:
    [event] = events(nlp, text)
    assert event.place == "Odesa"


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        (
            "A bomb exploded at a market in Quetta on Friday, killing at least 11 people "
            "and injuring two, one of them seriously.",
            (11, True),
            2,
        ),
        (
            "A parcel exploded at a depot in Lyon on Monday, injuring two people, "
            "one of them seriously.",
            None,
            2,
        ),
        (
            "A knife attack at a station in Hamburg on Friday injured four people, "
            "two of them seriously.",
            None,
            4,
        ),
    ],
)
def test_a_share_of_the_injured_is_not_a_second_count(nlp, text, killed, injured) -> None:
    [event] = events(nlp, text)
    assert event.toll is not None
    assert event.toll.injured == injured
    if killed is None:
        assert event.toll.killed is None
    else:
        assert (event.toll.killed, event.toll.killed_approx) == killed


_TWO_ATTACKS = (
    "Saboteurs set fire to a rail signal box near Poznań on Monday. On Thursday, a bomb "
    "exploded under a freight train near Wrocław.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "Why does this matter? The second attack, near a busy station, was far more "
        "dangerous, analysts in Warsaw said.",
        "What we know. The first attack caused little damage. The second attack injured "
        "two railway workers.",
        "The latest attack prompted the government to raise the alert level.",
    ],
)
def test_the_nth_or_latest_attack_is_an_event_told_not_a_new_one(nlp, after) -> None:
    signal_box, train = events(nlp, _TWO_ATTACKS + after)
    assert (signal_box.type, train.type) == ("sabotage", "explosion")
    assert len(signal_box.mentions) + len(train.mentions) == 2 + after.count(" attack")


def test_the_first_attack_in_a_piece_that_told_none_is_no_event(nlp) -> None:
    text = "The minister spoke in Vilnius on Monday. The first attack caused little damage."
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Flights were halted at Billund Airport on Friday evening after drones were seen "
            "over the runway. Drones were also seen over Billund Airport on Saturday, forcing "
            "another closure.",
            1,
        ),
        (
            "Drones were seen over Aalborg Airport on Friday night. Drones were again spotted "
            "over Aalborg Airport on Saturday.",
            1,
        ),
        (
            "Drones were seen over Aalborg Airport on Friday night. Drones were spotted over "
            "Aalborg Airport on Saturday.",
            2,
        ),
        (
            "Drones were seen over Aalborg Airport on Friday. Drones were also seen over "
            "Aarhus Airport on Saturday.",
            2,
        ),
    ],
)
def test_a_site_where_drones_were_seen_again_the_next_day_is_one_disruption(
    nlp, text, count
) -> None:
    found = events(nlp, text)
    assert len(found) == count
    assert found[0].date is not None and "Friday" in found[0].date.text
