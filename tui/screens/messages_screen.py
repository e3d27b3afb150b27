"""The messages screen (`m`): every notice of the session, whole, newest
first: the paths that could not be opened, a missing pipeline, engine
warnings, notes not saved. On the message line they are cut to its room
and go at the next key; here they stay."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.notices import Notice
from tui.safe_text import display_text


class MessagesScreen(ModalScreen[None]):
    """The notices; any of Escape, q, m closes it."""

    BINDINGS = [Binding("escape,q,m", "dismiss", "Close messages")]

    def __init__(self, notices: list[Notice]) -> None:
        super().__init__()
        self._notices = notices

    def compose(self) -> ComposeResult:
        body = VerticalScroll(id="messages-body")
        body.border_title = "Messages"
        body.border_subtitle = "↑ ↓ scroll · Esc closes"
        with body:
            if not self._notices:
                yield Static(
                    Content("No messages yet: problems and notices are kept here."),
                    markup=False,
                    classes="message-what",
                )
            for notice in reversed(self._notices):
                style = "bold $warning" if notice.warning else "bold $accent"
                yield Static(
                    Content.assemble(
                        (f"{display_text(notice.title)}\n", style) if notice.title else "",
                        display_text(notice.text.strip()),
                    ),
                    markup=False,
                    classes="message-what",
                )
