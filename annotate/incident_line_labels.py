"""A live blog's or digest's line that opens with a place and a colon
("Dnipro: a drone hit an energy facility on the city's outskirts"): the
label places an event whose own words name no place, as a brief's dateline
does. Only a name the doc knows as a place, or one the line calls "the
city" or "the town"; never a label that is a word ("Update:", "Police:").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.incident_place_names import doc_places

# "Dnipro: ", "Kryvyi Rih: ": one to three capitalised words, then a colon.
_LABEL = re.compile(r"[ \t]*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}):[ \t]")
_TOWN_WORDS = frozenset({"city", "town", "village"})


def label_place(head: Token) -> str | None:
    """The place labelling the line of `head`, the event told after the colon."""
    doc = head.doc
    text = doc.text
    line = text.rfind("\n", 0, head.idx) + 1
    match = _LABEL.match(text, line)
    if match is None or head.idx < match.end():
        return None
    label = doc.char_span(match.start(1), match.end(1))
    if label is None:
        return None
    name = label.text
    if name.lower() in doc_places(doc) or all(t.ent_type_ in ("GPE", "LOC") for t in label):
        return name
    the_town = any(
        t.lower_ in _TOWN_WORDS and t.i > 0 and doc[t.i - 1].lower_ == "the" for t in head.sent
    )
    return name if the_town and len(label) == 1 and label[0].pos_ == "PROPN" else None
