"""The reader's keys for highlight layers and side panels: 1-4 show or hide
a layer, s hides the panels (or, narrow, swaps them with the article), Tab
moves between article and list, [ ] bring a panel to the front (a mixin of
`ReaderScreen`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.briefing_index import LAYERS
from tui.navigation import LAYER_KEYS

if TYPE_CHECKING:
    from tui.screens.reader_screen import ReaderScreen


class PanelActions:
    """Actions on layers, panels and focus."""

    def action_toggle_layer(self: ReaderScreen, layer: str) -> None:
        self.layers = self.layers ^ {layer}
        if layer not in self.layers and self.current is not None and self.current.layer == layer:
            self.current = None  # a hidden item is no longer "Quote 2 of 14"
        state = "shown" if layer in self.layers else f"hidden ({LAYER_KEYS[layer]} shows them)"
        self.say(f"{layer.capitalize()} {state}.")

    def show_layers(self: ReaderScreen, shown: bool) -> None:
        self.layers = frozenset(LAYERS) if shown else frozenset()

    def action_toggle_panels(self: ReaderScreen) -> None:
        if self.narrow:
            self.panels_open = not self.panels_open
        else:
            self.panels_hidden = not self.panels_hidden

    def action_cycle_focus(self: ReaderScreen, forward: bool) -> None:
        """Tab: between the article and the side panel's list."""
        if self.narrow:
            self.panels_open = not self.panels_open
            return
        if self.panels_hidden:
            self.panels_hidden = False
        if self.side.holds(self.focused):
            self.view.focus()
        else:
            self.side.focus_list()

    def action_show_panel(self: ReaderScreen, pane: str) -> None:
        """Bring one side panel to the front, and focus it."""
        self.side.active = pane
        if self.narrow:
            self.panels_open = True
        else:
            self.panels_hidden = False
        self.side.focus_list()

    def action_step_panel(self: ReaderScreen, step: int) -> None:
        self.action_show_panel(self.side.following(step))
