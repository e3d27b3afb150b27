"""A date told after an event's noun that the parser hung on the verb above
it: "Police recall the sabotage on the rail network in October 2022". A
verb in the present tense ("recall", "are investigating", "describes")
cannot have happened in a past month, nor can remembering ("recalled",
"commemorated") be the time of what is remembered: the date is the event's. Only the
phrases running on straight after the noun count, and never a trial's
verb ("charge", "try"), whose own time it may be.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from annotate.model import DateRef

_PRESENT = frozenset({"VBP", "VBZ"})
# Verbs of remembering, whose time is never that of what they recall.
_REMEMBERING = frozenset("recall remember commemorate mark evoke echo resemble cite".split())


def recalled_date(
    head: Token, legal: set[str], first_date: Callable[[list[Token]], DateRef | None]
) -> DateRef | None:
    """The date of the phrases after the event's noun that hang on a verb
    in the present tense; None otherwise."""
    verb = head.head
    if head.pos_ != "NOUN" or head.dep_ != "dobj" or verb.lemma_.lower() in legal:
        return None
    if not _present(verb) and verb.lemma_.lower() not in _REMEMBERING:
        return None
    phrases, at = [], head.right_edge.i + 1
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > head.i):
        if prep.i != at:
            break  # only phrases running on straight after the noun
        phrases.append(prep)
        at = prep.right_edge.i + 1
    return first_date([t for p in phrases for t in p.subtree]) if phrases else None


def _present(verb: Token) -> bool:
    """ "recall", "describes", "are investigating", "is still looking into"."""
    if verb.tag_ in _PRESENT:
        return not any(c.dep_ == "aux" for c in verb.children)
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and bool(auxes) and all(a.tag_ in _PRESENT for a in auxes)
