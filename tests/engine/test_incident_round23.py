"""Round 23 of the incident rules, four general shapes missed before: a
nation's doers named by their demonym ("Iranian hackers broke into ...");
weapons first in their sentence that hit a place ("Rockets rained down on
..."); a full date with a historical year; "the enemy struck X" in a
Ukrainian update. Sentences written for these tests (not from any corpus or
gold set); each text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import culprit_on, found_on

from annotate.engine import annotate_text

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"
DATELINE = "PARIS, 14 July 2025 — Historians met on Monday. "

culprit = culprit_on(FRIDAY)
found = found_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Russian hackers broke into the network of a water utility in Tartu on Monday.", "Russia"),
        ("Iranian hackers broke into the control system of a dam in Ohio on Sunday.", "Iran"),
        ("North Korean hackers broke into a crypto exchange in Seoul on Friday.", "North Korea"),
        ("North Korean hackers stole $40 million from a bank in Dhaka on Tuesday.", "North Korea"),
        ("Chinese state hackers infiltrated the servers of a ministry in Prague.", "China"),
        ("Belarusian saboteurs blew up a railway switch near Grodno on Saturday.", "Belarus"),
        ("Russian agents set fire to a warehouse in east London on Wednesday.", "Russia"),
        ("Ukrainian hackers broke into the servers of a Russian airline on Monday.", "Ukraine"),
        # look-alikes: the demonym is the victim's or a person's nationality, or
        # the subject undergoes the breaking
        ("Hackers broke into the network of a Russian bank on Monday.", None),
        ("Hackers hit Russian banks on Monday, knocking their apps offline.", None),
        ("Hackers attacked the website of the Iranian railway operator on Sunday.", None),
        ("A Russian tourist was stabbed in Antalya on Monday.", None),
        ("A Belarusian national set fire to a shopping centre in Warsaw on Sunday.", None),
        ("A Russian citizen set fire to a bus in Riga on Sunday.", None),
        ("Unknown hackers broke into the network of a Polish water utility on Monday.", None),
    ],
)
def test_a_demonym_before_a_doer_names_its_country(nlp, text, who):
    assert culprit(nlp, HEADLINE + text) == who


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rockets rained down on Sderot on Saturday, wounding two.", "Sderot"),
        ("Rockets slammed into a bus stop in Kharkiv on Friday.", "Kharkiv"),
        ("Missiles slammed into a residential building in Dnipro on Friday.", "Dnipro"),
        ("Missiles rained down on the city of Zaporizhzhia on Tuesday.", "Zaporizhzhia"),
        ("Shells landed on a kindergarten in Kherson on Friday.", "Kherson"),
        ("Two shells fell on a school in Kherson on Monday.", "Kherson"),
        ("Rockets struck a hospital in Nikopol on Friday.", "Nikopol"),
        ("Rockets hit a market in Kharkiv on Monday, killing three people.", "Kharkiv"),
    ],
)
def test_weapons_that_came_down_on_a_place_are_a_strike_there(nlp, text, place):
    (event,) = found(nlp, HEADLINE + text)
    assert (event.type, event.place) == ("strike", place)


@pytest.mark.parametrize(
    "text",
    [
        # nothing hit, hypothetical, unexploded or figurative
        "Missiles slammed into the sea off Crimea on Monday.",
        "Three missiles slammed into the sea off Crimea on Monday.",
        "Rockets landed in a field near Sumy on Monday.",
        "Two rockets slammed into an empty field near Sumy on Monday.",
        "Rockets could hit the city if the ceasefire collapses.",
        "Shells that did not explode were found near the school on Monday.",
        "Prices slammed into a record high on Monday.",
        "Rockets are a cheap weapon.",
    ],
)
def test_weapons_that_hit_nothing_are_no_strike(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Rockets hit a school in Sderot on Monday. Rockets hit a clinic in Ashkelon on "
            "Tuesday.",
            ["Sderot", "Ashkelon"],
        ),
        (
            "Shells landed on a hospital in Kherson on Monday. Shells also fell in a field near "
            "the city.",
            ["Kherson"],
        ),
        (
            "Sirens sounded across the region on Sunday. Missiles slammed into the sea off "
            "Odesa, the navy said.",
            [],
        ),
        # look-alike: open ground, but someone hurt there
        ("Two rockets fell on a field near the town of Okhtyrka, wounding a farmer.", ["Okhtyrka"]),
    ],
)
def test_each_sentence_of_weapons_is_its_own_strike_or_none(nlp, text, places):
    assert [e.place for e in found(nlp, HEADLINE + text)] == places


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("A fire destroyed a warehouse in Paris on July 14, 1789.", "1789-07-14"),
        ("Rebels blew up a bridge near Vienna on 12 September 1683.", "1683-09-12"),
        ("A bomb exploded in a cellar in London on the 5th of November, 1605.", "1605-11-05"),
        ("On 5 November 1605 a fire destroyed a warehouse in Westminster.", "1605-11-05"),
        ("A fire destroyed much of the city of London in September 1666.", "1666-09"),
        ("A bomb exploded in a market in Berlin on 9 November 1989.", "1989-11-09"),
        ("German bombers struck a factory in Minsk in June 1941.", "1941-06"),
    ],
)
@pytest.mark.parametrize("opening", ["", DATELINE])
def test_a_full_date_keeps_its_own_year_however_old(nlp, text, iso, opening):
    """With no publication date, or a dateline of another century."""
    (event,) = annotate_text(HEADLINE + opening + text, nlp, all_incidents=True).incidents
    assert event.date is not None and event.date.iso == iso


@pytest.mark.parametrize(
    ("opening", "iso"),
    [
        # look-alikes: a day and month with no year take the article's, or none
        (DATELINE, "2025-07-12"),
        ("", None),
    ],
)
def test_a_day_without_its_year_takes_the_articles(nlp, opening, iso):
    text = HEADLINE + opening + "A fire destroyed a warehouse in Paris on 12 July."
    (event,) = annotate_text(text, nlp, all_incidents=True).incidents
    assert event.date is not None and event.date.iso == iso


UPDATE = "Ukraine: the morning update\n\n"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The enemy struck Nikopol with artillery on Tuesday.", "Nikopol"),
        ("The enemy shelled Kherson on Monday, wounding two.", "Kherson"),
        ("On Monday the enemy struck a hospital in Kharkiv.", "Kharkiv"),
        ("The enemy attacked Sumy with drones overnight.", "Sumy"),
        ("The enemy hit a school in Zaporizhzhia on Wednesday.", "Zaporizhzhia"),
        ("The enemy bombarded Kupiansk with guided bombs on Friday.", "Kupiansk"),
        ("The occupiers shelled the village of Bilozerka on Thursday.", "Bilozerka"),
    ],
)
def test_the_enemy_striking_a_place_is_a_strike_there(nlp, text, place):
    briefing = annotate_text(UPDATE + text, nlp, published=FRIDAY, all_incidents=True)
    (event,) = briefing.incidents
    names = {a.id: a.name for a in briefing.actors}
    assert (event.type, event.place, names.get(event.perpetrator)) == ("strike", place, "Russia")


@pytest.mark.parametrize(
    "text",
    [
        # look-alikes: no place struck, a deal, or the enemy of Russia's own update
        UPDATE + "The enemy struck back on Monday.",
        UPDATE + "The enemy hit back on Monday.",
        UPDATE + "The enemy struck a deal with the mercenaries on Monday.",
        "Russian defence ministry update on Ukraine\n\nThe enemy struck Belgorod on Monday.",
        "Weekly update\n\nThe enemy struck Nikopol with artillery on Tuesday.",
    ],
)
def test_no_strike_by_the_enemy_without_a_place_or_a_ukrainian_voice(nlp, text):
    assert found(nlp, text) == ()


@pytest.mark.parametrize(
    ("opening", "who"),
    [
        ("Kharkiv Regional Military Administration, 22 October\n\n", "Russia"),
        ("Odesa City Military Administration - channel\n\n", "Russia"),
        # look-alike: a channel that is not Ukrainian says nothing of who "the enemy" is
        ("Regional channel, 22 October\n\n", None),
    ],
)
def test_a_ukrainian_military_administrations_enemy_is_russia(nlp, opening, who):
    text = opening + "Overnight the enemy attacked Kharkiv with 14 drones. A woman was killed."
    briefing = annotate_text(text, nlp, published=FRIDAY, all_incidents=True)
    names = {a.id: a.name for a in briefing.actors}
    assert [names.get(e.perpetrator) for e in briefing.incidents] == ([who] if who else [])


def test_the_enemys_strike_is_its_own_event_not_one_told_before(nlp):
    """ "the enemy struck": a side named, not "the missiles" of a strike told before."""
    text = (
        UPDATE + "At 10:20 Russian forces dropped a guided bomb on a school in Kupiansk. At "
        "about 15:30 the enemy struck a residential building in Kherson, injuring two people."
    )
    assert [e.place for e in found(nlp, text)] == ["Kupiansk", "Kherson"]
