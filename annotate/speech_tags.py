"""Speech tags: the cue in a quotation's own sentence that says who spoke it.

The rules `speakers.speaker_cue` tries after a quotation's content and
carry-over cues: a cue right after it ("“…,” he said", however long the
subject's apposition), a cue right before it ("he said, “…”", "she said in
an interview, “…”"), and a cue in whose parse it hangs as a complement or
object. Each refuses what is no speech tag: a clause of time or cause, a
verb whose subject is the quotation, a quotation a word before it governs.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from annotate.parse_spans import WINDOW, nickname_at
from annotate.reporting import ReportingCue, token_of

CLAUSE_REACH = 30  # tokens from a cue to the quotation its clause introduces


def cue_after(doc: Doc, last: int, cues: list[ReportingCue]) -> ReportingCue | None:
    """A speech cue just after the quotation, in the same paragraph. A cue
    with content of its own qualifies only after a quotation ending in a
    comma ("“…,” he said on CBS's “Face the Nation.”")."""
    # “…,” / “…?” / “…!” and then the cue: the quotation hands on to its speaker
    handed_on = any(
        doc[i].text in (",", "?", "!") for i in (last - 1, last + 1) if 0 <= i < len(doc)
    )
    subject_cue = _cue_of_subject_after(doc, last, cues)
    if subject_cue is not None and (subject_cue.content is None or handed_on):
        return None if subject_cue.negated else subject_cue
    # after "…,”" the cue may follow a long subject ("former opener turned
    # commentator Mark “Tubs” Cullen said"); the sentence still ends the search
    limit = min(len(doc), last + 1 + (CLAUSE_REACH if handed_on else WINDOW))
    skip_to = last
    for i in range(last + 1, limit):
        if i <= skip_to:
            continue
        token = doc[i]
        if token.is_quote and token.text in "“\"'‘":
            nick = nickname_at(doc, i)
            if nick is None:
                return None
            skip_to = nick
            continue
        if "\n" in token.text:
            return None
        cue = _cue_at(cues, i)
        near = i <= last + WINDOW
        if cue is not None and (cue.content is None or (handed_on and near)):
            # "“…,” Cole, the frontrunner, said": the parser made words of the
            # quotation the subject, but the speaker stands after it
            named_after = (
                cue.source is not None
                and cue.source[0] == _first_word_after(doc, last)
                and not any(c.dep_ == "nsubjpass" for c in doc[cue.token].children)
            )
            if _subject_within(doc[cue.token], last) and not named_after:
                return None  # "the so-called “peace plan” was rejected": its subject
            if _subordinate(doc[cue.token]):
                return None  # "“…,” when Clinton blasted him": no speech tag
            return None if cue.negated else cue
        if token.text in ".!?" and i > last + 1:
            return None
    return None


def _first_word_after(doc: Doc, last: int) -> int:
    """The offset of the first word after token `last` (past marks and commas)."""
    i = last + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].is_space):
        i += 1
    return doc[i].idx if i < len(doc) else -1


# Words that open a clause of time, cause or condition, never a speech tag.
_SUBORDINATORS = frozenset(
    "when while after before because if since although though unless until once whereas".split()
)


def _subordinate(verb: Token) -> bool:
    """Whether the cue's clause opens with "when", "after", "because" …"""
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS and c.i < verb.i
        for c in verb.children
    )


def named_before(doc: Doc, first: int, last: int, cues: list[ReportingCue]) -> bool:
    """ "In a box labelled “next of kin,” a nurse wrote …": the quotation is
    the object of a word before it in its own clause (not a reporting cue),
    so the clause after it is no speech tag."""
    root = next(
        (t for t in doc[first : last + 1] if not t.is_punct and not first <= t.head.i <= last),
        None,
    )
    if root is None or root.head.i >= first or root.head.pos_ not in ("VERB", "ADP"):
        return False
    between = doc[root.head.i : first]
    if any("\n" in t.text or t.text in ".!?;" or t.is_sent_start for t in between[1:]):
        return False
    return _cue_at(cues, root.head.i) is None


