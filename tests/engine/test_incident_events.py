"""Incidents as events: mentions folded, patterns apart, facts from the event's
own clause, dates against the article's date. Paragraphs written for these
tests (not from any corpus or the gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.engine import annotate_text
from annotate.incident_article_dates import dateline_date
from annotate.incident_dates import normalise_date
from annotate.model import Toll


def events(nlp, text: str):
    doc = nlp(text)
    return list(doc._.incidents), list(doc._.incident_patterns)


def name(briefing, actor_id):
    actor = briefing.actor(actor_id)
    return actor.name if actor else None


def test_mentions_of_one_bombing_are_one_event_with_the_fullest_as_main(nlp) -> None:
    text = (
        "A bomb exploded at a bus station in Mosul on Sunday, killing four people. "
        "The blast shattered windows across the square. "
        "Police said the explosion was the deadliest in the city this year."
    )
    [event], patterns = events(nlp, text)
    assert event.type == "explosion"
    assert event.text.startswith("A bomb exploded at a bus station in Mosul")
    assert event.place == "Mosul" and event.toll == Toll(killed=4)
    later = [text[m.start : m.end] for m in event.mentions][1:]
    assert [m.split()[:2] for m in later] == [["The", "blast"], ["the", "explosion"]]
    assert patterns == []


def test_the_attack_on_a_named_target_is_the_event_that_hit_it_not_the_latest(nlp) -> None:
    text = (
        "Two missiles struck the Liberian-flagged tanker Sea Lark off Mokha on Monday, "
        "killing two sailors, the ship's operator said.\n\n"
        "Early on Wednesday, American warplanes struck radar sites near Hodeidah, the "
        "military said. Two people were killed in the strikes, a rebel-run channel said.\n\n"
        "The attack on the Sea Lark was the deadliest on shipping this year, insurers said.\n"
    )
    tanker, raids = events(nlp, text)[0]
    assert (tanker.place, raids.place) == ("Mokha", "Hodeidah")
    assert "The attack on the Sea Lark" in [text[m.start : m.end] for m in tanker.mentions]
    assert all("Sea Lark" not in text[m.start : m.end] for m in raids.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "A man set fire to a bus depot in Daugavpils on 2 March. Prosecutors said the "
        "arson had been paid for in cryptocurrency.",
        "Two men torched a warehouse in Kaunas in May. The arson was ordered for a fee.",
    ],
)
def test_a_for_without_a_stretch_of_time_leaves_the_event_alone(nlp, text) -> None:
    """ "paid for in cash" is no "for months": the arson told again stays its event's."""
    found, patterns = events(nlp, text)
    assert len(found) == 1 and patterns == []
    assert len(found[0].mentions) == 2


def test_events_in_different_places_or_times_stay_apart(nlp) -> None:
    text = (
        "A missile hit a school in Kharkiv on Monday, killing two teachers. "
        "In a separate attack, drones struck a fuel depot in Odesa on Tuesday."
    )
    first, second = events(nlp, text)[0]
    assert (first.type, first.place) == ("strike", "Kharkiv")
    assert (second.type, second.place) == ("strike", "Odesa")


@pytest.mark.parametrize(
    "text",
    [
        "Germany has seen a wave of arson attacks on railway cables this year.",
        "Officials say the country has faced hundreds of cyberattacks since 2022.",
        "Russia has intensified its bombardment of Ukrainian cities in recent weeks.",
        "The campaign has included sabotage, cyberattacks and drone flights across Europe.",
        "Moscow has cut cables on the seabed, set fires in warehouses and hacked into hospitals.",
        "The regime has been accused of cutting cables on the seabed and flying drones over "
        "airports.",
        "Saboteurs have been setting fire to warehouses for months.",
        "Hackers have attacked the ministry's servers for much of 2025.",
    ],
)
def test_generic_references_are_patterns_not_events(nlp, text) -> None:
    found, patterns = events(nlp, text)
    assert found == [] and patterns


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Twenty-nine people were injured when a car bomb exploded in Kirkuk.", Toll(None, 29)),
        ("A missile hit the town of Sumy, killing six and wounding 75.", Toll(6, 75)),
        (
            "A drone strike on a market in Gao killed dozens of people.",
            Toll(24, None, killed_approx=True),
        ),
        (
            "At least 12 people were killed and more than 40 wounded in a rocket attack "
            "on Kramatorsk.",
            Toll(12, 40, killed_approx=True, injured_approx=True),
        ),
        ("A dozen people were hurt in an explosion at a factory in Tula.", Toll(None, 12)),
        ("A gunman fired several shots, killing Marta Kowal and wounding a guard.", Toll(1, 1)),
    ],
)
def test_tolls_count_number_words_hedges_and_named_victims(nlp, text, toll) -> None:
    [event], _ = events(nlp, text)
    assert event.toll == toll


def test_the_possessor_of_a_killing_is_its_victim_never_its_perpetrator(nlp) -> None:
    text = (
        "The opposition activist Ivan Petrov was shot dead in Riga on Friday. "
        "Police are investigating his killing."
    )
    briefing = annotate_text(text, nlp)
    [event] = briefing.incidents
    assert event.type == "attack" and event.perpetrator is None
    assert [name(briefing, v) for v in event.victims] == ["Ivan Petrov"]
    assert len(event.mentions) == 2


