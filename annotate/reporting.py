"""Reporting cues in the parse: the verb or phrase that reports, who it
names as the source, and the span it reports.

A `Matcher` over lemmas (`cue_matcher`, built once by the attribution
component) finds reporting verbs (`cues.py`) and "according to". For each
cue the dependency parse gives the source (`sources.py`) and the content
(its clausal complement, object, content preposition, or the clause it
interrupts: "…, sources said"), and `polarity.py` says whether a negation
scopes over it. "According to" an outlet is dropped when the
speaker has a verb of its own (the outlet is only the channel).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from annotate.cues import CueVerb, cue_verbs
from annotate.parse_spans import CharSpan, QuoteTokens, chars, noun_phrase, token_starts, trimmed
from annotate.polarity import cue_start, is_negated
from annotate.sources import fronted, inverted_clause, source_of


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


# Dependencies of a cue's children that never belong to its content.
_NOT_CONTENT = frozenset(
    "nsubj nsubjpass csubj expl aux auxpass neg advmod npadvmod punct cc conj mark "
    "prt dative agent intj prep dep appos advcl parataxis".split()
)


_PRONOUN_OBJECTS = frozenset("it this that so something anything nothing".split())
# A quotation signed off with a dash and a name: “…” ― Pamela Padilla


def cue_matcher(vocab: Vocab) -> Matcher:
    """The matcher for reporting cues (`cues.py` lemmas as verbs, "according
    to"). The attribution component builds it once, in its `__init__`."""
    matcher = Matcher(vocab)
    matcher.add("CUE", [[{"LEMMA": {"IN": sorted(cue_verbs())}, "POS": {"IN": ["VERB"]}}]])
    matcher.add("ACCORDING", [[{"LOWER": "according"}, {"LOWER": "to"}]])
    return matcher


def find_cues(doc: Doc, inside: QuoteTokens, matcher: Matcher) -> list[ReportingCue]:
    """The reporting cues of `doc` that `matcher` (see `cue_matcher`) finds,
    outside quotations, in token order."""
    table = cue_verbs()
    cues: list[ReportingCue] = []
    for match_id, start, _end in matcher(doc):
        token = doc[start]
        if inside(start):
            continue  # speech reported inside a quotation is the speaker's words
        if token.dep_ == "amod":
            continue  # "the so-called “…”", "a widely reported deal": an adjective
        if _headline_noun(token):
            continue  # "Café bombing; suspect arrested": a noun the tagger made a verb
        if doc.vocab.strings[match_id] == "ACCORDING":
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
    content = _content(doc, verb, spec)
    if content is not None and inverted_clause(doc, verb, inside) is not None:
        content = None  # "“…,” said the woman, who …": the quotation is the content
    colon = _colon_after(doc, verb)
    if content is None and colon is None and not _speech_verb(spec):
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


def _speech_verb(spec: CueVerb) -> bool:
    """Verbs that can introduce a quotation with no complement ("he said")."""
    return not spec.weak and not spec.needs_prep and not spec.quotes_only and spec.cls != "think"


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


def _content(doc: Doc, verb: Token, spec: CueVerb) -> CharSpan | None:
    """The span the cue reports, from its complements (or the clause it interrupts)."""
    clausal = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") or _that_clause(c)]
    clausal = [c for c in clausal if not _quoted_after_speech(doc, verb, c)]
    after = [c for c in clausal if c.i > verb.i]
    if after and len(after) < len(clausal) and all(_bare_verb(c) for c in after):
        # "“…,” he said on CBS's ''Face the Nation''": a title the parser
        # took for a clause; the fronted clause is what was said
        clausal, after = [c for c in clausal if c.i < verb.i], []
    if after:
        clausal = after  # "came after X said Y": not "came"
    elif clausal and not _set_off(doc, verb):
        clausal = []
    if spec.weak:
        clausal = [c for c in clausal if c.dep_ == "ccomp" and _finite_clause(c)]
        if not clausal:  # only "As Ms. X put it, …", "as Ryan has pointed out, …"
            if verb.lemma_ == "put" and not any(c.lower_ == "it" for c in verb.rights):
                return None
            if verb.lemma_ in _NOT_AS_CUES:
                return None  # "as talks continue"
            return _interrupted_clause(doc, verb, spec)
    parts = list(clausal)
    wh_object = False  # "what he described as …"
    for child in verb.children:
        dep = child.dep_
        if dep == "dobj":
            if child.lower_ in _PRONOUN_OBJECTS:
                continue
            if child.i < verb.i and child.tag_ in ("WP", "WDT"):
                wh_object = True
                continue  # "examining what Tusk called an act of …": not the words
            if spec.addressee and not any(c.dep_ == "xcomp" for c in clausal):
                continue
            if spec.object or (spec.addressee and clausal):
                parts.append(child)
        elif dep == "oprd" or (dep == "parataxis" and not clausal and child.i > verb.i):
            parts.append(child)
        elif dep == "prep" and child.lower_ in spec.preps:
            pobj = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            # "called for an inquiry": the preposition is part of the cue
            parts.extend(pobj if child.i == verb.i + 1 and pobj else [child])
        elif (
            dep == "prep"
            and child.lower_ == "as"
            and (wh_object or any(p.dep_ == "dobj" for p in parts))
        ):
            parts.append(child)
    if not parts:
        return _interrupted_clause(doc, verb, spec)
    if spec.needs_prep and not any(p.dep_ in ("prep", "pobj", "pcomp") for p in parts):
        if verb.lemma_.lower() == "hit" or not any(_quoted_object(doc, p) for p in parts):
            # "attacked the plan"; but "attacked “the hateful ideology …”". Only
            # "hit out at", "hit him for": "had hit “military targets”" struck them.
            return None
    first = min(p.left_edge.i for p in parts)
    last = max(p.right_edge.i for p in parts)
    fronted = _fronted_subject(doc, verb, clausal)
    if fronted is not None:
        first = min(first, fronted.left_edge.i)
    return _within_sentence(doc, verb, first, last)


def _bare_verb(clause: Token) -> bool:
    """A base-form verb with no subject: a title or slogan, not a report."""
    return clause.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in clause.children
    )


