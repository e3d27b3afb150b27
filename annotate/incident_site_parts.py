"""A part of a site told with "the" ("a small drone circled over the dry
dock", "hovered above the slipway", "landed near the runway") right after
the site itself was named ("the Baltic Shipyard in Gdansk"): the event is
at that site, and takes its place."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_clauses import attached
from annotate.lexicons import incident_words

# Parts of a yard, port, base or plant.
_PARTS = frozenset(
    "dock drydock slipway quay quayside pier jetty berth wharf runway taxiway apron hangar "
    "perimeter fence gate gatehouse crane silo tank tanks reactor turbine hall".split()
)
# Sites that have such parts.
_SITES = frozenset(
    "shipyard yard port harbour harbor base airbase airport airfield plant terminal refinery "
    "depot factory works station".split()
)
_REACH = 2  # sentences back


def part_of_a_site(head: Token) -> bool:
    """Whether the incident is told only at a definite part of a site
    ("over the dry dock"), with nothing else placing it."""
    if head.pos_ != "VERB":
        return False
    preps = set(incident_words()["place_preps"])
    tokens = attached(head, preps)
    for action in (c for c in head.children if c.dep_ in ("oprd", "xcomp")):
        tokens += attached(action, preps)
    return any(
        t.dep_ == "pobj"
        and t.pos_ == "NOUN"
        and t.lemma_.lower() in _PARTS
        and any(c.dep_ == "det" and c.lower_ in ("the", "that", "its") for c in t.children)
        and not any(c.dep_ == "prep" for c in t.children)
        for t in tokens
    )


def site_just_named(head: Token, told: list[tuple[Token, str | None]]) -> int | None:
    """The index in `told` (incident heads and places, in text order, before
    `head`) of the last event placed at a site named a sentence or two
    before, or None."""
    sent_start = head.sent.start
    for n in range(len(told) - 1, -1, -1):
        other, place = told[n]
        if place is None:
            continue
        gap = sum(1 for t in head.doc[other.sent.start : sent_start] if t.is_sent_start)
        if gap == 0 or gap > _REACH:
            return None
        if any(t.lemma_.lower() in _SITES for t in other.sent):
            return n
        return None
    return None
