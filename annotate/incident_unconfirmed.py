"""What the text names without saying it happened.

- "K. was acquitted of involvement in a fire at a depot": an act told only as
  what someone was acquitted or cleared of.
- "Deputies responded to a reported blast near a water tower": a "reported"
  or "unconfirmed" act that nothing in its sentence confirms (a toll would),
  and what "an unconfirmed report claims" happened.
- 'Moldova has been "attacked"', 'a "massive strike"': a word in scare
  quotes is a claim, not an event.
- "The video, shared 3 million times, shows a fire at a refinery in 2021":
  footage that circulates, of an event years before, offered as this one.
- "A guard reported a drone over the depot. Officers found nothing.": a report
  the next sentence finds nothing behind.
- "Channels reported an explosion. ... the blast was a planned disposal of old
  munitions": a bang said soon after to be planned, controlled or a test.

An event told firmly elsewhere stands on its own telling.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Token

from annotate.parse_spans import span_text

_CLEARING = frozenset({"acquit", "clear", "exonerate", "absolve", "acquittal", "exoneration"})
_ACQUITTING = frozenset({"acquit", "exonerate", "absolve"})
_HEARSAY = frozenset(
    {"reported", "unconfirmed", "unverified", "purported", "rumoured", "supposed", "rumored"}
)
_TALK = frozenset({"report", "rumour", "rumor", "claim", "account"})
_QUOTES = "\"'“”‘’«»"
_MEDIA = frozenset("video footage clip image photo picture photograph film recording".split())
_SHARED = frozenset("share viral circulate post repost retweet view time".split())
_REALLY = frozenset({"actually", "really", "in fact"})


def unconfirmed(head: Token) -> bool:
    """The mention names an act the text does not say happened (see above)."""
    return (
        _cleared_of(head)
        or _hearsay(head)
        or _scare_quoted(head)
        or _old_footage(head)
        or harmless_after(head)
        or _found_nothing(head)
        or _footage_said_to_show(head)
    )


_CHECKS = frozenset({"find", "locate", "detect", "confirm", "see"})
_NOTHING = frozenset({"trace", "sign", "evidence"})


def _found_nothing(head: Token) -> bool:
    """ "A guard reported a drone over the depot. Officers found nothing.":
    a report (the word after "reported" or "reports of") whose next sentence
    says nothing, no trace or no such thing was found ("found no suspects"
    is another matter)."""
    sent = head.sent
    if not any(t.lemma_.lower() == "report" and t.i < head.i for t in sent):
        return False
    if sent.end >= len(head.doc):
        return False
    for t in head.doc[sent.end].sent:  # the next sentence
        if t.lemma_.lower() not in _CHECKS:
            continue
        for c in t.children:
            if c.dep_ not in ("dobj", "nsubjpass", "attr"):
                continue
            if c.lower_ == "nothing":
                return True
            no = any(d.lower_ == "no" for d in c.children)
            told = {t.lemma_.lower() for t in sent if t.pos_ == "NOUN"}
            if no and c.lemma_.lower() in _NOTHING | told:  # "No drone was found"
                return True
    return False


def _cleared_of(head: Token) -> bool:
    """Up the noun phrases and prepositions from the word to a verb (or its
    noun) of acquittal, through an "of": "acquitted of involvement in a fire"."""
    node, through_of = head, False
    for _ in range(6):
        if node.dep_ in ("ROOT",) or node.head is node:
            return False
        if node.dep_ not in ("pobj", "pcomp", "prep", "dobj", "compound", "conj"):
            return False
        if node.dep_ == "prep" and node.lower_ == "of":
            owner = node.head
            through_of = owner.lemma_.lower() in _CLEARING or (
                owner.dep_ == "dobj" and owner.head.lemma_.lower() in _ACQUITTING
            )  # "acquitted both men of", never "cleared the site of"
        node = node.head
        if node.lemma_.lower() in _CLEARING:
            return through_of
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def _hearsay(head: Token) -> bool:
    """ "a reported blast", "an unconfirmed explosion", with no toll told in
    its sentence ("the reported blast killed two" is confirmed by its dead)."""
    said = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_ in _TALK:
        said = head.head.head  # "unconfirmed reports of an explosion"
    if not (_doubted(said) or _told_by_hearsay(head)):
        return False
    sent = head.sent
    return not any(t.lemma_.lower() in ("kill", "injure", "wound", "die") for t in sent)


def _doubted(word: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _HEARSAY for c in word.children)


_SAYING = frozenset({"say", "claim", "allege", "suggest", "assert", "insist", "report"})


def _told_by_hearsay(head: Token) -> bool:
    """ "An unconfirmed report on social media claims a drone crashed ...":
    what a doubted telling says, in the clause its verb of saying governs."""
    for node in (head, *head.ancestors):
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in _SAYING:
            said = node.head
            return any(c.dep_ == "nsubj" and _doubted(c) for c in said.children)
    return False


def _scare_quoted(head: Token) -> bool:
    """The word alone, or with its modifiers, between quotation marks: 'a
    "massive strike"', 'has been "attacked"'."""
    doc = head.doc
    left = head
    while left.i > head.sent.start and doc[left.i - 1].head.i == head.i:
        if doc[left.i - 1].dep_ not in ("amod", "compound", "nmod"):
            break
        left = doc[left.i - 1]
    before = doc[left.i - 1] if left.i > head.sent.start else None
    after = doc[head.i + 1] if head.i + 1 < head.sent.end else None
    return bool(
        before is not None
        and after is not None
        and before.text in _QUOTES
        and after.text in _QUOTES
        and not before.whitespace_
        and not head.whitespace_
    )


