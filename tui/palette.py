"""What the command palette offers on the reader screen: every command of
the table with its key, then what has no key (show a panel, a theme, an
actor to follow, an article to open)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from tui.commands import READER, PaletteCommand
from tui.safe_text import display_line
from tui.widgets.side_panel import PANES

if TYPE_CHECKING:
    from tui.screens.reader_screen import ReaderScreen


def palette_commands(screen: ReaderScreen) -> list[PaletteCommand]:
    app = screen.app
    several = len(screen.docs) > 1
    commands = [
        PaletteCommand(
            command.description,
            f"key: {app.key_display(command)}",  # type: ignore[attr-defined]
            partial(screen.run_action, command.action),
        )
        for command in READER
        if command.palette and (several or command.id != "articles")
    ]
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
    commands += [
        PaletteCommand(
            f"Theme: {name}", "switch theme (remembered)", partial(setattr, app, "theme", name)
        )
        for name in app.theme_set.names  # type: ignore[attr-defined]
    ]
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
                f"Open article: {display_line(doc.article.title)}",
                "switch article",
                partial(setattr, screen, "number", n),
            )
            for n, doc in enumerate(screen.docs)
        ]
    return commands
