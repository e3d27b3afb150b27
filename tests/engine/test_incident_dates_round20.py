"""Round 20 of the incident rules: dates. A holiday with its year ("On
Christmas Day 2024") is that day, not the year, whatever the tagger made of
it; without a year it is the last one before the article. Sentences written
for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

from annotate.incident_holidays import holiday_date, is_holiday

WEDNESDAY = dt.date(2026, 10, 14)

events = events_on(WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("On Christmas Day 2024, the power cable was cut near Gotland.", "2024-12-25"),
        ("The data cable was cut on Christmas Eve 2024 off Porvoo.", "2024-12-24"),
        ("On New Year's Eve 2025, a drone flew over the airport in Aalborg.", "2025-12-31"),
        (
            "Hackers attacked the website of the port of Gdynia on New Year's Day 2025.",
            "2025-01-01",
        ),
        ("On Easter Sunday 2025, a fire destroyed a depot in Brno.", "2025-04-20"),
        ("A bomb exploded outside a bar in Riga on Good Friday, 2023.", "2023-04-07"),
        ("A substation was set alight on Christmas Day in Leeds.", "2025-12-25"),
        ("A parcel bomb exploded at a depot in Poznan on Easter Monday.", "2026-04-06"),
        # look-alikes: a holiday's name that is not the date, a place before a date
        ("A fire broke out at the Christmas market in Riga on 2 December 2024.", "2024-12-02"),
        ("A warehouse was set on fire in Vejle last March.", "2026-03"),
    ],
)
def test_a_holiday_with_its_year_is_that_day(nlp, text, iso):
    found = events(nlp, text)
    assert len(found) == 1, [i.text for i in found]
    assert found[0].date is not None and found[0].date.iso == iso, found[0].date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Christmas Day 2024", "2024-12-25"),
        ("Christmas Eve, 2024", "2024-12-24"),
        ("Boxing Day 2022", "2022-12-26"),
        ("New Years Day 2025", "2025-01-01"),
        ("Easter Sunday 2024", "2024-03-31"),
        ("Good Friday 2026", "2026-04-03"),
        ("Christmas Day", "2025-12-25"),  # the last one before 14 October 2026
        ("Halloween", "2025-10-31"),  # this year's is still to come
        ("Christmas", None),  # a season, not a day
        ("Christmas week 2024", None),
        ("Victory Day 2024", None),
    ],
)
def test_holiday_days(text, iso):
    assert holiday_date(text, WEDNESDAY) == iso
    assert is_holiday(text) == (iso is not None)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "It was shortly after 4am on 19 March that an explosion tore through the boiler "
            "house of a chemical plant in Ruse. Investigators found traces of explosives in April.",
            "2026-03-19",
        ),
        ("It was on the night of 11 August that a fire destroyed the depot in Brno.", "2026-08-11"),
        (
            "It was on Saturday that hackers took down the website of the port of Gdynia.",
            "2026-10-10",
        ),
        ("It was in March 2024 that two drones flew over the naval base in Karlskrona.", "2024-03"),
        ("It was 2 May when a bomb exploded outside the town hall in Narva.", "2026-05-02"),
        # look-alikes: "it was" with no time, or the time of a saying
        ("It was clear that a fire had destroyed the depot in Brno on 3 May.", "2026-05-03"),
        ("It was on Monday that police said a fire had destroyed a depot in Brno.", None),
    ],
)
def test_a_cleft_puts_the_events_time_first(nlp, text, iso):
    found = events(nlp, text)
    assert len(found) == 1, [i.text for i in found]
    assert (found[0].date.iso if found[0].date else None) == iso, found[0].date


@pytest.mark.parametrize(
    ("item", "iso"),
    [
        ("(b) On 9 October 2026, an arson attack destroyed a warehouse in Ruse.", "2026-10-09"),
        ("b) On 9 October 2026, an arson attack destroyed a warehouse in Ruse.", "2026-10-09"),
        ("(ii) On 9 October 2026, an arson attack destroyed a warehouse in Ruse.", "2026-10-09"),
        (
            "(3) In March 2025 hackers disabled the ticketing system of the port of Burgas.",
            "2025-03",
        ),
        ("• On 9 October 2026, an arson attack destroyed a warehouse in Ruse.", "2026-10-09"),
        ("- On 9 October 2026, an arson attack destroyed a warehouse in Ruse.", "2026-10-09"),
        # look-alike: a date that opens a saying is the saying's
        (
            "(b) On 9 October 2026, police said an arson attack had destroyed a warehouse in Ruse.",
            None,
        ),
    ],
)
def test_a_date_opening_a_list_item_dates_its_event(nlp, item, iso):
    text = "Statement of reasons:\n(a) He is a member of the network.\n" + item
    found = events(nlp, text)
    assert len(found) == 1, [i.text for i in found]
    assert (found[0].date.iso if found[0].date else None) == iso, found[0].date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Detectives investigating a deliberate fire at a warehouse on Mill Road on 2 October "
            "are appealing for witnesses.",
            "2026-10-02",
        ),
        (
            "Officers investigating the explosion at a substation in Leeds on Saturday night have "
            "arrested two men.",
            "2026-10-10",
        ),
        (
            "Detectives investigating a fire at a warehouse on Mill Road on 2 October arrested a "
            "man on Friday.",
            "2026-10-02",
        ),
        (
            "Police probing the arson at a depot in Hull on 5 October have released CCTV images.",
            "2026-10-05",
        ),
        (
            "Investigators looking into the cyberattack on the port of Gdynia on 2 October have "
            "found no culprit.",
            "2026-10-02",
        ),
        # look-alikes: the inquiry's own time, or a time after a break
        (
            "Police are investigating the explosion at a substation in Leeds, a spokesman said "
            "on Friday.",
            None,
        ),
        (
            "Detectives investigating the explosion at a substation in Leeds arrested a man on "
            "Friday.",
            None,
        ),
    ],
)
def test_an_inquiry_names_its_event_with_the_events_time(nlp, text, iso):
    found = events(nlp, text)
    assert len(found) == 1, [i.text for i in found]
    assert (found[0].date.iso if found[0].date else None) == iso, found[0].date
