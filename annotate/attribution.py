"""Attribution: the cue, source and content of quotes and reported speech.

Two passes over one parsed `Doc`, both local to the cues and quotes found:

1. Cues. A `Matcher` over lemmas finds reporting verbs (`cues.py`) and
   "according to". For each cue the dependency parse gives the source (the
   subject, or the subject it shares as a conjunct, participle or relative
   clause) and the content (its clausal complement, object, content
   preposition, or the clause it interrupts: "…, sources said").
2. Quotes. Each quotation takes the cue whose content it lies in (a full
   quote introduced by "She added:", a partial quote in reported speech), else
   the cue right before it across a colon or right after it ("“…,” he said"),
   else, if it is a whole sentence or paragraph of its own, the speaker of the
   quotation just before it (a speaker's run of quoted paragraphs). Otherwise
   its source is None: nobody is guessed.

A cue's content that is only quotation becomes just the quote(s); content
beyond the quotation marks becomes a claim as well.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from annotate.cues import NOT_SOURCES, RELATIVE, CueVerb, cue_verbs
from annotate.polarity import cue_start, is_negated
from annotate.quote_kinds import quote_kind

CharSpan = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Attribution:
    """One attribution found in a doc, in character offsets of `doc.text`."""

    content: CharSpan
    source: CharSpan | None = None
    cue: CharSpan | None = None
    cue_class: str = "say"
    quoted: bool = False  # the content is exactly a quotation (marks included)
    polarity: str = "affirmed"  # "negated": the source did *not* say it
    kind: str = "speech"  # of a quotation: "speech", "term" or "title"


@dataclass(frozen=True, slots=True)
class _Cue:
    """A reporting cue with what the parse says about it (token indices)."""

    token: int
    cue: CharSpan
    cls: str
    source: CharSpan | None
    content: CharSpan | None
    colon_after: int | None  # char offset just after a ':' ending its clause
    negated: bool = False  # "did not say", "declined to confirm"


# Dependencies of a cue's children that never belong to its content.
_NOT_CONTENT = frozenset(
    "nsubj nsubjpass csubj expl aux auxpass neg advmod npadvmod punct cc conj mark "
    "prt dative agent intj prep dep appos advcl parataxis".split()
)
# Right-hand dependents that end a source noun phrase.
_NOT_IN_SOURCE = frozenset("appos relcl acl advcl punct parataxis dep".split())
_PRONOUN_OBJECTS = frozenset("it this that so something anything nothing".split())
# A quotation signed off with a dash and a name: “…” ― Pamela Padilla
_DASH_SIGNATURE = re.compile(
    r"[ \t]*(?P<dash>[―—–])[ \t]*(?P<name>[A-Z][\w.’'-]*(?:[ \t,]+[\w.’'()-]+){0,9}?)"
    r"[.,;]?[ \t]*(?:\n|$)"
)
_WINDOW = 8  # tokens between a quotation and a cue outside it
_REACH = 400  # tokens from a quotation to any cue whose content may hold it


@lru_cache(maxsize=8)
def _matcher(vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    matcher.add("CUE", [[{"LEMMA": {"IN": sorted(cue_verbs())}, "POS": {"IN": ["VERB"]}}]])
    matcher.add("ACCORDING", [[{"LOWER": "according"}, {"LOWER": "to"}]])
    return matcher


def find_attributions(doc: Doc, quotes: list[CharSpan]) -> list[Attribution]:
    """Quotes (attributed where the text says who) and claims of `doc`."""
    text = doc.text  # built anew on every access: once per doc
    quote_tokens = [_token_range(doc, span) for span in quotes]
    inside = _Inside(quote_tokens)
    cues = _find_cues(doc, inside)
    out: list[Attribution] = []
    linked: dict[int, list[int]] = {}  # cue index -> quotes it owns
    previous: tuple[int, _Cue | None] | None = None  # last quote and its cue
    for q, (span, (first, last)) in enumerate(zip(quotes, quote_tokens, strict=True)):
        owner = _owner(doc, text, span, first, last, cues, previous, quotes)
        kind = quote_kind(text, span, owner is not None)
        if kind != "speech":  # a title is nobody's words; a term had no owner
            out.append(Attribution(content=span, quoted=True, kind=kind))
            continue
        previous = (q, owner)
        if owner is None:
            out.append(Attribution(content=span, quoted=True))
            continue
        linked.setdefault(id(owner), []).append(q)
        out.append(Attribution(span, owner.source, owner.cue, owner.cls, quoted=True))
    for cue in cues:
        if cue.content is None:
            continue
        start, end = _with_whole_quotes(text, cue.content, quotes)
        if _only_quotation(text, start, end, quotes):
            continue
        polarity = "negated" if cue.negated else "affirmed"
        out.append(Attribution((start, end), cue.source, cue.cue, cue.cls, False, polarity))
    out.sort(key=lambda a: (a.content, not a.quoted))
    return out


class _Inside:
    """Which tokens lie inside a quotation (marks included), by bisection."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in ranges]
        self.ends = [e for _, e in ranges]

    def __call__(self, i: int) -> bool:
        k = bisect_right(self.starts, i) - 1
        return k >= 0 and i <= self.ends[k]


def _token_range(doc: Doc, span: CharSpan) -> tuple[int, int]:
    """First and last token index of a character span."""
    starts = _starts(doc)
    first = max(0, bisect_right(starts, span[0]) - 1)
    last = max(first, bisect_left(starts, span[1]) - 1)
    return first, last


def _starts(doc: Doc) -> list[int]:
    cached = doc.user_data.get("briefing_token_starts")
    if cached is None or len(cached) != len(doc):
        cached = [t.idx for t in doc]
        doc.user_data["briefing_token_starts"] = cached
    return cached


def _chars(doc: Doc, first: int, last: int) -> CharSpan:
    end = doc[last]
    return doc[first].idx, end.idx + len(end.text)


def _find_cues(doc: Doc, inside: _Inside) -> list[_Cue]:
    table = cue_verbs()
    cues: list[_Cue] = []
    for match_id, start, _end in _matcher(doc.vocab)(doc):
        token = doc[start]
        if inside(start):
            continue  # speech reported inside a quotation is the speaker's words
        if doc.vocab.strings[match_id] == "ACCORDING":
            cue = _according(doc, token)
        else:
            cue = _verb_cue(doc, token, table[token.lemma_], inside)
        if cue is not None:
            cues.append(cue)
    cues.sort(key=_token_of)
    return cues


def _verb_cue(doc: Doc, verb: Token, spec: CueVerb, inside: _Inside) -> _Cue | None:
    content = _content(doc, verb, spec)
    colon = _colon_after(doc, verb)
    if content is None and colon is None and not _speech_verb(spec):
        return None
    last = verb.i
    cls = spec.cls
    for child in verb.rights:
        if child.i != last + 1:
            break
        if child.dep_ == "prt" or (child.dep_ == "prep" and child.lower_ in spec.preps):
            last = child.i
            cls = dict(spec.prep_classes).get(child.lower_, cls)
    negated = is_negated(verb)
    first = cue_start(verb) if negated else verb.i
    return _Cue(
        token=verb.i,
        cue=_chars(doc, first, last),
        cls=cls,
        source=_source(doc, verb, inside),
        content=content,
        colon_after=colon,
        negated=negated,
    )


def _speech_verb(spec: CueVerb) -> bool:
    """Verbs that can introduce a quotation with no complement ("he said")."""
    return not spec.weak and not spec.needs_prep and spec.cls != "think"


def _according(doc: Doc, according: Token) -> _Cue | None:
    """ "according to X, content" or "content, according to X"."""
    to = doc[according.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    source = _noun_phrase(doc, pobj)
    phrase_first = according.i
    phrase_last = max(pobj.right_edge.i, to.i)
    sent = according.sent
    before = (sent.start, phrase_first - 1)
    after = (phrase_last + 1, sent.end - 1)
    side = after if after[1] - after[0] >= before[1] - before[0] else before
    content = _trimmed(doc, *side)
    return _Cue(
        token=according.i,
        cue=_chars(doc, according.i, to.i),
        cls="say",
        source=source,
        content=content,
        colon_after=None,
    )


def _content(doc: Doc, verb: Token, spec: CueVerb) -> CharSpan | None:
    """The span the cue reports, from its complements (or the clause it interrupts)."""
    clausal = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if any(c.i > verb.i for c in clausal):
        clausal = [c for c in clausal if c.i > verb.i]  # "came after X said Y": not "came"
    elif clausal and not _set_off(doc, verb):
        clausal = []
    if spec.weak:
        clausal = [c for c in clausal if c.dep_ == "ccomp" and _finite_clause(c)]
        if not clausal:
            return None
    parts = list(clausal)
    for child in verb.children:
        dep = child.dep_
        if dep == "dobj":
            if child.lower_ in _PRONOUN_OBJECTS:
                continue
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
        elif dep == "prep" and child.lower_ == "as" and any(p.dep_ == "dobj" for p in parts):
            parts.append(child)
    if not parts:
        return _interrupted_clause(doc, verb, spec)
    if spec.needs_prep and not any(p.dep_ in ("prep", "pobj", "pcomp") for p in parts):
        return None
    first = min(p.left_edge.i for p in parts)
    last = max(p.right_edge.i for p in parts)
    fronted = _fronted_subject(doc, verb, clausal)
    if fronted is not None:
        first = min(first, fronted.left_edge.i)
    return _within_sentence(doc, verb, first, last)


def _fronted_subject(doc: Doc, verb: Token, clausal: list[Token]) -> Token | None:
    """ "These attacks, Dragone told the FT, are forcing …": the subject of a
    complement that lacks one, hung on the cue before its own subject."""
    if not clausal or clausal[0].i < verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clausal[0].children):
        return None
    return _fronted(doc, verb)


