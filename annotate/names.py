"""One way to compare names: the key two spellings of one name share.

"O’Neill" and "O'Neill", "Ban Ki‑moon" and "Ban Ki-moon", "the  Kremlin"
and "The Kremlin" differ only in typography, so they get one key. Every
lookup by name (countries, capitals, actors merged across chunks) uses it.
"""

from __future__ import annotations

from functools import lru_cache

# Apostrophes and primes that stand for ', and dashes that stand for - inside a word.
_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2212": "-",  # minus
        "\u00ad": None,  # soft hyphen
    }
)


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """`name` folded for comparison: apostrophes and hyphens unified, case
    folded, runs of white space made one space."""
    return " ".join(name.translate(_FOLD).casefold().split())
