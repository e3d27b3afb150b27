"""One briefing of many articles (`briefing-set/1`), merged from theirs.

`merge_briefings` is a pure function of the per-article briefings and what
the files or pages said about each article (path, title, date, site, URL),
so the command line and the reader's overview build the same set from the
same briefings, cached or fresh. Actors are matched in `merge_actors`,
incidents in `merge_events`; here positions are gathered by side, then
actor, and quotations are counted.

Only statements count: speech quotes (not scare quotes or titles) and
claims the speaker made (not a "did not say" claim). A speech quote inside a
claim of the same speaker is one statement with it. "Who is quoted" counts
statements in the speaker's own words (a speech quote, or a claim holding
one) as quotes and the others as claims.
A source is unnamed when no speaker is known or when the speaker is people
named only by a common noun ("officials", "a source", "residents");
institutions ("police", "the ministry") count as named.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from annotate.article import Article
from annotate.merge_actors import is_proper, lower_words, merge_actors
from annotate.merge_events import merge_events
from annotate.model import (
    Briefing,
    BriefingSet,
    Claim,
    Quote,
    QuoteCount,
    Quoted,
    SetActor,
    SetArticle,
    SetPosition,
    SetSide,
    Statement,
)


def set_article(article: Article, briefing: Briefing, path: str | None = None) -> SetArticle:
    """An article of a set: its briefing and what its file or page said."""
    where = path if path is not None else (str(article.path) if article.path else None)
    return SetArticle(
        path=where,
        title=article.title,
        text_sha256=briefing.text_sha256,
        briefing=briefing,
        date=article.date.isoformat() if article.date else None,
        site=article.site,
        url=article.url,
        author=article.author,
    )


def merge_briefings(articles: Sequence[SetArticle]) -> BriefingSet:
    """The set of these articles, read across them."""
    briefings = [a.briefing for a in articles]
    actors, actor_ids = merge_actors(briefings)
    published = [_date(a.date) for a in articles]
    return BriefingSet(
        articles=tuple(articles),
        actors=tuple(actors),
        events=tuple(merge_events(briefings, published, actor_ids)),
        positions=tuple(_positions(briefings, actors, actor_ids)),
        quoted=_quoted(briefings, actors, actor_ids),
    )


def _date(iso: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:
        return None


def statements(briefing: Briefing) -> list[Quote | Claim]:
    """The article's statements in text order: speech quotes and affirmed
    claims, a quote inside a claim of the same speaker left to the claim."""
    claims = [c for c in briefing.claims if not c.negated]
    quotes = [
        q
        for q in briefing.speech
        if not any(c.speaker == q.speaker and c.start <= q.start and q.end <= c.end for c in claims)
    ]
    return sorted([*quotes, *claims], key=lambda s: (s.start, s.end))


def _positions(
    briefings: Sequence[Briefing],
    actors: Sequence[SetActor],
    actor_ids: dict[tuple[int, str], str],
) -> list[SetSide]:
    """Every statement of each position, by side, then actor, most said first."""
    said: dict[str, list[Statement]] = {}
    for n, briefing in enumerate(briefings):
        stated = statements(briefing)
        for position in briefing.positions:
            actor = actor_ids.get((n, position.actor))
            kinds = {
                **dict.fromkeys(position.quotes, "quote"),
                **dict.fromkeys(position.claims, "claim"),
            }
            for item in stated if actor else ():
                if item.id in kinds:
                    said.setdefault(actor, []).append(Statement(n, item.id, kinds[item.id]))
    by_id = {a.id: a for a in actors}
    sides: dict[str, list[SetPosition]] = {}
    for actor_id, items in said.items():
        side = by_id[actor_id].side or actor_id
        sides.setdefault(side, []).append(SetPosition(actor_id, tuple(items)))
    order = sorted(sides.items(), key=lambda kv: (-_count(kv[1]), _number(kv[0])))
    return [
        SetSide(
            side=side,
            name=by_id[side].name,
            positions=tuple(sorted(found, key=lambda p: (-len(p.statements), _number(p.actor)))),
        )
        for side, found in order
    ]


def _count(positions: list[SetPosition]) -> int:
    return sum(len(p.statements) for p in positions)


def _number(actor_id: str) -> int:
    return int(actor_id.lstrip("A") or 0)


def _quoted(
    briefings: Sequence[Briefing],
    actors: Sequence[SetActor],
    actor_ids: dict[tuple[int, str], str],
) -> Quoted:
    by_id = {a.id: a for a in actors}
    quotes: Counter[str] = Counter()
    claims: Counter[str] = Counter()
    total = unnamed = 0
    for n, briefing in enumerate(briefings):
        direct = _with_quotes(briefing)
        for item in statements(briefing):
            total += 1
            actor = by_id.get(actor_ids.get((n, item.speaker), "")) if item.speaker else None
            if actor is None or _unnamed(actor):
                unnamed += 1
            if actor is not None:
                (quotes if item.id in direct else claims)[actor.id] += 1
    side_quotes: Counter[str] = Counter()
    side_claims: Counter[str] = Counter()
    for actor_id in quotes.keys() | claims.keys():
        side = by_id[actor_id].side or actor_id
        side_quotes[side] += quotes[actor_id]
        side_claims[side] += claims[actor_id]

    def counts(q: Counter[str], c: Counter[str]) -> tuple[QuoteCount, ...]:
        found = [QuoteCount(i, by_id[i].name, q[i], c[i]) for i in q.keys() | c.keys()]
        return tuple(sorted(found, key=lambda x: (-x.total, _number(x.id))))

    return Quoted(
        actors=counts(quotes, claims),
        sides=counts(side_quotes, side_claims),
        statements=total,
        unnamed=unnamed,
    )


def _with_quotes(briefing: Briefing) -> set[str]:
    """Ids of the statements in the speaker's own words: speech quotes, and
    claims that hold a speech quote of the same speaker."""
    speech = briefing.speech
    return {q.id for q in speech} | {
        c.id
        for c in briefing.claims
        if any(q.speaker == c.speaker and c.start <= q.start and q.end <= c.end for q in speech)
    }


def _unnamed(actor: SetActor) -> bool:
    """People named only by a common noun ("officials", "a source")."""
    common = lower_words((actor.name, *actor.aliases))
    return actor.kind in ("person", "group") and not is_proper(actor.name, common)
