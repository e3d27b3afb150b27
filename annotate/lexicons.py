"""The word lists the actor and incident finders use, read once from `annotate/data/`.

The lists are data so they can grow without touching the rules: they hold
general English (titles, reporting nouns, incident words) and world facts
(countries, demonyms, capitals, seats of government), never names from any
particular article.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from annotate.names import name_key


@dataclass(frozen=True, slots=True)
class Country:
    """A country with the other names, demonyms and capitals it goes by."""

    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


def data_text(name: str) -> str:
    """A file of the package's `data/` folder, installed or not."""
    return files("annotate").joinpath("data", name).read_text(encoding="utf-8")


@cache
def actor_words() -> dict[str, Any]:
    """Titles, honorifics, gendered words, person and organisation nouns."""
    return json.loads(data_text("actors.json"))


@cache
def incident_words() -> dict[str, Any]:
    """Incident nouns, verbs and phrases by type; modality and toll words."""
    return json.loads(data_text("incidents.json"))


@cache
def countries() -> tuple[Country, ...]:
    """Every country in `countries.tsv`."""
    rows = []
    for line in data_text("countries.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + ["", "", ""])[:4]
        name, aliases, demonyms, capitals = (c.strip() for c in cells)

        def split(cell: str) -> tuple[str, ...]:
            return tuple(x.strip() for x in cell.split(";") if x.strip())

        rows.append(Country(name, split(aliases), split(demonyms), split(capitals)))
    return tuple(rows)


@cache
def country_names() -> dict[str, str]:
    """Lower-cased name or alias -> canonical country name ("u.s." -> "United States")."""
    table: dict[str, str] = {}
    for country in countries():
        for name in (country.name, *country.aliases):
            table[name_key(name)] = country.name
            if name.lower().startswith("the "):
                table[name_key(name[4:])] = country.name
    return table


@cache
def demonyms() -> dict[str, tuple[str, str]]:
    """Lower-cased demonym -> (canonical name, kind), countries and regions alike."""
    table: dict[str, tuple[str, str]] = {}
    for country in countries():
        for demonym in country.demonyms:
            table[name_key(demonym)] = (country.name, "country")
    for word, (name, kind) in actor_words()["regions"].items():
        table.setdefault(name_key(word), (name, kind))
    return table


@cache
def capitals() -> dict[str, tuple[str, str]]:
    """Lower-cased capital city -> (the government it stands for, kind)."""
    table: dict[str, tuple[str, str]] = {}
    for country in countries():
        for capital in country.capitals:
            table[name_key(capital)] = (country.name, "country")
    for city, (name, kind) in actor_words()["metonym_capitals"].items():
        table[name_key(city)] = (name, kind)
    return table


@cache
def seats_of_government() -> dict[str, str]:
    """Lower-cased seat of government ("kremlin") -> the country it belongs to."""
    return {name_key(k): v for k, v in actor_words()["seats_of_government"].items()}


def country_of(text: str) -> str | None:
    """The canonical country a name or alias stands for, if it is one."""
    return country_names().get(name_key(text))


def demonym_of(word: str) -> tuple[str, str] | None:
    """(name, kind) for a demonym, singular or plural ("Russians" -> Russia)."""
    key = name_key(word)
    table = demonyms()
    if key in table:
        return table[key]
    if key.endswith("s") and key[:-1] in table:
        return table[key[:-1]]
    return None


@cache
def word_set(section: str, source: str = "actors") -> frozenset[str]:
    """A list from one of the lexicons as a set of lower-cased words."""
    data = actor_words() if source == "actors" else incident_words()
    return frozenset(w.lower() for w in data[section])


@cache
def _parties() -> dict[str, str]:
    table = {name_key(k): v for k, v in actor_words()["parties"].items() if not k.startswith("_")}
    table.update({name_key(v): v for v in list(table.values())})
    return table


def party_of(words: str) -> str | None:
    """The party a word names as a prefix or a group ("Democratic", "GOP",
    "Republicans" -> "Republican Party"), if it is one."""
    return _parties().get(name_key(words))


def party_of_letter(letter: str) -> str | None:
    """The party of a US-style label letter ("D" in "(D-N.Y.)")."""
    return actor_words()["party_letters"].get(letter.lower())


@cache
def _forenames() -> dict[str, str]:
    names = actor_words()["forenames"]
    return {name_key(n): gender for gender in ("f", "m") for n in names[gender]}


def forename_gender(word: str) -> str | None:
    """ "f" or "m" for a common given name, else None."""
    return _forenames().get(name_key(word))


def title_word(word: str) -> str:
    """A title word in full ("Sen." -> "senator"), lower-cased."""
    key = name_key(word)
    return actor_words()["title_abbreviations"].get(key, key)


@cache
def known_organizations() -> frozenset[str]:
    return frozenset(name_key(n) for n in actor_words()["known_organizations"])


@cache
def not_actors() -> frozenset[str]:
    return frozenset(name_key(n) for n in actor_words()["not_actors"])
