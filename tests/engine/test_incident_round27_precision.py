"""Round 27 of the incident rules, precision: words that tell no event of
their own. A bomb disposal's controlled blast; a condition told by
inversion where the parser took it for what was said; a clause that "it is
untrue" stands for; what counted investigations are into; and a person
attacked by a man typed by what the victim's aside says. Sentences written
for these tests (not from any corpus or gold set); each text opens with a
headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


def _mentions(nlp, text: str) -> list[list[str]]:
    full = HEADLINE + text
    return [[full[m.start : m.end] for m in x.mentions] for x in found(nlp, full)]


@pytest.mark.parametrize(
    "text",
    [
        "A suspicious bag was found at the station in Lyon on Monday. "
        "Army sappers destroyed it in a controlled blast.",
        "Police in Lyon blew up the abandoned suitcase in a controlled blast on Monday.",
        "Bomb disposal experts carried out controlled blasts at a beach in Dorset on Monday.",
    ],
)
def test_a_controlled_blast_is_a_disposal_not_an_explosion(nlp, text):
    assert not any(x.type == "explosion" for x in found(nlp, HEADLINE + text))


@pytest.mark.parametrize(
    "text",
    [
        "A blast tore through a warehouse in Lyon on Monday, killing two.",
        "A blast hit a bus in Lyon on Monday, and police controlled the crowd after it.",
    ],
)
def test_a_blast_is_still_an_explosion(nlp, text):
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["explosion"]


def test_a_condition_told_by_inversion_in_a_quote_adds_no_mention(nlp):
    text = (
        "A parcel caught fire at a depot in Leipzig on Monday. The prosecutor told the "
        'judges that "had the parcel ignited an hour later, it would have been in the '
        'hold of a cargo aircraft."'
    )
    (mentions,) = _mentions(nlp, text)
    assert mentions == ["caught fire at a depot in Leipzig on Monday"]


def test_an_inverted_condition_before_its_clause_is_no_event(nlp):
    text = "Had the bomb gone off, dozens could have died, police in Lyon said on Monday."
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # "had" after its subject tells what happened, whatever follows
        "A parcel caught fire at a depot in Leipzig on Monday. The prosecutor said that "
        "the parcel had ignited an hour later than planned.",
        "A parcel caught fire at a depot in Leipzig on Monday. Police said the parcel had "
        "ignited on a belt, and it would take weeks to find the sender.",
    ],
)
def test_a_past_perfect_told_is_still_a_mention(nlp, text):
    (mentions,) = _mentions(nlp, text)
    assert any("had ignited" in m for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        'The Danish air force says it is "untrue" that a drone crashed into a hangar '
        "at Skrydstrup on Monday.",
        "Officials said it was false that hackers had shut down the grid in Tallinn on Monday.",
    ],
)
def test_what_it_is_untrue_that_happened_is_no_event(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Police said it was true that a drone crashed into a hangar at Skrydstrup on Monday.",
        "It is clear that a drone crashed into a hangar at Skrydstrup on Monday.",
        "The air force says a drone crashed into a hangar at Skrydstrup on Monday, "
        "and that claims of a second crash were untrue.",
    ],
)
def test_what_it_is_true_that_happened_is_an_event(nlp, text):
    assert len(found(nlp, HEADLINE + text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Figures show police opened more than 40 investigations into suspected "
        "state-backed sabotage in 2025.",
        "Police have opened 12 cases of arson at warehouses in Leipzig this year.",
    ],
)
def test_what_counted_investigations_are_into_is_a_kind(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Police opened an investigation into a fire at a depot in Leipzig on Monday.",
        "Police opened two investigations into the fire at a depot in Leipzig on Monday.",
    ],
)
def test_an_investigation_into_one_fire_leaves_the_fire(nlp, text):
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["fire"]


def test_a_person_attacked_by_a_man_is_an_attack_whatever_the_aside_says(nlp):
    text = (
        "Andrei Kavalchuk, 38, who runs a volunteer network helping exiles, was attacked "
        "by a man in a hooded jacket in Warsaw on Saturday."
    )
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["attack"]


def test_an_attack_with_cyber_words_of_its_own_is_still_cyber(nlp):
    text = "A DDoS attack took down the website of the city of Tartu on Monday."
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["cyber"]
