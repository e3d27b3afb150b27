"""The side panel: Incidents, Positions, Actors and Notes as tabs.

It passes the reader screen's state (bound to its own reactives) on to the
panels, and knows which panel is in front and how to focus its list (the
tab strip itself never takes focus: Tab goes straight to the list)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import TabbedContent, TabPane, Tabs

from tui.briefing_index import BriefingIndex, Item
from tui.notes.model import Note
from tui.notes.panel import NotesPanel
from tui.widgets.actors_panel import ActorsPanel
from tui.widgets.incidents_panel import IncidentsPanel
from tui.widgets.positions_panel import PositionsPanel

PANES = ("incidents", "positions", "actors", "notes")  # the tabs, in order


class SidePanel(Vertical):
    index: reactive[BriefingIndex | None] = reactive(None, init=False)
    current: reactive[Item | None] = reactive(None, init=False)
    waiting: reactive[str] = reactive("", init=False)
    notes: reactive[tuple[Note, ...]] = reactive((), init=False, always_update=True)

    def compose(self) -> ComposeResult:
        bound = {
            "index": SidePanel.index,
            "current": SidePanel.current,
            "waiting": SidePanel.waiting,
        }
        with TabbedContent():
            with TabPane("Incidents", id="tab-incidents"):
                yield IncidentsPanel(id="incidents").data_bind(**bound)
            with TabPane("Positions", id="tab-positions"):
                yield PositionsPanel(id="positions").data_bind(**bound)
            with TabPane("Actors", id="tab-actors"):
                yield ActorsPanel(id="actors").data_bind(**bound)
            with TabPane("Notes", id="tab-notes"):
                yield NotesPanel(id="notes").data_bind(SidePanel.notes)

    def on_mount(self) -> None:
        self.query_one(Tabs).can_focus = False

    @property
    def active(self) -> str:
        """The panel in front ("incidents", …)."""
        return self.query_one(TabbedContent).active.removeprefix("tab-")

    @active.setter
    def active(self, pane: str) -> None:
        self.query_one(TabbedContent).active = f"tab-{pane}"

    def following(self, step: int) -> str:
        """The panel `step` tabs on from the one in front, round the end."""
        here = PANES.index(self.active) if self.active in PANES else 0
        return PANES[(here + step) % len(PANES)]

    def focus_list(self) -> None:
        pane = self.query_one(TabbedContent).active_pane
        if pane is not None:
            focusable = [w for w in pane.query("*") if w.can_focus]
            if focusable:
                focusable[0].focus()

    def holds(self, widget: Widget | None) -> bool:
        return widget is not None and self in widget.ancestors