def _fronted(doc: Doc, verb: Token) -> Token | None:
    """A noun phrase the parser hung on the cue although it belongs to the
    clause the cue interrupts: it comes before the cue's own subject and a
    comma or dash sets it off."""
    lefts = [c for c in verb.lefts if c.dep_ in ("nsubj", "dep", "npadvmod")]
    for child in lefts:
        after = child.right_edge.i + 1
        own = [c for c in lefts if c.i > child.i and c.dep_ == "nsubj"]
        if (
            child.pos_ in ("NOUN", "PROPN", "PRON")
            and after < verb.i
            and doc[after].text in (",", "—", "–")
            and (child.dep_ != "nsubj" or own)
        ):
            return child
    return None


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
    return _trimmed(doc, first, last)


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
    fronted = _fronted(doc, verb)
    if fronted is not None:
        cue_first = fronted.right_edge.i + 2  # after its comma
    if cue_first > 0 and doc[cue_first - 1].is_quote:
        return None  # "“…,” she said": the quotation is the content
    first, last = head.left_edge.i, head.right_edge.i
    while last > cue_last and (doc[last].is_punct or doc[last].is_space):
        last -= 1  # "X, Tusk said, calling it “…”." ends with the cue's clause
    if cue_first <= first:
        first = cue_last + 1
    elif cue_last >= last:
        last = cue_first - 1
    return _trimmed(doc, first, last)


def _parenthetical(doc: Doc, verb: Token) -> bool:
    """ "X, the admiral told the FT, is …": the cue's clause is set off by
    commas or dashes on both sides, inside the clause it reports."""
    edge = verb.right_edge.i
    after = edge if doc[edge].is_punct else edge + 1
    return after < len(doc) and doc[after].text in (",", "—", "–") and _set_off(doc, verb)


def _trimmed(doc: Doc, first: int, last: int) -> CharSpan | None:
    """Character span of tokens first..last without edge punctuation (quote
    marks stay)."""
    while first <= last and (doc[first].is_punct or doc[first].is_space):
        if doc[first].is_quote and doc[first].text in "“\"'‘`":
            break
        first += 1
    while last >= first and (doc[last].is_punct or doc[last].is_space):
        if doc[last].is_quote and doc[last].text in "”\"'’":
            break
        last -= 1
    if last < first:
        return None
    return _chars(doc, first, last)


def _source(doc: Doc, verb: Token, inside: _Inside) -> CharSpan | None:
    """The mention of who speaks through `verb`, if the sentence says."""
    cue = verb
    for _ in range(6):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if len(subjects) > 1 and verb is cue:  # the nearest; the other is fronted
            fronted = _fronted(doc, verb)
            subjects = [c for c in subjects if fronted is None or c.i != fronted.i]
        subject = subjects[0] if subjects else None
        if subject is not None and not inside(subject.i):
            if subject.lower_ in RELATIVE and verb.dep_ == "relcl":
                return _noun_phrase(doc, verb.head)
            if subject.lower_ in NOT_SOURCES:
                return None
            return _noun_phrase(doc, subject)
        if subject is not None:  # the parser took words of a quotation for the subject
            return _nearby_name(doc, cue, inside)
        if subject is None and verb is cue:
            inverted = _inverted_subject(doc, verb, inside)
            if inverted is not None:
                return _noun_phrase(doc, inverted)
            between = _name_after_quotation(doc, verb, inside)
            if between is not None:
                return between
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            return _noun_phrase(doc, pobj) if pobj is not None else None
        if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp") and verb.head.i != verb.i:
            if verb.dep_ == "advcl" and verb.tag_ != "VBG":
                return None
            verb = verb.head
            if verb.dep_ == "prep":  # "quoted as saying"
                verb = verb.head
            if verb.dep_ == "advmod" and verb.lower_ == "short":  # "stopped short of"
                verb = verb.head
            continue
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "X issued a statement saying …": X, else the statement itself
            noun = verb.head
            if noun.dep_ == "dobj" and noun.head.i != noun.i:
                verb = noun.head
                if any(c.dep_ == "nsubj" for c in verb.children):
                    continue
            return _noun_phrase(doc, noun)
        return None
    return None


