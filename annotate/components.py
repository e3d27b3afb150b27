"""The briefing's spaCy components, registered once and added in one place.

Each component is a `@Language.factory` class with one job; it leaves its
result on the `Doc` as a custom extension and declares what it `requires`
and `assigns`, so `nlp.analyze_pipes()` checks their order.

Every component is guarded (`Guarded.__call__`): an exception inside one
component, on one doc, resets what that component assigns to its default
(so a later component never reads half-written state), records a warning in
`doc._.briefing_failures`, and lets the other components run. The guard sits
here, in the one base class every component derives from, so it holds in
worker processes and on every chunk of a long text alike.
"""

from __future__ import annotations

from typing import ClassVar

from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc

from annotate.actor_pronouns import PLURAL_REACH, PRONOUN_REACH
from annotate.actors import build_actors
from annotate.attribution import find_attributions
from annotate.failures import Failure, describe, raising
from annotate.incidents import IncidentMatcher, find_incidents
from annotate.parse_spans import doc_text
from annotate.quotes import find_quotes
from annotate.speakers import REACH

for _name in ("quotes", "attributions", "actors", "incidents", "briefing_failures"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def failures(doc: Doc) -> list[Failure]:
    """The component failures recorded on a doc, in pipeline order."""
    return list(doc._.briefing_failures or [])


class Guarded:
    """A briefing component that cannot end a run.

    Subclasses set `component` (the short name in warnings), `missing` (what
    the briefing lacks when it fails), `extensions` (the `doc._` attributes it
    assigns) and implement `process`.
    """

    component: ClassVar[str]
    missing: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]] = ()

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            self.process(doc)
        except Exception as error:
            if raising():
                raise
            for extension in self.extensions:
                setattr(doc._, extension, None)
            failure = Failure(self.component, self.missing, describe(error))
            doc._.briefing_failures = [*failures(doc), failure]
        return doc

    def process(self, doc: Doc) -> None:
        raise NotImplementedError


@Language.factory(
    "briefing_paragraphs",
    assigns=["token.is_sent_start"],
)
class ParagraphBreaks(Guarded):
    """A blank line ends a sentence: runs before the parser, which respects
    preset boundaries, so a headline without a full stop is not parsed as
    the subject of the lead ("Depot fire blamed on saboteurs A fire broke
    out …"). Nor is a paragraph's first word cut off as a sentence of its
    own when a lower-case word follows it ("Drones | hit Kyiv on Monday").
    Hard-wrapped lines (one newline) stay inside their sentence, except the
    rows of a table ("05.11 | Sumy | depot | drone strike"): each row is a
    line of its own."""

    component, missing = "paragraphs", "paragraph breaks may run sentences together"

    def process(self, doc: Doc) -> None:
        starts = [0]
        for token in doc[:-1]:
            if token.is_space and token.text.count("\n") >= 2:
                doc[token.i + 1].is_sent_start = True
                starts.append(token.i + 1)
        for first in starts:
            if first + 1 < len(doc) and doc[first].is_alpha:
                second = doc[first + 1]
                if second.is_alpha and second.is_lower:
                    second.is_sent_start = False
        if "|" in doc.text:
            _table_rows(doc)


def _table_rows(doc: Doc) -> None:
    """Each line of two pipes or more is one sentence, whole."""
    start = 0
    for line in doc.text.split("\n"):
        end = start + len(line)
        if line.count("|") >= 2 and (row := doc.char_span(start, end, alignment_mode="expand")):
            words = [t for t in row if not t.is_space]
            for token in words:
                token.is_sent_start = token.i == words[0].i
            after = next((t for t in doc[row.end :] if not t.is_space), None)
            for token in doc[row.end : after.i if after is not None else len(doc)]:
                token.is_sent_start = False  # the line's end stays with its row
            if after is not None:
                after.is_sent_start = True
        start = end + 1


@Language.factory("briefing_quotes", assigns=["doc._.quotes"])
class QuoteFinder(Guarded):
    """Spans in quotation marks, including quotes running over paragraphs."""

    component, missing, extensions = "quotes", "no quotations", ("quotes",)

    def process(self, doc: Doc) -> None:
        doc._.quotes = find_quotes(doc_text(doc))


@Language.factory(
    "briefing_attribution",
    requires=["doc._.quotes", "token.dep", "token.lemma", "doc.sents"],
    assigns=["doc._.attributions"],
    default_config={"speaker_reach": REACH},
)
class AttributionFinder(Guarded):
    """Who said what: cue, source and content of quotes and reported speech.
    A cue whose content holds a quotation may lie `speaker_reach` tokens
    from it."""

    component, missing, extensions = "attribution", "no speakers or claims", ("attributions",)

    def __init__(self, nlp: Language, name: str, speaker_reach: int) -> None:
        super().__init__(nlp, name)
        self.reach = speaker_reach

    def process(self, doc: Doc) -> None:
        quotes = doc._.quotes or []
        doc._.attributions = find_attributions(doc, quotes, self.reach)


@Language.factory(
    "briefing_actors",
    requires=["doc._.quotes", "doc._.attributions", "doc.ents", "token.dep", "token.lemma"],
    assigns=["doc._.actors"],
    default_config={"pronoun_reach": PRONOUN_REACH, "plural_reach": PLURAL_REACH},
)
class ActorFinder(Guarded):
    """One actor per person, organisation, country or group, with all mentions.
    Pronouns look back `pronoun_reach` sentences for their antecedent
    (`plural_reach` for "they")."""

    component, missing, extensions = "actors", "no actors", ("actors",)

    def __init__(self, nlp: Language, name: str, pronoun_reach: int, plural_reach: int) -> None:
        super().__init__(nlp, name)
        self.reach = {"pronoun_reach": pronoun_reach, "plural_reach": plural_reach}

    def process(self, doc: Doc) -> None:
        sources = [a.source for a in doc._.attributions or [] if a.source]
        doc._.actors = build_actors(doc, sources, **self.reach)


@Language.factory(
    "briefing_incidents",
    requires=["doc._.actors", "doc.ents", "token.dep", "token.lemma", "doc.sents"],
    assigns=["doc._.incidents", "doc._.incident_patterns"],
)
class IncidentFinder(Guarded):
    """Things that happened: fires, explosions, sabotage, strikes, intrusions.
    Owns the matcher of the incident lexicon (`data/incidents.json`), built
    once with the pipeline's vocab."""

    component, missing, extensions = "incidents", "no incidents", ("incidents", "incident_patterns")

    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp, name)
        self.matcher = IncidentMatcher.build(nlp.vocab)

    def process(self, doc: Doc) -> None:
        doc._.incidents = find_incidents(doc, doc._.actors, self.matcher)


COMPONENTS: tuple[str, ...] = (
    "briefing_quotes",
    "briefing_attribution",
    "briefing_actors",
    "briefing_incidents",
)


def add_components(nlp: Language) -> Language:
    """Append the briefing components to a trained pipeline (idempotent);
    a street's abbreviation ("ul. Lipowa") is one token, never a sentence end."""
    for word in ("ul.", "Ul."):
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    if "briefing_paragraphs" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("briefing_paragraphs", before="parser")
        else:
            nlp.add_pipe("briefing_paragraphs", first=True)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp
