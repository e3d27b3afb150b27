"""`briefing annotate --format markdown`: each position's count is the number
of statements listed under it, as the reader's Positions panel lists them."""

from __future__ import annotations

import re

import pytest
from set_support import actor, briefing, claim, quote

from annotate.markdown import briefing_markdown

PEOPLE = (
    actor("a1", "Poland", "country"),
    actor("a2", "Anna Kowalczyk", role="defence minister", affiliation="a1"),
    actor("a3", "Pavel Orlov", role="spokesman"),
)


@pytest.mark.parametrize(
    ("quotes", "claims", "listed"),
    [
        # a quote inside the same speaker's claim is one statement, not two
        (
            (quote("q1", "a2", 40, "“an act of sabotage”"),),
            (claim("c1", "a2", 30, 70, text="the blast was “an act of sabotage”"),),
            {"Anna Kowalczyk": ["says: the blast was “an act of sabotage”"]},
        ),
        # speech and claims of one speaker, in text order
        (
            (quote("q1", "a3", 10, "“absurd”"), quote("q2", "a3", 300, "“we saw nothing”")),
            (claim("c1", "a3", 100, 120, cue_class="deny", text="any involvement"),),
            {
                "Pavel Orlov": [
                    "says: “absurd”",
                    "says: any involvement",
                    "says: “we saw nothing”",
                ]
            },
        ),
        # a claim the speaker did not make is listed as not made, and counted
        (
            (),
            (
                claim("c1", "a2", 30, 50, text="two workers died"),
                claim("c2", "a3", 60, 80, polarity="negated", text="who was behind it"),
            ),
            {
                "Anna Kowalczyk": ["says: two workers died"],
                "Pavel Orlov": ["did not say: who was behind it"],
            },
        ),
        # a quoted term is nobody's statement
        (
            (quote("q1", "a3", 10, "“hybrid”", kind="term"), quote("q2", "a3", 50)),
            (),
            {"Pavel Orlov": ["says: “words”"]},
        ),
    ],
)
def test_each_position_counts_the_statements_listed_under_it(quotes, claims, listed) -> None:
    markdown = briefing_markdown(briefing("Blast at depot", PEOPLE, quotes, claims))
    counts: dict[str, int] = {}
    found: dict[str, list[str]] = {}
    for line in markdown.split("## Positions", 1)[1].splitlines():
        if entry := re.match(r"- \*\*(.+?)\*\* \((\d+) statements?\)", line):
            who = entry.group(1)
            counts[who], found[who] = int(entry.group(2)), []
        elif line.startswith("  - "):
            found[who].append(line[4:])
    assert found == listed
    assert counts == {who: len(lines) for who, lines in listed.items()}
