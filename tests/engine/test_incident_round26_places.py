"""Round 26 of the place and date rules, shapes where the engine gave a wrong
span: a digest line's label ("• Poland – Cables were cut ...") taken for a
link's first end or tagged with its bullet; a make of weapon ("drones of the
Geran type") taken for a town. Sentences written for these tests (not from
any corpus or gold set); each text opens with a headline line, as an article
does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on
from spacy.tokens import Span

from annotate.entity_spans import entity_at

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Weekly roundup\n\n"

found = found_on(FRIDAY)


def places(nlp, text: str) -> list[str | None]:
    return [e.place for e in found(nlp, HEADLINE + text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "• Hungary – Signalling cables were cut on the Szeged–Kecskemét railway early "
            "on Monday, delaying freight trains carrying aid to Ukraine for most of the day.",
            "Szeged–Kecskemét railway",
        ),
        # look-alike: with a town named, the town is the place
        (
            "• Hungary – Signal cables were cut on the Szeged–Kecskemét railway near the "
            "town of Kistelek early on Tuesday, delaying freight trains.",
            "Kistelek",
        ),
    ],
)
def test_a_digest_lines_label_is_no_links_end(nlp, text, place):
    assert places(nlp, text) == [place]


def test_a_bullet_tagged_with_a_name_is_no_part_of_it(nlp):
    doc = nlp.make_doc("• Belgium: Websites of three ministries were knocked offline.")
    doc.ents = [Span(doc, 0, 2, label="GPE")]  # as the tagger sometimes spans it
    assert entity_at(doc[1]).text == "Belgium"
    assert entity_at(doc[0]).text == "Belgium"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # look-alikes: a link named by its two ends, spaced or not, stays the place
        (
            "Signal cables were cut on the Szeged – Kecskemét railway on Tuesday night.",
            "Szeged – Kecskemét railway",
        ),
        (
            "Signal cables were cut on the Szeged–Kecskemét railway on Tuesday night.",
            "Szeged–Kecskemét railway",
        ),
    ],
)
def test_a_link_named_by_its_ends_is_still_a_place(nlp, text, place):
    assert places(nlp, text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Slovak airspace was violated by drones of the Geran type on Monday night.", "Slovakia"),
        ("A Shahed-type drone hit a warehouse in Kherson on Monday.", "Kherson"),
        # look-alike: a town before another noun is still the town
        ("A drone hit a warehouse in the Kherson region on Monday.", "Kherson region"),
    ],
)
def test_a_make_of_weapon_is_no_place(nlp, text, place):
    assert places(nlp, text) == [place]
