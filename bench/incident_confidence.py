"""Fit and score the incident confidence model (`annotate/incident_confidence.py`).

The engine lists an incident only when a logistic model over the entry's
plain facts says it is sure enough that the entry is an event of its own
(not a second telling, a plan or a kind of event). This script runs the
engine with every entry kept (`all_incidents=True`), labels each entry by the
gold (it matches an event, or it is a duplicate, a hypothetical, a pattern or
nothing), and

- scores the model leave-one-set-out over the fitting sets: each set is
  gated by a model fitted on the others, at several thresholds; nested, as
  the sentence model (`bench/incident_sentences.py`) that gives the
  "sentence" fact is fitted anew on the others too, and the gate's own
  training rows read each set with a sentence model fitted without it;
- fits on all of them and, with `--write`, saves the weights the engine ships;
- with `--dir`, scores sets it never fitted on: before the gate, and with the
  shipped model (or the one just fitted with `--write`).

    python bench/incident_confidence.py                       # LOSO on the blind sets
    python bench/incident_confidence.py --write               # and ship the fitted model
    python bench/incident_confidence.py --dir /path/to/unseen  # score held-out sets

The fitting sets are the blind sets written by people who never ran
the engine (`bench/data/incidents/blind*`). The fitted splits
(`dev`, `heldout*`) are not used: the rules were tuned until every entry there
was right, so they hold no examples of a wrong one.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from incident_sentences import FITTING, examples
from incident_sentences import fit as fit_sentences
from incidents_eval import ROOT, Gold, Score, load, score_article

from annotate.article import guess_title
from annotate.atomic_file import write_text_file
from annotate.engine import ENGINE_VERSION, annotate_texts
from annotate.incident_confidence import FEATURES, Model, features, in_doubt, listed
from annotate.incident_confidence import model as shipped_model
from annotate.incident_sentences import SentenceModel
from annotate.model import Briefing
from annotate.pipeline import load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
INNER = 4  # groups of fitting sets, each read by a sentence model fitted without it
SHIPPED = Path(__file__).resolve().parent.parent / "annotate" / "data" / "incident_confidence.json"


@dataclass
class Article:
    gold: Gold
    briefing: Briefing  # every entry the engine found
    doubt: list[int]  # the entries in doubt
    y: list[int]  # of each entry in doubt, 1: it matches a gold event

    def rows(self, sentences: SentenceModel) -> list[list[float]]:
        """The facts of each entry in doubt, its sentences read by `sentences`."""
        found = self.briefing.incidents
        return [features(self.gold.text, found, n, sentences) for n in self.doubt]


def articles(split: str | Path, nlp: Language) -> list[Article]:
    """The set's articles, each with every entry the engine finds, labelled."""
    golds = load(split)
    items = [(g.text, guess_title(g.text), g.published) for g in golds]
    out = []
    for gold, briefing in zip(golds, annotate_texts(items, nlp, all_incidents=True), strict=True):
        matched = score_article(gold, briefing).matched
        found = briefing.incidents
        doubt = [n for n in range(len(found)) if in_doubt(found, n)]
        out.append(Article(gold, briefing, doubt, [int(found[n].id in matched) for n in doubt]))
    return out


def sentence_model(sets: dict[str, list[Article]], names: Sequence[str]) -> SentenceModel:
    """The sentence model fitted on the sets `names` alone."""
    return fit_sentences(examples([a.gold for n in names for a in sets[n]]))


def stacked(
    sets: dict[str, list[Article]], names: Sequence[str]
) -> tuple[list[list[float]], list[int]]:
    """The gate's training rows over the sets `names`, the sentences of each
    read by a sentence model fitted without its group of sets: in-sample,
    the model is surer than it is on news it never saw, and the gate would
    learn to trust it too much."""
    x: list[list[float]] = []
    y: list[int] = []
    for k in range(INNER):
        group = names[k::INNER]
        read = sentence_model(sets, [n for n in names if n not in group])
        for a in (a for n in group for a in sets[n]):
            x += a.rows(read)
            y += a.y
    return x, y


