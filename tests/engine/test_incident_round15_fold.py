"""Round 15, precision: nothing listed that did not happen, nothing listed
twice. An accident put down to a household or worn-out cause ("a pan of oil
left on a hob", "a broken rail"), or blamed on one in the next sentence
("Investigators later blamed a welding fault"), is no incident; what an
event cut or knocked out ("..., cutting the main power link to X") is that
event, wherever the link led; an act told again on "the" thing it was done
to ("set fire to the unit") is the act told just before. Sentences written
for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

FRIDAY = dt.date(2026, 5, 15)


events = events_on(FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "A blaze that destroyed a bakery in Sligo on Friday was caused by a pan of oil "
        "left on a hob, firefighters said.",
        "A derailment near Tczew in March was caused by a broken rail, inspectors found.",
        "A goods train derailed near Kutno on Monday. Inspectors later blamed a cracked axle.",
        "Fire breaks out at a hall of a paint factory in Radom. Investigators later "
        "blamed a welding fault.",
        "A fire gutted a hostel in Cork on Sunday. Investigators blamed a faulty heater "
        "for the blaze.",
    ],
)
def test_an_accident_put_down_to_a_household_or_worn_cause_is_no_incident(nlp, text) -> None:
    assert events(nlp, text) == ()


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # what is blamed is a person or a state: still an incident
        (
            "A fire gutted a hostel in Cork on Sunday. Police blamed two teenagers.",
            ["fire"],
        ),
        (
            "A fire destroyed a depot in Tver on Monday. The governor blamed Ukrainian drones.",
            ["fire"],
        ),
        # "blamed the fault on thieves": the fault is the act, the thieves its cause
        (
            "Two men cut signal cables near Alytus on Monday, police said. The rail "
            "operator had blamed the fault on thieves.",
            ["sabotage"],
        ),
        # the fault blamed for something else leaves the event alone
        (
            "A bomb exploded at a bus stop in Pskov on Monday. Officials blamed a faulty "
            "signal for the delays to trains that followed.",
            ["explosion"],
        ),
        (
            "A blaze that destroyed a bakery in Sligo on Friday was started with petrol "
            "poured through the letterbox, police said.",
            ["fire"],
        ),
    ],
)
def test_an_incident_blamed_on_someone_stays(nlp, text, kinds) -> None:
    assert [e.type for e in events(nlp, text)] == kinds


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "An explosion wrecked a pylon near Taraclia on Monday, cutting the main power "
            "link to Bulgaria for a day.",
            "explosion",
            "Taraclia",
        ),
        (
            "Saboteurs damaged a substation outside Rivne on Monday, knocking out the "
            "supply line to Lutsk.",
            "sabotage",
            "Rivne",
        ),
    ],
)
def test_what_an_act_cut_off_is_that_act(nlp, text, kind, place) -> None:
    found = events(nlp, text)
    assert [(e.type, place in (e.place or "")) for e in found] == [(kind, True)]


@pytest.mark.parametrize(
    "text",
    [
        # a finite clause of its own is another act
        "An explosion wrecked a pylon near Taraclia on Monday, and on Tuesday saboteurs "
        "cut the main power link to Bulgaria near Cahul.",
    ],
)
def test_an_act_of_its_own_in_the_same_sentence_stays_apart(nlp, text) -> None:
    assert len(events(nlp, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Two men set fire to a depot in north Leeds that stored aid for Ukraine, a jury "
        "heard. The prosecution says they set fire to the unit on the Kirkstall trading "
        "estate on the night of 2 May last year. Firefighters fought the blaze for hours.",
        "Two men set fire to a depot in north Leeds, a jury heard on Monday. Both deny "
        "arson. The depot, a unit on a trading estate in Kirkstall, was set alight on the "
        "night of 2 May last year, the prosecutor said.",
    ],
)
def test_an_act_told_again_on_the_thing_it_was_done_to_is_one_event(nlp, text) -> None:
    assert len(events(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite new thing, or one dated otherwise, is another act
        "Two men set fire to a depot in north Leeds on 2 May, a jury heard. Eight days "
        "later they set fire to a timber yard in Wakefield.",
        "Two men set fire to a depot in north Leeds on 2 May, a jury heard. On 10 May "
        "they set fire to the depot's sister site in Wakefield.",
        "Drones hit an oil refinery in Ryazan on Monday. On Tuesday, drones hit the "
        "refinery in Saratov.",
    ],
)
def test_another_thing_or_another_day_is_another_act(nlp, text) -> None:
    assert len(events(nlp, text)) == 2


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        (
            "Two men set fire to a depot in Leeds on 2 May, acting on the orders of "
            "Russian intelligence, a jury heard on Monday.",
            "alleged",
        ),
        (
            "Two men set fire to a depot in Leeds on 2 May, acting on the orders of "
            "Russian intelligence, the court was told.",
            "alleged",
        ),
        (
            "Russian missiles hit a depot in Lviv on 2 May, residents who heard the "
            "blasts told reporters.",
            "stated",
        ),
    ],
)
def test_what_a_trial_hears_is_alleged(nlp, text, attribution) -> None:
    found = events(nlp, text)
    assert [e.attribution for e in found] == [attribution]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "A power cable between Estonia and Finland was cut on Monday. A diving robot "
            "found a trench beside it. The grid operator rerouted power through Sweden. "
            "Police said on Thursday they were treating the damage to the cable as "
            "criminal mischief.",
            1,
        ),
        (
            "A depot in Daventry was set alight on Saturday. Six fire engines were sent. "
            "Crews stayed at the site until Sunday. Police said on Wednesday they were "
            "investigating the fire as arson.",
            1,
        ),
    ],
)
def test_what_others_did_about_an_event_does_not_date_it_anew(nlp, text, n) -> None:
    found = events(nlp, text)
    assert len(found) == n
    assert found[0].date is not None and found[0].date.text in ("Monday", "Saturday")


def test_a_first_telling_keeps_the_day_it_is_told_with(nlp) -> None:
    # nothing told before it: "the attack" keeps its day
    found = events(
        nlp,
        "Officials in Kherson said they condemned the attack on a market on Monday, "
        "which killed four people.",
    )
    assert [e.date is not None for e in found] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "A loud bang was heard near a depot in Kalisz on Monday. The blast, if it was "
        "one, left no crater and no debris.",
        "Residents of Narva reported a flash on Monday. The explosion, if that is what it "
        "was, caused no damage.",
    ],
)
def test_a_word_the_text_doubts_as_it_says_it_is_no_incident(nlp, text) -> None:
    assert events(nlp, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # a condition of the whole clause, not a doubt of the word
        "A blast hit a depot in Kalisz on Monday. If it was sabotage, police said, the "
        "culprits would be found.",
        "A blast hit a depot in Kalisz on Monday, although officials did not say whether "
        "it was deliberate.",
    ],
)
def test_a_doubt_about_the_cause_leaves_the_event(nlp, text) -> None:
    assert len(events(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors have opened a war crimes case over the pharmacy strike. Investigators "
        "believe the bomb was released by a Russian jet. A Russian glide bomb hit a "
        "pharmacy in Kharkiv at 3.10pm, killing four people.",
    ],
)
def test_the_event_named_before_it_is_told_is_that_event(nlp, text) -> None:
    assert len(events(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # two events at such a site told after it: none is named
        "Prosecutors have opened a case over the market strike. A missile hit a market "
        "in Zaporizhzhia on Monday. A drone hit a market in Kherson on Tuesday.",
    ],
)
def test_a_site_named_by_two_later_events_names_none(nlp, text) -> None:
    assert len(events(nlp, text)) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Parliament passed a law on Tuesday allowing the coast guard to inspect foreign "
        "vessels suspected of cutting subsea cables in Lithuanian waters.",
        "The coast guard may now detain any ship suspected of damaging a pipeline.",
    ],
)
def test_an_act_said_of_a_kind_of_suspect_is_no_event(nlp, text) -> None:
    assert events(nlp, text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # one suspect: the act happened
        "The navy boarded a tanker suspected of cutting a subsea cable near Klaipeda on Sunday.",
        "Two ships suspected of damaging a pipeline off Gotland on Monday were escorted to port.",
    ],
)
def test_an_act_said_of_one_suspect_stays(nlp, text) -> None:
    assert len(events(nlp, text)) == 1


def test_an_act_on_a_kind_of_suspect_is_no_event(nlp) -> None:
    text = (
        "Parliament passed a law on Tuesday allowing the coast guard to seize foreign "
        "vessels suspected of cutting subsea cables in Lithuanian waters."
    )
    assert events(nlp, text) == ()


def test_a_building_burned_to_the_ground_is_the_fire_the_blaze_names(nlp) -> None:
    text = (
        "A warehouse used by a Lithuanian courier firm burned to the ground on an "
        "industrial estate in Rugby in the early hours of Sunday. Four fire engines were "
        "sent to the blaze, and crews stayed until Monday."
    )
    found = events(nlp, text)
    assert [(e.type, e.text.startswith("burned")) for e in found] == [("fire", True)]


@pytest.mark.parametrize(
    "text",
    [
        "A man stabbed two people at a tram stop in Graz on Friday. Messages on Telegram "
        "claimed that a second attacker had fired shots near the stop. Police said they "
        "found no evidence of a second attacker.",
        "Rumours spread online that a bomb had exploded at the Tartu bus station, but "
        "police found no sign of any blast.",
    ],
)
def test_hearsay_found_baseless_is_no_incident(nlp, text) -> None:
    assert [e.type for e in events(nlp, text)] in ([], ["attack"])
    assert all("second" not in e.text for e in events(nlp, text))


def test_hearsay_the_text_does_not_refute_stays(nlp) -> None:
    text = (
        "Posts on Telegram claimed that a bomb had exploded at the Tartu bus station on "
        "Friday. Police confirmed the blast and said two people were hurt."
    )
    assert len(events(nlp, text)) == 1
