"""Whether a named entity names a place, and how specific it is.

Places are named entities (GPE, LOC, FAC), names the parser tagged otherwise
but the text or the lexicon knows as places ("Vilnius" tagged ORG), the name
after "the village of", "the city of" ..., and names placed by their syntax
("a warehouse in Leyton", "70 nautical miles west of Hodeidah").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from annotate.incident_not_places import without_the
from annotate.incident_place_words import (
    CITY,
    LOCAL,
    MISTAGGED,
    REGION,
    facilities,
    physical_things,
)
from annotate.incident_routes import between_ends
from annotate.lexicons import capitals, country_of, incident_words
from annotate.parse_spans import span_text

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "northern England", "central Jutland": a part of a country or region, wider than a town.
_REGIONAL = frozenset("northern southern eastern western central".split())
_ASSAULTS = frozenset("strike attack raid assault bombardment shelling bombing airstrike".split())
_STRUCK = frozenset({"hit", "strike", "shell", "bomb", "pound", "bombard"})
# A site's name that ends in its kind names a place even when tagged a firm.
_SITE_ENDS = frozenset("base airbase airport airfield harbour harbor shipyard".split())
# "off the coast of Hodeidah", "on the outskirts of Gao", "the centre of Kryvyi Rih": a
# part of a named place.
_PARTS = frozenset(
    "coast coastline shore outskirts outskirt suburb edge area centre center heart".split()
)


def doc_places(doc: Doc) -> frozenset[str]:
    """Names the doc tags as a place somewhere: "Vilnius" is a place even
    where the parser calls it an organisation."""
    cached = doc.user_data.get("briefing_places")
    if cached is None:
        cached = frozenset(e.text.strip().lower() for e in doc.ents if e.label_ in _PLACE_LABELS)
        doc.user_data["briefing_places"] = cached
    return cached


def is_place_name(ent: Span) -> bool:
    """Whether a name names a place, whatever label the tagger gave it (or
    none: `incident_places` makes an untagged name after "the city of" a span)."""
    if not any(t.text[:1].isupper() for t in ent):
        return False  # "the metro's website", tagged a facility: a name has a capital
    if ent.label_ in _PLACE_LABELS:
        return True
    if ent.label_ in ("DATE", "TIME") and len(ent) == 1 and _timeless(ent.root):
        return untagged_place(ent.root)  # "shot dead in Kyiv", the town tagged as a time
    if ent.label_ not in ("ORG", "NORP", "PERSON", *MISTAGGED):
        return False
    name = span_text(ent).strip().lower()
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in LOCAL | REGION:
        return True  # "the Žirmūnai district", "the Kherson region", whatever the tagger says
    if ent.label_ != "PERSON" and (name in doc_places(ent.doc) or name in capitals()):
        return True
    prep = ent.root.head
    if between_ends(ent.root):
        return True  # "the rail line between Lublin and Chełm", whatever the tagger says
    if len(ent) == 1 and prep.lower_ == "of" and prep.head.lower_ in incident_words()["compass"]:
        return True  # "20 km east of Visby", whatever the tagger calls the town
    site = prep.head.lemma_.lower() in physical_things()
    if ent.label_ in ("PERSON", "ORG") and prep.lower_ == "in" and site and ent.root.dep_ == "pobj":
        # "St. Anne's Hospital in Carrow Falls", the town taken for a person or a firm
        return len(ent) <= 3 and all(t.pos_ == "PROPN" for t in ent)
    if (
        ent.label_ == "PERSON"
        and len(ent) == 1
        and prep.i == prep.sent.start
        and prep.lower_ == "in"
    ):
        # "In Mykolaiv, a drone hit a warehouse": a roundup's town opening the sentence
        return ent.end < len(ent.doc) and ent.doc[ent.end].text == ","
    if (
        ent.label_ == "PERSON"
        and len(ent) == 1
        and prep.lower_ in ("off", "in", "at", "over", "near")
    ):
        # "off Tuapse", "a depot in Toropets", "spotted over Belgorod", "a bridge
        # near Bender": not a person
        if prep.lower_ == "over":
            return prep.head.pos_ == "VERB"
        if prep.lower_ == "in" and prep.head.pos_ == "VERB":
            return prep.head.lemma_.lower() in _STRUCK  # "drones hit a school in Sumy"
        return prep.lower_ == "off" or prep.head.lemma_.lower() in physical_things()
    if _shelled(ent):
        return True  # "Russian forces shelled Nikopol", the town tagged a firm
    if ent.label_ in (*MISTAGGED, "NORP") and len(ent) == 1 and untagged_place(ent.root):
        return True  # "a warehouse in Leyton", "a substation in Hamlet", mistagged
    if ent.label_ in ("ORG", "PERSON", *MISTAGGED) and facility_after(ent) is not None:
        return True  # "the Lielvārde air base", "Billund airport": the name mistagged
    if ent.label_ in ("ORG", "PERSON", *MISTAGGED) and len(ent) > 1:
        # "Gilze-Rijen Air Base" as a firm, "Esbjerg airport" as a person: a site's whole name
        return ent[-1].lower_ in _SITE_ENDS and ent[0].pos_ == "PROPN" or named_by_kind(ent.root)
    return named_by_kind(ent.root)


# Fire that only ever falls on a place: "shelled X" is a town, whatever the tagger says.
_SHELLED = frozenset({"shell", "bombard", "pound"})


def _shelled(ent: Span) -> bool:
    root = ent.root
    return (
        len(ent) == 1
        and root.pos_ == "PROPN"
        and root.dep_ == "dobj"
        and root.head.lemma_.lower() in _SHELLED
    )


def named_by_kind(token: Token) -> bool:
    """ "the village of Mika": the name after a kind of place (by the parse,
    or by the words where the parser hung the name elsewhere)."""
    kinds = LOCAL | CITY | REGION | _PARTS
    if token.head.lower_ == "of" and token.head.head.lemma_.lower() in kinds:
        return _bare_middle(token.head.head)
    doc = token.doc
    return (
        token.pos_ == "PROPN"
        and token.i >= 2
        and doc[token.i - 1].lower_ == "of"
        and doc[token.i - 2].lemma_.lower() in kinds
        and _bare_middle(doc[token.i - 2])
        and (token.i < 3 or doc[token.i - 3].pos_ != "ADP")  # not "in port of ..."
    )


_MIDDLES = frozenset({"centre", "center", "heart"})


def _bare_middle(kind: Token) -> bool:
    """ "the centre of Kryvyi Rih" is a part of a town; "the sorting centre
    of courier firm X" is a site, named by its owner."""
    if kind.lemma_.lower() not in _MIDDLES:
        return True
    return not any(c.dep_ in ("compound", "amod", "nmod") for c in kind.children)


