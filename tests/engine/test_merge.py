"""The merged briefing (`briefing-set/1`): positions by side then actor, who
is quoted, and the JSON contract."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from set_support import actor, articles, briefing, claim, incident, quote

from annotate.article import Article
from annotate.merge import merge_briefings, set_article, statements
from annotate.merge_actors import is_proper, person_name
from annotate.model import SET_SCHEMA, BriefingSet, Statement


def story() -> BriefingSet:
    """Two outlets: a minister (Poland) and a spokesman (Russia) speak, an
    official source and an unattributed quote; a scare quote and a claim
    someone did not make are not statements."""
    first = briefing(
        "Blast at depot",
        actors=(
            actor("a1", "Poland", "country"),
            actor("a2", "Anna Kowalczyk", role="defence minister", affiliation="a1"),
            actor("a3", "Russia", "country"),
            actor("a4", "Pavel Orlov", role="spokesman", affiliation="a3"),
            actor("a5", "officials", "group"),
        ),
        quotes=(
            quote("q1", "a2", 40, "“an act of sabotage”"),  # inside c1
            quote("q2", None, 200, "“we heard it from miles away”"),
            quote("q3", None, 300, "“hybrid”", kind="term"),
            quote("q4", "a4", 400, "“absurd”"),
        ),
        claims=(
            claim("c1", "a2", 30, 70, text="the blast was “an act of sabotage”"),
            claim("c2", "a4", 100, 120, cue_class="deny", text="any involvement"),
            claim("c3", "a5", 130, 150, text="two workers died"),
            claim("c4", "a4", 160, 180, polarity="negated", text="who was behind it"),
        ),
        incidents=(incident("i1", "explosion", place="Gdansk", date="2025-03-04"),),
    )
    second = briefing(
        "Minister blames agents",
        actors=(actor("a1", "Kowalczyk", role="defence minister"),),
        claims=(claim("c1", "a1", 10, 40, cue_class="accuse", text="foreign agents did it"),),
        incidents=(incident("i1", "sabotage", place="Gdansk", date="2025-03-04"),),
    )
    return merge_briefings(
        articles(first, second, dates=("2025-03-04", "2025-03-05"), sites=("Ledger", "Wire"))
    )


def test_statements_are_speech_and_claims_made_a_quote_in_its_claim_once() -> None:
    first = story().articles[0].briefing
    assert [s.id for s in statements(first)] == ["c1", "c2", "c3", "q2", "q4"]


def test_positions_by_side_then_actor_with_every_statements_article_and_id() -> None:
    """Sides with more statements first; a tie goes to the side named first."""
    merged = story()
    names = {a.id: a.name for a in merged.actors}
    shown = [
        (names[side.side], [(names[p.actor], p.statements) for p in side.positions])
        for side in merged.positions
    ]
    assert shown == [
        (
            "Poland",
            [
                (
                    "Anna Kowalczyk",
                    (Statement(0, "c1", "claim"), Statement(1, "c1", "claim")),
                )
            ],
        ),
        (
            "Russia",
            [
                (
                    "Pavel Orlov",
                    (Statement(0, "c2", "claim"), Statement(0, "q4", "quote")),
                )
            ],
        ),
        ("officials", [("officials", (Statement(0, "c3", "claim"),))]),
    ]


def test_who_is_quoted_counts_own_words_as_quotes_and_the_unnamed_share() -> None:
    quoted = story().quoted
    assert [(c.name, c.quotes, c.claims) for c in quoted.actors] == [
        ("Anna Kowalczyk", 1, 1),
        ("Pavel Orlov", 1, 1),
        ("officials", 0, 1),
    ]
    assert [(c.name, c.quotes, c.claims) for c in quoted.sides] == [
        ("Poland", 1, 1),
        ("Russia", 1, 1),
        ("officials", 0, 1),
    ]
    # six statements: c1 c2 c3 q2 q4 in the first article, c1 in the second;
    # unnamed: the officials' claim and the quote nobody is named for
    assert (quoted.statements, quoted.unnamed) == (6, 2)
    assert round(quoted.unnamed_share, 3) == 0.333


def test_actors_and_events_are_merged_across_the_articles() -> None:
    merged = story()
    minister = next(a for a in merged.actors if a.name == "Anna Kowalczyk")
    assert [(r.article, r.id) for r in minister.articles] == [(0, "a2"), (1, "a1")]
    (event,) = merged.events
    assert [(r.article, r.id) for r in event.reports] == [(0, "i1"), (1, "i1")]
    assert event.first_reported == "2025-03-04"


def test_the_set_is_json_and_reads_back_the_same() -> None:
    merged = story()
    data = json.loads(merged.to_json())
    assert data["schema"] == SET_SCHEMA == "briefing-set/1"
    assert list(data) == ["schema", "articles", "actors", "events", "positions", "quoted"]
    first = data["articles"][0]
    assert {k: first[k] for k in ("path", "title", "date", "site", "url", "text_sha256")} == {
        "path": "0.html",
        "title": "Blast at depot",
        "date": "2025-03-04",
        "site": "Ledger",
        "url": None,
        "text_sha256": "sha-Blast at depot",
    }
    assert first["briefing"]["schema"] == "briefing/1"
    assert data["quoted"]["unnamed_share"] == 0.3333
    assert BriefingSet.from_json(merged.to_json()) == merged


def test_merging_is_a_pure_function_of_the_briefings() -> None:
    assert story() == story()
    assert merge_briefings([]) == BriefingSet(articles=())


def test_an_article_record_keeps_what_its_page_said() -> None:
    article = Article(
        text="Text.",
        title="Title",
        path=Path("site/page.html"),
        date=dt.date(2024, 5, 1),
        site="Gazette",
        url="https://gazette.example/a",
        author="Maren Holt",
    )
    record = set_article(article, briefing("Title"))
    assert (record.path, record.date, record.site, record.url, record.author) == (
        "site/page.html",
        "2024-05-01",
        "Gazette",
        "https://gazette.example/a",
        "Maren Holt",
    )
    assert set_article(article, briefing("Title"), path="given/path.html").path == (
        "given/path.html"
    )


_names = st.sampled_from(
    [
        "Anna Kowalczyk",
        "A. Kowalczyk",
        "Kowalczyk",
        "Piotr Kowalczyk",
        "Ms Kowalczyk",
        "the defence minister",
        "officials",
        "Poland",
        "U.S.",
        "United States",
        "NATO",
        "North Atlantic Treaty Organization",
        "Jordan",
    ]
) | st.text(min_size=1, max_size=30)
_actors = st.lists(
    st.tuples(
        _names,
        st.sampled_from(["person", "organization", "country", "place", "group"]),
        st.none() | st.sampled_from(["defence minister", "mayor", "spokesman"]),
    ),
    max_size=6,
)
_incidents = st.lists(
    st.tuples(
        st.sampled_from(["fire", "explosion", "sabotage", "cyber", "strike", "other"]),
        st.none() | st.sampled_from(["Gdansk", "fuel depot", "Krakow", "U.S."]),
        st.none() | st.sampled_from(["Gdansk", "Poland"]),
        st.none() | st.sampled_from(["2025-03", "2025-03-04", "2025-03-05", "2024"]),
    ),
    max_size=4,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_actors, _incidents), max_size=5))
def test_every_actor_and_incident_lands_in_exactly_one_set_record(spec) -> None:
    briefings = [
        briefing(
            f"t{n}",
            actors=tuple(
                actor(f"a{i}", name, kind, role=role) for i, (name, kind, role) in enumerate(found)
            ),
            incidents=tuple(
                incident(f"i{i}", type_, place=place, area=area, date=date)
                for i, (type_, place, area, date) in enumerate(happened)
            ),
        )
        for n, (found, happened) in enumerate(spec)
    ]
    merged = merge_briefings(articles(*briefings))
    actor_refs = [(r.article, r.id) for a in merged.actors for r in a.articles]
    assert sorted(actor_refs) == sorted(
        (n, a.id) for n, b in enumerate(briefings) for a in b.actors
    )
    reports = [(r.article, r.id) for e in merged.events for r in e.reports]
    assert sorted(reports) == sorted(
        (n, i.id) for n, b in enumerate(briefings) for i in b.incidents
    )
    for event in merged.events:
        assert len({r.article for r in event.reports}) == len(event.reports)
        for fact in event.facts:
            assert [f.report for f in fact.reports] == list(event.reports)
    for person in (a for a in merged.actors if a.kind == "person"):
        # one person never holds two full names that cannot be one person's
        fulls = {person_name(n) for n in (person.name, *person.aliases) if is_proper(n)}
        fulls = {f for f in fulls if len(f) > 1}
        for x in fulls:
            for y in fulls:
                assert x[-1] == y[-1], (x, y)
                assert x[0] == y[0] or min(len(x[0]), len(y[0])) == 1, (x, y)
    assert BriefingSet.from_json(merged.to_json()) == merged
