"""Speakers as a careful reader gives them in house styles the engine met
late (live blogs, features, court and wire reports): who an object pronoun
is not, which office a bare title names, what a sign says, whose words a
nested report relays; and no speaker where the text gives none."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.model import Briefing, Quote


def quote_in(briefing: Briefing, words: str) -> Quote:
    found = [q for q in briefing.quotes if words in q.text]
    assert len(found) == 1, [q.text for q in briefing.quotes]
    return found[0]


def speaker_name(briefing: Briefing, quote: Quote) -> str | None:
    names = {a.id: a.name for a in briefing.actors}
    return names.get(quote.speaker) if quote.speaker else None


# (text, words of the quotation, the speaker's actor name, or None for nobody)
SPEAKERS = [
    # an object pronoun is not its own verb's subject: "X worries about her"
    (
        "Ana Soto has lived on the island since 1985. Her husband, Paul, died in 2019.\n\n"
        "Her brother, Tom Reyes, who drives the supply boat, worries about her. "
        "“She never asks for help,” he says. “She never will.”",
        "never asks",
        "Tom Reyes",
    ),
    (
        "Dana Whitfield ran the clinic for years. Her deputy, Mark Ellison, admired her. "
        "“Nobody worked harder,” he said.",
        "Nobody worked",
        "Mark Ellison",
    ),
    # a pronoun whose clause is about a described person is that person's:
    # it gives no gender to anyone named before
    (
        "Tom Reed won the vote, and his team cheered.\n\n"
        "The party also praised Gordon Pike, who quit the race.\n\n"
        "Reed's wife is breaking her usual silence. "
        "Pike says he is “ready for a fight”. He says “the polls are wrong”.",
        "polls are wrong",
        "Gordon Pike",
    ),
    # "X says Y “…”. He …": the main clause's subject is the one who goes on
    (
        "Ida Rask is backing Lars Holm for the board.\n\n"
        "Rask says Holm “knows how to build a team.” "
        "She warns that the rival slate would “wreck the club.”",
        "wreck the club",
        "Ida Rask",
    ),
    # a name the NER took for an organisation is a person's when the text
    # later gives its surname with an honorific
    (
        "The ferry calls twice a month. Agnes MacLeod has stopped counting the weeks.\n\n"
        "“People think it is lonely,” she says. “It is only quiet.”\n\n"
        "The board said it respects Mrs MacLeod's wishes.",
        "only quiet",
        "Agnes MacLeod",
    ),
    # a surname the NER took for a date is still the person's
    (
        "Last year I read Jane Morrow's memoir of the mines. Morrow wrote that the "
        "miners were “worked like pit ponies”.",
        "pit ponies",
        "Jane Morrow",
    ),
    # a bare title is not the shadow or deputy holder of that office
    (
        "The chancellor, Lena Park, is due to speak at noon. The shadow chancellor, "
        "Omar Diaz, has already attacked the plan.\n\n"
        "The chancellor confirms the freeze will stay. “Families need help,” she tells MPs.",
        "Families need",
        "Lena Park",
    ),
    (
        "The president, Ruth Adeyemi, opened the summit. The vice president, Karl Benz, "
        "left early. Later the president took questions. “We are not done,” she said.",
        "not done",
        "Ruth Adeyemi",
    ),
    # a live blog's time stamp is not part of the name
    (
        "10:05 The chancellor, Lena Park, will speak soon.\n\n"
        "12:34 Park is on her feet. “We have fixed the roof,” she says.",
        "fixed the roof",
        "Lena Park",
    ),
    # a clause of speaking that ends in a colon introduces its subject's words
    (
        "The union leader, Maria Kovacs, has been speaking to reporters at the gate:\n\n"
        "“We will stay out until the offer changes. Not a day less.”",
        "stay out",
        "Maria Kovacs",
    ),
    # a sign, a banner, a placard: a thing's text, nobody's words
    (
        "“We cannot wait any longer,” said Ivo Marsh, a baker.\n\n"
        "Others had lost patience. A banner hung from the bridge read: “Fix our roads now.”",
        "Fix our roads",
        None,
    ),
    (
        "“Rents keep rising,” said Carla Mendes, a nurse.\n\n"
        "The notice pinned to the door was blunt: “No vacancies until spring.”",
        "No vacancies",
        None,
    ),
    # a quotation inside a sentence with no cue is the writer's phrase
    (
        "“We do what we can,” said Joan Tully, who runs the scheme.\n\n"
        "“Nobody told us” was the complaint heard at every meeting the council held.",
        "Nobody told us",
        None,
    ),
    # of two subjects the parser gave one verb, the nearest speaks
    (
        "Sentencing Marsh on Tuesday, Judge Ruth Okoye told the court he had shown "
        "“no remorse at all”.",
        "no remorse",
        "Ruth Okoye",
    ),
    # a speech verb with a named subject inside a report: those are its words
    (
        "The inspector, Alan Frey, said Marsh had told workers that the frame was "
        "“as safe as houses” a week before it fell.",
        "safe as houses",
        "Marsh",
    ),
    # and the plain cases stay as they were
    (
        "“We weren't at our best,” said Ben Hollis, the goalkeeper. “But we found a way.”",
        "found a way",
        "Ben Hollis",
    ),
    (
        "The regulator said in a statement that the leak was “fully contained”.",
        "fully contained",
        "regulator",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKERS)
def test_speaker(nlp, text: str, words: str, speaker: str | None) -> None:
    briefing = annotate_text(text, nlp)
    quote = quote_in(briefing, words)
    if speaker is None:
        assert quote.speaker is None or quote.kind != "speech"
    else:
        assert quote.kind == "speech"
        assert speaker_name(briefing, quote) == speaker


# (text, words of the quotation, its kind)
KINDS = [
    ("The depot, known as the “blue shed”, closed in May.", "blue shed", "term"),
    ("Drivers resent the so-called “tax on wheels” more than any other charge.", "tax on", "term"),
    ("The river was dubbed “the grey ghost” by anglers.", "grey ghost", "speech"),
]


@pytest.mark.parametrize(("text", "words", "kind"), KINDS)
def test_named_quotation_kind(nlp, text: str, words: str, kind: str) -> None:
    briefing = annotate_text(text, nlp)
    assert quote_in(briefing, words).kind == kind


# Confirming someone to an office reports nothing; confirming a report does.
CONFIRMS = [
    ("The committee said the Senate should not confirm a replacement before June.", False),
    ("Senators voted to confirm the nominee on Thursday.", False),
    ("The ministry confirmed the report on Thursday.", True),
]


@pytest.mark.parametrize(("text", "is_claim"), CONFIRMS)
def test_confirm_an_appointment_is_no_claim(nlp, text: str, is_claim: bool) -> None:
    briefing = annotate_text(text, nlp)
    cues = [c for c in briefing.claims if c.cue and c.cue.text.startswith("confirm")]
    assert bool(cues) == is_claim
