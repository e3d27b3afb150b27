"""Every quotation's speaker is an actor with the right name: the source
span a cue gives resolves to who it denotes (a pronoun to its antecedent, a
title to the person named before, a description to the name beside it, a
document to its author). Sentences written for these tests."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.model import Briefing


def speaker_name(briefing: Briefing, words: str) -> str | None:
    """The name of the actor speaking the one quotation holding `words`."""
    found = [q for q in briefing.quotes if words in q.text]
    assert len(found) == 1, [q.text for q in briefing.quotes]
    quote = found[0]
    assert quote.kind == "speech", quote
    actor = next((a for a in briefing.actors if a.id == quote.speaker), None)
    return None if actor is None else actor.name


# (text, words of the quotation, the name of its speaker's actor)
NAMES = [
    # a name inside a quotation is the speaker's words, never a pronoun's antecedent
    (
        "Josh Hardie was asked about the criticism. He smiled. “Tubs has been asking for "
        "my head for years,” he quipped.",
        "Tubs",
        "Josh Hardie",
    ),
    (
        "Captain Ann Lowe insisted her team would recover. “Perth will suit us,” she said.",
        "Perth",
        "Ann Lowe",
    ),
    # a title and a name the NER missed or mislabelled: a person, found again by surname
    (
        "“The risks have shifted,” Governor Ramesh Iyengar said on Friday. Asked about "
        "the next meeting, Iyengar was guarded. “We do not pre-commit,” he told reporters.",
        "pre-commit",
        "Ramesh Iyengar",
    ),
    # a hyphenated surname is one name, however the NER cut it
    (
        "“Our institutions are robust,” Commissioner Hélène Tremblay-Roy wrote. “They are "
        "not invulnerable,” Tremblay-Roy added in the report.",
        "invulnerable",
        "Hélène Tremblay-Roy",
    ),
    # a nickname quoted inside a name: one person, the cue found past it
    (
        "“You are in trouble at this level,” former opener turned commentator Mark “Tubs” "
        "Cullen said on the radio.",
        "trouble",
        "Mark Cullen",
    ),
    # a description set off by commas from a name is a mention of that name
    (
        "The senator representing the northern district, Senator Amina Bako, condemned "
        "the raid, calling it “barbaric”.",
        "barbaric",
        "Amina Bako",
    ),
    (
        "The chief executive of the Harbour City Business Chamber, Tom Ndlovu, said "
        "investors needed “calm above all”.",
        "calm",
        "Tom Ndlovu",
    ),
    (
        "The developer, Northwind Coastal Renewables, said it was “disappointed” by the ruling.",
        "disappointed",
        "Northwind Coastal Renewables",
    ),
    (
        "One of them, Clara Webb, the member for Eastfield, said her generation had been "
        "“priced out by our own side”.",
        "priced out",
        "Clara Webb",
    ),
    # names and roles whole: organisation names with commas and "and"
    (
        "A spokesperson for the Department of Roads, Rail and the Coast said the law "
        "would make planning “faster and fairer”.",
        "faster",
        "spokesperson for the Department of Roads, Rail and the Coast",
    ),
    (
        "The Inquiry into Coastal Flooding said the barriers had “failed in every test”.",
        "failed",
        "Inquiry into Coastal Flooding",
    ),
    (
        "Investors were worried. The chief executive of the Harbour Bay Business Chamber, "
        "Lwazi Dube, said they needed “stability above all else”.",
        "stability",
        "Lwazi Dube",
    ),
    # words right after a caption are the poster's
    (
        "The fast bowler Kagiso Molefe posted a photo of the ball with the caption “Gabba, "
        "you were kind to me”.",
        "Gabba",
        "Kagiso Molefe",
    ),
    # "the banker" is the unnamed banker described before
    (
        "A senior banker at a large state lender, who did not wish to be named, said "
        "lending was slow. “Deposits are barely keeping pace,” the banker said.",
        "Deposits",
        "senior banker at a large state lender",
    ),
    # a hyphenated surname the NER missed is still the person, for a pronoun later
    (
        "Commissioner Hélène Tremblay-Roy tabled the report. Tremblay-Roy ended it with a "
        "warning. “The question is whether we will be ready,” she wrote.",
        "ready",
        "Hélène Tremblay-Roy",
    ),
    # of two cues holding a quotation, the one that names its source
    (
        "Party critic Dev Sandhu - no relation to the former leader, he likes to point out "
        "- slammed what he described as “a habit of finding urgency too late”.",
        "urgency",
        "Dev Sandhu",
    ),
    # a forename the NER missed after a title joins the surname
    (
        "Cllr Aoife Byrne, who chairs the planning committee, said the scheme was “dead in "
        "the water”.",
        "dead",
        "Aoife Byrne",
    ),
    # "the bank", "the ministry": the organisation of that name before
    (
        "The Reserve Bank of Kenya cut rates. The bank said inflation was in a “comfort zone”.",
        "comfort",
        "Reserve Bank of Kenya",
    ),
    (
        "“We will not pay,” Alhaji Musa Danladi, the district head, told reporters.",
        "pay",
        "Musa Danladi",
    ),
    # "the 45-year-old" is the person named last before
    (
        "Sarah Mitchell, a nurse from Leeds, was at the scene. “It was chaos,” the "
        "45-year-old said.",
        "chaos",
        "Sarah Mitchell",
    ),
    # "the judge" is the justice named before; "the prime minister" is not "the minister"
    (
        "Mr Justice Conor Brennan quashed the decision. “The law does not require "
        "perfection,” the judge wrote.",
        "perfection",
        "Conor Brennan",
    ),
    (
        "The housing minister, Helen Carver, defended the bill. “Homes first,” the prime "
        "minister said.",
        "Homes",
        "prime minister",
    ),
    # "chair of selectors X" is a person, not part of a title ("Secretary of State")
    (
        "Chair of selectors Greg Whitfield was more measured. “We will look at all the "
        "options,” he told the radio station.",
        "options",
        "Greg Whitfield",
    ),
    # the parser takes words of the quotation for the subject; the name after it speaks
    (
        "Senator Ana Cole spoke.\n\n“Great coach, great coach that woman,” Cole, the 2020 Green "
        "nominee and current party leader in the county, said of her.",
        "coach",
        "Ana Cole",
    ),
    # a question or exclamation hands on to the cue after it, as a comma does
    (
        "Coach Lena Ortiz stopped the drill. “One more minute, alright?” Ortiz urged them.",
        "minute",
        "Lena Ortiz",
    ),
    # a second relative clause about the same person: "who …, and who said"
    (
        "The hall cheered for Sen. Ada Marsh, who lost the primary last spring, and who "
        "said “the young are more engaged than ever.”",
        "young",
        "Ada Marsh",
    ),
    # "the 34-year-old mother of three" is the person named before, as "she" would be
    (
        "Maria Lopez, the founder's eldest daughter, spoke on Monday. When pressed, the "
        "34-year-old mother of three replied, “It is meant to help mothers.”",
        "mothers",
        "Maria Lopez",
    ),
    # an interview label: a verbless phrase opening with the name, then a colon
    (
        "Voters told us why.\n\nRosa Vega, 24, from Tucson:\n“He answers to no one.”",
        "answers",
        "Rosa Vega",
    ),
    # a quoted paragraph with no cue after a paragraph ending in someone's report of speech
    (
        "Minister Hal Carter said that for decades critics had predicted a withdrawal, but it "
        "would not happen.\n\n“That is because this region matters to us all.”",
        "region",
        "Hal Carter",
    ),
    # thanking someone for quoted words
    ("Mayor Petra Voss thanked the crews for “working through the night.”", "night", "Petra Voss"),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMES)
def test_the_speaker_is_the_actor_the_text_names(nlp, text, words, name) -> None:
    assert speaker_name(annotate_text(text, nlp), words) == name


# A written source speaks for its author where the text gives one, else for itself.
WRITTEN = [
    (
        "“The pipe was damaged on purpose,” a joint statement from the two agencies said.",
        "damaged",
        "agencies",
    ),
    (
        "A note released by the Statistics Bureau on Monday showed growth slowing. The "
        "slowdown reflected “weak consumption”, the note said.",
        "weak",
        "Statistics Bureau",
    ),
    ("“Demand will keep rising,” the ministry's report said.", "Demand", "ministry"),
    (
        "The final report of the Commission on Water Safety was published on Tuesday. "
        "According to the report, inspections were “patchy at best”.",
        "patchy",
        "Commission on Water Safety",
    ),
    (
        "The Harbour Authority issued a statement on Monday. “The port stays open,” the "
        "statement said.",
        "port",
        "Harbour Authority",
    ),
    ("“Costs will rise,” the IMF report said.", "Costs", "IMF"),
    ("“We are investigating,” a leaked memo said.", "investigating", "leaked memo"),
    (
        "It follows a report by the government's housing taskforce, which concluded that "
        "planning had become “a lottery for builders”.",
        "lottery",
        "government's housing taskforce",
    ),
    (
        "The Harbour Authority said in a statement that repairs had begun. It called the "
        "damage “severe but temporary”.",
        "severe",
        "Harbour Authority",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), WRITTEN)
def test_a_written_source_speaks_for_its_author(nlp, text, words, name) -> None:
    assert speaker_name(annotate_text(text, nlp), words) == name


def test_a_role_keeps_its_list_whole(nlp) -> None:
    text = "“We will rebuild,” Jane Roe, the mayor's adviser for housing and transport, said."
    (actor,) = [a for a in annotate_text(text, nlp).actors if a.name == "Jane Roe"]
    assert actor.role == "adviser for housing and transport"


# (text, person, the organisation their side is) from what titles and roles say
SIDES = [
    (
        "The Green Alliance held a rally. The Green Alliance's provincial leader, Tom Baker, "
        "said the vote was “a stitch-up”. The GA said in a statement that it would appeal.",
        "Tom Baker",
        "Green Alliance",
    ),
    (
        "Priya Nandakumar, the Labour MP for Riverside and a former planning officer, "
        "branded the plan “undemocratic”.",
        "Priya Nandakumar",
        "Labour Party",
    ),
]


@pytest.mark.parametrize(("text", "person", "side"), SIDES)
def test_a_title_gives_the_side(nlp, text, person, side) -> None:
    briefing = annotate_text(text, nlp)
    (actor,) = [a for a in briefing.actors if a.name == person]
    owner = next((a for a in briefing.actors if a.id == actor.affiliation), None)
    assert owner is not None and owner.name == side


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The MP for Leicester Abbey, Ann Cole, said the bill was “rushed”.", "Leicester Abbey"),
        ("Political analyst Sam Reed said turnout had “collapsed”.", "Political"),
    ],
)
def test_a_seat_or_a_capital_at_the_start_is_no_organisation(nlp, text, name) -> None:
    briefing = annotate_text(text, nlp)
    assert not [a for a in briefing.actors if a.name == name and a.kind == "organization"]
