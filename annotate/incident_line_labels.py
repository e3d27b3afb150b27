"""A live blog's or digest's line that opens with a place and a colon
("Dnipro: a drone hit an energy facility on the city's outskirts", "•
CZECHIA (Wednesday): the websites of three banks were down"): the
label places an event whose own words name no place, as a brief's dateline
does. Only a name the doc knows as a place, or one the line calls "the
city" or "the town"; never a label that is a word ("Update:", "Police:").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from annotate.incident_dates import is_point, normalise_date
from annotate.incident_place_names import doc_places
from annotate.lexicons import country_of
from annotate.model import DateRef

# "Dnipro: ", "Kryvyi Rih: ": one to three capitalised words, then a colon;
# a digest's "• CZECHIA (Wednesday): ", "* CZECH REPUBLIC - ": after a bullet,
# with its day in brackets, or with a dash.
_LABEL = re.compile(
    r"[ \t]*(?P<bullet>[•*·▪][ \t]+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
    r"(?:[ \t]*\([^)\n]{1,30}\))?(?P<end>:|[ \t]+[-–—])[ \t]"
)
_TOWN_WORDS = frozenset({"city", "town", "village"})


def label_place(head: Token) -> str | None:
    """The place labelling the line of `head`, the event told after the colon."""
    doc = head.doc
    text = doc.text
    line = text.rfind("\n", 0, head.idx) + 1
    match = _LABEL.match(text, line)
    if match is None or head.idx < match.end():
        return None
    if match.group("end") != ":" and not match.group("bullet"):
        return None  # "MADRID — ...": a dateline, the datelines' to read
    label = doc.char_span(match.start(2), match.end(2))
    if label is None:
        return None
    name = label.text.title() if label.text.isupper() else label.text  # "CZECHIA"
    if name.lower() in doc_places(doc) or all(t.ent_type_ in ("GPE", "LOC") for t in label):
        return name
    if country_of(name) is not None:
        return name  # "CZECHIA", a country the tagger did not know
    if text[match.end(2) : match.end()].strip()[:1] != ":":
        return None  # "Update (10:30): ... the city", "• Police - ...": a word, no place
    the_town = any(
        t.lower_ in _TOWN_WORDS and t.i > 0 and doc[t.i - 1].lower_ == "the" for t in head.sent
    )
    return name if the_town and len(label) == 1 and label[0].pos_ == "PROPN" else None


_BRACKETED = re.compile(r"\(([^)\n]{1,30})\)")


def label_day(head: Token, reference: dt.date | None) -> DateRef | None:
    """ "• CZECHIA (Wednesday): the websites of three banks were down": the
    day a digest's label gives in brackets, for an event its line tells
    with no date of its own."""
    text = head.doc.text
    line = text.rfind("\n", 0, head.idx) + 1
    match = _LABEL.match(text, line)
    if match is None or head.idx < match.end():
        return None
    day = _BRACKETED.search(text, match.end(2), match.end())
    if day is None or not is_point(day.group(1)):
        return None
    iso = normalise_date(day.group(1), reference)
    return DateRef(day.group(1), iso) if iso else None
