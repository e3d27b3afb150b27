"""An inquiry names its event with the event's own time: "Detectives
investigating a fire at a warehouse on Mill Road on 2 October", "officers
probing the explosion at a substation in Leeds on Saturday night". The
parser hangs the phrases after the event's noun on the verb of inquiry; the
run of them right after the noun is still the noun's (an inquiry goes on,
it has no day of its own there)."""

from __future__ import annotations

from spacy.tokens import Token

_INQUIRING = frozenset({"investigate", "probe", "examine", "review", "study"})
_INTO = frozenset({"look", "inquire", "enquire"})
# "investigating the blast since Friday": how long the inquiry has run.
_INQUIRY_TIMES = frozenset({"since", "for", "until", "till", "after", "before"})


def _inquiry(head: Token) -> Token | None:
    """The verb of inquiry whose object is `head`: "investigating X",
    "looking into X"."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in _INQUIRING:
        return head.head
    if head.dep_ == "pobj" and head.head.lower_ == "into":
        verb = head.head.head
        return verb if verb.lemma_.lower() in _INTO | _INQUIRING else None
    return None


def inquired_phrases(head: Token) -> list[Token]:
    """The words of the phrases right after the event's noun that the
    parser hung on the inquiry verb instead ("at a warehouse", "on 2 October")."""
    verb = _inquiry(head)
    if verb is None:
        return []
    end = max(t.i for t in head.subtree) + 1
    out: list[Token] = []
    for prep in sorted(
        (c for c in verb.children if c.dep_ == "prep" and c.i >= end), key=lambda c: c.i
    ):
        if prep.i != end or prep.lower_ in _INQUIRY_TIMES:
            break  # not right after ("..., police said on Friday"), or the inquiry's time
        words = list(prep.subtree)
        out += words
        end = max(t.i for t in words) + 1
    return out
