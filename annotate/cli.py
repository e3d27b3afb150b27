"""`briefing annotate PATH... [--format json|markdown]`: the engine, headless."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from annotate.article import Article, ArticleError, read_article


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing annotate",
        description="Annotate articles and print their briefings. One path prints one "
        "JSON object; several print JSON Lines, one object per path, each with a "
        "'path' field.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files (text/Markdown)")
    parser.add_argument("--format", choices=("json", "markdown"), default="json")
    return parser


def run(argv: Sequence[str]) -> int:
    """Run the subcommand; returns the process exit code."""
    args = build_parser().parse_args(argv)
    articles: list[Article] = []
    for path in args.paths:
        try:
            articles.append(read_article(path))
        except ArticleError as error:
            print(f"briefing: {error}", file=sys.stderr)
            return 1
    for article in articles:
        if article.fallback_note:
            print(f"briefing: note: {article.fallback_note}", file=sys.stderr)

    from annotate.engine import annotate_texts
    from annotate.pipeline import PipelineMissing, load_pipeline

    try:
        nlp = load_pipeline()
    except PipelineMissing as error:
        print(f"briefing: {error}", file=sys.stderr)
        return 3
    briefings = annotate_texts(((a.text, a.title) for a in articles), nlp)
    for article, briefing in zip(articles, briefings, strict=True):
        if args.format == "markdown":
            from annotate.markdown import briefing_markdown

            sys.stdout.write(briefing_markdown(briefing, str(article.path)))
            if len(articles) > 1:
                sys.stdout.write("\n")
        elif len(articles) == 1:
            sys.stdout.write(briefing.to_json() + "\n")
        else:
            record = {"path": str(article.path), **briefing.to_dict()}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
