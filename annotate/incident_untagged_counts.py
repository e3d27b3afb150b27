"""A count of days the tagger left untagged: "Yemen's Houthi rebels struck a
cargo ship in the Red Sea a day later", "... hit a depot two days earlier".
The phrase hangs on the event's verb; it is counted from the day told
before it (`incident_told_time.resolve_told_from`).
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_dates import offset_days
from annotate.model import DateRef

_COUNTED = frozenset({"later", "earlier"})


def untagged_count(head: Token) -> DateRef | None:
    """The count of days on the event's verb, as a date yet to be counted."""
    verb = head if head.pos_ == "VERB" else head.head
    if verb.pos_ != "VERB" or any(w.ent_type_ == "DATE" for w in verb.subtree):
        return None  # "Five days earlier, on Monday 17 August": the day is told
    for word in verb.children:
        if word.dep_ != "advmod" or word.lower_ not in _COUNTED or word.ent_type_:
            continue
        phrase = head.doc[word.left_edge.i : word.i + 1].text
        if word.left_edge.i < word.i and offset_days(phrase) is not None:
            return DateRef(phrase, None)
    return None
