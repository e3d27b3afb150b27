"""Acts told as repeated over many occasions: "Balloons have crossed from
Belarus dozens of times this year", "balloon incursions closed Vilnius
Airport on several nights". The clause tells a run of events, a pattern,
never one of them ("the drone circled the site several times" is one
flight, and stays an event).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.parse_spans import span_text

_MANY = re.compile(
    r"\b(?:(?:dozens|hundreds|scores|thousands) of|many|numerous|countless|repeated) times\b"
    r"|\bon (?:several|many|numerous|multiple|repeated|successive|consecutive|a number of|"
    r"dozens of) (?:nights|days|evenings|mornings|weekends|occasions)\b",
    re.IGNORECASE,
)
# The verb's own phrases: what hangs on another clause ("after drones had
# crossed dozens of times") is that clause's.
_OWN = frozenset({"prep", "npadvmod", "dobj", "advmod", "pobj"})


def repeated(head: Token) -> bool:
    """The incident's clause says it happened on many occasions."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    own = [c for c in verb.children if c.dep_ in _OWN]
    return any(_MANY.search(span_text(c.doc[c.left_edge.i : c.right_edge.i + 1])) for c in own)
