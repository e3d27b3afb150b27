"""The help screen (`?`): every key from the app's own bindings, and what
each highlight looks like."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

LEGEND: tuple[tuple[str, str, str], ...] = (
    ("Jane Smith", "bold $actor-person", "a person (bold)"),
    ("the Council", "bold $actor-organization", "an organisation (bold)"),
    ("Norway", "bold $actor-country", "a country (bold)"),
    ("“a quotation”", "italic $quote", "a quote (italic)"),
    ("reported speech", "underline $claim", "a claim (underlined)"),
    ("◆ a fire", "bold $incident on $incident-background", "an incident (bold, ◆ in the margin)"),
    (
        "▶ current",
        "bold $current on $current-background",
        "the current item (bold, ▶ ▎ in the margin)",
    ),
    ("match", "reverse $match", "a search match (reversed)"),
    ("✎ noted", "$note on $note-background", "a passage with a note (✎ in the margin)"),
)


class HelpScreen(ModalScreen[None]):
    """Keys and legend; any of Escape, q, ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
    ]

    def __init__(self, keys: list[tuple[str, str]], themes_dir: str) -> None:
        super().__init__()
        self._keys = keys
        self._themes_dir = themes_dir

    def compose(self) -> ComposeResult:
        width = max((len(key) for key, _ in self._keys), default=4) + 2
        parts: list[str | tuple[str, str]] = [("Keys\n", "bold $accent")]
        for key, description in self._keys:
            parts += [(f"  {key:<{width}}", "bold"), f"{description}\n"]
        parts += ["\n", ("What the highlights mean\n", "bold $accent")]
        for sample, style, meaning in LEGEND:
            parts += ["  ", (sample, style), f"  {meaning}\n"]
        parts += [
            "\n",
            ("Themes\n", "bold $accent"),
            "t cycles the themes; ctrl+p then “Theme” lists them. Your own theme files "
            f"(TOML, like the bundled ones) go in {self._themes_dir}\n",
        ]
        body = VerticalScroll(id="help-body")
        body.border_title = "Help"
        body.border_subtitle = "↑ ↓ scroll · Esc closes"
        with body:
            yield Static(Content.assemble(*parts), markup=False, id="help-text")
