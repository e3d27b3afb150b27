"""Whether a sentence reports an event that happened: the word model
(`annotate/incident_sentences.py`) and its fitting (`bench/incident_sentences.py`).
Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from annotate import incident_sentences
from annotate.incident_confidence import FEATURES, confidence, listed
from annotate.incident_confidence import model as model_of_gate
from annotate.incident_sentences import (
    NUMBER,
    TOKENS,
    SentenceModel,
    grams,
    model,
    probability,
    spans,
    words,
)
from annotate.lexicons import data_text
from annotate.model import Incident, Span

BENCH = Path(__file__).resolve().parents[2] / "bench"

REPORTS = [
    "A missile struck an apartment block in Dnipro on Tuesday, killing four people, officials said",
    "Police said a fire broke out at the warehouse in Leeds late on Friday",
]
# A report with neither a day nor a source is scored lower (most sentences
# are not reports, so the prior is low), but still above every look-alike.
BARE_REPORT = "Two soldiers were wounded when their patrol was ambushed near the border overnight"
NOT_REPORTS = {
    "threat": "Russia could strike the city's power plants again this winter, the governor warned",
    "plan": "The group plans to attack shipping in the Red Sea if the talks fail",
    "analysis": (
        "Analysts say such attacks are part of a wider campaign to wear down the country's defences"
    ),
    "fear": "Officials fear saboteurs may target undersea cables in the Baltic",
}


@pytest.mark.parametrize("report", REPORTS)
@pytest.mark.parametrize("kind", sorted(NOT_REPORTS))
def test_a_report_scores_above_a_threat_a_plan_or_an_analysis(report, kind) -> None:
    assert probability(report) > 0.5 > 0.05 > probability(NOT_REPORTS[kind])


@pytest.mark.parametrize("kind", sorted(NOT_REPORTS))
def test_a_bare_report_still_scores_above_each_look_alike(kind) -> None:
    assert probability(BARE_REPORT) > 2 * probability(NOT_REPORTS[kind])


def test_words_are_lower_cased_and_numbers_fold_into_one_token() -> None:
    assert words("Drones KILLED 12 people, the city's mayor said") == [
        "drones",
        "killed",
        NUMBER,
        "people",
        "the",
        "city's",
        "mayor",
        "said",
    ]
    assert grams("3 were killed") == {NUMBER, "were", "killed", f"{NUMBER} were", "were killed"}
    assert words("12 killed") == words("3 killed")


def test_sentences_are_cut_where_the_gate_cuts_them() -> None:
    from annotate.incident_confidence import sentence_around

    text = "Headline here\n\nA drone hit a depot. Nobody was hurt. The army said so."
    pieces = [text[a:b] for a, b in spans(text)]
    assert pieces == [
        "Headline here",
        "",
        "A drone hit a depot",
        " Nobody was hurt",
        " The army said so.",
    ]
    for a, b in spans(text):
        if b > a:
            assert sentence_around(text, a + 1, b) == text[a:b]


def test_the_shipped_file_loads_and_holds_grams_the_tokeniser_makes() -> None:
    data = json.loads(data_text("incident_sentences.json"))
    assert data["tokens"] == TOKENS
    fitted = model()
    assert fitted.weights and len(fitted.weights) == len(data["weights"])
    for gram in fitted.weights:
        assert gram in grams(gram.replace(NUMBER, "7")), gram
    assert len(data_text("incident_sentences.json").encode()) < 300_000


def test_a_file_fitted_with_another_tokeniser_is_refused(monkeypatch) -> None:
    data = json.loads(data_text("incident_sentences.json"))
    data["tokens"] = "characters"
    monkeypatch.setattr(incident_sentences, "data_text", lambda name: json.dumps(data))
    incident_sentences.model.cache_clear()
    try:
        with pytest.raises(ValueError, match="other tokens"):
            incident_sentences.model()
    finally:
        incident_sentences.model.cache_clear()


def test_an_unknown_or_empty_sentence_gets_the_prior() -> None:
    prior = 1 / (1 + pow(2.718281828459045, -model().bias))
    assert probability("") == pytest.approx(prior, abs=1e-6)
    toy = SentenceModel({"killed": 2.0}, 0.0)
    assert probability("Zzyzx qwv", toy) == 0.5
    assert probability("Three were killed", toy) > 0.5


@pytest.fixture
def bench(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCH))
    import incident_sentences as fitting

    return fitting


TOY = [
    ("A drone killed two people in the town on Monday", 1),
    ("A missile killed a man in the city on Sunday", 1),
    ("Shelling killed three people in the village overnight", 1),
    ("The army could strike the town again", 0),
    ("Officials warned the city could be hit again", 0),
    ("Rebels could attack the village if talks fail", 0),
] * 3


def test_the_fitting_is_reproducible_and_learns_the_toy_lesson(bench) -> None:
    first, second = bench.fit(TOY), bench.fit(TOY)
    assert first == second
    assert first.weights["killed"] > 0 > first.weights["could"]
    assert probability("A rocket killed a boy", first) > probability("A rocket could hit", first)


def test_the_shipped_file_is_what_the_bench_writes(bench) -> None:
    fitted = bench.fit(bench.examples([g for s in bench.FITTING for g in bench.load(s)]))
    shipped = model()
    assert fitted.bias == pytest.approx(shipped.bias, abs=0.01)
    for gram in set(fitted.weights) | set(shipped.weights):
        a, b = fitted.weights.get(gram, 0.0), shipped.weights.get(gram, 0.0)
        assert a == pytest.approx(b, abs=bench.MIN_WEIGHT + 0.01), gram
    differ = sum(fitted.weights.get(g) != w for g, w in shipped.weights.items())
    assert differ <= len(shipped.weights) // 100  # rounding on another machine, at most


# The gate: the "sentence" fact of `incident_confidence`.
TWO_TELLINGS = (
    "A drone hit a fuel depot in Sumy, killing two workers, officials said on Monday.\n\n"
    "Officials warned that a drone could hit a fuel depot in Sumy again."
)


def _strike(nth: int) -> Incident:
    """The report (1) or the threat (2): the same facts, the threat's words more."""
    words = ("a drone hit a fuel depot in Sumy", "a drone could hit a fuel depot in Sumy")[nth - 1]
    start = TWO_TELLINGS.lower().index(words.lower())
    return Incident(
        id="",
        start=start,
        end=start + len(words),
        text=TWO_TELLINGS[start : start + len(words)],
        type="strike",
        place="Sumy",
        mentions=(Span(start, start + len(words)),),
    )


def test_of_two_like_entries_the_one_in_a_report_is_the_surer_and_the_one_listed() -> None:
    report, threat = _strike(1), _strike(2)
    assert "sentence" in FEATURES
    sure = confidence(TWO_TELLINGS, [threat, report])
    assert sure[1] > sure[0]
    assert listed(TWO_TELLINGS, [threat, report])[1]
    assert not listed(TWO_TELLINGS, [threat, report])[0]


def test_the_gate_reads_sentences_with_the_model_it_is_given() -> None:
    """The bench scores each held-out set with a sentence model fitted
    without it: the gate must use that one, not the shipped one."""
    report, threat = _strike(1), _strike(2)
    shipped = model_of_gate()
    upside_down = SentenceModel({"could": 9.0, "killing": -9.0}, 0.0)
    turned = replace(shipped, sentences=upside_down)
    assert (
        confidence(TWO_TELLINGS, [threat, report], turned)[0]
        > confidence(TWO_TELLINGS, [threat, report], shipped)[0]
    )
