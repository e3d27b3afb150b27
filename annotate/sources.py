"""Who speaks through a reporting cue: the mention of its source, as the
dependency parse and the words around the cue give it.

The subject of the cue (or of the verb it hangs on as a conjunct, participle
or complement; the antecedent of "who" or "which"; the subject of the
reporting clause a participle follows: "Sanders said, going on to say"; of
"let" in "let them know"); else a noun phrase the parser hung elsewhere: an
inverted subject ("“…,” said the woman"), a name between the quotation and
the cue, a name shown in a recording ("footage of X saying"), the shared
subject of a headline ("Council cuts bins, says …"), a name right beside
the cue (those fallbacks live in `nearby_speakers`). Never a dateline, a
date, a dash or "you"; never a guess across an aside ("- where the
Panthers played - while chanting") or a relative clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.cues import NOT_SOURCES, RELATIVE, cue_verbs
from annotate.nearby_speakers import (
    inverted_subject,
    name_after_quotation,
    nearby_name,
    opens_sentence,
    out_of_parentheses,
)
from annotate.parse_spans import CharSpan, QuoteTokens, chars, noun_phrase


def source_of(doc: Doc, verb: Token, inside: QuoteTokens) -> CharSpan | None:
    """The mention of who speaks through `verb`, if the sentence says."""
    cue = verb
    not_speaker = -1  # a thing the participle hangs on: "at one point calling", "signs calling"
    for _ in range(6):
        # a climbed-to verb's passive subject said it too: "After saying …, she
        # was taken to hospital", "He was quoted as saying"
        roles = ("nsubj", "csubj") if verb is cue else ("nsubj", "csubj", "nsubjpass")
        subjects = [
            c for c in verb.children if c.dep_ in roles and _wordlike(c) and c.i != not_speaker
        ]
        if len(subjects) > 1 and verb is cue:  # the nearest; the other is fronted
            ahead = fronted(doc, verb)
            subjects = [c for c in subjects if ahead is None or c.i != ahead.i]
            # "Sentencing Keel on Friday, Judge Lomax told": the nearest
            subjects.sort(key=lambda c: abs(verb.i - c.i))
        subjects = _without_set_off(doc, verb, cue, subjects, inside)
        subjects = [_past_dateline(doc, c) for c in subjects]
        subjects = [out_of_parentheses(doc, c) for c in subjects if c is not None]
        subjects = [_out_of_phrase(doc, c) for c in subjects if c is not None]
        subjects.sort(key=lambda c: inside(c.i))  # "“…: Michigan, Ohio,” Trump said"
        subject = subjects[0] if subjects else None
        if subject is not None and verb.dep_ == "conj" and _holds_quotation(subject, inside):
            subject = None  # "RBI cuts rate, says inflation in “comfort zone”": RBI says
        if subject is not None and not inside(subject.i):
            relative_clause = verb.dep_ == "relcl" or (
                verb.dep_ == "conj" and verb.head.dep_ == "relcl"  # "who lost …, and who said"
            )
            if subject.lower_ in RELATIVE and relative_clause:
                # "McConnell, now the majority leader, who said": McConnell
                head = verb.head if verb.dep_ == "relcl" else verb.head.head
                if head.dep_ == "appos" and head.pos_ != "PROPN" and head.head.pos_ == "PROPN":
                    head = head.head
                return noun_phrase(doc, head)
            if subject.lower_ in ("who", "which"):
                antecedent = _antecedent(doc, subject)
                return None if antecedent is None else noun_phrase(doc, antecedent)
            if subject.lower_ == "it" and _it_speaks(cue, verb, subject):
                return chars(doc, subject.i, subject.i)  # "“…,” it said": a body, a paper
            if subject.lower_ in NOT_SOURCES:
                return None
            return noun_phrase(doc, subject)
        if verb is not cue:
            earlier = _subject_before_participle(doc, cue, inside)
            if earlier is not None:  # "…,” Sanders said, going on to say that …"
                return noun_phrase(doc, earlier)
        if subject is not None:  # the parser took words of a quotation for the subject
            return name_after_quotation(doc, cue, inside) or nearby_name(doc, cue, inside)
        if subject is None and verb is cue:
            shown = _shown_speaker(doc, verb)
            if shown is not None:  # "footage of Clinton asking, “…”"
                return noun_phrase(doc, shown)
            inverted = inverted_subject(doc, verb, inside)
            if inverted is not None:
                return noun_phrase(doc, inverted)
            doer = _headline_subject(verb, inside)
            if doer is not None:  # "Council cuts bins, says budget “…”"
                return noun_phrase(doc, doer)
            if opens_sentence(doc, verb) and verb.tag_ in ("VBD", "VBZ", "VBN"):  # "Said Ellis:"
                name = nearby_name(doc, cue, inside)
                if name is not None and name[0] <= verb.idx:
                    after = verb.idx + len(verb.text_with_ws)
                    name = (after, name[1]) if after < name[1] else None
                return name
            between = name_after_quotation(doc, verb, inside)
            if between is not None:
                return between
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            return noun_phrase(doc, pobj) if pobj is not None else None
        if verb.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acomp") and verb.head.i != verb.i:
            if verb.dep_ == "advcl" and verb.tag_ != "VBG" and not _reduced_relative(verb.head):
                return None
            if verb.dep_ == "advcl" and _aside_clause(verb.head):
                return None  # "… - where the Panthers played - while chanting “…”"
            if verb.dep_ == "advcl" and verb.head.dep_ == "relcl" and verb.i > verb.head.i:
                return None  # "paying an architect who said …, saying “…”": whose words?
            verb = verb.head
            if verb.dep_ == "prep":  # "quoted as saying"
                verb = verb.head
            if verb.dep_ == "advmod" and verb.lower_ == "short":  # "stopped short of"
                verb = verb.head
            continue
        acl = verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")
        if acl and verb.tag_ in ("VBG", "VBD"):
            # "X issued a statement saying …": X, else the statement itself (not
            # "a box labeled “…”", where the box is what is labelled)
            noun = verb.head
            if _not_an_agent(noun):
                # "at one point calling …", "Holding signs calling …": a time or
                # a thing held never speaks; the clause's subject does
                not_speaker = noun.i
                verb = noun.head.head if noun.head.dep_ == "prep" else noun.head
                if verb.i == noun.i:
                    return None
                continue
            if noun.dep_ == "dobj" and noun.head.i != noun.i:
                verb = noun.head
                if any(c.dep_ == "nsubj" for c in verb.children):
                    continue
            return noun_phrase(doc, noun)
        return None
    return None


def fronted(doc: Doc, verb: Token) -> Token | None:
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


_DASHES = ("--", "—", "–", "-")
_DATELINE_WORDS = 10  # "DES MOINES, Iowa, Aug. 10 (UPI) —"


def _past_dateline(doc: Doc, subject: Token) -> Token | None:
    """ "WASHINGTON -- President Obama … said", "WASHINGTON, Sept. 12 (UPI) —
    The senator said": a dateline the parser took for the subject gives way
    to the name in apposition to it after the dateline, or to nothing."""
    if not (subject.text.isupper() and subject.is_alpha and len(subject.text) > 2):
        return subject
    after = subject.i + 1
    while after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].text.isupper():
        after += 1  # "NEW YORK"
    if after >= len(doc):
        return subject
    if doc[after].text in (*_DASHES, "("):
        return next((c for c in subject.children if c.dep_ == "appos"), None)
    dash = _dateline_dash(doc, subject, after)
    if dash is None:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash), None)


def _dateline_dash(doc: Doc, place: Token, after: int) -> int | None:
    """The dash ending a dateline that goes on past the place with a comma: a
    state, a date, an agency in brackets, and no verb ("WASHINGTON, Sept. 12
    (UPI) —"); only at the start of a paragraph."""
    if not opens_sentence(doc, place) or doc[after].text != ",":
        return None
    for i in range(after, min(len(doc), after + _DATELINE_WORDS)):
        token = doc[i]
        if token.text in _DASHES:
            return i
        if "\n" in token.text or token.pos_ in ("VERB", "AUX", "PRON", "DET"):
            return None
    return None


_SEPARATORS = (",", ":", "—", "–", "--")


def _without_set_off(
    doc: Doc, verb: Token, cue: Token, subjects: list[Token], inside: QuoteTokens
) -> list[Token]:
    """Of two subjects before the verb, the one nearer it: the other is set off
    by a comma, colon or dash ("In Salem, New Hampshire, Smith went after
    Jones, calling him …", "His verdict: “…,” he said"); never one the cue
    follows before the nearer ("Ryan, despite admitting …, the victims …")."""
    before = [c for c in subjects if c.i < verb.i and not inside(c.i)]
    if len(before) < 2:
        return subjects
    nearest = max(c.i for c in before)
    kept = []
    for subject in subjects:
        holds_cue = subject.left_edge.i <= cue.i < nearest
        if subject.i in (c.i for c in before) and subject.i != nearest and not holds_cue:
            words = [t.i for t in subject.subtree if not (t.is_punct or t.is_space)]
            end = max(words, default=subject.i)
            if end + 1 < verb.i and doc[end + 1].text in _SEPARATORS:
                continue
        kept.append(subject)
    return kept


_TIME_NOUNS = frozenset(
    "point time times moment stage juncture occasion day night week month year hour minute".split()
)


def _not_an_agent(noun: Token) -> bool:
    """A time ("at one point calling …") or a thing someone holds ("Holding
    signs calling …"): it never speaks; whoever the clause is about does."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "ORG", "NORP"):
        return noun.ent_type_ in ("DATE", "TIME")
    if noun.lemma_.lower() in _TIME_NOUNS or noun.ent_type_ in ("DATE", "TIME"):
        return True
    held = noun.dep_ == "dobj" and noun.head.tag_ == "VBG"
    return held or any(c.dep_ == "amod" and c.tag_ == "VBG" and c.i < noun.i for c in noun.children)


def _shown_speaker(doc: Doc, participle: Token) -> Token | None:
    """ "footage of Trump saying …", "a video of the mayor telling …": the
    named speaker right before the participle, whatever the parser hung the
    participle on."""
    if participle.tag_ != "VBG" or participle.i == 0:
        return None
    before = doc[participle.i - 1]
    if before.dep_ != "pobj" or before.head.lower_ != "of":
        return None
    if before.pos_ == "PROPN" or before.head.head.lemma_.lower() in _RECORDINGS:
        return before
    return None


_RECORDINGS = frozenset("footage video clip recording audio tape film image photo picture".split())


def _it_speaks(cue: Token, verb: Token, subject: Token) -> bool:
    """ "It said", "it wrote", "it points out that", "it attacked X, saying":
    "it" stands for an organisation or a document when it is the active
    subject of a reporting verb (not "it is said", not "it seems")."""
    spec = cue_verbs().get(cue.lemma_)
    return (
        spec is not None
        and subject.dep_ == "nsubj"
        and subject.head.i == verb.i
        and (verb is cue or verb.lemma_ in cue_verbs())
        and spec.cls != "think"
    )


def _aside_clause(verb: Token) -> bool:
    """A clause of place or time ("where the Panthers played"): a participle
    the parser hung on it belongs to the main clause."""
    return verb.dep_ in ("relcl", "ccomp", "advcl") and any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < verb.i for c in verb.children
    )


def _antecedent(doc: Doc, relative: Token) -> Token | None:
    """ "the Chicago Police Department which reported “…”": the noun right
    before a relative pronoun that the parser did not hang on it, or the
    antecedent of the relative it is coordinated with."""
    i = relative.i - 1
    if i >= 0 and doc[i].lower_ in ("and", "but"):
        # "X, who lost the primary, and who said …": the first relative's antecedent
        for token in reversed(list(doc[relative.sent.start : i])):
            if token.lower_ == relative.lower_ and token.head.dep_ == "relcl":
                return token.head.head
        return None
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].pos_ not in ("PROPN", "NOUN"):
        return None
    token = doc[i]
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token


def _headline_subject(verb: Token, inside: QuoteTokens) -> Token | None:
    """ "Council cuts bin collections, says budget “…”": a headline's two
    clauses share a subject; the parser hung the first on the cue as a
    complement before it, beside the complement after it."""
    before = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if not before or not any(c.dep_ == "ccomp" for c in verb.rights):
        return None
    subject = next((c for c in before[0].children if c.dep_ == "nsubj"), None)
    if subject is None or inside(subject.i) or subject.lower_ in NOT_SOURCES:
        return None
    return subject


def _holds_quotation(subject: Token, inside: QuoteTokens) -> bool:
    return any(inside(t.i) for t in subject.subtree)


def _wordlike(token: Token) -> bool:
    """Not a dash or other mark the parser took for a subject."""
    return any(ch.isalnum() for ch in token.text)


def _out_of_phrase(doc: Doc, subject: Token) -> Token:
    """ "With 50 days until the election, Minyon Moore, a senior adviser,
    called …": a subject the parser took from the end of an opening
    prepositional phrase gives way to the name in apposition to it."""
    if subject.pos_ == "PROPN" or subject.left_edge.i == 0:
        return subject
    if doc[subject.left_edge.i - 1].pos_ != "ADP":
        return subject
    appos = next((c for c in subject.rights if c.dep_ == "appos"), None)
    return appos if appos is not None and appos.pos_ == "PROPN" else subject


def _reduced_relative(head: Token) -> bool:
    """ "Protesters marching through the streets chanted …": the parser made
    the participle the root and hung the finite verb on it."""
    return (
        head.tag_ == "VBG" and head.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in head.children)
    )


def _subject_before_participle(doc: Doc, cue: Token, inside: QuoteTokens) -> Token | None:
    """ "…,” Sanders said, going on to say that …", "she said, adding that …":
    a participle clause right after a reporting clause, whatever the parser
    hung it on, has that clause's subject."""
    participle = cue
    while participle.tag_ != "VBG" and participle.dep_ in ("xcomp", "conj"):
        participle = participle.head
    first = participle.left_edge.i
    if participle.tag_ != "VBG" or first < 2 or doc[first - 1].text != ",":
        return None
    before = doc[first - 2]
    if before.pos_ != "VERB" or before.lemma_ not in cue_verbs() or inside(before.i):
        return None
    subject = next((c for c in before.children if c.dep_ == "nsubj"), None)
    if subject is None or inside(subject.i) or subject.lower_ in NOT_SOURCES:
        return None
    return subject
