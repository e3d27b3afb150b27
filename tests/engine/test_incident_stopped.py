"""Round 20 (focus A): an act told only as an errand ("paid to torch",
"tasked with setting fire") in a sentence that says its doer was stopped,
and an act in a present clause of "every time" or "whenever", name no
event; the same errands without a word of stopping, and past clauses of
"whenever" with a day, do. Sentences written for these tests (not from
any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

FRIDAY = dt.date(2026, 5, 15)


def kinds(nlp, text: str) -> list[str]:
    return [i.type for i in annotate_text(text, nlp, published=FRIDAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said the suspect had also been paid to torch a bus depot in Kutno but "
        "was arrested before he could act.",
        "The man was tasked with setting fire to a warehouse in Konin but was caught before "
        "he could do so.",
        "He was hired to blow up a rail line near Sieradz but police detained him before he "
        "reached it.",
        "She was instructed to set fire to a bus depot in Plock; the plot was foiled in March.",
        "The two men were recruited to burn down a warehouse in Leszno but backed out.",
        "He was arrested on his way to set fire to a depot in Kielce.",
        "Police said he travelled to Gdynia to sabotage a crane but was detained before he could.",
        "Investigators say the cell was ordered to blow up a pipeline near Elblag and was "
        "intercepted days before.",
    ],
)
def test_an_errand_stopped_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He was paid to set fire to a warehouse in Leyton in March.",
        "He was paid 5,000 euros to torch a depot in Radom, and did so on 3 March.",
        "He returned to set fire to a second car before police could arrive.",
        "Saboteurs set fire to a depot in Torun before they could be stopped.",
    ],
)
def test_an_errand_not_stopped_stays(nlp, text) -> None:
    assert len(kinds(nlp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Every time a cable goes dark in the Baltic, the same questions are asked.",
        "Whenever a drone flies over an airport, flights are halted.",
        "Each time a substation is set on fire, the grid operator issues a statement.",
        "Every time drones attack the port, prices rise.",
        "Any time a ferry's systems are hacked, the company pays for the repair.",
        "When a cable is cut in the Baltic, repairs take weeks.",
        "When a drone enters Polish airspace, fighter jets are scrambled.",
    ],
)
def test_a_habit_told_in_the_present_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Whenever sirens sounded on Monday, drones struck the port of Odesa.",
        "Every time the alarm sounded last night, drones hit Kharkiv.",
        "A drone hit the port of Odesa on Monday, as happens every time the grain deal stalls.",
        "When drones struck the port of Odesa on Monday, residents were asleep.",
    ],
)
def test_a_strike_told_beside_a_habit_stays(nlp, text) -> None:
    assert kinds(nlp, text) == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        "The listing also cites plans by the network to blow up a fuel depot in Pomorie in "
        "spring 2026, which were foiled before any device was placed.",
        "Police disrupted a plot to set fire to a warehouse in Sliven in April.",
        "An attempt by two men to torch a bus depot in Ruse was thwarted on Monday.",
        "A planned arson attack on a warehouse in Pleven was foiled by police.",
        "The arson the men had planned at a depot in Vidin never took place.",
        "The cell's scheme to sabotage a rail line near Yambol was uncovered in May.",
        "Police said the suspects had been ordered to bomb a pipeline near Varna, but the plot "
        "was disrupted.",
    ],
)
def test_a_plan_foiled_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []
