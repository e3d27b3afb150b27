"""The footer: the keys that fit, most needed first.

Textual's `Footer` shows every key in order and cuts off the rest at the
right edge, Quit and Help first among them on a small terminal. This one
makes one entry per footer label ("n p Quotes") from the screen's active
bindings (so a remapped key shows as remapped) and keeps those that fit by
their rank in `tui.commands`: Quit and Help always, the rest while there is
room. A screen names its table (`COMMAND_TABLE`, the footer's order) and
may give a shared command its own word there (`FOOTER_LABELS`).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tui.commands import BY_ID, READER
from tui.layout import FooterEntry, fit_footer


class KeyFooter(Footer):
    def __init__(self) -> None:
        super().__init__(show_command_palette=False)
        self._width = 0

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        hidden = getattr(self.screen, "footer_hidden", lambda command_id: False)
        table = getattr(self.screen, "COMMAND_TABLE", READER)
        order = {command.id: n for n, command in enumerate(table)}
        words: dict[str, str] = getattr(self.screen, "FOOTER_LABELS", {})
        keymap = getattr(self.app, "keys", {})
        shown: dict[str, tuple[str, str]] = {}  # id -> (its first key, as displayed)
        rank: dict[str, int] = {}
        for _, binding, enabled, _ in self.screen.active_bindings.values():
            command = BY_ID.get(binding.id or "")
            if command is None or not binding.show or not enabled or hidden(command.id):
                continue
            # The key listed first (by the user, or by us) stands for the command.
            listed = [k.strip() for k in keymap.get(command.id, command.keys).split(",")]
            place = listed.index(binding.key) if binding.key in listed else len(listed)
            if place < rank.get(command.id, len(listed) + 1):
                rank[command.id] = place
                shown[command.id] = (binding.key, self.app.get_key_display(binding))
        labels: dict[str, list[str]] = {}
        for command_id in sorted(shown, key=lambda i: order.get(i, len(order))):
            label = words.get(command_id, BY_ID[command_id].label)
            labels.setdefault(label, []).append(command_id)
        entries = [
            FooterEntry(" ".join(shown[i][1] for i in ids), label, BY_ID[ids[0]].footer)
            for label, ids in labels.items()
        ]
        first_key = {label: shown[ids[0]][0] for label, ids in labels.items()}
        actions = {label: BY_ID[ids[0]].action for label, ids in labels.items()}
        self._width = self.app.size.width
        for entry in fit_footer(entries, self._width):
            yield FooterKey(
                first_key[entry.label], entry.keys, entry.label, actions[entry.label]
            ).data_bind(compact=Footer.compact)

    def on_resize(self) -> None:
        if self.app.size.width != self._width:
            self.call_after_refresh(self.recompose)
