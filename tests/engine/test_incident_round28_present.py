"""Round 28 of the incident rules, recall of what is told in the present,
of closures and of outages: an airport shut after sightings or reports of
drones (told as a noun, or in a clause the parser hung under the closure's
length); a timeline's line whose day is a night's two days, or whose verb
the tagger took for a noun; a link that went out of service or lost its
connection; a vague part of a thing blown up or found cut; a website
outage whose attacks the next sentence says were claimed. Habits told in
the present stay out. Sentences written for these tests (not from any
corpus or gold set); each text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import culprit_on, found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"
TIMELINE = "Timeline: a year around the Baltic\n\n"

found = found_on(FRIDAY)
culprit = culprit_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Aalborg Airport closed for almost two hours on Thursday after police received"
            " reports of drones with lights over the runway.",
            "Aalborg Airport",
        ),
        (
            "On 27 January, Kaunas Airport suspended operations for almost three hours after"
            " radar detected balloons approaching from the south-east.",
            "Kaunas Airport",
        ),
        (
            "Munich Airport shut on the evening of 2 October after similar sightings.",
            "Munich Airport",
        ),
        (
            "Vilnius Airport was closed on Sunday after reports of drones over the runway.",
            "Vilnius Airport",
        ),
        (
            "Billund Airport halted departures for an hour on Monday after drone sightings.",
            "Billund Airport",
        ),
    ],
)
def test_an_airport_shut_after_drones_told_as_a_noun_is_an_incursion_there(nlp, text, place):
    (event,) = found(nlp, HEADLINE + text)
    assert (event.type, event.place) == ("airspace", place)


def test_the_airport_shut_again_is_the_one_named_last(nlp):
    text = (
        "Oslo's Gardermoen airport closed its airspace on Monday after a drone sighting. "
        "Munich Airport halted flights on Thursday evening after drone sightings near the runway. "
        "The airport closed again on Friday night after new sightings."
    )
    events = found(nlp, HEADLINE + text)
    assert [e.place for e in events] == ["Oslo's Gardermoen airport", "Munich Airport"]
    assert all(e.place == "Munich Airport" for e in events if "again" in e.text)


def test_the_airport_named_last_is_the_one_told_with_a_name_too(nlp):
    text = (
        "Oslo's Gardermoen airport closed its airspace on Monday after a drone sighting.\n\n"
        "Munich Airport halts flights on Thursday evening after multiple drone sightings near"
        " the runways, stranding about 3,000 passengers. The airport closes again on Friday"
        " night after new sightings."
    )
    again = [e for e in found(nlp, HEADLINE + text) if "again" in e.text]
    assert [e.place for e in again] == ["Munich Airport"]


@pytest.mark.parametrize(
    "text",
    [
        # closed for something else, or not closed
        "Gatwick Airport closed for two hours on Monday after heavy fog.",
        "Gatwick Airport closed for two hours on Monday after reports of a gas leak.",
        "Oslo Airport shut for three hours on Tuesday after a storm brought down power lines.",
        "The airport closed for two hours on Monday after sightings of a suspicious bag.",
        "Riga airport closed for two hours on Monday after a bomb threat.",
        "The airport could close after new sightings, officials warned.",
        "The airport was not closed after the sightings.",
        "Flights were halted for an hour on Monday after officials warned of drones.",
    ],
)
def test_a_closure_for_anything_but_a_flight_is_no_incursion(nlp, text):
    assert not [e for e in found(nlp, HEADLINE + text) if e.type == "airspace"]


def test_the_airport_that_closed_is_never_the_culprit(nlp):
    text = (
        "On 27 January, Kaunas Airport suspended operations for almost three hours after"
        " radar detected balloons approaching from the south-east."
    )
    assert culprit(nlp, HEADLINE + text) is None


def test_hackers_who_shut_a_site_are_still_its_culprits(nlp):
    text = "Russian hackers shut down the website of Vilnius Airport on Monday."
    assert culprit(nlp, HEADLINE + text) == "Russia"


def test_a_closing_verb_the_tagger_took_for_a_noun_on_a_timeline(nlp):
    text = (
        "19 September — Three Russian jets enter Estonian airspace.\n\n"
        "22 September — At about 20:30, Copenhagen Airport halts all take-offs and landings"
        " after police observe three to four large drones near the runways."
    )
    events = found(nlp, TIMELINE + text)
    copenhagen = [e for e in events if e.place == "Copenhagen Airport"]
    assert [(e.type, e.date.iso) for e in copenhagen] == [("airspace", "2025-09-22")]


def test_a_timeline_closure_for_fog_stays_out(nlp):
    text = (
        "22 September — Copenhagen Airport halts all take-offs and landings"
        " after fog covers the runways."
    )
    assert not found(nlp, TIMELINE + text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "25–26 September — Drones are reported near Skrydstrup air base, home to"
            " Denmark's fighters, overnight.",
            "Skrydstrup air base",
        ),
        ("3 March — Drones are reported over Karup air base.", "Karup air base"),
    ],
)
def test_drones_reported_in_a_timelines_present(nlp, text, place):
    (event,) = found(nlp, TIMELINE + text)
    assert (event.type, event.place) == ("airspace", place)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("25–26 September — Drones are reported near Skrydstrup air base overnight.", "2025-09-25"),
        ("Nov. 17-18, 2024 - Two fibre-optic cables are cut within 24 hours.", "2024-11-17"),
    ],
)
def test_a_lines_two_days_date_its_event_from_the_first(nlp, text, date):
    (event,) = found(nlp, TIMELINE + text)
    assert event.date.iso == date


def test_drone_activity_confirmed_over_a_named_site_is_an_incursion(nlp):
    text = (
        "27 September — Police confirm drone activity over Karup air base, Denmark's largest"
        " military installation, on Friday night and Saturday."
    )
    (event,) = found(nlp, TIMELINE + text)
    assert (event.type, event.place, event.date.iso) == ("airspace", "Karup air base", "2025-09-27")


@pytest.mark.parametrize(
    "text",
    [
        "Analysts noted a rise in drone activity near military bases across Europe since 2022.",
        "There has been increased drone activity over the Baltic this year.",
        "Drone activity over airports has surged across Europe.",
        "Police found no evidence of drone activity over the base on Friday.",
        "Officials expect more drone activity over the summit next week.",
    ],
)
def test_drone_activity_as_a_trend_or_a_doubt_stays_out(nlp, text):
    assert not found(nlp, HEADLINE + text)


@pytest.mark.parametrize(
    "text",
    [
        "Drones are reported over Karup air base.",  # a live rumour, on no dated line
        "Analysts say drones are reported over Danish bases every week.",
    ],
)
def test_drones_reported_in_the_present_elsewhere_stay_out(nlp, text):
    assert not found(nlp, HEADLINE + text)


def test_a_lines_two_days_make_it_a_timelines(nlp):
    text = "Nov. 17-18, 2024 - Two fibre-optic cables are cut within 24 hours."
    (event,) = found(nlp, TIMELINE + text)
    assert event.type == "sabotage"


@pytest.mark.parametrize(
    "text",
    [
        "Cables between Sweden and Gotland are damaged by anchors every year.",
        "Drones often fly over bases in Jutland.",
        "Arsonists usually set fire to warehouses in Lodz at night.",
    ],
)
def test_a_present_said_to_be_usual_is_a_habit_even_with_places(nlp, text):
    assert not found(nlp, HEADLINE + text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A cable between Finland and Estonia was damaged on Monday, as happens every year.",
            "sabotage",
        ),
        # the habit is the officials' pointing, not the poisoning
        (
            "Western officials often point to the poisoning of an arms dealer in Sofia in 2015.",
            "attack",
        ),
    ],
)
def test_a_usual_word_said_of_something_else_leaves_the_event(nlp, text, kind):
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == kind


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "On 25 December 2024 the Estlink 2 power cable between Finland and Estonia went out"
            " of service, together with four telecommunications cables.",
            "2024-12-25",
        ),
        (
            "March 23, 2026 — A telecoms cable between Hanko, Finland, and the Estonian island"
            " of Hiiumaa loses connection in the early hours.",
            "2026-03-23",
        ),
    ],
)
def test_a_link_out_of_service_or_its_connection_lost_is_an_outage(nlp, text, date):
    (event,) = found(nlp, TIMELINE + text)
    assert (event.type, event.date.iso) == ("other", date)


@pytest.mark.parametrize(
    "text",
    [
        "The Estlink 2 cable went out of service on Monday for planned maintenance.",
        "The old ferry went out of service on Monday after 40 years.",
        "Thousands of users lost connection on Monday during a storm.",
    ],
)
def test_a_service_ended_for_work_or_a_thing_no_link_stays_out(nlp, text):
    assert not found(nlp, HEADLINE + text)


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "A section of the Niger–Benin crude oil pipeline was blown up near the village of"
            " Dallol Koure on Monday night, halting pumping for two days.",
            "explosion",
            "Dallol Koure",
        ),
        (
            "A track inspection crew found a section of rail cut almost all the way through"
            " near the village of Zarzecze on Monday, the manager said.",
            "sabotage",
            "Zarzecze",
        ),
    ],
)
def test_a_vague_part_of_a_thing_blown_up_or_found_cut(nlp, text, kind, place):
    (event,) = found(nlp, HEADLINE + text)
    assert (event.type, event.place) == (kind, place)


@pytest.mark.parametrize(
    "text",
    [
        "The crew found a section of rail worn through near Lublin on Monday.",
        "Two of the balloons were blown off course on Monday.",
    ],
)
def test_a_part_worn_out_or_a_craft_blown_off_course_stays_out(nlp, text):
    assert not found(nlp, HEADLINE + text)


def test_an_outage_whose_attacks_were_claimed_is_cyber(nlp):
    text = (
        "On Tuesday, the government's e-services portal was made unreachable for most of the"
        " afternoon.\n\nBoth attacks were claimed on Telegram by NoName057(16)."
    )
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "cyber"


@pytest.mark.parametrize(
    "second",
    ["No attack was claimed.", "The outage was not claimed by anyone; engineers blamed a fault."],
)
def test_an_outage_nobody_claimed_stays_out(nlp, second):
    text = f"On Tuesday, the government's e-services portal was unreachable.\n\n{second}"
    assert not found(nlp, HEADLINE + text)


DIGEST = "Week in brief\n\n"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "• CZECHIA (Wednesday): The websites and mobile apps of three Czech banks were"
            " unavailable for up to five hours after a DDoS attack.",
            "Czechia",
        ),
        (
            "* CZECH REPUBLIC - The websites of the interior and finance ministries were knocked"
            " offline for most of Tuesday by a distributed denial-of-service (DDoS) attack.",
            "Czech Republic",
        ),
        (
            "• NORWAY — A DDoS attack knocked the websites of Tromsø and three other northern"
            " municipalities offline for most of Tuesday.",
            "Norway",
        ),
    ],
)
def test_a_digests_country_label_places_an_outage_with_no_place_of_its_own(nlp, text, place):
    (event,) = found(nlp, DIGEST + text)
    assert (event.type, event.place) == ("cyber", place)


@pytest.mark.parametrize(
    "text",
    [
        "Update (10:30): Hackers knocked the website of the city offline.",
        "Police - A fire destroyed a warehouse in the city on Monday.",
    ],
)
def test_a_label_that_is_a_word_places_nothing(nlp, text):
    assert [e.place for e in found(nlp, DIGEST + text)] == [None]


def test_a_digests_bracketed_day_dates_an_event_with_no_date_of_its_own(nlp):
    text = (
        "• BELGIUM (Wednesday night): Soldiers at Kleine-Brogel air base reported several drones"
        " flying over the base for more than an hour."
    )
    (event,) = found(nlp, DIGEST + text)
    assert event.date.iso == "2026-06-03"


def test_a_datelines_dash_is_no_label(nlp):
    text = (
        "RIGA - A Belarusian opposition activist was stabbed near his home on Tuesday evening,"
        " police said.\n\nThe attack was condemned by his colleagues."
    )
    assert [e.place for e in found(nlp, DIGEST + text)] == [None]


def test_drones_reported_with_a_time_between_them_and_the_named_site(nlp):
    text = (
        "Police in Schleswig-Holstein say drones were also reported earlier this evening over"
        " the Bundeswehr's Lindholm air base, about 70 km north of Hamburg."
    )
    (event,) = found(nlp, HEADLINE + text)
    assert (event.type, event.place) == ("airspace", "Bundeswehr's Lindholm air base")


@pytest.mark.parametrize(
    "text",
    [
        "Drones are often reported at night over air bases in Germany.",
        "Police said no drones were reported earlier this evening over the Lindholm air base.",
        "Rumours that drones were reported this evening over Lindholm air base were false.",
    ],
)
def test_drones_reported_as_a_habit_denied_or_rumoured_stay_out(nlp, text):
    assert not found(nlp, HEADLINE + text)


@pytest.mark.parametrize(
    "after",
    ["", " Lithuanian officials blamed cigarette smugglers."],
)
def test_weather_balloons_and_cigarette_smugglers_are_no_innocent_cause(nlp, after):
    text = (
        "Vilnius airport was closed for nearly four hours on Saturday night after dozens of"
        " weather balloons drifted in from Belarus, forcing six flights to divert to Kaunas."
    )
    (event,) = found(nlp, HEADLINE + text + after)
    assert (event.type, event.place) == ("airspace", "Vilnius airport")


def test_a_fire_blamed_on_a_cigarette_stays_out(nlp):
    text = "A fire destroyed a warehouse in Riga on Monday. Investigators blamed a cigarette."
    assert not found(nlp, HEADLINE + text)


def test_an_airport_closed_for_bad_weather_stays_out(nlp):
    assert not found(nlp, HEADLINE + "Vilnius airport was closed on Saturday after bad weather.")


def test_a_link_that_broke_is_damaged(nlp):
    text = "A subsea cable between Finland and Estonia broke on Monday, the operator said."
    (event,) = found(nlp, HEADLINE + text)
    assert event.type == "sabotage"


@pytest.mark.parametrize(
    "text",
    [
        "A cable between Finland and Estonia broke during a storm on Monday.",
        "The link broke records for traffic on Monday.",
        "Talks on the new pipeline broke down on Monday.",
        "Fighting broke out near the pipeline on Monday.",
    ],
)
def test_a_link_broken_by_a_storm_or_breaking_something_else_stays_out(nlp, text):
    assert not found(nlp, HEADLINE + text)


@pytest.mark.parametrize(
    "text",
    [
        "December 25, 2024 — The Estlink 2 power cable between Finland and Estonia fails, along"
        " with four telecoms cables.",
        "The Estlink 2 power cable between Finland and Estonia failed on Monday, officials said.",
    ],
)
def test_a_link_that_failed_is_an_outage(nlp, text):
    (event,) = found(nlp, TIMELINE + text)
    assert event.type == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The new pipeline failed to attract investors on Monday.",
        "The cable failed during a storm on Monday.",
        "The link failed after a fault on Monday.",
        "Plans for a new pipeline failed on Monday.",
        "Talks on the cable link failed on Monday.",
    ],
)
def test_a_link_failing_at_something_or_for_a_fault_stays_out(nlp, text):
    assert not found(nlp, HEADLINE + text)
