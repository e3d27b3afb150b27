"""The side panels' common shape: a list of entries built from the open
briefing at the panel's width (long ones wrap with a hanging indent),
rebuilt when either changes, with the entry of the current item highlighted.

The reader screen binds `index`, `current` and `waiting` (why the list is
empty) to its own reactives; the list reports a chosen entry with
`EntryChosen`. A list out of sight is filled when it is first shown: a big
briefing's Positions hold ten thousand entries, and building them is the
reader's one long pause."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import OptionList

from tui.briefing_index import BriefingIndex, Item
from tui.messages import EntryChosen
from tui.text_lines import wrap
from tui.widgets.lazy_list import Entry, LazyList

__all__ = ["Entry", "EntryList", "hanging", "wrap_lines"]


def wrap_lines(body: Content, room: int) -> list[Content]:
    """`body` in lines of at most `room` cells, broken at spaces. Cut by
    offsets (`text_lines.wrap`), not `Content.wrap`: a big briefing's
    Positions panel wraps ten thousand entries at once."""
    plain = body.plain
    wrapped = wrap(plain, [(0, len(plain))], room)
    return [body[a:b] for a, b in zip(wrapped.starts, wrapped.ends, strict=True)]


def hanging(
    label: Content, body: Content, indent: int, width: int, lines: int = 3, more: int = 0
) -> Content:
    """`label` then `body`, its lines wrapped to the room left of `indent`
    and indented under the first (at most `lines` of them, the last cut
    with "…"); `more` indents the following lines further, for entries with
    no label to set them apart (a name list)."""
    room = max(width - indent - more, 12)
    wrapped = wrap_lines(body, room)
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = (wrapped[-1] + Content("…")).truncate(room, ellipsis=True)
    if label.cell_length > indent:  # a long label gets its own line
        return Content("\n").join([label, *(line.pad_left(indent) for line in wrapped)])
    first = label + Content(" " * (indent - label.cell_length))
    rest = [line.pad_left(indent + more) for line in wrapped[1:]]
    return Content("\n").join([first + (wrapped[0] if wrapped else Content("")), *rest])


class EntryList(LazyList):
    """Base of the Incidents and Positions panels."""

    index: reactive[BriefingIndex | None] = reactive(None, init=False)
    current: reactive[Item | None] = reactive(None, init=False)
    waiting: reactive[str] = reactive("", init=False)

    def entries(self, index: BriefingIndex, width: int) -> list[Entry]:
        raise NotImplementedError

    def key_of(self, item: Item) -> str | None:
        """The entry that shows this item, if any."""
        return f"{item.kind}:{item.id}"

    def watch_index(self) -> None:
        self.refill()

    def watch_waiting(self) -> None:
        if self.index is None:
            self.refill()

    def build(self, width: int) -> list[Entry]:
        if self.index is None:
            return [(None, Content(self.waiting))]
        return self.entries(self.index, width)

    def filled(self) -> None:
        self.watch_current(self.current)

    def watch_current(self, item: Item | None) -> None:
        if self._stale:
            return  # shown later, with the current item's entry highlighted
        key = self.key_of(item) if item is not None else None
        if key is not None and key in self.keys:
            self.highlighted = self.keys.index(key)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            kind, _, record_id = event.option.id.partition(":")
            self.post_message(EntryChosen(kind, record_id))  # type: ignore[arg-type]
