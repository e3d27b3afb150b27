"""The Positions panel: who stands where, grouped by side, then actor, then
their statements with what they do ("accuses", "denies", "did not
confirm" …). Statements are someone's words: quoted terms and titles are
not listed. Wrapped lines hang under the statement's first word."""

from __future__ import annotations

from textual.content import Content

from annotate.model import Claim, Position, Quote
from tui.briefing_index import BriefingIndex, Item
from tui.describe import actor_line, excerpt, stance_verb
from tui.safe_text import display_line
from tui.widgets.entry_list import Entry, EntryList, hanging

NO_SIDE = "Other voices"
NOBODY = "No positions: nobody is quoted or reported."
VERB_COLUMN = 18  # a longer verb ("stopped short of blaming") takes its own line


class PositionsPanel(EntryList):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._aliases: dict[str, str] = {}
        """A quote shown inside its claim's line: quote key -> claim key."""
        self._column = 8

    def entries(self, index: BriefingIndex, width: int) -> list[Entry]:
        briefing = index.briefing
        groups: dict[str, list[tuple[int, Position, list[Quote | Claim]]]] = {}
        for position in briefing.positions:
            statements = statements_of(index, position)
            if statements:
                side = display_line(position.side).strip() or NO_SIDE
                groups.setdefault(side, []).append((statements[0].start, position, statements))
        entries: list[Entry] = []
        self._aliases = {}
        verbs = [
            stance_verb(index, statement)
            for members in groups.values()
            for _, _, statements in members
            for statement in statements
        ]
        # One verb column for the whole panel, so statements line up.
        self._column = min(max((len(v) for v in verbs), default=6), VERB_COLUMN) + 1
        for side, members in sorted(groups.items(), key=lambda kv: min(m[0] for m in kv[1])):
            if entries:
                entries.append((None, Content("")))
            entries.append((None, Content.assemble((side.upper(), "bold $accent"))))
            for _, position, statements in sorted(members, key=lambda m: m[0]):
                actor = index.actors.get(position.actor)
                who = Content.assemble((actor_line(briefing, actor), "bold"))
                entries.append(
                    (
                        f"actor:{position.actor}",
                        hanging(Content.assemble(("● ", "$text-muted")), who, 2, width),
                    )
                )
                entries += self._statements(index, statements, width)
        return entries or [(None, Content(NOBODY))]

    def _statements(
        self, index: BriefingIndex, statements: list[Quote | Claim], width: int
    ) -> list[Entry]:
        lines: list[tuple[str, str, Quote | Claim]] = []
        for statement in statements:
            kind = "quote" if isinstance(statement, Quote) else "claim"
            holder = _holding_claim(statement, statements)
            if holder is not None:  # "accused X of “…”": one line, not two
                self._aliases[f"quote:{statement.id}"] = f"claim:{holder.id}"
                continue
            lines.append((kind, stance_verb(index, statement), statement))
        column = self._column
        entries: list[Entry] = []
        for kind, verb, statement in lines:
            negated = isinstance(statement, Claim) and statement.negated
            label = Content.assemble(
                "   ", (verb, "bold italic $warning" if negated else "italic $text-muted")
            )
            body = Content.assemble(
                (excerpt(statement.text, 240), "italic" if kind == "quote" else "underline")
            )
            entries.append((f"{kind}:{statement.id}", hanging(label, body, 3 + column, width)))
        return entries

    def key_of(self, item: Item) -> str | None:
        key = f"actor:{item.id}" if item.kind == "mention" else f"{item.kind}:{item.id}"
        return self._aliases.get(key, key)


def statements_of(index: BriefingIndex, position: Position) -> list[Quote | Claim]:
    """An actor's statements in reading order: their words in quotation
    marks (not quoted terms or titles) and their reported claims."""
    quotes = [index.quotes[q] for q in position.quotes if q in index.quotes]
    claims = [index.claims[c] for c in position.claims if c in index.claims]
    found: list[Quote | Claim] = [q for q in quotes if q.is_speech] + claims
    return sorted(found, key=lambda s: s.start)


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
