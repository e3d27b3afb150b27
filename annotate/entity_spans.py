"""The named entity a token is part of, walked from the tagger's IOB tags.

Low in the import graph on purpose: places (`incident_places`), institutions
(`incident_institutes`) and dates (`incident_first_dates`,
`incident_time_phrases`) all read entities this way, and the first imports
the second.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# A line's bullet or dash, which the tagger sometimes takes into the name after it.
_GLYPHS = frozenset("-•*–—·▪")


def entity_bounds(token: Token) -> tuple[int, int] | None:
    """Token range of the whole entity a token is in, as tagged (an owner's
    "'s" included when the tagger put it in)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def entity_at(token: Token) -> Span | None:
    """The named entity a token is part of, from its IOB tags."""
    bounds = entity_bounds(token)
    if bounds is None:
        return None
    doc, (start, end) = token.doc, bounds
    while start < end - 1 and doc[start].text in _GLYPHS:
        start += 1  # "• Netherlands": a digest line's bullet, tagged with its name
    while end > start + 1 and (doc[end - 1].is_space or doc[end - 1].tag_ == "POS"):
        end -= 1  # "the Czech Republic's": the owner's name without the "'s"
    return Span(doc, start, end, label=token.ent_type_)