# Weak verbs whose "as" clause is not a report ("as talks continue", "as
# the figures show").
_NOT_AS_CUES = frozenset(("continue", "show"))


def _quoted_object(doc: Doc, part: Token) -> bool:
    """An object that is a quotation: it opens with the quotation mark."""
    first = part.left_edge.i
    return part.dep_ == "dobj" and doc[first].is_quote and doc[first].text in "“\"‘'"


def _quoted_after_speech(doc: Doc, verb: Token, clause: Token) -> bool:
    """ "The spot concludes with footage of Trump saying, “That makes me
    smart”": a quotation the parser hung on a cue, with another speech verb
    between them, is what the nearer verb says."""
    first = clause.left_edge.i
    if not doc[first].is_quote:
        first -= 1  # the parser hangs the opening mark on the cue
    if first <= verb.i + 1 or not doc[first].is_quote:
        return False
    table = cue_verbs()
    for token in doc[verb.i + 1 : first]:
        spec = table.get(token.lemma_)
        if token.pos_ == "VERB" and spec is not None and _speech_verb(spec):
            # a speech verb left with nothing to say: the quotation is its words
            return not any(
                c.dep_ in ("ccomp", "xcomp", "dobj")
                or (c.dep_ == "prep" and c.lower_ in spec.preps)
                for c in token.children
            )
    return False


def _that_clause(child: Token) -> bool:
    """ "tweeted in the early hours that X was …": a that-clause the parser
    hung on the cue as an adverbial clause."""
    return (
        child.dep_ == "advcl"
        and child.i > child.head.i
        and child.left_edge.lower_ == "that"
        and child.left_edge.dep_ in ("mark", "advmod")
    )


def _fronted_subject(doc: Doc, verb: Token, clausal: list[Token]) -> Token | None:
    """ "These attacks, Dragone told the FT, are forcing …": the subject of a
    complement that lacks one, hung on the cue before its own subject."""
    if not clausal or clausal[0].i < verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clausal[0].children):
        return None
    return fronted(doc, verb)


def _set_off(doc: Doc, verb: Token) -> bool:
    """Whether the cue's clause follows punctuation ("“…,” he said", "…, sources
    said"), as a cue placed after its content does."""
    start = min(
        [verb.i]
        + [
            c.left_edge.i
            for c in verb.lefts
            if c.dep_ in ("nsubj", "nsubjpass", "aux", "advmod", "neg")
        ]
    )
    return start > 0 and (doc[start - 1].is_punct or doc[start - 1].is_quote)


def _within_sentence(doc: Doc, verb: Token, first: int, last: int) -> CharSpan | None:
    """Content tokens first..last cut to the cue's sentence and paragraph."""
    sent = verb.sent
    first, last = max(first, sent.start), min(last, sent.end - 1)
    for i in range(verb.i, last + 1):
        if "\n" in doc[i].text:
            last = i - 1
            break
    for i in range(verb.i, first - 1, -1):
        if "\n" in doc[i].text:
            first = i + 1
            break
    return trimmed(doc, first, last)


def _finite_clause(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in clause.children)


def _interrupted_clause(doc: Doc, verb: Token, spec: CueVerb) -> CharSpan | None:
    """ "The economy is strong, he said": a speech verb attached to the clause
    it reports (parataxis, or a ccomp pointing the wrong way)."""
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") or verb.head.i == verb.i:
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return None
    as_put = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )  # "As Ms. X put it, …", "…, as he said"
    if not as_put:
        if spec.weak or verb.dep_ == "advcl" or not _set_off(doc, verb):
            return None
        if head.i > verb.i and verb.dep_ != "parataxis" and not _parenthetical(doc, verb):
            return None
    cue_first, cue_last = verb.left_edge.i, verb.right_edge.i
    ahead = fronted(doc, verb)
    if ahead is not None:
        cue_first = ahead.right_edge.i + 2  # after its comma
    if cue_first > 0 and doc[cue_first - 1].is_quote:
        return None  # "“…,” she said": the quotation is the content
    first, last = head.left_edge.i, head.right_edge.i
    while last > cue_last and (doc[last].is_punct or doc[last].is_space):
        last -= 1  # "X, Tusk said, calling it “…”." ends with the cue's clause
    if cue_first <= first:
        first = cue_last + 1
    elif cue_last >= last:
        last = cue_first - 1
    return trimmed(doc, first, last)


def _parenthetical(doc: Doc, verb: Token) -> bool:
    """ "X, the admiral told the FT, is …": the cue's clause is set off by
    commas or dashes on both sides, inside the clause it reports."""
    edge = verb.right_edge.i
    after = edge if doc[edge].is_punct else edge + 1
    return after < len(doc) and doc[after].text in (",", "—", "–") and _set_off(doc, verb)


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
