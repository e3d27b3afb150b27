"""The speaker checklist of issue 9, section 3, one row per case: each
quotation gets the speaker a careful reader would give, or none where the
text gives none; terms and titles are not speech. Sentences written for
these tests (none from any corpus)."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.model import Briefing, Quote
from annotate.parse_spans import QuoteTokens
from annotate.quote_kinds import quote_kind
from annotate.reporting import find_cues


def the_quote(briefing: Briefing, words: str) -> Quote:
    found = [q for q in briefing.quotes if words in q.text]
    assert len(found) == 1, [q.text for q in briefing.quotes]
    return found[0]


def source_text(text: str, quote: Quote) -> str | None:
    return text[quote.source.start : quote.source.end] if quote.source else None


# (text, words of the quotation, its source mention, or None: no speaker given)
CHECKLIST = {
    "follow-on quotes": [
        (
            "“We have done our part,” said Maria Lopez, the union leader. “Now the company "
            "must do its part.”",
            "company must",
            "Maria Lopez",
        ),
        (
            "“The flood came at night,” farmer Tom Baker said.\n\n“We lost everything.”\n\n"
            "“Nobody warned us.”",
            "Nobody warned",
            "farmer Tom Baker",
        ),
        (
            "“I am leaving,” Paul Grant said. His rival, Sara Kim, said she would stay. "
            "“Someone has to finish the job.”",
            "finish the job",
            "His rival",
        ),
        (
            "“I am leaving,” Paul Grant said.\n\nThe company posted a loss last year.\n\n"
            "“It is time for new blood.”",
            "new blood",
            None,
        ),
        (
            "“Rates must fall,” Ann Cole said.\nOn Sunday, Peter Marsh described the plan as "
            "one of several options.\n“The young want change.”",
            "young want",
            None,
        ),
    ],
    "second quote after an imploring cue": [
        (
            "“Please stay inside,” the police chief implored. “The roads are not safe.”",
            "roads",
            "the police chief",
        ),
        (
            "“Do not sign it,” Anna Berg implored her colleagues. “It will ruin the town.”",
            "ruin",
            "Anna Berg",
        ),
        (
            "“Give us time,” the minister begged. “We are working day and night.”",
            "day and night",
            "the minister",
        ),
        (
            "“Think of the children,” the bishop pleaded, “and put down your weapons.”",
            "weapons",
            "the bishop",
        ),
    ],
    "criticism and characterisation": [
        ("The union blasted the offer as “an insult to every nurse.”", "insult", "The union"),
        (
            "Opposition leaders slammed the budget, calling it “a recipe for disaster.”",
            "recipe",
            "Opposition leaders",
        ),
        ("The chancellor hailed the agreement as “a new chapter.”", "chapter", "The chancellor"),
        (
            "The spokesman dismissed the allegations as “baseless nonsense.”",
            "baseless",
            "The spokesman",
        ),
        ("Campaigners branded the scheme a “land grab.”", "land grab", "Campaigners"),
        ("The report labelled the prison “unfit for purpose.”", "unfit", "The report"),
        ("The mayor called the protesters “a tiny minority.”", "minority", "The mayor"),
        ("Rivals mocked the slogan as “empty words.”", "empty", "Rivals"),
        (
            "In a speech, the senator attacked “the cowardice of the elites.”",
            "cowardice",
            "the senator",
        ),
        ("She lashed out at the board, calling its decision “cowardly.”", "cowardly", "She"),
        ("The speaker keeps calling people “losers” on television.", "losers", "The speaker"),
        ("All evening the candidate went on about “rigged courts.”", "rigged", "the candidate"),
        (
            "The airline cited “unforeseen circumstances” for the delay.",
            "unforeseen",
            "The airline",
        ),
        (
            "The mayor invoked the story his grandmother told about the war, “We ate "
            "grass and we survived.”",
            "ate grass",
            "his grandmother",
        ),
        (
            "Critics have gone after the minister as a “part-time politician.”",
            "part-time",
            "Critics",
        ),
    ],
    "speech verbs": [
        ("“I had no idea,” the actor blurted out during the interview.", "no idea", "the actor"),
        ("“As if,” she scoffed.", "As if", "she"),
        ("“Great result for the team!” the club tweeted on Sunday.", "Great", "the club"),
        ("“The war changed everything,” Smith wrote in his memoir.", "changed", "Smith"),
        ("“Polls close at 8pm,” the commission posted online.", "Polls", "the commission"),
        ("“No comment,” the lawyer told journalists.", "No comment", "the lawyer"),
        ("“It was terrifying,” recalled Maria Santos, 34.", "terrifying", "Maria Santos"),
        ("“Enough is enough,” the protesters chanted.", "Enough", "the protesters"),
        (
            "Bemoaning the “rigged courts,” the candidate attacked the judge.",
            "rigged",
            "the candidate",
        ),
        (
            "Marchers passing the town hall chanted “Not in our name” until midnight.",
            "Not in our name",
            "Marchers",
        ),
    ],
    "written sources": [
        (
            "“The pipeline was deliberately damaged,” a joint statement from the two "
            "governments said.",
            "deliberately",
            "a joint statement from the two governments",
        ),
        (
            "The ministry's report said the reforms had been “largely successful.”",
            "largely",
            "The ministry's report",
        ),
        (
            "A letter from the school warned parents of “serious consequences.”",
            "serious",
            "A letter from the school",
        ),
        (
            "The board is “deeply divided,” as an internal memo put it.",
            "divided",
            "an internal memo",
        ),
        (
            "The paper attacked the governor, saying he had “failed the state.”",
            "failed",
            "The paper",
        ),
        (
            "The agency did not name the firm, but it referenced “serious lapses” in its audit.",
            "lapses",
            "it",
        ),
        (
            "It attacked the governor, saying he had “failed the state.”",
            "failed",
            "It",
        ),
    ],
    "relative clauses": [
        (
            "Reporters turned to the Fire Department which reported “1,200 false alarms” "
            "in a year.",
            "false alarms",
            "the Fire Department",
        ),
        (
            "She met Tom Reyes, now the party chairman, who once called the tax “theft.”",
            "theft",
            "Tom Reyes",
        ),
        (
            "Guests included the mayor's deputy, Councillor Ruth Hale, who called the plan "
            "“a triumph.”",
            "triumph",
            "Councillor Ruth Hale",
        ),
    ],
    "long appositions": [
        (
            "“We need more buses,” Jane Roe, the mayor's adviser for housing and transport, said.",
            "buses",
            "Jane Roe",
        ),
        (
            "“The harvest was poor,” Peter Olsen, a 62-year-old farmer from the north of the "
            "county who has worked the land for 40 years, said.",
            "harvest",
            "Peter Olsen",
        ),
        (
            "In the days before the vote, Lena Hart, a senior adviser to the campaign, called "
            "the speech “a turning point.”",
            "turning point",
            "Lena Hart",
        ),
    ],
    "headlines": [
        (
            "Council cuts bin collections, says budget “cannot stretch further”",
            "stretch",
            "Council",
        ),
    ],
    "an outlet is only the channel": [
        ("“We will rebuild,” she said, according to the Daily Herald.", "rebuild", "she"),
        (
            "According to the Times, the minister said the plan was “dead in the water.”",
            "dead in the water",
            "the minister",
        ),
    ],
    "the speaker of a participle clause": [
        (
            "“The debate is over,” Ruth Mason said, going on to say that voters had “moved on.”",
            "moved on",
            "Ruth Mason",
        ),
        (
            "After saying her knee was “badly swollen,” she was taken to hospital.",
            "swollen",
            "she",
        ),
        (
            "The ad ends with footage of the senator saying, “Taxes are for suckers,” when his "
            "rival attacked him on the stage.",
            "suckers",
            "the senator",
        ),
    ],
    "never a wrong speaker": [
        ("The so-called “peace plan” was rejected on Monday.", "peace plan", None),
        (
            "Fans circled the stadium - where the home side played the visitors - while "
            "chanting, “We want our club back.”",
            "club back",
            None,
        ),
        (
            "On the form, in a box labelled “next of kin,” a nurse had written a name.",
            "next of kin",
            None,
        ),
        (
            "The rules give the chairman power to call a “special session” of the board.",
            "special session",
            None,
        ),
        (
            "She said she would speak to the workers and let them know that “the plant will "
            "stay open.”",
            "plant will",
            "She",
        ),
    ],
}

CASES = [
    pytest.param(text, words, source, id=f"{item}-{n}")
    for item, rows in CHECKLIST.items()
    for n, (text, words, source) in enumerate(rows)
]


@pytest.mark.parametrize(("text", "words", "source"), CASES)
def test_each_quotation_has_the_speaker_the_text_gives(nlp, text, words, source) -> None:
    briefing = annotate_text(text, nlp)
    quote = the_quote(briefing, words)
    assert source_text(text, quote) == source
    if source is None:
        assert quote.speaker is None
    else:
        assert quote.kind == "speech"


# (text, words of the quotation, its kind)
KINDS = [
    ("She appeared on “Meet the Press” on Sunday.", "Meet the Press", "title"),
    ("The film “The Long Road Home” premiered in Cannes.", "Long Road", "title"),
    ("He read “War and Peace” twice.", "War and Peace", "title"),
    ("The so-called “peace plan” was rejected.", "peace plan", "term"),
    ("The banned words included “climate” and “diversity.”", "climate", "term"),
    ("The ministry's “efficiency drive” ended in March.", "efficiency", "term"),
    ("Crowds greeted him with chants of “Gordon!” at the rally.", "Gordon", "speech"),
    ("She won twice on “Jeopardy!” last year.", "Jeopardy", "title"),
    ("He was asked about it at a “Jobs First” forum in May.", "Jobs First", "title"),
    ("She praised the troops during a “Veterans Day Summit” in Ohio.", "Veterans", "title"),
    ("Ana Silva wrote “The Last Harvest” in 2019.", "Last Harvest", "title"),
    ("She wrote: “We Will Never Give Up.”", "Never Give Up", "speech"),
    ("The minister called the attack “an act of terror.”", "terror", "speech"),
]


@pytest.mark.parametrize(("text", "words", "kind"), KINDS)
def test_terms_and_titles_are_not_speech(nlp, text, words, kind) -> None:
    quote = the_quote(annotate_text(text, nlp), words)
    assert quote.kind == kind
    if kind != "speech":
        assert quote.speaker is None


def test_the_kind_of_a_title_needs_no_parse() -> None:
    text = "They read “The Old Man and the Sea” in school."
    start = text.index("“")
    assert quote_kind(text, (start, text.index("”") + 1), attributed=False) == "title"


def test_cues_are_found_in_a_parsed_doc(nlp) -> None:
    doc = nlp.make_doc("The minister said the talks had failed.")
    for _, component in nlp.pipeline:
        doc = component(doc)
    cues = find_cues(doc, QuoteTokens([]))
    assert [doc[c.token].text for c in cues] == ["said"]
