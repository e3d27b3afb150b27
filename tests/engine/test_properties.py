"""Properties of every briefing, over generated text (hypothesis).

Whatever the text: annotating it raises nothing and no step of ours fails
(a warning is a bug to fix); every span lies inside the text and every
record's `text` is its slice; ids resolve; the JSON round-trips.

Profiles (env `BRIEFING_HYPOTHESIS`): "ci" (default) is small and
deterministic so the suite stays fast; "heavy" runs many more, larger,
random examples for a benchmark run (`python bench/properties.py`).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from text_strategies import (
    articles,
    dialogue,
    long_sentence,
    polnear_sentences,
    sentences,
    shuffled_news,
    token_soup,
)

from annotate.engine import annotate_text
from annotate.model import Briefing

PROFILE_ENV = "BRIEFING_HYPOTHESIS"
_COMMON = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile("ci", max_examples=20, derandomize=True, database=None, **_COMMON)
settings.register_profile("heavy", max_examples=400, **_COMMON)
PROFILE = os.environ.get(PROFILE_ENV, "ci")
HEAVY = PROFILE == "heavy"
run = settings(settings.get_profile(PROFILE))

# Sizes grow in the heavy profile: longer texts, longer sentences.
SIZE = 40 if HEAVY else 12
LONG = 400 if HEAVY else 60
CHUNKS = st.sampled_from([None, None, 300, 2_000])  # some texts cut into chunks


def check(nlp, text: str, chunk_chars: int | None) -> Briefing:
    """Annotate `text` and assert the properties every briefing has."""
    briefing = annotate_text(text, nlp, title="t", chunk_chars=chunk_chars)
    assert briefing.warnings == (), briefing.warnings
    n = len(text)
    for record in (*briefing.quotes, *briefing.claims, *briefing.incidents, *briefing.patterns):
        assert 0 <= record.start <= record.end <= n, record
        assert text[record.start : record.end] == record.text, record
    for record in (*briefing.quotes, *briefing.claims):
        if record.cue is not None:
            assert 0 <= record.cue.start < record.cue.end <= n
            assert text[record.cue.start : record.cue.end] == record.cue.text
        if record.source is not None:
            assert 0 <= record.source.start < record.source.end <= n
    for actor in briefing.actors:
        assert actor.mentions, f"actor without a mention: {actor}"
        assert actor.name.strip() == actor.name and actor.name
        for mention in actor.mentions:
            assert 0 <= mention.start < mention.end <= n
            assert text[mention.start : mention.end].strip()
    for incident in briefing.incidents:
        for mention in incident.mentions:
            assert 0 <= mention.start < mention.end <= n
    ids = {a.id for a in briefing.actors}
    assert len(ids) == len(briefing.actors)
    pointers = [r.speaker for r in (*briefing.quotes, *briefing.claims)]
    pointers += [a.affiliation for a in briefing.actors]
    pointers += [x.perpetrator for x in briefing.incidents]
    pointers += [v for x in briefing.incidents for v in x.victims]
    pointers += [p.actor for p in briefing.positions]
    assert set(pointers) - {None} <= ids
    assert Briefing.from_json(briefing.to_json()) == briefing
    return briefing


@run
@given(text=st.lists(sentences(), min_size=1, max_size=SIZE).map(" ".join), chunks=CHUNKS)
def test_sentences_of_hard_shapes(nlp, text: str, chunks) -> None:
    check(nlp, text, chunks)


@run
@given(text=articles(SIZE), chunks=CHUNKS)
def test_articles_with_quotes_of_every_kind_and_lone_marks(nlp, text: str, chunks) -> None:
    check(nlp, text, chunks)


@run
@given(text=dialogue())
def test_dialogue(nlp, text: str) -> None:
    check(nlp, text, None)


@run
@given(text=long_sentence(LONG))
def test_very_long_sentences(nlp, text: str) -> None:
    check(nlp, text, None)


@run
@given(text=token_soup(LONG), chunks=CHUNKS)
def test_words_marks_and_punctuation_in_any_order(nlp, text: str, chunks) -> None:
    check(nlp, text, chunks)


@run
@given(text=st.text(st.characters(exclude_categories=("Cs",)), max_size=LONG * 4), chunks=CHUNKS)
def test_any_unicode_text(nlp, text: str, chunks) -> None:
    check(nlp, text, chunks)


@run
@given(data=st.data())
def test_shuffled_sentences_of_real_news(nlp, data) -> None:
    if not polnear_sentences():
        pytest.skip("../shared/polnear is not beside this checkout")
    text = data.draw(shuffled_news(SIZE * 2), label="text")
    check(nlp, text, data.draw(CHUNKS, label="chunks"))


@pytest.mark.parametrize(
    "text",
    [
        "Their deadliest raid was on the port in 2019, which left 40 dead.",
        "Its own forces fired first, its spokesman said.",
        "” she said.",
        "“",
        "„Nein“, sagte er. «Oui», dit-elle. ‘No,’ he said.",
        "— Yes? — No, she said.\n— Why?",
        "'' '' ''",
        "",
        "\n\n\n",
        " “ ",
        "Mr. O’Neill met Mr. O'Neill.",
        "“ : › Anna a dozen\n\n] the\u00a0Hisdid not say Anna Anna claimed ",
    ],
)
def test_known_hard_cases(nlp, text: str) -> None:
    check(nlp, text, None)
