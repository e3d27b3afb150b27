"""Words that are incidents only beside certain others (the lexicon's
conditional entries): "severing" of a cable, "attacked" a town and not an
opponent, a bomb that went off, a drone that hit something.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from annotate.incident_counted_ranges import ranged
from annotate.incident_dates import is_point
from annotate.incident_doers import armed_doer, done_by_a_thing, in_opening_date
from annotate.incident_figures import objects, of_vague
from annotate.incident_named_objects import kinds_of_names
from annotate.incident_place_words import physical_things
from annotate.incident_set_upon import found_subjects
from annotate.incident_supplies import supply_cut
from annotate.lexicons import incident_words

_FORCING = frozenset({"force", "cause", "prompt", "compel", "oblige", "lead"})
_UNDERGOING = frozenset({"suffer", "sustain"})
_FINDING = frozenset({"find", "discover"})
_TIME_WORDS = frozenset("dawn dusk noon midday midnight night morning evening hour minute".split())


@lru_cache(maxsize=256)
def _context_words(context: str | tuple[str, ...]) -> frozenset[str]:
    """An entry's context words, lists of the lexicon (or labels) joined by "+"."""
    if isinstance(context, str):
        words = [w for name in context.split("+") for w in incident_words().get(name, [name])]
    else:
        words = list(context)
    return frozenset(w.lower() for w in words)


