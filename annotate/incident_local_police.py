"""Local police telling of an event in their town: "police in Kotka said a
fire ...", "Berlin police confirmed that a journalist was attacked". With no
place in the event's own words, the town of the police or fire service that
reports it is where it happened; a country's police ("Polish police") says
nothing closer than the country, so it is left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import country_of, word_set

_LOCAL_SERVICES = frozenset(
    "police firefighters firefighter brigade rescuers fire service services".split()
)


def police_town(head: Token) -> str | None:
    """The town of the police who report the event, told as their subject
    ("police in Kotka", "Berlin police"), or None."""
    node = head
    reporting = word_set("reporting_verbs") | {"confirm"}
    while node.head.i != node.i and node.dep_ not in ("ccomp",):
        if node.dep_ in ("relcl", "advcl"):
            return None
        node = node.head
    saying = node.head
    if node.dep_ != "ccomp" or saying.lemma_.lower() not in reporting:
        return None
    for subject in (c for c in saying.children if c.dep_ == "nsubj"):
        if subject.lemma_.lower() not in _LOCAL_SERVICES:
            continue
        names = [c for c in subject.children if c.dep_ == "compound"]
        names += [
            g
            for c in subject.children
            if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for name in names:
            if name.ent_type_ == "GPE" and country_of(name.text) is None:
                return name.text
    return None
