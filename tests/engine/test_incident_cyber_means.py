"""How a cyber act was done tells acts apart (denial of service, ransomware,
defacement): one told with another means is another event, even at the same
place; one told with the same means, or with none, still folds. A time hung
on a name in apposition is the act's, and a claim's month or year dates the
act claimed. Sentences written for these tests
(not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, found_on

SATURDAY = dt.date(2026, 11, 14)

LEAD = (
    "Ransomware attack hits Baltic port\n\n"
    "A ransomware attack crippled the cargo systems of the port of Liepaja on "
    "Monday, the port said. A pro-Russian group claimed the attack.\n\n"
)


events = events_on(SATURDAY)
found_apart = found_on(SATURDAY)  # before the confidence model's listing


@pytest.mark.parametrize(
    "second",
    [
        "The same group claimed responsibility in March for a denial-of-service attack "
        "on the port of Liepaja.",
        "The group was also behind a DDoS attack on the port's website, the port said.",
        "In April, hackers flooded the website of the port of Liepaja with traffic.",
        "The hackers had defaced the website of the port of Liepaja a year earlier.",
    ],
)
def test_an_act_done_another_way_is_another_event(nlp, second) -> None:
    found = found_apart(nlp, LEAD + second)
    assert len(found) == 2
    assert found[0].date is not None and found[0].date.iso == "2026-11-09"


@pytest.mark.parametrize(
    "second",
    [
        "The attack encrypted the port's booking servers, a spokesman said.",
        "The ransomware attack also hit the port's customs systems, the port said.",
        "The cyberattack halted the loading of ships for two days.",
    ],
)
def test_the_act_told_again_the_same_way_or_plainly_folds(nlp, second) -> None:
    assert len(events(nlp, LEAD + second)) == 1


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "Hackers encrypted the booking systems of the ferry operator Nordlink on "
            "Tuesday, the company said.",
            "2026-11-10",
        ),
        ("Hackers defaced the website of the broadcaster Radio Tarn on Wednesday.", "2026-11-11"),
    ],
)
def test_a_time_after_a_name_in_apposition_is_the_acts(nlp, text, iso) -> None:
    [event] = events(nlp, text)
    assert event.date is not None and event.date.iso == iso


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "The group claimed responsibility in March for a denial-of-service attack "
            "on the port of Liepaja.",
            "2026-03",
        ),
        ("In March the group took credit for a cyberattack on the city of Tarn.", "2026-03"),
        (
            "The group claimed responsibility in 2025 for an arson attack on a depot in Tarn.",
            "2025",
        ),
        # a claim's day may come days after the act: it dates nothing
        (
            "The group claimed responsibility on Tuesday for a cyberattack on the port of Tarn.",
            None,
        ),
    ],
)
def test_a_claims_month_or_year_dates_its_act(nlp, text, iso) -> None:
    [event] = events(nlp, text)
    assert (event.date.iso if event.date else None) == iso
