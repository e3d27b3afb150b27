"""Polarity of a reporting cue: does negation scope over the reporting verb?

"did not say", "never said", "would not confirm", "declined to confirm",
"refused to say", "stopped short of blaming", "has yet to confirm",
"without saying", "at no point did … warn", "no official has claimed",
"would neither confirm nor deny": the speaker did *not* make the statement.
Negation inside the content ("said the cable had not been cut") leaves the
cue affirmed, and so does a denial ("denied that …"), which is a statement of
its own. Two negations cancel ("did not refuse to say", "did not hesitate to
accuse").

Everything is read off the dependency parse around the cue verb, so the cost
is a few token visits per cue.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# Verbs whose infinitive or gerund complement did not happen: "declined to
# confirm", "failed to say", "avoided naming", "hesitated to call".
NEGATING_HEADS = frozenset("decline refuse fail avoid neglect omit hesitate".split())
# Heads through which a negation reaches the cue: "did not want to say",
# "was not able to confirm", "would not be drawn into saying".
_TRANSPARENT = ("xcomp", "pcomp", "acomp")
# Subjects that deny the whole statement: "nobody said", "none of them claimed".
NEGATIVE_SUBJECTS = frozenset("nobody noone none neither nothing".split())
# "no one", "no official", "at no point", "in no way", "under no circumstances".
_NEGATIVE_DETERMINERS = frozenset(("no", "neither"))
_STEPS = 4  # heads climbed from the cue


def is_negated(verb: Token, quoted: Callable[[int], bool] | None = None) -> bool:
    """Whether the reporting verb is negated (an odd number of negations
    scope over it). `quoted(i)` tells tokens inside quotation marks: a
    "not" there is the speaker's word, whatever the parser hung it on."""
    return _negations(verb, quoted or _nowhere) % 2 == 1


def _nowhere(i: int) -> bool:
    return False


def cue_start(verb: Token) -> int:
    """Where a negated cue begins when its negation stands right before it:
    the index of "did" in "did not say", "declined" in "declined to
    confirm", "stopped" in "stopped short of blaming", "never" in "never
    said". The verb's own index when the negation is elsewhere ("at no point
    did the minister warn", "no official has claimed")."""
    doc = verb.doc
    chain = _chain(verb)
    first = verb.i
    for i in range(verb.i - 1, max(-1, verb.i - 8), -1):
        token = doc[i]
        if token.i in chain and token.pos_ in ("VERB", "AUX", "ADJ", "ADV", "PART"):
            first = i
        elif token.lower_ == "of" and token.i in chain:
            first = i
        elif token.head.i in chain and token.dep_ in _BEFORE_CUE:
            first = i
        else:
            break
    while first < verb.i and not _opens_negated_cue(doc[first], chain):
        first += 1
    if not any(_negator(doc[i]) or doc[i].dep_ == "neg" for i in range(first, verb.i)):
        return verb.i
    return first


_BEFORE_CUE = frozenset(("aux", "auxpass", "neg", "preconj", "advmod"))


def _chain(verb: Token) -> set[int]:
    """The cue and the heads it climbs through in `_negations`."""
    chain = {verb.i}
    token = verb
    for _ in range(_STEPS):
        head = token.head
        if head.i == token.i or token.dep_ not in (*_TRANSPARENT, "prep", "advmod"):
            if not (token.dep_ == "pcomp" and head.lower_ == "of"):
                break
        chain.add(head.i)
        token = head
    return chain


def _opens_negated_cue(token: Token, chain: set[int]) -> bool:
    return token.dep_ in ("aux", "neg", "preconj") or (
        token.i in chain and token.pos_ in ("VERB", "AUX")
    )


def _negations(verb: Token, quoted: Callable[[int], bool]) -> int:
    count = 0
    token = verb
    for _ in range(_STEPS):
        count += _local_negations(token, quoted)
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ == "conj":
            if _shares_negation(token, head):
                token = head
                continue
            break
        if token.dep_ == "pcomp" and head.lower_ == "without":
            count += 1
            break
        if token.dep_ == "pcomp" and head.lower_ == "of" and _short_of(head):
            count += 1  # "stopped short of blaming", "fell short of calling"
            token = head.head.head if head.head.lower_ == "short" else head.head
            continue
        if token.dep_ in _TRANSPARENT and head.pos_ in ("VERB", "AUX", "ADJ"):
            if head.lemma_ in NEGATING_HEADS:
                count += 1
            elif _yet_to(head):
                count += 1  # "has yet to confirm"
            token = head
            continue
        break
    return count


def _local_negations(token: Token, quoted: Callable[[int], bool]) -> int:
    """Negations attached to the cue's own clause: its `neg` dependents, a
    negative subject, a negative adverbial phrase ("at no point")."""
    count = 0
    for child in token.children:
        if quoted(child.i):
            continue
        dep = child.dep_
        if dep == "neg" and not _not_only(child):
            count += 1
        elif dep == "preconj" and child.lower_ == "neither":
            count += 1
        elif dep in ("nsubj", "nsubjpass") and _negative_phrase(child):
            count += 1
        elif dep in ("prep", "npadvmod") and any(
            c.dep_ == "pobj" and _determined_by_no(c) for c in child.children
        ):
            count += 1
        elif dep == "npadvmod" and _determined_by_no(child):
            count += 1
    return count


def _negative_phrase(noun: Token) -> bool:
    if noun.lower_ in NEGATIVE_SUBJECTS:
        return True
    if noun.lower_ == "one" and any(c.lower_ == "no" for c in noun.lefts):
        return True
    return _determined_by_no(noun)


def _determined_by_no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _NEGATIVE_DETERMINERS for c in noun.children)


def _not_only(neg: Token) -> bool:
    """ "not only said … but": no negation."""
    following = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.lower_ in ("only", "just", "merely")


def _shares_negation(conj: Token, head: Token) -> bool:
    """ "did not confirm or deny", "neither confirmed nor denied": a conjunct
    without its own subject joined by "or"/"nor" shares the head's negation;
    "did not confirm it but said …" does not."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for c in conj.children):
        return False
    cc = [c.lower_ for c in head.children if c.dep_ == "cc" and head.i < c.i < conj.i]
    return bool(cc) and cc[-1] in ("or", "nor")


def _short_of(of: Token) -> bool:
    """ "short of", with "of" hung on "short" or on the verb beside it."""
    return of.i > 0 and of.nbor(-1).lower_ == "short"


def _yet_to(head: Token) -> bool:
    return head.lemma_ in ("have", "be") and any(c.lower_ == "yet" for c in head.children)


def _negator(token: Token) -> bool:
    return token.lemma_ in NEGATING_HEADS or token.lower_ in ("short", "yet", "without", "never")
