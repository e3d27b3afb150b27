"""Place names of the shape "Bridge of Allan", "Isle of Wight", "Bay of
Biscay", "Port of Spain": a capitalised word for a kind of place, "of", and
a name, which together are one name. Only a kind of place opens one: "the
Mayor of London" or "the Ministry of Defence" are no place, and "the port
of Varna" is Varna (told by the rule for "the <kind> of X")."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import country_of

# Waters: as wide as a region. Land: a town or an island.
_WATERS = frozenset("bay gulf sea strait straits firth sound kyle loch lake".split())
_LAND = frozenset("bridge isle isles island islands cape vale mull".split())
# "Port of Spain": "port of" opens a name only before a country's name, else
# it is the port of a town ("the Port of Varna").
_PORTS = frozenset({"port"})
_LONGEST = 3  # words of the name after "of"


def of_name(token: Token) -> tuple[int, int, int] | None:
    """(start, end, rank) of the whole name when `token` is part of one;
    rank 3 for a sea's part, 2 for a town or an island."""
    doc = token.doc
    for first in range(max(token.i - _LONGEST - 1, 0), token.i + 2):
        found = _name_from(doc, first) if first < len(doc) else None
        if found is None:
            continue
        # "the Bay of Biscay": the tagger may tag the article with the name
        the = found[0] > 0 and doc[found[0] - 1].lower_ == "the"
        if found[0] - the <= token.i < found[1]:
            return found
    return None


def _name_from(doc, first: int) -> tuple[int, int, int] | None:
    kind = doc[first]
    word = kind.lower_
    if word not in _WATERS | _LAND | _PORTS or not kind.text[:1].isupper():
        return None
    if first + 2 >= len(doc) or doc[first + 1].lower_ != "of":
        return None
    end = first + 2
    while end < len(doc) and end < first + 2 + _LONGEST and _name_word(doc[end]):
        end += 1
    if end == first + 2:
        return None
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ in ("PROPN", "NOUN"):
        return None  # "the Port of Varna Authority": a body's name goes on
    if first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
        return None  # a longer name this rule does not know the start of
    if word in _PORTS and country_of(doc[first + 2 : end].text) is None:
        return None
    return first, end, 3 if word in _WATERS else 2


def _name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN")
