"""Round 21 of the incident rules: culprits. Those who blame a doer are never
the doer ("an agent blamed by Western governments"); a sentence saying no
doer is known ("No operator has been identified", "Nobody has claimed the
intrusion") ends the search for one, so a nation blamed for other acts
further on is not the event's. Sentences written for these tests (not from
any corpus or gold set); each text opens with a headline line."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import culprit_on

FRIDAY = dt.date(2026, 10, 23)
HEADLINE = "Latest incident\n\n"

culprit = culprit_on(FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "The defector was poisoned in London in 2006 by an agent blamed by Western governments.",
        "A defector was poisoned in Vienna in 2019 by an operative accused by EU governments.",
        "The blogger was stabbed in Riga by a man suspected by Latvian police.",
    ],
)
def test_those_who_blame_are_never_the_culprit(nlp, text):
    assert culprit(nlp, HEADLINE + text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Drones flew over the port of Gdansk on Tuesday night. No operator has been "
        "identified. Poland has blamed Russia for earlier incursions.",
        "Hackers broke into the control system of a water plant in Kainuu on Tuesday. Nobody "
        "has claimed the intrusion. Finland has long accused Russia of such attacks.",
        "A data cable between Finland and Estonia was cut on Tuesday. It is not known who was "
        "behind it. Russian ships have been accused of similar damage before.",
        "A fire destroyed a depot near Brno on Monday. The perpetrators remain unknown. Czech "
        "officials blamed Russian services for a string of arson attacks last year.",
        "A substation near Ghent was set alight on Sunday. No group has yet claimed "
        "responsibility. Belgium has blamed Russia for similar attacks.",
    ],
)
def test_no_culprit_when_the_text_says_none_is_known(nlp, text):
    assert culprit(nlp, HEADLINE + text) is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # look-alikes: a culprit named before; nobody arrested or still at large is
        # no doubt about who did it
        (
            "Hackers working for Russia's GRU broke into the control system of a water plant "
            "in Kainuu on Tuesday. No one has been arrested.",
            "GRU",
        ),
        (
            "A depot near Brno was set on fire on Monday. Police blamed Russian military "
            "intelligence for the arson. The perpetrators remain at large.",
            "Russian military intelligence",
        ),
    ],
)
def test_a_culprit_named_is_kept(nlp, text, who):
    assert culprit(nlp, HEADLINE + text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ukraine update\n\nOn Tuesday the enemy shelled a hospital in Nikopol.", "Russia"),
        (
            "Ukraine update\n\nThe occupiers launched a missile at a school in Zaporizhzhia on "
            "Tuesday.",
            "Russia",
        ),
        (
            "Ukraine update\n\nAt 10:20 Russian forces dropped a guided bomb on a school in "
            "Kupiansk.",
            "Russia",
        ),
        (
            "Ukraine update\n\nAt about 15:30 Russian troops shelled a market in Kherson.",
            "Russia",
        ),
        (
            "Air force of Ukraine\n\nThe aggressor launched a drone at a power plant in Sumy on "
            "Monday.",
            "Russia",
        ),
        # look-alikes: Russia's own update calls Ukraine "the enemy"; a text with no
        # Ukraine in it names no side for "the enemy"
        (
            "Russian Defence Ministry on Ukraine\n\nThe enemy shelled a hospital in Belgorod "
            "on Tuesday.",
            None,
        ),
        ("Border clash\n\nThe enemy shelled a village near the border on Tuesday.", None),
    ],
)
def test_the_enemy_of_a_ukrainian_update_is_russia(nlp, text, who):
    assert culprit(nlp, text) == who
