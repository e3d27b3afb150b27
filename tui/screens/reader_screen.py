"""The reader: an article with its highlights, the side panels, the detail
strip, and the keys that move through them.

State lives here, once, as reactives: which article is shown, its index,
the current item, the actor being followed, the highlight layers shown and
the notes. Widgets get it by data binding and report the reader's choices
with messages. Annotation runs through the annotator the app was given
(`AnnotationQueue`), notes through `NotesController`; stepping and search
are pure functions (`navigation`, `search`). The answers to the annotation
queue, the layer and panel keys and the note keys are in the mixins beside
this module (`annotation_events`, `panel_actions`, `note_actions`).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen

from annotate.annotator import Annotator
from annotate.article import Article
from annotate.model import text_sha256
from tui.annotation_queue import AnnotationQueue
from tui.briefing_index import LAYERS, NOUNS, BriefingIndex, Item
from tui.commands import READER, PaletteCommand, bindings
from tui.layout import BREAKPOINTS, NARROW
from tui.messages import (
    EntryChosen,
    ItemClicked,
)
from tui.navigation import Move, entry_key, follow_key, speaker_key, step_key
from tui.notes.controller import NotesController
from tui.notes.model import Note
from tui.open_article import (
    OpenArticle,
    following_line,
    header_counts,
    heading_span,
    status_of,
)
from tui.palette import palette_commands
from tui.screens.annotation_events import AnnotationEvents
from tui.screens.note_actions import NoteActions
from tui.screens.panel_actions import PanelActions
from tui.widgets.actors_panel import ActorsPanel
from tui.widgets.article_pane import ArticlePane
from tui.widgets.article_view import ArticleView
from tui.widgets.detail_strip import DetailStrip
from tui.widgets.key_footer import KeyFooter
from tui.widgets.side_panel import SidePanel
from tui.widgets.status_bar import StatusBar
from tui.widgets.title_bar import TitleBar


class ReaderScreen(AnnotationEvents, PanelActions, NoteActions, Screen[None]):
    BINDINGS = bindings(READER)
    COMMAND_TABLE = READER
    HORIZONTAL_BREAKPOINTS = BREAKPOINTS

    number: reactive[int] = reactive(0, init=False)
    """Which of the opened articles is shown."""
    index: reactive[BriefingIndex | None] = reactive(None, init=False)
    """The shown article's briefing, once annotated."""
    waiting: reactive[str] = reactive("Annotating… this panel fills in when the engine is done.")
    """Why the panels are empty, while they are."""
    current: reactive[Item | None] = reactive(None, init=False)
    following: reactive[str | None] = reactive(None, init=False)
    """The actor whose side's statements n/p step through, if any."""
    layers: reactive[frozenset[str]] = reactive(frozenset(LAYERS), init=False)
    notes: reactive[tuple[Note, ...]] = reactive((), init=False, always_update=True)
    """The shown article's notes, in document order, orphans last."""
    panels_open: reactive[bool] = reactive(False, init=False)
    """Narrow terminals: the panels are shown instead of the article."""
    panels_hidden: reactive[bool] = reactive(False, init=False)
    """Wide terminals: the reader hid the panels to read full width."""
    finished: reactive[int] = reactive(0, init=False)
    """How many annotations have ended (done or not): the overview follows it."""

    def __init__(self, articles: list[Article], annotator: Annotator) -> None:
        super().__init__(id="_default")
        self.docs = [OpenArticle(a, text_sha256(a.text), heading_span(a)) for a in articles]
        self.annotation = AnnotationQueue(self, self.docs, annotator)
        self.notes_controller = NotesController(self)
        self._back_to: Item | None = None
        """The quote `w` jumped from to its speaker, to jump back to."""
        self._warned: set[int] = set()

    # -- layout ------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        bound = {"index": ReaderScreen.index, "current": ReaderScreen.current}
        yield TitleBar(id="title")
        with Horizontal(id="body"):
            yield ArticlePane(self.docs, id="articles").data_bind(
                ReaderScreen.layers, ReaderScreen.current
            )
            yield SidePanel(id="side").data_bind(ReaderScreen.waiting, ReaderScreen.notes, **bound)
        yield DetailStrip(id="detail").data_bind(**bound)
        yield StatusBar(id="status")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.view.focus()
        self._show_article()
        for doc in self.docs:
            for note in doc.article.notes:
                self.app.notify(note, markup=False, timeout=6)
        # Notices from before the mount (a path not opened), once it is done.
        self.call_after_refresh(self.app.show_notices)  # type: ignore[attr-defined]
        self.annotation.start(self.number)

    def on_resize(self) -> None:
        if not self.narrow and self.panels_open:
            self.panels_open = False

    @property
    def narrow(self) -> bool:
        return self.size.width < NARROW

    @property
    def doc(self) -> OpenArticle:
        return self.docs[self.number]

    @property
    def view(self) -> ArticleView:
        """The view of the article shown."""
        return self.query_one(ArticlePane).view

    # -- showing state -------------------------------------------------------------

    def _show_article(self) -> None:
        """Bring everything in line with the shown article."""
        place = self.doc.current
        self.current = None  # no item of one article shown with another's briefing
        self._show_index()
        self.current = place
        self.notes_controller.show()

    def _show_index(self) -> None:
        doc = self.doc
        self.waiting = doc.waiting
        self.index = doc.index
        self.view.set_highlights(doc.index.highlights if doc.index is not None else [])
        self._show_status()
        self._show_title()
        warnings = doc.index.briefing.warnings if doc.index is not None else ()
        if warnings and self.number not in self._warned:  # the whole story, once
            self._warned.add(self.number)
            every = "\n".join(f"{w.component}: {w.message}" for w in warnings)
            self.app.notify(
                every, title="Part of the annotation is missing", severity="warning", markup=False
            )

    def _show_title(self) -> None:
        title = self.query_one(TitleBar)
        title.title = self.doc.title
        hidden = [layer for layer in LAYERS if layer not in self.layers]
        title.counts = header_counts(self.doc, self.number, len(self.docs), hidden)

    def _show_status(self) -> None:
        doc = self.doc
        following = None
        if self.following is not None and doc.index is not None:
            following = following_line(doc.index, self.following)
        self.query_one(StatusBar).status = status_of(doc, following)

    def say(self, message: str, seconds: float = 3.0, warning: bool = False) -> None:
        """A short message where it hides nothing: the detail strip's rule."""
        self.query_one(DetailStrip).flash(message, seconds, warning)

    def unsay(self) -> None:
        """The message goes (a key was pressed)."""
        self.query_one(DetailStrip).unflash()

    def watch_current(self, item: Item | None) -> None:
        self.doc.current = item
        view = self.view
        view.current = item
        view.speaker = self.index.source_of(item) if self.index is not None else None
        if self._back_to is not None and item != self._back_to:
            source = self.index.source_of(self._back_to) if self.index is not None else None
            if item != source:
                self._back_to = None

    def watch_following(self) -> None:
        self._show_status()

    def watch_layers(self) -> None:
        self._show_title()

    def watch_notes(self, notes: tuple[Note, ...]) -> None:
        self.view.set_notes([(n.anchor.start, n.anchor.end) for n in notes if not n.orphaned])

    def watch_number(self) -> None:
        self.query_one(ArticlePane).number = self.number
        self.following = None
        self._back_to = None
        self._show_article()
        self.annotation.start(self.number)

    def watch_panels_open(self, open_: bool) -> None:
        self.set_class(open_, "-panels-open")
        if open_:
            self.side.focus_list()
        else:
            self.view.focus()

    def watch_panels_hidden(self, hidden: bool) -> None:
        self.set_class(hidden, "-panels-hidden")
        if hidden:
            self.view.focus()

    @property
    def side(self) -> SidePanel:
        return self.query_one(SidePanel)

    # -- moving through the article ---------------------------------------------------

    def action_step(self, kind: str, forward: bool) -> None:
        """n p c C i I: the next or previous quote, claim or incident."""
        if self.index is None:
            self._not_ready()
            return
        current = self.current
        if current is not None and not self.view.shows(current.start):
            current = None  # scrolled or searched away from it: go on from the screen
        self._go(
            step_key(
                self.index,
                kind,
                forward,
                layers=self.layers,
                following=self.following,
                current=current,
                top=self.view.top_offset(),
            )
        )

    def _go(self, move: Move) -> None:
        if move.said:
            self.say(move.said)
        if move.target is None:
            return
        if self.panels_open:  # narrow: the article comes back first, then scrolls
            self.panels_open = False
            self.call_after_refresh(self.select, move.target)
        else:
            self.select(move.target)

    def select(self, item: Item | None) -> None:
        """Make an item current (and show it)."""
        self.current = item
        if item is not None:
            self.view.show_span(item.start, item.end)

    def action_speaker(self) -> None:
        """From a quote or claim to its speaker's mention there, and back."""
        if self.index is None:
            self._not_ready()
            return
        move = speaker_key(self.index, self.current, self._back_to)
        back_to = (
            self.current if move.target is not None and move.target.kind == "mention" else None
        )
        self._go(move)
        self._back_to = back_to

    @on(EntryChosen)
    def _entry_chosen(self, message: EntryChosen) -> None:
        if self.index is not None:
            self._go(entry_key(self.index, message.kind, message.record_id, self.current))

    @on(ItemClicked)
    def _clicked(self, message: ItemClicked) -> None:
        if message.item is not None:
            self.current = message.item

    def action_clear(self) -> None:
        if self.view.selection_span() is not None:
            self.clear_selection()
        elif self.following is not None:
            self.following = None
        elif self.current is not None:
            self.current = None

    def _key_escape(self) -> None:
        """Leave Escape to `clear`, which drops a selection first and only
        then the current item (Screen's own handler cleared the selection
        before the action ran, so one press did both)."""

    # -- following ----------------------------------------------------------------------

    def action_follow(self) -> None:
        """Follow the actor in focus (Actors list) or of the current item; again stops."""
        if self.index is None:
            self._not_ready()
            return
        actors = self.query_one(ActorsPanel)
        chosen = actors.highlighted_actor if self.focused is actors else None
        decided = follow_key(self.index, chosen, self.current, self.following)
        if decided.said:
            self.say(decided.said, seconds=5)
        if decided.actor is None and decided.change:
            self.following = None
        elif decided.actor is not None:
            self.follow(decided.actor)

    def follow(self, actor_id: str) -> None:
        """From now on, n/p step through the statements of this actor's side."""
        if self.index is None or actor_id not in self.index.actors:
            return
        self.following = actor_id
        self.panels_open = False

    # -- search, copy, articles ------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(ArticlePane).open_search()

    def action_copy(self) -> None:
        """Copy the selection, or else the current item, to the clipboard."""
        span = self.view.selection_span()
        item = self.current
        if span is not None:
            start, end, what = *span, "the selection"
        elif item is not None:
            start, end, what = item.start, item.end, f"the {NOUNS[item.kind][0]}"
        else:
            self.say("Nothing to copy: select text, or go to a quote (n) first.")
            return
        text = self.doc.article.text[start:end]
        self.app.copy_to_clipboard(text)
        self.say(f"Copied {what} ({len(text)} characters).")

    def action_switch_article(self) -> None:
        if len(self.docs) < 2:
            self.say("Only one article is open. Open several: briefing A.txt B.md …", seconds=5)
            return
        from tui.screens.article_switcher import ArticleSwitcher

        entries = [(d.title, str(d.article.path or ""), d.counts) for d in self.docs]

        def chosen(number: int | None) -> None:
            if number is not None and number != self.number:
                self.number = number

        self.app.push_screen(ArticleSwitcher(entries, self.number), chosen)

    def action_overview(self) -> None:
        """o: the briefing overview, when several articles are open."""
        if len(self.docs) < 2:
            self.say(
                "No overview: only one article is open. Open several, or a folder: "
                "briefing A.txt B.html, briefing FOLDER",
                seconds=6,
            )
            return
        self.app.show_overview()  # type: ignore[attr-defined]

    def open_at(self, number: int, kind: str, record_id: str, said: str = "") -> None:
        """Show article `number` at one of its records (from the overview);
        `kind` "article" shows it where it was left."""
        if number != self.number:
            self.number = number
        if kind == "article":
            return
        if self.index is None:
            self._not_ready()
            return
        index = self.index

        def go() -> None:
            self._go(entry_key(index, kind, record_id, None))
            if said:
                self.say(said, seconds=5)

        self.call_after_refresh(go)

    def open_note(self, number: int, note: Note) -> None:
        """Show article `number` at a note's passage (from the overview)."""
        if number != self.number:
            self.number = number
        self.call_after_refresh(self.notes_controller.go_to, note)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not getattr(self.app, "quitting", False)

    def footer_hidden(self, command_id: str) -> bool:
        """Commands the footer leaves out now (their keys still answer)."""
        if command_id == "messages":
            return not self.app.notices.all  # type: ignore[attr-defined]
        return command_id in ("articles", "overview") and len(self.docs) < 2

    def palette_commands(self) -> list[PaletteCommand]:
        """What the command palette offers now (`tui.palette`)."""
        return palette_commands(self)
