"""A site named by words the tagger does not know: "the Gullfaks C
platform", "the Hornsee wind farm". The name and its kind together are the
place, however the tagger missed the name or took it for a firm.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from annotate.lexicons import demonym_of, incident_words

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
    labels = _NAMES | {"NORP"}  # "the Baltic Eagle wind farm": a people's word leading a name
    if not _a_name(token) or token.ent_type_ not in labels:
        return None
    if token.i > 0 and _a_name(doc[token.i - 1]):
        return None  # the run's first name only
    end = token.i
    while end < len(doc) and _a_name(doc[end]) and doc[end].ent_type_ in labels:
        end += 1
    if any(doc[i].ent_type_ == "NORP" for i in range(token.i, end)):
        kind = (
            doc[end + 1]
            if end + 1 < len(doc) and doc[end].is_lower
            else doc[min(end, len(doc) - 1)]
        )
        if end - token.i < 2 or kind.lemma_.lower() not in _SITES:
            return None  # "the Russian depot": a people's, not a name
    if end == token.i + 1 and token.text.isupper() and len(token.text) <= 5:
        return None  # "the LNG terminal", "an LPG rig": a kind of site, not a name
    while end < len(doc) and doc[end].dep_ in ("compound", "amod") and doc[end].is_lower:
        end += 1  # "wind", "oil", "military"
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


def _a_name(token: Token) -> bool:
    """A proper name, or a capitalised word the tagger took for an adjective
    ("the Ādaži military base"), never a people's ("Russian") or a
    sentence's first word."""
    if token.dep_ not in ("compound", "amod") or not token.text[:1].isupper():
        return False
    if token.pos_ == "PROPN":
        return True
    return (
        token.pos_ == "ADJ"
        and not token.is_sent_start
        and token.ent_type_ == ""
        and demonym_of(token.text) is None
    )
