"""The help screen (`?`): every key from the command tables (as the user
has mapped them), the id to remap it by, and what each highlight looks like."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

LEGEND: tuple[tuple[str, str, str], ...] = (
    ("Jane Smith", "bold $actor-person", "a person (bold)"),
    ("the Council", "bold $actor-organization", "an organisation (bold)"),
    ("Norway", "bold $actor-country", "a country (bold)"),
    ("“a quotation”", "italic $quote", "someone's words (italic; n steps through them)"),
    ("“a term”", "$term", "a quoted term or title (not a statement)"),
    ("reported speech", "underline $claim", "a claim (underlined)"),
    ("did not say", "underline $negated", "a claim the speaker did not make (negated)"),
    ("◆ a fire", "bold $incident on $incident-background", "an incident (bold, ◆ in the margin)"),
    ("a campaign", "$incident", "a pattern: a kind of incident, not one event"),
    ("Zakharova", "underline", "the current quote's speaker (w jumps there and back)"),
    (
        "▶ current",
        "bold $current on $current-background",
        "the current item (bold, ▶ ▎ in the margin)",
    ),
    ("match", "reverse $match", "a search match (reversed)"),
    ("✎ noted", "$note on $note-background", "a passage with a note (✎ in the margin)"),
)
KEYS_WIDTH_MAX = 26
"""Cells of the keys' column at most, its padding included."""


class HelpScreen(ModalScreen[None]):
    """Keys and legend; any of Escape, q, ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
    ]

    def __init__(self, keys: list[tuple[str, str, str]], themes_dir: str) -> None:
        """`keys` are (keys as shown, what they do, command id)."""
        super().__init__()
        self._keys = keys
        self._themes_dir = themes_dir

    def compose(self) -> ComposeResult:
        # Keys and what they do in two columns, so that a description that
        # wraps (60 columns) stays in its column, clear of the keys.
        rows = [
            *(
                (key, description, f"  [{command_id}]")
                for key, description, command_id in self._keys
            ),
            (
                self.app.get_key_display(Binding("enter", "")),
                "Go to the chosen panel entry; again: its next mention (panels)",
                "",
            ),
        ]
        parts: list[str | tuple[str, str]] = [
            "\n",
            ("What the highlights mean\n", "bold $accent"),
        ]
        for sample, style, meaning in LEGEND:
            parts += ["  ", (sample, style), f"  {meaning}\n"]
        parts += [
            "\n",
            ("Your own keys and themes\n", "bold $accent"),
            'Remap a key in the [keys] table of config.toml, by id: next-quote = "n,j". '
            "t cycles the themes; ctrl+p then “Theme” lists them. Your own theme files "
            f"(TOML, like the bundled ones) go in {self._themes_dir}\n",
        ]
        body = VerticalScroll(id="help-body")
        body.border_title = "Help"
        body.border_subtitle = "↑ ↓ scroll · Esc closes"
        with body:
            yield Static(
                Content.assemble(("Keys", "bold $accent"), ("  (id in brackets)", "$text-muted")),
                markup=False,
            )
            # The keys' column fits the longest keys ("b / shift+space / pgup")
            # where there is room, so that they read on one line.
            longest = max(Content(key).cell_length for key, _, _ in rows) + 2  # padding
            key_width = min(longest, KEYS_WIDTH_MAX) if self.app.size.width >= 80 else 16
            for key, description, command_id in rows:
                with Horizontal(classes="help-row"):
                    keys = Static(Content(key), markup=False, classes="help-key")
                    keys.styles.width = key_width
                    yield keys
                    yield Static(
                        Content.assemble(description, (command_id, "$text-muted")),
                        markup=False,
                        classes="help-what",
                    )
            yield Static(Content.assemble(*parts), markup=False, id="help-text")
