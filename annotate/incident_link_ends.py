"""The ends of a cable, pipeline or line: what it links ("a cable linking the
mainland to the Åland islands", "a pipeline that connects Estonia with
Finland", "a cable between Latvia and Gotland"). They say what was hit,
not where: any other place the text gives the damage comes first."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from annotate.incident_not_places import without_the
from annotate.lexicons import capitals, country_of
from annotate.parse_spans import span_text

_LINKS = frozenset(
    "line railway rail road route link cable pipeline pipe interconnector connector".split()
)
_LINKING = frozenset({"link", "connect", "join", "run", "stretch"})
_ENDS = frozenset({"to", "with", "and", "between", "from"})


def link_end(token: Token) -> bool:
    """Whether `token` names one end of a link told with it."""
    while token.dep_ in ("conj", "compound", "amod") and token.head.i != token.i:
        token = token.head  # "Estonia and Finland", "the Åland islands"
    up = token.head
    if token.dep_ == "pobj" and up.lower_ in _ENDS:
        if up.lower_ == "between" and up.head.lemma_.lower() in _LINKS:
            return True  # "a cable between Latvia and Gotland"
        up = up.head
    elif token.dep_ != "dobj":
        return False
    return (
        up.lemma_.lower() in _LINKING
        and up.dep_ in ("acl", "relcl")
        and up.head.lemma_.lower() in _LINKS
    )


_PAIRED = frozenset({"country", "nation", "state", "island", "shore", "coast", "capital"})
_WATERS = frozenset({"sea", "ocean", "gulf", "strait", "bay", "channel"})


def sea_of_the_link(head: Token) -> str | None:
    """ "Latvia and Sweden are investigating a break in the Gulf of Riga. A
    cable between the two countries was damaged on Friday": a link told by
    the two it joins, with no place of its own, lies in the one sea named in
    its sentence or the one before."""
    sent = head.sent
    if not any(_between_the_two(t) for t in [*head.subtree, *head.children]):
        return None
    doc = head.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    seas = {
        e.text.strip()
        for e in doc[start : sent.end].ents
        if e.label_ in ("LOC", "GPE") and any(t.lower_ in _WATERS for t in e)
    }
    seas = {s[4:] if s.lower().startswith("the ") else s for s in seas}
    return seas.pop() if len(seas) == 1 else None


def _between_the_two(link: Token) -> bool:
    """ "a cable between the two countries", "the pipeline between them"."""
    if link.lemma_.lower() not in _LINKS:
        return False
    for prep in (c for c in link.children if c.dep_ == "prep" and c.lower_ == "between"):
        for end in (g for g in prep.children if g.dep_ == "pobj"):
            if end.lower_ == "them" or (end.pos_ == "NOUN" and end.lemma_.lower() in _PAIRED):
                return True
    return False


def named_link(ent: Span) -> bool:
    """ "the Nord Stream pipelines", its name tagged as a place: a name of
    words compounded onto a link that is no known country, capital or sea."""
    text = without_the(span_text(ent).strip())
    return (
        ent.label_ == "GPE"
        and len(ent) > 1
        and ent.root.dep_ == "compound"
        and country_of(text) is None
        and text.lower() not in capitals()
    )


def register_link_name(doc: Doc, name: str) -> str:
    """Note a link's own name found in the doc, so its events are never placed by it."""
    doc.user_data.setdefault("briefing_link_names", {})[name] = True
    return name


def link_name(doc: Doc, place: str) -> bool:
    """Whether a place found in the doc is a cable's or pipeline's own name
    ("the Nord Stream pipelines"): what was hit, never where."""
    return place in doc.user_data.get("briefing_link_names", ())
