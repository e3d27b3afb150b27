"""Reporting cues in the parse: the verb or phrase that reports, who it
names as the source, and the span it reports.

Columns of the doc's lemmas and parts of speech give the reporting verbs
(`cues.py`) and "according to", without a Token per word. For each
cue the dependency parse gives the source (`sources.py`) and the content
(`cue_content.py`: its clausal complement, object, content preposition, or the clause it
interrupts: "…, sources said"), and `polarity.py` says whether a negation
scopes over it. "According to" an outlet is dropped when the
speaker has a verb of its own (the outlet is only the channel).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Token

from annotate.cue_content import content_of, speech_verb
from annotate.cues import CueVerb, cue_verbs
from annotate.nearby_speakers import inverted_clause
from annotate.parse_spans import (
    CharSpan,
    QuoteTokens,
    chars,
    noun_phrase,
    token_indexes,
    token_starts,
    trimmed,
)
from annotate.polarity import cue_start, is_negated
from annotate.sources import source_of


@dataclass(frozen=True, slots=True)
class ReportingCue:
    """A reporting cue with what the parse says about it (token index, char spans)."""

    token: int
    cue: CharSpan
    cls: str
    source: CharSpan | None
    content: CharSpan | None
    colon_after: int | None  # char offset just after a ':' ending its clause
    negated: bool = False  # "did not say", "declined to confirm"
    quotes_only: bool = False  # attributes quotations in its content, claims nothing
    owned_phrase: bool = False  # a reporting noun with its owner: "Y's claim that …"


# A quotation signed off with a dash and a name: “…” ― Pamela Padilla


def cue_words(doc: Doc) -> list[tuple[int, bool]]:
    """The index of each reporting verb (`cues.py` lemmas as verbs) and of
    each "according" followed by "to" (True), in token order. Read off the
    doc's columns of hashes: a matcher's set of lemmas costs a Python call on
    every token."""
    verbs = set(token_indexes(doc, POS, ("VERB",)))
    found = [(i, False) for i in token_indexes(doc, LEMMA, cue_verbs()) if i in verbs]
    to = set(token_indexes(doc, LOWER, ("to",)))
    found += [(i, True) for i in token_indexes(doc, LOWER, ("according",)) if i + 1 in to]
    return sorted(found)


def find_cues(doc: Doc, inside: QuoteTokens) -> list[ReportingCue]:
    """The reporting cues of `doc` (see `cue_words`), outside quotations, in
    token order."""
    table = cue_verbs()
    cues: list[ReportingCue] = []
    for start, according in cue_words(doc):
        token = doc[start]
        if inside(start):
            continue  # speech reported inside a quotation is the speaker's words
        if token.dep_ == "amod":
            continue  # "the so-called “…”", "a widely reported deal": an adjective
        if _headline_noun(token):
            continue  # "Café bombing; suspect arrested": a noun the tagger made a verb
        if according:
            cue = _according(doc, token)
        else:
            cue = _verb_cue(doc, token, table[token.lemma_], inside)
        if cue is not None:
            cues.append(cue)
    cues.sort(key=token_of)
    return _without_channels(doc, cues)


def _headline_noun(token: Token) -> bool:
    """A bare verb form with nothing of a clause about it (no subject, no
    auxiliary, no "to"), in a headline standing as its own paragraph: news
    headlines drop articles, so "suspect arrested" reads as a verb there."""
    sentence = token.sent
    if token.tag_ not in ("VB", "VBP") or sentence.start != 0:
        return False
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg") for c in token.children
    ):
        return False
    return "\n\n" in sentence.text_with_ws or (
        sentence.end < len(token.doc) and "\n\n" in token.doc[sentence.end - 1].text_with_ws
    )


def _without_channels(doc: Doc, cues: list[ReportingCue]) -> list[ReportingCue]:
    """ "she said, according to the Daily Herald", "According to the Herald,
    the mayor said …": when a speaker's own verb reports the words, the
    outlet after "according to" is only the channel, not a second source."""
    verbs = {c.token: c for c in cues if doc[c.token].lower_ != "according"}
    if len(verbs) == len(cues):
        return cues
    kept = []
    for cue in cues:
        according = doc[cue.token]
        if according.lower_ == "according" and _channel(doc, according, cue, verbs):
            continue
        kept.append(cue)
    return kept


def _channel(doc: Doc, according: Token, cue: ReportingCue, verbs: dict[int, ReportingCue]) -> bool:
    spoken = verbs.get(according.head.i)
    if spoken is not None and spoken.source is not None and spoken.cls != "think":
        return True
    if cue.content is None:
        return False
    first = bisect_left(token_starts(doc), cue.content[0])
    for token in doc[first : first + 12]:
        spoken = verbs.get(token.i)
        if spoken is not None and spoken.source is not None and spoken.cls != "think":
            subject = [c for c in token.lefts if c.dep_ in ("nsubj", "nsubjpass")]
            return bool(subject) and subject[0].left_edge.i == first
    return False


# "let them know", "made us believe": the subject of the cue is who is told.
_CAUSATIVES = frozenset("let make help".split())


def _verb_cue(doc: Doc, verb: Token, spec: CueVerb, inside: QuoteTokens) -> ReportingCue | None:
    if spec.particle and not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == spec.particle for c in verb.rights
    ):
        return None  # "fired the gun" is not "fired back"
    content = content_of(doc, verb, spec)
    if content is not None and inverted_clause(doc, verb, inside) is not None:
        content = None  # "“…,” said the woman, who …": the quotation is the content
    colon = _colon_after(doc, verb)
    if content is None and colon is None and not speech_verb(spec):
        if not (spec.weak and _after_quotation(doc, verb, inside)):
            return None  # "“…,” he continued" still reports
    last = verb.i
    cls = spec.cls
    for child in verb.rights:
        if child.i != last + 1:
            break
        if (
            child.dep_ == "prt"
            or (child.dep_ == "prep" and child.lower_ in spec.preps)
            or (spec.particle and child.lower_ == spec.particle)
        ):
            last = child.i
            cls = dict(spec.prep_classes).get(child.lower_, cls)
    negated = is_negated(verb, inside)
    first = cue_start(verb) if negated else verb.i
    return ReportingCue(
        token=verb.i,
        cue=chars(doc, first, last),
        cls=cls,
        source=_source(doc, verb, inside),
        content=content,
        colon_after=colon,
        negated=negated,
        quotes_only=spec.quotes_only,
    )


def _source(doc: Doc, verb: Token, inside: QuoteTokens) -> CharSpan | None:
    """The cue's source. "She let them know that “…”": the one who lets or
    makes someone know, think or say something, not the one told."""
    head = verb.head
    if (
        verb.dep_ in ("ccomp", "xcomp")
        and head.lemma_ in _CAUSATIVES
        and verb.tag_ == "VB"
        and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return source_of(doc, head, inside)
    return source_of(doc, verb, inside)


def _according(doc: Doc, according: Token) -> ReportingCue | None:
    """ "according to X, content" or "content, according to X"."""
    to = doc[according.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    source = noun_phrase(doc, pobj)
    phrase_first = according.i
    phrase_last = max(pobj.right_edge.i, to.i)
    if source is not None:  # the parser may hang the content on the source
        phrase_last = max(to.i, bisect_left(token_starts(doc), source[1]) - 1)
    sent = according.sent
    before = (sent.start, phrase_first - 1)
    after = (phrase_last + 1, sent.end - 1)
    side = after if after[1] - after[0] >= before[1] - before[0] else before
    content = trimmed(doc, *side)
    return ReportingCue(
        token=according.i,
        cue=chars(doc, according.i, to.i),
        cls="say",
        source=source,
        content=content,
        colon_after=None,
    )


def _after_quotation(doc: Doc, verb: Token, inside: QuoteTokens) -> bool:
    """Whether the cue's clause follows a closing quotation mark at once
    ("“…,” he continued", "“…,” continued the senator")."""
    i = verb.i - 1
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:
        i = subject.left_edge.i - 1
    if i >= 0 and doc[i].lower_ == "as" and doc[i].head.i == verb.i:
        i -= 1  # "“…,” as one senator put it"
    return i >= 0 and doc[i].is_quote and inside(i)


def _colon_after(doc: Doc, verb: Token) -> int | None:
    """The offset after a colon ending the cue's clause ("Dragone said: …")."""
    sent = verb.sent
    last = sent.end - 1
    while last > verb.i and (doc[last].is_space or doc[last].is_quote):
        last -= 1
    for i in range(verb.i + 1, min(last, verb.i + 40) + 1):
        token = doc[i]
        if token.text == ":" and (i == last or doc[i + 1].is_quote or doc[i + 1].is_space):
            return token.idx + 1
    return None


def token_of(cue: ReportingCue) -> int:
    return cue.token
