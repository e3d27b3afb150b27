"""Where a name ends and what kind of actor it names, from the text around it.

The statistical NER gets spans and labels wrong in ways a reader would not:
"Minnesota Vikings - while" (a clause fragment), "Trump 47.3 percent" (a
number), "Obama Sees" (a headline verb), "Keith Lamont Scott" as an
organisation, "Camden" as a person. `name_pieces` cuts an entity to the
names it holds; `context_kind` reads what the sentence says the name is
("the victim, X", "X, 34,", "the hacker group X", "X, which", "the London
borough of X", "in X"), which outranks the NER's label.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from annotate.lexicons import (
    actor_words,
    capitals,
    country_of,
    forename_gender,
    known_organizations,
    not_actors,
    word_set,
)
from annotate.names import name_key
from annotate.parse_spans import nickname_at, span_text

_DASHES = frozenset({"-", "–", "—", "―", "‒", "−"})
# Words that end a name rather than belong to it, at its right edge.
_FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART", "PRON", "ADV", "AUX", "VERB"})
# Words that open a sentence before a name without belonging to it.
_OPENING_POS = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "INTJ"})  # "Later Cullen said"
_LOCATIVE = frozenset({"in", "near", "outside", "across", "throughout", "around", "inside"})
_MAX_AGE = 120


@cache
def _lists() -> dict[str, frozenset[str]]:
    words = actor_words()
    return {
        "titles": word_set("titles") | frozenset(words["honorifics"]),
        "honorifics": frozenset(words["honorifics"]),
        "person": word_set("person_nouns"),
        "organization": word_set("organization_nouns"),
        "place": word_set("place_nouns"),
        "suffixes": word_set("organization_suffixes"),
        "heads": word_set("not_actor_heads"),
        "victim": word_set("victim_verbs"),
        "work": word_set("work_nouns"),
    }


def name_pieces(ent: Span, label: str) -> list[Span]:
    """The names an entity span holds, cleaned: without leading articles or
    marks, cut before a spaced dash, a number, a verb or a quotation mark
    inside it, and without trailing function words or punctuation."""
    doc = ent.doc
    start, end = ent.start, ent.end
    skip_to = start
    for i in range(start + 1, end):
        if i <= skip_to:
            continue
        token = doc[i]
        nickname_end = nickname_at(doc, i)
        if nickname_end is not None and nickname_end + 1 < end:
            skip_to = nickname_end  # Mark “Tubs” Cullen: one name
            continue
        spaced_dash = token.text in _DASHES and (doc[i - 1].whitespace_ or token.whitespace_)
        if (
            spaced_dash
            or token.like_num
            or (token.is_quote and (doc[i - 1].whitespace_ or token.whitespace_))
            or token.text in "()[]{}|/:;"
            or token.tag_ in ("VBZ", "VBD", "VBP", "MD")  # "Obama Sees …": a headline
            or "\n" in doc[i - 1].whitespace_ + token.text
        ):
            end = i
            break
    pieces, first = [], start
    for i in range(start + 1, end - 1):
        if doc[i].lower_ in ("and", "&") and _starts_a_name(doc[i + 1], label):
            pieces.append(doc[first:i])  # "Mr. King and Mr. Schultz": two people
            first = i + 1
    pieces.append(doc[first:end])
    out = [_strip(p) for p in pieces]
    return [p for p in out if len(p) and _names_something(p, label)]


def _starts_a_name(token: Token, label: str) -> bool:
    """After "and": an honorific, or, in a person's name, any capital."""
    return token.lower_ in _lists()["honorifics"] or (label == "PERSON" and token.is_title)


def _strip(span: Span) -> Span:
    doc = span.doc
    start, end = span.start, span.end
    while start < end:
        first = doc[start]
        if not (
            first.lower_ in ("the", "a", "an")
            or (first.pos_ in _OPENING_POS and first.is_sent_start and start + 1 < end)
            or first.is_punct
            or first.is_space
            or first.like_num
        ):
            break
        start += 1
    while end > start:
        last = doc[end - 1]
        if not (
            last.is_punct
            or last.is_space
            or last.tag_ == "POS"
            or (last.pos_ in _FUNCTION_POS and not last.is_title)
            or last.lower_ in ("'s", "’s")
        ):
            break
        end -= 1
    return doc[start:end]


