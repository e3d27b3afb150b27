"""The annotation engine: a news article in, a `Briefing` out.

Never imports Textual. The heavy parts (spaCy) load only when a function
that needs them is called, so importing this package is cheap.
"""

from __future__ import annotations

from annotate.model import SCHEMA, Briefing

__all__ = ["SCHEMA", "Briefing", "annotate_text", "load_pipeline"]


def annotate_text(text: str, nlp=None, title: str = "", progress=None) -> Briefing:
    """Annotate one article (see `annotate.engine.annotate_text`)."""
    from annotate.engine import annotate_text as _annotate

    return _annotate(text, nlp, title=title, progress=progress)


def load_pipeline(name: str | None = None):
    """Load the trained spaCy pipeline with the briefing components added."""
    from annotate.pipeline import load_pipeline as _load

    return _load(name)
