"""What the whole annotation costs against spaCy's parse alone, on PolNeAR dev.

Both sides use the same loaded pipeline in the same process and the same
batches (the engine's chunks and character batches):
- parse: `nlp.pipe` with every briefing component disabled (the trained
  pipeline alone);
- annotation: `engine.annotate_texts`, i.e. `nlp.pipe` with the components
  (paragraph sentence starts, quotes, attribution, actors, incidents) plus
  records, merging and positions.
Runs alternate (parse, annotation, parse, …) so drift in machine load hits
both; the ratio of the medians is reported (target: at most 1.15).

    python bench/speed.py [--corpus DIR] [--split dev] [--repeats N]
"""

from __future__ import annotations

import argparse
import datetime
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
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    paths = sorted((args.corpus / args.split / "text").glob("*.txt"))
    if not paths:
        print(f"no articles under {args.corpus / args.split}", file=sys.stderr)
        return 1
    texts = [p.read_text(encoding="utf-8") for p in paths]

    from annotate.batching import BATCH_CHARS
    from annotate.batching import batches as engine_batches
    from annotate.engine import annotate_texts, chunk_text
    from annotate.pipeline import load_pipeline

    nlp = load_pipeline()
    started = time.perf_counter()
    from annotate.incident_dates import normalise_date  # dateparser is imported on first use

    normalise_date("on Tuesday", datetime.date(2025, 3, 12))
    dateparser_first = time.perf_counter() - started
    plan = [(i, off, chunk, None) for i, t in enumerate(texts) for off, chunk in chunk_text(t)]
    batches = [[piece[2] for piece in batch] for batch in engine_batches(plan, BATCH_CHARS)]

    def parse_only() -> None:
        ours = [name for name in nlp.pipe_names if name.startswith("briefing_")]
        with nlp.select_pipes(disable=ours):  # the trained pipeline alone
            for batch in batches:
                for _doc in nlp.pipe(batch, batch_size=len(batch)):
                    pass

    def annotate() -> None:
        for _briefing in annotate_texts([(t, "") for t in texts], nlp):
            pass

    annotate()  # warm up both paths (lexeme caches, lazy lexicons)
    parse_only()
    parse_times: list[float] = []
    annotate_times: list[float] = []
    for _ in range(args.repeats):
        for run, times in ((parse_only, parse_times), (annotate, annotate_times)):
            gc.collect()
            started = time.perf_counter()
            run()
            times.append(time.perf_counter() - started)
    chars = sum(len(t) for t in texts)
    parse, whole = statistics.median(parse_times), statistics.median(annotate_times)
    print(
        f"PolNeAR {args.split}: {len(texts)} articles, {chars:,} characters, "
        f"{args.repeats} alternating repeats"
    )
    print(f"nlp.pipe alone      median {parse:6.2f}s  (runs: {_runs(parse_times)})")
    print(f"whole annotation    median {whole:6.2f}s  (runs: {_runs(annotate_times)})")
    print(f"ratio annotation / parse: {whole / parse:.3f}  (target <= 1.15)")
    best = min(annotate_times) / min(parse_times)
    print(f"ratio of the fastest runs: {best:.3f}  (less swayed by other load on the machine)")
    print(
        f"dateparser import and first date, once per process: {dateparser_first:.2f}s "
        "(not in the medians: the warm-up pays it)"
    )
    return 0


def _runs(times: list[float]) -> str:
    return " ".join(f"{t:.2f}" for t in times)


if __name__ == "__main__":
    sys.exit(main())
