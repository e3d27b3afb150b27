"""One event told twice, as a company's or an authority's statement does: a
lead ("An explosion occurred in Building 7 of our plant at Mühlau") and then
the full telling ("At about 05:40 on Tuesday, an explosion occurred in the
hall of Building 7"). A later mention of the same type that names again a
numbered or named site of an event told before ("Building 7", "Hall 3",
"Unit 2"), on no other day, is that event, even said with "an".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from annotate.incident_date_match import same_date
from annotate.incident_mention import Event, Mention

_TIMES = frozenset({"DATE", "TIME"})


def _sites(head: Token) -> set[str]:
    """ "building 7", "hall 3": a noun with a number after it in the clause."""
    sent: Span = head.sent
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    found = set()
    for t in verb.subtree:
        if t.sent != sent or t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ in _TIMES:
            continue
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if after is not None and after.like_num and after.ent_type_ not in _TIMES:
            found.add(f"{t.lower_} {after.lower_}")
    return found


def site_again(m: Mention, events: list[Event]) -> Event | None:
    """The one earlier event of the mention's type whose telling names the
    same numbered site, with no day that differs."""
    if m.separate or m.headline:
        return None
    sites = _sites(m.head)
    if not sites:
        return None
    kin = [
        e
        for e in events
        if any(x.type == m.type and not x.headline and sites & _sites(x.head) for x in e.mentions)
    ]
    if len(kin) != 1:
        return None
    told = kin[0]
    if any(x.date and m.date and not same_date(m.date, x.date) for x in told.mentions):
        return None
    if _again(m.head):
        return None  # "an explosion occurred in Building 7 again": another one
    return told


def _again(head: Token) -> bool:
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    return any(c.lower_ in ("again", "anew") for c in verb.children)
