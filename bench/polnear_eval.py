"""Quotes and claims scored against PolNeAR, beside textacy's `direct_quotations`.

PolNeAR (Newell, Margolin and Ruths, LREC 2018) annotates every attribution
in political news: a Source, a Cue and a Content span (possibly
discontinuous). This script parses each article once, reads our quotes and
claims off the doc (`engine.parts_from_doc`, as `briefing annotate` does) and
runs textacy's `direct_quotations` on the same doc, then scores both against
the first annotator file per article (sorted order).

Units. PolNeAR's unit is one attribution: one cue, one content. Our records
split an attribution into a `Quote` per quotation and a `Claim` for reported
content beyond it (`“A,” she said. “B.”` is two quotes with one cue; a
partial quote inside reported speech is a quote and a claim with one cue).
So our records that share a cue occurrence are scored as one predicted
attribution whose content is the union of their spans; textacy's triples
that share a cue are grouped the same way.

Scores (precision, recall, F1 of content spans; a match is an overlap
covering at least half of the shorter span, matched one-to-one, largest
overlaps first):
- direct: gold contents with a quotation mark vs predicted attributions that
  include a quote (for us, a `Quote`, with any claim sharing its cue);
- direct+source: the same, counting a match only when the predicted source
  span overlaps the gold Source span;
- all: every gold content vs every predicted attribution;
- source overlap: the share of matched items (all) whose sources overlap.

A quotation we found but could not attribute (no cue and no source: a title,
a scare quote in the writer's own voice) asserts no attribution, so by
default it is not scored; `--all-quotes` scores it too (as a prediction that
can only be right if PolNeAR happens to annotate it).

    python bench/polnear_eval.py [--corpus DIR] [--split dev|train] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

Pieces = tuple[tuple[int, int], ...]

QUOTE_MARKS = ("“", "”", '"', "‘", "«", "»", "„", "''")
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "polnear"


@dataclass(frozen=True, slots=True)
class Item:
    """One attribution: content pieces, source pieces (may be empty), direct or not."""

    content: Pieces
    source: Pieces = ()
    direct: bool = False


@dataclass
class Tally:
    """Counts for one score: predictions, gold items, matches."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    extra: dict[str, int] = field(default_factory=dict)

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _pieces(field_text: str) -> Pieces:
    out = []
    for piece in field_text.split(";"):
        start, end = piece.split()
        out.append((int(start), int(end)))
    return tuple(out)


def read_gold(ann: Path, text: str) -> list[Item]:
    """Attributions of one brat file: each E line, plus contents no E line uses."""
    spans: dict[str, tuple[str, Pieces]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("T") and len(cells) >= 2:
            kind, _, where = cells[1].partition(" ")
            spans[cells[0]] = (kind, _pieces(where))
        elif line.startswith("E") and len(cells) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in cells[1].split()))
    items: list[Item] = []
    used: set[str] = set()
    for rel in relations:
        content_id = rel.get("Content")
        if content_id not in spans:
            continue
        used.add(content_id)
        content = spans[content_id][1]
        source = spans[rel["Source"]][1] if rel.get("Source") in spans else ()
        items.append(Item(content, source, _has_mark(text, content)))
    for key, (kind, pieces) in spans.items():
        if kind == "Content" and key not in used:
            items.append(Item(pieces, (), _has_mark(text, pieces)))
    return items


def _has_mark(text: str, pieces: Pieces) -> bool:
    return any(mark in text[s:e] for s, e in pieces for mark in QUOTE_MARKS)


def _length(pieces: Pieces) -> int:
    return sum(e - s for s, e in pieces)


