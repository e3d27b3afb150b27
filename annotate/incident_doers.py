"""Who did an act, for acts that are incidents only when an armed party does
them: commandos who board a tanker, a state that seizes one, but never the
police who board it to investigate nor passengers who board a ferry."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_claimants import claimant, noun_doers
from annotate.incident_pronoun_doers import antecedent
from annotate.lexicons import incident_words


def doers(verb: Token) -> list[Token]:
    """The subject of `verb`, its passive agent ("seized by pirates"), or the
    subject it shares with the verb it is joined to ("opened an inquiry and
    boarded a ship")."""
    if noun_doers(verb):
        return noun_doers(verb)  # "the rebels' capture of a ship"
    found = [claimant(c) for c in verb.children if c.dep_ == "nsubj"]
    if len(found) > 1:  # "Smith: Iran's Guards seized a tanker": who speaks, then who did it
        found = [c for c in found if not speaker_label(c)]
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        found += [g for g in agent.children if g.dep_ == "pobj"]
    head = verb
    while not found and head.dep_ == "conj" and head.head is not head:
        head = head.head
        found = [c for c in head.children if c.dep_ == "nsubj"]
    if not found and verb.dep_ == "acl":
        found = [_bearer(verb.head)]  # "armed men in a skiff fired on a ship", misparsed
    if not found and verb.dep_ == "pcomp" and verb.head.lower_ == "by":
        # "The Houthis started that campaign by capturing a ship": the doer of the whole
        found = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    if not found:
        found = in_opening_date(verb)
    return found


def speaker_label(noun: Token) -> bool:
    """A name opening its line with a colon after it, as an interview's answers are."""
    doc = noun.doc
    return (
        noun.i + 1 < len(doc)
        and doc[noun.i + 1].text == ":"
        and (noun.i == 0 or "\n" in doc[noun.i - 1].text_with_ws)
    )


def in_opening_date(verb: Token) -> list[Token]:
    """ "In 2019 commandos seized a tanker": the subject the parser took into
    the date opening the sentence ("In 2019 commandos") as its object."""
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.i == verb.sent.start and c.lower_ in ("in", "on")
        for g in c.children
        if g.dep_ == "pobj"
        and g.ent_type_ != "DATE"
        and any(n.ent_type_ == "DATE" and n.i < g.i for n in g.children)
    ]


def _bearer(noun: Token) -> Token:
    """The noun an active participle clause tells of; when it hangs on the
    object of a phrase ("men in a skiff"), the noun that phrase describes."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return noun


def armed_doer(verb: Token) -> bool:
    """An armed party did `verb`: its doer is named for arms ("commandos",
    "pirates", "armed men", "armed personnel") or is a state or people ("Iran", "Houthi
    fighters"), and nothing in its phrase names a lawful one ("Finnish
    police", "border guards", "customs officers"). No doer named: unsure, so no."""
    lex = incident_words()
    armed = {w.lower() for w in lex["armed_doers"]}
    lawful = {w.lower() for w in lex["lawful_doers"]}
    people = [p for d in doers(verb) for p in _told_before(d)]
    if not people or _boards_a_suspect(verb):
        return False
    for doer in people:
        doer = antecedent(doer) or doer  # "The Houthis ... In the same month they seized"
        words = [t for t in doer.subtree]
        if any(t.lemma_.lower() in lawful or t.lower_ in lawful for t in words):
            return False
        armed_word = any(t.lower_ in ("armed", "masked") for t in words)
        if doer.lower_ == "men" and not armed_word:
            return False  # "men" only when armed or masked
        if not armed_word and not any(
            t.lower_ in armed or t.lemma_.lower() in armed or t.ent_type_.lower() in armed
            for t in words
        ):
            return False
    return True


def _told_before(doer: Token) -> list[Token]:
    """ "The Houthis have fired missiles at ships. ... In the same month they
    seized a car carrier": "they", told of no speaker, stands for the subject
    of the sentence before."""
    if doer.lower_ != "they":
        return [doer]
    if doer.sent.start == 0:
        return [doer]
    before = doer.doc[doer.sent.start - 1].sent
    subjects = [t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
    return subjects if len(subjects) == 1 and subjects[0].pos_ != "PRON" else [doer]


def _boards_a_suspect(verb: Token) -> bool:
    """ "The navy boarded a tanker suspected of cutting a cable": the boarding
    is the inquiry into another act, whoever does it. So is one told with a
    detention or a search ("boarded the tanker and detained it") or of a
    ship named as a sanctions suspect ("a shadow-fleet tanker")."""
    if any(
        a.dep_ == "acl" and a.lemma_.lower() in _SUSPECTED
        for o in verb.children
        if o.dep_ in ("dobj", "nsubjpass")
        for a in o.children
    ):
        return True
    group = [verb, *verb.conjuncts]
    if any(v.lemma_.lower() in _HOLDING for v in group):
        return True
    return any(
        t.lower_ in _SANCTIONED
        for v in group
        for o in v.children
        if o.dep_ in ("dobj", "nsubjpass")
        for t in o.subtree
    )


# What a lawful boarding goes with: holding or searching the ship (not
# "escorted it to Bandar Abbas": a seizure by a state at sea is an act).
_HOLDING = frozenset({"detain", "inspect", "search", "impound", "arrest", "fine"})
_SANCTIONED = frozenset({"shadow-fleet", "shadow", "sanctioned", "sanctions-hit", "blacklisted"})


_SUSPECTED = frozenset({"suspect", "accuse", "believe", "allege"})


def done_by_a_thing(verb: Token) -> bool:
    """ "The bottle hit the door and set it alight", "a drone struck the depot
    and set it ablaze": a weapon or a missile did it, so it is what an act
    told in the same breath did, not an act of its own."""
    things = {w.lower() for w in incident_words()["explosives"]} | _THROWN_THINGS
    return any(d.lemma_.lower() in things for d in doers(verb))


_THROWN_THINGS = frozenset("bottle cocktail firebomb flare spark debris fragment wreckage".split())
