"""Round 19 of the incident rules: culprits. Those a court sentenced, jailed,
fined or found guilty for an act are its doers, named as the text calls them
("two men"), and a recruiter named after them never takes their place.
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import culprit_on

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 5, 20)


culprit = culprit_on(WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A court in Vejle on Thursday sentenced two men to prison for setting fire to a "
            "warehouse. The men had been recruited by Russian military intelligence, "
            "prosecutors said.",
            "two men",
        ),
        ("Three Moldovans were jailed on Monday for torching a bus depot in Sibiu.", "Moldovans"),
        (
            "A district court imprisoned a 19-year-old man for the arson attack on a "
            "substation near Pärnu.",
            "19-year-old man",
        ),
        (
            "The defendants were found guilty of setting fire to a timber yard in Grodno.",
            "defendants",
        ),
        ("Judges also found both men guilty of torching a car in Odense in April.", "men"),
        ("A Latvian court fined a woman for the attack on a power line near Jelgava.", "woman"),
        (
            "A Polish court jailed three men for burning down a shopping centre in Warsaw.",
            "three men",
        ),
        (
            "A teenager was sentenced to four years for the arson attack on a rail depot in Riga.",
            "teenager",
        ),
        # look-alikes: acquitted, not found guilty, only charged, sentenced for something else
        ("A court acquitted two men of setting fire to a depot in Brno.", None),
        ("Prosecutors charged two men with setting fire to a warehouse in Lodz.", None),
        (
            "Two men set fire to a warehouse in Lodz on Monday. A court later sentenced a "
            "witness for perjury.",
            None,
        ),
    ],
)
def test_those_sentenced_for_an_act_did_it(nlp, text, expected):
    assert culprit(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's secret service is named as the text names it, never as the bare state
        (
            "A bus depot in Kaunas was set on fire by a man whom prosecutors later said had "
            "been hired by Russian military intelligence.",
            "Russian military intelligence",
        ),
        (
            "Two officers of Russia's GRU military intelligence poisoned a defector in "
            "Salisbury in March 2018.",
            "GRU",
        ),
        (
            "A warehouse in Vilnius was set on fire by two men recruited by Russian intelligence.",
            "Russian intelligence",
        ),
        (
            "Investigators said the arson at a depot in Riga was ordered by Belarusian "
            "security services.",
            "Belarusian security services",
        ),
        (
            "A rail line near Gdansk was blown up on Sunday. Prosecutors said the saboteurs "
            "were working for Russian military intelligence.",
            "Russian military intelligence",
        ),
        (
            "Two agents of Russia's FSB security service set fire to a depot in Narva on Monday.",
            "FSB",
        ),
        # a state's body named by its letters is that body
        (
            "A rail line near Gdansk was blown up on Sunday. Prosecutors said Russia's GRU "
            "was behind the attack.",
            "GRU",
        ),
        ("Iran's IRGC seized a tanker in the Strait of Hormuz on Monday.", "IRGC"),
        # look-alikes: the state's weapon or army is the state's; a service that is no
        # secret one
        ("Russian missiles hit a power plant in Kharkiv on Monday.", "Russia"),
        ("Russia's army shelled a village near Kupiansk on Monday.", "Russia"),
        (
            "A parcel bomb exploded at a depot of the Polish postal service in Warsaw on Monday.",
            None,
        ),
    ],
)
def test_a_secret_service_is_named_not_its_state(nlp, text, expected):
    assert culprit(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a claim told after the event names its claimed culprit, by the name the text gives
        (
            "A warehouse in Lublin was set on fire in May. A group calling itself "
            '"Kommando Spree" later claimed the arson on a left-wing website.',
            "Kommando Spree",
        ),
        (
            "A car dealership in Berlin was set alight on Sunday. A group calling itself "
            "'Vulkan' claimed responsibility in a letter.",
            "Vulkan",
        ),
        (
            "A denial-of-service attack knocked the ministry's website offline on Tuesday. "
            "The pro-Russian group NoName057(16) claimed the attack on Telegram.",
            "NoName057(16)",
        ),
        (
            "A fire gutted a rail signal box near Hamburg on Friday. The anarchist collective "
            "Feuerwehr Nord claimed the arson in a post online.",
            "Feuerwehr Nord",
        ),
        (
            "Hackers took down the website of the city of Brno on Monday. The hacker group "
            "Cyber Army claimed responsibility on Telegram.",
            "Cyber Army",
        ),
        # look-alike: a group's own word, not its name
        (
            "A fire gutted a rail signal box near Hamburg on Friday. The group's members "
            "were not identified.",
            None,
        ),
    ],
)
def test_a_claim_told_later_names_the_claimed_culprit(nlp, text, expected):
    assert culprit(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's own word that it did it, or a claim told in the passive
        (
            "Hackers knocked the websites of three banks offline on Monday. The pro-Russian "
            "group NoName057(16) said on Telegram that it had carried out the attack.",
            "NoName057(16)",
        ),
        (
            "Hackers knocked the websites of three banks offline on Monday. Responsibility "
            "was claimed by the pro-Russian hacker group Killnet.",
            "Killnet",
        ),
        (
            "A warehouse in Lublin was set on fire on Sunday. Responsibility for the arson was "
            "claimed by a group calling itself Black Flame.",
            "Black Flame",
        ),
        # those a verdict is told of in a clause on them
        (
            "The men, who were jailed in March for torching a bus depot in Sibiu, had been "
            "recruited online.",
            "men",
        ),
        (
            "A man convicted of setting fire to a depot in Brno in 2024 was released on Monday.",
            "man",
        ),
        # look-alikes: a denial, a question, a doer the text does not name
        (
            "Hackers knocked the websites of three banks offline on Monday. The pro-Russian "
            "group NoName057(16) denied that it had carried out the attack.",
            None,
        ),
        (
            "Hackers knocked the websites of three banks offline on Monday. The pro-Russian "
            "group NoName057(16) said it had not carried out the attack.",
            None,
        ),
        (
            "Hackers knocked the websites of three banks offline on Monday. Investigators are "
            "examining whether the pro-Russian group NoName057(16) carried out the attack.",
            None,
        ),
        (
            "Hackers knocked the websites of three banks offline on Monday. Responsibility was "
            "not claimed by anyone.",
            None,
        ),
    ],
)
def test_a_group_saying_it_did_it_or_a_clause_on_the_convicted(nlp, text, expected):
    assert culprit(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "dated"),
    [
        # a verdict told as a sentence given or received; its day is the verdict's
        (
            "Two Ukrainians were handed prison sentences on Monday for setting fire to a "
            "paint factory in Wroclaw.",
            "Ukrainians",
            False,
        ),
        (
            "A Colombian man was given eight years for the arson attack on a shopping centre "
            "in Warsaw.",
            "Colombian man",
            False,
        ),
        (
            "Three men received jail terms for the arson attack on a warehouse in London.",
            "Three men",
            False,
        ),
        # look-alikes: an award is no sentence (nor its day the act's); the act's own day
        (
            "A firefighter was given a medal on Monday for the rescue after the arson attack "
            "on a warehouse in Leeds.",
            None,
            False,
        ),
        (
            "Two men set fire to a paint factory in Wroclaw on Monday. They were handed "
            "prison sentences in May.",
            None,
            True,
        ),
    ],
)
def test_a_sentence_given_or_received(nlp, text, expected, dated):
    assert culprit(nlp, text) == expected
    found = annotate_text(text, nlp, published=WEDNESDAY).incidents
    assert (found[0].date is not None) == dated