def _subject_within(verb: Token, last: int) -> bool:
    """Whether the verb's only subject lies in or before the quotation ending
    at token `last`: the quotation is what the verb is about, not its words."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and max(subjects) <= last


def _cue_of_subject_after(doc: Doc, last: int, cues: list[ReportingCue]) -> ReportingCue | None:
    """ "“…,” Jane Roe, the mayor's adviser for housing and transport, said":
    the quotation is followed at once by the subject of a cue, however long
    its apposition."""
    i = last + 1
    while i < len(doc) and doc[i].is_punct and not doc[i].is_quote and "\n" not in doc[i].text:
        i += 1
    if i >= len(doc) or doc[i].is_quote:
        return None
    subject = doc[i]
    while subject.dep_ not in ("nsubj", "nsubjpass") and subject.head.i != subject.i:
        if subject.dep_ not in ("compound", "det", "amod", "poss", "nmod", "flat"):
            return None
        subject = subject.head
    edge = subject.left_edge.i
    while edge < i and (doc[edge].is_punct or doc[edge].is_quote):
        edge += 1  # the parser hangs the closing mark and comma on the subject
    if edge != i or subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = subject.head
    if not 0 < verb.i - subject.right_edge.i <= 3 or verb.i - last > CLAUSE_REACH:
        return None
    if any("\n" in t.text for t in doc[last + 1 : verb.i]):
        return None
    return _cue_at(cues, verb.i)


def cue_before(doc: Doc, first: int, cues: list[ReportingCue]) -> ReportingCue | None:
    """A speech cue just before the quotation ("he said, “…”"); with content
    of its own only when a comma or colon alone stands between ("including,
    he said, “…”")."""
    for i in range(first - 1, max(-1, first - 1 - WINDOW), -1):
        token = doc[i]
        if "\n" in token.text or token.text in ".!?;" or token.is_quote:
            return None
        cue = _cue_at(cues, i)
        if cue is not None and (cue.content is None or _set_off_before(doc, i, first)):
            return None if cue.negated else cue
    return _clause_before(doc, first, cues)


def _set_off_before(doc: Doc, cue: int, first: int) -> bool:
    """Only a comma or colon between the cue (and its particle) and the quotation."""
    between = [t.text for t in doc[cue + 1 : first] if t.dep_ != "prt"]
    return bool(between) and all(t in (",", ":") for t in between)


def _clause_before(doc: Doc, first: int, cues: list[ReportingCue]) -> ReportingCue | None:
    """ "she said in an interview with the Herald on Monday, “…”": a cue whose
    own clause runs up to the comma or colon before the quotation."""
    j = first - 1
    while j >= 0 and doc[j].text in (",", ":", "—", "–"):
        j -= 1
    if j < 0 or j == first - 1:
        return None
    for token in (doc[j], *doc[j].ancestors):
        if token.i < first - CLAUSE_REACH:
            return None
        cue = _cue_at(cues, token.i)
        if cue is not None:
            if cue.content is not None or cue.negated:
                return None
            between = doc[token.i : first]
            if any("\n" in t.text or t.text in ".!?;" or t.is_quote for t in between):
                return None
            return cue
    return None


# How the branch holding a quotation hangs on the cue when it reports it.
_CONTENT_BRANCHES = frozenset("ccomp xcomp dobj prep oprd attr pcomp acomp".split())


_CONTENT_PREPS = frozenset("that about of on for as against over to".split())


def governing_cue(doc: Doc, first: int, last: int, cues: list[ReportingCue]) -> ReportingCue | None:
    """ "who noted that during the recession prices had “cratered”": a
    quotation inside a branch of the cue's own parse that carries what it
    reports (a complement, object or preposition after it), when the parser
    left the cue without a content span."""
    root = next(
        (t for t in doc[first : last + 1] if not t.is_punct and not first <= t.head.i <= last),
        None,
    )
    if root is None:
        return None
    branch = root
    for token in root.ancestors:
        if token.i < first - CLAUSE_REACH:
            return None
        cue = _cue_at(cues, token.i)
        if cue is not None:
            if cue.negated or token.i > first or branch.dep_ not in _CONTENT_BRANCHES:
                return None
            if branch.dep_ == "prep" and branch.lower_ not in _CONTENT_PREPS:
                return None  # "stressed her support during a “…”"
            return cue
        if token.pos_ in ("VERB", "AUX") and branch.dep_ in ("conj", "parataxis"):
            return None
        branch = token
    return None


def _cue_at(cues: list[ReportingCue], i: int) -> ReportingCue | None:
    k = bisect_left(cues, i, key=token_of)
    return cues[k] if k < len(cues) and cues[k].token == i else None
