"""A headline names the event with one word, the body tells it with
another (blaze/fire, blast/explosion, hack/cyberattack, inferno/flames):
one event, told in the body. Flames that destroy or tear through a thing are
a fire; flames of a figure are not. Sentences written for these tests (not
from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

SUNDAY = dt.date(2026, 5, 17)


@pytest.mark.parametrize(
    ("headline", "body", "kind"),
    [
        ("Blaze guts Tarn warehouse", "A fire destroyed a warehouse in Tarn on Friday.", "fire"),
        ("Inferno at Merav depot", "Flames destroyed a bus depot in Merav on Friday.", "fire"),
        (
            "Fire at Kessel arms plant",
            "Flames tore through a hall of an arms plant in Kessel on Friday, police said.",
            "fire",
        ),
        (
            "Blast at Karlo arms depot",
            "An explosion ripped through an arms depot near Karlo on Tuesday.",
            "explosion",
        ),
        (
            "Explosion rocks Karlo depot",
            "A blast tore through an arms depot near Karlo on Tuesday, the ministry said.",
            "explosion",
        ),
        (
            "Hack of Tarn news agency",
            "Hackers broke into the website of the Tarn news agency on Friday.",
            "cyber",
        ),
        (
            "Tarn news agency hacked",
            "A cyberattack hit the Tarn news agency on Friday, the government said.",
            "cyber",
        ),
    ],
)
def test_a_headline_and_its_body_in_other_words_are_one_event(nlp, headline, body, kind) -> None:
    text = f"{headline}\n\n{body}"
    [event] = annotate_text(text, nlp, published=SUNDAY).incidents
    assert event.type == kind
    assert event.start > len(headline)  # told in the body
    assert len(event.mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The flames of war consumed the region for a decade.",
        "Populists fanned the flames of anger on Monday.",
        "Flames ripped through the debate as the minister spoke.",
    ],
)
def test_flames_of_a_figure_are_not_a_fire(nlp, text) -> None:
    assert not annotate_text(text, nlp, published=SUNDAY).incidents
