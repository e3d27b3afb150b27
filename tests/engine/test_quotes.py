"""Quotations: found by their marks in any of the usual conventions, and
attributed to whoever the text says spoke them, or to nobody."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.model import Briefing, Quote
from annotate.quotes import find_quotes, open_quote_at_paragraphs


def quoted(text: str) -> list[str]:
    return [text[s:e] for s, e in find_quotes(text)]


def test_curly_and_straight_marks() -> None:
    text = 'He called it “a disgrace” and said "we will fight" before leaving.'
    assert quoted(text) == ["“a disgrace”", '"we will fight"']


def test_doubled_apostrophes_are_not_quotation_marks() -> None:
    """Some archives print ''…'' for quotation marks, but two apostrophes are
    not a mark a reader can trust (scorers and other tools ignore them), so
    such a passage is left to the claim its cue reports."""
    text = "''It is going to take a lot more,'' he said. Don't worry, it's fine."
    assert quoted(text) == []


def test_a_doubled_apostrophe_passage_is_still_the_speakers_claim(nlp) -> None:
    text = "''It is going to take a lot more,'' said Anna Berg, the mayor."
    briefing = annotate_text(text, nlp)
    assert not briefing.quotes
    [claim] = briefing.claims
    assert "It is going to take a lot more" in claim.text
    assert claim.source is not None
    assert text[claim.source.start : claim.source.end] == "Anna Berg"


def test_apostrophes_are_not_quotes_but_british_single_marks_are() -> None:
    text = "The minister’s aide said ‘we won’t back down’ on Tuesday."
    assert quoted(text) == ["‘we won’t back down’"]
    mixed = "“It’s ‘in their heads’,” he said."
    assert quoted(mixed) == ["“It’s ‘in their heads’,”"]  # single marks nest inside


def test_quote_running_over_paragraphs_is_one_quotation() -> None:
    text = (
        "The senator said:\n"
        "“We will not vote for this bill. It is a bad bill.\n"
        "“It cuts schools and hospitals, and nobody asked for it.”\n"
        "The vote is on Friday."
    )
    (quote,) = quoted(text)
    assert quote.startswith("“We will not") and quote.endswith("nobody asked for it.”")
    assert "\n“It cuts" in quote


def test_straight_quote_running_over_paragraphs() -> None:
    text = 'She said: "First part.\n\n"Second part."\n\nAfter.'
    assert quoted(text) == ['"First part.\n\n"Second part."']


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        ("Er sagte: „Wir bleiben hier.“ Dann ging er.", "„Wir bleiben hier.“"),
        ("Powiedział: „Zostajemy tutaj.” I wyszedł.", "„Zostajemy tutaj.”"),
        ("Il a dit : « Nous restons ici. » Puis il est parti.", "« Nous restons ici. »"),
    ],
)
def test_other_languages_quotation_marks_pair_up(text: str, quotation: str) -> None:
    assert quoted(text) == [quotation]


@pytest.mark.parametrize(
    ("text", "quotations"),
    [
        (
            "“I would rather live in what he calls “chaos” than under him.” ― Rosa Vega",
            ["“I would rather live in what he calls “chaos” than under him.”"],
        ),
        (
            "“A plan,” she said, “that we call “Bridge” works.”",
            ["“A plan,”", "“that we call “Bridge” works.”"],
        ),
        ("It was “cruel” and “late”, she said.", ["“cruel”", "“late”"]),
        (
            "“We are done, he said. “Nobody doubts it,” she added.",
            ["“We are done, he said. “Nobody doubts it,”"],
        ),
        ("Then he said, ”We will go home now,” and left.", ["”We will go home now,”"]),
        ("The boss” said no. Others agreed.", []),
    ],
)
def test_nested_and_mistyped_curly_marks(text: str, quotations: list[str]) -> None:
    assert quoted(text) == quotations


def test_a_quote_left_open_closes_at_its_paragraph_end() -> None:
    text = "He said “we are ready to go.\nThe next paragraph is narration."
    assert quoted(text) == ["“we are ready to go."]


def test_paragraph_starts_inside_a_running_quote_are_not_safe_cuts() -> None:
    text = "A said:\n“One.\n“Two.”\nB."
    safe = open_quote_at_paragraphs(text)
    assert 0 in safe and text.index("“One") in safe
    assert text.index("“Two") not in safe
    assert text.index("B.") in safe


def annotate(nlp, text: str) -> Briefing:
    return annotate_text(text, nlp)


def only_quote(briefing: Briefing, opening: str) -> Quote:
    found = [q for q in briefing.quotes if q.text.startswith(opening)]
    assert len(found) == 1, [q.text for q in briefing.quotes]
    return found[0]


def source_text(text: str, quote: Quote) -> str | None:
    return text[quote.source.start : quote.source.end] if quote.source else None


def speaker_name(briefing: Briefing, quote: Quote) -> str | None:
    return next((a.name for a in briefing.actors if a.id == quote.speaker), None)


def test_speaker_after_the_quote(nlp) -> None:
    text = "“We are not going anywhere,” Senator Mary Jones said on Tuesday."
    briefing = annotate(nlp, text)
    quote = only_quote(briefing, "“We are not")
    assert source_text(text, quote) == "Senator Mary Jones"
    assert quote.cue and quote.cue.text == "said"
    assert speaker_name(briefing, quote) == "Mary Jones"


def test_said_x_title_of_y(nlp) -> None:
    text = "“The border will stay open,” said Pierre Martin, head of the customs agency in Lyon."
    briefing = annotate(nlp, text)
    quote = only_quote(briefing, "“The border")
    assert source_text(text, quote) == "Pierre Martin"
    assert speaker_name(briefing, quote) == "Pierre Martin"


def test_pronoun_speaker_resolves_to_the_named_person(nlp) -> None:
    text = (
        "Health minister Anna Kowalski visited the hospital on Monday. "
        "She added: “The staff here are exhausted and we owe them better pay.”"
    )
    briefing = annotate(nlp, text)
    quote = only_quote(briefing, "“The staff")
    assert source_text(text, quote) == "She"
    assert quote.cue and quote.cue.text == "added"
    assert speaker_name(briefing, quote) == "Anna Kowalski"


def test_speaker_introduced_with_a_colon_before_a_new_paragraph(nlp) -> None:
    text = (
        "The mayor, Tom Reyes, said the city had no choice:\n"
        "“We cannot keep the bridge open. It is simply not safe.”\n"
    )
    briefing = annotate(nlp, text)
    quote = only_quote(briefing, "“We cannot")
    assert source_text(text, quote) == "The mayor"
    assert speaker_name(briefing, quote) == "Tom Reyes"


def test_multi_paragraph_quote_keeps_its_speaker(nlp) -> None:
    text = (
        "Union leader Carla Diaz told reporters:\n"
        "“We have waited two years for this offer. It is not enough.\n"
        "“Our members will decide next week whether to strike.”\n"
        "Talks resume on Monday."
    )
    briefing = annotate(nlp, text)
    quote = only_quote(briefing, "“We have waited")
    assert quote.text.endswith("whether to strike.”")
    assert speaker_name(briefing, quote) == "Carla Diaz"


def test_a_speakers_next_quoted_paragraph_stays_hers(nlp) -> None:
    text = (
        "“The plan is dead,” said Karen Lee, the party's treasurer.\n"
        "“Nobody in the caucus will defend it now.”\n"
    )
    briefing = annotate(nlp, text)
    second = only_quote(briefing, "“Nobody")
    assert source_text(text, second) == "Karen Lee"


def test_a_speakers_next_quote_in_the_same_paragraph_stays_his(nlp) -> None:
    # the parser starts the next paragraph's sentence at the closing mark,
    # so that paragraph's own cue ("told") must not break the speaker's run
    text = (
        '"We are looking at a deliberate act," said Karl Brandt, the head of the '
        'federal police. "The damage is consistent with explosives."\n\n'
        "Interior Minister Nancy Faeser told reporters that the country would "
        '"not be intimidated."\n'
    )
    briefing = annotate(nlp, text)
    second = only_quote(briefing, '"The damage')
    assert source_text(text, second) == "Karl Brandt"
    assert speaker_name(briefing, second) == "Karl Brandt"


def test_speaker_after_the_cue_is_the_source(nlp) -> None:
    text = (
        "“Look, she needed to split the first two primaries,” added a South "
        "Carolina Democrat. “She has done that.”"
    )
    briefing = annotate(nlp, text)
    for opening in ("“Look", "“She has"):
        quote = only_quote(briefing, opening)
        assert source_text(text, quote) == "a South Carolina Democrat"


def test_a_name_the_parser_hangs_on_the_quotation_is_still_the_source(nlp) -> None:
    text = (
        "It is good.\n\n“It is not the position that everything is hunky-dory,” "
        "Gene Sperling, a top outside Clinton adviser, said at a recent event. "
        "“I think the people are capable.”"
    )
    briefing = annotate(nlp, text)
    for opening in ("“It is not", "“I think"):
        quote = only_quote(briefing, opening)
        assert source_text(text, quote) == "Gene Sperling"
        assert speaker_name(briefing, quote) == "Gene Sperling"


def test_a_quote_handed_on_with_a_comma_takes_the_cue_after_it(nlp) -> None:
    # "said" has a complement of its own (the show's title); the comma inside
    # the closing mark still hands the quotation to it
    text = "“He views Russia as a foreign power,” Mr. Manafort said on CBS's “Face the Nation.”"
    briefing = annotate(nlp, text)
    quote = only_quote(briefing, "“He views")
    assert source_text(text, quote) == "Mr. Manafort"


def test_a_title_after_the_cue_is_not_what_was_said(nlp) -> None:
    text = "He views Russia as a foreign power, Mr. Manafort said on CBS's ''Face the Nation.''"
    [claim] = annotate(nlp, text).claims
    assert claim.text == "He views Russia as a foreign power"


def test_straight_opening_and_curly_closing_marks_pair_up(nlp) -> None:
    text = '"I don’t think it’s getting the attention it deserves,” Grassley said.'
    briefing = annotate(nlp, text)
    quote = only_quote(briefing, '"I don’t')
    assert quote.end == text.index("”") + 1
    assert source_text(text, quote) == "Grassley"


def test_partial_quote_is_attributed_to_the_sentence_speaker(nlp) -> None:
    text = (
        "The foreign ministry accused the neighbouring government of "
        "“reckless provocation” after the drills."
    )
    briefing = annotate(nlp, text)
    quote = only_quote(briefing, "“reckless provocation”")
    assert source_text(text, quote) == "The foreign ministry"
    assert quote.cue and quote.cue.text == "accused"
    # the reported content beyond the quotation is a claim of its own
    (claim,) = [c for c in briefing.claims if "reckless provocation" in c.text]
    assert claim.text.startswith("the neighbouring government of")
    assert claim.cue_class == "accuse"


def test_straight_quotes_are_attributed_too(nlp) -> None:
    text = '"We expect a decision by Friday," the spokesman said.'
    briefing = annotate(nlp, text)
    quote = only_quote(briefing, '"We expect')
    assert source_text(text, quote) == "the spokesman"


def test_a_quote_with_no_stated_speaker_gets_none(nlp) -> None:
    text = (
        "The report was released on Monday. "
        "“Never again” was painted on the wall of the town hall overnight."
    )
    briefing = annotate(nlp, text)
    quote = only_quote(briefing, "“Never again”")
    assert quote.source is None and quote.speaker is None and quote.cue is None


def test_a_title_in_quotation_marks_is_nobodys_quote(nlp) -> None:
    text = "The film “Dark Waters” opened in 300 cinemas this weekend."
    quote = only_quote(annotate(nlp, text), "“Dark Waters”")
    assert quote.source is None


@pytest.mark.parametrize(
    "text",
    [
        "“It works,” ― Jane Smith, engineer\nNext paragraph.",
        "“It works.” — Jane Smith\n",
    ],
)
def test_a_quote_signed_with_a_dash(nlp, text) -> None:
    quote = only_quote(annotate(nlp, text), "“It works")
    assert source_text(text, quote).startswith("Jane Smith")


@pytest.mark.parametrize(
    "text",
    [
        "Wait, it gets better:\n\n“The number rose again.”",
        "Transcript as follows:\n\n“We arrived in Cleveland.”",
        "Officials believed the plan would fail.\n\n“Nobody wants it.”",
    ],
)
def test_a_colon_after_no_name_and_no_cue_gives_no_speaker(nlp, text) -> None:
    quote = only_quote(annotate(nlp, text), "“")
    assert quote.source is None


@pytest.mark.parametrize(
    ("text", "opening", "source"),
    [
        (
            "Senator Rhea Dunmore spoke on the radio.\n\n“DUNMORE: Well, we will vote no.”",
            "“DUNMORE",
            "DUNMORE",
        ),
        (
            "Senator Rhea Dunmore spoke on the radio.\n\n“UPDATE: The vote was delayed.”",
            "“UPDATE",
            None,
        ),
        (
            "“Taxes will rise,” Dunmore said.\n\n“UPDATE: The vote was delayed.”",
            "“UPDATE",
            None,
        ),
    ],
)
def test_a_transcript_label_names_the_speaker_only_when_the_text_names_them(
    nlp, text, opening, source
) -> None:
    quote = only_quote(annotate(nlp, text), opening)
    assert source_text(text, quote) == source
