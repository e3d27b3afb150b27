"""Entries of a log or a list of briefs: "A van was torched in a courtyard.
Nobody was hurt." then, on a line of its own, "A delivery car was set on fire
outside a block of flats." An act done to a thing told as new ("a car"), on a
new line, is a new entry's event when it has no place or time the engine
reads (with them, the usual fold weighs them)."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_mention import Event, Mention
from annotate.parse_spans import doc_text


def _patients(head: Token) -> list[Token]:
    return [c for c in head.children if c.dep_ in ("nsubjpass", "dobj")]


def _act(head: Token) -> Token | None:
    """The verb telling the act: the mention's own, or the one its noun
    completes ("set on fire", "set fire to")."""
    if head.pos_ == "VERB":
        return head
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return head.head
    if head.dep_ == "pobj" and head.head.head.pos_ == "VERB":
        return head.head.head
    return None


def _opens_a_line(verb: Token) -> bool:
    """The verb's sentence is the first on its line, as a log's entries are."""
    before = doc_text(verb.doc)[: verb.sent.start_char].rstrip(" \t")
    return not before or before.endswith("\n")


def new_entry(m: Mention, events: list[Event]) -> bool:
    """`m` is a verb done to a thing brought in with "a"/"an", the main verb
    of a sentence that opens a line after the last mention of its type:
    another entry, not that event again."""
    head = _act(m.head)
    if head is None or m.separate or m.place or m.date:
        return False  # a place or a time of its own: the fold weighs them
    if head.dep_ != "ROOT" or not _opens_a_line(head):
        return False  # "to film himself setting a lorry alight": no entry of a log
    patients = [p for p in _patients(head) if p.i != m.head.i]
    if not patients or not all(
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in p.children) for p in patients
    ):
        return False
    kin = [x for e in events for x in e.mentions if x.type == m.type and x.head.i < m.head.i]
    if not kin:
        return False
    last = max(kin, key=lambda x: x.head.i).head
    if last.sent.start == m.head.sent.start:
        return False
    between = doc_text(head.doc)[last.sent.end_char : head.sent.start_char]
    return "\n" in between
