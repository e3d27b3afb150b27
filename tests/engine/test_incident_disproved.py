"""What the text says did not take place, told in the shapes reporters use
(round 21, focus A): an errand never run, hearsay the text calls false, a
claim of which no trace was found, a weapon that did not go off after a
strike, a denial of a part in an event. Each table has the look-alikes that
must still be listed. Sentences written for these tests (not from any
corpus or gold set); each text opens with a headline line."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Security news\n\n"

events = events_on(FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Investigators said the courier had also been told to burn down a relay hut near "
        "Valga, something he never did.",
        "Prosecutors say the man was asked to set fire to a substation in Tartu, which he "
        "never did.",
        "The suspect was ordered to blow up a rail bridge near Daugavpils, a task he did not "
        "carry out.",
        "According to the indictment, he was paid to torch a warehouse in Kaunas but did not.",
        "The teenager was instructed to set fire to a bus depot in Riga, but he never did so.",
        "He had been told to sabotage a signal box near Poznan, which he never carried out.",
        "She was hired to set a car park in Gdansk on fire but never went through with it.",
        "The recruit was offered money to blow up a gas pipe near Narva, but refused to do so.",
        "The man was paid to torch a warehouse in Kaunas, but was arrested before he could.",
        "Investigators said he had been tasked with blowing up a rail bridge near Kaunas, which "
        "he never did.",
        "She was charged with setting fire to a bus depot in Riga, a job she never carried out.",
        "He was recruited to blow up a gas pipe near Narva, but he backed out at the last minute.",
        "The student was paid to set fire to a depot in Riga, but he lost his nerve.",
        "She was told to torch a car park in Gdansk but abandoned the plan.",
    ],
)
def test_an_errand_the_text_says_was_never_run_is_no_incident(nlp, text):
    assert events(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # the errand was run: "did so", "did not hesitate"
        "The courier was told to burn down a relay hut near Valga, and he did so on 3 May.",
        "He was told to set fire to a bus depot in Riga, and he did not hesitate.",
        "The courier set fire to a relay hut near Valga on 3 May, something he never did before.",
        "The woman was charged with setting fire to a warehouse in Vilnius in March, "
        "prosecutors said.",
    ],
)
def test_an_errand_that_was_run_is_still_listed(nlp, text):
    assert [e.type for e in events(nlp, HEADLINE + text)] == ["fire"]


@pytest.mark.parametrize(
    "text",
    [
        "Reports of a blast at the container terminal in Koper on Sunday turned out to be a "
        "false alarm: a compressor had burst.",
        "Calls about an explosion at the port of Gdynia proved to be a false alarm, police said.",
        "Fears of an attack on the refinery in Schwedt were unfounded, the operator said.",
        "Reports of an explosion at the depot in Kaunas on Monday were in fact a tyre bursting.",
        "Posts in local chat groups that a drone had hit the dormitory roof were untrue, the "
        "rector said; it was a kite.",
        "Rumours that saboteurs had cut a cable near Tallinn were false, the grid operator said.",
        "Claims on social media that a drone struck the power plant in Narva were wrong, "
        "officials said.",
        "Early reports that a second interconnector had also been cut proved wrong, the grid "
        "operator said.",
        "Initial reports that a drone had struck a tanker off Klaipeda were mistaken, the navy "
        "said.",
        "Messages that a bomb had gone off at the station in Lodz have since been shown to be "
        "false.",
        "Reports of an explosion at the port of Gdynia turned out to be a tyre bursting.",
        "Reports of a drone over Vilnius airport on Monday turned out to be a bird, officials "
        "said.",
        "Calls about a blast in Riga proved to be just a car backfiring.",
    ],
)
def test_hearsay_the_text_calls_false_is_no_incident(nlp, text):
    assert events(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Reports of an explosion at the depot in Kaunas turned out to be accurate, police "
            "said.",
            "explosion",
        ),
        (
            "Claims that a drone struck the power plant in Narva proved true, officials said.",
            "strike",
        ),
        (
            "Early reports that a cable near Tallinn had been cut proved right, the operator said.",
            "sabotage",
        ),
        (
            "Reports of a fire at the depot in Kaunas turned out to be an arson attack, police "
            "said.",
            "fire",
        ),
        (
            "Reports of an explosion at the depot in Kaunas turned out to be a bomb attack.",
            "explosion",
        ),
        (
            "Fears of an attack grew after a drone flew over the refinery in Schwedt on Monday.",
            "airspace",
        ),
    ],
)
def test_hearsay_confirmed_or_only_feared_keeps_its_event(nlp, text, kind):
    assert kind in [e.type for e in events(nlp, HEADLINE + text)]


@pytest.mark.parametrize(
    "text",
    [
        "Pro-Kremlin outlets said on Friday that Estonian commandos had blown up a railway "
        "bridge near Pskov; we found no trace of any such blast.",
        "Russian state media claimed that Polish saboteurs set fire to a fuel depot near "
        "Kaliningrad. There is no evidence of any such fire.",
        "State television reported that Finnish divers had cut a cable near Vyborg. Our "
        "reporters found no sign of any such damage.",
        "A Telegram channel claimed that drones had hit an airfield near Pskov, but there was "
        "no such attack, satellite images show.",
    ],
)
def test_a_claim_of_which_no_trace_was_found_is_no_incident(nlp, text):
    assert events(nlp, HEADLINE + text) == ()


def test_a_claim_confirmed_by_the_text_keeps_its_event(nlp):
    text = (
        "State media reported that drones hit an airfield near Pskov on Monday. Satellite "
        "images show burnt-out aircraft."
    )
    assert [e.type for e in events(nlp, HEADLINE + text)] == ["strike"]


STRIKE = "Drones struck the fuel depot in Engels overnight, the governor said. "


@pytest.mark.parametrize(
    "text",
    [
        "Another drone came down inside the refinery fence without exploding and was made safe "
        "by sappers the next morning.",
        "A second drone crashed near the depot but did not detonate.",
        "One more drone fell in a field and failed to go off.",
        "A further drone landed on a roof and was defused by sappers.",
    ],
)
def test_a_dud_after_a_strike_is_no_event_of_its_own(nlp, text):
    found = events(nlp, HEADLINE + STRIKE + text)
    assert [(e.type, e.place) for e in found] == [("strike", "Engels")]


def test_another_drone_that_hit_in_the_same_sentence_is_still_told(nlp):
    text = STRIKE + "A third drone hit a warehouse in Saratov, while a second did not explode."
    assert "Saratov" in [e.place for e in events(nlp, HEADLINE + text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Belarusian foreign ministry rejected any role in the Terespol blast, calling the "
        'charge "hysteria".',
        "Moscow denied involvement in the explosion at the Terespol depot.",
        "The group disclaimed responsibility for the arson at the Vilnius warehouse.",
        "Minsk has dismissed any part in the attack on the Terespol depot.",
    ],
)
def test_a_denial_of_a_part_in_an_event_is_no_new_entry(nlp, text):
    assert events(nlp, HEADLINE + text) == ()
