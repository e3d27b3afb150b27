"""What a fault did, and what a check found harmless.

- "A fault that severed one of the power cables ...", "a technical fault cut
  the data cable", "an equipment failure damaged the cable", "the cable was
  damaged by a malfunction": the doer of the cutting is a fault, so the cut
  is no incident (the text puts it down to a mishap, as `incident_accidents`
  does for "caused by a faulty valve").
- "A sighting of a drone over the business park has been investigated;
  officers found it was a mapping drone", "Residents reported a drone over
  the port. Police established it was a survey drone.": a check that found
  the thing seen was harmless (never "found it was a military drone").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from annotate.incident_mistaken import is_harmless

# A mishap as the doer: "a fault", "an equipment failure", "a malfunction".
_FAULTS = frozenset(
    "fault failure malfunction breakdown glitch bug defect short-circuit corrosion wear "
    "overload overheating".split()
)


def done_by_fault(head: Token) -> bool:
    """The act's subject (or its "by" agent) is a fault or a failure."""
    verb = head
    if verb.pos_ != "VERB":
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl":
        doers.append(verb.head)  # "a fault that severed ..."
    doers += [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]  # "was damaged by a malfunction"
    return any(d.pos_ in ("NOUN", "PROPN") and d.lemma_.lower() in _FAULTS for d in doers)


# A check's finding: "officers found", "police established", "investigators confirmed".
_FINDING = frozenset(
    "find establish confirm determine conclude discover show reveal ascertain verify".split()
)
_SEEN = frozenset("drone drones uav object objects light lights sighting craft balloon".split())
_PRONOUNS = frozenset({"it", "they", "this", "that"})
_LATER = 2  # sentences after the sighting in which a check may tell what it was


def found_harmless(head: Token) -> bool:
    """The sighting's sentence, or one of the next two, says a check found
    what was seen to be a harmless thing."""
    thing = head.head if head.dep_ == "acl" else head
    if thing.dep_ == "attr" and is_harmless(thing) and _found_to_be(thing.head):
        return True  # "... found it was a mapping drone flown by a surveyor"
    sent = head.sent
    if not {t.lower_ for t in sent} & _SEEN:
        return False
    if _finds_harmless(sent, head):
        return True
    doc = head.doc
    for _ in range(_LATER):
        if sent.end >= len(doc):
            return False
        sent = doc[sent.end].sent
        if _finds_harmless(sent, head):
            return True
    return False


def _finds_harmless(sent: Span, head: Token) -> bool:
    for verb in sent:
        if verb.lemma_.lower() not in _FINDING or verb.pos_ != "VERB":
            continue
        if head.i > verb.i and head in verb.subtree:
            continue  # "police found a drone had flown over the base" tells the flight
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.lemma_ != "be":
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            things = [c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
            if (
                subjects
                and all(_the_thing_seen(s) for s in subjects)
                and things
                and all(is_harmless(t) for t in things)
            ):
                return True
    return False


def _found_to_be(clause: Token) -> bool:
    return (
        clause.lemma_ == "be" and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _FINDING
    )


def _the_thing_seen(noun: Token) -> bool:
    """ "it", "they", "the object", "the drone"."""
    if noun.lower_ in _PRONOUNS:
        return True
    return noun.lemma_.lower() in _SEEN and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children
    )
