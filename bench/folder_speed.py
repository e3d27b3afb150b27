"""Reading a folder of 50 saved web pages: what opening a briefing costs
before any annotation (the reader's overview must show within 1 s).

The pages are made here: each of the first 50 PolNeAR dev articles wrapped
in the furniture of a real news page (a cookie banner, a navigation bar of
120 links, 60 kB of inline script, a related-articles list, a footer, JSON-LD
metadata), about 90 kB a page. Timed, in one process, after the imports:

- `read_paths` on the folder of pages (decode, trafilatura, htmldate);
- the same with `read_article_cached` once the pages are in the page cache
  (what opening the folder again costs: hash the bytes, read the entry);
- the same articles as plain .txt files (the baseline: decoding only);
- with `--overview`: everything the reader's overview needs once the folder
  was opened before: the pages from the page cache, each briefing from the
  briefing cache (`annotate.cache`), and `merge_briefings` over them (the
  briefings are annotated once first, which takes a while).

    python bench/folder_speed.py [--corpus DIR] [--pages 50] [--repeats 5]
"""

from __future__ import annotations

import argparse
import html
import statistics
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "polnear"

_SCRIPT = "var track = function (e) { window.dataLayer.push(e); };\n" * 1000
_NAV = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(120))
_RELATED = "".join(f'<li><a href="/story/{n}">Another story number {n}</a></li>' for n in range(20))


def page(n: int, text: str) -> str:
    """A saved news page around one article."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    title, paragraphs = lines[0], lines[1:]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    day = f"2024-{1 + n % 12:02}-{1 + n % 28:02}"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="{day}T08:00:00Z">
<link rel="canonical" href="https://daily.example/news/{n}">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "x"}}</script>
<script>{_SCRIPT}</script></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience.</p></div>
<header><nav><ul>{_NAV}</ul></nav></header>
<main><article><h1>{html.escape(title)}</h1><p class="byline">By Staff Reporter</p>
{body}</article>
<section class="related"><h2>Related</h2><ul>{_RELATED}</ul></section></main>
<footer><p>© 2024 The Daily Example. All rights reserved.</p></footer></body></html>"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--overview", action="store_true", help="time the overview's data too")
    args = parser.parse_args(argv)
    paths = sorted((args.corpus / "dev" / "text").glob("*.txt"))[: args.pages]
    if not paths:
        print(f"no articles under {args.corpus / 'dev'}", file=sys.stderr)
        return 1

    started = time.perf_counter()
    import trafilatura  # noqa: F401  (the import, once per process)

    imported = time.perf_counter() - started
    from annotate.collection import read_paths
    from annotate.page_cache import read_article_cached

    with tempfile.TemporaryDirectory() as tmp:
        pages, texts = Path(tmp, "pages"), Path(tmp, "texts")
        pages.mkdir()
        texts.mkdir()
        for n, path in enumerate(paths):
            text = path.read_text(encoding="utf-8")
            (pages / f"{n:03}.html").write_text(page(n, text), encoding="utf-8")
            (texts / f"{n:03}.txt").write_text(text, encoding="utf-8")
        size = sum(p.stat().st_size for p in pages.iterdir())
        read_paths([pages])  # warm caches (lexicons, regexes, file cache)

        def timed(run) -> list[float]:
            times = []
            for _ in range(args.repeats):
                started = time.perf_counter()
                run()
                times.append(time.perf_counter() - started)
            return times

        html_times = timed(lambda: read_paths([pages]))
        text_times = timed(lambda: read_paths([texts]))
        cache = Path(tmp, "cache")
        cached = lambda path: read_article_cached(path, cache)  # noqa: E731
        read_paths([pages], read=cached)  # fills the cache
        cached_times = timed(lambda: read_paths([pages], read=cached))
        articles = read_paths([pages]).articles
        assert len(articles) == len(paths) and all(a.date for a in articles)
        overview_times = (
            _overview(pages, cache, Path(tmp, "briefings"), timed) if args.overview else []
        )

    median = statistics.median
    print(
        f"{len(paths)} saved pages, {size / len(paths) / 1024:.0f} kB a page on average, "
        f"{args.repeats} repeats"
    )
    print(f"import trafilatura (once)       {imported * 1000:7.0f} ms")
    print(f"read + extract the page folder  {median(html_times) * 1000:7.0f} ms  median")
    print(f"  per page                      {median(html_times) / len(paths) * 1000:7.1f} ms")
    print(f"the same from the page cache    {median(cached_times) * 1000:7.0f} ms  median")
    print(f"read the same articles as .txt  {median(text_times) * 1000:7.0f} ms  median")
    if overview_times:
        print(f"overview data, all cached       {median(overview_times) * 1000:7.0f} ms  median")
    return 0


def _overview(pages: Path, page_cache: Path, briefing_cache: Path, timed) -> list[float]:
    """Time what the overview needs from caches: articles, briefings, the merged set."""
    from annotate import cache
    from annotate.collection import annotate_articles, read_paths
    from annotate.engine import ENGINE_VERSION
    from annotate.merge import merge_briefings, set_article
    from annotate.model import text_sha256
    from annotate.page_cache import read_article_cached
    from annotate.pipeline import load_pipeline

    def read(path):
        return read_article_cached(path, page_cache)

    collection = read_paths([pages], read=read)
    for briefing in annotate_articles(collection.articles, load_pipeline()):
        cache.store(briefing, "bench", briefing_cache)

    def overview() -> None:
        found = read_paths([pages], read=read)
        records = []
        for article, path in zip(found.articles, found.paths, strict=True):
            sha = text_sha256(article.text)
            briefing = cache.load_cached(
                sha, ENGINE_VERSION, "bench", len(article.text), briefing_cache
            )
            assert briefing is not None
            records.append(set_article(article, briefing, path))
        merge_briefings(records)

    return timed(overview)


if __name__ == "__main__":
    sys.exit(main())
