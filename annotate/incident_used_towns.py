"""A town the tagger mislabelled, placed by how the article uses its name:
"a missile strike on Dnipro" (Dnipro tagged a person), "rockets rained down
on Kyiv overnight" (tagged a time with the word after it), "an explosion in
Mykolaiv" (tagged a firm). What a strike word's "on", "in", "near", "at" or
"outside", or "hit"/"struck", takes is the place when the article elsewhere
uses the same name as one: tagged a place anywhere, in a dateline, a
capital, after "the city of", "the region of", "the mayor of", or after
"in"/"near" where nothing says it is a firm. A possessive ("a strike on
Petrov's house"), a person's title, a month or weekday, and a name that
speaks or is a firm's ("Naftogaz said") are never taken."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.incident_datelines import dateline_cities
from annotate.incident_place_names import doc_places
from annotate.incident_place_words import CITY, LOCAL, REGION
from annotate.lexicons import capitals

_PREPS = frozenset({"on", "in", "near", "at", "outside", "onto"})
_HITS = frozenset({"hit", "strike"})
# "in Mykolaiv" says a town unless the word before is a firm's ("a stake in Naftogaz").
_FIRM_HEADS = frozenset(
    "stake stakes share shares investment investments interest role job jobs post position"
    " career work".split()
)
_OF_TOWNS = LOCAL | CITY | REGION | {"mayor", "governor", "outskirts"}
_TITLES = frozenset(
    "mr mrs ms dr mr. mrs. ms. dr. president minister general gen. sir lord lady".split()
)
_SAYS = frozenset({"said", "says", "told", "announced", "added", "confirmed", "denied"})
_FIRM_ENDS = frozenset("inc inc. ltd ltd. plc llc corp corp. group company".split())


def town_by_use(token: Token) -> tuple[int, int] | None:
    """Token range of the name `token` ends when it is what a strike word
    hit, on, in or near, and the article uses the name as a place elsewhere."""
    doc = token.doc
    if token.pos_ != "PROPN" or not token.is_alpha or not token.text[0].isupper():
        return None
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        return None  # told by the other rules
    if token.i + 1 < len(doc) and (
        doc[token.i + 1].tag_ == "POS" or doc[token.i + 1].lower_ in _FIRM_ENDS
    ):
        return None  # "a strike on Petrov's house": the house, not Petrov
    if any(c.dep_ not in ("compound", "punct") for c in token.children):
        return None  # "the port of X", "Petrov, a lawyer": told otherwise
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in _PREPS and head.dep_ == "prep":
        if head.head.pos_ not in ("VERB", "NOUN"):
            return None
    elif not (token.dep_ == "dobj" and head.lemma_.lower() in _HITS and head.pos_ == "VERB"):
        return None
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if token.i - start > 2 or (start > 0 and doc[start - 1].lower_ in _TITLES):
        return None
    words = [t.text for t in doc[start : token.i + 1]]
    if _is_time(words) or not _used_as_a_place(doc, words, start):
        return None
    return start, token.i + 1


def titled_person(words: list[str], doc: Doc) -> bool:
    """Whether the article gives the name a person's title somewhere ("Mr
    Ivanenko was wounded"): a person, however the tagger took the name."""
    return any(i > 0 and doc[i - 1].lower_ in _TITLES for i in _occurrences(doc, words))


def _is_time(words: list[str]) -> bool:
    from annotate.incident_dates import is_point

    return any(is_point(w) for w in words)


def _used_as_a_place(doc: Doc, words: list[str], own: int) -> bool:
    name = " ".join(words).lower()
    tagged = name in doc_places(doc) or name in dateline_cities(doc) or name in capitals()
    said_in = False
    for i in _occurrences(doc, words):
        before = doc[i - 1] if i > 0 else None
        after = doc[i + len(words)] if i + len(words) < len(doc) else None
        if before is not None and before.lower_ in _TITLES:
            return False  # "Mr Petrov": a person, wherever else the name stands
        speaks = (
            after is not None and after.lower_ in _SAYS and doc[i + len(words) - 1].dep_ == "nsubj"
        )
        if speaks or (after is not None and after.lower_ in _FIRM_ENDS):
            if not tagged:
                return False  # "Naftogaz said": a firm or a person speaks, a town rarely
        if i == own:
            continue
        if _said_to_be_a_town(doc[i + len(words) - 1]):
            said_in = True  # "Bakhmach is a small town"
        if before is None:
            continue
        if before.lower_ == "of" and i > 1 and doc[i - 2].lemma_.lower() in _OF_TOWNS:
            said_in = True  # "the city of Zaporizhzhia", "the mayor of Kharkiv"
        elif before.lower_ in ("in", "near", "outside") and before.head.lower_ not in _FIRM_HEADS:
            said_in = True  # "officials in Kyiv said", "residents near Sumy"
    return tagged or said_in


def _said_to_be_a_town(last: Token) -> bool:
    verb = last.head
    return (
        last.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "attr" and c.lemma_.lower() in LOCAL | CITY for c in verb.children)
    )


def _occurrences(doc: Doc, words: list[str]) -> list[int]:
    """Start indices of every case-insensitive occurrence of the name."""
    lowered = [w.lower() for w in words]
    n = len(lowered)
    return [
        t.i
        for t in doc
        if t.lower_ == lowered[0]
        and t.i + n <= len(doc)
        and [x.lower_ for x in doc[t.i : t.i + n]] == lowered
    ]
