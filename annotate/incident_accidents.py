"""What a text puts down to an accident, or to something else, is no
incident: "An explosion ... was caused by a faulty valve, ruling out
sabotage", "the outage was later blamed on a storm", "The blast was an
accident", "derailed after a signal failure", "investigators found no sign
of foul play", "a “drone” seen over the airport turned out to be a police
helicopter".
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_false_alarms import routine_flight
from annotate.incident_harm_told import harmed_people, only_guessed
from annotate.incident_mishaps import (
    CAUSES,
    by_accident,
    contested,
    correction_notice,
    damage_words,
    disputed,
    same_thing_by_accident,
    told_later,
)
from annotate.incident_said_abroad import said_abroad
from annotate.lexicons import incident_words

_CAUSING = frozenset(
    {"blame", "cause", "attribute", "trace", "put", "start", "spark", "trigger", "result"}
)
_INNOCENT = frozenset(
    {
        "storm", "weather", "wind", "lightning", "fault", "malfunction", "failure",
        "leak", "valve", "wiring", "circuit", "accident", "error", "negligence",
        "corrosion", "wear", "ice", "overheating", "heatwave", "flood", "wave",
        "cigarette", "candle", "stove", "heater", "barbecue",
        # household and worn-out causes: "a pan of oil left on a hob", "a broken rail"
        "pan", "hob", "cooker", "fryer", "chimney", "welding", "broken", "crack", "cracked",
        "defective", "worn",
        # "caused by an electric scooter battery left charging", "a boiler fault"
        "battery", "charger", "appliance", "socket", "scooter", "e-scooter", "e-bike",
        "lithium", "boiler",
        # "a failed transformer", "an overloaded line"
        "fail", "failed", "overload", "overloaded",
    }
)  # fmt: skip
_FOUL = frozenset({"sabotage", "arson", "attack", "terrorism", "involvement"})
_CRAFTS = frozenset({"balloon", "drone", "uav"})
_DEALERS = frozenset({"smuggler", "trafficker", "dealer", "gang"})  # people, not their goods
_LINKING = frozenset({"link", "blame", "attribute", "tie", "connect", "suspect"})
_SIGNS = frozenset({"sign", "evidence", "trace", "indication"})


def accidental(head: Token) -> bool:
    """Whether the mention's own sentence, or "it" or "the blast" in the
    next, puts it down to an accident."""
    verbs = [head.head] if head.dep_ in ("nsubj", "nsubjpass") else []
    if head.dep_ == "acl" and head.head.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(head.head.head)  # "A “drone” seen over X turned out to be ..."
    verbs += [c for c in head.children if c.dep_ in ("acl", "relcl")]
    if head.dep_ == "dobj":
        # "Idaho Power said a separate outage ... was caused by a squirrel", parsed
        # as the object of "said" and a clause of its own with no subject
        verbs += [
            c
            for c in head.head.children
            if c.dep_ == "ccomp"
            and c.i > head.i
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        ]
    # "A fire ..., initially linked to X, was started by a heater": parsed as a
    # second verb of the same subject
    verbs += [
        c
        for v in list(verbs)
        for c in v.children
        if c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    if head.pos_ == "VERB" or head.dep_ in ("ROOT", "ccomp"):
        verbs.append(head)  # "A train derailed ... after a signal failure" ("derails", a "noun")
    sent = head.sent
    # "an outage, which some had linked to sabotage, was caused by a faulty
    # joint": the claim the sentence puts right is no dispute of it
    linked = frozenset(
        t.i
        for r in head.subtree
        if r.dep_ == "relcl" and r.lemma_.lower() in _LINKING
        for t in r.subtree
    )
    if contested(sent, linked):
        return False  # "..., a claim Kyiv rejected", "but police said it was arson"
    if any(_put_down(verb) for verb in verbs):
        return True
    harmed = harmed_people(head)

    def down(verb: Token) -> bool:
        # "a blast injured four workers; an inquiry blamed faulty wiring": a fault
        # blamed in a clause of its own explains the blast that hurt people
        if harmed and _blamed_fault(verb):
            return False
        return _put_down(verb) and not said_abroad(verb, head)  # "Chinese authorities said"

    if any(_foul_ruled_out(t) or (down(t) and _refers_back(t, head)) for t in sent):
        return True  # "; police said it was an accident"
    if any(_which_put_down(t, head) and not said_abroad(t, head) for t in sent):
        return True  # "a cable near Porvoo was damaged, which the operator blames on ice"
    after = head.doc[sent.end].sent if sent.end < len(head.doc) else None
    if after is not None and not (correction_notice(after) or disputed(after)):
        if any(down(t) and _refers_back(t, head) for t in after):
            return True
        if any(same_thing_by_accident(t, head) for t in after):
            return True  # "... A trawler damaged the same cable by accident"
    return told_later(head, _put_down)  # "The operator has since said the explosion was ..."


def _put_down(verb: Token) -> bool:
    """ "was an accident", "was accidental", "was caused by a faulty valve",
    "blamed on a storm", "after a signal failure" (never "was no accident")."""
    if any(c.dep_ == "neg" for c in verb.children) or only_guessed(verb):
        return False
    if verb.lemma_ == "be":
        return any(
            (c.dep_ == "attr" and c.lemma_.lower() == "accident" and not _no(c))
            or (c.dep_ == "acomp" and c.lower_ == "accidental")
            or _of_innocent(c)
            for c in verb.children
        )
    if verb.pos_ not in ("VERB", "NOUN"):  # a noun: a verb the tagger mistook ("derails")
        return False
    if by_accident(verb):
        return True  # "a trawler accidentally cut the cable"
    if routine_flight(verb) or any(routine_flight(c) for c in verb.children if c.dep_ == "conj"):
        return True  # "A drone seen over X belonged to the police"
    if _mistaken(verb):
        return True
    if verb.lemma_.lower() in _CAUSING and any(_innocent(c) for c in _causes(verb)):
        return True
    if _blamed_fault(verb):
        return True  # "Investigators later blamed a welding fault"
    after = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("after", "following")]
    for word in (c for c in verb.children if c.lower_ in ("due", "because")):
        after += [g for g in word.children if g.lower_ in ("to", "of")] or [word]
    return any(_innocent(g) for p in after for g in p.children if g.dep_ == "pobj")


_RESULT = frozenset({"result", "consequence", "product"})


def _of_innocent(word: Token) -> bool:
    """ "was due to an electrical fault", "was the result of a short circuit"."""
    if word.lower_ == "due" or (word.dep_ == "attr" and word.lemma_.lower() in _RESULT):
        preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in ("to", "of")]
        return any(_innocent(g) for p in preps for g in p.children if g.dep_ == "pobj")
    return False


def _mistaken(verb: Token) -> bool:
    """ "turned out to be a police helicopter", "proved to be a balloon":
    the thing was something else (never "turned out to be arson")."""
    lemma = verb.lemma_.lower()
    if lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return False
    if lemma not in ("turn", "prove"):
        return False
    incident_nouns = {w for words in incident_words()["nouns"].values() for w in words}
    things = [
        g
        for c in verb.children
        if c.dep_ in ("xcomp", "oprd") and c.lemma_ == "be"
        for g in c.children
        if g.dep_ == "attr" and g.pos_ == "NOUN"
    ]
    return bool(things) and all(
        t.lemma_.lower() not in _FOUL | incident_nouns and not _no(t) for t in things
    )


def _no(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


_SAME = frozenset({"blast", "explosion", "fire", "blaze", "incident", "outage", "derailment"})


def _refers_back(verb: Token, head: Token) -> bool:
    """Said of "it", "this" or a plain "the blast": the event told before."""
    if _blamed_fault(verb):
        return True  # "Investigators blamed a faulty heater": said of the event just told
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.lemma_.lower() in ("blame", "attribute", "trace"):
        # "Officials blamed the fire on a careless smoker": the thing blamed
        subjects = [c for c in verb.children if c.dep_ == "dobj"] or subjects
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.lower_ in ("it", "this"):
        return True
    return (
        subject.lemma_.lower() in _SAME | {head.lemma_.lower()} | damage_words(head)
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)
        and not any(c.dep_ in ("relcl", "acl", "prep") for c in subject.children)
    )


def _which_put_down(verb: Token, head: Token) -> bool:
    """ "last week's break in a cable, which the operator now blames on ice",
    "The explosion at the depot, which police now say was caused by a gas
    leak, ...": a relative clause on the event's phrase (or its verb) that
    puts it down to an accident."""
    if not any(c.lower_ in ("which", "that") and c.dep_ in _RELATED for c in verb.children):
        return False
    if not _put_down(verb):
        return False
    clause = verb
    while clause.dep_ == "ccomp" and clause.head.i != clause.i:
        clause = clause.head  # "which police now say was caused by ..."
    if clause.dep_ not in ("relcl", "advcl"):
        return False
    on = clause.head
    own = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    return on.i == own.i or head.left_edge.i <= on.i <= head.right_edge.i


_RELATED = frozenset({"dobj", "nsubj", "nsubjpass"})


def _blamed_fault(verb: Token) -> bool:
    """ "blamed a faulty heater (for the blaze)": an innocent cause blamed
    outright, for the event told or for nothing named (never "blamed a
    faulty signal for the delays")."""
    if verb.lemma_.lower() != "blame" or not any(
        c.dep_ == "dobj" and _innocent(c) for c in verb.children
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        return False  # "blamed the fault on thieves": the fault is what was done
    causes = [
        g
        for c in (
            *verb.children,
            *(g for o in verb.children if o.dep_ == "dobj" for g in o.children),
        )
        if c.dep_ == "prep" and c.lower_ == "for"  # the parser may hang "for" on the object
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return all(g.lower_ in ("it", "this") or g.lemma_.lower() in _SAME for g in causes)


def _causes(verb: Token) -> list[Token]:
    """The objects of a cause verb's "by", "on" or "to"."""
    preps = [
        c
        for c in verb.children
        if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "on", "to", "from")
    ]
    return [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _innocent(cause: Token) -> bool:
    if cause.lemma_.lower() in _CRAFTS | _DEALERS:
        return False  # "after weather balloons drifted in", "blamed cigarette smugglers"
    words = {cause.lemma_.lower()} | {
        c.lemma_.lower() for c in cause.children if c.dep_ in ("amod", "compound")
    }
    return bool(words & (_INNOCENT | CAUSES)) or "faulty" in words


def _foul_ruled_out(token: Token) -> bool:
    """ "ruling out sabotage", "ruled out foul play", "found no sign of foul
    play" (never "could not rule out sabotage")."""
    if token.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in token.children
    ):
        if any(c.dep_ == "neg" for c in token.children):
            return False
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(_foul(o) for o in objects)
    if token.lemma_.lower() in _SIGNS and any(
        c.dep_ == "det" and c.lower_ == "no" for c in token.children
    ):
        of = [g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return any(_foul(o) for o in of)
    return False


def _foul(word: Token) -> bool:
    """ "sabotage", "arson", "foul play"."""
    if word.lemma_.lower() == "play":
        return any(c.lower_ == "foul" for c in word.children)
    return word.lemma_.lower() in _FOUL
