"""Round 13 of the incident rules: what its own sentence (or "it" or "the
blaze" in the next) puts down to an accident ("caused by a faulty valve",
"blamed on a storm", "was an accident", "after a signal failure", "ruling
out sabotage", "no sign of foul play") is no incident; so is a condition
told by inversion ("Had the device gone off"); a plan told
before an infinitive the parser joined elsewhere ("accused of ... and of
planning to set fire") stays out; tolls told as "No one was killed or
injured", one named person killed ("her colleague, the photographer X, was
killed"), and one person set upon who died, told in the sentence before or
after ("X died on 3 May. She had been stabbed ..."). Sentences written for
these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, toll

FRIDAY = dt.date(2026, 5, 15)


events = events_on(FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "A blast that ripped through a fertiliser plant in Linz on Monday, injuring three "
        "workers, was caused by a faulty gas valve, the labour inspectorate said.",
        "The outage of a power cable off Bornholm in March was later blamed on a storm.",
        "An explosion at a chemical depot near Gdynia on Sunday was caused by a short "
        "circuit, investigators said, ruling out sabotage.",
        "A fire at a warehouse in Ghent on Tuesday was an accident, police said.",
        "A break in a data cable off Gotland in January was blamed on ice, and the coast "
        "guard found no sign of foul play.",
        "Police ruled out arson after a fire destroyed a barn near Aarhus on Monday.",
        "A tram derailed near Plovdiv on Sunday after a signal failure, injuring nine passengers.",
        "An explosion at a fireworks plant in Pleven killed two workers on Monday; "
        "police said it was an accident.",
        "A blast tore through a bakery in Varna on Monday. Police said it was an accident.",
        "A fire gutted a sawmill in Tartu on Sunday. The blaze was caused by faulty "
        "wiring, firefighters said.",
    ],
)
def test_an_accident_its_own_sentence_tells_is_no_incident(nlp, text) -> None:
    assert events(nlp, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "She is accused of filming a military base and of planning to set fire to a "
        "depot storing fuel for Ukraine.",
        "The two men were charged with spying and with plotting to blow up a rail bridge "
        "near Poznan.",
        "Had the device gone off, dozens could have died, the prosecutor said.",
        "Were the dam to be breached, thousands would lose their homes.",
    ],
)
def test_a_plan_before_a_misjoined_infinitive_is_no_incident(nlp, text) -> None:
    assert events(nlp, text) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A fire at a depot in Kolding on Monday was started deliberately, police said. "
            "They have not ruled out sabotage.",
            "fire",
        ),
        ("A fire destroyed a rail depot in Ventspils on 3 March, police said.", "fire"),
        (
            "Two men set fire to a warehouse in Leipzig on Monday, police said.",
            "fire",
        ),
        (
            "An explosion caused by a bomb damaged a rail line near Deblin on Sunday.",
            "explosion",
        ),
        (
            "A drone hit a fuel depot in Kursk on Monday. The power went out after a storm.",
            "strike",
        ),
        (
            "A drone hit a fuel depot in Kursk on Monday. It was no accident, the governor said.",
            "strike",
        ),
        (
            "Two people were killed when a bomb exploded at a bus stop in Kherson; police "
            "said it was a deliberate attack.",
            "explosion",
        ),
    ],
)
def test_real_events_beside_those_words_stay(nlp, text, kind) -> None:
    found = events(nlp, text)
    assert [e.type for e in found][:1] == [kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Rivne, a drone hit a grain silo on Tuesday night. No one was killed or "
            "injured, officials said.",
            (0, 0),
        ),
        (
            "In 2023 he survived the shelling of a convoy near Avdiivka in which his "
            "colleague, the cameraman Petro Savchuk, was killed.",
            (1, None),
        ),
        (
            "Marta Kowal, a councillor, died on 9 May in a hospital in Lodz. She had been "
            "stabbed outside her office in the city centre three days earlier.",
            (1, None),
        ),
        (
            "A journalist was stabbed outside his flat in Kaunas on Monday. He died in "
            "hospital on Wednesday.",
            (1, None),
        ),
        (
            "A journalist was stabbed outside his flat in Kaunas on Monday. He did not "
            "die, his editor said.",
            (None, 1),
        ),
        (
            "His uncle died in 2019. He was stabbed outside his flat in Kaunas on Monday.",
            (None, 1),
        ),
    ],
)
def test_tolls_are_counted_as_told(nlp, text, expected) -> None:
    [event] = events(nlp, text)
    assert toll(event) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In Zhytomyr, debris from a downed drone damaged a nine-storey block of flats, "
            "injuring a man, officials said.",
            "strike",
        ),
        ("Fragments of a missile hit a kindergarten in Sumy on Tuesday.", "strike"),
        (
            "Latvian ministries have been targeted all year. The worst attack, on the "
            "customs service's online portal, was discovered on 4 May.",
            "cyber",
        ),
    ],
)
def test_events_told_by_their_debris_or_target_are_found(nlp, text, kind) -> None:
    assert [e.type for e in events(nlp, text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Debris from the collapsed bridge damaged a boat moored nearby.",
        "His attacks on her website were relentless.",
        "The senator's attack on the campaign website drew laughs.",
    ],
)
def test_no_event_from_other_debris_or_a_persons_attack(nlp, text) -> None:
    assert events(nlp, text) == ()
