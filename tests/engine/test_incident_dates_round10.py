"""Dates and perpetrators told around an event rather than in its own words:
a poisoning found later whose victim fell ill in a sentence before, the date
a "when" clause hangs on, the parts of a night's strikes in a roundup, a
night of strikes in a dated lead, "hours later", a thing found damaged on a
day after its year was told, and culprits named in a later sentence.
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

THURSDAY = dt.date(2026, 3, 12)


def briefing(nlp, text: str, published: dt.date | None = THURSDAY):
    return annotate_text(text, nlp, published=published)


def names(result, actor_id) -> set[str]:
    actor = result.actor(actor_id)
    return {actor.name, *actor.aliases} if actor else set()


@pytest.mark.parametrize(
    ("text", "place", "iso"),
    [
        (
            "Tomas Varga, 52, a lawyer for exiled reporters, fell ill at a hotel bar in "
            "Kaunas on 9 February. It was only after he was taken to a clinic in Prague on "
            "14 February that doctors concluded he had been poisoned.",
            "Kaunas",
            "2026-02-09",
        ),
        (
            "In November, an activist who campaigns against Moscow, Olga Petrenko, collapsed "
            "at a bar in the Kalamaja district of Tallinn and spent a week in a coma. Her "
            "colleagues believe she was poisoned.",
            "Tallinn",
            "2025-11",
        ),
    ],
)
def test_a_poisoning_found_later_is_placed_and_dated_where_the_victim_fell_ill(
    nlp, text, place, iso
) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.type == "attack"
    assert place in (event.place or "") + (event.area or "")
    assert event.date is not None and event.date.iso == iso
    assert event.perpetrator is None  # the one who fell ill is the victim


@pytest.mark.parametrize(
    "text",
    [
        "The singer collapsed on stage in Lyon on Friday and was taken to hospital.",
        "She fell ill at a conference in Oslo on 3 March. Doctors said she had the flu.",
    ],
)
def test_falling_ill_without_a_poisoning_is_no_event(nlp, text) -> None:
    assert briefing(nlp, text).incidents == ()


def test_a_when_clause_on_a_remembered_date_is_that_events_time(nlp) -> None:
    text = (
        "Someone fired shots at a substation outside Tulsa early on Sunday, cutting power "
        "to 3,000 homes. The attack revived memories of August 2023, when gunmen shot at a "
        "transformer station near Wichita."
    )
    first, second = briefing(nlp, text).incidents
    assert first.date.iso == "2026-03-08"
    assert second.date.iso == "2023-08" and "Wichita" in second.place


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "The depot, which belonged to a Polish firm that repairs Ukrainian tanks, was set "
            "on fire on the evening of 14 October 2024, prosecutors said on Monday.",
            "2024-10-14",
        ),
        (
            "A grenade was thrown at the home of Pavel Ures, a blogger who mocks the Kremlin, "
            "in the early hours of 3 February, police in Brno said on Tuesday.",
            "2026-02-03",
        ),
    ],
)
def test_a_part_of_a_day_after_a_clause_about_the_victim(nlp, text, iso) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.date is not None and event.date.iso == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Russia fired 60 drones at Ukraine overnight, the air force said on Thursday.\n\n"
            "In Sumy, a missile struck a fuel depot, starting a fire. No one was hurt.",
            "2026-03-12",
        ),
        (
            "Russia fired 60 drones at Ukraine overnight, the air force said on Thursday.\n\n"
            "On Monday, officials met in Kyiv to discuss air defence.\n\n"
            "In Sumy, a missile struck a fuel depot, starting a fire.",
            None,  # another time told since the night: no date rather than a guess
        ),
    ],
)
def test_the_parts_of_a_nights_strikes_take_its_night(nlp, text, iso) -> None:
    # every entry the rules find: which are listed is the confidence model's (round 25)
    events = annotate_text(text, nlp, published=THURSDAY, all_incidents=True).incidents
    sumy = next(e for e in events if e.place and "Sumy" in e.place)
    assert (sumy.date.iso if sumy.date else None) == iso


def test_a_night_of_strikes_in_a_dated_lead_and_hours_later(nlp) -> None:
    text = (
        "Life on the riverbank\n\n"
        "GALATI, Romania, 4 May 2026 — From the embankment, fishermen watched a night of "
        "strikes on the port of Reni across the water.\n\n"
        "Hours later, soldiers found fragments of a drone in an orchard near the village of "
        "Plaur."
    )
    strikes, fragments = briefing(nlp, text, published=None).incidents
    assert strikes.date.iso == "2026-05-04"
    assert fragments.date.iso == "2026-05-04"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "The case recalls the rupture of the Baltica gas pipeline in 2024, which halted "
            "supplies for months. That pipeline was found damaged on 12 January 2024.",
            "2024-01-12",
        ),
        (
            "Hackers broke into the computer systems of a water utility in Tartu this year. "
            "The breach was discovered on 6 February.",
            "2026-02-06",
        ),
    ],
)
def test_a_day_told_in_the_next_sentence_wins_over_the_year(nlp, text, iso) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.date is not None and event.date.iso == iso


@pytest.mark.parametrize(
    ("text", "culprit", "attribution"),
    [
        (
            "A fire destroyed a warehouse of a drone maker in Brno on Monday. Investigators "
            "have linked the fire to Russia's military intelligence.",
            "russia",
            "alleged",
        ),
        (
            "A data cable between Sweden and Lithuania was cut on Monday. Police suspect the "
            "crew of the bulk carrier Ocean Wave dragged its anchor across it.",
            "ocean wave",
            "alleged",
        ),
        (
            "A missile hit a tanker off Aden on Tuesday. The Houthi movement claimed the attack.",
            "houthi",
            "alleged",
        ),
        (
            "Two men set fire to a depot in Riga on Monday, the court heard. The prosecution "
            "says the men were recruited by Russian military intelligence.",
            "russia",
            "alleged",
        ),
        (
            "Hackers took down the website of Latvia's parliament on Monday. Officials "
            "attributed the attack to a pro-Russian group known as NoName057.",
            "noname057",
            "alleged",
        ),
        ("A Russian MiG-31 jet entered Finnish airspace near Porvoo on Monday.", "russia", None),
    ],
)
def test_a_culprit_named_in_a_later_sentence_or_by_its_weapon(
    nlp, text, culprit, attribution
) -> None:
    result = briefing(nlp, text)
    [event] = result.incidents
    assert any(culprit in n.lower() for n in names(result, event.perpetrator))
    if attribution:
        assert event.attribution == attribution


def test_a_culprit_is_never_a_place_nor_the_victims_patron(nlp) -> None:
    text = (
        "Maria Dolgova, a close aide of the late opposition leader Boris Lenkov, was stabbed "
        "outside her home in Vilnius on Monday."
    )
    result = briefing(nlp, text)
    [event] = result.incidents
    assert event.perpetrator is None
    fire = briefing(
        nlp,
        "A fire destroyed a warehouse in Brno on Monday. Investigators have linked the fire "
        "to Russia's military intelligence.",
    ).incidents[0]
    assert fire.place == "Brno"


@pytest.mark.parametrize(
    ("text", "culprit"),
    [
        (
            "Latvia's army said a Russian Su-24 bomber entered Latvian airspace near the town "
            "of Zilupe on Sunday.",
            "russia",
        ),
        (
            "Fire gutted a warehouse of an aid charity in Gdansk early on Monday. A group calling "
            "itself the Baltic Foxes claimed responsibility.",
            "baltic foxes",
        ),
    ],
)
def test_a_nation_inside_a_mistagged_name_and_a_group_by_its_own_name(nlp, text, culprit) -> None:
    result = briefing(nlp, text)
    [event] = result.incidents
    assert any(culprit in n.lower() for n in names(result, event.perpetrator))


def test_a_headline_joins_the_event_of_its_agent(nlp) -> None:
    text = (
        "Drones over Swedish port; Russian jet enters Finnish airspace\n\n"
        "Drones were seen over the port of Lulea late on Tuesday, police said.\n\n"
        "Finland's defence ministry said a Russian Su-30 fighter jet entered Finnish airspace "
        "near the island of Suursaari on Wednesday."
    )
    result = briefing(nlp, text)
    drones, jet = result.incidents
    assert drones.perpetrator is None
    assert "Russia" in names(result, jet.perpetrator)
