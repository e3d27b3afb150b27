"""The reader: an article with its highlights, side panels and keys.

State lives here, once: which article is open, the current item (one
reactive), the actor being followed and the highlight layers shown. Widgets
get these set from above and report the reader's choices with messages.

Nothing heavy is imported at module level: the article is on screen before
spaCy loads. Annotation runs in a thread worker (`annotate_article`), which
imports the engine, consults the cache, loads the pipeline once and posts
progress and the result back as messages.

Notes (`tui/note_actions.py`, mixed in) plug in at marked places (search for
"NOTES:"): the Notes tab in `compose_side_panes`, the note keys,
`article_shown` (called whenever the open article changes), and
`note_target()`: the mouse selection, or else the current item.
"""

from __future__ import annotations

import gc
import threading
from functools import partial
from typing import Any, ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Header, TabbedContent, TabPane
from textual.worker import get_current_worker

from annotate.article import Article
from annotate.model import text_sha256
from tui.briefing_index import LAYERS, BriefingIndex, Item, noun, step
from tui.commands import PaletteCommand, ReaderCommands
from tui.describe import actor_name
from tui.messages import EntryChosen
from tui.note_actions import NoteActions
from tui.open_article import (
    AnnotationProblem,
    AnnotationProgress,
    AnnotationReady,
    OpenArticle,
    heading_span,
)
from tui.safe_text import display_line
from tui.screens.article_switcher import ArticleSwitcher
from tui.screens.help_screen import HelpScreen
from tui.screens.reader_screen import ReaderScreen
from tui.settings import load_settings, save_settings
from tui.themes import ANNOTATION_DEFAULTS, DEFAULT_THEME, discover_themes, user_theme_dir
from tui.widgets.actors_panel import ActorsPanel
from tui.widgets.article_view import ArticleView
from tui.widgets.detail_strip import DetailStrip
from tui.widgets.incidents_panel import IncidentsPanel
from tui.widgets.notes_panel import NotesPanel
from tui.widgets.positions_panel import PositionsPanel
from tui.widgets.search_bar import SearchBar
from tui.widgets.status_bar import StatusBar

PANES = ("incidents", "positions", "actors", "notes")  # the side panel's tabs, in order
NARROW = 100  # below this many columns, the panels and the article take turns


_QUOTES = Binding.Group("Quotes")
_CLAIMS = Binding.Group("Claims")
_INCIDENTS = Binding.Group("Incidents")


class _Abandoned(Exception):
    """Raised from the engine's progress callback once the reader has quit, so
    a long annotation stops at its next batch instead of holding the exit."""


