"""Attribution: the cue, source and content of quotes and reported speech."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution found in a doc, in character offsets of `doc.text`."""

    content: tuple[int, int]
    source: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    cue_class: str = "say"
    quoted: bool = False  # the content is exactly a quotation (marks included)


def find_attributions(doc: Doc, quotes: list[tuple[int, int]]) -> list[Attribution]:
    """Every quotation, with no speaker resolved yet."""
    return [Attribution(content=span, quoted=True) for span in quotes]
