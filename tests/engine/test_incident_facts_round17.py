"""Round 17 of the incident rules: facts of events already found. Those in
hospital or intensive care are the hurt; the day of a timeline line is never
a count; a line's own year dates its event, and its date never runs into a
count after the dash. Sentences written for these tests (not from any corpus
or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, toll

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 5, 20)


events = events_on(WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those in hospital or intensive care were hurt, counted or one
        (
            "A gas explosion at a chemical plant in Opole on Monday was caused by "
            "sabotage, prosecutors said. A worker has died and four others are in hospital.",
            (1, 4),
        ),
        (
            "A bomb exploded at a bus stop in Mostar on Friday. Two people remain in "
            "intensive care.",
            (None, 2),
        ),
        ("A drone hit a school in Sumy on Monday. A teacher is in hospital.", (None, 1)),
        (
            "A drone hit a school in Sumy on Monday, injuring five children. Two of them "
            "remain in hospital.",
            (None, 5),
        ),
        # in a hospital, but not as a patient
        (
            "A drone hit a school in Sumy on Monday. The mayor, who was in hospital "
            "visiting the wounded, condemned the attack.",
            None,
        ),
        (
            "A fire destroyed a warehouse in Lodz on Monday. Three workers were in the "
            "hospital's car park when it started.",
            None,
        ),
        # what could have happened counts no one
        (
            "A bomb exploded at a ferry terminal in Ostend on 14 June, injuring seven "
            "people. Prosecutors say it could have killed dozens had the hall been full.",
            (None, 7),
        ),
        (
            "A bomb exploded at a ferry terminal in Ostend on 14 June, injuring seven "
            "people. Many more might have been hurt if the hall had been full.",
            (None, 7),
        ),
        # hurt fighting the fire: the fire's toll
        (
            "A warehouse in Lodz burned down on Monday. Three firefighters were injured as "
            "they tackled the blaze.",
            (None, 3),
        ),
        (
            "Police said a man set fire to cable trays on a supply ship in Gdansk on Monday "
            "night. The fire burned for two hours. Two welders were hurt while fighting the "
            "flames.",
            (None, 2),
        ),
        # the day of a timeline line is not a count
        (
            "Border incidents, 2025\n\n9 June - A border guard is shot and wounded in "
            "the leg near the village of Dubicze.",
            (None, 1),
        ),
        (
            "Border incidents, 2025\n\nJuly 14 - Two soldiers are stabbed through the "
            "fence near the village of Narewka.",
            (None, 2),
        ),
    ],
)
def test_tolls(nlp, text, expected):
    (event,) = events(nlp, text)
    assert toll(event) == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a timeline line's own year dates its event
        (
            "Border incidents\n\n28 May 2024 - A soldier is stabbed through a fence near "
            "the village of Narewka.",
            ("28 May 2024", "2024-05-28"),
        ),
        (
            "Sabotage in the Baltics, 2025\n\nMarch 3, 2024: A fire destroyed a depot in Tartu.",
            ("March 3, 2024", "2024-03-03"),
        ),
        # a clock time after the line's date
        (
            "Cable breaks: a timeline\n\nDec. 24, 11:05 — A fire breaks out at a substation "
            "near Kotka.",
            ("Dec. 24", "2025-12-24"),
        ),
        # the line's date never runs into the count after its dash
        (
            "Drones over Poland\n\n10 September 2025 - About 20 Russian drones crossed "
            "into Polish airspace.",
            ("10 September 2025", "2025-09-10"),
        ),
    ],
)
def test_timeline_line_dates(nlp, text, date):
    (event,) = events(nlp, text)
    assert event.date is not None
    assert (event.date.text, event.date.iso) == date


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a hit utility's or operator's town, told in a clause on whom it serves
        (
            "Hackers broke into the systems of Lindvik Water, which supplies about 60,000 "
            "households in Odense, on Monday.",
            "Odense",
        ),
        (
            "A cyberattack on Monday disabled the control room of Vestra Energy, a grid "
            "operator that serves Lviv.",
            "Lviv",
        ),
        # a clause on something else the firm did says nothing of where
        (
            "Hackers broke into the systems of Lindvik Water, which is accused of "
            "polluting a river in Odense, on Monday.",
            None,
        ),
        # a site named by words the tagger does not know, with its kind
        ("A fire broke out on the Brandvik B platform on Monday.", "Brandvik B platform"),
        # a name the tagger took for an adjective, before its kind of site
        (
            "On Tuesday, a truck rammed the main gate of the Ķekava military base and was "
            "stopped by a barrier.",
            "Ķekava military base",
        ),
        # a people's adjective is no name
        ("A drone was spotted over the Russian military base in Kaliningrad.", "Kaliningrad"),
        # a sea area after an offshore site
        (
            "A drone damaged a transformer at an offshore wind farm in the German Bight on Monday.",
            "German Bight",
        ),
        # what a relative clause says of the thing hit, told of what it holds
        (
            "Police are investigating a fire that gutted a warehouse storing spare parts "
            "in the town of Alytus on Saturday.",
            "Alytus",
        ),
        # a town the tagger took for a language
        ("Drones struck a refinery in Saratov overnight.", "Saratov"),
    ],
)
def test_places(nlp, text, place):
    (event,) = events(nlp, text)
    assert event.place == place


def culprit(nlp, text: str) -> str | None:
    briefing = annotate_text(text, nlp, published=WEDNESDAY)
    names = {a.id: a.name for a in briefing.actors}
    culprits = {names.get(e.perpetrator) for e in briefing.incidents if e.perpetrator}
    assert len(culprits) <= 1
    return culprits.pop() if culprits else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side telling of its own strike
        (
            "Ukraine's General Staff says its long-range drones struck a refinery in "
            "Saratov overnight.",
            "Ukraine",
        ),
        # "their" may be the enemy's: no culprit
        ("Kyiv's mayor said their drones hit a power plant in the city on Monday.", None),
        # a court's verdict names the one convicted
        (
            "The court also found Dmitri Volkov guilty of setting fire to a car in Leipzig "
            "in March.",
            "Dmitri Volkov",
        ),
        (
            "A court in Munich on Tuesday convicted Pavel Kral of setting fire to a "
            "warehouse in Dachau in May 2025.",
            "Pavel Kral",
        ),
        # acquitted or only charged: no culprit
        (
            "The court did not find Dmitri Volkov guilty of setting fire to a car in "
            "Leipzig in March.",
            None,
        ),
        (
            "Prosecutors charged Pavel Kral with setting fire to a warehouse in Dachau in "
            "May 2025.",
            None,
        ),
    ],
)
def test_culprits(nlp, text, expected):
    assert culprit(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a verb with no subject of its own happened when the one before it did
        (
            "The judges found that the two men cut through the fence on the night of 11 "
            "to 12 August 2025 and set fire to the depot.",
            "2025-08-11",
        ),
        (
            "Two men climbed onto the roof of a warehouse in Gdynia on 3 May 2025 and set "
            "fire to it.",
            "2025-05-03",
        ),
        # an arrest's day is not the act's
        (
            "Police arrested two men on 3 May 2025 and charged them with setting fire to a "
            "warehouse in Gdynia.",
            None,
        ),
    ],
)
def test_dated_by_the_verb_before(nlp, text, iso):
    (event,) = events(nlp, text)
    assert (event.date.iso if event.date else None) == iso


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the home town of a firm that was hit
        (
            "Hackers encrypted the booking systems of Den Helder-based Seaward Services on Monday.",
            "Den Helder",
        ),
        # a town the text names for the act is closer
        (
            "A fire destroyed a warehouse of a Gdansk-based logistics firm in Gdynia on Monday.",
            "Gdynia",
        ),
        # the base of those who acted says who, not where
        ("Hackers from a Minsk-based group broke into the website of the ministry.", None),
    ],
)
def test_home_towns(nlp, text, place):
    (event,) = events(nlp, text)
    assert event.place == place


def test_an_accusation_in_the_lead_is_the_act_told_below(nlp):
    text = (
        "Two men went on trial in Gdansk on Wednesday accused of burning down a storage "
        "hall of a shopping centre.\n\nOn 30 March 2025, the indictment says, the two men "
        "poured petrol over pallets stacked against the wall of the hall and set them "
        "alight. The fire destroyed the hall."
    )
    (event,) = events(nlp, text)
    assert event.date is not None and event.date.iso == "2025-03-30"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blame for this act names its culprit
        (
            "A warehouse in Wroclaw burned down on Monday. Poland blamed Russia for the fire.",
            "Russia",
        ),
        (
            "A warehouse in Wroclaw burned down on Monday. Poland blamed the fire on Russia.",
            "Russia",
        ),
        # blame for other or many acts does not
        (
            "A warehouse in Wroclaw burned down on Monday. Poland has blamed Russia for a "
            "string of similar attacks.",
            None,
        ),
        (
            "A warehouse in Wroclaw burned down on Monday. Officials blamed other arson "
            "attacks on Russia.",
            None,
        ),
        (
            "A warehouse in Wroclaw burned down on Monday. Poland has blamed Russia for "
            "attacks on rail lines.",
            None,
        ),
    ],
)
def test_blame_for_other_acts(nlp, text, expected):
    assert culprit(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # a time opening a sentence the parser found no verb in
        (
            "On 4 March 2025, a parcel sent by courier caught fire at a depot near "
            "Leipzig airport, injuring two workers.",
            "2025-03-04",
        ),
    ],
)
def test_dated_by_the_opening_time(nlp, text, iso):
    (event,) = events(nlp, text)
    assert event.date is not None and event.date.iso == iso


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # local police telling of an event with no place of its own
        ("Hamburg police confirmed that a journalist was attacked on Wednesday.", "Hamburg"),
        (
            "Police in Kotka said a fire that damaged a substation was started deliberately.",
            "Kotka",
        ),
        # the event's own place comes first
        ("Berlin police said a journalist was attacked in Potsdam on Wednesday.", "Potsdam"),
        # a country's police say nothing closer
        ("Polish police said a warehouse was set on fire on Monday.", None),
    ],
)
def test_local_police(nlp, text, place):
    (event,) = events(nlp, text)
    assert event.place == place
