"""The article column: one view per open article (the shown one in front)
and the search bar under them.

Search lives here: the bar reports what to look for, `search.find` finds
it in the shown article's text, the view marks it. The reader screen binds
`layers` and `current` (where a search starts when there is no match yet)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import ContentSwitcher

from tui.briefing_index import LAYERS, Item
from tui.markdown_prose import is_markdown, prose
from tui.open_article import OpenArticle
from tui.search import find
from tui.widgets.article_view import ArticleView
from tui.widgets.search_bar import SearchBar


class ArticlePane(Vertical):
    layers: reactive[frozenset[str]] = reactive(frozenset(LAYERS), init=False)
    current: reactive[Item | None] = reactive(None, init=False)
    number: reactive[int] = reactive(0, init=False)
    """Which article is in front."""

    def __init__(self, docs: list[OpenArticle], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._docs = docs
        self._match: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        with ContentSwitcher(id="views", initial="article-0"):
            for n, doc in enumerate(self._docs):
                text, path = doc.article.text, doc.article.path
                marks = prose(text) if is_markdown(path, text) else None
                yield ArticleView(
                    text, heading=doc.heading, prose=marks, id=f"article-{n}"
                ).data_bind(ArticlePane.layers)
        yield SearchBar(id="search")

    @property
    def view(self) -> ArticleView:
        """The view of the article in front."""
        return self.query_one(f"#article-{self.number}", ArticleView)

    def watch_number(self) -> None:
        self.query_one(ContentSwitcher).current = f"article-{self.number}"
        self._match = None

    def open_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchBar.Find)
    def _find(self, message: SearchBar.Find) -> None:
        message.stop()
        view, bar = self.view, self.query_one(SearchBar)
        if self._match is None:
            origin = self.current.start if self.current is not None else view.top_offset()
        else:
            origin = self._match[0] + (1 if message.again and message.forward else 0)
        found = find(view.text, message.query, origin, message.forward)
        self._match = found.span if found is not None else None
        view.set_search(message.query, self._match)
        if not message.query:
            bar.show_count("")
        else:
            bar.show_count(f"{found.number} of {found.total}" if found else "no match")

    @on(SearchBar.Closed)
    def _closed(self, message: SearchBar.Closed) -> None:
        message.stop()
        self._match = None
        self.view.set_search("", None)
        self.view.focus()
