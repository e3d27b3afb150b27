"""Command palette entries for the reader: every key action, plus actions
without keys (follow a given actor, switch article, show all layers …).

The app supplies the list through `palette_commands()`, so what the palette
offers always matches what the app can do now. Titles may hold article text
(actor names, article titles), so they are passed as `Content` (the palette
would parse a `str` as markup, and so would `Matcher.highlight`); help
strings are the app's own words only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content


@dataclass(frozen=True, slots=True)
class PaletteCommand:
    title: str
    help: str
    run: Callable[[], object]


class HasPaletteCommands(Protocol):
    def palette_commands(self) -> list[PaletteCommand]: ...


class ReaderCommands(Provider):
    """The reader's own commands."""

    def _commands(self) -> list[PaletteCommand]:
        app = self.app
        if not hasattr(app, "palette_commands"):
            return []
        return app.palette_commands()  # type: ignore[no-any-return]

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(
                Content(command.title), command.run, text=command.title, help=command.help
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score, offsets = matcher.fuzzy_search.match(matcher.query, command.title)
            if score > 0:
                shown = Content(command.title)
                for offset in offsets:
                    shown = shown.stylize("bold underline", offset, offset + 1)
                yield Hit(
                    score,
                    shown,
                    partial(command.run),
                    text=command.title,
                    help=command.help,
                )
