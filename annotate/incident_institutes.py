"""A named institution or firm as the site an event happened at: drones "above
the reactor hall of the Institute for Nuclear Research", "over the
Fraunhofer Institute". The tagger calls such names organisations; where
the text puts the event at one (over it, at it, at a building of it), the
institution is the place."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.entity_spans import entity_bounds

_KINDS = frozenset(
    "institute university academy centre center laboratory laboratories college observatory"
    " hospital museum school".split()
)
# Parts of a site: "the test hall of ...", "the roof of ...".
_PARTS = frozenset(
    "hall building laboratory lab wing block tower roof campus premises grounds site"
    " hangar annex reactor facility".split()
)
_AT = frozenset({"over", "above", "at", "near", "outside", "inside", "around"})


def institution_at(token: Token) -> tuple[int, int] | None:
    """Token range of the institution's name when `token` is in it and the
    name is where the event was: the object of "over/at/near", or what a
    part of a site ("the test hall of") belongs to."""
    bounds = entity_bounds(token) if token.ent_type_ == "ORG" else None
    if bounds is None:
        return None
    doc, (start, end) = token.doc, bounds
    while start < end - 1 and doc[start].lower_ == "the":
        start += 1
    name = doc[start:end]
    if not any(t.lemma_.lower() in _KINDS and t.pos_ == "PROPN" for t in name):
        return None
    prep = name.root.head
    if name.root.dep_ != "pobj":
        return None
    if prep.lower_ in _AT:
        return start, end
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _PARTS:
        return start, end
    return None


def in_a_town(site: Token) -> bool:
    """ "the Nammo plant in Raufoss": a site told in a named town, so the
    name before it is the site's own (a firm's), not its town as in
    "Munich airport"."""
    return any(
        g.dep_ == "pobj" and g.pos_ == "PROPN"
        for c in site.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for g in c.children
    )


_SITES = frozenset("site plant factory facility works depot warehouse yard shipyard".split())


def firms_sites(tokens: list[Token]) -> list[Token]:
    """ "at defence firm Saab's site in Karlskoga": the firm's site, which
    the parser hangs on the firm as an apposition, is where it was."""
    return [
        t
        for firm in tokens
        if firm.dep_ == "pobj"
        for site in firm.children
        if site.dep_ == "appos" and site.lemma_.lower() in _SITES
        for t in site.subtree
    ]
