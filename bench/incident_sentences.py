"""Fit and score the sentence model (`annotate/incident_sentences.py`).

Each gold article is cut into sentences where the gate cuts them; a sentence
is positive when it overlaps a gold event's main sentence (it reports an
event that happened), negative otherwise (a threat, a plan, an analysis, a
second telling, background). A logistic model over the sentence's word
unigrams and bigrams is fitted with numpy alone (Adam over the sparse
features, a fixed number of full-batch steps, so a refit gives the same
weights), then pruned to the grams seen in at least two sentences whose
weight is not negligible.

    python bench/incident_sentences.py          # fit on blind1-20, score blind21-30
    python bench/incident_sentences.py --write  # ship the fit on every fitting set
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np
from incidents_eval import ROOT, Gold, _find, load

from annotate.atomic_file import write_text_file
from annotate.incident_sentences import TOKENS, SentenceModel, grams, probability, spans

FITTING = tuple(f"blind{n}" for n in range(1, 31))  # also the gate's (incident_confidence)
SHIPPED = Path(__file__).resolve().parent.parent / "annotate" / "data" / "incident_sentences.json"
L2 = 1.0  # on the sum of the log losses: weights of rare grams stay small
MIN_COUNT = 2  # sentences a gram must be seen in to get a weight
MIN_WEIGHT = 0.05  # smaller weights are dropped from the shipped file
STEPS = 300
_grams = cache(grams)  # the folds of `bench/incident_confidence.py` refit on the same sentences


def examples(golds: Sequence[Gold]) -> list[tuple[str, int]]:
    """Every sentence of the articles with a word in it, labelled 1 when it
    overlaps a gold event's main sentence (or its `match`)."""
    out = []
    for gold in golds:
        mains = []
        for event in gold.events:
            main = event["main"] if isinstance(event["main"], list) else [event["main"]]
            mains += [_find(gold.text, m, gold.name) for m in main]
            if "match" in event:
                mains.append(_find(gold.text, event["match"], gold.name))
        for start, end in spans(gold.text):
            sentence = gold.text[start:end]
            if _grams(sentence):
                out.append((sentence, int(any(start < b and a < end for a, b in mains))))
    return out


def fit(data: Sequence[tuple[str, int]], l2: float = L2) -> SentenceModel:
    """Logistic regression over the grams seen in `MIN_COUNT` sentences,
    by Adam on the full batch; weights under `MIN_WEIGHT` are pruned."""
    seen = [_grams(s) for s, _ in data]
    counts = Counter(g for s in seen for g in s)
    vocab = sorted(g for g, n in counts.items() if n >= MIN_COUNT)
    index = {g: k for k, g in enumerate(vocab)}
    rows = np.array([r for r, s in enumerate(seen) for g in s if g in index], np.int64)
    cols = np.array([index[g] for s in seen for g in s if g in index], np.int64)
    y = np.array([label for _, label in data], float)
    n, d = len(data), len(vocab)
    w, b = np.zeros(d), np.log(max(y.mean(), 1e-3) / max(1 - y.mean(), 1e-3))
    m, v, mb, vb = np.zeros(d), np.zeros(d), 0.0, 0.0
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, STEPS + 1):
        z = np.bincount(rows, weights=w[cols], minlength=n) + b
        err = 1 / (1 + np.exp(-np.clip(z, -30, 30))) - y
        grad = np.bincount(cols, weights=err[rows], minlength=d) + l2 * w
        gb = float(err.sum())
        m, v = beta1 * m + (1 - beta1) * grad, beta2 * v + (1 - beta2) * grad**2
        mb, vb = beta1 * mb + (1 - beta1) * gb, beta2 * vb + (1 - beta2) * gb**2
        fix1, fix2 = 1 - beta1**step, 1 - beta2**step
        w -= rate * (m / fix1) / (np.sqrt(v / fix2) + 1e-8)
        b -= rate * (mb / fix1) / (np.sqrt(vb / fix2) + 1e-8)
    kept = {g: round(float(x), 3) for g, x in zip(vocab, w, strict=True) if abs(x) >= MIN_WEIGHT}
    return SentenceModel(kept, round(float(b), 3))


def counts(model: SentenceModel, data: Sequence[tuple[str, int]], threshold: float) -> str:
    """How many positives and others the model flags at `threshold`."""
    flagged = [label for s, label in data if probability(s, model) >= threshold]
    return (
        f"p >= {threshold:.1f}: {sum(flagged)} of {sum(lab for _, lab in data)} positives, "
        f"{len(flagged) - sum(flagged)} of {len(data) - sum(lab for _, lab in data)} others"
    )


def shipped_json(model: SentenceModel, sets: Sequence[str]) -> str:
    """The file the engine ships: the weights sorted by gram, one a line."""
    body = ",\n".join(f"  {json.dumps(g)}: {w}" for g, w in sorted(model.weights.items()))
    head = {
        "about": "bench/incident_sentences.py --write: logistic weights per word gram",
        "fitted_on": [f"{ROOT.name}/{n}" for n in sets],
        "tokens": TOKENS,
        "bias": model.bias,
    }
    return json.dumps(head, indent=1)[:-2] + ',\n "weights": {\n' + body + "\n }\n}\n"


def main() -> None:
    """Fit on blind1-20 and score blind21-30; with --write, ship the fit on all."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="ship the model fitted on all sets")
    args = parser.parse_args()
    train = examples([g for s in FITTING[:20] for g in load(s)])
    test = examples([g for s in FITTING[20:] for g in load(s)])
    model = fit(train)
    print(f"fitted on blind1-20: {len(train)} sentences, {len(model.weights)} grams kept")
    print(f"blind21-30 ({len(test)} sentences):")
    for threshold in (0.3, 0.5, 0.7):
        print("  " + counts(model, test, threshold))
    if args.write:
        model = fit(train + test)
        write_text_file(SHIPPED, shipped_json(model, FITTING))
        size = SHIPPED.stat().st_size // 1024
        print(f"wrote {SHIPPED} ({len(model.weights)} grams, {size} KB): bump ENGINE_VERSION")


if __name__ == "__main__":
    main()
