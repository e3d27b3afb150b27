"""Would a learned "same event" join beat the hand-written rules? An experiment,
scored leave-one-set-out on the gold sets.

Most false incidents on unseen sets are one event told twice and not joined.
This fits a logistic regression on pairs of the engine's incidents in one
article (same type, places, dates, tolls and culprits equal or in conflict,
shared names and words of their sentences, distance, a headline, "the ..."),
labelled by the gold (both match the same gold event), on every set but one;
joins the held-out set's pairs above a threshold; and scores the result with
`incidents_eval.score_article`. Only the engine's records and the text are
used, so a join could run after the engine without spaCy.

    python bench/learned_joins.py --dir A --dir B ...    # gold sets, at least two
    python bench/learned_joins.py --split all --dir A    # the fitted splits too

Prints pooled recall and precision before and after, per threshold.
"""

from __future__ import annotations

import argparse
import math
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
from incidents_eval import SPLITS, Gold, Score, _find, _overlaps, _toll, load, score_article

from annotate.article import guess_title
from annotate.model import Briefing, Incident

_STOP = frozenset(
    "the a an of in on at to and or but for with by from was were is are be been has have "
    "had that this it its as after before over into near about their his her they he she said "
    "says".split()
)


def _regions(gold: Gold) -> list[list[tuple[int, int]]]:
    """Every span of each gold event: its main sentences and its mentions."""
    out = []
    for event in gold.events:
        mains = event["main"] if isinstance(event["main"], list) else [event["main"]]
        spans = [_find(gold.text, m, gold.name) for m in mains]
        for m in event.get("mentions", []):
            needle, *nth = m if isinstance(m, list) else [m]
            spans.append(_find(gold.text, needle, gold.name, *nth))
        out.append(spans)
    return out


def _event_of(incident: Incident, regions: list[list[tuple[int, int]]]) -> int | None:
    span = (incident.start, incident.end)
    hit = (n for n, spans in enumerate(regions) if any(_overlaps(span, r) for r in spans))
    return next(hit, None)


def _sentence(text: str, incident: Incident) -> str:
    start = max(text.rfind(". ", 0, incident.start), text.rfind("\n", 0, incident.start)) + 1
    ends = [e for e in (text.find(". ", incident.end), text.find("\n", incident.end)) if e != -1]
    return text[start : min(ends) if ends else len(text)]


def _names(sentence: str) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", sentence)
    return {w.lower() for w in words[1:] if w[0].isupper() and w.lower() not in _STOP}


def _words(sentence: str) -> set[str]:
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", sentence.lower())
    return {w for w in words if w not in _STOP and len(w) > 3}


