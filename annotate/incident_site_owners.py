"""Sites named by who runs them, or told with "a" before a name: no
site's own name, as "the Abu Shouk displacement camp" or "Munich airport"
are. "A Halvard Power substation near Elmsby" is one a firm runs, "a
Dagenham warehouse" a warehouse in Dagenham, "a Bundeswehr vehicle depot"
one the army runs: such a name says less than a town the text places the
site in, so it ranks as a region does."""

from __future__ import annotations

from spacy.tokens import Span, Token

from annotate.incident_place_names import doc_places
from annotate.incident_place_words import MISTAGGED
from annotate.lexicons import incident_words
from annotate.parse_spans import span_text

_WEAK = 3  # the rank of a region: any town or district told beside it comes first


def indefinite_site(ent: Span, named: Span, site: Token) -> tuple[str, int, int] | None:
    """(text, rank, start) for a name before a site told with "a": the town
    alone ("Dagenham"), or for a firm's or a force's name the site as told;
    None when the site is not told with "a"."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in site.children):
        return None
    if ent.label_ in ("ORG", *MISTAGGED):
        return ent.doc[named.start : site.i + 1].text, _WEAK, ent.start
    return named.text, _WEAK, ent.start


def company_site(ent: Span, facility: Token) -> bool:
    """ "a Halvard Power substation near Elmsby": a facility named by the
    company that runs it says less than the town the text places it by; a
    site with a proper name of its own ("the Oak Ridge substation") keeps it."""
    if ent.label_ not in ("ORG", *MISTAGGED) or span_text(ent).strip().lower() in doc_places(
        ent.doc
    ):
        return False  # "the Maritime Self-Defense Force base in Sasebo", the force mistagged
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("near", "in", "outside", "at", "on", "off", "along")
        # "near the town of Elmsby", "on Pine Street", "on Birch Road east of Moxee"
        and any(g.ent_type_ in ("GPE", "LOC", "FAC") or _bearing_of(g) for g in c.subtree)
        for c in facility.children
    )


def _bearing_of(token: Token) -> bool:
    """ "east of Moxee": a name a compass word places the site by."""
    prep = token.head
    return (
        token.pos_ == "PROPN"
        and prep.lower_ == "of"
        and prep.head.lower_ in incident_words()["compass"]
    )
