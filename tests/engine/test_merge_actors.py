"""Actors across articles: one actor where the articles name the same one,
and never a match that is only a guess."""

from __future__ import annotations

import pytest
from set_support import actor, articles, briefing

from annotate.engine import annotate_text
from annotate.merge import merge_briefings
from annotate.merge_actors import is_proper, merge_actors, person_name


def merged(*articles: tuple) -> list[list[tuple[int, str]]]:
    """The groups of (article, actor id) that became one actor."""
    actors, _ = merge_actors([briefing(f"t{n}", tuple(a)) for n, a in enumerate(articles)])
    return [[(r.article, r.id) for r in a.articles] for a in actors]


@pytest.mark.parametrize(
    "three_ways",
    [
        # full name with title, surname alone, initial
        (
            actor("a1", "Anna Kowalczyk", role="Polish Defence Minister"),
            actor("a1", "Kowalczyk"),
            actor("a1", "A. Kowalczyk", role="defence minister"),
        ),
        # titles and honorifics dropped, then the role alone
        (
            actor("a1", "Defence Minister Anna Kowalczyk", role="defence minister"),
            actor("a1", "Ms Kowalczyk"),
            actor("a1", "the defence minister", role="defence minister"),
        ),
        # an alias in one article carries the full name
        (
            actor("a1", "Dr. Anna Kowalczyk"),
            actor("a1", "Kowalczyk", aliases=("Kowalczyk", "Anna Kowalczyk")),
            actor("a1", "Mrs Anna Kowalczyk"),
        ),
    ],
    ids=["name-surname-initial", "title-honorific-role", "aliases"],
)
def test_one_person_named_three_ways_is_one_actor(three_ways: tuple) -> None:
    others = [actor("a2", "Poland", "country"), actor("a3", "officials", "group")]
    groups = merged(*([person, *others] for person in three_ways))
    assert [(0, "a1"), (1, "a1"), (2, "a1")] in groups
    assert len(groups) == 1 + 1 + 3  # the person, Poland, and each article's officials


def test_the_set_actor_keeps_the_fullest_name_every_alias_and_the_commonest_role() -> None:
    actors, where = merge_actors(
        [
            briefing("a", (actor("a1", "Kowalczyk", role="defence minister"),)),
            briefing("b", (actor("a9", "Anna Kowalczyk", role="defence minister"),)),
            briefing("c", (actor("a4", "A. Kowalczyk", role="Polish defence minister"),)),
        ]
    )
    (person,) = actors
    assert person.name == "Anna Kowalczyk"
    assert set(person.aliases) == {"Kowalczyk", "A. Kowalczyk"}
    assert person.role == "defence minister"
    assert where == {(0, "a1"): "A1", (1, "a9"): "A1", (2, "a4"): "A1"}


@pytest.mark.parametrize(
    "articles, expected",
    [
        # two people share a surname: the surname alone is ambiguous
        (
            [
                [actor("a1", "Anna Kowalczyk")],
                [actor("a1", "Piotr Kowalczyk")],
                [actor("a1", "Kowalczyk")],
            ],
            [[(0, "a1")], [(1, "a1")], [(2, "a1")]],
        ),
        # ... unless the role says which one
        (
            [
                [actor("a1", "Anna Kowalczyk", role="defence minister")],
                [actor("a1", "Piotr Kowalczyk", role="mayor of Gdansk")],
                [actor("a1", "Kowalczyk", role="mayor of Gdansk")],
            ],
            [[(0, "a1")], [(1, "a1"), (2, "a1")]],
        ),
        # an initial that fits two full names
        (
            [
                [actor("a1", "Anna Kowalczyk")],
                [actor("a1", "Adam Kowalczyk")],
                [actor("a1", "A. Kowalczyk")],
            ],
            [[(0, "a1")], [(1, "a1")], [(2, "a1")]],
        ),
        # different given names never join, even through a shared alias
        (
            [
                [actor("a1", "Anna Kowalczyk", aliases=("Anna Kowalczyk", "Kowalczyk"))],
                [actor("a1", "Piotr Kowalczyk", aliases=("Piotr Kowalczyk", "Kowalczyk"))],
            ],
            [[(0, "a1")], [(1, "a1")]],
        ),
        # common nouns are not known to be the same people
        (
            [[actor("a1", "officials", "group")], [actor("a1", "officials", "group")]],
            [[(0, "a1")], [(1, "a1")]],
        ),
        (
            [[actor("a1", "a spokesman", role="spokesman")], [actor("a1", "a spokesman")]],
            [[(0, "a1")], [(1, "a1")]],
        ),
        # a person and a country of one name
        (
            [
                [actor("a1", "Jordan", "country")],
                [actor("a1", "Michael Jordan")],
                [actor("a1", "Jordan")],
            ],
            [[(0, "a1")], [(1, "a1"), (2, "a1")]],
        ),
        # countries by canonical name, organisations by acronym and article
        (
            [
                [actor("a1", "U.S.", "country"), actor("a2", "NATO", "organization")],
                [
                    actor("a1", "United States", "country"),
                    actor("a2", "North Atlantic Treaty Organization", "organization"),
                ],
                [actor("a1", "the Kremlin", "organization")],
                [actor("a1", "Kremlin", "organization")],
            ],
            [[(0, "a1"), (1, "a1")], [(0, "a2"), (1, "a2")], [(2, "a1"), (3, "a1")]],
        ),
        # a surname alone in two articles, nobody fuller: one person
        (
            [[actor("a1", "Zielinski")], [actor("a1", "Mr Zielinski")]],
            [[(0, "a1"), (1, "a1")]],
        ),
        # an indefinite role never stands for a named person
        (
            [
                [actor("a1", "Pavel Orlov", role="spokesman")],
                [actor("a1", "spokesman", role="spokesman")],
            ],
            [[(0, "a1")], [(1, "a1")]],
        ),
        # a description ends in a role word, not a surname: no match on "minister"
        (
            [
                [actor("a1", "Estonia's prime minister")],
                [actor("a1", "Lithuania's interior minister")],
            ],
            [[(0, "a1")], [(1, "a1")]],
        ),
    ],
    ids=[
        "shared-surname",
        "role-decides",
        "ambiguous-initial",
        "clashing-given-names",
        "common-nouns",
        "indefinite-people",
        "person-vs-country",
        "countries-acronyms-articles",
        "surname-only",
        "indefinite-role",
        "descriptions-are-no-names",
    ],
)
def test_only_unambiguous_matches_join(articles: list, expected: list) -> None:
    assert merged(*articles) == expected


