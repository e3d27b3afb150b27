"""Named organisations, countries, places and groups, from the NER's labels.

A country under any of its names is one actor; a capital or a seat of
government used as a speaker ("Moscow lashed out", "the Kremlin
confirmed") stands for its government, used as a place it is a place; an
organisation keeps its owner ("X's Y", "Russian Y") as its affiliation;
a nationality used as a noun ("the Russians") is a group of that country.
"""

from __future__ import annotations

from spacy.tokens import Span

from annotate.actor_drafts import Draft, Drafts
from annotate.lexicons import (
    capitals,
    country_of,
    demonym_of,
    party_of,
    seats_of_government,
    word_set,
)
from annotate.names import name_key
from annotate.parse_spans import span_text

_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "'s", "’s", "&"})
# Nouns a city name may own without standing for its government ("Moscow's mayor").
_CITY_NOUNS = frozenset(
    {
        "mayor",
        "resident",
        "street",
        "airport",
        "metro",
        "outskirt",
        "suburb",
        "centre",
        "center",
        "district",
        "population",
        "skyline",
        "region",
        "oblast",
        "port",
        "station",
        "hospital",
        "university",
        "court",
        "police",
        "council",
    }
)


def add_gpe(drafts: Drafts, span: Span) -> None:
    head = span.root
    capital = capitals().get(name_key(span_text(span)))
    speaking = (
        head.dep_ in ("nsubj", "nsubjpass")
        or (head.dep_ == "poss" and head.head.lemma_.lower() not in _CITY_NOUNS)
        or (head.dep_ == "pobj" and head.head.dep_ == "agent")
    )
    if capital and speaking:
        name, kind = capital
        drafts.add(drafts.get(name, kind), span, proper=True)
        return
    if name_key(span_text(span)) in seats_of_government():
        add_org(drafts, span, [])
        return
    country = country_of(span_text(span))
    if country is None and demonym_of(span_text(span)):
        return  # "Ukrainian" alone: an adjective, not a place
    draft = drafts.get(country, "country") if country else drafts.get(span_text(span), "place")
    drafts.add(draft, span, proper=True)


def add_org(drafts: Drafts, span: Span, pending: list[tuple[Span, Draft]]) -> None:
    """An organisation; "X's Y" keeps X as its affiliation, "Russian Y" its
    country; "the Prosecutor General's Office" stays whole (its "owner" is a
    title, not an actor)."""
    titles = word_set("titles")
    marks = [
        t
        for t in span
        if t.tag_ == "POS" and not all(w.lower_ in titles for w in span[: t.i - span.start])
    ]
    own = span.doc[marks[-1].i + 1 : span.end] if marks else span
    if not len(own):
        return
    country = country_of(span_text(span))
    if country:  # an ORG label on a country name
        drafts.add(drafts.get(country, "country"), span, proper=True)
        return
    places = _places_named(span)
    if places:  # "Minsk", "Copenhagen and Oslo": an ORG label on cities
        for place in places:
            add_gpe(drafts, place)
        return
    party = party_of(own.text)
    if party:  # "GOP", "the Republican Party": one party under its names
        drafts.add(drafts.get(party, "organization"), span, proper=False)
        return
    draft = drafts.get(own.text, "organization")
    drafts.add(draft, span, proper=True)
    seat = seats_of_government().get(name_key(own.text))
    if seat and draft.affiliation is None:
        draft.affiliation = drafts.get(seat, "country")
    if marks:
        pending.append((span.doc[span.start : marks[-1].i], draft))
    elif len(span) > 2 and draft.affiliation is None and span[-2].lower_ == "of":
        country = country_of(span[-1].text)  # "the Reserve Bank of Kenya"
        if country:
            draft.affiliation = drafts.get(country, "country")
            drafts.add(draft.affiliation, span[-1:], proper=True)
    elif len(span) > 1 and draft.affiliation is None:
        first = span[0].text  # "Russian Foreign Ministry", "U.S. Treasury": a mention too
        party = party_of(first)  # "Democratic National Committee"
        owner = (party, "organization") if party else demonym_of(first)
        country = country_of(first)
        if owner or country:
            draft.affiliation = drafts.get(*owner) if owner else drafts.get(country, "country")
            drafts.add(draft.affiliation, span[0:1], proper=not owner)


def _places_named(span: Span) -> list[Span]:
    """The capitals an ORG-labelled name is made of ("Minsk", "Copenhagen
    and Oslo"), each on its own; none when any part is not a capital."""
    parts: list[Span] = []
    start = span.start
    for token in [*span, None]:
        if token is None or token.lower_ in ("and", "&", ","):
            end = token.i if token is not None else span.end
            part = span.doc[start:end]
            if not len(part) or name_key(part.text) not in capitals():
                return []
            parts.append(part)
            start = end + 1
    return parts


def add_possessor(drafts: Drafts, span: Span, org: Draft) -> None:
    """The "X" of an organisation named "X's Y": a mention of X, and Y's owner."""
    if not len(span):
        return
    country = country_of(span_text(span))
    if country:
        owner = drafts.get(country, "country")
    else:
        key = name_key(span_text(span))
        owner = next(
            (d for d in drafts.items if d is not org and key in map(name_key, d.names)),
            None,
        ) or drafts.get(span_text(span), "organization")
    drafts.add(owner, span, proper=True)
    if org.affiliation is None and owner is not org:
        org.affiliation = owner


def organization_called_norp(span: Span) -> bool:
    """A name of several capitalised words that the NER called a nationality
    but that names no nationality, religion or party: an organisation."""
    if len(span) < 2 or span.root.tag_ in ("NNPS", "NNS") or not span.root.is_title:
        return False
    if demonym_of(span_text(span)) or party_of(span_text(span)) or country_of(span_text(span)):
        return False
    return all(t.is_title for t in span) and not any(demonym_of(t.text) for t in span)


def add_group(drafts: Drafts, span: Span) -> None:
    """A nationality used as a noun ("the Russians") is a group of that country."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ not in ("NNS", "NNPS"):
        return
    if head.dep_ in ("amod", "compound", "nmod", "npadvmod"):
        return
    draft = drafts.get(span_text(span), "group")
    drafts.add(draft, span, proper=True)
    party = party_of(span_text(span))  # "the Republicans": the party's people
    owner = (party, "organization") if party else demonym_of(span_text(span))
    if owner and draft.affiliation is None:
        draft.affiliation = drafts.get(*owner)


def merge_acronyms(drafts: Drafts) -> None:
    """An all-capitals organisation name that spells another's initials is that one."""
    orgs = [d for d in drafts.items if d.kind == "organization"]
    for short in orgs:
        acronym = short.name.replace(".", "")
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
            continue
        for long in orgs:
            if long is short or long not in drafts.items:
                continue
            words = long.name.replace("-", " ").split()
            words = [w for w in words if w.lower() not in _SMALL_WORDS]
            if len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym:
                drafts.merge(long, short)
                break
