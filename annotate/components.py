"""The briefing's spaCy components, registered once and added in one place.

Each component does one job and leaves its result on the `Doc` as a custom
extension, so `engine.briefing_parts` can read them without re-running
anything.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from annotate.actors import build_actors
from annotate.attribution import find_attributions
from annotate.incidents import find_incidents
from annotate.quotes import find_quotes

for _name in ("quotes", "attributions", "actors", "incidents"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("briefing_paragraphs")
def paragraphs_component(doc: Doc) -> Doc:
    """A blank line ends a sentence: runs before the parser, which respects
    preset boundaries, so a headline without a full stop is not parsed as
    the subject of the lead ("Depot fire blamed on saboteurs A fire broke
    out …"). Hard-wrapped lines (one newline) stay inside their sentence."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("briefing_quotes")
def quotes_component(doc: Doc) -> Doc:
    """Spans in quotation marks, including quotes running over paragraphs."""
    doc._.quotes = find_quotes(doc.text)
    return doc


@Language.component("briefing_attribution")
def attribution_component(doc: Doc) -> Doc:
    """Who said what: cue, source and content of quotes and reported speech."""
    doc._.attributions = find_attributions(doc, doc._.quotes or [])
    return doc


@Language.component("briefing_actors")
def actors_component(doc: Doc) -> Doc:
    """One actor per person, organisation, country or group, with all mentions."""
    sources = [a.source for a in doc._.attributions or [] if a.source]
    doc._.actors = build_actors(doc, sources)
    return doc


@Language.component("briefing_incidents")
def incidents_component(doc: Doc) -> Doc:
    """Things that happened: fires, explosions, sabotage, strikes, intrusions."""
    doc._.incidents = find_incidents(doc, doc._.actors)
    return doc


COMPONENTS: tuple[str, ...] = (
    "briefing_quotes",
    "briefing_attribution",
    "briefing_actors",
    "briefing_incidents",
)


def add_components(nlp: Language) -> Language:
    """Append the briefing components to a trained pipeline (idempotent)."""
    if "briefing_paragraphs" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("briefing_paragraphs", before="parser")
        else:
            nlp.add_pipe("briefing_paragraphs", first=True)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp
