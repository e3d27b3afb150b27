"""Round 17 (recall): events told in a timeline's present, recalled in
passing, told by their victim, or told after a debunk. Each with its
look-alikes. Sentences written for these tests (not from any corpus or gold
set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

TUESDAY = dt.date(2026, 3, 10)


def incidents(nlp, text: str):
    return annotate_text(text, nlp, published=TUESDAY).incidents


@pytest.mark.parametrize(
    ("line", "kind", "iso"),
    [
        ("3 March - Arson destroys a depot in the Praga district of Warsaw.", "fire", "2025-03-03"),
        (
            "2 July - Hackers break into the control system of a dam in Lublin.",
            "cyber",
            "2025-07-02",
        ),
        (
            "20 November - An explosion damages a railway line near Lublin.",
            "explosion",
            "2025-11-20",
        ),
        (
            "8 February - A cyberattack paralyses the website of the tax office.",
            "cyber",
            "2025-02-08",
        ),
        (
            "17 June: Saboteurs cut a signal cable on the line north of Gdansk.",
            "sabotage",
            "2025-06-17",
        ),
        ("Sept. 2 - A fire guts a logistics hall outside Poznan.", "fire", "2025-09-02"),
    ],
)
def test_a_timeline_line_in_the_present_is_an_event_of_its_day(nlp, line, kind, iso) -> None:
    text = f"Poland in 2025: a timeline\n\n{line}\n"
    found = incidents(nlp, text)
    assert [i.type for i in found] == [kind]
    assert found[0].date is not None and found[0].date.iso == iso


def test_a_timeline_line_with_its_year_in_the_present_is_an_event(nlp) -> None:
    text = "Poland: a timeline\n\n11 October 2025 - Arson destroys a shopping centre in Katowice.\n"
    assert [i.type for i in incidents(nlp, text)] == ["fire"]


@pytest.mark.parametrize(
    "text",
    [
        # a habit or a scenario told in the present, with no date opening the line
        "How the campaign works\n\nIn the typical case, a fire destroys a depot near a border.\n",
        "How the campaign works\n\nA cyberattack freezes the booking systems of a ferry line.\n",
        # a line opening with a date but no dash: not a timeline's entry
        "Poland in 2025\n\n3 March is the anniversary. A fire destroys a barn in the scenario.\n",
        # a timeline's line still says what did not happen
        "Poland in 2025: a timeline\n\n3 March - A fire at the depot would halt all exports.\n",
    ],
)
def test_the_present_without_a_dated_line_stays_a_habit(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("22 April - A decoy drone crashes in a field near Zamosc.", "2025-04-22"),
        ("14 January - Balloons drift into Polish airspace from Belarus.", "2025-01-14"),
    ],
)
def test_a_timeline_line_of_a_drone_or_balloon_that_came_down_or_in(nlp, line, iso) -> None:
    found = incidents(nlp, f"Poland in 2025: a timeline\n\n{line}\n")
    assert [(i.type, i.date and i.date.iso) for i in found] == [("airspace", iso)]


@pytest.mark.parametrize(
    "text",
    [
        "Balloons carrying cigarettes drifted into Polish airspace from Belarus on Sunday.",
        "Several balloons floated into Lithuanian airspace overnight, the border guard said.",
        "Two balloons were blown into Latvian airspace by the wind on Monday.",
    ],
)
def test_balloons_that_drift_into_airspace_violate_it(nlp, text) -> None:
    assert [i.type for i in incidents(nlp, text)] == ["airspace"]


@pytest.mark.parametrize(
    "text",
    [
        "The balloons drifted over the lake during the festival on Sunday.",
        "The weather balloon drifted into the clouds.",
        "Policy drifted as airspace rules changed.",
    ],
)
def test_drifting_elsewhere_is_no_airspace_violation(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind", "iso"),
    [
        # a date opening the sentence, glued by the parser to the subject
        (
            "On 12 May 2019 four ships anchored off Fujairah, including two tankers, "
            "were damaged by limpet mines.",
            "explosion",
            "2019-05-12",
        ),
        ("In 2019 commandos seized a British tanker in the Strait of Hormuz.", "other", "2019"),
        ("In 2020 pirates boarded the tanker Sea Lion off Togo.", "attack", "2020"),
        # a vessel named with its kind before its name
        (
            "Iran's Revolutionary Guards seized the tanker Stena X in the Strait of Hormuz "
            "in July 2019.",
            "attack",
            "2019-07",
        ),
        (
            "A magnetic mine ripped a hole in the hull of a grain ship near Odesa in May 2024.",
            "explosion",
            "2024-05",
        ),
    ],
)
def test_a_past_event_recalled_with_its_date_first(nlp, text, kind, iso) -> None:
    found = incidents(nlp, text)
    assert [(i.type, i.date and i.date.iso) for i in found] == [(kind, iso)]


@pytest.mark.parametrize(
    "text",
    [
        "The coal mine was damaged by flooding on Sunday.",
        "The navy cleared sea mines from the harbour on Monday.",
        "Limpet mines are cheap and easy to attach to a hull.",
        "Police seized the yacht Amadea in Fiji on Monday.",
        "The tanker Stena X docked in Rotterdam on Monday.",
    ],
)
def test_mines_and_named_ships_with_nothing_done_are_no_incident(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the opening date is the verdict's, or the saying's
        "On 3 May 2019 two men were convicted of an arson at a depot in Gdansk.",
        "On 2 March 2026 the ministry said hackers had broken into the tax office's servers.",
    ],
)
def test_an_opening_date_of_a_verdict_or_a_saying_is_not_the_events(nlp, text) -> None:
    for found in incidents(nlp, text):
        assert found.date is None or found.date.iso not in ("2019-05-03", "2026-03-02")


def test_a_trials_lead_told_again_a_few_sentences_on_with_its_day_is_one_event(nlp) -> None:
    text = (
        "Two men went on trial in Poznan on Wednesday accused of burning down a warehouse "
        "on behalf of a foreign service.\n\nThe events took place in May 2025. The two were "
        "recruited online, prosecutors say.\n\nOn 14 May, the indictment says, the two men "
        "poured petrol over crates and set them alight.\n"
    )
    found = incidents(nlp, text)
    assert [(i.type, i.date and i.date.iso) for i in found] == [("fire", "2025-05-14")]


@pytest.mark.parametrize(
    "lead",
    [
        "Fire destroyed a warehouse in Lodz on Monday.",
        # not a trial's lead: an undated fire with no place is not told again by any fire
        "The toll from a fire at a depot rose to three on Thursday, officials said.",
    ],
)
def test_a_lead_and_a_later_fire_elsewhere_stay_two(nlp, lead) -> None:
    text = (
        f"Fires in Poland\n\n{lead}\n\nThe owner is insured. Police are "
        "investigating.\n\nOn 14 May, a fire gutted a depot in Krakow.\n"
    )
    assert len(incidents(nlp, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The Port of Kalmar said on Thursday that it had found malicious software on its "
        "cargo systems.",
        "The grid operator said it discovered a wiper on computers in its control room.",
        "Malware was detected on servers at the ministry of defence on Monday.",
        "The ferry company uncovered hostile code inside its booking system, it said.",
    ],
)
def test_malware_a_victim_found_on_its_systems_is_a_cyber_incident(nlp, text) -> None:
    assert [i.type for i in incidents(nlp, text)] == ["cyber"]


@pytest.mark.parametrize(
    "text",
    [
        "Researchers found malware in a popular weather app.",
        "The firm found a bug in its billing software on Monday.",
        "Investigators found malicious code online that targets port cranes.",
        "The port said it had not found any malware on its systems.",
        "Auditors found outdated software on the ministry's computers.",
    ],
)
def test_other_finds_or_none_are_no_cyber_incident(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "However, a separate cyberattack did take place that day.",
        "Still, an explosion did happen at the depot, the fire brigade said.",
        "A denial-of-service attack took down the websites of two ministries.",
        "A ransomware attack knocked out the booking systems of a ferry line.",
    ],
)
def test_an_act_affirmed_or_that_took_something_down_is_an_event(nlp, text) -> None:
    assert len(incidents(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Did a cyberattack take place that day? Nobody knows.",
        "A cyberattack did not take place, the ministry said.",
        "A cyberattack took time to plan, the report says.",
    ],
)
def test_a_question_a_denial_or_a_stative_take_is_no_event(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    ("text", "date", "iso"),
    [
        (
            "In November 2024 two undersea cables in the Baltic were cut.",
            "November 2024",
            "2024-11",
        ),
        (
            "In March two drones were spotted over the naval base at Karlskrona, the navy said.",
            "March",
            "2026-03",
        ),
        ("In June 2025 three warehouses in Lodz were set on fire.", "June 2025", "2025-06"),
    ],
)
def test_a_count_after_an_opening_date_is_no_day_of_it(nlp, text, date, iso) -> None:
    found = incidents(nlp, text)
    assert [(i.date.text, i.date.iso) for i in found if i.date] == [(date, iso)]


def test_a_day_and_month_opening_a_sentence_keep_their_day(nlp) -> None:
    found = incidents(nlp, "On 12 May 2025 a fire destroyed a depot in Lodz.")
    assert [(i.date.text, i.date.iso) for i in found] == [("12 May 2025", "2025-05-12")]


def test_an_interviews_answer_after_a_speaker_label_tells_the_event(nlp) -> None:
    text = (
        "Interview with a maritime analyst\n\nQ: Has this happened before?\n\n"
        "Novak: Pirates boarded the tanker Sea Lion off Togo in 2020. And on 12 May 2019 "
        "four ships anchored off Fujairah were damaged by limpet mines.\n"
    )
    found = annotate_text(text, nlp, published=TUESDAY)
    names = {a.id: a.name for a in found.actors}
    assert [(i.type, i.date and i.date.iso) for i in found.incidents] == [
        ("attack", "2020"),
        ("explosion", "2019-05-12"),
    ]
    assert all(names.get(i.perpetrator) != "Novak" for i in found.incidents)
