"""How soon the briefing overview shows for a folder of 50 articles whose
briefings are cached (opened before), against the one-article reader's
first paint, both measured in this run (not a test; prints figures).

The articles are the first 50 PolNeAR dev articles, annotated once at the
start into a throwaway cache (`XDG_CACHE_HOME` points at a temporary
folder). Then, each in this process, headless at 120x40, the app made by
`create_app` with the real annotator (cache first) as the command line
makes it, timed from reading the files to a frame on the terminal:

- the reader on one article: its first frame;
- the reader on 50: the first frame of the overview (the article list
  and the waiting panels), and the first frame once all 50 briefings are
  read from the cache and merged (everything filled in);
- `merge_briefings` over the 50 briefings alone.

Target: the overview within 1 s.

    python bench/overview_speed.py [--corpus DIR] [--articles 50] [--repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "polnear"
TARGET = 1.0


async def first_frames(paths: list[Path]) -> dict[str, float]:
    """Seconds from reading the files to the first frame, to the overview's
    first frame, and to the frame with every briefing merged."""
    from annotate.collection import read_paths
    from tui.app import create_app
    from tui.screens.overview_screen import OverviewScreen

    started = time.perf_counter()
    articles = list(read_paths(paths).articles)
    app = create_app(articles, remember_theme=False)
    marks: dict[str, float] = {}
    display = app._display  # noqa: SLF001 - the frame output, headless or not

    def timed_display(screen, renderable):  # type: ignore[no-untyped-def]
        now = time.perf_counter()
        if renderable is not None:
            marks.setdefault("first frame", now)
            shown = app.screen
            if isinstance(shown, OverviewScreen):
                marks.setdefault("overview", now)
                overview = shown.overview
                if overview is not None and len(overview.numbers) == len(articles):
                    marks.setdefault("all merged", now)
        return display(screen, renderable)

    app._display = timed_display  # type: ignore[method-assign]  # noqa: SLF001
    async with app.run_test(size=(120, 40)) as pilot:
        deadline = time.perf_counter() + 60
        wanted = "all merged" if len(articles) > 1 else "first frame"
        while wanted not in marks and time.perf_counter() < deadline:
            await pilot.pause(0.01)
        states = {doc.state for doc in app.reader.docs}
    assert states == {"ready"}, f"not all from the cache: {states}"
    return {name: mark - started for name, mark in marks.items()}


def fill_cache(paths: list[Path]) -> None:
    """Annotate the articles once and cache their briefings, as a first
    opening of the folder would."""
    from annotate import cache
    from annotate.collection import annotate_articles, read_paths
    from annotate.pipeline import load_pipeline, pipeline_name

    articles = read_paths(paths).articles
    for briefing in annotate_articles(articles, load_pipeline()):
        cache.store(briefing, pipeline_name())


def merge_time(paths: list[Path], repeats: int) -> float:
    from annotate import cache
    from annotate.collection import read_paths
    from annotate.engine import ENGINE_VERSION
    from annotate.merge import merge_briefings, set_article
    from annotate.model import text_sha256
    from annotate.pipeline import pipeline_name

    articles = read_paths(paths).articles
    name = pipeline_name()
    records = []
    for article in articles:
        briefing = cache.load_cached(
            text_sha256(article.text), ENGINE_VERSION, name, len(article.text)
        )
        assert briefing is not None
        records.append(set_article(article, briefing))
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        merge_briefings(records)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    paths = sorted((args.corpus / "dev" / "text").glob("*.txt"))[: args.articles]
    if len(paths) < 2:
        print(f"too few articles under {args.corpus / 'dev'}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp, "cache"))
        os.environ["XDG_DATA_HOME"] = str(Path(tmp, "data"))  # notes: a fresh store
        started = time.perf_counter()
        fill_cache(paths)
        took = time.perf_counter() - started
        print(f"{len(paths)} articles annotated and cached in {took:.1f} s")
        asyncio.run(first_frames(paths[:1]))  # warm: imports, themes, CSS parsing
        one, many = [], []
        for _ in range(args.repeats):
            one.append(asyncio.run(first_frames(paths[:1])))
            many.append(asyncio.run(first_frames(paths)))
        merged = merge_time(paths, args.repeats)

    def median(runs: list[dict[str, float]], name: str) -> float:
        return statistics.median(run[name] for run in runs)

    reader = median(one, "first frame")
    overview = median(many, "overview")
    filled = median(many, "all merged")
    verdict = "ok" if overview <= TARGET else "over target"
    print(f"median of {args.repeats} runs, headless 120x40, briefings from the cache:")
    print(f"  reader on 1 article, first frame            {reader * 1000:6.0f} ms")
    print(
        f"  overview of {len(paths)}, first frame              {overview * 1000:6.0f} ms"
        f"  ({overview / reader:.2f}x the reader; target {TARGET:.0f} s: {verdict})"
    )
    print(f"  overview of {len(paths)}, all merged and shown       {filled * 1000:6.0f} ms")
    print(f"  merge_briefings of {len(paths)} alone                {merged * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