def test_an_accused_perpetrator_is_alleged(nlp) -> None:
    text = (
        "A bomb exploded outside a bank in Tbilisi on Monday. "
        "Georgia accused Russia of ordering the attack."
    )
    briefing = annotate_text(text, nlp)
    [event] = briefing.incidents
    assert name(briefing, event.perpetrator) == "Russia"
    assert event.attribution == "alleged"


def test_the_nation_of_the_weapon_is_the_perpetrator(nlp) -> None:
    text = (
        "Russian missiles hit the port city of Mykolaiv on Sunday, killing three people. "
        "Russia did not comment."
    )
    briefing = annotate_text(text, nlp)
    [event] = briefing.incidents
    assert (event.type, event.place) == ("strike", "Mykolaiv")
    assert name(briefing, event.perpetrator) == "Russia" and event.attribution == "stated"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Several drones flew over the naval base in Kiel on Friday night.", "airspace"),
        ("Drones were spotted over Aalborg airport late on Wednesday.", "airspace"),
        ("A lawyer for the opposition was shot dead in Tirana on Monday.", "attack"),
        ("A man stabbed two police officers outside the station in Lyon.", "attack"),
        ("Hackers took down the websites of three ministries on Tuesday.", "cyber"),
        ("A suicide bombing killed nine people at a market in Kabul.", "explosion"),
        ("Heavy shelling hit a hospital in Kherson overnight.", "strike"),
        ("He survived an assassination attempt in Belgrade in 2016.", "attack"),
    ],
)
def test_types(nlp, text, kind) -> None:
    [event], _ = events(nlp, text)
    assert event.type == kind


def test_a_suspected_culprit_leaves_the_event_itself_real(nlp) -> None:
    text = "Police detained a freighter suspected of cutting an undersea data cable near Gotland."
    [event], _ = events(nlp, text)
    assert event.type == "sabotage"


def test_a_place_keeps_its_area(nlp) -> None:
    [event], _ = events(nlp, "Drones were seen over Leipzig airport on Friday.")
    assert (event.place, event.area) == ("Leipzig airport", "Leipzig")
    [event], _ = events(nlp, "A bomb exploded near the village of Kuty in eastern Slovakia.")
    assert (event.place, event.area) == ("Kuty", "eastern Slovakia")


def test_the_date_of_the_event_not_of_the_trial(nlp) -> None:
    text = (
        "A court on Wednesday convicted three men over an arson attack on a depot "
        "in Leeds in May last year."
    )
    briefing = annotate_text(text, nlp, published=dt.date(2025, 10, 8))
    [event] = briefing.incidents
    assert event.date is not None and event.date.iso == "2024-05"


def test_dates_are_normalised_against_the_publication_date_or_the_dateline(nlp) -> None:
    text = "A fire destroyed a warehouse in Gdansk on Tuesday."
    dated = annotate_text(text, nlp, published=dt.date(2025, 3, 13))
    assert dated.incidents[0].date.iso == "2025-03-11"
    assert annotate_text(text, nlp).incidents[0].date.iso is None
    lined = annotate_text("GDANSK, March 13, 2025 — " + text, nlp)
    assert lined.incidents[0].date.iso == "2025-03-11"


@pytest.mark.parametrize(
    "text",
    [
        "A second device did not detonate.",
        "Officials warned of more attacks on the grid this winter.",
        "Potential acts of sabotage worry the navy.",
        "The alliance may consider new strikes.",
    ],
)
def test_hypotheticals_stay_out(nlp, text) -> None:
    assert events(nlp, text) == ([], [])


@pytest.mark.parametrize(
    ("top", "date"),
    [
        ("KYIV, March 12, 2025 — Missiles hit", dt.date(2025, 3, 12)),
        ("HELSINKI (Dec. 27, 2024) — A cable", dt.date(2024, 12, 27)),
        ("Headline\n\nVILNIUS, 18 June 2025 — A man", dt.date(2025, 6, 18)),
        ("Published: 4 October 2025\n\nFlights", dt.date(2025, 10, 4)),
        ("BREMEN, Germany — A bomb", None),
        ("In March 2024 a fire broke out.", None),
    ],
)
def test_datelines(top, date) -> None:
    assert dateline_date(top) == date


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("Christmas Day", "2024-12-25"),
        ("March last year", "2023-03"),
        ("late on Thursday", "2024-12-26"),
        ("last year", "2023"),
        ("for months", None),
        ("in recent weeks", None),
        ("the 1990s", None),
    ],
)
def test_relative_dates(written, iso) -> None:
    assert normalise_date(written, dt.date(2024, 12, 27)) == iso


