"""A briefing of three invented outlets telling one story: a fire in Port
Vell that killed two workers, told by all three in different words, and an
explosion elsewhere the day before that only the third reports. Every
record is made by hand with its real offsets, so the overview's tests and
snapshot never depend on the engine."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader_support import span

from annotate.article import Article
from annotate.model import Actor, Briefing, Cue, DateRef, Incident, Quote, Span, Toll, text_sha256
from annotate.positions import build_positions

STORIES = (
    (
        "harbour-times.txt",
        "Harbour Times",
        "2025-03-12",
        "Fire at Port Vell blamed on saboteurs\n"
        "A fire at the port of Port Vell on Tuesday killed two workers. The mayor, Ana Ruiz, "
        'said the blaze was "a deliberate act of sabotage".\n',
    ),
    (
        "coast-herald.txt",
        "Coast Herald",
        "2025-03-12",
        "Two dead in Port Vell depot blaze\n"
        'Two people died in a blaze in Port Vell on Tuesday. "It was an attack on our city," '
        'Ana Ruiz said. "We have no evidence of sabotage," police chief Tom Berg said.\n',
    ),
    (
        "daily-example.txt",
        "The Daily Example",
        "2025-03-13",
        "Port Vell fire: questions over security\n"
        "A fire that killed two workers in Port Vell on Tuesday raised questions. An explosion "
        "at a warehouse in Nordby on Monday injured three people.\n",
    ),
)
TITLES = tuple(text.split("\n", 1)[0] for _, _, _, text in STORIES)


def story_articles(folder: Path | None = None) -> list[Article]:
    """The three articles (written to `folder` when given, else at relative
    paths, so a snapshot shows the same names wherever it runs)."""
    found = []
    for name, site, date, text in STORIES:
        path = Path(name)
        if folder is not None:
            path = folder / name
            path.write_text(text, encoding="utf-8")
        title = text.split("\n", 1)[0]
        found.append(Article(text, title, path=path, date=dt.date.fromisoformat(date), site=site))
    return found


def _actor(text: str, id: str, name: str, role: str | None, *parts: str) -> Actor:
    mentions = tuple(Span(*span(text, part)) for part in parts)
    return Actor(id, name, "person", (name, *parts), mentions, role=role)


def _quote(text: str, id: str, words: str, speaker: str, mention: str, cue: str) -> Quote:
    return Quote(
        id,
        *span(text, words),
        words,
        speaker=speaker,
        source=Span(*span(text, mention)),
        cue=Cue(*span(text, cue), cue),
    )


def _fire(text: str, id: str, words: str) -> Incident:
    return Incident(
        id,
        *span(text, words),
        words,
        "fire",
        place="Port Vell",
        date=DateRef("on Tuesday", "2025-03-11"),
        toll=Toll(killed=2),
    )


def story_briefings(articles: list[Article]) -> list[Briefing]:
    first, second, third = (a.text for a in articles)
    ruiz = _actor(first, "a1", "Ana Ruiz", "mayor", "Ana Ruiz")
    one = (
        (ruiz,),
        (_quote(first, "q1", '"a deliberate act of sabotage"', "a1", "Ana Ruiz", "said"),),
        (_fire(first, "i1", "A fire at the port of Port Vell"),),
    )
    ruiz2 = _actor(second, "a1", "Ana Ruiz", None, "Ana Ruiz")
    berg = _actor(second, "a2", "Tom Berg", "police chief", "Tom Berg")
    two = (
        (ruiz2, berg),
        (
            _quote(second, "q1", '"It was an attack on our city,"', "a1", "Ana Ruiz", "said"),
            _quote(second, "q2", '"We have no evidence of sabotage,"', "a2", "Tom Berg", "said"),
        ),
        (_fire(second, "i1", "a blaze in Port Vell"),),
    )
    blast = "An explosion at a warehouse in Nordby"
    three = (
        (),
        (),
        (
            _fire(third, "i1", "A fire that killed two workers in Port Vell"),
            Incident(
                "i2",
                *span(third, blast),
                blast,
                "explosion",
                place="Nordby",
                date=DateRef("on Monday", "2025-03-10"),
                toll=Toll(injured=3),
            ),
        ),
    )
    return [
        Briefing(
            title=article.title,
            text_sha256=text_sha256(article.text),
            actors=actors,
            quotes=quotes,
            incidents=incidents,
            positions=tuple(build_positions(actors, quotes, ())),
            engine="test",
        )
        for article, (actors, quotes, incidents) in zip(articles, (one, two, three), strict=True)
    ]
