"""The detail strip: who said the current quote or claim, in what role, with
which cue word; or the facts of the current incident or actor; or what a
quoted term or a pattern is.

Its top rule carries the reader's short messages ("Wrapped around to the
first quote.") for a few seconds or until the next key: they hide nothing there. A message too
long for the rule (a narrow terminal) takes the strip's two lines instead;
one longer still ends in "… m:
messages", where it is whole (`tui.notices`)."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Static

from tui.briefing_index import BriefingIndex, Item, ordinal
from tui.describe import (
    KIND_LABELS,
    QUOTE_KINDS,
    actor_line,
    actor_name,
    count,
    excerpt,
    incident_facts,
    incident_title,
    stance_verb,
)
from tui.notices import MORE, fit
from tui.safe_text import display_line

HINT = "n/p quotes · c claims · i incidents · click a highlight · s panels · ? help"

Parts = list[str | tuple[str, str]]


class DetailStrip(Static):
    """Two lines about the current item (or a hint when there is none)."""

    index: reactive[BriefingIndex | None] = reactive(None, init=False)
    current: reactive[Item | None] = reactive(None, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(HINT), markup=False, id=id)
        self._timer: Timer | None = None
        self._long: Content | None = None  # a message shown in the lines, not the rule
        self._message = ""

    def watch_index(self) -> None:
        self._show()

    def watch_current(self) -> None:
        self._show()

    def on_resize(self) -> None:
        self._show()

    def _show(self) -> None:
        if self._long is not None:
            self.update(self._long, layout=False)
            return
        index, item = self.index, self.current
        if index is None or item is None:
            content = Content.assemble((HINT, "$text-muted"))
        else:
            content = describe(index, item)
        # Each line cut to the width with "…" rather than wrapped out of the
        # two rows; fixed height (app.tcss): no layout pass per keypress.
        width = self.content_region.width
        if index is not None and item is not None and 0 < width < content.cell_length:
            if content.split("\n")[0].cell_length > width:
                content = describe(index, item, compact=True)
        if width > 0:
            lines = content.split("\n")[:2]
            content = Content("\n").join(line.truncate(width, ellipsis=True) for line in lines)
        self.update(content, layout=False)

    def flash(self, message: str, seconds: float = 3.0, warning: bool = False) -> None:
        """Show a message on the strip's top rule, or in its two lines when
        it is too long for the rule, until `seconds` pass or `unflash`."""
        if self._timer is not None:
            self._timer.stop()
        self.set_class(warning, "-warning")
        shown = display_line(message)
        room = self.size.width - 4  # the rule's corners and a space each side
        self._message = shown
        if room <= 0 or len(shown) <= room:
            self._long = None
            self.border_title = Content(f" {shown} ")
        else:
            self.border_title = None
            lines = fit(shown, self.content_region.width, 2)
            if lines[-1].endswith(MORE):
                self._message = " ".join(lines)
            self._long = Content.assemble(
                ("\n".join(lines), "bold $warning" if warning else "bold $accent")
            )
        self._show()
        self._timer = self.set_timer(seconds, self.unflash)

    @property
    def message(self) -> str:
        """The message shown now ("" when none)."""
        return self._message if self._long or self.border_title else ""

    def unflash(self) -> None:
        """The message goes; the strip shows the current item again."""
        if self._timer is None and self.border_title is None and self._long is None:
            return  # nothing shown: every key calls this, and a repaint costs
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.border_title = None
        self.set_class(False, "-warning")
        if self._long is not None:
            self._long = None
            self._show()


def _position(items: list[Item], item: Item, compact: bool = False) -> str:
    n = ordinal(items, item)
    if not n:
        return ""
    return f"{n}/{len(items)}" if compact else f"{n} of {len(items)}"


def describe(index: BriefingIndex, item: Item, compact: bool = False) -> Content:
    """Content for one item: a label line, then a line of text or facts;
    `compact` when the label line must fit a narrow strip (names without
    roles, no cue)."""
    if item.kind in ("quote", "claim"):
        return _statement(index, item, compact)
    if item.kind == "incident":
        return _incident(index, item, compact)
    if item.kind == "pattern":
        pattern = index.patterns[item.id]
        where = f" · {display_line(pattern.place)}" if pattern.place else ""
        return Content.assemble(
            ("◇ Pattern", "bold"),
            " · not one event · ",
            (incident_title(pattern), "bold $accent"),
            (f"{where} · a kind of incident the article speaks of", "$text-muted"),
            "\n",
            (excerpt(pattern.text, 200), "italic"),
        )
    return _actor(index, item, compact)


def _statement(index: BriefingIndex, item: Item, compact: bool) -> Content:
    briefing = index.briefing
    record = index.quotes[item.id] if item.kind == "quote" else index.claims[item.id]
    if item.kind == "quote" and not index.quotes[item.id].is_speech:
        label, meaning = QUOTE_KINDS[index.quotes[item.id].kind]
        return Content.assemble(
            (f"‘ {label}", "bold"),
            " · ",
            (meaning, "$text-muted"),
            "\n",
            (excerpt(record.text, 200), ""),
        )
    speaker = briefing.actor(record.speaker)
    negated = item.kind == "claim" and index.claims[item.id].negated
    label = "❝ Quote" if item.kind == "quote" else "≡ Claim"
    where = _position(index.items[item.kind], item, compact)
    if negated:
        label, where = "≠ Claim", f"{where} (negated)"
    who = actor_name(speaker) if compact else actor_line(briefing, speaker)
    parts: Parts = [
        (f"{label} {where}".rstrip(), "bold"),
        " · ",
        (who, "bold $accent" if speaker else "italic $text-muted"),
    ]
    if speaker is not None or item.kind == "claim":
        verb = stance_verb(index, record)
        parts += [" ", (verb, "bold italic" if negated else "italic")]
    if record.cue is not None and not compact:
        parts += [("  cue: ", "$text-muted"), (f"“{display_line(record.cue.text)}”", "bold")]
    body = excerpt(record.text, 200)
    return Content.assemble(*parts, "\n", (body, "italic" if item.kind == "quote" else "underline"))


def _incident(index: BriefingIndex, item: Item, compact: bool) -> Content:
    incident = index.incidents[item.id]
    facts = incident_facts(index.briefing, incident)
    mentions = index.incident_mentions(incident.id)
    here = ordinal(mentions, item)
    said = f"mention {here} of {len(mentions)} · " if len(mentions) > 1 and here else ""
    main = Item("incident", incident.id, incident.start, incident.end)
    return Content.assemble(
        (f"◆ Incident {_position(index.items['incident'], main, compact)}".rstrip(), "bold"),
        " · ",
        (said, "$text-muted"),
        (incident_title(incident), "bold $accent"),
        " · ",
        (" · ".join(facts) if facts else "place and date not reported", "$text-muted"),
        "\n",
        (excerpt(index.text[item.start : item.end] or incident.text, 200), "italic"),
    )


def _actor(index: BriefingIndex, item: Item, compact: bool) -> Content:
    actor = index.actors.get(item.id)
    if actor is None:
        return Content("")
    mentions = index.mentions_of(actor.id)
    here = ordinal(mentions, item)
    side = len(index.side(actor.id)) - 1
    seen = f"mention {here} of {len(mentions)}" if here else count(len(mentions), "mention")
    counts = (
        f"{seen} · {count(index.quote_counts[actor.id], 'quote')}"
        f" · {count(index.claim_counts[actor.id], 'reported claim')}"
        + (f" · {side} affiliated" if side else "")
    )
    aliases = [display_line(a) for a in actor.aliases if a != actor.name]
    if aliases:
        counts += " · also: " + ", ".join(aliases)
    return Content.assemble(
        ("● Actor", "bold"),
        " · ",
        (actor_name(actor) if compact else actor_line(index.briefing, actor), "bold $accent"),
        " · ",
        (KIND_LABELS.get(actor.kind, actor.kind), "italic"),
        "\n",
        (counts, "$text-muted"),
    )
