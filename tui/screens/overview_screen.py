"""The briefing overview: the open articles, and across them who is quoted,
the incidents timeline, positions by side, actors and notes.

It sits over the reader screen, which owns the articles and their
annotation; the overview follows the reader's `finished` count and merges
the briefings done so far (`merge_briefings`, on a worker thread: 0.1 s
for 50 articles) whenever it changes, one merge at a time. Enter on an
entry opens its article in the reader at the item; `o` goes back.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Label, OptionList, TabbedContent, TabPane, Tabs

from tui.commands import OVERVIEW, PaletteCommand, bindings
from tui.describe import count
from tui.layout import BREAKPOINTS, NARROW
from tui.messages import OverviewChosen
from tui.open_article import Status
from tui.overview_data import Overview, article_row, merge_ready, ready_briefings, targets
from tui.palette import keyed_commands, theme_commands
from tui.widgets.key_footer import KeyFooter
from tui.widgets.overview_lists import ActorsList, ArticlesList, PositionsList, TimelineList
from tui.widgets.overview_notes import ArticleNotes, OverviewNotes
from tui.widgets.quoted_panel import QuotedList
from tui.widgets.status_bar import StatusBar
from tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from tui.screens.reader_screen import ReaderScreen

REFRESH = 0.25
"""Seconds between two redraws while articles are being annotated."""
TABS = ("quoted", "timeline", "positions", "actors", "notes")
_TAB_TITLES = ("Who is quoted", "Incidents", "Positions", "Actors", "Notes")


class OverviewScreen(Screen[None]):
    BINDINGS = bindings(OVERVIEW)
    COMMAND_TABLE = OVERVIEW
    FOOTER_LABELS = {"overview": "Article"}
    HORIZONTAL_BREAKPOINTS = BREAKPOINTS

    listing: reactive[Overview | None] = reactive(None, init=False, always_update=True)
    """The article rows (no merge): the Articles list, redrawn as each finishes."""
    overview: reactive[Overview | None] = reactive(None, init=False, always_update=True)
    """The rows and the merge of the briefings done when it was made."""
    notes: reactive[tuple[ArticleNotes, ...]] = reactive((), init=False, always_update=True)
    panels_open: reactive[bool] = reactive(False, init=False)
    """Narrow terminals: the panels are shown instead of the articles."""
    panels_hidden: reactive[bool] = reactive(False, init=False)

    def __init__(self, reader: ReaderScreen) -> None:
        super().__init__()
        self.reader = reader
        self._merging = False
        self._again = False
        self._scheduled = False
        self._cycle: tuple[str, int] = ("", -1)
        """The entry Enter was pressed on last, and which of its targets it opened."""

    def compose(self) -> ComposeResult:
        yield TitleBar(id="overview-title")
        with Horizontal(id="overview-body"):
            with Vertical(id="overview-articles"):
                yield Label(
                    Content.assemble(
                        "Articles", ("  Enter opens one · Tab the panels", "$text-muted")
                    ),
                    classes="overview-heading",
                )
                yield ArticlesList(id="article-list").data_bind(overview=OverviewScreen.listing)
            with TabbedContent(id="overview-tabs"):
                lists: tuple[Widget, ...] = (
                    QuotedList(id="quoted-list"),
                    TimelineList(id="timeline-list"),
                    PositionsList(id="positions-list"),
                    ActorsList(id="actors-list"),
                )
                for tab, title, widget in zip(TABS, _TAB_TITLES, lists, strict=False):
                    with TabPane(title, id=f"tab-{tab}"):
                        yield widget.data_bind(OverviewScreen.overview)
                with TabPane("Notes", id="tab-notes"):
                    yield OverviewNotes(id="overview-notes").data_bind(OverviewScreen.notes)
        yield StatusBar(id="overview-status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one(Tabs).can_focus = False
        self.query_one(ArticlesList).focus()
        self.watch(self.reader, "finished", self._annotation_ended, init=False)
        self._refresh()
        self.read_notes()

    def on_screen_resume(self) -> None:
        self.read_notes()  # notes taken in the reader meanwhile

    def on_resize(self) -> None:
        if not self.narrow and self.panels_open:
            self.panels_open = False

    @property
    def narrow(self) -> bool:
        return self.size.width < NARROW

    # -- following the annotation ----------------------------------------------------

    def _annotation_ended(self, _finished: int = 0) -> None:
        """Show what is done, at most every `REFRESH` seconds: cached
        briefings arrive every few milliseconds, and redrawing the lists
        for each would take longer than reading them all."""
        if self._scheduled:
            return
        self._scheduled = True
        self.set_timer(REFRESH, self._refresh)

    def _refresh(self) -> None:
        self._scheduled = False
        docs = self.reader.docs
        listing = Overview(tuple(article_row(doc) for doc in docs))
        self.listing = listing
        self._show_progress(listing)
        if self._merging:
            self._again = True  # merged once this merge is done
            return
        self._merging = True
        self._merge(ready_briefings(docs), listing)

    @work(thread=True, group="merge")
    def _merge(self, ready: list, listing: Overview) -> None:
        merged, numbers = merge_ready(ready)
        self.app.call_from_thread(self._merged, Overview(listing.rows, merged, numbers))

    def _merged(self, overview: Overview) -> None:
        self._merging = False
        self.overview = overview
        self._show_progress(self.listing or overview)
        if self._again:
            self._again = False
            self._refresh()

    def _show_progress(self, listing: Overview) -> None:
        done, total = listing.done, listing.total
        title = self.query_one(TitleBar)
        title.title = f"Briefing · {total} articles" + self._dates()
        merged = self.overview.merged if self.overview is not None else None
        found = []
        if merged is not None:
            found = [
                count(len(merged.actors), "actor"),
                count(len(merged.events), "event"),
                count(merged.quoted.statements, "statement"),
            ]
        annotated = f"{done} of {total} annotated"
        title.counts = " · ".join([annotated, *found] if done < total else found or [annotated])
        status = None
        if done < total:
            status = Status(
                f"Annotating {done + 1} of {total}… panels fill in meanwhile", done / total
            )
        self.query_one(StatusBar).status = status

    def _dates(self) -> str:
        """ " · 2025-03-10–03-13": when the dated articles appeared (short,
        so that the header keeps it beside the counts at 80 columns)."""
        dates = sorted(d.article.date for d in self.reader.docs if d.article.date)
        if not dates:
            return ""
        first, last = dates[0].isoformat(), dates[-1].isoformat()
        if first == last:
            return f" · {first}"
        return f" · {first}–{last[5:] if last[:4] == first[:4] else last}"

    def read_notes(self) -> None:
        """The notes of every open article, from the notes store."""
        store = self.reader.notes_controller.store
        found = []
        for number, doc in enumerate(self.reader.docs):
            path = str(doc.article.path.resolve()) if doc.article.path is not None else None
            notes = store.notes_for(doc.sha, path, doc.article.text)
            if notes:
                found.append(ArticleNotes(number, doc.title, tuple(notes)))
        self.notes = tuple(found)

    # -- going to the reader -----------------------------------------------------------

    @on(OverviewChosen)
    def _chosen(self, message: OverviewChosen) -> None:
        key = message.key
        if key.startswith("note:"):
            _, number, note_id = key.split(":", 2)
            group = next((g for g in self.notes if g.number == int(number)), None)
            note = next((n for n in group.notes if n.id == note_id), None) if group else None
            if note is not None:
                self.app.pop_screen()
                self.reader.open_note(int(number), note)
            return
        found = targets(self.overview or self.listing or Overview(()), key)
        if not found:
            return
        last, turn = self._cycle
        turn = (turn + 1) % len(found) if last == key else 0
        self._cycle = (key, turn)
        target = found[turn]
        said = ""
        if len(found) > 1:
            said = f"{turn + 1} of {len(found)}: o, then Enter again on it, for the next."
        self.app.pop_screen()
        self.reader.open_at(target.number, target.kind, target.record_id, said)

    def action_overview(self) -> None:
        """o: back to the article."""
        self.app.pop_screen()

    def action_open_entry(self) -> None:
        focused = self.focused
        if isinstance(focused, OptionList):
            focused.action_select()

    def say(self, message: str, seconds: float = 3.0, warning: bool = False) -> None:
        """A message on the status line (no detail strip here)."""
        self.query_one(StatusBar).flash(message, seconds, warning)

    def unsay(self) -> None:
        self.query_one(StatusBar).unflash()

    def footer_hidden(self, command_id: str) -> bool:
        return command_id == "messages" and not self.app.notices.all  # type: ignore[attr-defined]

    # -- panels and focus ---------------------------------------------------------------

    def watch_panels_open(self, open_: bool) -> None:
        self.set_class(open_, "-panels-open")
        self._focus_list() if open_ else self.query_one(ArticlesList).focus()

    def watch_panels_hidden(self, hidden: bool) -> None:
        self.set_class(hidden, "-panels-hidden")
        if hidden:
            self.query_one(ArticlesList).focus()

    def action_toggle_panels(self) -> None:
        if self.narrow:
            self.panels_open = not self.panels_open
        else:
            self.panels_hidden = not self.panels_hidden

    def action_cycle_focus(self, forward: bool) -> None:
        """Tab: between the articles and the panel in front."""
        if self.narrow:
            self.panels_open = not self.panels_open
            return
        self.panels_hidden = False
        tabs = self.query_one("#overview-tabs")
        if self.focused is not None and tabs in self.focused.ancestors:
            self.query_one(ArticlesList).focus()
        else:
            self._focus_list()

    def action_step_panel(self, step: int) -> None:
        self.show_panel(TABS[(TABS.index(self.active) + step) % len(TABS)])

    @property
    def active(self) -> str:
        return self.query_one(TabbedContent).active.removeprefix("tab-")

    def show_panel(self, tab: str) -> None:
        self.query_one(TabbedContent).active = f"tab-{tab}"
        if self.narrow:
            self.panels_open = True
        self.panels_hidden = False
        self.call_after_refresh(self._focus_list)  # the pane in front once switched

    def _focus_list(self) -> None:
        pane = self.query_one(TabbedContent).active_pane
        if pane is not None:
            pane.query_one(OptionList).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not getattr(self.app, "quitting", False)  # keys typed after q run nothing

    def palette_commands(self) -> list[PaletteCommand]:
        commands = keyed_commands(self, (c for c in OVERVIEW if c.id != "open-entry"))
        commands += [
            PaletteCommand(f"Show {title}", "overview panel", partial(self.show_panel, tab))
            for tab, title in zip(TABS, _TAB_TITLES, strict=True)
        ]
        commands += theme_commands(self.app)
        commands += [
            PaletteCommand(
                f"Open article: {doc.title}",
                "in the reader",
                partial(self._chosen, OverviewChosen(f"article:{n}")),
            )
            for n, doc in enumerate(self.reader.docs)
        ]
        return commands
