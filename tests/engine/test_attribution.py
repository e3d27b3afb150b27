"""Claims: reported speech and thought without quotation marks, with the
mention of who said it, the reporting word, and its class."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.model import Briefing, Claim


def claims(nlp, text: str) -> tuple[Briefing, list[Claim]]:
    briefing = annotate_text(text, nlp)
    return briefing, list(briefing.claims)


def only_claim(nlp, text: str) -> Claim:
    _, found = claims(nlp, text)
    assert len(found) == 1, [(c.text, c.cue.text if c.cue else None) for c in found]
    return found[0]


def source_of(text: str, claim: Claim) -> str | None:
    return text[claim.source.start : claim.source.end] if claim.source else None


@pytest.mark.parametrize(
    ("text", "source", "cue", "cue_class", "content"),
    [
        (
            "The governor said the roads would reopen on Friday.",
            "The governor",
            "said",
            "say",
            "the roads would reopen on Friday",
        ),
        (
            "The opposition accused the minister of lying to parliament.",
            "The opposition",
            "accused",
            "accuse",
            "the minister of lying to parliament",
        ),
        (
            "The company denied that it had sold customer data.",
            "The company",
            "denied",
            "deny",
            "that it had sold customer data",
        ),
        (
            "The rebels claimed that they controlled the airport.",
            "The rebels",
            "claimed",
            "claim",
            "that they controlled the airport",
        ),
        (
            "The ministry confirmed that two soldiers were wounded.",
            "The ministry",
            "confirmed",
            "confirm",
            "that two soldiers were wounded",
        ),
        (
            "Aid groups urged both sides to open the border crossings.",
            "Aid groups",
            "urged",
            "urge",
            "both sides to open the border crossings",
        ),
        (
            "Economists warned that prices could rise again next year.",
            "Economists",
            "warned",
            "warn",
            "that prices could rise again next year",
        ),
        (
            "Most analysts believe the ceasefire will not hold.",
            "Most analysts",
            "believe",
            "think",
            "the ceasefire will not hold",
        ),
        (
            "The general insisted the strikes had hit only military targets.",
            "The general",
            "insisted",
            "claim",
            "the strikes had hit only military targets",
        ),
        (
            "Several states have called for an independent inquiry.",
            "Several states",
            "called for",
            "urge",
            "an independent inquiry",
        ),
    ],
)
def test_reported_speech_with_its_class(nlp, text, source, cue, cue_class, content) -> None:
    claim = only_claim(nlp, text)
    assert source_of(text, claim) == source
    assert claim.cue and claim.cue.text == cue
    assert claim.cue_class == cue_class
    assert claim.text == content


def test_speaker_after_the_content(nlp) -> None:
    text = "The talks were going well, two officials said on Monday."
    claim = only_claim(nlp, text)
    assert claim.text == "The talks were going well"
    assert source_of(text, claim) == "two officials"


def test_content_stops_where_the_speakers_clause_begins(nlp) -> None:
    text = (
        "Polish and allied aircraft shot down several drones that violated "
        "Polish airspace overnight, Prime Minister Donald Tusk said, calling it "
        '"a large-scale provocation."'
    )
    _, found = claims(nlp, text)
    said = next(c for c in found if c.cue and c.cue.text == "said")
    assert said.text == (
        "Polish and allied aircraft shot down several drones that violated "
        "Polish airspace overnight"
    )
    assert source_of(text, said) == "Prime Minister Donald Tusk"


def test_according_to(nlp) -> None:
    text = "According to the health ministry, 40 people were injured in the blast."
    claim = only_claim(nlp, text)
    assert source_of(text, claim) == "the health ministry"
    assert claim.cue and claim.cue.text == "According to"
    assert claim.text == "40 people were injured in the blast"


def test_content_after_according_to_at_the_end(nlp) -> None:
    text = "The bridge was closed for repairs, according to local officials."
    claim = only_claim(nlp, text)
    assert claim.text == "The bridge was closed for repairs"
    assert source_of(text, claim) == "local officials"


def test_metonym_as_speaker(nlp) -> None:
    text = "The Kremlin confirmed that the envoy will travel to Moscow next week."
    briefing, found = claims(nlp, text)
    (claim,) = found
    assert source_of(text, claim) == "The Kremlin"
    assert next(a.name for a in briefing.actors if a.id == claim.speaker) == "Kremlin"


def test_conjoined_cues_share_their_subject(nlp) -> None:
    text = "The minister rejected the report and insisted that the data were sound."
    _, found = claims(nlp, text)
    insisted = next(c for c in found if c.cue and c.cue.text == "insisted")
    assert source_of(text, insisted) == "The minister"
    assert insisted.text == "that the data were sound"
    rejected = next(c for c in found if c.cue and c.cue.text == "rejected")
    assert rejected.cue_class == "deny" and rejected.text == "the report"


def test_participle_cue_takes_the_main_subject(nlp) -> None:
    text = "The mayor resigned on Friday, saying the city council had betrayed her."
    claim = only_claim(nlp, text)
    assert source_of(text, claim) == "The mayor"
    assert claim.text == "the city council had betrayed her"


def test_ordinary_senses_of_weak_verbs_are_not_claims(nlp) -> None:
    text = (
        "The video shows a crowd outside the embassy. Police found a car "
        "near the station. She knows the city well. The exchange comes as "
        "peace talks continue."
    )
    _, found = claims(nlp, text)
    assert found == []


def test_expletive_subject_gives_no_source(nlp) -> None:
    text = "It was reported that the plant had been shut down."
    _, found = claims(nlp, text)
    assert all(c.source is None for c in found)


def test_a_quote_alone_is_not_also_a_claim(nlp) -> None:
    text = "The minister said: “We will not negotiate with anyone.”"
    briefing, found = claims(nlp, text)
    assert found == [] and len(briefing.quotes) == 1


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # a headline drops its articles: "suspect" is a noun there
        ("Nine hurt in Bremen café bombing; suspect arrested\n\nA bomb exploded.\n", []),
        # a headline with a subject keeps its cue
        ("Police say suspect arrested\n\nA bomb exploded in Bremen.\n", ["say"]),
        # in the body, a bare verb under "to" or an auxiliary is still a cue
        ("Title\n\nOfficials declined to confirm the arrest.\n", ["confirm"]),
    ],
)
def test_a_noun_in_a_headline_is_no_reporting_verb(nlp, text, cues) -> None:
    _, found = claims(nlp, text)
    assert [c.cue.text.lower().split()[-1] for c in found] == cues


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("BREMEN, Germany — A bomb exploded, police said.\n", "A bomb exploded"),
        ("KYIV (Reuters) - Drones hit the city, officials said.\n", "Drones hit the city"),
        ("NATO officials said the cable was cut.\n", "the cable was cut"),
    ],
)
def test_a_dateline_is_not_part_of_what_was_said(nlp, text, content) -> None:
    assert only_claim(nlp, text).text == content


def test_a_strike_on_quoted_targets_is_no_accusation(nlp) -> None:
    text = 'The ministry said it had hit "military targets" in Dnipro.\n'
    _, found = claims(nlp, text)
    assert [(c.cue.text, c.cue_class) for c in found] == [("said", "say")]


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Engineers are studying what Mayor Ilse Brandt called a reckless shortcut.",
            "Mayor Ilse Brandt",
            "a reckless shortcut",
        ),
        (
            "The board reviewed what the auditor described as gross negligence.",
            "the auditor",
            "as gross negligence",
        ),
    ],
)
def test_a_claim_never_holds_its_own_speaker(nlp, text, source, content) -> None:
    claim = only_claim(nlp, text)
    assert source_of(text, claim) == source
    assert claim.text == content


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Officials said he suspected that the pipes had been cut.",
            "Officials",
            "he suspected that the pipes had been cut",
        ),
        (
            "The coach told reporters she believed the referee had erred.",
            "The coach",
            "she believed the referee had erred",
        ),
    ],
)
def test_a_report_inside_a_report_is_one_claim_the_outer_one(nlp, text, source, content) -> None:
    claim = only_claim(nlp, text)
    assert source_of(text, claim) == source
    assert claim.text == content
