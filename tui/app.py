"""The briefing reader's App: themes, the user's key map, help, and the
reader screen over the annotator it is given.

Nothing heavy is imported here: the article is on screen before spaCy
loads, and only the annotator (on a worker thread) ever loads a pipeline.
`create_app` is how the command line, the tests and the benchmarks make one.
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.theme import Theme

from annotate.annotator import Annotator
from annotate.article import Article
from tui.commands import ALL, Command, ReaderCommands
from tui.config import load_keymap
from tui.notices import Notice, Notices, one_line
from tui.screens.help_screen import HelpScreen
from tui.screens.reader_screen import ReaderScreen
from tui.settings import load_settings, save_settings
from tui.themes import ANNOTATION_DEFAULTS, DEFAULT_THEME, discover_themes, user_theme_dir


class BriefingApp(App[int]):
    """The briefing reader."""

    CSS_PATH = ["app.tcss", "overview.tcss", "notes/notes.tcss"]
    TITLE = "briefing"
    COMMANDS = {ReaderCommands}  # ours list every theme; Textual's would add a second "Theme"
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        articles: list[Article],
        annotator: Annotator | None = None,
        *,
        theme: str | None = None,
        remember_theme: bool = True,
        keymap: dict[str, str] | None = None,
        notices: list[str] | None = None,
        overview: bool = True,
    ) -> None:
        """`annotator` defaults to the real one (`SpacyAnnotator`); `notices`
        are one-line problems found before the app started; `overview`:
        open several articles on the briefing overview."""
        super().__init__()
        if not articles:
            raise ValueError("the reader needs at least one article")
        if annotator is None:
            from annotate.spacy_annotator import SpacyAnnotator

            annotator = SpacyAnnotator()
        self.articles = articles
        self.annotator = annotator
        self._remember_theme = remember_theme
        self._notices = list(notices or [])
        self._overview_first = overview and len(articles) > 1
        self.quitting = False
        self.notices = Notices()
        """Every notice of the session (`m` lists them)."""
        self.keys = dict(keymap or {})
        """The user's keys by command id (`[keys]` in config.toml)."""
        self.theme_set = discover_themes()
        for name in list(self.available_themes):
            self.unregister_theme(name)
        for theme_ in self.theme_set.themes:
            self.register_theme(theme_)
        wanted = theme or load_settings().theme or DEFAULT_THEME
        self.theme = wanted if wanted in self.theme_set.names else DEFAULT_THEME

    def get_default_screen(self) -> Screen:
        return ReaderScreen(self.articles, self.annotator)

    @property
    def reader(self) -> ReaderScreen:
        """The reader screen (under any dialog open over it)."""
        screen = self.screen_stack[0]
        assert isinstance(screen, ReaderScreen)
        return screen

    def show_overview(self) -> None:
        """The briefing overview over the reader (made once, then kept)."""
        from tui.screens.overview_screen import OverviewScreen

        if not self.is_screen_installed("overview"):
            self.install_screen(OverviewScreen(self.reader), "overview")
        self.push_screen("overview")

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(ANNOTATION_DEFAULTS)

    def on_mount(self) -> None:
        self.set_keymap(self.keys)
        if self._overview_first:
            self.show_overview()
        for problem in self.theme_set.problems:
            self.notify(problem, title="Theme skipped", severity="warning", markup=False)
        for notice in self._notices:
            self.notify(notice, severity="warning", markup=False, timeout=10)
        self.theme_changed_signal.subscribe(self, self._remember)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: str = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A notice goes on the screen's message line (the detail strip, or
        the overview's status line) and into the log that `m` lists, never
        in a toast over the article. Thread-safe, as Textual's."""
        if markup:  # only Textual's own notices: ours all pass markup=False,
            # since paths, titles and warnings are data
            try:
                message = Content.from_markup(message).plain
            except Exception:  # noqa: BLE001 - not markup after all: shown as written
                pass
        seconds = timeout if timeout is not None else 8.0
        self.notices.add(Notice(message, title, severity != "information", seconds))
        self.call_later(self.show_notices)  # posts a message: safe from any thread

    def show_notices(self) -> None:
        """The notices not shown yet, together on one message line (kept
        for the reader screen's mount when none is up yet)."""
        target = next(
            (
                screen
                for screen in reversed(self.screen_stack)  # under a dialog: the screen below
                if screen.is_mounted and hasattr(screen, "say")
            ),
            None,
        )
        if target is None:
            return
        pending = self.notices.take_pending()
        if not pending:
            return
        warning = any(notice.warning for notice in pending)
        seconds = max(notice.seconds for notice in pending)
        target.say(one_line(pending), seconds=seconds, warning=warning)  # type: ignore[attr-defined]
        for screen in self.screen_stack:
            screen.refresh_bindings()  # the footer offers m once there is a notice

    def action_messages(self) -> None:
        from tui.screens.messages_screen import MessagesScreen

        self.push_screen(MessagesScreen(self.notices.all))

    async def on_event(self, event: events.Event) -> None:
        """A key ends the messages shown before it (before its own action
        runs, so that what that action says stays)."""
        if isinstance(event, events.Key):
            for screen in self.screen_stack:
                unsay = getattr(screen, "unsay", None)
                if unsay is not None and screen.is_mounted:
                    unsay()
        await super().on_event(event)

    def exit(self, *args: object, **kwargs: object) -> None:
        """Quit: keys typed after `q` (a burst from the terminal) run nothing."""
        self.quitting = True
        super().exit(*args, **kwargs)  # type: ignore[arg-type]

    def on_unmount(self) -> None:
        self.annotator.close()  # a running annotation stops; nothing holds the exit

    def key_display(self, command: Command) -> str:
        """A command's keys as the user has them ("n", "y / ctrl+c")."""
        keys = self.keys.get(command.id, command.keys).split(",")
        return " / ".join(self.get_key_display(Binding(key.strip(), "")) for key in keys)

    def _remember(self, theme: Theme) -> None:
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

    def action_next_theme(self) -> None:
        names = self.theme_set.names
        here = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(here + 1) % len(names)]
        getattr(self.screen, "say", self.reader.say)(f"Theme: {self.theme}")

    def action_help(self) -> None:
        rows = [(self.key_display(c), c.description, c.id) for c in ALL]
        self.push_screen(HelpScreen(rows, str(user_theme_dir())))


def create_app(
    articles: list[Article],
    *,
    annotator: Annotator | None = None,
    theme: str | None = None,
    remember_theme: bool = True,
    notices: tuple[str, ...] = (),
    overview: bool = True,
) -> BriefingApp:
    """The reader on these articles: with the real annotator (cache, then
    spaCy in a child process) unless one is given, and the user's key map;
    `notices` (one line each) are shown once it runs. Several articles open
    on the briefing overview (unless `overview` is False)."""
    keymap, problems = load_keymap()
    return BriefingApp(
        articles,
        annotator,
        theme=theme,
        remember_theme=remember_theme,
        keymap=keymap,
        notices=[*problems, *notices],
        overview=overview,
    )