def _share(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _agree(a: object, b: object) -> tuple[bool, bool]:
    """(equal, in conflict) of two facts; neither when one is missing."""
    if a is None or b is None:
        return False, False
    return a == b, a != b


def features(text: str, a: Incident, b: Incident, incidents: list[Incident]) -> list[float]:
    sa, sb = _sentence(text, a), _sentence(text, b)
    place = _agree(a.place, b.place)
    within = bool(place[1] and (a.place == b.area or b.place == a.area))
    date = _agree(a.date.iso if a.date else None, b.date.iso if b.date else None)
    toll = _agree(str(_toll(a)) if _toll(a) else None, str(_toll(b)) if _toll(b) else None)
    culprit = _agree(a.perpetrator, b.perpetrator)
    between = [x for x in incidents if a.start < x.start < b.start]
    headline_end = text.find("\n")
    return [
        1.0,
        a.type == b.type,
        place[0],
        within,
        place[1] and not within,
        (a.place is None) != (b.place is None),
        *date,
        *toll,
        *culprit,
        _share(_names(sa), _names(sb)),
        _share(_words(sa), _words(sb)),
        math.log1p(text.count("\n", a.end, b.start)),
        any(x.type == a.type for x in between),
        a.start < headline_end,
        b.text.lower().startswith(("the ", "this ", "that ", "it ")),
    ]


def _fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> np.ndarray:
    """Logistic regression by Newton's method, with an L2 penalty."""
    w = np.zeros(x.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        hessian = (x.T * (p * (1 - p))) @ x + l2 * np.eye(len(w))
        w -= np.linalg.solve(hessian, x.T @ (p - y) + l2 * w)
    return w


def _joined(briefing: Briefing, text: str, w: np.ndarray, threshold: float) -> Briefing:
    """The briefing with every pair over the threshold joined; the kept entry
    is the first told outside the headline with most facts, its missing
    facts taken from the others."""
    incidents = list(briefing.incidents)
    parent = list(range(len(incidents)))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    for i, a in enumerate(incidents):
        for j in range(i + 1, len(incidents)):
            x = np.array(features(text, a, incidents[j], incidents), float)
            if 1 / (1 + math.exp(-(x @ w))) > threshold and root(i) != root(j):
                parent[root(j)] = root(i)
    groups: dict[int, list[Incident]] = {}
    for k, incident in enumerate(incidents):
        groups.setdefault(root(k), []).append(incident)
    headline_end = text.find("\n")
    kept = []
    for members in groups.values():

        def facts(m: Incident) -> int:
            return sum(v is not None for v in (m.place, m.date, m.toll, m.perpetrator))

        keep = max(members, key=lambda m: (m.start >= headline_end, facts(m), -m.start))
        fill = {}
        for name in ("place", "area", "date", "toll", "perpetrator", "attribution"):
            if getattr(keep, name) is None:
                fill[name] = next((getattr(m, name) for m in members if getattr(m, name)), None)
        spans = {(s.start, s.end): s for m in members for s in m.mentions}
        kept.append(replace(keep, mentions=tuple(spans[k] for k in sorted(spans)), **fill))
    return replace(briefing, incidents=tuple(sorted(kept, key=lambda i: i.start)))


def _line(label: str, score: Score) -> str:
    place, date = score.facts["place"], score.facts["date"]
    return (
        f"{label:<34} recall {score.found_main / score.events:.3f}"
        f"  precision {score.right / max(score.predicted, 1):.3f} ({score.right}/{score.predicted})"
        f"  place {place[0] / max(place[1], 1):.2f}  date {date[0] / max(date[1], 1):.2f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, action="append", default=[])
    parser.add_argument("--split", choices=("all", "none"), default="none")
    parser.add_argument("--threshold", type=float, action="append", default=[])
    args = parser.parse_args(argv)
    from annotate.engine import annotate_texts
    from annotate.pipeline import load_pipeline

    nlp = load_pipeline()
    sets = [(str(d), d.resolve()) for d in args.dir]
    sets += [(s, s) for s in SPLITS] if args.split == "all" else []
    if len(sets) < 2:
        parser.error("leave-one-set-out needs at least two gold sets")
    data = []  # (set, gold, briefing, pairs)
    for name, where in sets:
        golds = load(where)
        items = [(g.text, guess_title(g.text), g.published) for g in golds]
        for gold, briefing in zip(golds, annotate_texts(items, nlp), strict=True):
            regions, incidents = _regions(gold), list(briefing.incidents)
            events = [_event_of(i, regions) for i in incidents]
            pairs = [
                (features(gold.text, a, incidents[j], incidents), int(events[i] == events[j]))
                for i, a in enumerate(incidents)
                for j in range(i + 1, len(incidents))
                if events[i] is not None and events[j] is not None
            ]
            data.append((name, gold, briefing, pairs))
    for threshold in args.threshold or [0.15, 0.25, 0.35, 0.5]:
        before, after = Score(), Score()
        for name, _ in sets:
            train = [p for s, _, _, pairs in data if s != name for p in pairs]
            w = _fit(np.array([p[0] for p in train], float), np.array([p[1] for p in train]))
            for s, gold, briefing, _ in data:
                if s == name:
                    before.add(score_article(gold, briefing))
                    after.add(score_article(gold, _joined(briefing, gold.text, w, threshold)))
        print(f"threshold {threshold}")
        print(_line("  engine's own joins", before))
        print(_line("  plus learned joins (held out)", after))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