def test_sides_and_affiliations_carry_across_articles() -> None:
    actors, where = merge_actors(
        [
            briefing(
                "a",
                (
                    actor("a1", "Poland", "country"),
                    actor("a2", "Anna Kowalczyk", affiliation="a1"),
                    actor("a3", "Kremlin", "organization", affiliation="a4"),
                    actor("a4", "Russia", "country"),
                ),
            ),
            briefing("b", (actor("a1", "Kowalczyk"), actor("a2", "Kremlin", "organization"))),
        ]
    )
    by_name = {a.name: a for a in actors}
    assert by_name["Anna Kowalczyk"].affiliation == by_name["Poland"].id
    assert by_name["Anna Kowalczyk"].side == by_name["Poland"].id
    assert by_name["Kremlin"].side == by_name["Russia"].id
    assert by_name["Russia"].side == by_name["Russia"].id
    assert where[(1, "a1")] == by_name["Anna Kowalczyk"].id


@pytest.mark.parametrize(
    "name, words",
    [
        ("Polish Defence Minister Anna Kowalczyk", ("anna", "kowalczyk")),
        ("Ms. Kowalczyk", ("kowalczyk",)),
        ("A. Kowalczyk", ("a", "kowalczyk")),
        ("Martin Luther King Jr.", ("martin", "luther", "king")),
        ("Kowalczyk's", ("kowalczyk",)),
        ("President", ("president",)),
    ],
)
def test_person_names_lose_titles_honorifics_and_suffixes(name: str, words: tuple) -> None:
    assert person_name(name) == words


def test_no_briefings_no_actors() -> None:
    assert merge_actors([]) == ([], {})


# (name, lower-case words the article also writes, whether it is a proper name)
PROPER = [
    ("Kowalczyk", frozenset(), True),
    ("the Kremlin", frozenset(), True),
    ("Reuters", frozenset(), True),
    ("Congress", frozenset(), True),
    ("officials", frozenset(), False),
    ("a source", frozenset(), False),
    # a common noun capitalised because it opens a sentence
    ("Officials", frozenset(), False),
    ("Residents", frozenset(), False),
    ("A source", frozenset(), False),
    ("Several diplomats", frozenset(), False),
    ("Onlookers", frozenset({"onlookers"}), False),  # the article writes "onlookers" too
    ("Onlookers", frozenset(), True),  # not in the lexicon, never written in lower case
]


@pytest.mark.parametrize(("name", "common", "proper"), PROPER)
def test_a_capitalised_common_noun_is_no_proper_name(name, common, proper) -> None:
    assert is_proper(name, common) is proper


def test_officials_of_three_articles_stay_apart_and_unnamed(nlp) -> None:
    """ "Officials said" opening a sentence in two articles and "officials" in a
    third: three different groups of people, each an unnamed source."""
    texts = [
        "Officials said the bridge would reopen in May. “We are on schedule,” Mayor Ann Reed said.",
        "Officials said the dam was safe. The river rose again on Monday.",
        "The storm closed the port. “The damage is severe,” officials said on Tuesday.",
    ]
    found = [annotate_text(t, nlp) for t in texts]
    merged = merge_briefings(articles(*found))
    officials = [a for a in merged.actors if a.name.casefold() == "officials"]
    assert len(officials) == 3
    assert all(len(a.articles) == 1 for a in officials)
    # four statements; all but the mayor's come from unnamed sources
    assert (merged.quoted.statements, merged.quoted.unnamed) == (4, 3)
    said = {p.actor for side in merged.positions for p in side.positions}
    assert {a.id for a in officials} <= said
