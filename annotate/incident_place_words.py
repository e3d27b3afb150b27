"""Words that say what kind of place a name is ("the village of Mika",
"the Kherson region", "the rail line between"), and the common nouns for
what an attack, blast or fire can hit: shared by the place-name tests
(`incident_place_names`), routes (`incident_routes`) and the place finder
(`incident_places`), and read by the clause and anchor rules."""

from __future__ import annotations

from functools import cache

from annotate.lexicons import incident_words

LOCAL = frozenset(
    {"village", "town", "district", "municipality", "suburb", "neighbourhood", "island", "islet"}
)
# What runs between two places ("the rail line between Lublin and Chełm").
LINKS = frozenset(
    "line railway rail road highway motorway route link cable pipeline interconnector".split()
)
CITY = frozenset({"city", "port", "capital", "county"})
# Labels the tagger gives towns it does not know ("a refinery in Saratov" as a language).
MISTAGGED = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LANGUAGE"})
REGION = frozenset({"region", "province", "oblast", "state", "governorate"})


@cache
def facilities() -> frozenset[str]:
    """The lexicon's kinds of facility ("airport", "substation", "depot")."""
    return frozenset(incident_words()["facilities"])


@cache
def physical_things() -> frozenset[str]:
    """Common nouns for what an attack, blast or fire can hit: sites,
    buildings, infrastructure."""
    lex = incident_words()
    words = lex["physical_targets"] + lex["infrastructure"] + lex["facilities"]
    return frozenset(w for w in words if w.islower()) | {"block", "building", "tower", "hall"}
