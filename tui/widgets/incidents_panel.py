"""The Incidents panel: what happened, in document order."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.briefing_index import BriefingIndex, Item
from tui.describe import excerpt, incident_facts, incident_title
from tui.messages import EntryChosen


class IncidentsPanel(OptionList):
    """One entry per incident: type, place, date, toll, alleged perpetrator."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self._ids: list[str] = []

    def show_waiting(self, message: str) -> None:
        """Say why the list is empty (annotating, no pipeline, …)."""
        self._ids = []
        self.set_options([Option(Content(message), disabled=True)])

    def set_briefing(self, index: BriefingIndex) -> None:
        briefing = index.briefing
        incidents = [index.incidents[item.id] for item in index.items["incident"]]
        self._ids = [incident.id for incident in incidents]
        if not incidents:
            self.set_options(
                [Option(Content("No incidents reported in this article."), disabled=True)]
            )
            return
        options = []
        for n, incident in enumerate(incidents, 1):
            facts = incident_facts(briefing, incident)
            prompt = Content.assemble(
                (f"{n:>2} ◆ ", "$text-muted"),
                (incident_title(incident), "bold"),
                "\n     ",
                (
                    excerpt(" · ".join(facts), 40) if facts else "place and date not reported",
                    "$text-muted",
                ),
                "\n     ",
                (excerpt(incident.text, 40), "italic"),
            )
            options.append(Option(prompt, id=incident.id))
        self.set_options(options)
        self.highlighted = 0

    def show_item(self, item: Item | None) -> None:
        """Reflect the article's current item."""
        if item is not None and item.kind == "incident" and item.id in self._ids:
            self.highlighted = self._ids.index(item.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(EntryChosen("incident", event.option.id))