def _inverted_subject(doc: Doc, verb: Token, inside: _Inside) -> Token | None:
    """ "“…,” added a senior official": right after a closing mark, a
    finite cue followed at once by a noun phrase that the parser took for
    its object. (Not "telling Reuters", not "said Monday".)"""
    if verb.i == 0 or not doc[verb.i - 1].is_quote or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if cue_verbs()[verb.lemma_].addressee:
        return None
    for child in verb.rights:
        if (
            child.dep_ in ("dobj", "attr", "npadvmod", "nsubj")
            and child.pos_ in ("PROPN", "NOUN")
            and child.left_edge.i == verb.i + 1
            and child.ent_type_ not in ("DATE", "TIME")
            and not inside(child.i)
        ):
            return child
    return None


def _name_after_quotation(doc: Doc, cue: Token, inside: _Inside) -> CharSpan | None:
    """ "“…,” Gene Sperling, a Clinton adviser, said": the parser hung the
    name on the quotation's clause; take the first name between the closing
    mark and the cue."""
    if cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return None
    closing = None
    for i in range(cue.i - 1, max(-1, cue.i - 1 - 2 * _WINDOW), -1):
        if "\n" in doc[i].text:
            return None
        if inside(i):
            closing = i
            break
    if closing is None or not doc[closing].is_quote:
        return None
    first = closing + 1
    while first < cue.i and doc[first].is_punct:
        first += 1
    if first < cue.i and doc[first].pos_ == "PROPN":
        token = doc[first]
        while (
            token.dep_ in ("compound", "flat")
            and token.i < token.head.i < cue.i
            and token.head.pos_ in ("PROPN", "NOUN")
        ):
            token = token.head
        if token.i < cue.i:
            return _trimmed(doc, first, token.i)
    return None


def _nearby_name(doc: Doc, cue: Token, inside: _Inside) -> CharSpan | None:
    """A name or pronoun right beside the cue, outside quotation marks, when
    the parse offers none ("…,” Flynn, a top surrogate, said")."""
    sent = cue.sent
    for i in [
        *range(cue.i + 1, min(sent.end, cue.i + 4)),
        *range(cue.i - 1, max(sent.start, cue.i - 8) - 1, -1),
    ]:
        token = doc[i]
        if inside(i) or "\n" in token.text:
            break
        if token.pos_ in ("PROPN", "PRON") and token.lower_ not in NOT_SOURCES:
            while token.dep_ in ("compound", "flat") and token.head.i != token.i:
                token = token.head
            return _noun_phrase(doc, token)
    return None


def _noun_phrase(doc: Doc, head: Token) -> CharSpan | None:
    """The noun phrase headed by `head`, without appositions or relative clauses."""
    if head.lower_ in NOT_SOURCES:
        return None
    first = head.left_edge.i
    last = head.i
    for child in head.rights:
        if child.dep_ in _NOT_IN_SOURCE:
            break
        last = max(last, child.right_edge.i)
    for i in range(head.i, first - 1, -1):  # a phrase never spans paragraphs
        if "\n" in doc[i].text:
            first = i + 1
            break
    for i in range(head.i, last + 1):
        if "\n" in doc[i].text:
            last = i - 1
            break
    return _trimmed(doc, first, last)


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


