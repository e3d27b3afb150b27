"""Round 25 of the incident rules: dates. When the tagger's date runs on
past the day ("on Monday about 20 nautical miles south of Jask", "on
Tuesday that Sunday's fire"), the date is the day inside it that the
incident's words reach, never the run-on words read as a date ("20" as the
20th). Sentences written for these tests (not from any corpus or gold
set); each text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

THURSDAY = dt.date(2026, 5, 21)
HEADLINE = "Latest incident\n\n"

found = found_on(THURSDAY)


def dates(nlp, text: str) -> list[tuple[str, str | None] | None]:
    return [e.date and (e.date.text, e.date.iso) for e in found(nlp, HEADLINE + text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's navy seized the tanker Talia Grace on Monday about 20 nautical miles south "
            "of Jask.",
            ("Monday", "2026-05-18"),
        ),
        (
            "Police in Trenčín said on Tuesday that Sunday's fire at a warehouse in the town "
            "was started deliberately.",
            ("Sunday's", "2026-05-17"),
        ),
        # look-alikes: dates that are whole as the tagger gives them
        (
            "A fire destroyed a warehouse in Kolding on Monday night.",
            ("Monday night", "2026-05-18"),
        ),
        ("A fire broke out at a depot in Vejle on 3 May 2024.", ("3 May 2024", "2024-05-03")),
        ("A blast hit a depot in Tartu last Sunday.", ("last Sunday", "2026-05-17")),
    ],
)
def test_a_run_on_date_is_the_day_inside_it(nlp, text, expected):
    assert dates(nlp, text) == [expected]
