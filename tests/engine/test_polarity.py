"""Polarity: a claim is negated when the negation scopes over the reporting
verb, affirmed when it lies only inside the content; quotes under a negated
cue are nobody's words."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.model import Claim

A, N = "affirmed", "negated"

# (sentence, the verb of the claim, its class, its polarity)
TABLE = [
    # say
    ("The minister said the bridge would reopen on Friday.", "said", "say", A),
    ("The minister did not say when the bridge would reopen.", "say", "say", N),
    ("The mayor has not publicly said whether the library will close.", "said", "say", N),
    ("The general never said that the strike was a mistake.", "said", "say", N),
    ("The ministry refused to say who was behind the attack.", "say", "say", N),
    ("Officials said the cable had not been cut by accident.", "said", "say", A),
    ("None of the officials would say who ordered the raid.", "say", "say", N),
    ("The envoy failed to mention that the talks had collapsed.", "mention", "say", N),
    ("She did not want to say that the vote was rigged.", "say", "say", N),
    ("The coach said nobody had been injured in the crash.", "said", "say", A),
    # accuse
    ("The opposition accused the minister of lying to parliament.", "accused", "accuse", A),
    ("The president stopped short of blaming Moscow for the outage.", "blaming", "accuse", N),
    ("The senator did not accuse the company of fraud.", "accuse", "accuse", N),
    ("The report did not blame the pilots for the crash.", "blame", "accuse", N),
    ("The spokesman did not hesitate to accuse the rebels of lying.", "accuse", "accuse", A),
    ("Critics blamed the council for not fixing the roads.", "blamed", "accuse", A),
    # deny
    ("The government denied that its troops had crossed the border.", "denied", "deny", A),
    ("The company did not deny that it had sold the data.", "deny", "deny", N),
    ("The club denied that the player had not been paid.", "denied", "deny", A),
    ("The minister rejected claims that the budget had been cut.", "rejected", "deny", A),
    ("The minister would neither confirm nor deny the report.", "deny", "deny", N),
    # claim
    ("The rebels claimed that they controlled the airport.", "claimed", "claim", A),
    ("No official has claimed that the cable was cut deliberately.", "claimed", "claim", N),
    ("The rebels have never claimed that they shot down the plane.", "claimed", "claim", N),
    ("The general insisted that his men had not fired first.", "insisted", "claim", A),
    ("The lawyer did not insist that the evidence was forged.", "insist", "claim", N),
    # confirm
    ("The ministry confirmed that two soldiers were wounded.", "confirmed", "confirm", A),
    ("The minister declined to confirm that the drone was Russian.", "confirm", "confirm", N),
    ("The police have yet to confirm that the death toll has risen.", "confirm", "confirm", N),
    ("Police were not able to confirm that the suspect had fled.", "confirm", "confirm", N),
    ("The army would not confirm the figures.", "confirm", "confirm", N),
    ("The club confirmed that the coach would not return.", "confirmed", "confirm", A),
    ("The ministry has not confirmed the figures.", "confirmed", "confirm", N),
    # urge
    ("Aid groups urged both sides to open the border crossings.", "urged", "urge", A),
    ("The minister didn't suggest retaliation.", "suggest", "urge", N),
    ("He did not call for a ceasefire.", "call for", "urge", N),
    ("The union urged members not to strike.", "urged", "urge", A),
    ("Nobody has suggested that the fire was an accident.", "suggested", "urge", N),
    ("The senators called for an inquiry into the contracts.", "called for", "urge", A),
    # warn
    ("Economists warned that prices could rise again next year.", "warned", "warn", A),
    ("At no point did the commander warn that the storm was coming.", "warn", "warn", N),
    ("The agency did not warn that the dam could fail.", "warn", "warn", N),
    ("Doctors warned that the clinic would not reopen.", "warned", "warn", A),
    ("The agency never warned that the river would flood.", "warned", "warn", N),
    # think
    ("Most analysts believe the ceasefire will not hold.", "believe", "think", A),
    ("The coach does not believe the team can win the title.", "believe", "think", N),
    ("Few investors doubt that rates will rise.", "doubt", "think", A),
    ("The inspectors never believed that the reactor was safe.", "believed", "think", N),
]


def claim_of(nlp, text: str, verb: str) -> Claim:
    briefing = annotate_text(text, nlp)
    found = [c for c in briefing.claims if c.cue and c.cue.text.endswith(verb)]
    assert len(found) == 1, [(c.text, c.cue and c.cue.text) for c in briefing.claims]
    return found[0]


def test_the_table_covers_every_class_both_ways() -> None:
    assert len(TABLE) >= 40
    for cls in ("say", "accuse", "deny", "claim", "confirm", "urge", "warn", "think"):
        assert {p for _, _, c, p in TABLE if c == cls} == {A, N}, cls


@pytest.mark.parametrize(("text", "verb", "cue_class", "polarity"), TABLE)
def test_polarity_of_the_reporting_verb(nlp, text, verb, cue_class, polarity) -> None:
    claim = claim_of(nlp, text, verb)
    assert claim.cue_class == cue_class
    assert claim.polarity == polarity


@pytest.mark.parametrize(
    ("text", "verb", "cue"),
    [
        ("The minister didn't suggest retaliation.", "suggest", "didn't suggest"),
        ("The minister declined to confirm the report.", "confirm", "declined to confirm"),
        ("The president stopped short of blaming Moscow.", "blaming", "stopped short of blaming"),
        ("The mayor has not publicly said when it will open.", "said", "has not publicly said"),
        ("The general never said that it was a mistake.", "said", "never said"),
        ("At no point did the commander warn that it was coming.", "warn", "warn"),
    ],
)
def test_a_negated_cue_includes_the_negation_before_it(nlp, text, verb, cue) -> None:
    assert claim_of(nlp, text, verb).cue.text == cue


def test_a_negated_cue_and_an_affirmed_one_in_the_same_sentence(nlp) -> None:
    text = "The ministry would not confirm the report but said that talks were continuing."
    assert claim_of(nlp, text, "confirm").negated
    assert not claim_of(nlp, text, "said").negated


def test_a_quote_under_a_negated_cue_is_nobodys_words(nlp) -> None:
    text = 'The president stopped short of calling it "an act of war."'
    briefing = annotate_text(text, nlp)
    (quote,) = briefing.quotes
    assert quote.speaker is None and quote.source is None and quote.cue is None
    assert all(not p.quotes for p in briefing.positions)


def test_a_quote_after_a_negated_cue_goes_to_the_affirmed_one(nlp) -> None:
    text = (
        "The prime minister did not say whether troops would be sent, "
        'but he told reporters: "All options are open."'
    )
    briefing = annotate_text(text, nlp)
    (quote,) = briefing.quotes
    assert quote.cue is not None and quote.cue.text == "told"
    assert text[quote.source.start : quote.source.end] == "he"