def _owner(
    doc: Doc,
    text: str,
    span: CharSpan,
    first: int,
    last: int,
    cues: list[_Cue],
    previous: tuple[int, _Cue | None] | None,
    quotes: list[CharSpan],
) -> _Cue | None:
    """The cue a quotation belongs to, or None when the text names no speaker."""
    start, end = span
    best: _Cue | None = None
    best_overlap = 0
    lo = bisect_left(cues, first - _REACH, key=_token_of)
    hi = bisect_right(cues, last + _REACH, key=_token_of)
    for cue in cues[lo:hi]:
        if cue.content is None:
            continue
        c_start, c_end = cue.content
        overlap = min(end, c_end) - max(start, c_start)
        if overlap > best_overlap or (overlap == best_overlap > 0 and cue.negated):
            best, best_overlap = cue, overlap
    if best is not None:
        # words under a negated cue ("did not call it “…”") are nobody's
        return None if best.negated else best
    signed = _DASH_SIGNATURE.match(text, end)
    if signed is not None:
        return _Cue(
            token=-1,
            cue=signed.span("dash"),
            cls="say",
            source=signed.span("name"),
            content=None,
            colon_after=None,
        )
    gap_before = text[:start].rstrip()
    for cue in reversed(cues):
        if cue.colon_after is not None and cue.colon_after <= start:
            if cue.colon_after >= len(gap_before) and not cue.negated:
                return cue
            break
    after = _cue_after(doc, last, cues)
    if after is not None:
        return after
    before = _cue_before(doc, first, cues)
    if before is not None:
        return before
    if previous is not None and previous[1] is not None:
        prev_start, prev_end = quotes[previous[0]]
        between = text[prev_end:start]
        standalone = not gap_before or gap_before[-1] in ".!?”\"'\n:"
        if (
            standalone
            and between.count("\n") <= 2
            and not any(prev_end <= c.cue[0] < start and c is not previous[1] for c in cues)
            and _sentence_has_no_cue(doc, first, last, cues, previous[1])
        ):
            return previous[1]
    return None


def _cue_after(doc: Doc, last: int, cues: list[_Cue]) -> _Cue | None:
    """A speech cue just after the quotation, in the same paragraph. A cue
    with content of its own qualifies only after a quotation ending in a
    comma ("“…,” he said on CBS's “Face the Nation.”")."""
    handed_on = any(doc[i].text == "," for i in (last - 1, last + 1) if 0 <= i < len(doc))
    limit = min(len(doc), last + 1 + _WINDOW)
    for i in range(last + 1, limit):
        token = doc[i]
        if "\n" in token.text or (token.is_quote and token.text in "“\"'‘"):
            return None
        cue = _cue_at(cues, i)
        if cue is not None and (cue.content is None or handed_on):
            return None if cue.negated else cue
        if token.text in ".!?" and i > last + 1:
            return None
    return None


def _cue_before(doc: Doc, first: int, cues: list[_Cue]) -> _Cue | None:
    """A speech cue just before the quotation ("he said, “…”")."""
    for i in range(first - 1, max(-1, first - 1 - _WINDOW), -1):
        token = doc[i]
        if "\n" in token.text or token.text in ".!?;" or token.is_quote:
            return None
        cue = _cue_at(cues, i)
        if cue is not None and cue.content is None:
            return None if cue.negated else cue
    return None


def _cue_at(cues: list[_Cue], i: int) -> _Cue | None:
    k = bisect_left(cues, i, key=_token_of)
    return cues[k] if k < len(cues) and cues[k].token == i else None


def _token_of(cue: _Cue) -> int:
    return cue.token


def _sentence_has_no_cue(doc: Doc, first: int, last: int, cues: list[_Cue], allowed: _Cue) -> bool:
    """Whether the quotation's own sentence(s), within its paragraph, hold no
    other cue. The parser often starts the next paragraph's sentence at a
    closing mark, so the sentence is cut at the paragraph break."""
    sent_first = doc[first].sent.start
    sent_last = doc[last].sent.end
    for i in range(last + 1, sent_last):
        if "\n" in doc[i].text:
            sent_last = i
            break
    for i in range(first - 1, sent_first - 1, -1):
        if "\n" in doc[i].text:
            sent_first = i + 1
            break
    return not any(sent_first <= c.token < sent_last and c is not allowed for c in cues)


def _with_whole_quotes(text: str, content: CharSpan, quotes: list[CharSpan]) -> CharSpan:
    """Content extended to the end of a quotation it starts but cuts short
    (the parser hangs closing marks on the main verb), within its paragraph."""
    start, end = content
    k = bisect_right(quotes, (end, end))
    for q_start, q_end in quotes[max(0, k - 3) : k]:
        if start <= q_start < end < q_end and "\n" not in text[end:q_end]:
            end = q_end
    return start, end


def _only_quotation(text: str, start: int, end: int, quotes: list[CharSpan]) -> bool:
    """Whether text[start:end] is quotation apart from punctuation, "that" and spaces."""
    pos = start
    rest = []
    for q_start, q_end in quotes:
        if q_end <= start or q_start >= end:
            continue
        rest.append(text[pos:q_start])
        pos = max(pos, q_end)
    if not rest:
        return False
    rest.append(text[pos:end])
    leftover = "".join(rest)
    words = [w for w in leftover.replace(",", " ").split() if any(ch.isalnum() for ch in w)]
    return all(w.lower() in ("that", "and", "but") for w in words)
