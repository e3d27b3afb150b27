"""Round 20 (focus A): reports, claims, posts, rumours and stories "that X"
or "of X" called false, untrue, incorrect, baseless or not confirmed name no
event, in either order of the telling ("X, the mayor said, was not true");
reports confirmed or backed name one. Sentences written for these tests
(not from any corpus or gold set)."""

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
        "Claims circulating online that a drone came down inside the perimeter of the base at "
        "Novo Selo are false; no debris was found.",
        "Reports on Telegram of a third strike on the Lozenets district are untrue, the mayor "
        "says: the bangs were air defence.",
        "Online claims that a drone came down inside the base perimeter are false, the army said.",
        "Reports of a second blast at the depot in Lom were not confirmed, police said.",
        "Reports that a drone hit the refinery in Ruse are incorrect, the governor said.",
        "The mayor said reports of a third strike on the district were untrue.",
        "Rumours that arsonists torched a bus depot in Pleven are not true.",
        "A report of an explosion at the Kozloduy plant, the mayor said, was not true.",
        "Posts alleging that hackers had shut down the water utility are wrong, the utility said.",
        "The story that saboteurs had blown up a rail bridge near Karnobat is inaccurate, police "
        "said.",
    ],
)
def test_a_report_called_untrue_is_no_event(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Reports of a drone attack on the port of Varna on Monday were confirmed by the navy.",
            "strike",
        ),
        ("Claims by the army that a drone hit the base in Shumen were backed by photos.", "strike"),
        ("Reports that a drone hit the refinery in Ruse are correct, the governor said.", "strike"),
    ],
)
def test_a_report_that_stands_is_an_event(nlp, text, kind) -> None:
    assert kinds(nlp, text) == [kind]
