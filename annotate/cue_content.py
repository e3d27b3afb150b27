"""What a reporting cue reports: the span of its content in the parse.

A cue's content is its clausal complement ("said that …"), its object
where the verb takes one ("denied the report"), a content preposition
("accused X of …", "called for …"), or the clause it interrupts ("The
economy is strong, he said"; "These attacks, X told the FT, are …"), cut to
its sentence and paragraph. `reporting.find_cues` calls `content_of` for
each verb cue.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.cues import CueVerb, cue_verbs
from annotate.parse_spans import CharSpan, trimmed
from annotate.sources import fronted

_PRONOUN_OBJECTS = frozenset("it this that so something anything nothing".split())
# "confirm a replacement", "confirmed the nominee": confirming someone to an
# office reports nothing (objects that are people or appointments).
_APPOINTED = frozenset(
    "replacement successor nominee appointee nomination appointment candidate pick".split()
)


def speech_verb(spec: CueVerb) -> bool:
    """Verbs that can introduce a quotation with no complement ("he said")."""
    return not spec.weak and not spec.needs_prep and not spec.quotes_only and spec.cls != "think"


def content_of(doc: Doc, verb: Token, spec: CueVerb) -> CharSpan | None:
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
            if verb.lemma_ == "confirm" and (
                child.lemma_.lower() in _APPOINTED or child.ent_type_ == "PERSON"
            ):
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
        if token.pos_ == "VERB" and spec is not None and speech_verb(spec):
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
