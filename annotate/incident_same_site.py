"""A lead that names a site with "a" and a fuller telling that names it
again with "the" ("accused of setting fire to a warehouse in Aubervilliers"
... "the two men broke into the warehouse on Rue de la Haie-Coq and set
fire to pallets"): one act at one site, told twice. The later telling may
give a street the engine cannot place inside the town, so it is joined by
the site it names back to, when it is the only act of its kind told at such
a site and no day differs.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_date_match import same_date
from annotate.incident_mention import Event, Mention
from annotate.lexicons import word_set

_BACK = frozenset({"the", "this", "that"})
_NEW = frozenset({"a", "an"})
_OTHER = frozenset(
    {"again", "another", "second", "third", "new", "other", "separate", "later", "earlier"}
)


def _clause(head: Token) -> list[Token]:
    """The words of the act's clause: its verb's, and the verb it is joined
    to ("broke into the warehouse ... and set fire")."""
    verb = head.head if head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else head
    words = list(verb.subtree)
    if verb.dep_ == "conj":
        words += [t for t in verb.head.subtree if t.i < verb.i]
    return words


def _sites(head: Token, articles: frozenset[str]) -> set[str]:
    """The site nouns of the clause named with one of `articles`."""
    facilities = word_set("facilities", "incidents")
    return {
        t.lemma_.lower()
        for t in _clause(head)
        if t.pos_ == "NOUN"
        and t.lemma_.lower() in facilities
        and any(c.dep_ == "det" and c.lower_ in articles for c in t.children)
    }


def site_named_back(m: Mention, events: list[Event]) -> Event | None:
    """The one earlier event of the mention's type that brought in the site
    this telling names with "the"."""
    if m.separate or m.headline:
        return None
    words = _clause(m.head)
    if any(t.lower_ in _OTHER for t in words):
        return None  # "set fire to the warehouse again", "a year later"
    back = _sites(m.head, _BACK)
    if not back:
        return None
    kin = [
        e
        for e in events
        if any(x.type == m.type and back & _sites(x.head, _NEW) for x in e.mentions)
    ]
    if len(kin) != 1:
        return None
    told = kin[0]
    if not all(same_date(m.date, x.date) for x in told.mentions):
        return None
    return told
