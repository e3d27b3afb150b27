"""How well actors cover the sources people are quoted through, on PolNeAR dev.

For every gold Source span (brat standoff, first annotator file per article)
this asks `ActorIndex.actor_at` for an actor, twice: with the finders alone
(no source spans passed in: names, titles, unnamed sources, pronouns) and
with the gold spans passed in as the attribution component would. It reports
the share resolved overall and for pronoun sources ("he", "she", "they"),
and the cost of the actor and incident finders against the parse itself,
measured in the same run.

    /work/venv/bin/python bench/actor_sources.py [POLNEAR_DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from annotate.actors import build_actors
from annotate.incidents import find_incidents
from annotate.pipeline import load_pipeline

PRONOUNS = {"he", "she", "they", "him", "her", "them", "his", "their"}


def gold_sources(ann: Path) -> list[tuple[int, int]]:
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[1].startswith("Source "):
            continue
        pieces = parts[1].split(" ", 1)[1].split(";")
        start, end = int(pieces[0].split()[0]), int(pieces[-1].split()[-1])
        spans.append((start, end))
    return sorted(set(spans))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default="/work/shared/polnear")
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    split = Path(args.corpus) / "dev"
    texts = sorted((split / "text").glob("*.txt"))
    if args.limit:
        texts = texts[: args.limit]
    nlp = load_pipeline()
    ours = [n for n in nlp.pipe_names if n.startswith("briefing_")]
    parse_time = finder_time = 0.0
    total = alone = given = pronouns = pronouns_alone = 0
    incidents = 0
    for path in texts:
        anns = sorted((split / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        t0 = time.perf_counter()
        with nlp.select_pipes(disable=ours):
            doc = nlp(text)
        parse_time += time.perf_counter() - t0
        sources = gold_sources(anns[0])
        t0 = time.perf_counter()
        index = build_actors(doc, [])
        incidents += len(find_incidents(doc, index))
        finder_time += time.perf_counter() - t0
        with_sources = build_actors(doc, sources)
        for start, end in sources:
            total += 1
            found_alone = index.actor_at(start, end) is not None
            alone += found_alone
            given += with_sources.actor_at(start, end) is not None
            if text[start:end].strip().lower() in PRONOUNS:
                pronouns += 1
                pronouns_alone += found_alone
    print(f"articles: {len(texts)}  gold sources: {total}  incidents found: {incidents}")
    print(f"sources resolved by the finders alone: {alone / total:.3f}")
    print(f"sources resolved when passed in:       {given / total:.3f}")
    print(f"pronoun sources resolved ({pronouns}):  {pronouns_alone / max(pronouns, 1):.3f}")
    print(
        f"parse {parse_time:.2f}s  actors+incidents {finder_time:.2f}s  "
        f"ratio {finder_time / parse_time:.3f}"
    )


if __name__ == "__main__":
    main()
