"""What the command palette offers on the reader screen: every command of
the table with its key, then what has no key (show a panel, a theme, an
actor to follow, an article to open)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.app import App
from textual.screen import Screen

from tui.commands import READER, Command, PaletteCommand
from tui.safe_text import display_line
from tui.widgets.side_panel import PANES

if TYPE_CHECKING:
    from tui.screens.reader_screen import ReaderScreen


def keyed_commands(screen: Screen, commands: Iterable[Command]) -> list[PaletteCommand]:
    """The commands of a table that the palette offers, each with its key."""
    return [
        PaletteCommand(
            command.description,
            f"key: {screen.app.key_display(command)}",  # type: ignore[attr-defined]
            partial(screen.run_action, command.action),
        )
        for command in commands
        if command.palette
    ]


def theme_commands(app: App) -> list[PaletteCommand]:
    return [
        PaletteCommand(
            f"Theme: {name}", "switch theme (remembered)", partial(setattr, app, "theme", name)
        )
        for name in app.theme_set.names  # type: ignore[attr-defined]
    ]


def palette_commands(screen: ReaderScreen) -> list[PaletteCommand]:
    app = screen.app
    several = len(screen.docs) > 1
    commands = keyed_commands(
        screen, (c for c in READER if several or c.id not in ("articles", "overview"))
    )
    commands += [
        PaletteCommand("Show all highlights", "every layer on", partial(screen.show_layers, True)),
        PaletteCommand("Hide all highlights", "plain text", partial(screen.show_layers, False)),
    ]
    commands += [
        PaletteCommand(
            f"Show the {pane.capitalize()} panel",
            "side panel",
            partial(screen.action_show_panel, pane),
        )
        for pane in PANES
    ]
    commands += theme_commands(app)
    index = screen.index
    if index is not None:
        for actor in sorted(index.actors.values(), key=lambda a: -len(a.mentions)):
            others = len(index.side(actor.id)) - 1
            side = f" and the {others} affiliated with it" if others else ""
            commands.append(
                PaletteCommand(
                    f"Follow {display_line(actor.name)}",
                    f"n/p then step through the statements of this actor{side}",
                    partial(screen.follow, actor.id),
                )
            )
    if several:
        commands += [
            PaletteCommand(
                f"Open article: {doc.title}",
                "switch article",
                partial(setattr, screen, "number", n),
            )
            for n, doc in enumerate(screen.docs)
        ]
    return commands