def untagged_place(token: Token) -> bool:
    """ "near Puławy, where ...": a name the tagger missed, placed by its syntax."""
    where = any(
        c.dep_ == "relcl" and any(g.lower_ == "where" for g in c.children) for c in token.children
    )
    prep = token.head
    if token.dep_ == "dobj" and not token.ent_type_ and prep.lemma_.lower() in _STRUCK:
        return True  # "missiles hit Odesa", the town untagged
    if prep.lower_ == "of" and prep.head.lower_ in incident_words()["compass"]:
        return True  # "70 nautical miles west of Hodeidah"
    if prep.lower_ in ("in", "at") and prep.head.lemma_.lower() in physical_things():
        return True  # "a market in Kyiv"
    if prep.lower_ in ("in", "over") and prep.head.pos_ == "VERB" and token.ent_type_ != "PERSON":
        return True  # "was poisoned in Tomsk", "was spotted over Belgorod"
    if prep.lower_ in ("on", "in", "against") and prep.head.lemma_.lower() in _ASSAULTS:
        return token.ent_type_ not in ("PERSON", "ORG", "NORP")  # "the strike on Kramatorsk"
    if token.i > 0 and token.doc[token.i - 1].lower_ in ("near", "outside", "off"):
        return True  # "strikes near Reni overnight damaged ...", "near" misattached
    return prep.lower_ in ("near", "outside", "off") or where


def with_compass(span: Span) -> Span:
    """ "east London", "central Bremen": a compass word before the name stays."""
    doc, start = span.doc, span.start
    compass = set(incident_words()["compass"])
    while start > 0 and doc[start - 1].lower_ in compass:
        start -= 1
    while start < span.end - 1 and doc[start].lower_ == "the":
        start += 1
    return doc[start : span.end]


def facility_after(ent: Span) -> Token | None:
    """ "Pine Ridge electrical substation", "Lielvārde air base": the facility a
    name heads, a word or two of its kind between them."""
    doc = ent.doc
    for end in range(ent.end, min(ent.end + 3, len(doc))):
        token = doc[end]
        if token.lemma_.lower() in facilities() and token.pos_ == "NOUN":
            between = doc[ent.end : end]
            if all(t.dep_ in ("compound", "amod") and t.head.i <= end for t in between) and (
                ent.root.head.i == end or ent.root.head.i in range(ent.end, end)
            ):
                return token
            return None
        if token.dep_ not in ("compound", "amod"):
            return None
    return None


def place_rank(ent: Span) -> int:
    """How specific a named place is: 1 a village, town or district, 2 a city
    or other place, 3 a region, 4 a country (0, a facility, is `incident_places`')."""
    kind = ent.root.head.head.lemma_.lower() if ent.root.head.lower_ == "of" else ""
    following = ent.doc[ent.end].lemma_.lower() if ent.end < len(ent.doc) else ""
    if kind in LOCAL or following in LOCAL:
        return 1
    if (
        country_of(span_text(ent)) is not None
        or country_of(without_the(span_text(ent))) is not None
        or a_state_by_its_title(span_text(ent))
    ):
        return 4
    if kind in REGION or following in REGION or ent.label_ == "LOC":
        return 3
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _REGIONAL:
        return 3  # "a mayor in northern England was attacked ... in Barnsley"
    return 2


# "the Republic of Lithuania", "the Kingdom of Denmark": a country by its formal title.
_STATE_TITLES = ("republic of ", "kingdom of ", "grand duchy of ", "principality of ")


def a_state_by_its_title(name: str) -> bool:
    """Whether a name is a known country's formal title: as wide as the
    country, so any town the text gives beside it is the place."""
    name = without_the(name.strip())
    lower = name.lower()
    return any(
        lower.startswith(t) and country_of(name[len(t) :]) is not None for t in _STATE_TITLES
    )


def _timeless(token: Token) -> bool:
    """A capitalised name with nothing of a time in it ("Kyiv", not "Monday")."""
    from annotate.incident_dates import is_point

    return token.pos_ == "PROPN" and not token.like_num and not is_point(token.text)
