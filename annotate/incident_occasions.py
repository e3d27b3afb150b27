"""A few blasts or fires told together as one occasion: "two blasts at an
arms depot killed two workers", "three explosions rocked the port on Tuesday
night". Counted, yet one event, unlike "two attacks in July" (a tally)."""

from __future__ import annotations

import re

from spacy.tokens import Token

_BURSTS = frozenset({"explosion", "blast", "detonation", "fire", "blaze"})
_DAY = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"overnight|last night|\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b)",
    re.IGNORECASE,
)


def one_occasion(noun: Token, has_toll: bool) -> bool:
    """A subject counted two or three, of a past verb done to or at one
    singular thing, with a toll or a day: one event told as its bursts."""
    if noun.lemma_.lower() not in _BURSTS or noun.tag_ not in ("NNS", "NNPS"):
        return False
    counts = [c for c in noun.children if c.dep_ == "nummod" and c.ent_type_ != "DATE"]
    verb = noun.head
    if [c.lower_ for c in counts] not in (["two"], ["three"], ["2"], ["3"]):
        return False
    if noun.dep_ != "nsubj" or verb.tag_ != "VBD":
        return False
    things = [c for c in verb.children if c.dep_ == "dobj"]
    things += [g for p in noun.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    if not any(t.tag_ in ("NN", "NNP") for t in things) and not _one_named_place(noun):
        return False  # "two fires at warehouses": many places, many events
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1].text
    return has_toll or bool(_DAY.search(clause))


_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _one_named_place(noun: Token) -> bool:
    """ "two explosions at the ammunition depots in Vrbětice": the depots are
    one site, the one place named in the phrase (not "in X and Y")."""
    named = [
        t
        for t in noun.subtree
        if (t.ent_type_ in _PLACES and t.ent_iob_ == "B")
        or (t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ in ("in", "near"))
    ]
    return len({t.i for t in named}) == 1 and not any(t.dep_ == "conj" for t in named[0].subtree)
