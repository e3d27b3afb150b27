"""An article opened in the reader, and what is known about it so far."""

from __future__ import annotations

from dataclasses import dataclass

from annotate.article import Article
from tui.briefing_index import BriefingIndex, Item, noun

State = str  # waiting, loading, annotating, ready, missing, failed
DONE: tuple[State, ...] = ("ready", "missing", "failed")


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