def _names_something(span: Span, label: str) -> bool:
    """A proper name of someone or something that can act: capitalised, not
    only titles ("Judge"), not a day, month, law or event ("Brexit", "the
    Patriot Act")."""
    if not any(t.is_title or t.is_upper for t in span):
        return False
    lists = _lists()
    doc = span.doc
    after_honorific = span.start > 0 and doc[span.start - 1].lower_ in lists["honorifics"]
    if all(t.lower_ in lists["titles"] or t.is_punct for t in span) and not after_honorific:
        return False  # "Judge", "Senator"; but "Mr. King" is a name
    if label == "PERSON" and len(span) == 1 and span[0].pos_ != "PROPN" and span[0].is_sent_start:
        return False  # "Turnout makes a difference": a noun at the start of a sentence
    root = span.root
    of = root.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    bare = not any(c.dep_ in ("poss", "det") for c in root.children)
    right_after = of is not None and all(t.lower_ == "the" for t in doc[of.i + 1 : span.start])
    if of is not None and of.head.lower_ in lists["titles"] and bare and right_after:
        return False  # "Secretary of State": part of a title ("chair of NATO's …",
        # "chair of selectors Greg Whitfield" are not)
    key = name_key(span_text(span))
    if key in not_actors():
        return False
    return label == "PERSON" or span[-1].lemma_.lower() not in lists["heads"]


def context_kind(span: Span, label: str) -> str | None:
    """ "person", "organization", "place" or "work" (a book, film or show:
    no actor at all) when the words around the name
    say so; None when they don't (then the NER's label stands). Where the
    only hint is a preposition of place ("in Camden") or a place beside it,
    only a name the NER took for a person's is made a place: "in Congress"
    is still an organisation."""
    lists = _lists()
    doc, root = span.doc, span.root
    key = name_key(span_text(span))
    if key in known_organizations():
        return "organization"
    if span.start > 0 and doc[span.start - 1].lower_ in lists["honorifics"]:
        return "person"
    if span[0].lower_ in lists["honorifics"] and len(span) > 1:
        return "person"
    if len(span) > 1 and span[-1].lower_ in lists["suffixes"]:
        return "organization"
    if _titled_name(span):
        return "person"
    if _age_after(span):
        return "person"
    if _constituency(root):
        return "place"
    if label in ("GPE", "LOC", "FAC"):
        if _looks_like_full_name(span):
            return "person"
        if label == "FAC" and root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
            return "place"  # "a warehouse in Tower Hamlets": where it happened
        return None  # "in Tulsa, an unarmed man …" does not make Tulsa a man
    described = _described_as(span)
    if described is not None:
        return described
    if label == "ORG" and _bare_name_in_place(span):
        return "place"  # "fighting in El Fasher": a town, not an organisation
    for child in root.children:
        if child.dep_ == "relcl":
            relative = next((c for c in child.children if c.tag_ in ("WP", "WDT")), None)
            if relative is not None and relative.lower_ in ("who", "whom"):
                return "person"
            if relative is not None and relative.lower_ == "which":
                return "organization" if not country_of(span_text(span)) else None
    if root.dep_ in ("nsubjpass", "nsubj") and root.head.lemma_.lower() in lists["victim"]:
        if root.dep_ == "nsubjpass" or root.head.lemma_.lower() == "die":
            return "person"
    if _looks_like_full_name(span):
        return "person"
    if label == "PERSON" and len(span) == 1:  # ("in Ted Cruz's state" misparses too often)
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
            return "place"
        if any(c.dep_ == "appos" and c.ent_type_ in ("GPE", "LOC") for c in root.children):
            return "place"  # "Camden, north London"
    return None


def _bare_name_in_place(span: Span) -> bool:
    """A name after "in", "near", "around" … with no article and no word of
    an organisation's name in it (no "Office", no "Inc", no acronym): where
    something happens, as towns and regions are named ("in El Fasher"), where
    organisations take an article ("in the Senate") or are acronyms."""
    lists = _lists()
    doc, root = span.doc, span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE or root.head.i != span.start - 1:
        return False
    words = [t.lower_ for t in span]
    if any(w in lists["organization"] or w in lists["suffixes"] for w in words):
        return False
    if (
        any(t.is_upper and len(t) > 1 for t in span)
        or name_key(span_text(span)) in known_organizations()
    ):
        return False
    if not all(t.is_title or t.is_punct or t.lower_ in ("al", "el", "de") for t in span):
        return False
    # "divisions in Hamas" where Hamas also acts ("Hamas said"): an organisation
    return root.text not in _verb_subjects(doc)


