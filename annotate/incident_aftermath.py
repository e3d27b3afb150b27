"""A fire told as coming right after an event told before ("a fire broke out
at a grain silo after the strike", "firefighters battled a blaze at the port
after the drone attack") is what that event set off: one event, not two.
Not when a time passed between ("two days after the attack") or the fire has
its own day, and only where the places agree."""

from __future__ import annotations

from collections.abc import Callable

from annotate.incident_mention import Event, Mention

_RIGHT_AFTER = frozenset({"after", "during", "in"})
_SET_OFF = frozenset({"strike", "explosion"})


def fires_set_off(events: list[Event], agrees: Callable[[Mention, Event], bool]) -> list[Event]:
    """The events, a fire that only follows a told strike or blast joined to it."""
    joined: set[int] = set()
    for fire in events:
        if len(fire.mentions) != 1 or fire.mentions[0].type != "fire":
            continue
        m = fire.mentions[0]
        if m.date is not None or m.separate or m.headline:
            continue
        cause = next(
            (
                e
                for e in events
                if e is not fire
                and id(e) not in joined
                and any(_right_after(x, m) for x in e.mentions)
                and any(x.type in _SET_OFF for x in e.mentions)
            ),
            None,
        )
        if cause is not None and agrees(m, cause):
            cause.mentions.append(m)
            joined.add(id(fire))
    return [e for e in events if id(e) not in joined]


def _right_after(x: Mention, fire: Mention) -> bool:
    """ "... after the strike", in the fire's own clause, with no time between."""
    if not x.time_point or x.sentence != fire.sentence:
        return False
    prep = x.head.head
    if prep.lower_ not in _RIGHT_AFTER or any(c.dep_ == "npadvmod" for c in prep.children):
        return False
    return prep.head.i in (fire.head.i, fire.head.head.i)
