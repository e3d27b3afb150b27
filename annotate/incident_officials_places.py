"""Where an event a local official reports happened, when the report names
no place of its own: the official's town or region. "The governor of Kursk
region said Ukrainian drones attacked an oil depot overnight" is in the
Kursk region; a report that names a place ("... an oil depot in Lgov")
keeps it, and a governor or mayor with no place in the title gives none."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import word_set

_OFFICIALS = frozenset({"governor", "mayor"})
_NOT_PLACES = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL"})
_TITLE_WORDS = frozenset({"region", "oblast", "province", "city", "the", "regional"})


def officials_place(head: Token) -> str | None:
    """The town or region in the title of the official whose saying holds
    the event at `head`, or None."""
    saying = saying_above(head)
    if saying is None:
        return None
    for subject in (c for c in saying.children if c.dep_ == "nsubj"):
        for token in subject.subtree:
            if token.lemma_.lower() in _OFFICIALS and (place := _of_title(token)) is not None:
                return place
    return None


def saying_above(head: Token, more: frozenset[str] = frozenset()) -> Token | None:
    """The verb of saying (a reporting verb, or one of `more`) whose
    reported clause holds the event."""
    reporting = word_set("reporting_verbs") | more
    node = head
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in reporting:
            return node.head
        node = node.head
    return None


def _of_title(official: Token) -> str | None:
    """ "governor of Kursk region", "the Kursk governor", "Odesa's mayor"."""
    doc = official.doc
    for child in official.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for name in (g for g in child.children if g.dep_ == "pobj"):
                words = [t for t in name.subtree if t.lower_ != "the"]
                if any(t.pos_ == "PROPN" for t in words) and _plain(words):
                    return doc[words[0].i : words[-1].i + 1].text
        if child.dep_ in ("compound", "poss") and child.pos_ == "PROPN" and child.i < official.i:
            if child.ent_type_ not in _NOT_PLACES:  # the tagger's label for a town varies
                return child.text
    return None


def _plain(words: list[Token]) -> bool:
    """A place's name with at most a word for its kind ("Kursk region")."""
    return len(words) <= 3 and all(t.pos_ == "PROPN" or t.lower_ in _TITLE_WORDS for t in words)
