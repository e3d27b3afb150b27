"""How likely a sentence is to report an event that happened, from its words.

Rules tell a report from a threat, a plan, an analysis or a second telling
one shape at a time, and fresh news brings new shapes faster than rules
follow. The words of a sentence carry much of that by themselves: "killed",
"on Monday", "said" lean to a report; "could", "would face", "the latest in
a series" lean away. This is a logistic model over a sentence's lower-cased
word unigrams and bigrams, fitted by `bench/incident_sentences.py` on the
gold sets written blind (a sentence is positive when it overlaps a gold
event's main sentence) and shipped in `data/incident_sentences.json`.

It needs no parse: the listing gate (`incident_confidence`) reads it off the
text and an entry's offsets alone, as it reads every other fact.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from annotate.lexicons import data_text

# Words, with an inner apostrophe kept ("didn't", "city's"); any run of digits
# is one token, so "3 killed" and "12 killed" are the same evidence.
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*")
NUMBER = "<n>"
# The cuts `incident_confidence.sentence_around` makes: ". " and line ends.
_CUT = re.compile(r"\. |\n")
# Names the tokeniser the shipped weights were fitted with: a change to
# `words` or `grams` must come with a refit.
TOKENS = "lower words, numbers as <n>, unigrams+bigrams v1"


@dataclass(frozen=True, slots=True)
class SentenceModel:
    """A fitted logistic model over a sentence's word grams (absent: 0)."""

    weights: Mapping[str, float]
    bias: float


def words(sentence: str) -> list[str]:
    """The sentence's lower-cased words, numbers folded into one token."""
    return [
        NUMBER if w[0].isdigit() else w.replace("’", "'") for w in _WORD.findall(sentence.lower())
    ]


def grams(sentence: str) -> set[str]:
    """The sentence's word unigrams and bigrams ("was killed"), each once."""
    tokens = words(sentence)
    return {*tokens, *(f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False))}


def spans(text: str) -> Iterator[tuple[int, int]]:
    """The text's sentences as `start, end` offsets, cut where
    `sentence_around` cuts (so training and scoring see the same pieces)."""
    start = 0
    for cut in _CUT.finditer(text):
        yield start, cut.start()
        start = cut.start() + 1
    yield start, len(text)


@cache
def model() -> SentenceModel:
    """The fitted model shipped with the engine; a refit changes the listing,
    so it comes with a new ENGINE_VERSION like the gate's own weights."""
    data = json.loads(data_text("incident_sentences.json"))
    if data.get("tokens") != TOKENS:
        raise ValueError("data/incident_sentences.json was fitted on other tokens")
    return SentenceModel(MappingProxyType(dict(data["weights"])), float(data["bias"]))


def probability(sentence: str, fitted: SentenceModel | None = None) -> float:
    """The model's probability that the sentence reports an event that happened."""
    fitted = fitted or model()
    z = fitted.bias + sum(fitted.weights.get(g, 0.0) for g in grams(sentence))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
