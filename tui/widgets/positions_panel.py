"""The Positions panel: who stands where, grouped by side, then actor, then
their statements with what they do ("accuses", "denies", "claims" …)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from annotate.model import Claim, Position, Quote
from tui.briefing_index import BriefingIndex, Item
from tui.describe import actor_line, excerpt, stance_verb
from tui.messages import EntryChosen
from tui.safe_text import display_line

NO_SIDE = "Other voices"


class PositionsPanel(OptionList):
    """Sides, actors and stance lines; choosing a line goes to it."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(markup=False, id=id)
        self._ids: list[str | None] = []
        self._aliases: dict[str, str] = {}
        """A quote shown inside its claim's line: quote key -> claim key."""

    def show_waiting(self, message: str) -> None:
        self._ids = []
        self.set_options([Option(Content(message), disabled=True)])

    def set_briefing(self, index: BriefingIndex) -> None:
        briefing = index.briefing
        groups: dict[str, list[tuple[int, Position, list[Quote | Claim]]]] = {}
        for position in briefing.positions:
            statements: list[Quote | Claim] = [
                index.quotes[q] for q in position.quotes if q in index.quotes
            ] + [index.claims[c] for c in position.claims if c in index.claims]
            if not statements:
                continue
            statements.sort(key=lambda s: s.start)
            side = display_line(position.side).strip() or NO_SIDE
            groups.setdefault(side, []).append((statements[0].start, position, statements))
        options: list[Option | None] = []
        ids: list[str | None] = []
        self._aliases = {}
        ordered = sorted(groups.items(), key=lambda kv: min(first for first, _, _ in kv[1]))
        for side, members in ordered:
            if options:
                options.append(None)
                ids.append(None)
            options.append(Option(Content.assemble((side.upper(), "bold $accent")), disabled=True))
            ids.append(None)
            for _, position, statements in sorted(members, key=lambda m: m[0]):
                actor = index.actors.get(position.actor)
                options.append(
                    Option(
                        Content.assemble(
                            ("● ", "$text-muted"), (actor_line(briefing, actor), "bold")
                        ),
                        id=f"actor:{position.actor}",
                    )
                )
                ids.append(f"actor:{position.actor}")
                for statement in statements:
                    kind = "quote" if isinstance(statement, Quote) else "claim"
                    holder = _holding_claim(statement, statements)
                    if holder is not None:  # "accused X of “…”": one line, not two
                        self._aliases[f"quote:{statement.id}"] = f"claim:{holder.id}"
                        continue
                    verb = stance_verb(briefing, statement)
                    text = excerpt(statement.text, 70)
                    prompt = Content.assemble(
                        "   ",
                        (f"{verb:<8}", "italic $text-muted"),
                        " ",
                        (text, "italic" if kind == "quote" else "underline"),
                    )
                    options.append(Option(prompt, id=f"{kind}:{statement.id}"))
                    ids.append(f"{kind}:{statement.id}")
        if not options:
            options = [
                Option(Content("No positions: nobody is quoted or reported."), disabled=True)
            ]
            ids = [None]
        self._ids = ids
        self.set_options(options)
        first = next((n for n, key in enumerate(ids) if key is not None), None)
        if first is not None:
            self.highlighted = first

    def show_item(self, item: Item | None) -> None:
        if item is None:
            return
        key = f"actor:{item.id}" if item.kind == "mention" else f"{item.kind}:{item.id}"
        key = self._aliases.get(key, key)
        if key in self._ids:
            self.highlighted = self._ids.index(key)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is None:
            return
        kind, _, record_id = event.option.id.partition(":")
        self.post_message(EntryChosen(kind, record_id))  # type: ignore[arg-type]


def _holding_claim(statement: Quote | Claim, statements: list[Quote | Claim]) -> Claim | None:
    """The same speaker's claim whose content holds this quote, if any."""
    if not isinstance(statement, Quote):
        return None
    for other in statements:
        if (
            isinstance(other, Claim)
            and other.start <= statement.start
            and statement.end <= other.end
        ):
            return other
    return None
