"""Which incidents are listed: how sure the engine is that an entry is an
event of its own.

A wrong incident costs a reader's trust more than a missing one, and on news
the rules were never tuned to most wrong entries are one event told twice
that the rules did not join ("the fire", a day later, a vaguer place), the
rest a plan, a list of tactics or a figure. No single rule tells them apart,
but together the plain facts of an entry do: an event of its own usually has
a date, a place, several mentions and a full clause; a second telling has
fewer, repeats a place another entry of its kind already has, or sits in a
headline, a hedged or a generic sentence, in an article with many entries.
How much its sentence reads as a report is learned from words
(`incident_sentences`): threats, plans and analyses have words of their own.

An entry is in doubt when another entry of the article has its type, or it
has neither place nor date (`in_doubt`); the only entry of a text never is.
For those, `confidence` is a logistic model over the facts above, read off
the records and the text alone (no parse). Its weights are in
`data/incident_confidence.json`, fitted by `bench/incident_confidence.py` on
the gold sets written blind (`bench/data/incidents/blind*`) and scored there
leave-one-set-out; `listed` keeps what is not in doubt, what the model
puts at or over its threshold, and the surest entry of a kind it doubts in
every entry.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import get_args

from annotate import incident_sentences
from annotate.incident_sentences import SentenceModel
from annotate.lexicons import data_text
from annotate.model import Incident, IncidentType

TYPES: tuple[str, ...] = get_args(IncidentType)
FEATURES = (
    "place",
    "date",
    "toll",
    "mentions",
    "words",
    "place_of_another",
    "headline",
    "entries",
    "hedged",
    "generic",
    "sentence",
    *(f"type_{t}" for t in TYPES),
)
# Words that make a sentence hedge, deny or plan rather than report.
_HEDGED = re.compile(
    r"\b(could|would|may|might|plans?|planned|threat|threatened|warn|warned|if|feared?|"
    r"risk|suspected|alleged|denied|deny|foiled|attempt|possible|potential)\b",
    re.IGNORECASE,
)
# Words that make a sentence speak of many events or of a kind of event.
_GENERIC = re.compile(
    r"\b(wave|series|campaign|attacks|incidents|acts|spate|string|pattern|such|similar|other)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Model:
    """A fitted logistic model: an entry in doubt is listed when the
    probability its facts give is at or over `threshold`."""

    weights: tuple[float, ...]  # one per name in FEATURES
    bias: float
    threshold: float
    sentences: SentenceModel | None = None  # None: the one the engine ships


@cache
def model() -> Model:
    """The fitted model shipped with the engine. A refit changes the output,
    so it comes with a new ENGINE_VERSION (cached briefings are rebuilt)."""
    data = json.loads(data_text("incident_confidence.json"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("data/incident_confidence.json was fitted on other features")
    if not 0.0 < data["threshold"] < 1.0:
        raise ValueError("data/incident_confidence.json has a threshold outside (0, 1)")
    return Model(tuple(data["weights"]), data["bias"], data["threshold"])


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding `start:end`, cut at ". " and line ends."""
    first = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [n for n in (text.find(". ", end), text.find("\n", end)) if n != -1]
    return text[first : min(ends, default=len(text))]


def features(
    text: str, incidents: Sequence[Incident], n: int, sentences: SentenceModel | None = None
) -> list[float]:
    """The facts of entry `n` among the article's `incidents`, as numbers;
    `sentences` (default: the shipped one) reads how much its sentence
    reads as a report of an event that happened."""
    entry = incidents[n]
    kin = [x for k, x in enumerate(incidents) if k != n and x.type == entry.type]
    sentence = sentence_around(text, entry.start, entry.end)
    headline_end = text.find("\n")
    facts = [
        entry.place is not None,
        entry.date is not None,
        entry.toll is not None,
        min(len(entry.mentions), 5) / 5,
        min(len(entry.text.split()), 30) / 30,
        any(_nested(x.place, entry.place) for x in kin),
        headline_end != -1 and entry.start < headline_end and _is_headline(text[:headline_end]),
        min(len(incidents), 10) / 10,
        _HEDGED.search(sentence) is not None,
        _GENERIC.search(sentence) is not None,
        incident_sentences.probability(sentence, sentences),
        *(entry.type == t for t in TYPES),
    ]
    return [float(x) for x in facts]


def _is_headline(line: str) -> bool:
    """A first line is a headline unless it reads as a sentence of the report
    (it ends as one: "... killing three people.")."""
    return not line.rstrip().endswith((".", "!", "?", ".”", '."'))


def _nested(a: str | None, b: str | None) -> bool:
    """Whether one place's name holds the other ("Odesa", "port of Odesa")."""
    return a is not None and b is not None and (a in b or b in a)


def confidence(
    text: str, incidents: Sequence[Incident], fitted: Model | None = None
) -> list[float]:
    """For each entry, the model's probability that it is an event of its own."""
    fitted = fitted or model()
    out = []
    for n in range(len(incidents)):
        facts = features(text, incidents, n, fitted.sentences)
        z = fitted.bias + sum(w * x for w, x in zip(fitted.weights, facts, strict=True))
        out.append(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))))
    return out


def in_doubt(incidents: Sequence[Incident], n: int) -> bool:
    """Whether entry `n` may not be an event of its own: in an article with
    other entries, another has its type (it may be a second telling of that
    one) or it has neither place nor date (nothing anchors it). The only
    entry of a text, and the others, are always listed."""
    entry = incidents[n]
    kin = any(x.type == entry.type for k, x in enumerate(incidents) if k != n)
    return len(incidents) > 1 and (kin or (entry.place is None and entry.date is None))


def listed(text: str, incidents: Sequence[Incident], fitted: Model | None = None) -> list[bool]:
    """Which entries the panel lists: those not in doubt, those in doubt that
    the model is sure enough of, and of a kind the model doubts in every
    entry, the surest one (a second telling is left out only beside a first)."""
    if len(incidents) < 2:
        return [True] * len(incidents)  # nothing is in doubt
    fitted = fitted or model()
    sure = confidence(text, incidents, fitted)
    keep = [p >= fitted.threshold or not in_doubt(incidents, n) for n, p in enumerate(sure)]
    for kind in {x.type for x in incidents}:
        same = [n for n, x in enumerate(incidents) if x.type == kind]
        if len(same) > 1 and not any(keep[n] for n in same):
            keep[max(same, key=lambda n: sure[n])] = True
    return keep
