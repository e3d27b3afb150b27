"""Whose airspace or waters "its" means: the one country the sentence names
before it ("most recently by Poland, after drones entered its airspace").
"Our airspace" is the speaker's, whom the sentence may not name: left open."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import country_of
from annotate.parse_spans import span_text


def its_country(owner: Token) -> str | None:
    """The country "its"/"their" stands for, when the sentence names exactly
    one before it (and no other body that could own the airspace)."""
    if owner.lower_ not in ("its", "their") or owner.dep_ != "poss":
        return None
    countries = set()
    for ent in owner.sent.ents:
        if ent.end > owner.i:
            break
        if ent.label_ == "ORG":
            return None  # "NATO ... its airspace": a body, not a country
        found = country_of(span_text(ent).strip()) if ent.label_ == "GPE" else None
        if found is not None:
            countries.add(found)
        elif ent.label_ == "GPE":
            return None  # a town or region could be what "its" means
    return countries.pop() if len(countries) == 1 else None
