"""Round 24 (places): a town the tagger mislabels (a person, a firm, a time)
is the place when a strike word's "on"/"in"/"near"/"at"/"outside", or
"hit"/"struck", takes it and the article uses the name as a place elsewhere;
never a person, a firm that speaks, a month or weekday, nor a name the
article gives no sign of being a place. Sentences written for these tests
(not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on, only_on

FRIDAY = dt.date(2026, 6, 5)

only = only_on(FRIDAY)
found = found_on(FRIDAY)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # tagged a time with the word after it; a capital, and "residents in Kyiv"
        (
            "Rockets rained down on Kyiv overnight. Residents in Kyiv spent the night in shelters.",
            "Kyiv",
        ),
        ("Rockets rained down on Kyiv overnight, officials in Kyiv said.", "Kyiv"),
        # tagged a firm; "police in Mykolaiv", "the governor of Mykolaiv"
        (
            "An explosion in Mykolaiv injured four people on Sunday. Police in Mykolaiv said a"
            " gas leak was ruled out.",
            "Mykolaiv",
        ),
        (
            "An explosion in Mykolaiv injured four people, the governor of Mykolaiv said.",
            "Mykolaiv",
        ),
        # tagged a person; a dateline, "the city of", "is a small town"
        ("KHARKIV — A missile strike on Kharkiv killed three people on Tuesday.", "Kharkiv"),
        (
            "A drone strike on Zaporizhzhia wounded five people. The city of Zaporizhzhia has"
            " been hit often this year.",
            "Zaporizhzhia",
        ),
        ("A drone strike on Bakhmach wounded two people. Bakhmach is a small town.", "Bakhmach"),
    ],
)
def test_a_mislabelled_town_the_article_uses_as_a_place_is_the_place(nlp, text, place):
    assert only(nlp, text).place == place


@pytest.mark.parametrize(
    "text",
    [
        # a person's house: the possessive says whose, and "Mr Petrov" who
        "A strike on Petrov's house killed two people. Officials in Kyiv said Mr Petrov was"
        " unhurt.",
        # a firm: it speaks, or people hold a stake in it
        "A drone attack on Naftogaz damaged a depot on Monday. Naftogaz said no one was hurt.",
        "A drone attack on Naftogaz damaged a depot on Monday. Investors with a stake in"
        " Naftogaz were told no one was hurt.",
        # a person the tagger took for a site, titled elsewhere
        "Gunmen opened fire on Ivanenko on Friday. Police said Mr Ivanenko was wounded.",
        # a month, a weekday
        "An explosion in March killed two workers, officials in Ukraine said.",
        # nothing in the article says the name is a place
        "An explosion in Mykolaiv injured four people.",
    ],
)
def test_no_place_from_a_person_a_firm_a_time_or_an_unplaced_name(nlp, text):
    assert only(nlp, text).place is None


def test_two_strikes_on_mislabelled_towns_keep_their_own_places(nlp):
    text = (
        "A drone strike on Zaporizhzhia wounded five people on Monday. The city of Zaporizhzhia"
        " has been hit often. On Wednesday, an explosion in Mykolaiv injured four people,"
        " police in Mykolaiv said."
    )
    places = {i.place for i in found(nlp, text)}
    assert {"Zaporizhzhia", "Mykolaiv"} <= places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Russian missiles struck Kharkiv on Tuesday morning, the governor said. A missile"
            " hit a school in the Kyivskyi district.",
            "Kharkiv",
        ),
        (
            "Russia struck Dnipro with ballistic missiles on Tuesday, officials said. A missile"
            " hit an apartment block in the Sobornyi district.",
            "Dnipro",
        ),
    ],
)
def test_a_district_named_right_after_a_town_is_struck_is_part_of_that_strike(nlp, text, place):
    events = found(nlp, text)
    assert [e.place for e in events] == [place]
    assert len(events[0].mentions) == 2


def test_an_event_told_in_passing_then_in_full_near_the_same_town_is_one(nlp):
    text = (
        "We spoke to him two days after a Russian drone crashed in a field near Hrubieszów."
        "\n\nAt 3 a.m. on Tuesday a drone crossed into Polish airspace from Belarus and came"
        " down in a field near Hrubieszów."
    )
    events = found(nlp, text)
    assert len(events) == 1
    assert events[0].text.startswith("a drone crossed")


def test_a_bullet_of_key_developments_is_not_the_main_telling(nlp):
    text = (
        "War latest: toll in Kryvyi Rih strike rises to 9\n\nKey developments on Oct. 8:\n\n"
        "- Russian ballistic missile strike on Kryvyi Rih kills 9, injures 31\n"
        "- Parliament passes budget\n\nThe death toll from a Russian missile attack on the"
        " city of Kryvyi Rih in Dnipropetrovsk Oblast has risen to nine, local authorities"
        " said on Oct. 8."
    )
    events = found(nlp, text)
    assert len(events) == 1
    assert events[0].text.startswith("a Russian missile attack on the city of Kryvyi Rih")
