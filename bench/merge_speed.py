"""What merging a briefing of many articles costs against annotating them.

The PolNeAR dev articles (84, about 411k characters) are annotated in one
process (`annotate_texts`, as `briefing annotate` runs it), then merged into
one `briefing-set/1` (`merge_briefings`: actors, events, positions, who is
quoted) and serialised to JSON, each timed as the median of several runs.
Merging all 84 unrelated articles is the hard case: many actors and
incidents and few matches. A story of 50 articles is timed too. Target:
merging under 5% of annotation.

    python bench/merge_speed.py [--corpus DIR] [--split dev] [--repeats N]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "polnear"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--repeats", type=int, default=20)
    parser.add_argument("--annotation-repeats", type=int, default=2)
    args = parser.parse_args(argv)
    paths = sorted((args.corpus / args.split / "text").glob("*.txt"))
    if not paths:
        print(f"no articles under {args.corpus / args.split}", file=sys.stderr)
        return 1

    from annotate.article import read_article
    from annotate.collection import annotate_articles
    from annotate.merge import merge_briefings, set_article
    from annotate.pipeline import load_pipeline

    articles = [read_article(p) for p in paths]
    nlp = load_pipeline()
    list(annotate_articles(articles[:3], nlp))  # warm up

    def timed(run, repeats: int) -> tuple[float, object]:
        times, result = [], None
        for _ in range(repeats):
            gc.collect()
            started = time.perf_counter()
            result = run()
            times.append(time.perf_counter() - started)
        return statistics.median(times), result

    annotation, briefings = timed(
        lambda: list(annotate_articles(articles, nlp)), args.annotation_repeats
    )
    records = [set_article(a, b) for a, b in zip(articles, briefings, strict=True)]
    merging, merged = timed(lambda: merge_briefings(records), args.repeats)
    serialising, _ = timed(lambda: merged.to_json(indent=None), args.repeats)
    fifty, _ = timed(lambda: merge_briefings(records[:50]), args.repeats)

    chars = sum(len(a.text) for a in articles)
    print(f"PolNeAR {args.split}: {len(articles)} articles, {chars:,} characters")
    print(
        f"set: {len(merged.actors)} actors from "
        f"{sum(len(b.actors) for b in briefings)}, {len(merged.events)} events from "
        f"{sum(len(b.incidents) for b in briefings)} incidents"
    )
    print(
        f"annotation (annotate_texts)     {annotation:8.3f} s   median of {args.annotation_repeats}"
    )
    label = f"merge, all {len(records)} articles"
    print(f"{label:<32}{merging * 1000:8.1f} ms  median of {args.repeats}")
    print(f"merge, 50 articles              {fifty * 1000:8.1f} ms")
    print(f"set as JSON                     {serialising * 1000:8.1f} ms")
    print(
        f"merge / annotation: {merging / annotation:.2%}; "
        f"merge + JSON / annotation: {(merging + serialising) / annotation:.2%}  (target < 5%)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
