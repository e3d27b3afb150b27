"""An article opened in the reader, and the messages its annotation
worker sends back to the app."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.message import Message

from annotate.article import Article
from tui.briefing_index import BriefingIndex, Item, noun


@dataclass
class OpenArticle:
    """One opened article and what is known about it so far."""

    article: Article
    sha: str
    index: BriefingIndex | None = None
    state: str = "waiting"  # waiting, loading, annotating, ready, missing, failed
    message: str = ""
    progress: float = 0.0
    current: Item | None = None
    heading: tuple[int, int] | None = field(default=None)

    @property
    def state_line(self) -> str:
        if self.state == "ready" and self.index is not None:
            return summary(self.index)
        if self.state == "annotating":
            return f"annotating {self.progress:.0%}"
        return {"waiting": "not annotated yet", "loading": "loading the model"}.get(
            self.state, self.message or self.state
        )


def summary(index: BriefingIndex) -> str:
    """ "12 quotes · 3 claims · 2 incidents · 20 actors"."""
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


class AnnotationProgress(Message):
    """From the worker: loading the model (fraction None) or annotating."""

    def __init__(self, number: int, fraction: float | None) -> None:
        super().__init__()
        self.number = number
        self.fraction = fraction


class AnnotationReady(Message):
    def __init__(self, number: int, index: BriefingIndex, cached: bool) -> None:
        super().__init__()
        self.number = number
        self.index = index
        self.cached = cached


class AnnotationProblem(Message):
    """From the worker: no pipeline (`missing`, with the full `detail`) or a
    failed annotation; `message` is one line for the status bar."""

    def __init__(self, number: int, message: str, missing: bool, detail: str = "") -> None:
        super().__init__()
        self.number = number
        self.message = message
        self.missing = missing
        self.detail = detail
