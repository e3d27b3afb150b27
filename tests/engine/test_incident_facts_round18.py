"""Round 18 of the incident rules: facts of events already found. A street
told by its local abbreviation ("ul. Lipowa") is the place and never ends
the sentence. Sentences written for these tests (not from any corpus or
gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

WEDNESDAY = dt.date(2026, 5, 20)


def events(nlp, text: str):
    return annotate_text(text, nlp, published=WEDNESDAY).incidents


def only(nlp, text: str):
    found = events(nlp, text)
    assert len(found) == 1, [i.text for i in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The car was set alight in a residential car park on ul. Lipowa.", "ul. Lipowa"),
        ("A delivery van was torched on ul. Zielna in Lublin on Monday night.", "ul. Zielna"),
        ("On Monday a fire broke out at a bakery on ul. Kontenerowa in Gdynia.", "ul. Kontenerowa"),
        ("Arsonists set fire to a kiosk on ul. Jana Pawła II overnight.", "ul. Jana Pawła II"),
        # look-alikes: a town ending a sentence, a street in English
        ("A fire broke out at a warehouse on Lipowa Street in Lublin on Monday.", "Lipowa Street"),
        ("A bomb exploded near a market in Seoul. Nobody was hurt.", "Seoul"),
    ],
)
def test_a_street_by_its_abbreviation_is_the_place(nlp, text, place):
    event = only(nlp, text)
    assert event.place == place
    assert "ul" not in event.text.split()  # the abbreviation never ends the sentence


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a person's citizenship is whose, not where
        (
            "A 41-year-old citizen of Ukraine was stabbed in the abdomen at the main "
            "railway station on Monday.",
            None,
        ),
        ("A national of Belarus was stabbed outside a hostel on Friday.", None),
        ("Two citizens of Moldova and Romania were stabbed outside a bar on Sunday.", None),
        ("A citizen of Georgia was shot dead in a car park in Kaunas on Saturday.", "Kaunas"),
        # look-alike: a place told by "of" that is where it happened
        ("A drone hit the capital of Ukraine on Monday.", "Ukraine"),
    ],
)
def test_a_victims_citizenship_is_never_the_place(nlp, text, place):
    assert only(nlp, text).place == place