class BriefingApp(NoteActions, App[int]):
    """The briefing reader."""

    CSS_PATH = ["app.tcss", "notes.tcss"]
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    ENABLE_COMMAND_PALETTE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_quote", "Next quote", group=_QUOTES),
        Binding("p", "previous_quote", "Previous quote", group=_QUOTES),
        Binding("c", "next_claim", "Next claim", group=_CLAIMS),
        Binding("C", "previous_claim", "Previous claim", group=_CLAIMS),
        Binding("i", "next_incident", "Next incident", group=_INCIDENTS),
        Binding("I", "previous_incident", "Previous incident", group=_INCIDENTS),
        # NOTES: the note keys (tui/note_actions.py); e and d act in the Notes panel.
        # Note and Help come early so an 80-column footer still shows them.
        Binding("a", "add_note", "Note"),
        Binding("question_mark", "help", "Help"),
        Binding("f", "follow", "Follow actor"),
        Binding("escape", "clear", "Stop following / unmark", show=False),
        Binding("slash", "search", "Search"),
        Binding("s", "toggle_panels", "Panels"),
        Binding("right_square_bracket", "step_panel(1)", "Next panel tab", show=False),
        Binding("left_square_bracket", "step_panel(-1)", "Previous panel tab", show=False),
        Binding("o", "switch_article", "Articles"),
        Binding("t", "next_theme", "Theme"),
        Binding("1", "toggle_layer('actors')", "Actors on/off", show=False),
        Binding("2", "toggle_layer('quotes')", "Quotes on/off", show=False),
        Binding("3", "toggle_layer('claims')", "Claims on/off", show=False),
        Binding("4", "toggle_layer('incidents')", "Incidents on/off", show=False),
        Binding("E", "export_notes", "Export notes", show=False),
        Binding("u", "undo_note", "Undo note deletion", show=False),
        Binding("q", "quit", "Quit"),
    ]

    current: reactive[Item | None] = reactive(None, init=False)
    """The one current item of the open article."""
    following: reactive[str | None] = reactive(None, init=False)
    """The actor whose statements n/p step through, if any."""
    layers: reactive[frozenset[str]] = reactive(frozenset(LAYERS), init=False)
    number: reactive[int] = reactive(0, init=False)
    """Which of the opened articles is shown."""
    panels_open: reactive[bool] = reactive(False, init=False)
    """Narrow terminals: the panels are shown instead of the article."""
    panels_hidden: reactive[bool] = reactive(False, init=False)
    """Wide terminals: the reader hid the panels to read full width."""

    def __init__(
        self,
        articles: list[Article],
        *,
        nlp: Any = None,
        theme: str | None = None,
        remember_theme: bool = True,
    ) -> None:
        super().__init__()
        if not articles:
            raise ValueError("the reader needs at least one article")
        self.docs = [OpenArticle(a, text_sha256(a.text), heading=heading_span(a)) for a in articles]
        self._nlp = nlp
        self._nlp_lock = threading.Lock()
        self._remember_theme = remember_theme
        self._search_match: tuple[int, int] | None = None
        self._pipeline_help = ""
        """Why there is no pipeline and how to install one, once known."""
        self.theme_set = discover_themes()
        for name in list(self.available_themes):
            self.unregister_theme(name)
        for theme_ in self.theme_set.themes:
            self.register_theme(theme_)
        wanted = theme or load_settings().theme or DEFAULT_THEME
        self.theme = wanted if wanted in self.theme_set.names else DEFAULT_THEME

    # -- layout ------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return ReaderScreen(id="_default")

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(ANNOTATION_DEFAULTS)

    def compose(self) -> ComposeResult:
        yield Header(icon="❝")
        with Horizontal(id="body"):
            with ContentSwitcher(id="articles", initial="article-0"):
                for n, doc in enumerate(self.docs):
                    yield ArticleView(doc.article.text, heading=doc.heading, id=f"article-{n}")
            with TabbedContent(id="side"):
                with TabPane("Incidents", id="tab-incidents"):
                    yield IncidentsPanel(id="incidents")
                with TabPane("Positions", id="tab-positions"):
                    yield PositionsPanel(id="positions")
                with TabPane("Actors", id="tab-actors"):
                    yield ActorsPanel(id="actors")
                yield from self.compose_side_panes()
        yield DetailStrip(id="detail")
        yield StatusBar(id="status")
        search = SearchBar(id="search")
        search.display = False
        yield search
        yield Footer()

    def compose_side_panes(self) -> ComposeResult:
        """Extra tabs of the side panel. NOTES: the Notes tab."""
        with TabPane("Notes", id="tab-notes"):
            yield NotesPanel(id="notes")

    def on_mount(self) -> None:
        self.view.focus()
        self._show_article()
        for problem in self.theme_set.problems:
            self.notify(problem, title="Theme skipped", severity="warning", markup=False)
        for doc in self.docs:
            for note in doc.article.notes:
                self.notify(note, markup=False, timeout=6)
        self.theme_changed_signal.subscribe(self, self._remember)
        self._annotate_next()

    def on_resize(self) -> None:
        narrow = self.size.width < NARROW
        self.screen.set_class(narrow, "-narrow")
        if not narrow and self.panels_open:
            self.panels_open = False

    @property
    def narrow(self) -> bool:
        return self.size.width < NARROW

    @property
    def doc(self) -> OpenArticle:
        return self.docs[self.number]

    @property
    def view(self) -> ArticleView:
        return self.query_one(f"#article-{self.number}", ArticleView)

    @property
    def index(self) -> BriefingIndex | None:
        return self.doc.index

    # -- showing state -------------------------------------------------------------

    def _show_article(self) -> None:
        """Bring the panels, title and status in line with the open article."""
        doc = self.doc
        self.title = display_line(doc.article.title)
        self.query_one("#articles", ContentSwitcher).current = f"article-{self.number}"
        self._fill_panels()
        self._show_status()
        self._show_title()
        self.view.current = doc.current
        self._show_current(doc.current)
        self.article_shown()

    def article_shown(self) -> None:
        """Hook: the open article changed (or was first shown).
        NOTES: its notes in the Notes panel and the article's margin."""
        self.show_notes()

    def _show_title(self) -> None:
        doc = self.doc
        prefix = f"{self.number + 1}/{len(self.docs)} · " if len(self.docs) > 1 else ""
        self.sub_title = prefix + doc.state_line

    def _fill_panels(self) -> None:
        doc = self.doc
        panels = (
            self.query_one(IncidentsPanel),
            self.query_one(PositionsPanel),
            self.query_one(ActorsPanel),
        )
        if doc.index is None:
            waiting = {
                "missing": doc.message,
                "failed": doc.message,
            }.get(doc.state, "Annotating… this panel fills in when the engine is done.")
            for panel in panels:
                panel.show_waiting(waiting)
            self.view.set_highlights([])
            return
        for panel in panels:
            panel.set_briefing(doc.index)
        self.view.set_highlights(doc.index.highlights)

    def _show_status(self) -> None:
        doc = self.doc
        status = self.query_one(StatusBar)
        if doc.state == "loading":
            status.loading_model()
        elif doc.state == "annotating":
            status.annotating(doc.progress)
        elif doc.state == "missing":
            status.problem(doc.message)
        elif doc.state == "failed":
            status.problem(doc.message)
        elif self.following is not None and doc.index is not None:
            status.following(self._following_line())
        else:
            status.idle()

    def _following_line(self) -> str:
        index = self.index
        assert index is not None and self.following is not None
        kind, items = index.speaker_items(self.following)
        name = actor_name(index.actors.get(self.following))
        return f"Following {name}: n/p step through {noun(kind, len(items))} · f or Esc stops"

    def _show_current(self, item: Item | None) -> None:
        index = self.index
        self.query_one(DetailStrip).show(index, item)
        if index is None:
            return
        self.query_one(IncidentsPanel).show_item(item)
        self.query_one(PositionsPanel).show_item(item)
        speaker = index.speaker_of(item)
        self.query_one(ActorsPanel).show_item(item, speaker.id if speaker else None)

    def watch_current(self, item: Item | None) -> None:
        self.doc.current = item
        self.view.current = item
        self._show_current(item)

    def watch_following(self) -> None:
        self._show_status()

    def watch_layers(self, layers: frozenset[str]) -> None:
        for view in self.query(ArticleView):
            view.layers = layers

    def watch_number(self) -> None:
        self.following = None
        self._search_match = None
        self.current = self.doc.current
        self._show_article()
        self._annotate_next()

    def watch_panels_open(self, open_: bool) -> None:
        self.screen.set_class(open_, "-panels-open")
        if open_:
            self._focus_panel()
        else:
            self.view.focus()

    def watch_panels_hidden(self, hidden: bool) -> None:
        self.screen.set_class(hidden, "-panels-hidden")
        if hidden:
            self.view.focus()

    def _focus_panel(self) -> None:
        tabs = self.query_one(TabbedContent)
        pane = tabs.active_pane
        if pane is not None:
            focusable = [w for w in pane.query("*") if w.can_focus]
            if focusable:
                focusable[0].focus()

    def _remember(self, theme: Any) -> None:
        if not self._remember_theme:
            return
        try:
            save_settings(load_settings().with_theme(theme.name))
        except OSError as error:
            self.notify(
                f"Could not save the theme choice: {error.strerror or error}",
                severity="warning",
                markup=False,
            )

    # -- annotation ------------------------------------------------------------------

    def _annotate_next(self) -> None:
        """Annotate the open article first, then the others, one at a time."""
        if any(doc.state in ("loading", "annotating") for doc in self.docs):
            return
        order = [self.number] + [n for n in range(len(self.docs)) if n != self.number]
        for n in order:
            if self.docs[n].state == "waiting":
                self.docs[n].state = "loading"
                if n == self.number:
                    self._show_status()
                    self._show_title()
                self.annotate_article(n)
                return

    @work(thread=True, group="annotate", exit_on_error=False)
    def annotate_article(self, number: int) -> None:
        """Annotate one article off the main thread (cache first)."""
        doc = self.docs[number]
        worker = get_current_worker()
        try:
            from annotate.engine import ENGINE_VERSION, annotate_text
            from annotate.pipeline import PipelineMissing, load_pipeline, pipeline_name
            from tui import cache

            try:
                name = pipeline_name()
                cached = cache.load_cached(doc.sha, ENGINE_VERSION, name, len(doc.article.text))
                if cached is not None:
                    self.post_message(AnnotationReady(number, BriefingIndex(cached), True))
                    return
                with self._nlp_lock:
                    if self._nlp is None:
                        self.post_message(AnnotationProgress(number, None))
                        self._nlp = load_pipeline(name)
            except PipelineMissing as error:
                self.post_message(
                    AnnotationProblem(number, error.short, missing=True, detail=str(error))
                )
                return
            self.post_message(AnnotationProgress(number, 0.0))

            def progress(done: int, total: int) -> None:
                if worker.is_cancelled:  # the reader quit: stop at this batch
                    raise _Abandoned
                self.post_message(AnnotationProgress(number, done / max(total, 1)))

            try:
                briefing = annotate_text(
                    doc.article.text, self._nlp, title=doc.article.title, progress=progress
                )
            except _Abandoned:
                return
            cache.store(briefing, name)
            self.post_message(AnnotationReady(number, BriefingIndex(briefing), False))
        except Exception as error:  # a bug in the engine must not take the text away
            first = str(error).splitlines()[0] if str(error) else ""
            message = f"Annotation failed ({type(error).__name__}{': ' + first if first else ''})"
            self.post_message(AnnotationProblem(number, message, missing=False))

    def on_annotation_progress(self, message: AnnotationProgress) -> None:
        doc = self.docs[message.number]
        if message.fraction is None:
            doc.state = "loading"
        else:
            doc.state, doc.progress = "annotating", message.fraction
        if message.number == self.number:
            self._show_status()
            self._show_title()

    def on_annotation_ready(self, message: AnnotationReady) -> None:
        doc = self.docs[message.number]
        doc.index, doc.state, doc.progress = message.index, "ready", 1.0
        if message.number == self.number:
            self._fill_panels()
            self._show_status()
            self._show_title()
            self._show_current(self.current)
        self._settle_memory()
        self._annotate_next()

    @staticmethod
    def _settle_memory() -> None:
        """A big briefing is hundreds of thousands of long-lived records; left
        in the collector's generations, a full collection during a key press
        walks them all (seen as 180 ms stalls on `n`). Collect once, then
        move what survives out of the collector's sight."""
        gc.collect()
        gc.freeze()

    def on_annotation_problem(self, message: AnnotationProblem) -> None:
        doc = self.docs[message.number]
        doc.state = "missing" if message.missing else "failed"
        doc.message = message.message
        if message.number == self.number:
            self._fill_panels()
            self._show_status()
            self._show_title()
        if message.missing:  # no pipeline for the others either
            self._pipeline_help = message.detail or message.message
            self.notify(
                self._pipeline_help,
                title="No highlights",
                severity="warning",
                timeout=30,
                markup=False,
            )
            for other in self.docs:
                if other.state == "waiting":
                    other.state, other.message = "missing", message.message
        else:
            self._annotate_next()

    # -- navigation --------------------------------------------------------------------

    def _step(self, kind: str, forward: bool) -> None:
        index = self.index
        if index is None:
            self._not_ready()
            return
        items = index.items[kind]
        label = kind
        if kind == "quote" and self.following is not None:
            label, items = index.speaker_items(self.following)
        if not items:
            self.notify(f"No {noun(label, 0)[2:]} in this article.", markup=False, timeout=2)
            return
        current = self.current
        if current is not None and not self.view.shows(current.start):
            current = None  # scrolled or searched away from it: go on from the screen
        same = current if current is not None and current.kind == items[0].kind else None
        if same is not None and same not in items:
            same = None
        anchor = current.start if current is not None else self.view.top_offset()
        if current is not None and same is None and forward:
            anchor = current.start + 1
        target = step(items, same, anchor, forward)
        if target is None:
            return
        origin = same.start if same is not None else anchor
        if (forward and target.start < origin) or (not forward and target.start > origin):
            where = "first" if forward else "last"
            self.notify(f"Wrapped around to the {where} {label}.", markup=False, timeout=1.5)
        self.current = target

    def _not_ready(self) -> None:
        doc = self.doc
        if doc.state == "missing":
            self.notify(self._pipeline_help, severity="warning", timeout=15, markup=False)
        elif doc.state == "failed":
            self.notify(doc.message, severity="warning", markup=False)
        else:
            self.notify("Still annotating: highlights come when it is done.", markup=False)

    def action_next_quote(self) -> None:
        self._step("quote", True)

    def action_previous_quote(self) -> None:
        self._step("quote", False)

    def action_next_claim(self) -> None:
        self._step("claim", True)

    def action_previous_claim(self) -> None:
        self._step("claim", False)

    def action_next_incident(self) -> None:
        self._step("incident", True)

    def action_previous_incident(self) -> None:
        self._step("incident", False)

    def select(self, item: Item | None) -> None:
        """Make an item current (and show it)."""
        self.current = item
        if item is not None:
            self.view.show_span(item.start, item.end)

    @on(EntryChosen)
    def _entry_chosen(self, message: EntryChosen) -> None:
        index = self.index
        if index is None:
            return
        item = index.item_for(message.kind, message.record_id)
        if item is None:
            return
        if self.panels_open:  # narrow: the article comes back first, then scrolls
            self.panels_open = False
            self.call_after_refresh(self.select, item)
            return
        self.select(item)

    @on(ArticleView.Clicked)
    def _clicked(self, message: ArticleView.Clicked) -> None:
        if message.item is not None:
            self.current = message.item

    def action_follow(self) -> None:
        """Follow the actor in focus (Actors list) or of the current item; again stops."""
        index = self.index
        if index is None:
            self._not_ready()
            return
        actors = self.query_one(ActorsPanel)
        actor_id: str | None = None
        if self.focused is actors:
            actor_id = actors.highlighted_actor
        else:
            speaker = index.speaker_of(self.current)
            actor_id = speaker.id if speaker else None
        if self.following is not None and (actor_id is None or actor_id == self.following):
            self.following = None
            self.notify("Stopped following.", markup=False, timeout=1.5)
            return
        if actor_id is None:
            self.notify(
                "Choose an actor first: select a quote with a speaker, click a name, "
                "or pick one in the Actors list.",
                markup=False,
            )
            return
        self.follow(actor_id)

    def follow(self, actor_id: str) -> None:
        """From now on, n/p step through this actor's statements."""
        index = self.index
        if index is None or actor_id not in index.actors:
            return
        self.following = actor_id
        if self.panels_open:
            self.panels_open = False

    def action_clear(self) -> None:
        if self.view.selection_span() is not None:
            self.screen.clear_selection()
        elif self.following is not None:
            self.following = None
        elif self.current is not None:
            self.current = None

    def action_toggle_layer(self, layer: str) -> None:
        shown = set(self.layers)
        shown ^= {layer}
        self.layers = frozenset(shown)
        state = "shown" if layer in shown else "hidden"
        self.notify(f"{layer.capitalize()} {state}.", markup=False, timeout=1.5)

    def action_show_all_layers(self, shown: bool) -> None:
        self.layers = frozenset(LAYERS) if shown else frozenset()

    def action_toggle_panels(self) -> None:
        if self.narrow:
            self.panels_open = not self.panels_open
        else:
            self.panels_hidden = not self.panels_hidden

    def action_cycle_focus(self, forward: bool) -> None:
        if self.narrow:
            self.panels_open = not self.panels_open
            return
        if self.panels_hidden:
            self.panels_hidden = False
        if forward:
            self.screen.focus_next()
        else:
            self.screen.focus_previous()

    def action_show_panel(self, pane: str) -> None:
        """Bring one side panel to the front."""
        self.query_one(TabbedContent).active = f"tab-{pane}"
        if self.narrow:
            self.panels_open = True
        else:
            self.panels_hidden = False
        self._focus_panel()

    def action_step_panel(self, step: int) -> None:
        """Bring the next (or previous) side panel to the front and focus it."""
        active = self.query_one(TabbedContent).active.removeprefix("tab-")
        here = PANES.index(active) if active in PANES else 0
        self.action_show_panel(PANES[(here + step) % len(PANES)])

    # -- search ------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchBar.Find)
    def _find(self, message: SearchBar.Find) -> None:
        import re

        view = self.view
        query = message.query
        search = self.query_one(SearchBar)
        if not query:
            self._search_match = None
            view.set_search("", None)
            search.show_count("")
            return
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        text = view.text
        here = self._search_match
        if here is None:
            origin = self.current.start if self.current is not None else view.top_offset()
        else:
            origin = here[0] + (1 if message.again and message.forward else 0)
        found: re.Match[str] | None
        if message.forward:
            found = pattern.search(text, origin) or pattern.search(text)
        else:
            found = None
            for match in pattern.finditer(text, 0, max(origin, 0)):
                found = match
            if found is None:
                for match in pattern.finditer(text, origin):
                    found = match
        if found is None:
            self._search_match = None
            view.set_search(query, None)
            search.show_count("no match")
            return
        self._search_match = found.span()
        view.set_search(query, found.span())
        before = len(pattern.findall(text, 0, found.start()))
        total = before + len(pattern.findall(text, found.start()))
        search.show_count(f"{before + 1} of {total}")

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self._search_match = None
        self.view.set_search("", None)
        self.view.focus()

    # -- themes, articles, help ------------------------------------------------------

    def action_next_theme(self) -> None:
        names = self.theme_set.names
        following = (
            names[(names.index(self.theme) + 1) % len(names)] if self.theme in names else names[0]
        )
        self.theme = following
        self.notify(f"Theme: {following}", markup=False, timeout=1.5)

    def action_switch_article(self) -> None:
        if len(self.docs) < 2:
            self.notify(
                "Only one article is open. Open several: briefing A.txt B.md …", markup=False
            )
            return
        entries = [
            (doc.article.title, str(doc.article.path or ""), doc.state_line) for doc in self.docs
        ]

        def chosen(number: int | None) -> None:
            if number is not None and number != self.number:
                self.number = number

        self.push_screen(ArticleSwitcher(entries, self.number), chosen)

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.key_help(), str(user_theme_dir())))

    def key_help(self) -> list[tuple[str, str]]:
        """(key, what it does) for every key binding, as the help screen lists them."""
        rows: list[tuple[str, str]] = []
        sources: list[list[BindingType]] = [
            list(self.BINDINGS),
            list(ReaderScreen.BINDINGS),
            list(ArticleView.BINDINGS),
            list(NotesPanel.BINDINGS),  # NOTES: e and d in the Notes panel
        ]
        for bindings in sources:
            for binding in bindings:
                if isinstance(binding, Binding) and not self.check_action(binding.action, ()):
                    continue
                if isinstance(binding, Binding) and binding.description:
                    rows.append((self.get_key_display(binding), binding.description))
                elif isinstance(binding, tuple) and len(binding) == 3:
                    key, _, description = binding
                    rows.append((key, description))
        rows += [
            ("↑ ↓ PgUp PgDn", "Scroll the article / move in a panel"),
            ("Enter", "Go to the chosen panel entry"),
            ("ctrl+p", "Command palette: every action, themes, follow an actor"),
        ]
        return rows

    def palette_commands(self) -> list[PaletteCommand]:
        """What the command palette offers now."""
        commands: list[PaletteCommand] = []
        for binding in self.BINDINGS:
            if not isinstance(binding, Binding) or not self.check_action(binding.action, ()):
                continue
            if binding.description:
                commands.append(
                    PaletteCommand(
                        binding.description,
                        f"key: {self.get_key_display(binding)}",
                        partial(self.run_action, binding.action),
                    )
                )
        commands += [
            PaletteCommand(
                "Show all highlights", "every layer on", partial(self.action_show_all_layers, True)
            ),
            PaletteCommand(
                "Hide all highlights", "plain text", partial(self.action_show_all_layers, False)
            ),
        ]
        for pane in PANES:
            commands.append(
                PaletteCommand(
                    f"Show the {pane.capitalize()} panel",
                    "side panel",
                    partial(self.action_show_panel, pane),
                )
            )
        for theme_name in self.theme_set.names:
            commands.append(
                PaletteCommand(
                    f"Theme: {theme_name}",
                    "switch theme (remembered)",
                    partial(setattr, self, "theme", theme_name),
                )
            )
        index = self.index
        if index is not None:
            for actor in sorted(index.actors.values(), key=lambda a: -len(a.mentions)):
                commands.append(
                    PaletteCommand(
                        f"Follow {display_line(actor.name)}",
                        "n/p then step through this actor's statements",
                        partial(self.follow, actor.id),
                    )
                )
        if len(self.docs) > 1:
            for n, doc in enumerate(self.docs):
                commands.append(
                    PaletteCommand(
                        f"Open article: {display_line(doc.article.title)}",
                        "switch article",
                        partial(setattr, self, "number", n),
                    )
                )
        return commands

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "switch_article" and len(self.docs) < 2:
            return False  # nothing to switch to: keep it out of the footer
        return True

    # -- notes hook ----------------------------------------------------------------------

    def note_target(self) -> tuple[int, int] | Item | None:
        """What a note would be anchored to now: the mouse selection in the
        article if there is one, else the current item."""
        span = self.view.selection_span()
        return span if span is not None else self.current
