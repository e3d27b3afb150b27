"""Every command of the reader, declared once.

Each `Command` has an id (what a user remaps in `[keys]` of config.toml),
default keys, the action it runs, a description, and where it shows: its
footer rank (1 always shown, higher ranks dropped first when the footer is
short of room; 0 never) and its footer label, shared by the commands of a
group ("n p Quotes"). Key bindings, the footer, the help screen and the
command palette are all made from these tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content


@dataclass(frozen=True, slots=True)
class Command:
    id: str
    keys: str
    action: str
    description: str
    footer: int = 0
    label: str = ""
    """The footer's word for it (its group's, for n/p: "Quotes")."""
    palette: bool = True
    priority: bool = False
    """Runs whatever has focus (a key the focused widget would take too)."""

    def binding(self) -> Binding:
        return Binding(
            self.keys,
            self.action,
            self.description,
            show=self.footer > 0,
            id=self.id,
            priority=self.priority,
        )


# The reader screen's commands, in the order of the footer and the help.
READER: tuple[Command, ...] = (
    Command("next-quote", "n", "step('quote', True)", "Next quote", 2, "Quotes"),
    Command("previous-quote", "p", "step('quote', False)", "Previous quote", 2, "Quotes"),
    Command("next-claim", "c", "step('claim', True)", "Next claim", 4, "Claims"),
    Command("previous-claim", "C", "step('claim', False)", "Previous claim", 4, "Claims"),
    Command("next-incident", "i", "step('incident', True)", "Next incident", 4, "Incidents"),
    Command(
        "previous-incident", "I", "step('incident', False)", "Previous incident", 4, "Incidents"
    ),
    Command("speaker", "w", "speaker", "Jump between a quote and its speaker", 7, "Speaker"),
    Command("add-note", "a", "add_note", "Note on the selection or current item", 3, "Note"),
    Command("help", "question_mark", "app.help", "Help: keys and what highlights mean", 1, "Help"),
    Command("follow", "f", "follow", "Follow the current speaker (and their side)", 5, "Follow"),
    Command("search", "slash", "search", "Search the article", 3, "Search"),
    Command("panels", "s", "toggle_panels", "Show or hide the panels", 2, "Panels"),
    Command("copy", "y,ctrl+c", "copy", "Copy the selection or the current item", 6, "Copy"),
    Command(
        "overview", "o", "overview", "Briefing overview ⇄ article (several articles)", 2, "Overview"
    ),
    Command("articles", "O", "switch_article", "Switch article (a list to pick from)"),
    Command("theme", "t", "app.next_theme", "Next theme", 8, "Theme"),
    Command("messages", "m", "app.messages", "Messages: every notice so far, whole", 5, "Messages"),
    Command(
        "palette",
        "ctrl+p",
        "app.command_palette",
        "Command palette",
        6,
        "Commands",
        palette=False,
        priority=True,  # as Textual's own ctrl+p
    ),
    Command("quit", "q", "app.quit", "Quit", 1, "Quit"),
    Command("clear", "escape", "clear", "Drop the selection, stop following, unmark"),
    Command("next-panel", "right_square_bracket", "step_panel(1)", "Next side panel"),
    Command("previous-panel", "left_square_bracket", "step_panel(-1)", "Previous side panel"),
    Command("focus-next", "tab", "cycle_focus(True)", "Article ⇄ panels", palette=False),
    Command("focus-previous", "shift+tab", "cycle_focus(False)", "Panels ⇄ article", palette=False),
    Command("layer-actors", "1", "toggle_layer('actors')", "Actors highlights on/off"),
    Command("layer-quotes", "2", "toggle_layer('quotes')", "Quotes highlights on/off"),
    Command("layer-claims", "3", "toggle_layer('claims')", "Claims highlights on/off"),
    Command("layer-incidents", "4", "toggle_layer('incidents')", "Incidents highlights on/off"),
    Command("export-notes", "E", "export_notes", "Export this article's notes (Markdown)"),
    Command("undo-note", "u", "undo_note", "Bring back the note deleted last"),
)

# The article's own keys (it scrolls; shift+arrows select), as in less and vim.
ARTICLE: tuple[Command, ...] = (
    Command("line-down", "j,down", "scroll_down", "Down a line", palette=False),
    Command("line-up", "k,up", "scroll_up", "Up a line", palette=False),
    Command("page-down", "space,pagedown", "page_down", "Page down", palette=False),
    Command("page-up", "b,shift+space,pageup", "page_up", "Page up", palette=False),
    Command("top", "g,home", "scroll_home", "Top of the article", palette=False),
    Command("bottom", "G,end", "scroll_end", "End of the article", palette=False),
    Command(
        "select-word", "shift+right", "select_by('word', 1)", "Select: next word", palette=False
    ),
    Command(
        "unselect-word", "shift+left", "select_by('word', -1)", "Select: a word less", palette=False
    ),
    Command(
        "select-line", "shift+down", "select_by('line', 1)", "Select: line down", palette=False
    ),
    Command("unselect-line", "shift+up", "select_by('line', -1)", "Select: line up", palette=False),
)

# Keys of the Notes panel.
NOTES_PANEL: tuple[Command, ...] = (
    Command("edit-note", "e", "edit", "Edit the note (Notes panel)", palette=False),
    Command("delete-note", "d,delete", "delete", "Delete the note (Notes panel)", palette=False),
)

_SHARED = {command.id: command for command in READER}

# The briefing overview's commands: its own, and the reader's that it shares
# (same id, so one `[keys]` entry remaps both).
OVERVIEW: tuple[Command, ...] = (
    Command(
        "open-entry",
        "enter",
        "open_entry",
        "Open the article at this entry (briefing overview)",
        2,
        "Open",
    ),
    _SHARED["overview"],
    _SHARED["help"],
    _SHARED["panels"],
    _SHARED["theme"],
    _SHARED["messages"],
    _SHARED["palette"],
    _SHARED["quit"],
    _SHARED["next-panel"],
    _SHARED["previous-panel"],
    _SHARED["focus-next"],
    _SHARED["focus-previous"],
)

ALL: tuple[Command, ...] = (
    READER
    + ARTICLE
    + NOTES_PANEL
    + tuple(command for command in OVERVIEW if command.id not in _SHARED)
)
BY_ID: dict[str, Command] = {command.id: command for command in ALL}


def bindings(commands: Iterable[Command]) -> list[Binding]:
    return [command.binding() for command in commands]


# -- the command palette -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PaletteCommand:
    title: str
    help: str
    run: Callable[[], object]


class ReaderCommands(Provider):
    """The reader's commands in the palette: every command of the tables
    plus actions without keys (follow a given actor, a theme, an article …),
    as the reader screen lists them in `palette_commands()`.

    Titles may hold article text (actor names, article titles), so they go
    in as `Content` (a `str` would be parsed as markup)."""

    def _commands(self) -> list[PaletteCommand]:
        screen = self.screen
        listing = getattr(screen, "palette_commands", None)
        return listing() if listing is not None else []

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
                yield Hit(score, shown, partial(command.run), text=command.title, help=command.help)
