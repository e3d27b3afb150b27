"""Where the moving keys go (`n` `c` `i` and their reverses, `w`, Enter on
a panel entry), as pure functions of the briefing and where the reader is."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from tui.briefing_index import LAYER_OF, LAYERS, NOUNS, BriefingIndex, Item, ordinal
from tui.safe_text import display_line


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


@dataclass(frozen=True, slots=True)
class Move:
    """What a key does: the item to go to (None: stay) and what to say."""

    target: Item | None
    said: str = ""


LAYER_KEYS = {layer: str(n) for n, layer in enumerate(LAYERS, 1)}


def step_key(
    index: BriefingIndex,
    kind: str,
    forward: bool,
    *,
    layers: frozenset[str],
    following: str | None,
    current: Item | None,
    top: int,
) -> Move:
    """n p c C i I: the next or previous item of a kind (of the followed
    side, for quotes), never one whose layer is hidden. `current` is the
    current item if it is on screen, `top` the offset at the screen's top."""
    layer = LAYER_OF[kind]
    if layer not in layers:
        return Move(None, f"{layer.capitalize()} are hidden: {LAYER_KEYS[layer]} shows them again.")
    label, items = kind, index.items[kind]
    if kind == "quote" and following is not None:
        label, items = index.speaker_items(following)
    moved = step_from(items, current, top, forward)
    if moved is None:
        return Move(None, f"No {NOUNS[label][1]} in this article.")
    said = (
        f"Wrapped around to the {'first' if forward else 'last'} {label}." if moved.wrapped else ""
    )
    return Move(moved.target, said)


def speaker_key(index: BriefingIndex, current: Item | None, back_to: Item | None) -> Move:
    """w: from a quote or claim to its speaker's mention there, and from
    that mention back to `back_to`, the statement it came from."""
    if back_to is not None and current is not None and current == index.source_of(back_to):
        return Move(back_to)
    source = index.source_of(current)
    if current is None or current.kind not in ("quote", "claim"):
        return Move(None, "Go to a quote (n) or claim (c) first: w jumps to who said it.")
    if source is None:
        speaker = index.speaker_of(current)
        if speaker is None:
            return Move(None, "No speaker was found for this one.")
        return Move(None, f"{display_line(speaker.name)} is not named at this {current.kind}.")
    return Move(source, f"The {current.kind}'s speaker here: w goes back to the {current.kind}.")


def entry_key(index: BriefingIndex, kind: str, record_id: str, current: Item | None) -> Move:
    """Enter on a panel's entry: its place in the article; again, on an
    incident or an actor, its next mention."""
    if kind == "incident":
        items = index.incident_mentions(record_id)
    elif kind == "actor":
        items = index.mentions_of(record_id)
    else:
        found = index.item_for(kind, record_id)
        items = [found] if found is not None else []
    if not items:
        return Move(None)
    target, number = next_of(items, current)
    said = f"Mention {number} of {len(items)}: Enter again for the next." if len(items) > 1 else ""
    return Move(target, said)


@dataclass(frozen=True, slots=True)
class Follow:
    """What `f` does: follow `actor` (None: stop following), or, when
    `change` is False, nothing but say so."""

    actor: str | None
    said: str = ""
    change: bool = True


def follow_key(
    index: BriefingIndex, chosen: str | None, current: Item | None, following: str | None
) -> Follow:
    """f: follow the actor `chosen` in the Actors list, else the current
    item's speaker; again (or with no actor at hand) stops following."""
    if chosen is None:
        speaker = index.speaker_of(current)
        chosen = speaker.id if speaker is not None else None
    if following is not None and chosen in (None, following):
        return Follow(None, "Stopped following.")
    if chosen is None:
        return Follow(
            None,
            "Choose an actor first: go to a quote with a speaker, click a name, "
            "or pick one in the Actors list.",
            change=False,
        )
    return Follow(chosen)
