"""How one screen line of the article is styled, as pure functions: the
stretches ("runs") of a line with the style names covering each, weakest
first, so that the stronger style is painted over the weaker.

Style names are the article view's component classes ("article--quote"):
actor kinds, the item styles of `BriefingIndex.highlights`, Markdown's
emphasis, and what the reader does (note, current, speaker, match,
selection).
"""

from __future__ import annotations

from tui.briefing_index import ITEM_PRIORITY

ACTOR_STYLES = ("person", "organization", "country", "place", "group")
# Item styles rank with their item kind (`ITEM_PRIORITY`).
_ITEM_STYLES = {
    "pattern": "pattern",
    "incident": "incident",
    "claim": "claim",
    "negated": "claim",
    "quote": "quote",
    "term": "quote",
}
_READER_STYLES = ("note", "speaker", "current", "match", "match-current", "selection")
_MARKDOWN_STYLES = ("bold", "italic", "code", "link")

# Later styles win where they set the same attribute: the current item and
# search matches must show through the annotation colours.
STYLE_ORDER: dict[str, int] = {
    **{name: 0 for name in (*_MARKDOWN_STYLES, *ACTOR_STYLES)},
    **{style: 1 + ITEM_PRIORITY[kind] for style, kind in _ITEM_STYLES.items()},
    **{name: 10 + n for n, name in enumerate(_READER_STYLES)},
}

Mark = tuple[int, int, str]  # (start, end, style name)
Run = tuple[int, int, list[str]]


def ordered(names: list[str]) -> list[str]:
    """Style names, weakest first. Ties keep the order of the marks (sorted
    by start), so a mention inside another ("NATO" in "a top NATO
    official") wins; a set here made the winner vary from run to run."""
    return sorted(dict.fromkeys(names), key=lambda name: STYLE_ORDER.get(name, 0))


def runs(start: int, end: int, marks: list[Mark]) -> list[Run]:
    """Split [start, end) at every mark's edge; each run with the names of
    the marks covering it, weakest first."""
    if not marks:
        return [(start, end, [])]
    cuts = {start, end}
    for a, b, _ in marks:
        if start < a < end:
            cuts.add(a)
        if start < b < end:
            cuts.add(b)
    points = sorted(cuts)
    return [
        (a, b, ordered([name for s, e, name in marks if s <= a and e >= b]))
        for a, b in zip(points, points[1:], strict=False)
    ]


def visible_pieces(start: int, end: int, hidden: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) without the hidden stretches (Markdown markers)."""
    pieces: list[tuple[int, int]] = []
    here = start
    for a, b in hidden:
        if b <= here or a >= end:
            continue
        if a > here:
            pieces.append((here, a))
        here = max(here, b)
    if here < end:
        pieces.append((here, end))
    return pieces
