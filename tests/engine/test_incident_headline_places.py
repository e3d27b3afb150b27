"""A first line read as the headline joins the event it names, never an event
told at another place that names no wider area. Sentences written for these
tests (not from any corpus or gold set)."""

from __future__ import annotations

from incident_support import found_on

from annotate.engine import annotate_text


def test_a_headline_at_one_town_is_not_a_strike_at_another(nlp) -> None:
    text = (
        "Russian drones hit Kyiv overnight, killing three people.\n\n"
        "A missile hit a school in Sumy on Monday.\n"
    )
    incidents = found_on(None)(nlp, text)
    assert sorted(i.place for i in incidents) == ["Kyiv", "Sumy"]
    sumy = next(i for i in incidents if i.place == "Sumy")
    assert sumy.toll is None or sumy.toll.killed is None


def test_a_headline_still_joins_the_strike_it_names(nlp) -> None:
    text = (
        "Missile strike kills three in Sumy\n\n"
        "A Russian missile hit a school in Sumy on Monday, killing three people.\n"
    )
    incidents = annotate_text(text, nlp).incidents
    assert len(incidents) == 1 and incidents[0].place == "Sumy"
