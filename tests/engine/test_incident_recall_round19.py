"""Round 19 (events missed in the sentence that tells them): fire idioms,
drone sightings as nouns, a group's claim of its own act, acts told as nouns,
ships hit by projectiles, intrusions into networks, "we can confirm that".
Each with its look-alikes. Sentences written for these tests (not from any
corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

FRIDAY = dt.date(2026, 3, 20)


def incidents(nlp, text: str):
    return annotate_text(text, nlp, published=FRIDAY).incidents


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # fire told by an idiom of its result
        ("In early March, a transformer station near Guben went up in flames.", "fire"),
        ("A warehouse in Kalisz went up in flames on Tuesday night.", "fire"),
        ("Two army lorries went up in smoke outside Rzeszów on Friday.", "fire"),
        ("The substation was engulfed in flames shortly after midnight.", "fire"),
        ("A depot of the rail operator was engulfed by fire in Brno on Monday.", "fire"),
        ("The police station in Lviv was reduced to ashes on Saturday.", "fire"),
        ("A depot of the rail operator burned to the ground in Brno on Monday.", "fire"),
        ("The community centre in Ostrava was gutted by fire on Sunday.", "fire"),
        # a sighting of drones, told as a noun
        (
            "Residents reported sightings of drones over a chemical plant in Leuna on Monday.",
            "airspace",
        ),
        (
            "People in Peitz were alarmed by sightings of drones above the plant on Friday.",
            "airspace",
        ),
        ("The sighting of a drone above the barracks on Monday prompted an alert.", "airspace"),
        # what one can confirm or tell that happened is told as real
        (
            "We can confirm that unknown drones were observed above the site on Friday night.",
            "airspace",
        ),
        ("I can tell you that a bomb exploded at the station on Monday.", "explosion"),
        # a group telling its own act
        ("The Houthi movement said Friday it had captured a car carrier in the Red Sea.", "attack"),
        (
            "The Houthis said on Tuesday they had struck a British oil tanker in the Gulf of Aden.",
            "strike",
        ),
        ("The rebels said they had seized the cargo ship Aurora off Hodeidah on Sunday.", "attack"),
        ("The rebels claimed they had hit a container ship in the Gulf of Aden.", "strike"),
        # past acts told as nouns
        (
            "The rebels' capture of the car carrier Galaxy Star in December 2023 shocked shippers.",
            "attack",
        ),
        ("The seizure of the tanker Nora by Iranian commandos in April was condemned.", "attack"),
        ("The torching of the Blue Park mall in Kraków in May was ordered from abroad.", "fire"),
        ("The burning of a warehouse in Riga last year was linked to the GRU.", "fire"),
        ("The hijacking of the ferry Estrella off Zanzibar made headlines.", "attack"),
        ("The downing of a passenger jet over Ukraine in 2014 killed 298 people.", "strike"),
        ("The storming of the embassy in Baghdad on 31 December drew condemnation.", "attack"),
        ("The Houthis announced that they had targeted the tanker Sounion.", "strike"),
        # ships hit by a projectile
        ("A container ship was hit by a projectile 50 nautical miles west of Hodeidah.", "strike"),
        ("A cargo vessel was struck by two projectiles south of Mokha on Sunday.", "strike"),
        ("A projectile hit the bulk carrier Ocean Lark off Aden on Monday.", "strike"),
        ("A merchant vessel had been hit by an unknown projectile, the agency said.", "strike"),
        # intrusions into networks and systems
        ("In August, attackers gained access to the control network of a water board.", "cyber"),
        ("Unknown actors obtained access to the email accounts of the ministry in March.", "cyber"),
        ("Intruders broke into the computer network of the port of Gdańsk on Sunday.", "cyber"),
        ("Criminals had broken into the servers of a hospital in Brno.", "cyber"),
    ],
)
def test_an_event_told_by_an_idiom_noun_or_claim_is_found(nlp, text, kind) -> None:
    assert [i.type for i in incidents(nlp, text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The party's hopes went up in flames after the vote.",
        "His career went up in smoke.",
        "The prices went up in March.",
        "The debate was engulfed in controversy.",
        "The deficit was reduced to zero last year.",
        "The burning of fossil fuels warms the planet.",
        "The capture of carbon is expensive.",
        "The seizure of assets by the court was upheld.",
        "Birdwatchers reported sightings of cranes over the lake.",
        "The group said it would seize more ships.",
        "The downing of tools by dock workers halted the port on Monday.",
        "The storming of the building by police freed the hostages.",
        "The United States targeted the tanker Sounion with sanctions in May.",
        "The government said it had struck a deal with the union.",
        "We can confirm that a cable could be cut.",
        "Only a laboratory can confirm whether the cable was cut.",
        "The ship was hit by a wave.",
        "The vessel was struck by lightning on Tuesday.",
        "A referee was hit by a projectile thrown from the stands.",
        "A police officer was struck by a projectile thrown by protesters.",
        "Staff gained access to the building on Monday.",
        "Investigators gained access to the suspect's email account.",
        "Customers could not gain access to their accounts on Monday.",
        "Burglars broke into a shop in Brno on Sunday.",
    ],
)
def test_a_look_alike_of_those_is_no_incident(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Two blasts at an arms depot in Vlachovice killed two workers on Monday.", "2026-03-16"),
        (
            "The ministry recalls that in 2015 two blasts at an arms depot in Zlín killed a guard.",
            "2015",
        ),
        ("Two explosions rocked the port of Odesa on Tuesday night.", "2026-03-17"),
        ("Three explosions shook the refinery near Ryazan on 12 March.", "2026-03-12"),
        ("Two fires at the depot in Kassel injured a firefighter.", None),
    ],
)
def test_two_or_three_bursts_at_one_place_and_time_are_one_event(nlp, text, iso) -> None:
    found = incidents(nlp, text)
    assert len(found) == 1
    assert (found[0].date and found[0].date.iso) == iso


@pytest.mark.parametrize(
    "text",
    [
        "Two attacks on the grid in July left thousands without power.",
        "Twelve explosions were recorded at arms depots across the region this year.",
        "Two fires broke out in the region last month.",
        "Three fires at warehouses in Poland were blamed on the same network.",
    ],
)
def test_counted_acts_at_many_places_or_times_are_no_single_event(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In early March, a transformer station near Guben went up in flames.", "Guben"),
        ("A warehouse in Kalisz went up in flames on Tuesday night.", "Kalisz"),
        ("Two army lorries parked in Rzeszów went up in smoke on Friday.", "Rzeszów"),
        ("A rail depot in Brno was engulfed in flames on Monday.", "Brno"),
        ("The police station in Lviv was reduced to ashes on Saturday.", "Lviv"),
    ],
)
def test_a_fire_told_by_an_idiom_is_where_the_thing_burnt_stood(nlp, text, place) -> None:
    assert [i.place for i in incidents(nlp, text)] == [place]


@pytest.mark.parametrize(
    ("text", "culprit"),
    [
        ("The rebels said they had seized the cargo ship Aurora off Hodeidah on Sunday.", "rebels"),
        ("Yemen's Houthi rebels said they had struck a British oil tanker on Monday.", "Houthi"),
        ("Black Sun claimed it had set fire to a cable duct near Berlin on Monday.", "Black Sun"),
    ],
)
def test_a_group_that_says_it_did_the_act_is_its_alleged_culprit(nlp, text, culprit) -> None:
    briefing = annotate_text(text, nlp, published=FRIDAY)
    names = {a.id: a.name for a in briefing.actors}
    [event] = briefing.incidents
    assert culprit in names.get(event.perpetrator, "")
    assert event.attribution == "alleged"


def test_what_a_body_says_it_is_doing_about_an_act_names_no_culprit(nlp) -> None:
    text = (
        "A power cable between Finland and Estonia was cut on Monday. Finnish police said "
        "on Thursday they were treating the damage as criminal mischief."
    )
    briefing = annotate_text(text, nlp, published=FRIDAY)
    assert [i.perpetrator for i in briefing.incidents] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "The cyber agency reported that a wave of denial-of-service attacks took down "
        "the websites of four ministries on Tuesday.",
        "A series of cyberattacks paralysed the websites of the Czech parliament on Monday.",
        "A wave of DDoS attacks brought down the online portals of three Polish banks on Sunday.",
        "Pro-Russian hackers shut down the website of the port of Rotterdam on Monday.",
        "A cyberattack knocked out the booking system of the ferry operator on Monday.",
        "A ransomware attack crippled the check-in systems of an airport in Berlin on Friday.",
    ],
)
def test_a_dated_wave_of_cyberattacks_on_named_sites_is_one_cyber_event(nlp, text) -> None:
    assert [i.type for i in incidents(nlp, text)] == ["cyber"]


@pytest.mark.parametrize(
    "text",
    [
        "Waves of cyberattacks have hit European governments for years.",
        "The company took down its website for maintenance on Monday.",
        "Police took down the hackers' websites on Tuesday.",
        "The storm disrupted the train operator's booking systems on Sunday.",
    ],
)
def test_sites_taken_down_by_no_attack_are_no_cyber_event(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing signed a pledge last September to refrain from breaking into computer systems.",
        "Both sides agreed to abstain from hacking into each other's networks.",
    ],
)
def test_an_act_one_pledges_to_refrain_from_is_no_incident(nlp, text) -> None:
    assert not incidents(nlp, text)
