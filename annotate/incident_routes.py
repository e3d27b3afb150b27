"""Links between two towns as places: "the Warsaw–Lublin railway" (a link
named by its two ends is the place, not the first town), and a name at
either end of one ("the railway between Ostrava and Olomouc")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.incident_place_words import LINKS


def route_at(token: Token) -> tuple[int, int] | None:
    """Token range of "the Warsaw–Lublin railway", "the Gdańsk-Gdynia rail
    line": a link named by its two ends is the place, not the first town;
    less specific than a town the text places the event by ("... near
    Dęblin")."""
    doc = token.doc
    if token.pos_ != "PROPN":
        return None
    for first in (token.i, token.i - 2):
        dash = first + 1
        if first < 0 or dash + 1 >= len(doc) or doc[dash].text not in ("–", "-", "—"):
            continue
        if doc[first].pos_ != "PROPN" or doc[dash + 1].pos_ != "PROPN":
            continue
        if _line_label(doc, first, dash):
            continue  # "• Poland – Signalling cables were cut": a digest line's label
        end = dash + 2
        while end < len(doc) and end < dash + 5 and doc[end].pos_ == "NOUN":
            end += 1
        if any(t.lemma_.lower() in LINKS for t in doc[dash + 2 : end]):
            return first, end
    return None


def _line_label(doc: Doc, first: int, dash: int) -> bool:
    """Whether "X –" opens its line (after any bullet) with a spaced dash: a
    digest's label for what follows, not a link's first end."""
    if not doc[first].whitespace_ or not doc[dash].whitespace_:
        return False
    text = doc.text
    line = text.rfind("\n", 0, doc[first].idx) + 1
    return not text[line : doc[first].idx].strip(" \t-•*–—·▪")


def between_ends(token: Token) -> bool:
    """A name at either end of a link: "the railway between Ostrava and Olomouc"."""
    if token.dep_ == "conj":
        token = token.head
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "between"
        and prep.head.lemma_.lower() in LINKS
        and token.pos_ == "PROPN"
    )
