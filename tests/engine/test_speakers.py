"""Every quotation with the speaker the text gives, found as a careful reader
would; no speaker where the text gives none."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.model import Briefing, Quote


def quote_in(briefing: Briefing, text: str, words: str) -> Quote:
    found = [q for q in briefing.quotes if words in q.text]
    assert len(found) == 1, [q.text for q in briefing.quotes]
    return found[0]


def source_of(text: str, quote: Quote) -> str | None:
    return text[quote.source.start : quote.source.end] if quote.source else None


# (text, words of the quotation, the mention the text gives as its source)
SPEAKERS = [
    # speech verbs beyond "said"
    ("“That's a lie,” he blurted out.", "lie", "he"),
    ("“Only on Tuesdays,” the mayor quipped.", "Tuesdays", "the mayor"),
    ("“Nobody believes that,” she scoffed.", "Nobody", "she"),
    ("“We will not be intimidated,” the senator tweeted.", "intimidated", "the senator"),
    ("“The war is over,” he wrote on Facebook.", "war", "he"),
    ("“Vote early,” the council posted on its website.", "Vote", "the council"),
    ("“The talks have stalled,” the envoy told reporters.", "stalled", "the envoy"),
    ("“Not again,” the coach shot back.", "again", "the coach"),
    ("“Let us be clear,” the judge continued.", "clear", "the judge"),
    ("“Absolutely not,” the minister replied.", "Absolutely", "the minister"),
    # written sources
    (
        "“The pipe was damaged on purpose,” a joint statement from the two agencies said.",
        "damaged",
        "a joint statement from the two agencies",
    ),
    ("“Demand will keep rising,” the ministry's report said.", "Demand", "the ministry's report"),
    ("“The figures are final,” it said in a statement.", "figures", "it"),
    # verbs of criticism and characterisation
    ("The senator blasted the plan as “a giveaway to developers.”", "giveaway", "The senator"),
    ("Critics slammed the ruling as “a disgrace.”", "disgrace", "Critics"),
    ("The president hailed the deal as “historic.”", "historic", "The president"),
    ("The ministry dismissed the report as “pure fiction.”", "fiction", "The ministry"),
    ("The opposition branded the budget “reckless.”", "reckless", "The opposition"),
    ("Analysts labelled the move “a gamble.”", "gamble", "Analysts"),
    ("The minister called the attack “an act of terror.”", "terror", "The minister"),
    ("She described the talks as “productive but slow.”", "productive", "She"),
    ("The unions rated the offer as “insulting.”", "insulting", "The unions"),
    ("The senator has used the phrase “failed state” for years.", "failed", "The senator"),
    ("Voters rejected the mayor's claim that the roads were “fixed.”", "fixed", "the mayor's"),
    # long appositions, inverted and fronted cues
    (
        "“We will build more homes,” Jane Roe, the mayor's adviser for housing and "
        "transport, said on Tuesday.",
        "homes",
        "Jane Roe",
    ),
    (
        "“The river is rising,” said a senior official at the ministry.",
        "river",
        "a senior official at the ministry",
    ),
    ("Said the coach: “We were lucky.”", "lucky", "the coach"),
    ("As the governor put it, “Nobody gets left behind.”", "Nobody", "the governor"),
    (
        "The senator, who spoke after the vote, said: “This is a good day.”",
        "good day",
        "The senator",
    ),
    # words introduced by a colon after a noun for words
    (
        "The senator is rolling out a new campaign message: “It's about you.”",
        "about",
        "The senator",
    ),
    ("The judge gave her verdict: “Not good enough.”", "Not good", "her"),
    # a dateline is no speaker; a recording shows who speaks
    (
        "LONDON — The prime minister said on Monday that the talks had “failed.”",
        "failed",
        "The prime minister",
    ),
    (
        "The channel aired a video of the mayor saying, “We will not back down.”",
        "back",
        "the mayor",
    ),
    # the outlet is only the channel
    ("“We will rebuild the bridge,” she said, according to the Daily Herald.", "rebuild", "she"),
    # a partial quotation inside reported speech is the speaker's
    (
        "Russia accused the West of “moving towards escalation” in the region.",
        "escalation",
        "Russia",
    ),
]


@pytest.mark.parametrize(("text", "words", "source"), SPEAKERS)
def test_the_speaker_the_text_gives(nlp, text, words, source) -> None:
    briefing = annotate_text(text, nlp)
    quote = quote_in(briefing, text, words)
    assert quote.kind == "speech"
    assert source_of(text, quote) == source


# (text, words of a later quotation, the source it inherits or None)
RUNS = [
    # a follow-on quotation inherits the speaker of the one before
    ("“We tried,” the coach said. “We lost anyway.”", "lost", "the coach"),
    ("“Please reconsider,” the mother implored. “He is only a child.”", "child", "the mother"),
    ("“We tried,” the coach said.\n\n“Next season will be better.”", "Next", "the coach"),
    # the second half of a quotation the cue interrupts, and joined ones
    ("“We tried,” the coach said, “but they were stronger.”", "stronger", "the coach"),
    ("The senator called the bill “reckless” and “cruel.”", "cruel", "The senator"),
    ("Words like “maybe” and “perhaps” mean nothing, he told reporters.", "maybe", "he"),
    # after reported speech in the same paragraph
    (
        "The mayor said the budget would be balanced. “We will not raise taxes.”",
        "taxes",
        "The mayor",
    ),
    # a negated aside about the same speaker does not break the run
    (
        "“We were hacked,” the president said. He did not suggest retaliation. "
        "“Our goal is to set norms.”",
        "norms",
        "the president",
    ),
    # another speaker intervenes: no inheritance
    (
        "“We tried,” the coach said. The captain disagreed and said the team gave up. "
        "“It was a disaster.”",
        "disaster",
        "The captain",
    ),
    # never guess
    ("The crowd waited for hours.\n\n“It was worth it.”", "worth", None),
    ("He left the room. “Goodbye.”", "Goodbye", None),
]


@pytest.mark.parametrize(("text", "words", "source"), RUNS)
def test_runs_of_quotations(nlp, text, words, source) -> None:
    briefing = annotate_text(text, nlp)
    quote = quote_in(briefing, text, words)
    assert source_of(text, quote) == source
    if source is None:
        assert quote.speaker is None and quote.cue is None


# (text, words of the quotation, its source or None): a place, a date, a time
# or a thing held is never the speaker; the clause's own subject is
NOT_SPEAKERS = [
    # a party and state tag after a name
    (
        "Tuesday at Kent State University in Akron, OH, after winning Ohio in the primary, "
        "Gov. Mary Stone (R-OH), said, “I am ready to rent a bus.”",
        "rent a bus",
        "Gov. Mary Stone",
    ),
    ("“This is a disgrace,” Rep. Ann Moss (D-CA) said Thursday.", "disgrace", "Rep. Ann Moss"),
    (
        "In a statement, Sen. Tom Hale (R-Fla.) called the deal “a betrayal.”",
        "betrayal",
        "Sen. Tom Hale",
    ),
    # a dateline with a date and an agency
    (
        "WASHINGTON, Aug. 24 (UPI) — A spokesman for the governor called the audit "
        "“a political stunt.”",
        "stunt",
        "A spokesman for the governor",
    ),
    (
        "DES MOINES, Iowa, March 3 (Reuters) — An aide to the senator called the ruling "
        "“deeply flawed.”",
        "flawed",
        "An aide to the senator",
    ),
    # a time or a thing held that a participle hangs on
    (
        "The candidate attacked his rival all week, at one point calling her “a liar and a cheat.”",
        "liar",
        "The candidate",
    ),
    (
        "The mayor has clashed with the union over pensions, "
        'at one point calling its leader a "bully".',
        "bully",
        "The mayor",
    ),
    (
        "Holding signs calling the mayor “a traitor,” the crowd marched to city hall.",
        "traitor",
        "the crowd",
    ),
    (
        "Waving banners calling the plan “theft,” the farmers blocked the road.",
        "theft",
        "the farmers",
    ),
    # a place in the opening phrase
    (
        "Speaking at a rally in Columbus, Ohio, Lang went after Reed, calling him “a total stiff.”",
        "stiff",
        "Lang",
    ),
    (
        "Reed seemed to be ready to riff on the scuffle in Iowa, telling the crowd, "
        "“Some people get a little carried away, have you noticed that?”",
        "carried away",
        None,
    ),
    # a noun before a colon gives way to the speech tag after the quotation
    (
        "“The economy is strong,” Mr. Lee said. "
        "His final assessment: “It is not quite perfect,” he said.",
        "perfect",
        "he",
    ),
    ("Her verdict on the budget: “It is a mess,” the governor said.", "mess", "the governor"),
]


@pytest.mark.parametrize(("text", "words", "source"), NOT_SPEAKERS)
def test_no_place_time_or_thing_speaks(nlp, text, words, source) -> None:
    briefing = annotate_text(text, nlp)
    assert source_of(text, quote_in(briefing, text, words)) == source