_WORDS = st.sampled_from(
    "a the bomb exploded blast drones flew over airport in Kyiv killed injured twenty - "
    "nine dozens at least suspected of sabotage his killing police said on Monday , . "
    "attack attacks wave of arson Russian missiles hit city not could".split()
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_WORDS, min_size=1, max_size=30))
def test_any_words_give_events_whose_main_mention_is_among_their_mentions(nlp, words) -> None:
    text = " ".join(words)
    found, patterns = events(nlp, text)
    for event in found:
        assert text[event.start : event.end] == event.text
        assert any((m.start, m.end) == (event.start, event.end) for m in event.mentions)
    for pattern in patterns:
        assert text[pattern.start : pattern.end] == pattern.text


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Hackers broke into a control panel at a water plant in Dunmore this year. "
            "The breach happened on 30 November, officials said.",
            "2025-11-30",
        ),
        (
            "Ivan Petrov, a blogger, was attacked with a hammer outside his home in 2023. "
            "He was attacked on 21 June, his lawyer said.",
            "2023-06-21",
        ),
        (  # a day told for another kind of event does not date this one
            "Hackers broke into a control panel at a water plant in Dunmore this year. "
            "The minister resigned on 30 November.",
            "2025",
        ),
    ],
)
def test_a_day_told_for_the_event_wins_over_its_year(nlp, text, iso) -> None:
    briefing = annotate_text(text, nlp, published=dt.date(2025, 12, 10))
    assert briefing.incidents[0].date.iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "A fire broke out at a warehouse in Leyton on Monday night, police said. "
        "The blaze was put out by Tuesday morning, and no one was hurt.",
        "Arsonists set fire to a depot in Kolding on Saturday. "
        "The blaze was only brought under control on Sunday afternoon.",
        "A fire swept through a market in Lviv on Friday. "
        "Firefighters extinguished the fire on Saturday.",
    ],
)
def test_the_time_a_fire_was_put_out_is_not_a_second_fire(nlp, text) -> None:
    [fire], _ = events(nlp, text)
    assert fire.type == "fire" and fire.date.text in ("Monday night", "Saturday", "Friday")
    assert len(fire.mentions) == 2


def test_a_count_after_a_sentence_of_two_events_is_the_new_ones_and_its_place_is_near(
    nlp,
) -> None:
    text = (
        "Missiles struck the tanker Sea Lark off Mokha on Monday, killing two sailors. "
        "The attack on the Sea Lark came two days after an explosive-laden drone boat blew "
        "up a few metres from the Liberian-owned tanker Blue Wave off Hodeidah on Sunday. "
        "No one aboard the tanker was hurt."
    )
    tanker, boat = events(nlp, text)[0]
    assert (tanker.toll.killed, tanker.toll.injured) == (2, None)  # not the 'no one' after
    assert boat.type == "explosion" and boat.toll.injured == 0
    assert boat.place == "Hodeidah"  # what it blew up a few metres from was off Hodeidah


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "A “drone” seen over Stord airport on Saturday turned out to be a police helicopter.",
            0,
        ),
        ("A drone was seen over Bodo airport on Friday. It turned out to be a weather balloon.", 0),
        ("The object spotted near the base proved to be a balloon.", 0),
        ("The fire at the depot in Kolding on Saturday turned out to be arson.", 1),
        ("Drones were seen over Aalborg airport on Friday, police said.", 1),
    ],
)
def test_what_turned_out_to_be_something_else_is_no_incident(nlp, text, listed) -> None:
    assert len(events(nlp, text)[0]) == listed


@pytest.mark.parametrize(
    "text",
    [
        # a roundup's heading joined by the parser to the brief under it
        "Security briefs\n\nFINLAND\nA fire at a sawmill in Kemi overnight on Monday was "
        "started deliberately, police said on Tuesday.",
        # an interviewer's question is no attribution
        "“Someone cut the power lines to two substations in Tartu last month,” she said."
        "\n\nIs Russia behind it?\n\n“We do not know yet.”",
    ],
)
def test_a_heading_or_a_question_names_no_culprit(nlp, text) -> None:
    [event], _ = events(nlp, text)
    assert event.perpetrator is None


def test_whose_home_an_assault_was_outside_is_not_who_did_it(nlp) -> None:
    text = (
        "In May 2023 Pavel Orlov, a close aide of the exiled businessman Ilya Sokolov, was "
        "attacked with a hammer outside his home near Riga, an assault Latvian police "
        "blamed on Russian special services."
    )
    briefing = annotate_text(text, nlp)
    [event] = briefing.incidents
    assert name(briefing, event.perpetrator) in (None, "Russian special services")
    assert event.attribution in (None, "alleged")


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "The list of methods is long: arson at depots and supermarkets, cut cables on "
            "the sea floor, hoax bomb threats and hacked websites.",
            0,
        ),
        ("The methods are well known: arson, sabotaged rail lines and cut cables.", 0),
        (
            "Two events stood out: a fire at a depot in Kolding on Monday and an explosion at "
            "a rail yard in Aarhus on Tuesday that killed two workers.",
            2,
        ),
        ("The method used was arson at a depot in Kolding on Monday night, police said.", 1),
    ],
)
def test_the_members_of_a_list_of_tactics_are_patterns(nlp, text, listed) -> None:
    assert len(events(nlp, text)[0]) == listed
