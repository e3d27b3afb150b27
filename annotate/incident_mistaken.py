"""What turned out to be something harmless, and what a video really shows.

- "A drone alert at the field turned out to involve a survey drone flown by
  the operator's contractor", "the explosion proved to be a controlled
  detonation": the thing seen was another, harmless thing (never "turned
  out to be arson", nor "a Russian drone").
- "Residents reported a drone over the plant. The drone they saw was a police
  helicopter.": said in one of the next two sentences, of "the drone" or "the
  object" told before.
- "The video was filmed in 2024 during a fire drill, when crews set fire to a
  rig", "the footage was actually recorded in 2022 in Syria": what it shows
  happened in a drill, or (so the text insists) years before.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from annotate.parse_spans import span_text

# What makes a flying thing or a bang harmless: "a survey drone", "a controlled detonation".
_HARMLESS = frozenset(
    "survey mapping filming inspection hobby hobbyist recreational police rescue delivery "
    "weather research agricultural "
    "controlled planned scheduled test training drill exercise medical ambulance firefighting "
    "friendly own commercial passenger".split()
)
# Harmless things, or none of ours ("cable theft"); a drone, an aircraft or a
# device is none unless a word above says so.
_HARMLESS_THINGS = frozenset(
    "helicopter balloon bird kite star planet satellite lantern airliner glider paraglider "
    "firework fireworks flare prank hoax mistake misunderstanding drill exercise test "
    "accident reflection theft".split()
)
# What is seen in the sky, and may turn out to be something else.
_SEEN = frozenset("drone uav object aircraft craft light lights balloon plane helicopter".split())
_MEDIA = frozenset("video footage clip image photo picture photograph film recording".split())
_SHOT = frozenset({"film", "record", "take", "shoot", "capture", "make"})
_REALLY = frozenset({"actually", "really", "originally", "instead"})
_DRILLS = frozenset("drill exercise training rehearsal test simulation film movie game".split())


def mistaken(head: Token) -> bool:
    """The mention is the thing that turned out harmless, or the harmless thing itself."""
    return _turned_out_here(head) or _turned_out_later(head) or _footage_of_else(head)


def _turned_out_here(head: Token) -> bool:
    for verb in (t for t in head.sent if _turns_out(t)):
        things = _complements(verb)
        if not things or not all(_harmless(t) for t in things):
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if head in subjects or (head.dep_ == "acl" and head.head in subjects):
            return True  # "the drone alert ... turned out", "the drone sighted ... turned out"
        if verb.dep_ in ("dep", "conj") and verb.head.i == head.i:
            return True  # the parser's "drone sighted [...] turned out"
        if head.dep_ == "acl" and head.head in things:
            return True  # "a survey drone flown by the operator's contractor"
    return False


def _turns_out(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "turn":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return lemma == "prove"


def _complements(verb: Token) -> list[Token]:
    """ "to be a balloon", "to involve a survey drone": the thing it was."""
    return [
        g
        for c in verb.children
        if c.dep_ in ("xcomp", "oprd", "advcl") and c.lemma_ in ("be", "involve")
        for g in c.children
        if g.dep_ in ("attr", "dobj") and g.pos_ == "NOUN"
    ]


def is_harmless(noun: Token) -> bool:
    """ "a survey drone", "a weather balloon", "a reflection"."""
    return _harmless(noun)


def _harmless(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    words |= {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False  # "turned out to be no accident"
    return bool(words & _HARMLESS) or lemma in _HARMLESS_THINGS


_LATER = 2  # sentences after the sighting in which "the drone was a helicopter" is said


def _turned_out_later(head: Token) -> bool:
    """ "The drone residents saw was a police helicopter", "The object turned
    out to be a weather balloon": of "the drone" a sentence before told."""
    seen = {t.lemma_.lower() for t in head.sent if t.pos_ == "NOUN"} & _SEEN
    if not seen:
        return False
    doc: Doc = head.doc
    sent = head.sent
    for _ in range(_LATER):
        if sent.end >= len(doc):
            return False
        sent = doc[sent.end].sent
        opens = _opens_with_the_seen(sent)
        for verb in sent:
            if not (_turns_out(verb) or verb.lemma_ == "be"):
                continue
            things = _complements(verb) if _turns_out(verb) else _attrs(verb)
            if not things or not all(_harmless(t) for t in things):
                continue
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if any(_the_seen(s) for s in subjects) or (opens and not subjects):
                return True  # "The drone residents saw was a police helicopter"
    return False


def _opens_with_the_seen(sent: Span) -> bool:
    """ "The drone witnesses saw ...", "The object filmed over the base ..."."""
    words = [t for t in sent if not t.is_space]
    return (
        len(words) > 2
        and words[0].lower_ in ("the", "this", "that")
        and words[1].lemma_.lower() in _SEEN
    )


def _attrs(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"]


def _the_seen(noun: Token) -> bool:
    return noun.lemma_.lower() in _SEEN and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
    )


def _footage_of_else(head: Token) -> bool:
    """The sentence says when a video was made: in a drill, or in an earlier year."""
    root = head.sent.root
    if root.lemma_.lower() not in _SHOT or not any(
        c.dep_ == "nsubjpass" and c.lemma_.lower() in _MEDIA for c in root.children
    ):
        return False
    if head.i == root.i:
        return False
    words = {t.lemma_.lower() for t in head.sent if t.pos_ == "NOUN"}
    if words & _DRILLS:
        return True
    published = head.doc._.published if head.doc.has_extension("published") else None
    year = (published or dt.date.today()).year
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", span_text(head.sent))]
    if not years or max(years) >= year:
        return False
    # "was actually recorded in 2022": a debunk (never "filmed during the explosion of 2020")
    return any(t.lower_ in _REALLY for t in head.sent) or "in fact" in span_text(head.sent).lower()
