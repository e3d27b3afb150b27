"""Score the engine's incidents against the hand-written gold set in
`bench/data/incidents/` (articles composed for this purpose, not from any corpus).

Each article is `NAME.txt` with `NAME.json` beside it: the publication date
a page's metadata would give (or null), the events with their main sentence
(`main`, one or several acceptable; `match` narrows it when two events share a
sentence), the spans that refer back to them (`mentions`), and the accepted
values of each fact (lists: any one is right, `null` included where the text
leaves a fact open); the generic references (`patterns`) and hypotheticals
that must not be listed as incidents.

A predicted incident matches a gold event when its main span overlaps the
event's main sentence (or `match`), else one of its mentions; each event is
matched once, so a second prediction for it is a duplicate. Figures:

- recall: events matched in their main sentence / events;
- precision: predictions that match an event / predictions;
- type, place, date (ISO form), toll (exact), perpetrator: share of matched
  events with the fact right;
- hypotheticals listed: hypotheticals overlapped by any incident or mention.

    python bench/incidents_eval.py                 # the dev split
    python bench/incidents_eval.py --split heldout # score once, at the end
    python bench/incidents_eval.py -v              # every miss, with its reason
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "data" / "incidents"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotate.article import guess_title  # noqa: E402
from annotate.model import Briefing, Incident  # noqa: E402

FACTS = ("type", "place", "date", "toll", "perpetrator")
# The gold splits, in the order they were written (`--split all` scores each).
SPLITS = ("dev", "heldout", *(f"heldout{n}" for n in range(2, 16)))


@dataclass
class Gold:
    name: str
    text: str
    published: dt.date | None
    events: list[dict]
    patterns: list[str]
    hypotheticals: list[str]


@dataclass
class Score:
    events: int = 0
    found_main: int = 0
    found_any: int = 0
    predicted: int = 0
    right: int = 0  # predictions that match an event
    facts: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FACTS})
    extra: dict[str, list[int]] = field(
        default_factory=lambda: {f: [0, 0] for f in ("area", "attribution", "victims")}
    )
    hypotheticals: int = 0
    hypotheticals_listed: int = 0
    mentions: list[int] = field(default_factory=lambda: [0, 0])
    notes: list[str] = field(default_factory=list)
    matched: set[str] = field(default_factory=set)  # ids of predictions that match an event

    def add(self, other: Score) -> None:
        for name in ("events", "found_main", "found_any", "predicted", "right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for table, theirs in ((self.facts, other.facts), (self.extra, other.extra)):
            for key, (ok, n) in theirs.items():
                table[key][0] += ok
                table[key][1] += n
        self.hypotheticals += other.hypotheticals
        self.hypotheticals_listed += other.hypotheticals_listed
        self.mentions[0] += other.mentions[0]
        self.mentions[1] += other.mentions[1]
        self.notes += other.notes


def _find(text: str, needle: str, name: str, nth: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(nth):
        start = text.find(needle, start + 1)
        if start == -1:
            raise SystemExit(f"{name}: gold span not in the text: {needle!r}")
    return start, start + len(needle)


def load(split: str | Path) -> list[Gold]:
    golds = []
    for path in sorted((ROOT / split).glob("*.json")):  # a path replaces ROOT
        data = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        published = data.get("published")
        golds.append(
            Gold(
                name=path.stem,
                text=text,
                published=dt.date.fromisoformat(published) if published else None,
                events=data["events"],
                patterns=data.get("patterns", []),
                hypotheticals=data.get("hypotheticals", []),
            )
        )
    return golds


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _key(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split()).casefold()
    return value[4:] if value.startswith("the ") else value


def _toll(incident: Incident) -> dict | None:
    toll = incident.toll
    if toll is None or (toll.killed is None and toll.injured is None):
        return None
    return {
        "killed": toll.killed,
        "injured": toll.injured,
        "killed_approx": toll.killed_approx,
        "injured_approx": toll.injured_approx,
    }


def _gold_toll(value: dict | None) -> dict | None:
    if value is None:
        return None
    return {
        "killed": value.get("killed"),
        "injured": value.get("injured"),
        "killed_approx": value.get("killed_approx", False),
        "injured_approx": value.get("injured_approx", False),
    }


def _names(briefing: Briefing, actor_id: str | None) -> set[str | None]:
    actor = briefing.actor(actor_id)
    if actor is None:
        return {None}
    return {_key(n) for n in (actor.name, *actor.aliases)}


def score_article(gold: Gold, briefing: Briefing) -> Score:
    score = Score(events=len(gold.events), hypotheticals=len(gold.hypotheticals))
    text, name = gold.text, gold.name
    regions = []  # per event: (main regions, mention regions)
    for event in gold.events:
        mains = event["main"] if isinstance(event["main"], list) else [event["main"]]
        main = [_find(text, event["match"], name)] if "match" in event else []
        main = main or [_find(text, m, name) for m in mains]
        mentions = [
            _find(text, *m[:1], name, *m[1:]) if isinstance(m, list) else _find(text, m, name)
            for m in event.get("mentions", [])
        ]
        regions.append((main, mentions))
    incidents = list(briefing.incidents)
    score.predicted = len(incidents)
    taken: dict[int, tuple[Incident, str]] = {}
    # Main-sentence matches first, then mentions; within each, type agreement first.
    for kind in ("main", "mention"):
        for incident in incidents:
            if any(incident is t[0] for t in taken.values()):
                continue
            span = (incident.start, incident.end)
            options = [
                n
                for n, (main, mentions) in enumerate(regions)
                if n not in taken
                and any(_overlaps(span, r) for r in (main if kind == "main" else mentions))
            ]
            if options:
                options.sort(key=lambda n: incident.type not in gold.events[n]["type"])
                taken[options[0]] = (incident, kind)
    for incident in incidents:
        if not any(incident is t[0] for t in taken.values()):
            score.notes.append(f"{name}: spurious or duplicate: {incident.type} {incident.text!r}")
    score.right = len(taken)
    score.matched = {incident.id for incident, _ in taken.values()}
    for n, event in enumerate(gold.events):
        label = f"{name}: {event.get('match') or _first(event['main'])[:60]!r}"
        if n not in taken:
            score.notes.append(f"{label}: missed")
            continue
        incident, kind = taken[n]
        score.found_any += 1
        if kind == "main":
            score.found_main += 1
        else:
            score.notes.append(f"{label}: found only in a mention: {incident.text!r}")
        predicted = {
            "type": incident.type in event["type"],
            "place": _key(incident.place) in {_key(p) for p in event["place"]},
            "date": (incident.date.iso if incident.date else None) in event["date"],
            "toll": _toll(incident) in [_gold_toll(t) for t in event["toll"]],
            "perpetrator": bool(
                _names(briefing, incident.perpetrator) & {_key(p) for p in event["perpetrator"]}
            ),
        }
        shown = {
            "type": incident.type,
            "place": incident.place,
            "date": incident.date,
            "toll": _toll(incident),
            "perpetrator": sorted(_names(briefing, incident.perpetrator) - {None}),
        }
        for fact, ok in predicted.items():
            score.facts[fact][0] += ok
            score.facts[fact][1] += 1
            if not ok:
                score.notes.append(f"{label}: {fact} {shown[fact]!r}, gold {event[fact]!r}")
        if "area" in event:
            ok = _key(incident.area) in {_key(a) for a in event["area"]}
            score.extra["area"][0] += ok
            score.extra["area"][1] += 1
        if "attribution" in event:
            score.extra["attribution"][0] += incident.attribution == event["attribution"]
            score.extra["attribution"][1] += 1
        if "victims" in event:
            names = set().union(*(_names(briefing, v) for v in incident.victims)) - {None}
            score.extra["victims"][0] += all(_key(v) in names for v in event["victims"])
            score.extra["victims"][1] += 1
        spans = [(m.start, m.end) for m in incident.mentions] or [(incident.start, incident.end)]
        for mention in regions[n][1]:
            score.mentions[1] += 1
            score.mentions[0] += any(_overlaps(mention, s) for s in spans)
    listed = [(s.start, s.end) for i in incidents for s in (i, *i.mentions)]
    for words in gold.hypotheticals:
        where = _find(text, words, name)
        if any(_overlaps(where, s) for s in listed):
            score.hypotheticals_listed += 1
            score.notes.append(f"{name}: hypothetical listed: {words!r}")
    return score


def _first(main: str | list[str]) -> str:
    return main[0] if isinstance(main, list) else main


def _ratio(ok: int, n: int) -> str:
    return f"{ok / n:.2f} ({ok}/{n})" if n else "—"


def report(split: str | Path, score: Score, verbose: bool) -> None:
    print(f"## {split}: {score.events} events")
    rows = [
        ("recall (main sentence)", _ratio(score.found_main, score.events)),
        ("recall (any mention)", _ratio(score.found_any, score.events)),
        ("precision", _ratio(score.right, score.predicted)),
    ]
    rows += [(fact, _ratio(*score.facts[fact])) for fact in FACTS]
    rows += [(fact, _ratio(*score.extra[fact])) for fact in score.extra]
    rows += [
        ("mentions covered", _ratio(*score.mentions)),
        ("hypotheticals listed", f"{score.hypotheticals_listed} of {score.hypotheticals}"),
    ]
    for label, value in rows:
        print(f"  {label:<24} {value}")
    if verbose:
        for note in score.notes:
            print("   -", note)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=(*SPLITS, "all"),
        default="dev",
    )
    parser.add_argument(
        "--dir", type=Path, help="score a gold set in this folder (same layout) instead"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    from annotate.engine import annotate_texts
    from annotate.pipeline import load_pipeline

    nlp = load_pipeline()
    splits = SPLITS if args.split == "all" else (args.split,)
    for split in [args.dir.resolve()] if args.dir else splits:
        golds = load(split)
        items = [(g.text, guess_title(g.text), g.published) for g in golds]
        total = Score()
        for gold, briefing in zip(golds, annotate_texts(items, nlp), strict=True):
            total.add(score_article(gold, briefing))
        report(split, total, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
