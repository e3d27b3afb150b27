"""A site or a town that an event's clause calls by its kind alone, the one
the text named before: "A small fire did break out at the refinery" after
"the Płock refinery"; "a missile struck a site on the northern edge of the
city" after "Zaporizhzhia's governor says"; "a drone hovered over the
city's harbour" after "police in the port city of Flensburg". Only for an
event whose own words name no place (the last resort of `place_of`)."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Token

from annotate.incident_place_words import facilities
from annotate.incident_places import best_place, places_in
from annotate.parse_spans import tokens_with

_TOWNS = frozenset({"city", "town", "village"})
_OFFICIALS = frozenset({"mayor", "governor"})


def named_before(head: Token) -> tuple[str, str | None] | None:
    """The place of the site or town the event's clause names by its kind
    alone, from where the text named it before."""
    clause = head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    for word in clause.subtree:
        if not _bare(word) or _told_of_another(word, head, clause):
            continue
        lemma = word.lemma_.lower()
        if lemma in _TOWNS:
            found = _town_before(word)
        elif lemma in facilities() and word.pos_ == "NOUN":
            found = _site_before(word)
        else:
            continue
        if found is not None:
            return found
    return None


def _told_of_another(word: Token, head: Token, clause: Token) -> bool:
    """ "setting fire to a ship that was being refitted at a shipyard in the
    city": a clause on a thing tells its story, not the event's."""
    for up in word.ancestors:
        if up.i in (head.i, clause.i):
            return False
        if up.dep_ == "relcl" and up.head.i != head.i:
            return True
    return False


def _bare(word: Token) -> bool:
    """ "the refinery", "the city's": a kind with "the" and nothing else."""
    if word.dep_ not in ("pobj", "poss", "dobj", "nsubj", "nsubjpass"):
        return False
    children = list(word.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and all(
        c.dep_ in ("det", "case") for c in children
    )


def _site_before(word: Token) -> tuple[str, str | None] | None:
    """The nearest earlier site of the same kind told with its place ("the
    Płock refinery", "the oil refinery in Płock")."""
    doc = word.doc
    earlier = [t for t in tokens_with(doc, LEMMA, {word.lemma_.lower()}, lower=True)]
    for site in reversed([t for t in earlier if t.i < word.i and not _bare(t)]):
        if site.pos_ not in ("NOUN", "PROPN"):
            continue  # "Munich Airport" is the nearest too, told as a name
        found = best_place(places_in(site.subtree))
        if found is not None:
            return found
    return None


def _town_before(word: Token) -> tuple[str, str | None] | None:
    """The town of its kind named before in the same paragraph ("the port
    city of Flensburg"), else the one town or city the paragraph names
    before it."""
    doc = word.doc
    line = doc.text.rfind("\n", 0, word.idx) + 1
    start = next((t.i for t in doc[word.sent.start : word.i] if t.idx >= line), word.i)
    while start > 0 and doc[start - 1].idx >= line:
        start -= 1
    named = [p for p in places_in(doc[start : word.i]) if not p.link and not p.end]
    kind = word.lemma_.lower()
    by_kind = [p for p in named if _called(doc[p.start], kind)]
    if by_kind:
        return by_kind[-1].text, None
    towns = {p.text for p in named if p.rank in (1, 2)}
    # "Zaporizhzhia's regional governor says ... the city": the official's
    # town, however the tagger labels it
    towns = towns or {
        g.text
        for t in doc[start : word.i]
        if t.lemma_.lower() in _OFFICIALS
        for g in t.children
        if g.dep_ == "poss" and g.pos_ == "PROPN" and all(c.dep_ == "case" for c in g.children)
    }
    return (towns.pop(), None) if len(towns) == 1 else None


def _called(name: Token, kind: str) -> bool:
    """ "the port city of Flensburg", "the town of X": a name told as its kind."""
    doc = name.doc
    return name.i >= 2 and doc[name.i - 1].lower_ == "of" and doc[name.i - 2].lemma_.lower() == kind
