"""How statements read: the verb with its polarity and agreement."""

from __future__ import annotations

import pytest

from annotate.model import Actor, Claim, Cue, Quote
from annotate.statements import lemma_of, speaks_as_plural, statement_verb


def claim(cue: str, polarity: str = "affirmed", cls: str = "say") -> Claim:
    return Claim("c1", 50, 60, "content", cls, cue=Cue(30, 30 + len(cue), cue), polarity=polarity)


@pytest.mark.parametrize(
    ("cue", "polarity", "plural", "verb"),
    [
        ("said", "affirmed", False, "says"),
        ("said", "affirmed", True, "say"),
        ("accused", "affirmed", False, "accuses"),
        ("accusing", "affirmed", False, "accuses"),
        ("denied", "affirmed", False, "denies"),
        ("urged", "affirmed", True, "urge"),
        ("called for", "affirmed", False, "calls for"),
        ("slammed", "affirmed", False, "slams"),
        ("insisting", "affirmed", False, "insists"),
        ("According to", "affirmed", False, "says"),
        ("told", "affirmed", False, "tells"),
        ("warns", "affirmed", True, "warn"),
        ("didn't suggest", "negated", False, "didn't suggest"),
        ("did not say", "negated", True, "did not say"),
        ("declined to confirm", "negated", False, "declined to confirm"),
        ("stopped short of blaming", "negated", False, "stopped short of blaming"),
        ("never said", "negated", False, "never said"),
        ("warn", "negated", False, "did not warn"),
        ("claimed", "negated", False, "did not claim"),
        ("said", "negated", True, "did not say"),
        ("called for", "negated", False, "did not call for"),
    ],
)
def test_statement_verb(cue, polarity, plural, verb) -> None:
    assert statement_verb(claim(cue, polarity), plural) == verb


def test_a_quote_without_a_cue_says() -> None:
    assert statement_verb(Quote("q1", 0, 5, "“Yes”")) == "says"


@pytest.mark.parametrize("cue", ["message", "statement", "rated", "used"])
def test_a_quote_attributed_by_a_phrase_says(cue) -> None:
    quote = Quote("q1", 20, 25, "“Yes”", cue=Cue(0, len(cue), cue))
    assert statement_verb(quote) == "says"
    assert statement_verb(quote, plural=True) == "say"


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("said", "say"),
        ("denied", "deny"),
        ("slammed", "slam"),
        ("accusing", "accuse"),
        ("urges", "urge"),
        ("wrote", "write"),
        ("confirmed", "confirm"),
        ("warned", "warn"),
    ],
)
def test_lemma_of_a_cue(word, lemma) -> None:
    assert lemma_of(word) == lemma


@pytest.mark.parametrize(
    ("name", "kind", "plural"),
    [
        ("officials", "person", True),
        ("eastern European nations", "country", True),
        ("U.S. and European officials", "person", True),
        ("Democrats", "group", True),
        ("Maria Zakharova", "person", False),
        ("United States", "country", False),
        ("Reuters", "organization", False),
        ("NATO", "organization", False),
        ("Baltic diplomat", "person", False),
        ("Chris Evans", "person", False),
        ("police", "organization", True),
        ("Ukrainian police", "organization", True),
        ("local people", "person", True),
        ("Police Scotland", "organization", False),
        ("residents in Kupiansk", "group", True),
        ("officials at the Interior Ministry", "person", True),
        ("head of police and fire services", "person", False),
        ("Ministry of Foreign Affairs", "organization", False),
    ],
)
def test_speaks_as_plural(name, kind, plural) -> None:
    assert speaks_as_plural(Actor("a1", name, kind)) is plural
