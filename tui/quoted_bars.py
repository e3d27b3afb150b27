"""Bars of "Who is quoted", drawn in block characters: readable without
colour, since quotes and claims differ in their glyph, not only their hue."""

from __future__ import annotations

from dataclasses import dataclass

QUOTE_CELL = "█"  # statements in the speaker's own words
CLAIM_CELL = "▒"  # statements reported without their words
EIGHTHS = " ▏▎▍▌▋▊▉"


@dataclass(frozen=True, slots=True)
class Bar:
    quotes: str  # cells of quotes
    claims: str  # cells of claims

    @property
    def width(self) -> int:
        return len(self.quotes) + len(self.claims)


def bar(quotes: int, claims: int, top: int, cells: int) -> Bar:
    """A bar for `quotes` + `claims` statements, `cells` wide at `top`.
    Any statement at all shows as at least one cell; the claims part is
    what the total adds to the quotes part, so rounding never makes the
    whole bar longer than its total."""
    if top <= 0 or cells <= 0 or quotes + claims <= 0:
        return Bar("", "")
    total_cells = max(1, round(cells * (quotes + claims) / top))
    quote_cells = min(total_cells, round(cells * quotes / top)) if quotes else 0
    if quotes and not quote_cells:
        quote_cells = 1
    claim_cells = total_cells - quote_cells
    if claims and not claim_cells and total_cells > 1:
        quote_cells, claim_cells = quote_cells - 1, 1
    return Bar(QUOTE_CELL * quote_cells, CLAIM_CELL * claim_cells)


def share_bar(fraction: float, cells: int) -> str:
    """A bar of a share (0 to 1), in eighths of a cell."""
    eighths = round(max(0.0, min(fraction, 1.0)) * cells * 8)
    full, part = divmod(eighths, 8)
    return QUOTE_CELL * full + (EIGHTHS[part] if part else "")


def percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "0%"
