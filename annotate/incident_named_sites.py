"""A site named by words the tagger does not know: "the Gullfaks C
platform", "the Hornsee wind farm". The name and its kind together are the
place, however the tagger missed the name or took it for a firm.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from annotate.lexicons import incident_words

# Offshore and energy sites, beside the facilities of the lexicon.
_SITES = frozenset({"platform", "rig", "farm", "field"})
# What the tagger calls such a name, if anything: never a town, a person or a people.
_NAMES = frozenset({"", "ORG", "FAC", "PRODUCT"})


@cache
def _kinds() -> frozenset[str]:
    return frozenset(incident_words()["facilities"]) | _SITES


def untagged_site(token: Token) -> tuple[int, int] | None:
    """Token range of "Gullfaks C platform" when `token` opens a run of
    untagged proper names compounded onto a site's kind ("wind" between)."""
    doc = token.doc
    if token.pos_ != "PROPN" or token.ent_type_ not in _NAMES or token.dep_ != "compound":
        return None
    if token.i > 0 and doc[token.i - 1].pos_ == "PROPN":
        return None  # the run's first name only
    end = token.i
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in _NAMES:
        end += 1
    if end == token.i + 1 and token.text.isupper() and len(token.text) <= 5:
        return None  # "the LNG terminal", "an LPG rig": a kind of site, not a name
    while end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].dep_ == "compound":
        end += 1  # "wind", "oil"
    if end >= len(doc) or end == token.i:
        return None
    kind = doc[end]
    if kind.pos_ != "NOUN" or kind.lemma_.lower() not in _kinds():
        return None
    tagged = any(doc[i].ent_type_ for i in range(token.i, end))
    if tagged and kind.lemma_.lower() not in _SITES:
        return None  # "the Orlen refinery": the facilities' own rules read a tagged name
    if any(
        doc[i].head.i != kind.i and doc[i].head.i not in range(token.i, end)
        for i in range(token.i, end)
    ):
        return None  # every word before the kind hangs on it
    return token.i, end + 1