def _verb_subjects(doc: Doc) -> frozenset[str]:
    """Words that are the subject of a verb somewhere in `doc`, once per doc."""
    cached = doc.user_data.get("briefing_verb_subjects")
    if cached is None:
        cached = frozenset(t.text for t in doc if t.dep_ == "nsubj" and t.head.pos_ == "VERB")
        doc.user_data["briefing_verb_subjects"] = cached
    return cached


_SEAT_HOLDERS = frozenset(
    "mp member senator representative congressman congresswoman councillor councilor "
    "assemblyman assemblywoman mla mep deputy".split()
)


def _constituency(root: Token) -> bool:
    """ "the MP for Leicester Abbey", "the member for Milton Keynes Central":
    the seat a representative holds is a place."""
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return False
    holder = root.head.head
    return holder.lower_ in _SEAT_HOLDERS or holder.lemma_.lower() in _SEAT_HOLDERS


def _described_as(span: Span) -> str | None:
    """The kind a noun beside the name gives it: "the victim, X", "X, a
    teacher", "the hacker group X", "the London borough of X"."""
    lists = _lists()
    doc, root = span.doc, span.root
    nouns: list[Token] = []
    if span.start > 0:
        before = doc[span.start - 1]
        if before.pos_ == "NOUN" and before.is_lower and not before.is_punct:
            nouns.append(before)
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        of_head = root.head.head
        if of_head.lemma_.lower() in lists["place"]:
            nouns.append(of_head)  # "the borough of Camden", not "the leader of Hamas"
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if noun.i == span.start - 1 and noun.lower_ in lists["titles"]:
            return "person"  # "prosecutor Terje Michelsen"
        for kind in ("person", "organization", "place", "work"):
            if lemma in lists[kind]:
                return kind  # "her 2003 book, Living History": a work, no actor
    return None


# Title words that also open organisation names ("General Motors", "Foreign
# Office", "First National"): they do not make a person of what follows.
_NOT_PERSON_TITLES = frozenset(
    "foreign defence defense interior finance first former acting interim general vice "
    "deputy head chief".split()
)


def _titled_name(span: Span) -> bool:
    """ "Governor Ramesh Iyengar", "Senator Ibrahim Gwamna": a title word
    before capitalised words none of which names an organisation or place."""
    lists = _lists()
    first = span[0].lower_
    if len(span) < 2 or first not in lists["titles"] or first in _NOT_PERSON_TITLES:
        return False
    k = 1  # past "Secretary-Treasurer", "Attorney General"
    while k < len(span) - 1 and (span[k].lower_ in lists["titles"] or span[k].text in "-‐‑"):
        k += 1
    rest = span[k:]
    if not all(t.is_title and t.is_alpha for t in rest):
        return False
    organization = lists["organization"] | lists["suffixes"] | lists["place"]
    if any(t.lower_ in organization or t.lemma_.lower() in organization for t in rest):
        return False
    return not (country_of(rest.text) or name_key(rest.text) in capitals())


def _age_after(span: Span) -> bool:
    """ "X, 34, …": an age right after the name."""
    doc = span.doc
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or not doc[i + 1].like_num:
        return False
    if doc[i + 2].text not in (",", ")", "."):
        return False
    try:
        age = int(doc[i + 1].text)
    except ValueError:
        return False
    return 0 < age <= _MAX_AGE


def _looks_like_full_name(span: Span) -> bool:
    """A common given name and one or two more capitalised words, none of
    them an organisation word: "Keith Lamont Scott", not "Victoria Station"."""
    if not 2 <= len(span) <= 3 or forename_gender(span[0].text) is None:
        return False
    lists = _lists()
    if any(not t.is_title or t.lower_ in lists["suffixes"] for t in span[1:]):
        return False
    return not (country_of(span_text(span)) or name_key(span_text(span)) in capitals())