def _old_footage(head: Token) -> bool:
    """A video "shared 3 million times" that "shows" an event of an earlier
    year: what circulates is footage of another event."""
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in ("show", "depict", "feature"):
        return False
    clause = [verb, verb.head] if verb.dep_ in ("conj", "ccomp") else [verb]
    if not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _MEDIA for v in clause for c in v.children
    ):
        return False
    before = head.doc[head.sent.start : verb.i]
    really = any(c.dep_ == "advmod" and c.lower_ in _REALLY for c in verb.children)
    if not ({t.lemma_.lower() for t in before} & _SHARED or really):
        return False
    published = head.doc._.published if head.doc.has_extension("published") else None
    year = (published or dt.date.today()).year
    told = span_text(head.doc[head.i : head.sent.end])
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", told)]
    return bool(years) and max(years) < year


_CLAIMING = frozenset({"say", "claim", "allege", "insist"})


def _footage_said_to_show(head: Token) -> bool:
    """ "sharing footage of what they say is a second explosion": what the
    posters say a video shows, which the text does not tell as happened."""
    be = head.head
    if head.dep_ != "attr" or be.lemma_ != "be" or be.dep_ != "ccomp":
        return False
    said = be.head
    return (
        said.lemma_.lower() in _CLAIMING
        and any(c.lower_ == "what" for c in said.children)
        and said.dep_ == "pcomp"
        and said.head.lower_ == "of"
        and said.head.head.lemma_.lower() in _MEDIA
    )


_BANGS = frozenset("explosion blast bang detonation fire blaze smoke flash".split())
_SAFE = frozenset("planned controlled scheduled routine test training deliberate".split())
_SAFE_ACTS = frozenset("disposal demolition drill exercise detonation burn test".split())
_LATER = 2  # sentences after the bang in which "the blast was a planned disposal" is said


def harmless_after(head: Token) -> bool:
    """ "Channels reported an explosion at the plant. The governor said the
    blast was a planned disposal of old munitions": "the blast" (or "it")
    said, in one of the next two sentences, to be a planned or controlled
    act ("a controlled burn", "a scheduled demolition"), never "an accident"."""
    if head.lemma_.lower() not in _BANGS:
        return False
    if head.dep_ == "nsubj" and _said_safe(head.head):
        return True  # "the blast was a planned disposal" itself
    doc, sent = head.doc, head.sent
    for _ in range(_LATER):
        if sent.end >= len(doc):
            return False
        sent = doc[sent.end].sent
        for verb in sent:
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if any(s.lemma_.lower() in _BANGS | {"it"} for s in subjects) and _said_safe(verb):
                return True
    return False


def _said_safe(verb: Token) -> bool:
    """ "was a planned disposal", "was a controlled burn"."""
    if verb.lemma_ != "be":
        return False
    things = [c for c in verb.children if c.dep_ == "attr"]
    things += [  # "were part of a planned detonation"
        g
        for t in things
        if t.lemma_ == "part"
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    for thing in things:
        words = {c.lower_ for c in thing.children if c.dep_ in ("amod", "compound")}
        if words & _SAFE and thing.lemma_.lower() in _SAFE_ACTS:
            return True
    return False