def fits_context(head: Token, entry: dict) -> bool:
    """A word that is an incident only beside certain others: "severing" of a
    cable, "attacked" a town (not an opponent), a bomb that went off. Entity
    labels in the list (GPE, FAC, ...) stand for any such named thing. An
    entry may also name the `governors` its word must hang from."""
    context = entry["context"]
    wanted = _context_words(context if isinstance(context, str) else tuple(context))
    if "governors" in entry and head.head.lemma_.lower() not in entry["governors"]:
        return False  # "fragments of a drone" only when found, recovered ...
    if not _has_required(head, entry) and not found_subjects(head):
        return False  # "beaten by three men" (not "in the election"), "doused with acid"
    if (unless := entry.get("unless")) and any(
        t.lemma_.lower() in _context_words(unless) for t in head.subtree
    ):
        return False  # "the link went offline for planned maintenance"
    if entry["type"] == "sabotage" and supply_cut(head):
        return False  # "Power to parts of the city was cut": an outage, what a strike did
    if entry.get("intransitive") and any(c.dep_ in ("dobj", "xcomp") for c in head.children):
        return False  # "a cable broke", not "the link broke records", "the link failed to ..."
    if entry.get("armed_doer") and not armed_doer(head):
        return False  # "commandos boarded a tanker", not "police boarded it"
    if entry.get("by_someone") and done_by_a_thing(head):
        return False  # "the bottle hit the door and set it alight": the throw's doing
    if (wanted_target := entry.get("physical_target")) and not _hits_something(
        head, named=wanted_target == "named"
    ):
        return False  # "fired a warning shot at the leadership", "missiles into the sea"
    if entry["in"] == "subtree":
        near = [t for t in head.subtree if t.i != head.i]
        if head.dep_ == "dobj":  # "handled an intrusion into the control system", misparsed
            near += [t for c in head.head.children if _into(c, head) for t in c.subtree]
        if head.dep_ == "acomp":  # "signals were jammed", parsed as an adjective
            near += [t for s in _subjects(head.head) for t in s.subtree]
    elif entry["in"] == "object":
        near = [t for t in objects(head, modifiers=False) if not _a_time(t)]
        near += kinds_of_names(near)  # "seized the tanker Stena X"
        if head.dep_ in ("oprd", "xcomp", "acomp") and not near:
            # "cables were found cut": what the governing verb was said of
            near = [c for c in head.head.children if c.dep_ in ("nsubjpass", "dobj")]
            near += of_vague(near)  # "a section of cable was found torn down"
        if head.dep_ == "ccomp" and head.head.lemma_.lower() in _FINDING and not near:
            # "a crew found a section of rail cut": the small clause's subject
            near = [c for c in head.children if c.dep_ == "nsubj"]
            near += of_vague(near)
        if head.dep_ == "dobj" and head.head.lemma_.lower() in _UNDERGOING and not near:
            # "a telecommunications cable suffered damage": what underwent it
            near = [c for c in head.head.children if c.dep_ == "nsubj"] or _after_date(head.head)
    elif entry["in"] == "target":
        # "rammed the gate", "rammed into a crowd"
        near = objects(head, modifiers=False) + [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("into", "through")
            for g in c.children
            if g.dep_ == "pobj"
        ]
    elif entry["in"] == "patient":
        # "X was poisoned", "poisoned X", "X fell ill after being poisoned": the
        # one it was done to, or the subject of the clause it hangs from.
        near = objects(head, modifiers=False)
        near += [a for n in near for a in n.children if a.dep_ == "appos"]  # "the agent X"
        clause = head.head.head if head.dep_ == "pcomp" else head.head
        if head.dep_ in ("pcomp", "advcl", "xcomp", "conj") and not near:
            near = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    elif entry["in"] == "passive":
        # "A councillor was attacked at his office": a person set upon, told in
        # the passive with no speech about it ("attacked over his vote" is speech).
        near = [c for c in head.children if c.dep_ == "nsubjpass"] or found_subjects(head)
        near += [j for n in near for j in n.conjuncts]  # a dateline the parser joined to it
        near += [a for n in near for a in n.children if a.dep_ == "appos"]  # "its director, X,"
        if not near and head.dep_ in ("pcomp", "advcl") and _being(head):
            # "is in hospital after being attacked": the one the clause is about
            near = _subjects(head.head.head if head.dep_ == "pcomp" else head.head)
    else:
        near = [*head.children, head.head]
        near += counted(near)  # "observed a number of drones over the airfield"
        # "a section of the pipeline was blown up": what the vague subject is of
        near += of_vague([c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")])
        near += ranged(head)  # "between two and four drones were seen over the base"
        near += [  # "entered Norwegian airspace north-east of Vardø", misparsed
            c
            for o in head.children
            if o.dep_ == "dobj"
            for c in o.children
            if c.dep_ == "compound" and c.lower_ == "airspace"
        ]
        if entry.get("subject") and entry["type"] == "strike":
            near += _agents(head)  # "Odesa was attacked by drones": the doer it names
        # "set a warehouse in X alight": the state it was left in, parsed into a phrase
        near += [
            c.right_edge
            for c in head.children
            if c.dep_ in ("dobj", "prep") and c.right_edge.lower_ in ("alight", "ablaze")
        ]
        if entry["type"] == "strike" and head.dep_ in ("nsubjpass", "dobj"):
            near.remove(head.head)  # "drones were destroyed": the weapon was hit
        if head.dep_ == "pobj" and head.head.lower_ in ("with", "by"):
            near.append(head.head.head)  # "hit a ship with missiles", "killed by a bomb"
    return any(
        t.lemma_.lower() in wanted
        or t.lower_ in wanted
        or t.ent_type_.lower() in wanted
        or (t.pos_ == "PROPN" and t.lower_.endswith("s") and t.lower_[:-1] in wanted)
        for t in near
    )  # "Warplanes struck": a plural the tagger took for a name keeps its "s"


# Words that count what their "of" names: "a number of drones", "a swarm of".
_COUNTS = frozenset("number swarm group pair couple handful dozen dozens several".split())


def counted(words: list[Token]) -> list[Token]:
    """What a count among the words counts: "drones" in "a number of drones"."""
    return [
        g
        for w in words
        if w.lemma_.lower() in _COUNTS and w.dep_ in ("dobj", "nsubj", "nsubjpass")
        for p in w.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _after_date(verb: Token) -> list[Token]:
    """ "On 27 October a cable ... suffered damage": the subject the parser
    joined to the opening date's phrase as a second object."""
    opening = [
        c for c in verb.children if c.dep_ == "prep" and c.i == verb.sent.start and c.lower_ == "on"
    ]
    objects = [g for c in opening for g in c.children if g.dep_ in ("pobj", "dep")]
    if not any(o.ent_type_ == "DATE" for o in objects):
        return []
    return [o for o in objects if o.ent_type_ != "DATE"]


def _has_required(head: Token, entry: dict) -> bool:
    """An entry's `requires` words somewhere in its clause, and its `subject`
    words in its subject's phrase ("a link went offline after a fault")."""
    if words := entry.get("requires"):
        if not any(t.lower_ in words or t.lemma_.lower() in words for t in head.subtree):
            return False
    if words := entry.get("subject"):
        words = _context_words(words if isinstance(words, str) else tuple(words))
        subjects = _subjects(head)
        if not subjects and head.dep_ == "xcomp" and head.head.lemma_.lower() in _FORCING:
            subjects = _subjects(head.head)  # "balloons forced the airport to suspend flights"
        if not subjects and head.pos_ == "VERB":
            subjects = in_opening_date(head)  # "On Sunday balloons forced ...", misparsed
        if entry["type"] == "strike":
            subjects += _agents(head)  # "Odesa was attacked by drones": the weapon its doer
        if not subjects and head.dep_ == "acl":
            subjects = [head.head]  # "a depot in Leeds burned to the ground", misparsed
            # "a warehouse used by a firm burned ...": the noun the firm's phrase hangs on
            up = head.head
            if up.dep_ == "pobj" and up.head.dep_ == "agent" and up.head.head.dep_ == "acl":
                if up.head.head.head.lemma_.lower() in words:
                    return True
        return any(t.lemma_.lower() in words for s in subjects for t in s.subtree)
    return True


def _into(prep: Token, noun: Token) -> bool:
    """An "into" right after the object, that the parser hung on its verb."""
    return prep.dep_ == "prep" and prep.lower_ == "into" and prep.i == noun.right_edge.i + 1


def _being(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)


def _agents(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _hits_something(verb: Token, named: bool = False) -> bool:
    """What a shot is fired at or into, if named (or, with `named`, it must
    be), is a thing or a person; "a warning shot" is a figure, and missiles
    fired into the sea are a test."""
    if any(c.lower_ == "warning" for o in verb.children if o.dep_ == "dobj" for c in o.children):
        return False
    targets = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("at", "into", "against")
        for g in c.children
        if g.dep_ == "pobj" and not _a_time(g)
    ]
    victims = set(incident_words()["victim_nouns"])
    if named and not targets:
        return False
    return all(
        t.lemma_.lower() in physical_things()
        or t.lemma_.lower() in victims
        or t.ent_type_ in ("PERSON", "GPE", "FAC", "LOC", "NORP")
        or t.pos_ in ("PRON", "PROPN")
        for t in targets
    )


def _a_time(token: Token) -> bool:
    """ "at dawn", "on Sunday": a time (the tagger also calls some towns times)."""
    return token.ent_type_ in ("DATE", "TIME") and (
        is_point(token.text) or token.lemma_.lower() in _TIME_WORDS or token.like_num
    )
