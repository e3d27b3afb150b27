"""Round 20 (events missed in the sentence that tells them): a parliamentary
answer's frame ("The Deputy will be aware that ..."), a finding of damage
to a length of something, a service put out of reach by a cyber attack.
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
        # the listener's knowing, framed with a modal of courtesy
        (
            "The Deputy will also be aware that on 4 March, two Russian bombers entered "
            "the Shannon FIR without filing a flight plan.",
            "airspace",
        ),
        (
            "The Senator will know that two drones were seen over the naval base on 3 March.",
            "airspace",
        ),
        (
            "Members may be aware that on 14 February a data cable linking two ports was damaged.",
            "sabotage",
        ),
        ("The member will recall that a fire broke out at the depot on 2 March.", "fire"),
        (
            "The Minister will be aware that a bomb exploded at the barracks in January.",
            "explosion",
        ),
        ("As the Deputy knows, two drones were seen over the port on 4 March.", "airspace"),
        # the speaker's telling, with "can"
        (
            "I can inform the House that on 4 March, two drones were seen over Baldonnel.",
            "airspace",
        ),
        ("I can assure the Deputy that a cable was cut near the coast on 2 March.", "sabotage"),
        ("I can advise the Senator that the depot was set on fire on 6 March.", "fire"),
        # entering a flight information region is an airspace event
        ("Two Russian military aircraft entered the Shannon FIR on 4 March.", "airspace"),
    ],
)
def test_an_event_told_inside_an_answer_frame_is_found(nlp, text, kind) -> None:
    assert [i.type for i in incidents(nlp, text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The Deputy will be aware that drones could have flown over the base.",
        "The Deputy will be aware that bombers may enter the FIR at any time.",
        "The Deputy will be aware that the Defence Forces would shoot down any drone.",
        "The Deputy will appreciate that an attack on a cable would be serious.",
        "The Senator will know that drones fly over bases every week.",
        "I can inform the House that no drones were seen over the port.",
        "I can inform the House that a fire could break out at any depot.",
        "Two civilian airliners entered the Shannon FIR on 4 March.",
    ],
)
def test_a_framed_look_alike_is_no_incident(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "On inspection, engineers found that a length of track had been damaged by a device.",
        "Investigators found that a stretch of cable had been cut near the harbour on Monday.",
        "Crews discovered that several sections of the pipeline had been damaged.",
        "Inspectors established that a portion of the fence and the cable had been cut.",
        "A length of the power cable was cut near the substation on Sunday.",
        "Lengths of signal cable were cut on the line near Pardubice on Sunday.",
        "Divers found that pieces of the data cable had been severed on the seabed.",
    ],
)
def test_damage_to_a_length_of_something_is_found(nlp, text) -> None:
    assert [i.type for i in incidents(nlp, text)] == ["sabotage"]


@pytest.mark.parametrize(
    "text",
    [
        "Engineers found that a length of track needed replacing.",
        "A length of rope was cut to size.",
        "The report found that a section of the budget had been cut.",
        "A portion of the funding was cut last year.",
    ],
)
def test_a_length_of_something_else_is_no_incident(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The tax office's online portal was unreachable for about six hours on Monday "
        "after a DDoS attack.",
        "The tax portal was inaccessible on Monday following a distributed "
        "denial-of-service attack.",
        "The council's website was offline for most of Tuesday after pro-Russian hackers "
        "flooded it with traffic.",
        "The portal was unreachable on Monday after being hit by a DDoS attack.",
        "The ticket platform was knocked offline on Monday by a wave of DDoS attacks.",
        "The ticketing system of the rail operator went down on Sunday. "
        "Hackers claimed responsibility.",
        "The tax portal was unreachable on Monday. A pro-Russian group said it had hacked it.",
        "The booking systems of the ferry line stayed unavailable on Friday after a cyber attack.",
    ],
)
def test_a_service_put_out_of_reach_by_hackers_is_a_cyber_incident(nlp, text) -> None:
    assert [i.type for i in incidents(nlp, text)] == ["cyber"]


@pytest.mark.parametrize(
    "text",
    [
        "The tax portal was unreachable for six hours on Monday; "
        "the agency ruled out a cyberattack.",
        "The tax portal was unreachable for six hours on Monday. "
        "The agency said there was no sign of a DDoS attack.",
        "The tax portal was unreachable on Monday, but not because of hackers.",
        "The tax portal was unreachable on Monday. Officials said hackers were not involved.",
        "The tax portal was unreachable on Monday; the agency is investigating whether "
        "hackers were behind it.",
        "The tax portal was unreachable on Monday after a server fault.",
        "The tax portal went down on Monday after a power cut.",
        "The booking system was offline on Sunday for planned maintenance by the IT team.",
    ],
)
def test_an_outage_not_told_as_a_hack_is_no_incident(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "It was shortly after 3am on 4 March that an explosion tore through the boiler house.",
            "2026-03-04",
        ),
        ("It was in March 2025 that the warehouse in Kalisz was set on fire.", "2025-03"),
        ("It was on 2 March that saboteurs cut the cable near Tartu.", "2026-03-02"),
        ("It was at about 2am on Sunday that two drones were seen over the base.", "2026-03-15"),
        ("It was late on 11 March that a fire broke out at the depot in Kalisz.", "2026-03-11"),
        (
            "It was on the night of 12 March when a fire broke out at the depot in Kalisz.",
            "2026-03-12",
        ),
        # not a cleft: the date of the clause itself, not of the frame
        ("It was clear on Monday that the cable had been cut on 2 March.", "2026-03-02"),
    ],
)
def test_a_cleft_frame_dates_its_event(nlp, text, iso) -> None:
    [event] = incidents(nlp, text)
    assert event.date is not None and event.date.iso == iso


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "A drone crashed and exploded in a sunflower field about 500 metres from houses "
            "in the village of Plauru, at around 03:10 on Thursday.",
            "airspace",
            "Plauru",
        ),
        ("A drone fell and exploded in a forest near Vaslui on Sunday.", "airspace", "Vaslui"),
        ("A drone crashed in a field near Plauru and exploded on Thursday.", "airspace", "Plauru"),
        # a drone that came down on something hit it
        ("A drone fell on a house in Kharkiv on Monday, killing two people.", "strike", "Kharkiv"),
    ],
)
def test_a_drone_that_crashed_and_exploded_in_the_open_is_an_intrusion(
    nlp, text, kind, place
) -> None:
    assert [(i.type, i.place) for i in incidents(nlp, text)] == [(kind, place)]


@pytest.mark.parametrize(
    "text",
    [
        "Drone sales fell in March.",
        "The drone maker's shares fell and crashed on Monday.",
        "A drone could crash and explode in a field at any time.",
    ],
)
def test_a_falling_drone_look_alike_is_no_incident(nlp, text) -> None:
    assert not incidents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "On the night of Friday, 6 March, Defence Forces personnel observed several drones "
        "over Casement Aerodrome.",
        "The Polish army detected a drone over Lublin on Monday.",
        "Police spotted drones over the airport in Aalborg on Friday night.",
        "Airport staff noticed two drones above the runway of Vilnius Airport on Sunday.",
        "The Danish Armed Forces tracked several drones over the air base at Skrydstrup on Friday.",
    ],
)
def test_who_saw_the_drones_is_never_their_culprit(nlp, text) -> None:
    [event] = incidents(nlp, text)
    assert event.type == "airspace"
    assert event.perpetrator is None


@pytest.mark.parametrize(
    "text",
    [
        "The company tracked drone deliveries across the city in March.",
        "Analysts noticed a rise in drone sales on Monday.",
        "Investors tracked the drone maker's shares on Friday.",
    ],
)
def test_tracking_or_noticing_something_else_is_no_incident(nlp, text) -> None:
    assert not incidents(nlp, text)
