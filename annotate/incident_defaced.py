"""Property of a person in office smashed or defaced: "the windows of the
minister's car were smashed", "vandals slashed the tyres of a mayor's car".
Done to someone for who they are, it is an attack on them; the same words of
a shop window, a record or one's own car are no incident."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from annotate.lexicons import incident_words
from annotate.parse_spans import tokens_with

_DEFACE = frozenset(
    "smash slash vandalise vandalize daub deface puncture wreck spray-paint".split()
)


def defaced(doc: Doc) -> list[tuple[Token, str]]:
    """Every verb of defacing whose object is the property of an office holder."""
    hits = tokens_with(doc, LEMMA, _DEFACE, lower=True)
    return [(t, "attack") for t in hits if t.pos == VERB and of_an_office_holder(t)]


def of_an_office_holder(verb: Token) -> bool:
    """`verb` defaces a thing (a car, its windows, a home, an office) that the
    phrase of its object says belongs to an office holder, who is not the one
    doing it ("the minister smashed the windows of his car" is his own act)."""
    if verb.lemma_.lower() not in _DEFACE:
        return False
    lex = incident_words()
    things, holders = set(lex["defaced_things"]), set(lex["office_holders"])
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        phrase = list(obj.subtree)
        if not any(t.lemma_.lower() in things for t in phrase):
            continue
        if any(t.lemma_.lower() in holders or t.lower_ in holders for t in phrase):
            return not any(
                t.lemma_.lower() in holders
                for c in verb.children
                if c.dep_ == "nsubj"
                for t in c.subtree
            )
    return False
