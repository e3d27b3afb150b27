"""The detail strip: who said the current quote or claim, in what role, with
which cue word; or the facts of the current incident or actor."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from tui.briefing_index import BriefingIndex, Item, ordinal
from tui.describe import (
    KIND_LABELS,
    actor_line,
    excerpt,
    incident_facts,
    incident_title,
    stance_verb,
)
from tui.safe_text import display_line

HINT = "n/p quotes · c claims · i incidents · click a highlight · s panels · ? help"


class DetailStrip(Static):
    """Two lines about the current item (or a hint when there is none)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(HINT), markup=False, id=id)
        self._shown: tuple[BriefingIndex | None, Item | None] = (None, None)

    def show(self, index: BriefingIndex | None, item: Item | None) -> None:
        self._shown = (index, item)
        if index is None or item is None:
            content = Content.assemble((HINT, "$text-muted"))
        else:
            content = describe(index, item)
        # Each line cut to the width with "…" rather than wrapped out of the
        # two rows; fixed height (app.tcss): no layout pass per keypress.
        width = self.content_region.width
        if width > 0:
            lines = content.split("\n")[:2]
            content = Content("\n").join(line.truncate(width, ellipsis=True) for line in lines)
        self.update(content, layout=False)

    def on_resize(self) -> None:
        self.show(*self._shown)


def _position(index: BriefingIndex, item: Item) -> str:
    items = index.items[item.kind]
    n = ordinal(items, item)
    return f"{n} of {len(items)}" if n else ""


def describe(index: BriefingIndex, item: Item) -> Content:
    """Content for one item: a label line, then a line of text or facts."""
    briefing = index.briefing
    if item.kind in ("quote", "claim"):
        record = index.quotes[item.id] if item.kind == "quote" else index.claims[item.id]
        speaker = briefing.actor(record.speaker)
        label = "❝ Quote" if item.kind == "quote" else "≡ Claim"
        parts: list[str | tuple[str, str]] = [
            (f"{label} {_position(index, item)}", "bold"),
            " · ",
            (actor_line(briefing, speaker), "bold $accent" if speaker else "italic $text-muted"),
        ]
        if speaker is not None or item.kind == "claim":
            parts += [" ", (stance_verb(briefing, record), "italic")]
        if record.cue is not None:
            parts += [("  cue: ", "$text-muted"), (f"“{display_line(record.cue.text)}”", "bold")]
        return Content.assemble(
            *parts,
            "\n",
            (excerpt(record.text, 200), "italic" if item.kind == "quote" else "underline"),
        )
    if item.kind == "incident":
        incident = index.incidents[item.id]
        facts = incident_facts(briefing, incident)
        return Content.assemble(
            (f"◆ Incident {_position(index, item)}", "bold"),
            " · ",
            (incident_title(incident), "bold $accent"),
            " · ",
            (" · ".join(facts) if facts else "place and date not reported", "$text-muted"),
            "\n",
            (excerpt(incident.text, 200), "italic"),
        )
    actor = index.actors.get(item.id)
    if actor is None:
        return Content("")
    mentions = index.mentions_of(actor.id)
    here = ordinal(mentions, item)
    quotes = index.quote_counts[actor.id]
    claims = index.claim_counts[actor.id]
    return Content.assemble(
        ("● Actor", "bold"),
        " · ",
        (actor_line(briefing, actor), "bold $accent"),
        " · ",
        (KIND_LABELS.get(actor.kind, actor.kind), "italic"),
        "\n",
        (
            f"mention {here} of {len(mentions)} · {quotes} quoted · {claims} reported claims"
            + (
                f" · also: {', '.join(display_line(a) for a in actor.aliases if a != actor.name)}"
                if len(actor.aliases) > 1
                else ""
            ),
            "$text-muted",
        ),
    )
