"""Stepping from one item to the next (`n`, `c`, `i` and their reverses),
as pure functions of the items and where the reader is."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from tui.briefing_index import Item, ordinal


@dataclass(frozen=True, slots=True)
class Step:
    """Where a key goes, and whether it went round the end of the article."""

    target: Item
    wrapped: bool


def step(items: list[Item], current: Item | None, anchor: int, forward: bool) -> Item | None:
    """The next (or previous) item in document order, wrapping around: from
    `current` when it is one of `items`, else from the offset `anchor`."""
    if not items:
        return None
    if current is not None:
        index = bisect_left(items, current.key, key=lambda i: i.key)
        if forward:
            if index < len(items) and items[index].key == current.key:
                index += 1
            return items[index % len(items)]
        return items[(index - 1) % len(items)]
    index = bisect_left(items, anchor, key=lambda i: i.start)
    return items[index % len(items)] if forward else items[(index - 1) % len(items)]


def step_from(items: list[Item], current: Item | None, top: int, forward: bool) -> Step | None:
    """Where `n` (or `p`) goes: on from the current item when it is on
    screen (None when it was scrolled or searched away), else on from `top`,
    the offset at the top of the screen. From an item of another kind (a
    claim, when stepping through quotes) it goes to the next one after it."""
    if not items:
        return None
    same = current if current is not None and ordinal(items, current) else None
    anchor = current.start if current is not None else top
    if current is not None and same is None and forward:
        anchor = current.start + 1
    target = step(items, same, anchor, forward)
    if target is None:
        return None
    origin = same.start if same is not None else anchor
    wrapped = target.start < origin if forward else target.start > origin
    return Step(target, wrapped)


def next_of(items: list[Item], current: Item | None) -> tuple[Item, int]:
    """Where Enter on a panel entry goes: its first item, or the one after
    the current item when that is one of them (round the end), with its
    1-based place: Enter again steps through an incident's mentions."""
    here = ordinal(items, current) if current is not None else 0
    number = here % len(items) + 1 if here else 1
    return items[number - 1], number
