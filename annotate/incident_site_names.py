"""Names inside a site's place: a numbered part of a site ("Building 7",
"Hall 2") is no place of its own, and a town joined to its district by a
hyphen ("Prague-Hostivař", "Brno-Líšeň") is one place, whatever the tagger
kept of it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from annotate.incident_place_words import LINKS, MISTAGGED, facilities
from annotate.lexicons import capitals
from annotate.names import name_key
from annotate.parse_spans import span_text

_PARTS = frozenset(
    "building hall block unit gate terminal pier platform berth hangar warehouse reactor "
    "shed wing tower line sector".split()
)


def numbered_part(token: Token) -> bool:
    """ "Building 7", "Hall 2": a part of a site, named by its number."""
    doc = token.doc
    return (
        token.pos_ == "PROPN"
        and token.lower_ in _PARTS
        and token.i + 1 < len(doc)
        and doc[token.i + 1].like_num
    )


def with_district(ent: Span) -> Span:
    """ "Prague-Hostivař": the town's name and the district after its
    hyphen, written without spaces, as one place."""
    doc, end = ent.doc, ent.end
    if (
        end + 1 < len(doc)
        and doc[end].text in ("-", "–")
        and not ent[-1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].pos_ == "PROPN"
        and doc[end + 1].dep_ != "compound"
        and not doc[end + 1].ent_type_
    ):
        return Span(doc, ent.start, end + 2, label=ent.label_)
    return with_rest_of_name(ent)


# Words after a name that say its kind, never part of the name ("Kherson Oblast" stays whole
# in the tagger's hands; "Kyiv Metro" is a body).
_KINDS = frozenset(
    "village town district municipality suburb city port capital county region province "
    "oblast state governorate river sea lake bay metro".split()
)


# Small words inside a town's name: "Frankfurt an der Oder", "Newcastle upon Tyne",
# "Villanueva del Mar", "Rio de Janeiro", "Frankfurt am Main".
_PARTICLES = frozenset("an am der die dem upon del de la los las di da do dos du im ob".split())


def particles_end(doc: Doc, end: int) -> int:
    """Where a name that ends before `end` ends with the small words and the
    capitalised name after them ("Frankfurt" + "an der Oder"), else `end`."""
    i = end
    while i < len(doc) and i - end < 3 and doc[i].text in _PARTICLES and doc[i - 1].whitespace_:
        i += 1
    if i == end or i >= len(doc) or not doc[i - 1].whitespace_:
        return end
    last = doc[i]  # "Main" of "Frankfurt am Main" may be tagged an adjective
    if last.pos_ not in _NAMES or not last.text[:1].isupper() or last.ent_type_ in _TIMES:
        return end
    return i + 1


def particle_tail(token: Token) -> bool:
    """ "an der Oder" in "Frankfurt an der Oder": the end of a name told
    whole with the name before its small words, never a place of its own."""
    doc, i = token.doc, token.i
    start = i if token.text in _PARTICLES else i - 1
    if start < 1 or doc[start].text not in _PARTICLES:
        return False
    while start > 1 and i - start < 3 and doc[start - 1].text in _PARTICLES:
        start -= 1
    before = doc[start - 1]
    return before.pos_ == "PROPN" and particles_end(doc, start) > i


_NAMES = frozenset({"PROPN", "NOUN", "ADJ"})


_TIMES = frozenset({"DATE", "TIME"})


def with_rest_of_name(ent: Span) -> Span:
    """ "the village of Krasnaya Yaruga", only "Krasnaya" tagged: the
    untagged proper noun that the tagged part qualifies completes the name;
    so does one that qualifies it right after "the village of" ("the
    village of Mala Danylivka", only "Danylivka" tagged)."""
    doc, end = ent.doc, ent.end
    first = doc[ent.start - 1] if ent.start >= 3 else None
    if (
        first is not None
        and first.dep_ == "compound"
        and first.head.i in range(ent.start, end)
        and first.pos_ == "PROPN"
        and not first.ent_type_
        and first.text[:1].isupper()
        and doc[ent.start - 2].lower_ == "of"
        and doc[ent.start - 3].lower_ in _KINDS
    ):
        ent = Span(doc, ent.start - 1, end, label=ent.label_)
    if (
        end < len(doc)
        and ent[-1].dep_ == "compound"
        and ent[-1].head.i == end
        and ent[-1].whitespace_
        and doc[end].pos_ == "PROPN"
        and not doc[end].ent_type_
        and doc[end].text[:1].isupper()
        and doc[end].lower_ not in _KINDS | LINKS
        and doc[end].lemma_.lower() not in facilities()
    ):
        return Span(doc, ent.start, end + 1, label=ent.label_)
    if (whole := particles_end(doc, end)) > end:
        return Span(doc, ent.start, whole, label=ent.label_)  # "Frankfurt an der Oder"
    return ent


def kind_of_a_name(ent: Span, kinds: frozenset[str]) -> bool:
    """ "the Ukrainian Danube port of Reni", "the Black Sea port of Odesa":
    a name describing the kind of place whose own name follows "of"."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].dep_ in ("compound", "amod") and doc[end].pos_ != "PROPN":
        end += 1
    return (
        end + 2 < len(doc)
        and doc[end].lemma_.lower() in kinds
        and doc[end + 1].lower_ == "of"
        and doc[end + 2].pos_ == "PROPN"
    )


# A part of a town, never a town of its own: "the Praga district of Warsaw".
_TOWN_PARTS = frozenset(
    "district suburb neighbourhood neighborhood quarter borough microdistrict".split()
)


def part_of_a_town(ent: Span) -> bool:
    """ "the Ziepniekkalns district of Riga": the name is the place and the
    town after "of" its area, when that is the town: a capital, or a name
    the article gives again on its own where the part's name is not (so
    "the Riga suburb of Jaunciems" keeps Jaunciems, and "the Mayo town of
    Ballina", a kind of town, keeps Ballina)."""
    doc, end = ent.doc, ent.end
    if not (
        end + 2 < len(doc)
        and doc[end].lemma_.lower() in _TOWN_PARTS
        and doc[end + 1].lower_ == "of"
        and doc[end + 2].pos_ == "PROPN"
    ):
        return False
    town, part = doc[end + 2].text, span_text(ent).strip()
    if name_key(town) in capitals():
        return name_key(part) not in capitals()
    return _again(doc, town, end + 2) and not _again(doc, part, ent.start)


def _again(doc: Doc, name: str, at: int) -> bool:
    """Whether the article writes the (one-word or longer) name elsewhere."""
    words = name.split()
    n = len(words)
    return any(
        i != at and [t.text for t in doc[i : i + n]] == words for i in range(len(doc) - n + 1)
    )


def hyphen_start(doc: Doc, start: int) -> int:
    """ "Ust-Luga", "Kędzierzyn-Koźle", "Leipzig/Halle airport": where a name
    joined by a hyphen or a slash (no spaces) starts, when the tagger kept
    only its last part."""
    while (
        start >= 2
        and doc[start - 1].text in ("-", "–", "/")
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].pos_ == "PROPN"
    ):
        start -= 2
    return start


_PLACE_PREPS = frozenset({"in", "at", "near", "outside"})


def before_a_preposition(ent: Span, token: Token) -> Span | None:
    """ "Slobozia Mare in Cahul district" tagged one work of art: a name
    ends at a preposition of place; the words after it are named anew."""
    cut = next((t.i for t in ent if t.lower_ in _PLACE_PREPS and t.i > ent.start), None)
    if cut is None or ent.label_ not in MISTAGGED:  # "Pine Street in Carthage", a FAC, stays
        return ent
    return Span(ent.doc, ent.start, cut, label=ent.label_) if token.i < cut else None
