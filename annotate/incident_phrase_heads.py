"""Which word of a matched phrase stands for the incident."""

from __future__ import annotations

from spacy.tokens import Span, Token


def phrase_head(span: Span) -> Token:
    """ "drone flights" misparsed with "drone" as a verb: the noun is the act;
    but a device that "burst into flames" did it, and the verb is the act
    (the flames are no plural of events)."""
    head = span.root
    if head.pos_ != "VERB" or span[-1].pos_ != "NOUN":
        return head
    if span[-1].dep_ == "pobj" and head.lemma_ == "burst":
        return head
    return span[-1]
