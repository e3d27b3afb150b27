"""Incident precision on real news that is mostly not about conflict.

PolNeAR's articles (US election news, 2016) mention attacks, fires, bombings
and shootings mostly in passing, in metaphor or in general: a good test of
whether the engine lists only real events. The engine runs over a fixed
sample of articles; every incident it lists was labelled by hand in
`bench/data/incidents/real_news_labels.json` (article, text and offsets of
the incident's main span, whether it is a real event, and for real events
the acceptable types and places). This script re-runs the engine and reports:

- precision: listed incidents labelled real / listed incidents labelled; a
  second incident for an event already listed (labels may share an
  `event_id`) counts as wrong;
- type, place: share of the listed real events with an acceptable value;
- real events dropped: labelled real events no longer listed (a recall guard);
- unlabelled: incidents listed now that no label covers; they are printed
  with their sentence (and written to `--todo FILE` as label stubs) so they
  can be labelled and added.

A label covers an incident when it names the same article and its span
overlaps the incident's main span, else one of its mentions.

    python bench/real_news_incidents.py                 # the train sample
    python bench/real_news_incidents.py --split dev     # the held-out check
    python bench/real_news_incidents.py -v              # every wrong listing
    python bench/real_news_incidents.py --todo /tmp/todo.json
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "data" / "incidents" / "real_news_labels.json"
CORPUS = HERE.parent.parent / "shared" / "polnear"
sys.path.insert(0, str(HERE.parent))

from annotate.model import Briefing, Incident  # noqa: E402


@dataclass(frozen=True, slots=True)
class Listed:
    article: str
    incident: Incident
    text: str  # the article's text


def sample(split: str, labels: dict) -> list[str]:
    """The articles of a split that are labelled: a fixed sample of train (every
    fourth article, used while writing the rules), a second one (`train2`, the
    next but one, labelled after the rules to see how they carry over), all of dev."""
    return list(labels["articles"][split])


def run_engine(split: str, names: list[str]) -> list[tuple[str, Briefing, str]]:
    """Annotate the articles as `briefing annotate` does (title and date from the file)."""
    from annotate.article import read_article
    from annotate.collection import annotate_articles
    from annotate.pipeline import load_pipeline

    folder = CORPUS / split.rstrip("0123456789") / "text"
    articles = [read_article(folder / name) for name in names]
    briefings = annotate_articles(articles, load_pipeline())
    return [(n, b, a.text) for n, a, b in zip(names, articles, briefings, strict=True)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def label_for(listed: Listed, labels: list[dict]) -> dict | None:
    """The label that covers an incident: by its main span, else by a mention."""
    mine = [lab for lab in labels if lab["article"] == listed.article]
    main = (listed.incident.start, listed.incident.end)
    for lab in mine:
        if _overlaps(main, (lab["start"], lab["end"])):
            return lab
    for span in listed.incident.mentions:
        for lab in mine:
            if _overlaps((span.start, span.end), (lab["start"], lab["end"])):
                return lab
    return None


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(
        (i for i in (text.find(". ", end), text.find("\n", end)) if i != -1), default=len(text)
    )
    return " ".join(text[left : right + 1].split())


def _key(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split()).casefold()
    return value[4:] if value.startswith("the ") else value


def stub(listed: Listed) -> dict:
    i = listed.incident
    return {
        "article": listed.article,
        "start": i.start,
        "end": i.end,
        "text": i.text,
        "listed_as": {"type": i.type, "place": i.place},
        "event": None,
        "types": [i.type],
        "places": [i.place],
        "note": sentence_around(listed.text, i.start, i.end),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "train2", "train3", "dev"), default="train")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--todo", type=Path, help="write label stubs for unlabelled incidents")
    args = parser.parse_args(argv)
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    names = sample(args.split, data)
    labels = [lab for lab in data["labels"] if lab["article"] in set(names)]
    listed = [
        Listed(name, incident, text)
        for name, briefing, text in run_engine(args.split, names)
        for incident in briefing.incidents
    ]
    real = wrong = type_ok = place_ok = 0
    seen: set[str] = set()
    todo, notes = [], []
    for item in listed:
        lab = label_for(item, labels)
        if lab is None or lab.get("event") is None:
            todo.append(stub(item))
            continue
        i = item.incident
        if not lab["event"]:
            wrong += 1
            notes.append(f"not an event: {item.article}: {i.type} {i.text!r}")
            continue
        if _event(lab) in seen:
            wrong += 1
            notes.append(f"duplicate: {item.article}: {i.type} {i.text!r}")
            continue
        seen.add(_event(lab))
        real += 1
        type_ok += i.type in lab["types"]
        place_ok += _key(i.place) in {_key(p) for p in lab["places"]}
        if i.type not in lab["types"]:
            notes.append(f"type {i.type}, wanted {lab['types']}: {item.article}: {i.text!r}")
        if _key(i.place) not in {_key(p) for p in lab["places"]}:
            notes.append(f"place {i.place!r}, wanted {lab['places']}: {item.article}: {i.text!r}")
    events = {_event(lab): lab for lab in reversed(labels) if lab["event"]}
    dropped = [lab for key, lab in events.items() if key not in seen]
    judged = real + wrong
    print(f"## real news ({args.split}): {len(names)} articles, {len(listed)} incidents listed")
    print(f"  precision                {_ratio(real, judged)}")
    print(f"  type (real events)       {_ratio(type_ok, real)}")
    print(f"  place (real events)      {_ratio(place_ok, real)}")
    print(f"  real events dropped      {len(dropped)} of {len(events)}")
    print(f"  unlabelled               {len(todo)}")
    if args.verbose:
        for note in notes:
            print("   -", note)
        for lab in dropped:
            print(f"   - dropped: {lab['article']}: {lab['text']!r}")
    for item in todo:
        print(f"   ? {item['article']} {item['start']}-{item['end']} {item['listed_as']}")
        print(f"     {item['text']!r} | {item['note']}")
    if args.todo:
        args.todo.write_text(json.dumps(todo, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return 0


def _event(label: dict) -> str:
    """One key per real event: labels of one event share an `event_id`."""
    return f"{label['article']}:{label.get('event_id') or label['start']}"


def _ratio(ok: int, n: int) -> str:
    return f"{ok / n:.2f} ({ok}/{n})" if n else "—"


if __name__ == "__main__":
    raise SystemExit(main())
