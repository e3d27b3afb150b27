"""The Incidents panel: what happened, one entry per event in document
order (Enter goes to it, and again steps through its mentions); then the
patterns, under their own heading, which are kinds of incident the article
speaks of rather than events."""

from __future__ import annotations

from textual.content import Content

from tui.briefing_index import BriefingIndex, Item
from tui.describe import excerpt, incident_facts, incident_title
from tui.safe_text import display_line
from tui.widgets.entry_list import Entry, EntryList, hanging

INDENT = 5
NONE = "No incidents reported in this article."
PATTERNS = "PATTERNS · not single events"


class IncidentsPanel(EntryList):
    def entries(self, index: BriefingIndex, width: int) -> list[Entry]:
        briefing = index.briefing
        entries: list[Entry] = []
        for n, item in enumerate(index.items["incident"], 1):
            incident = index.incidents[item.id]
            facts = incident_facts(briefing, incident)
            mentions = len(index.incident_mentions(incident.id))
            lines = [
                hanging(
                    Content.assemble((f"{n:>2} ◆ ", "$text-muted")),
                    Content.assemble((incident_title(incident), "bold")),
                    INDENT,
                    width,
                ),
                hanging(
                    Content(""),
                    Content.assemble(
                        (
                            " · ".join(facts) if facts else "place and date not reported",
                            "$text-muted",
                        )
                    ),
                    INDENT,
                    width,
                ),
                hanging(
                    Content(""),
                    Content.assemble((excerpt(incident.text, 120), "italic")),
                    INDENT,
                    width,
                    lines=2,
                ),
            ]
            if mentions > 1:
                lines.append(
                    hanging(
                        Content(""),
                        Content.assemble(
                            (f"{mentions} mentions · Enter again for the next", "$text-muted")
                        ),
                        INDENT,
                        width,
                    )
                )
            entries.append((f"incident:{incident.id}", Content("\n").join(lines)))
        if not entries:
            entries.append((None, Content(NONE)))
        if index.items["pattern"]:
            entries += [(None, Content("")), (None, Content.assemble((PATTERNS, "bold $accent")))]
            for item in index.items["pattern"]:
                pattern = index.patterns[item.id]
                place = f" · {display_line(pattern.place)}" if pattern.place else ""
                shown = Content("\n").join(
                    [
                        hanging(
                            Content.assemble(("   ◇ ", "$text-muted")),
                            Content.assemble(
                                (incident_title(pattern), "bold"), (place, "$text-muted")
                            ),
                            INDENT,
                            width,
                        ),
                        hanging(
                            Content(""),
                            Content.assemble((excerpt(pattern.text, 120), "italic")),
                            INDENT,
                            width,
                            lines=2,
                        ),
                    ]
                )
                entries.append((f"pattern:{pattern.id}", shown))
        return entries

    def key_of(self, item: Item) -> str | None:
        return f"{item.kind}:{item.id}" if item.kind in ("incident", "pattern") else None
