"""What quotation marks hold: speech, a quoted term nobody is reported
saying, or the title of a work; only speech is a statement."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.quote_kinds import named_as_work, quote_kind, title_cased

# (text, words of the quotation, its kind)
KINDS = [
    ("The senator said on CBS's “Face the Nation” that the bill was dead.", "Face", "title"),
    ("On “Meet the Press,” the governor defended the budget.", "Meet", "title"),
    ("Her new documentary “Silent Rivers” opens on Friday.", "Silent", "title"),
    ("He read from his memoir, “A Long Way Home,” at the event.", "Long", "title"),
    ("Fans sang “Sweet Caroline” after the match.", "Sweet", "title"),
    ("The host of the “Morning Report” radio show resigned.", "Morning", "title"),
    ("The company sold the “premium” package to few customers.", "premium", "term"),
    ("The so-called “fact-checking” site changed its rules.", "fact", "term"),
    ("A “philanthropub” opened on the corner.", "philanthropub", "term"),
    # a nickname inside a name is nobody's speech, even beside a cue
    ("“We lost,” said former captain Joe “Bulldog” Barnes.", "Bulldog", "term"),
    ('The cartel boss Joaquin "El Rey" Soto was arrested, police said.', "El Rey", "term"),
    # a name given, not words reported: operations, nicknames, "known as"
    (
        "Police said an operation, code-named “Operation Iron Gate”, had begun.",
        "Iron Gate",
        "title",
    ),
    ("The coach said the striker, nicknamed “the Hammer”, was fit.", "Hammer", "term"),
    ("The valley, known as “the dead zone”, is empty.", "dead zone", "term"),
    # a characterisation is speech: "referred to him as", "called"
    ("A friend referred to him as “the kindest man I ever met”.", "kindest", "speech"),
    # a term inside a reported clause is the speaker's words
    ("Russia accused the West of “moving towards escalation.”", "escalation", "speech"),
    ("The minister called the plan “reckless.”", "reckless", "speech"),
    # whole sentences with no speaker stay speech, unattributed
    ("The crowd waited.\n\n“It was worth it.”", "worth", "speech"),
]


@pytest.mark.parametrize(("text", "words", "kind"), KINDS)
def test_kind_of_a_quotation(nlp, text, words, kind) -> None:
    briefing = annotate_text(text, nlp)
    (quote,) = [q for q in briefing.quotes if words in q.text]
    assert quote.kind == kind
    if kind != "speech":
        assert quote.speaker is None and quote.source is None and quote.cue is None


def test_a_title_is_never_a_speaker_nor_a_statement(nlp) -> None:
    text = (
        "In her book “The Quiet Years,” the author recalls her childhood. "
        "“Nobody listened,” she said."
    )
    briefing = annotate_text(text, nlp)
    title = next(q for q in briefing.quotes if "Quiet" in q.text)
    assert title.kind == "title"
    assert [q.text for q in briefing.speech] == ["“Nobody listened,”"]
    assert all(title.id not in p.quotes for p in briefing.positions)


@pytest.mark.parametrize(
    ("inner", "cased"),
    [
        ("Face the Nation", True),
        ("Keepin' It Real", True),
        ("13th", True),
        ("Contract with America", True),
        ("moving towards escalation", False),
        ("Hands up, don't shoot.", False),
        ("We won. They lost.", False),
    ],
)
def test_title_case(inner, cased) -> None:
    assert title_cased(inner) is cased


def test_the_words_around_name_a_work() -> None:
    text = "He told MSNBC’s “Morning Joe” that he would run."
    start = text.index("“")
    end = text.index("”") + 1
    assert named_as_work(text, start, end)
    assert quote_kind(text, (start, end), attributed=True) == "title"
