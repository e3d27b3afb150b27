"""The seed article's quotes and claims, as a reader of the article would
attribute them: the mention that points at the speaker, the reporting word,
and the speaker it names."""

from __future__ import annotations

import pytest

from annotate.model import Briefing, Claim, Quote

# (start of the quotation, source mention, cue, speaker's canonical name)
SEED_QUOTES = [
    ("“major war”", "Russia", "accused", "Russia"),
    ("“pre-emptive strikes”", "a top NATO official", "suggested", "top NATO official"),
    ("“moving towards escalation”", "Moscow", "accusing", "Russia"),
    (
        "“an extremely irresponsible step”",
        "Foreign Ministry spokeswoman Maria Zakharova",
        "condemned",
        "Maria Zakharova",
    ),
    (
        "“the alliance’s readiness",
        "Foreign Ministry spokeswoman Maria Zakharova",
        "claimed",
        "Maria Zakharova",
    ),
    ("“We see in it", "She", "added", "Maria Zakharova"),
    ("“intimidating its population", "Russia’s ambassador to Belgium", "accused", "Denis Gonchar"),
    ("“preparing for a major war", "Russia’s ambassador to Belgium", "insisting", "Denis Gonchar"),
    ("“going along well,”", "Donald Trump", "said", "Donald Trump"),
    ("“We are studying everything", "Dragone", "said", "Giuseppe Cavo Dragone"),
    ("“not out of the question.”", "He", "noted", "Giuseppe Cavo Dragone"),
    ("“pre-emptive strike”", "He", "added", "Giuseppe Cavo Dragone"),
    ("“further away from", "He", "added", "Giuseppe Cavo Dragone"),
    ("“If all we do", "One Baltic diplomat", "said", "Baltic diplomat"),
]


def quote_starting(briefing: Briefing, opening: str) -> Quote:
    found = [q for q in briefing.quotes if q.text.startswith(opening)]
    assert len(found) == 1, (opening, [q.text[:30] for q in briefing.quotes])
    return found[0]


def said(text: str, quote: Quote | Claim) -> tuple[str | None, str | None]:
    source = text[quote.source.start : quote.source.end] if quote.source else None
    return source, quote.cue.text if quote.cue else None


def name_of(briefing: Briefing, actor_id: str | None) -> str | None:
    return next((a.name for a in briefing.actors if a.id == actor_id), None)


def test_every_quotation_in_the_seed_is_found_once(seed_briefing) -> None:
    assert len(seed_briefing.quotes) == len(SEED_QUOTES)
    for quote in seed_briefing.quotes:
        assert quote.text[0] == "“" and quote.text[-1] == "”"


@pytest.mark.parametrize(("opening", "source", "cue", "_name"), SEED_QUOTES)
def test_quote_source_and_cue(seed_briefing, seed_text, opening, source, cue, _name) -> None:
    quote = quote_starting(seed_briefing, opening)
    assert said(seed_text, quote) == (source, cue)


@pytest.mark.parametrize(("opening", "_source", "_cue", "name"), SEED_QUOTES)
def test_quote_speaker_is_the_named_actor(seed_briefing, opening, _source, _cue, name) -> None:
    quote = quote_starting(seed_briefing, opening)
    assert name_of(seed_briefing, quote.speaker) == name


def test_quote_after_a_colon_runs_over_two_sentences(seed_briefing) -> None:
    quote = quote_starting(seed_briefing, "“We are studying everything")
    assert quote.text.endswith("something that we are thinking about.”")
    diplomat = quote_starting(seed_briefing, "“If all we do")
    assert diplomat.text.endswith("We need to be more inventive.”")


def claim_with(briefing: Briefing, content_start: str) -> Claim:
    found = [c for c in briefing.claims if c.text.startswith(content_start)]
    assert len(found) == 1, (content_start, [c.text[:30] for c in briefing.claims])
    return found[0]


@pytest.mark.parametrize(
    ("content", "source", "cue", "cue_class"),
    [
        ("Europe of preparing for a “major war”", "Russia", "accused", "accuse"),
        ("the alliance may consider", "a top NATO official", "suggested", "urge"),
        (
            "the alliance could be compelled to act proactively",
            "Admiral Giuseppe Cavo Dragone",
            "said",
            "say",
        ),
        ("talks were “going along well,”", "Donald Trump", "said", "say"),
        (
            "that Trump’s top envoy, Steve Witkoff, will travel to Moscow",
            "The Kremlin",
            "confirmed",
            "confirm",
        ),
        (
            "NATO to abandon a purely reactive stance",
            "Several eastern European nations",
            "urged",
            "urge",
        ),
        (
            "the West is “preparing for a major war with Russia.”",
            "Russia’s ambassador to Belgium",
            "insisting",
            "claim",
        ),
        ("that cyber counter-attacks would be the easiest", "He", "noted", "say"),
    ],
)
def test_reported_speech_is_a_claim(seed_briefing, seed_text, content, source, cue, cue_class):
    claim = claim_with(seed_briefing, content)
    assert said(seed_text, claim) == (source, cue)
    assert claim.cue_class == cue_class


def test_a_quote_alone_is_not_also_a_claim(seed_briefing) -> None:
    """“She added: “…”” reports nothing beyond the quotation."""
    assert not [c for c in seed_briefing.claims if c.text.startswith("“We see in it")]
    assert not [c for c in seed_briefing.claims if "“If all we do" in c.text]


def test_the_kremlin_confirmation_is_spoken_by_the_kremlin(seed_briefing) -> None:
    claim = claim_with(seed_briefing, "that Trump’s top envoy")
    assert name_of(seed_briefing, claim.speaker) == "Kremlin"
