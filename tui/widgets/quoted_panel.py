"""Who is quoted: a bar per side and per actor (█ quotes in the speaker's
own words, ▒ claims reported without them), their share of all statements,
and the share of statements from unnamed sources. Enter on a bar opens the
first article where that side or actor speaks, and again the next."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from textual.content import Content

from annotate.model import QuoteCount
from tui.describe import count as plural
from tui.overview_data import Overview
from tui.quoted_bars import CLAIM_CELL, QUOTE_CELL, bar, percent, share_bar
from tui.safe_text import display_line
from tui.widgets.entry_list import Entry
from tui.widgets.set_list import SetList, blank, heading

ACTORS_SHOWN = 15
"""Actors with a bar; the others are counted in one line."""


class QuotedList(SetList):
    def entries(self, overview: Overview, width: int) -> list[Entry]:
        merged = overview.merged
        assert merged is not None
        quoted = merged.quoted
        whole = quoted.statements
        if not whole:
            return [(None, Content("No statements found in the annotated articles."))]
        rows = [*quoted.sides, *quoted.actors[:ACTORS_SHOWN]]
        name_cells = min(max(cell_len(display_line(r.name)) for r in rows), max(10, width // 3))
        cells = max(6, width - name_cells - 14)
        legend = Content.assemble(
            (QUOTE_CELL, "$quote"), " quotes  ", (CLAIM_CELL, "$claim"), " claims  ",
            (f"of {plural(whole, 'statement')}", "$text-muted"),
        )  # fmt: skip
        entries: list[Entry] = [(None, legend), blank(), heading("BY SIDE")]
        top = max(c.total for c in rows)
        entries += [_row("side", c, name_cells, cells, top, whole) for c in quoted.sides]
        entries += [blank(), heading("BY ACTOR")]
        entries += [
            _row("speaker", c, name_cells, cells, top, whole) for c in quoted.actors[:ACTORS_SHOWN]
        ]
        rest = quoted.actors[ACTORS_SHOWN:]
        if rest:
            said = sum(c.total for c in rest)
            entries.append(
                (None, Content.assemble((f" … {plural(len(rest), 'more actor', 'more actors')}, "
                                         f"{plural(said, 'statement')}",
                                         "$text-muted")))
            )  # fmt: skip
        unnamed = quoted.unnamed
        entries += [
            blank(),
            heading("UNNAMED SOURCES"),
            (
                None,
                Content.assemble(
                    " ",
                    (share_bar(quoted.unnamed_share, cells).ljust(cells), "$warning"),
                    f" {unnamed} of {whole} ({percent(unnamed, whole)})",
                ),
            ),
            (
                None,
                Content.assemble((" officials, “a source”, or no speaker named", "$text-muted")),
            ),
        ]
        return entries


def _row(kind: str, count: QuoteCount, name_cells: int, cells: int, top: int, whole: int) -> Entry:
    name = display_line(count.name)
    if cell_len(name) > name_cells:
        name = set_cell_size(name, name_cells - 1) + "…"
    drawn = bar(count.quotes, count.claims, top, cells)
    shown = Content.assemble(
        " ",
        set_cell_size(name, name_cells),
        " ",
        (drawn.quotes, "$quote"),
        (drawn.claims, "$claim"),
        " " * (cells - drawn.width),
        (f" {count.total:>3} {percent(count.total, whole):>4}", "$text-muted"),
    )
    return (f"{kind}:{count.id}", shown)
