"""Summaries of real text (positions and Markdown) read as the article does:
negated reports stay negated, the content keeps its subject, verbs agree."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.markdown import briefing_markdown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said on Monday that the border was calm. "
            "He didn't suggest retaliation, the minister's aide said.",
            "didn't suggest [urge, negated]: retaliation",
        ),
        (
            "The ministry declined to confirm that the drone was Russian.",
            "declined to confirm [confirm, negated]: that the drone was Russian",
        ),
        (
            "At no point did the commander warn that the storm was coming.",
            "did not warn [warn, negated]: that the storm was coming",
        ),
        (
            "Several eastern European nations have urged NATO to abandon its stance.",
            "urge [urge]: NATO to abandon its stance",
        ),
    ],
)
def test_markdown_claims_read_with_polarity_and_agreement(nlp, text, expected) -> None:
    markdown = briefing_markdown(annotate_text(text, nlp))
    assert expected in markdown


def test_no_summary_shows_a_negated_report_as_made(nlp) -> None:
    text = (
        "The president stopped short of blaming Moscow for the outage. "
        "The ministry refused to say who was behind the attack."
    )
    briefing = annotate_text(text, nlp)
    summaries = " ".join(p.summary for p in briefing.positions)
    assert "stopped short of blaming Moscow" in summaries
    assert "refused to say who was behind the attack" in summaries
    for bare in ("blames", "says who"):
        assert bare not in summaries


def test_an_interrupting_cue_keeps_the_contents_subject(nlp) -> None:
    text = (
        "Hybrid attacks have hit the region. These attacks, the admiral told the "
        "Financial Times, are forcing NATO to reassess how it responds."
    )
    briefing = annotate_text(text, nlp)
    (position,) = briefing.positions
    assert "says: These attacks are forcing NATO to reassess" in position.summary
    assert "told the Financial Times" not in position.summary
