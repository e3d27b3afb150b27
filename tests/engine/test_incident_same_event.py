"""One event, told twice with nothing tying the tellings: a summary line's
items and their full tellings below, a lead and its retelling at the same
place. Told apart by a differing day, "Separately" or "another".
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from incident_support import events_on

from annotate import incident_events

SATURDAY = dt.date(2026, 5, 16)


events = events_on(SATURDAY)


def told(text: str, incidents) -> list[list[str]]:
    return [[text[m.start : m.end] for m in e.mentions] for e in incidents]


BRIEF = (
    "Weekly security note\n\n"
    "IN BRIEF: The week saw a drone strike on a fuel depot in the north and a "
    "stabbing in the old town of Merav.\n\n"
    "On Monday, an explosive-laden drone struck a storage tank at the Kessel fuel "
    "depot near Tarn. Nobody was hurt.\n\n"
    "On Friday, a man stabbed two security guards near the Iron Gate in Merav. "
    "Police arrested him at the scene."
)


def test_a_summary_item_is_a_mention_of_its_full_telling(nlp) -> None:
    found = events(nlp, BRIEF)
    assert [e.type for e in found] == ["strike", "attack"]
    assert "a stabbing in the old town of Merav" in told(BRIEF, found)[1]
    assert found[1].date is not None and found[1].date.iso == "2026-05-15"


def test_a_retelling_at_the_same_place_joins_the_event(nlp) -> None:
    text = (
        "Ukraine war latest\n\n"
        "- A Russian missile strike on the city of Harlow killed 4 and injured 12\n\n"
        "The death toll from a Russian missile attack on the city of Harlow has "
        "risen to four, the regional governor said."
    )
    assert len(events(nlp, text)) == 1


def test_separately_told_acts_at_one_place_stay_apart(nlp) -> None:
    text = (
        "A fire destroyed six lorries at an army depot in Tarn on Sunday night, "
        "police said on Wednesday. Investigators found a petrol can.\n\n"
        "Separately, a fire destroyed two vans at a depot in Tarn on Monday."
    )
    assert [e.date.iso for e in events(nlp, text)] == ["2026-05-10", "2026-05-11"]


def test_an_act_years_before_at_the_same_place_is_another_event(nlp) -> None:
    text = (
        "A man was stabbed in Lorsk late on Tuesday, police said.\n\n"
        "In January 2019, the writer Anton Belov was found stabbed to death in a "
        "hotel room in Lorsk."
    )
    found = events(nlp, text)
    assert [e.date.iso for e in found] == ["2026-05-12", "2019-01"]


def test_a_trial_lead_and_the_night_the_court_found_are_one_arson(nlp) -> None:
    text = (
        "Two men jailed for army lorry arson in Kessel\n\n"
        "TARN - A court in Tarn on Wednesday sentenced two men to prison for setting "
        "fire to army lorries at a logistics depot in Kessel in 2025.\n\n"
        "Prosecutors said the men were paid in cryptocurrency.\n\n"
        "The judges found that the two men cut through the fence of the depot on the "
        "night of 11 to 12 August 2025 and set fire to six lorries.\n\n"
        "The arson caused damage of about 2 million euros."
    )
    found = events(nlp, text)
    assert [e.type for e in found] == ["fire"]
    assert found[0].date is not None and found[0].date.iso == "2025-08-11"


_SENTENCES = st.sampled_from(
    [
        "A drone struck a fuel depot in Tarn on Monday.",
        "IN BRIEF: The week saw a drone strike on a depot in the north and a stabbing in Merav.",
        "A man stabbed two guards in Merav on Friday.",
        "Separately, a fire destroyed two vans at a depot in Tarn on Monday.",
        "A fire destroyed six lorries at an army depot in Tarn on Sunday night.",
        "The arson at the depot was sabotage, police said.",
        "Hackers encrypted the systems of the port of Kalmar on Tuesday.",
        "A missile hit a grain ship near Izmail on Wednesday, injuring two sailors.",
        "On Friday a missile hit a tug near Izmail, killing its captain.",
        "The death toll from a missile attack on the city of Harlow rose to four.",
        "Nobody was hurt.",
    ]
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_SENTENCES, min_size=1, max_size=6))
@example(  # a summary's stabbing, no event alone, kept as a mention of the full telling
    ["A man stabbed two guards in Merav on Friday."]
    + ["A drone struck a fuel depot in Tarn on Monday."] * 3
    + [
        "IN BRIEF: The week saw a drone strike on a depot in the north and a stabbing in Merav.",
        "A drone struck a fuel depot in Tarn on Monday.",
    ]
)
def test_joining_events_only_joins(nlp, monkeypatch, sentences) -> None:
    """Every mention listed without the join is listed with it, and every
    event told apart before it lies whole inside one event after it. (The
    join may list more: a word that names no event of its own, dropped when
    alone, is kept as a mention of the event it joins.)"""
    text = "Security note\n\n" + "\n\n".join(sentences)
    joined = events(nlp, text)
    with monkeypatch.context() as patch:
        patch.setattr(incident_events, "consolidate", lambda told: told)
        apart = events(nlp, text)

    def spans(event) -> frozenset[tuple[int, int]]:
        return frozenset((m.start, m.end) for m in event.mentions)

    assert set().union(*map(spans, apart)) <= set().union(*map(spans, joined))
    assert all(any(spans(e) <= spans(j) for j in joined) for e in apart)
