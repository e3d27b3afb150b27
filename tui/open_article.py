"""An article opened in the reader, and what is known about it so far."""

from __future__ import annotations

from dataclasses import dataclass

from annotate.article import Article
from tui.briefing_index import BriefingIndex, Item, noun
from tui.markdown_prose import is_markdown, plain
from tui.safe_text import display_line

State = str  # waiting, loading, annotating, ready, missing, failed
DONE: tuple[State, ...] = ("ready", "missing", "failed")  # the engine is through with it


@dataclass
class OpenArticle:
    """One opened article: its annotation's state and the reader's place."""

    article: Article
    sha: str
    heading: tuple[int, int] | None = None
    index: BriefingIndex | None = None
    state: State = "waiting"
    message: str = ""
    progress: float = 0.0
    current: Item | None = None

    @property
    def title(self) -> str:
        """The title as shown, one safe line: a Markdown article's without
        its markers, as its heading reads in the article."""
        title = self.article.title
        if is_markdown(self.article.path, self.article.text):
            title = plain(title)
        return display_line(title)

    @property
    def counts(self) -> str:
        """What the header says about it: counts once ready, else the state."""
        if self.state == "ready" and self.index is not None:
            return summary(self.index)
        if self.state == "annotating":
            return f"annotating {self.progress:.0%}"
        return {"waiting": "not annotated yet", "loading": "loading the model"}.get(
            self.state, self.message or self.state
        )

    @property
    def waiting(self) -> str:
        """Why the panels are empty, while they are."""
        if self.state in ("missing", "failed"):
            return self.message
        return "Annotating… this panel fills in when the engine is done."


def summary(index: BriefingIndex) -> str:
    """ "12 quotes · 3 claims · 2 incidents · 20 actors": statements (not
    quoted terms) and events (not patterns) only."""
    actors = len(index.actors)
    return " · ".join(
        [noun(kind, index.count(kind)) for kind in ("quote", "claim", "incident")]
        + [f"{actors} actor" + ("" if actors == 1 else "s")]
    )


def heading_span(article: Article) -> tuple[int, int] | None:
    """The first line, when it is the title: shown as a heading."""
    text = article.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    line = text[start:end].strip().lstrip("#").strip()
    return (start, end) if line and line == article.title.strip() else None


@dataclass(frozen=True, slots=True)
class Status:
    """What the status line says: a message, a progress fraction while
    annotating, and whether it reports a problem."""

    message: str
    progress: float | None = None
    problem: bool = False


LOADING = "Loading the language model… the text is readable meanwhile"
ANNOTATING = "Annotating… highlights and panels fill in when done"


def status_of(doc: OpenArticle, following: str | None = None) -> Status | None:
    """The status line for an article (None: nothing to say). `following`
    is the line about the actor being followed, if any."""
    if doc.state == "loading":
        return Status(LOADING, 0.0)
    if doc.state == "annotating":
        return Status(ANNOTATING, doc.progress)
    if doc.state in ("missing", "failed"):
        return Status(doc.message, problem=True)
    if following is not None:
        return Status(following)
    warnings = doc.index.briefing.warnings if doc.index is not None else ()
    if warnings:
        first = warnings[0]
        more = f" (and {len(warnings) - 1} more)" if len(warnings) > 1 else ""
        return Status(f"Engine warning: {first.component}: {first.message}{more}", problem=True)
    return None


def following_line(index: BriefingIndex, actor_id: str) -> str:
    """ "Following Russia and 4 affiliated: n/p step through 7 quotes · …"."""
    kind, items = index.speaker_items(actor_id)
    actor = index.actors.get(actor_id)
    name = display_line(actor.name) if actor is not None else actor_id
    others = len(index.side(actor_id)) - 1
    who = f"{name} and {others} affiliated" if others else name
    return f"Following {who}: n/p step through {noun(kind, len(items))} · f or Esc stops"


def header_counts(doc: OpenArticle, number: int, total: int, hidden: list[str]) -> str:
    """The header's right side: which article of several, the highlight
    layers that are hidden, then the counts (or the state). A narrow header
    drops the last parts first, so the hidden layers stay said."""
    shown = f"{number + 1}/{total} · " if total > 1 else ""
    return shown + (f"hidden: {', '.join(hidden)} · " if hidden else "") + doc.counts