def _overlap(a: Pieces, b: Pieces) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match(predicted: list[Item], gold: list[Item]) -> list[tuple[Item, Item]]:
    """One-to-one matches, largest overlaps first; an overlap must cover at
    least half of the shorter content."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            shared = _overlap(p.content, g.content)
            if shared and shared * 2 >= min(_length(p.content), _length(g.content)):
                candidates.append((shared, i, j))
    candidates.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((predicted[i], gold[j]))
    return pairs


def _group(records: list[tuple[tuple[int, int], tuple | None, tuple | None, bool]]) -> list[Item]:
    """(content, source, cue, is_quote) records sharing a cue become one item."""
    groups: dict[object, list] = defaultdict(list)
    for n, (content, source, cue, quoted) in enumerate(records):
        groups[cue if cue is not None else ("alone", n)].append((content, source, quoted))
    items = []
    for members in groups.values():
        content = tuple(sorted(c for c, _, _ in members))
        source = next((s for _, s, _ in members if s is not None), None)
        items.append(Item(content, (source,) if source else (), any(q for *_, q in members)))
    return items


def ours(doc, all_quotes: bool) -> list[Item]:
    from annotate.engine import parts_from_doc

    parts = parts_from_doc(doc)
    records = []
    for q in parts.quotes:
        if q.cue is None and q.source is None and not all_quotes:
            continue
        records.append(((q.start, q.end), _span(q.source), _span(q.cue), True))
    for c in parts.claims:
        records.append(((c.start, c.end), _span(c.source), _span(c.cue), False))
    return _group(records)


def _span(span) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def textacy_items(doc) -> list[Item]:
    from textacy.extract.triples import direct_quotations

    records = []
    try:
        for triple in direct_quotations(doc):
            content = (triple.content.start_char, triple.content.end_char)
            speaker = triple.speaker
            source = (speaker[0].idx, speaker[-1].idx + len(speaker[-1])) if speaker else None
            cue = (triple.cue[0].idx, triple.cue[-1].idx + len(triple.cue[-1]))
            records.append((content, source, cue, True))
    except ValueError:  # textacy gives up on an odd number of quotation marks
        pass
    return _group(records)


def score(predicted: list[Item], gold: list[Item], tallies: dict[str, Tally]) -> None:
    direct_p = [p for p in predicted if p.direct]
    direct_g = [g for g in gold if g.direct]
    pairs = match(direct_p, direct_g)
    for name, pred, gld in (("direct", direct_p, direct_g), ("direct+source", direct_p, direct_g)):
        tallies[name].predicted += len(pred)
        tallies[name].gold += len(gld)
    tallies["direct"].matched += len(pairs)
    tallies["direct+source"].matched += sum(_overlap(p.source, g.source) > 0 for p, g in pairs)
    pairs = match(predicted, gold)
    everything = tallies["all"]
    everything.predicted += len(predicted)
    everything.gold += len(gold)
    everything.matched += len(pairs)
    with_gold_source = [(p, g) for p, g in pairs if g.source]
    everything.extra["sourced"] = everything.extra.get("sourced", 0) + len(with_gold_source)
    everything.extra["source_ok"] = everything.extra.get("source_ok", 0) + sum(
        _overlap(p.source, g.source) > 0 for p, g in with_gold_source
    )


def articles(corpus: Path, split: str) -> list[tuple[Path, Path]]:
    """(text, first annotation file) per article of the split, sorted."""
    folder = corpus / split
    pairs = []
    for text in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(text.stem + "_*.ann"))
        if anns:
            pairs.append((text, anns[0]))
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--offset", type=int, default=0, help="skip the first N articles")
    parser.add_argument("--all-quotes", action="store_true", help="score unattributed quotes")
    args = parser.parse_args(argv)
    pairs = articles(args.corpus, args.split)[args.offset :]
    if args.limit:
        pairs = pairs[: args.limit]
    if not pairs:
        print(f"no articles under {args.corpus / args.split}", file=sys.stderr)
        return 1

    from annotate.pipeline import load_pipeline

    nlp = load_pipeline()
    texts = [path.read_text(encoding="utf-8") for path, _ in pairs]
    systems = {"briefing": defaultdict(Tally), "textacy": defaultdict(Tally)}
    started = time.perf_counter()
    for (_path, ann), text, doc in zip(pairs, texts, nlp.pipe(texts), strict=True):
        gold = read_gold(ann, text)
        score(ours(doc, args.all_quotes), gold, systems["briefing"])
        score(textacy_items(doc), gold, systems["textacy"])
    elapsed = time.perf_counter() - started

    print(f"PolNeAR {args.split}: {len(pairs)} articles ({elapsed:.1f}s)")
    print(f"{'score':<16}{'system':<10}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}")
    for name in ("direct", "direct+source", "all"):
        for system, tallies in systems.items():
            t = tallies[name]
            p, r, f = t.prf()
            print(f"{name:<16}{system:<10}{p:7.3f}{r:7.3f}{f:7.3f}{t.predicted:7d}{t.gold:7d}")
    for system, tallies in systems.items():
        extra = tallies["all"].extra
        rate = extra.get("source_ok", 0) / max(extra.get("sourced", 0), 1)
        print(f"source overlap of matched items ({system}): {rate:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
