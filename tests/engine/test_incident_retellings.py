"""Round 16, one entry per event told first in brief, then in full: the
event named by a death toll that rose is the event the body tells, whatever
day the toll rose; an item of a summary list ("This week: ...") is a
mention of its full telling at the same place, never an event of its own.
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, found_on

FRIDAY = dt.date(2026, 5, 15)


events = events_on(FRIDAY)
found_apart = found_on(FRIDAY)  # before the confidence model's listing


@pytest.mark.parametrize(
    ("text", "kinds", "iso"),
    [
        # the toll rose on Tuesday; the drones hit on Monday: one event, Monday
        (
            "Russian drone strike on Sumy kills three\n\nThe death toll from a Russian "
            "drone attack on Sumy rose to six on Tuesday, officials said. The drones hit "
            "an apartment block in the city centre late on Monday.",
            ["strike"],
            ["2026-05-11"],
        ),
        (
            "The number of dead from a missile attack on Kherson climbed to five on "
            "Wednesday. A missile struck a bus station in Kherson on Tuesday morning.",
            ["strike"],
            ["2026-05-12"],
        ),
        # the event's own day is kept
        (
            "The death toll from Monday's missile attack on Kherson rose to five on "
            "Wednesday, the governor said.",
            ["strike"],
            ["2026-05-11"],
        ),
        # nothing else dates the event: the day of the rise stays
        (
            "The death toll from a missile attack on Kherson rose to five on Wednesday, "
            "the governor said.",
            ["strike"],
            ["2026-05-13"],
        ),
    ],
)
def test_the_event_a_risen_toll_names_is_the_event_told(nlp, text, kinds, iso) -> None:
    found = events(nlp, text)
    assert [e.type for e in found] == kinds
    assert [e.date.iso if e.date else None for e in found] == iso


DIGEST = (
    "This week: a drone attack on a refinery in Ryazan, a missile strike on a grain "
    "ship off Izmail and an arson attack on a depot in Riga.\n\n"
)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            DIGEST + "Drones struck the Ryazan refinery on Tuesday, the governor said.\n\n"
            "A missile hit a grain ship near Izmail on Wednesday, injuring two sailors.\n\n"
            "A warehouse at a depot in Riga was set on fire on Thursday night, police said.",
            ["Ryazan", "Izmail", "Riga"],
        ),
        # items not told again stay events
        (
            DIGEST + "A missile hit a grain ship near Izmail on Wednesday, injuring two sailors.",
            ["Ryazan", "Izmail", "Riga"],
        ),
        # a telling at another place is another event
        (
            DIGEST + "A missile hit a tanker near Reni on Wednesday, injuring two sailors.",
            ["Ryazan", "Izmail", "Riga", "Reni"],
        ),
        # a second strike at the same place, on another day: the item is taken
        (
            DIGEST + "A missile hit a grain ship near Izmail on Wednesday, injuring two "
            "sailors.\n\nOn Friday a missile hit a tug near Izmail, killing its captain.",
            ["Ryazan", "Izmail", "Riga", "Izmail"],
        ),
        # a list a colon opens, however it is parsed
        (
            "In this issue: a cyberattack on a water utility in Gdansk, drones over an "
            "airbase near Rostock, and a shooting at a cafe in Marseille.\n\n"
            "Two men were shot at a cafe in Marseille on Wednesday, police said.",
            ["Gdansk", "Marseille"],
        ),
        # a list of events dated otherwise (last year) is not this week's telling
        (
            "Last year saw a missile strike on a port in Izmail and an arson attack on a "
            "depot in Riga. A missile hit a grain ship near Izmail on Wednesday, injuring "
            "two sailors.",
            ["Izmail", "Riga", "Izmail"],
        ),
    ],
)
def test_a_summary_item_is_a_mention_of_its_full_telling(nlp, text, places) -> None:
    found = found_apart(nlp, text)
    assert len(found) == len(places)
    for event, place in zip(found, places, strict=True):
        assert place in (event.place or "")


def test_a_summary_parsed_as_appositions_keeps_its_members_apart(nlp) -> None:
    """Members stay apart, none takes its sister's place, and each joins the
    telling at a place its words name ("the Old Town of Tallinn", "Tallinn's
    Old Town")."""
    text = (
        "Weekly brief\n\nThis week: a drone attack on Moldavia's largest oil depot, a "
        "missile strike on a bulk carrier and a stabbing in the Old Town of Tallinn.\n\n"
        "A drone struck the Varna oil depot in Moldavia's Bessa region on Tuesday.\n\n"
        "A man stabbed two guards in Tallinn's Old Town on Thursday."
    )
    found = found_apart(nlp, text)
    assert [(e.type, len(e.mentions)) for e in found] == [
        ("strike", 2),
        ("strike", 1),
        ("attack", 2),
    ]
    assert found[1].place is None
    assert [text[e.start : e.end].split()[:2] for e in (found[0], found[2])] == [
        ["A", "drone"],
        ["A", "man"],
    ]


UPDATE = (
    "The death toll from a Russian missile attack on Kherson rose to eleven on Thursday, "
    "officials said. Rescuers were still searching the rubble. "
)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # "the missile", a few sentences on: the event the risen toll named
        (
            UPDATE + "Crews worked through the night. The missile struck a school in the "
            "city's Dnipro district on Tuesday night.",
            [2],
        ),
        # told at the place the update gives
        (
            UPDATE + "Crews worked through the night. A missile struck a school in Kherson "
            "on Tuesday night.",
            [2],
        ),
        # another place, not told as "the" missile: another strike
        (
            UPDATE + "Crews worked through the night. A missile struck a school in Odesa "
            "on Tuesday night.",
            [1, 1],
        ),
    ],
)
def test_the_event_a_risen_toll_names_is_told_in_full_later(nlp, text, counts) -> None:
    assert [len(e.mentions) for e in events(nlp, text)] == counts


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a trial's retelling with the last word parsed into a phrase: one fire, in April
        (
            "Two men went on trial in Dresden on Wednesday accused of arson. Prosecutors "
            "say they set a parcel depot in Görlitz alight in April. The fire caused "
            "heavy damage.",
            ["2026-04"],
        ),
        # "alight" as a figure of speech is no fire
        ("The striker set the stadium in Porto alight with two late goals.", []),
        ("The striker set the stadium alight with two late goals.", []),
    ],
)
def test_a_trial_tells_the_fire_it_is_about(nlp, text, dates) -> None:
    found = events(nlp, text)
    assert [e.date.iso if e.date else None for e in found] == dates
    assert all(len(e.mentions) == 2 for e in found)


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a press release: "this attack" is the attack just told; the drone's
        # entry, told first in brief and then by the minute, is one event
        (
            "A Russian drone violated Latvian airspace overnight, the army said on "
            "Thursday.\n\nDuring the night of 13 to 14 May, the Russian Federation carried "
            "out a massive attack on Ukraine's ports. During this attack, at 03:05, an "
            "unmanned aerial vehicle entered the airspace of Latvia near Zilupe.",
            [("airspace", 2), ("attack", 2)],
        ),
        (
            "During the night of 13 to 14 May, the Russian Federation carried out a massive "
            "attack on Ukraine. During this attack, at 03:05, an unmanned aerial vehicle "
            "entered the airspace of the Republic of Latvia.",
            [("attack", 2), ("airspace", 1)],
        ),
    ],
)
def test_during_this_attack_points_back_to_the_attack(nlp, text, counts) -> None:
    assert [(e.type, len(e.mentions)) for e in events(nlp, text)] == counts