def fit(x: list[list[float]], y: list[int], l2: float = 1.0) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method; the bias is not penalised."""
    xs = np.hstack([np.array(x, float), np.ones((len(x), 1))])
    ys = np.array(y, float)
    w = np.zeros(xs.shape[1])
    penalty = l2 * np.eye(len(w))
    penalty[-1, -1] = 0.0
    for _ in range(40):
        p = 1 / (1 + np.exp(-np.clip(xs @ w, -30, 30)))
        hessian = (xs.T * (p * (1 - p))) @ xs + penalty
        w -= np.linalg.solve(hessian, xs.T @ (p - ys) + penalty @ w)
    return w[:-1], float(w[-1])


def gated(arts: list[Article], model: Model | None) -> Score:
    """The score of the articles with the model's listing (no model: every entry)."""
    total = Score()
    for a in arts:
        found = a.briefing.incidents
        keep = listed(a.gold.text, found, model) if model else [True] * len(found)
        kept = tuple(x for x, k in zip(found, keep, strict=True) if k)
        total.add(score_article(a.gold, replace(a.briefing, incidents=kept)))
    return total


def line(score: Score) -> str:
    """One line of figures."""
    recall = score.found_main / score.events
    precision = score.right / max(score.predicted, 1)
    facts = " ".join(
        f"{k} {ok / n:.2f}" for k, (ok, n) in score.facts.items() if k != "perpetrator" and n
    )
    return (
        f"recall {recall:.3f}  precision {precision:.3f} ({score.right}/{score.predicted})  "
        f"{facts}  hypotheticals listed {score.hypotheticals_listed}"
    )


def main() -> None:
    """Leave-one-set-out figures, the fit on every set, held-out sets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="ship the model fitted on all sets")
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.5,
        help="the threshold to ship with --write (default 0.5)",
    )
    parser.add_argument("--dir", action="append", default=[], type=Path, help="held-out set")
    args = parser.parse_args()
    nlp = load_pipeline()
    sets = {name: articles(name, nlp) for name in FITTING}
    every = [a for arts in sets.values() for a in arts]
    print(f"## leave-one-set-out over {', '.join(FITTING)} ({len(every)} articles)")
    print(f"no gate          {line(gated(every, None))}")
    folds = {}  # nested: neither the gate nor the sentence model sees the held-out set
    for name in sets:
        others = [n for n in sets if n != name]
        folds[name] = (*fit(*stacked(sets, others)), sentence_model(sets, others))
    for threshold in THRESHOLDS:
        total = Score()
        for name, arts in sets.items():
            w, b, read = folds[name]
            total.add(gated(arts, Model(tuple(w), b, threshold, read)))
        print(f"threshold {threshold:.2f}  {line(total)}")
    w, b = fit(*stacked(sets, list(sets)))
    model = Model(tuple(float(v) for v in w), b, args.threshold)
    if args.write:
        write_text_file(
            SHIPPED,
            json.dumps(
                {
                    "about": "bench/incident_confidence.py --write: logistic weights per feature",
                    "fitted_on": [str(ROOT.name + "/" + n) for n in FITTING],
                    "features": list(FEATURES),
                    "weights": [round(v, 4) for v in model.weights],
                    "bias": round(model.bias, 4),
                    "threshold": model.threshold,
                },
                indent=1,
            )
            + "\n",
        )
        print(f"wrote {SHIPPED}: the output changes, so bump ENGINE_VERSION ({ENGINE_VERSION})")
    else:
        model = shipped_model()  # score held-out sets with the shipped model
    for folder in args.dir:
        arts = articles(folder, nlp)
        print(f"## {folder.name} (never fitted on)")
        print(f"no gate          {line(gated(arts, None))}")
        print(f"gated            {line(gated(arts, model))}")


if __name__ == "__main__":
    main()
