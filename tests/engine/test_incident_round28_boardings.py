"""Round 28 of the incident rules: ships boarded, seized, detained, stopped
or intercepted. A boarding by the state's own bodies (police, coast guard,
border guard, navy, commandos, "authorities", a country) is an event of
type "other", no attack; a seizure by pirates, Houthis or Iran's
Revolutionary Guards stays an attack. A boarding told with the damage to a
cable whose suspect it boards is how that damage is told. Sentences
written for these tests (not from any corpus or gold set); each text opens
with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The Swedish coast guard boarded the tanker Sable Orion off Gotland on Monday.",
            "Gotland",
        ),
        (
            "Finnish police boarded the tanker Nordic Rose in the Gulf of Finland on Monday.",
            "Gulf of Finland",
        ),
        (
            "Estonian naval special forces boarded the tanker Vela Nord in the Gulf of Finland "
            "on Monday.",
            "Gulf of Finland",
        ),
        (
            "French naval commandos boarded and detained the tanker Palma Venture off "
            "Saint-Nazaire on Wednesday.",
            "Saint-Nazaire",
        ),
        (
            "The Estonian navy on Monday detained the tanker Orsk Meridian in the Gulf of "
            "Finland after it sailed without a valid flag.",
            "Gulf of Finland",
        ),
        (
            "Swedish authorities seized the Malta-flagged bulk carrier Vezhen off Karlskrona "
            "on Sunday.",
            "Karlskrona",
        ),
        (
            "A Finnish Border Guard patrol vessel intercepted the tanker Vesta Horizon south of "
            "Porkkala on Friday.",
            "Porkkala",
        ),
        (
            "Russian border guards seized the Finnish-owned cargo ship Saimaa Star near Gogland "
            "on Tuesday.",
            "Gogland",
        ),
    ],
)
def test_a_ship_boarded_by_an_authority_is_an_other_incident(nlp, text, place):
    (event,) = found(nlp, HEADLINE + text)
    assert (event.type, event.place) == ("other", place)


def test_a_ship_the_article_names_elsewhere_is_a_ship(nlp):
    text = (
        "The Comoros-flagged tanker Kaspian Star left Primorsk on Friday.\n\n"
        "Finnish police and the coast guard boarded and seized the Kaspian Star off "
        "Porkkala on Tuesday."
    )
    assert [e.type for e in found(nlp, HEADLINE + text)] == ["other"]


def test_a_present_verb_the_tagger_took_for_a_noun_still_boards(nlp):
    # "police board": tagged as the noun "board" with the ship as its object
    text = "3 March 2026 - Finnish police board the tanker Eagle S off Porvoo."
    assert [e.type for e in found(nlp, HEADLINE + text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran's Revolutionary Guards seized the tanker Talara Star in the Strait of Hormuz on "
        "Thursday.",
        "Pirates boarded the product tanker Bonny Trader south of Bioko on Sunday.",
        # a dateline's town the parser made the subject is no authority
        "ADEN, Yemen, July 8 - Yemen's Houthi movement said on Wednesday it had seized a "
        "Liberian-flagged bulk carrier in the southern Red Sea.",
        # a pronoun for the armed doer named in the sentence before
        "The rebels have attacked ships since May. In the same month they seized the tanker "
        "Sea Rose off the Yemeni coast.",
        # whoever fires weapons at a ship attacks it
        "On Sunday, men in a small skiff fired automatic weapons at the container ship Kestrel "
        "Bay west of Mokha.",
    ],
)
def test_a_hostile_seizure_or_assault_stays_an_attack(nlp, text):
    assert [e.type for e in found(nlp, HEADLINE + text)] == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Passengers boarded the ferry Viking Grace in Turku on Monday.",
        "A harbour pilot boarded the tanker Nordic Star off Gothenburg on Monday.",
        "The navy has boarded 30 tankers this year.",
        "Nordic navies should board shadow-fleet tankers, the minister said.",
        "The coast guard has the power to detain any ship in its waters.",
        "Police seized 200 kilograms of cocaine in the port of Rotterdam on Monday.",
        "Police arrested two sailors at the port of Turku on Monday.",
        # "they" with no armed doer before it
        "The ministers met in Oslo on Monday. In the same month they seized the tanker Sea "
        "Rose off the Yemeni coast.",
        "Officers fired warning shots at the fishing boat Maria off Tromsø on Monday.",
    ],
)
def test_routine_plans_counts_and_other_seizures_are_no_boarding(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # one sentence: the damage and the boarding of its suspect
        "The Estlink 2 power cable between Finland and Estonia was cut on Wednesday, and "
        "Finnish police boarded the tanker Eagle S.",
        "Finnish police on Tuesday detained a cargo ship suspected of dragging its anchor "
        "across the Fenno-Skan 2 undersea power cable.",
        # the next sentence, no day of its own
        "The Estlink 2 power cable between Finland and Estonia was damaged on Wednesday. "
        "Finnish police seized the tanker Eagle S, which they describe as part of Russia's "
        "shadow fleet.",
        # a later day, but told as the inquiry into the damage
        "A data cable between Helsinki and Tallinn was cut on Thursday. The Finnish coast "
        "guard on Sunday boarded the tanker Aurora Bay and is investigating whether its anchor "
        "caused the damage.",
    ],
)
def test_a_boarding_told_with_the_damage_is_that_damage(nlp, text):
    assert [e.type for e in found(nlp, HEADLINE + text)] == ["sabotage"]


def test_a_headline_detention_over_the_damage_is_its_headline(nlp):
    text = (
        "Latvia detains freighter after Baltic cable cut\n\n"
        "A fibre-optic cable between Ventspils and Gotland was cut on Sunday, and Latvian "
        "investigators detained a bulk carrier suspected of dragging its anchor across it."
    )
    assert [e.type for e in found(nlp, text)] == ["sabotage"]


def test_a_boarding_on_a_later_line_of_a_timeline_is_an_event_of_its_own(nlp):
    text = (
        "Feb. 8, 2026 - A power cable between the Swedish mainland and Gotland is damaged "
        "east of Oskarshamn.\n\n"
        "Feb. 9, 2026 - The Swedish coast guard boards the cargo ship Mira Sol off Gotland "
        "and escorts it to the port of Slite."
    )
    assert [e.type for e in found(nlp, HEADLINE + text)] == ["sabotage", "other"]


def test_two_tellings_of_one_ship_boarded_are_one_boarding(nlp):
    text = (
        "On Sunday the Estonian navy boarded and detained the tanker Veyra.\n\n"
        "At about 11:40 our patrol vessel Raju stopped the tanker Veyra in Estonian "
        "territorial waters, north of Vaindloo island."
    )
    assert [e.type for e in found(nlp, HEADLINE + text)] == ["other"]


def test_a_pronoun_for_the_country_named_before_it_detains(nlp):
    text = (
        "Estonia has taken a harder line on tankers since it detained the Kiwala, an "
        "unflagged tanker, in its waters in April 2025."
    )
    assert [e.type for e in found(nlp, HEADLINE + text)] == ["other"]
    # a pronoun for no authority
    text = "Greenpeace has protested for years and it boarded the tanker Nordic Star on Monday."
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # the verb left without subject or object by the parser on a dated line
        "October 3, 2025 – The Swedish coast guard boards the Gabon-flagged tanker Sable Orion "
        "off Gotland.",
        "The Swedish coast guard boards the tanker Sable Orion off Gotland on Monday, the "
        "agency said.",
    ],
)
def test_a_timeline_s_present_boarding_is_read_however_parsed(nlp, text):
    assert [e.type for e in found(nlp, HEADLINE + text)] == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "The company board the ship every morning.",
        "The school board a new plan on Monday.",
        "The harbour board a tanker into the port.",
    ],
)
def test_a_board_that_is_no_authority_boards_nothing(nlp, text):
    assert found(nlp, HEADLINE + text) == ()
