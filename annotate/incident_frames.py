"""Frames that make what a clause tells unreal, though nothing in it is
negated or modal: a scenario or a story it is set in ("In its scenario,
saboteurs had cut two power lines", "in the film"), the simple present of a
scenario or a habit ("a fire at a fuel terminal burns for two days"), a
clause that is yet to come ("before the first shot is fired"), and a plan or
doctrine that says it ("Their doctrine speaks of disabling a grid").
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_dated_lines import on_dated_line, under_dated_heading
from annotate.incident_dates import is_point
from annotate.parse_spans import doc_text

# What a clause can be set "in" that is not the world: an exercise, a model,
# a work of fiction. ("In a report", "in his book" frame real events: not here.)
_FRAMES = frozenset(
    "scenario simulation exercise drill wargame game film movie novel fiction script "
    "fantasy dream nightmare hypothesis model".split()
)
_FRAME_PREPS = frozenset({"in", "under"})
# A present verb that tells a state, not an act of the event's.
_STATIVE = frozenset("be have remain seem appear mean show".split())
_PRESENT = frozenset({"VBZ", "VBP"})
_TIMES = frozenset({"DATE", "TIME"})


def framed(head: Token) -> bool:
    """Whether the mention's clause, or one above it, is set "in" a
    scenario, an exercise or a story ("In its scenario, a cyberattack had
    frozen the cranes", "under the exercise's script, drones struck a
    port"), or is what one assumes or shows ("The exercise assumed that a
    drone had hit the terminal")."""
    for node in (head, *head.ancestors):
        for prep in node.children:
            if prep.dep_ != "prep" or prep.lower_ not in _FRAME_PREPS:
                continue
            if any(g.dep_ == "pobj" and _a_frame(g) for g in prep.children):
                return True
        if node.dep_ in ("ccomp", "xcomp", "dobj") and any(
            c.dep_ == "nsubj" and _a_frame(c) for c in node.head.children
        ):
            return True
    return False


# What a thing that has not happened is said to be.
_ODDS = frozenset(
    "possible likely unlikely probable improbable conceivable imminent inevitable plausible".split()
)


_SEEMING = frozenset({"sound", "look", "seem", "appear", "feel", "resemble"})
# Verbs that show one thing as another: what it is shown "as" is a guise.
_SHOWN_AS = frozenset("present portray depict paint misrepresent frame pass disguise".split())
_JUDGED_AS = frozenset("treat regard investigate classify consider see view describe".split())


def shown_as(head: Token) -> bool:
    """ "presenting the Druzhba strike, which happened in Russia, as an
    attack on Hungarian soil", "portrayed the fire as an act of sabotage",
    "are treating it as sabotage": what a thing is passed off or judged as
    is no event of its own."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head  # "an act of sabotage"
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ != "VERB":
        return False
    verb = prep.head
    if verb.lemma_.lower() in _SHOWN_AS:
        return True
    # "are treating it as sabotage": what a thing told before is judged to be
    return verb.lemma_.lower() in _JUDGED_AS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("it", "this", "that", "them")
        for c in verb.children
    )


def only_like(head: Token) -> bool:
    """ "what sounded like an explosion", "what looked like a missile
    strike": a likeness, not the thing."""
    return (
        head.dep_ == "pobj"
        and head.head.lower_ == "like"
        and head.head.head.lemma_.lower() in _SEEMING
    )


def judged_possible(head: Token) -> bool:
    """ "a car bomb in Tallinn was possible", "a strike is imminent": what is
    said to be possible or likely has not happened."""
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.lower_ in _ODDS for c in verb.children)
    )


def _a_frame(noun: Token) -> bool:
    compounds = (c.lemma_.lower() for c in noun.children if c.dep_ == "compound")
    words = {noun.lemma_.lower(), *compounds}
    return bool(words & _FRAMES) and noun.pos_ == "NOUN"


def told_in_present(head: Token) -> bool:
    """A scenario or a habit told in the simple present ("a cyberattack
    freezes the booking systems", "saboteurs disable cranes in Gdańsk"): an
    incident noun, with "a" or no article, as the subject of a present verb,
    or an incident verb in the present; never in a headline (no full stop),
    never with a date or time in its clause, never on a timeline's dated line
    ("3 March - Arson destroys a warehouse")."""
    if on_dated_line(head) or under_dated_heading(head):
        return False  # "September 14, 2025 – Czech Republic" above the line
    if head.pos_ == "VERB":
        verb = head
    elif head.dep_ == "nsubj" and _indefinite(head):
        verb = head.head
    else:
        return False
    if verb.tag_ not in _PRESENT or verb.lemma_.lower() in _STATIVE:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "has hit", "is burning": a perfect or a progressive
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj"):
        return False  # "officials say a drone hits ..." is told by its own clause
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # a noun the tagger took for a verb ("fragments of a drone")
    words = [t for t in verb.sent if not t.is_space and t.text not in ('"', "”", "’", "'")]
    if _on_headline(verb) or not words or words[-1].text not in (".", "!", ";"):
        return False  # a headline: "Drone hits port in Odesa"
    subjects = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    own = {t.i for t in verb.subtree} - subjects  # not what the subject says
    return not any(
        e.label_ in _TIMES and is_point(e.text) and own.intersection(range(e.start, e.end))
        for e in verb.sent.ents
    )  # "burns for two days" is a length, not a date


def _on_headline(token: Token) -> bool:
    """On the first line of a text of several lines."""
    text = doc_text(token.doc)
    return "\n" not in text[: token.idx].strip() and "\n" in text[token.idx :].strip()


def _indefinite(noun: Token) -> bool:
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    return all(d.lower_ in ("a", "an") for d in dets)


def yet_to_come(clause: Token) -> bool:
    """ "before the first shot is fired", "before a bomb falls": a clause
    told in the present after "before" has not happened."""
    if not any(c.dep_ == "mark" and c.lower_ == "before" for c in clause.children):
        return False
    tags = {clause.tag_} | {c.tag_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return bool(tags & _PRESENT)


def planned_by(verb: Token, governors: set[str]) -> bool:
    """A reporting verb whose subject is a plan, doctrine or scenario, not
    a person ("Their doctrine speaks of disabling the grid", "the plan
    called for blowing up a bridge")."""
    return any(
        c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in governors
        for c in verb.children
    )
