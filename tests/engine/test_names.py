"""One key for the spellings of one name (no pipeline needed)."""

from __future__ import annotations

import pytest

from annotate.lexicons import country_of
from annotate.names import name_key


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("O’Neill", "O'Neill"),
        ("Ban Ki\u2011moon", "Ban Ki-moon"),
        ("Ban Ki\u2010moon", "ban ki-moon"),
        ("the  Kremlin", "The Kremlin"),
        ("Côte d’Ivoire", "côte d'ivoire"),
        ("STRASSE", "strasse"),
    ],
)
def test_typographic_variants_share_a_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Ban", "Bann"), ("O'Neill", "ONeill"), ("US", "U.S.")])
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_lexicon_lookups_use_the_same_key() -> None:
    assert country_of("united  States") == country_of("U.S.") == "United States"
