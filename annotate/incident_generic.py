"""Generic references: a kind of incident, a campaign, a list of tactics or
a tally ("hundreds of cyberattacks since 2022"), not one event.

Three of its tests have modules of their own: a stretch of time or space
(`incident_spread`), acts told of bare plurals or in the perfect
(`incident_bare_plurals`), and members of a list of kinds
(`incident_kind_lists`).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.incident_anchors import BACK_DETS, characterises, weapons
from annotate.incident_bare_plurals import (
    MASS,
    bare_plural,
    done_to_kinds,
    kinds_did,
    kinds_ignited,
    perfect_of_kinds,
    perfect_on_kinds,
    told_in_perfect,
)
from annotate.incident_compared import compared_class, ranked_cases
from annotate.incident_dates import MONTH
from annotate.incident_habits import habitual
from annotate.incident_hedges import suspects_a_kind
from annotate.incident_kind_lists import in_a_list_of_kinds, in_range
from annotate.incident_numbers import number
from annotate.incident_occasions import one_occasion
from annotate.incident_ongoing import ongoing
from annotate.incident_repeats import repeated
from annotate.incident_spread import spread_of
from annotate.incident_verbless_kinds import how_to_meet, verbless_kinds

_COLLECTIVE = frozenset(
    "wave string series campaign spate pattern number hundreds dozens thousands scores war "
    "surge rise spree succession flurry kind type form use string barrage litany round percent "
    "share proportion majority rate run rash streak".split()
)
# Interference that goes on over days: an event only on a day told.
_CONDITIONS = frozenset({"jamming", "spoofing", "jammed", "spoof", "jam"})
_HABITUAL = frozenset(
    "systematically repeatedly routinely regularly frequently habitually constantly "
    "continually persistently daily nightly weekly often".split()
)
_ONGOING = frozenset("continue intensify escalate wage step keep resume sustain expand".split())
# What a practice or a count of acts does over time ("sabotage has grown").
_TREND = frozenset("grow rise increase surge multiply double triple soar decline fall".split())
_REMAINS = frozenset({"fragment", "debris", "wreckage"})
_ONE_SPELL = frozenset({"night", "day", "morning", "evening", "afternoon", "weekend"})
_SPAN_PREPS = frozenset({"since", "for", "across", "throughout", "over"})
# A burst of acts on one day or night is one event: "a wave of strikes overnight".
_BURSTS = frozenset({"wave", "series", "barrage", "salvo", "volley"})
_DAY = re.compile(
    rf"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|yesterday|"
    rf"today|tonight|\d{{1,2}}\s+{MONTH}|{MONTH}\.?\s+\d{{1,2}}\b)",
    re.IGNORECASE,
)
_TALLY = 2  # events of a kind, counted ("two attacks in July"), are several: a pattern


def one_burst(governor: Token, has_point_date: bool) -> bool:
    """ "a new series of drone attacks" on a day told: one wave, not a kind."""
    return (
        has_point_date
        and any(e.label_ in ("DATE", "TIME") and _DAY.search(e.text) for e in governor.sent.ents)
        and governor.lemma_.lower() in _BURSTS
        and governor.tag_ == "NN"
        and governor.dep_ in ("dobj", "nsubj")  # not "the latest in a series of attacks"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in governor.children)
    )


def is_generic(head: Token, has_point_date: bool, has_toll: bool, headline: bool = False) -> bool:
    """A reference to a kind of incident rather than one event: plural or
    mass nouns with nothing tying them to one event, a member of a series
    or campaign, something ongoing or spread over a span of time or space."""
    if spread_of(head) == "span":
        return True  # "have attacked more than 100 ships since 2023, killing four"
    if suspects_a_kind(head):
        return True  # "to board foreign ships suspected of damaging cables"
    if _tally(head) and not one_occasion(head, has_toll):
        return True  # "906 attacks against asylum seeker homes": a tally, not an event
    if _counted_cases(head) or _a_share(head):
        return True  # "40 investigations into suspected sabotage", "a third were arson attacks"
    if has_toll or head.lemma_.lower() in _REMAINS:
        return False  # "fragments of a drone were found": one find
    if repeated(head) and not headline:
        # "have crossed from Belarus dozens of times this year"; a headline's
        # "on consecutive nights" names the events the body tells
        return True
    if head.lemma_.lower() in _CONDITIONS and not has_point_date:
        return True  # "GPS jamming in Finnmark": a condition on no one day, not an event
    if habitual(head, headline):
        return True  # "Rail cables are cut. Drones appear over air bases."
    if ongoing(head, has_point_date):
        return True  # "GPS jamming near the strait continued this week"
    if head.dep_ == "nsubj" and head.head.lemma_ == "cost" and not _definite(head):
        return True  # "Sabotage cost European companies billions last year": a bill
    if _topic(head):
        return True  # "a new law on drone incursions takes effect in July"
    if not has_point_date and (verbless_kinds(head) or how_to_meet(head)):
        return True  # "A fire in a warehouse, a cut cable on the seabed, ..."
    node = head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        governor = node.head.head
        if one_burst(governor, has_point_date):
            return False  # "on Sunday night Russia carried out a new series of drone attacks"
        if governor.lemma_.lower() in _COLLECTIVE or governor.lower_ in _COLLECTIVE:
            return True  # "a wave of drone sightings", "a campaign of sabotage"
        if governor.lemma_.lower() in ("act", "case", "incident"):
            node = governor  # "an act of sabotage" is as specific as the act
            if _tally(node):
                return True  # "146 acts of sabotage": counted, as "146 attacks" are
        elif governor.lemma_.lower() in _ONE_SPELL and any(
            c.dep_ in ("det", "poss") for c in governor.children
        ):
            return False  # "a night of strikes on ports": one spell of them
    if compared_class(node) or ranked_cases(head):
        return True  # "was the deadliest attack in Belgium since 2023": a class of acts
    if node.dep_ == "conj":
        first = node
        while first.dep_ == "conj":
            first = first.head
        if _tally(first):
            return True  # "146 acts of sabotage or attempted sabotage"
        if first.dep_ == "pobj" and first.head.lower_ == "of":
            governor = first.head.head
            if governor.lemma_.lower() in _COLLECTIVE or _tally(governor):
                return True  # "146 acts of sabotage or attempted sabotage"
    if not has_point_date and in_a_list_of_kinds(node):
        return True  # "The list of tactics is familiar: arson at warehouses, cut cables"
    verb = node.head if node.dep_ in ("dobj", "nsubjpass") else node
    if node.tag_ in ("NNS", "NNPS") and _begun(node):
        return True  # "began conducting airstrikes on Islamic State targets in 2014"
    if verb.lemma_.lower() in _ONGOING or (
        node.dep_ == "pobj"
        and node.head.lower_ not in ("after", "since", "before", "following", "until")
        and node.head.head.lemma_.lower() in _ONGOING
    ):
        return True  # "continues its bombardment", "has intensified its bombardment"
    several = node.tag_ in ("NNS", "NNPS") or node.lemma_.lower() in MASS
    if node.dep_ == "nsubj" and several and node.head.lemma_.lower() in _TREND | _ONGOING:
        return True  # "sabotage has grown", "attacks have intensified": a trend
    clauses = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "cut cables and set fire"
    spread = spread_of(node) or next(
        (x for c in clauses if c is not node and (x := spread_of(c))), ""
    )
    if spread == "span" or (spread and not has_point_date):
        return True  # "since 2022", "for months", "across Europe", "in recent weeks"
    if in_range(node):
        return True  # "attacks ranging from arson to assaults": kinds of attack
    verbs = [node, node.head] if node.dep_ == "conj" else [node]
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for v in verbs for c in v.children):
        return True  # "systematically rounded them up and murdered them"
    if node.pos_ == "VERB" and perfect_of_kinds(node, has_point_date):
        return True  # "Several cables in the Baltic have been damaged this year": a record
    if node.pos_ == "VERB" and not has_point_date and perfect_on_kinds(node):
        return True  # "Chinese hackers have hacked into U.S. computers"
    if node.pos_ == "VERB" and not has_point_date and told_in_perfect(node):
        return True  # "has been accused of cutting cables on the seabed, hacking hospitals"
    if not has_point_date and done_to_kinds(node):
        return True  # "a list: arson at warehouses, cut cables, ..."
    if node.pos_ == "VERB" and kinds_ignited(node):
        return True  # "incendiary packages that ignited at logistics centres"
    if node.pos_ == "VERB" or has_point_date:
        return False
    children = list(node.children)
    if node.tag_ in ("NNS", "NNPS") and any(c.lower_ in BACK_DETS for c in children):
        return True  # "the attacks showed ...": several events at once
    if headline or characterises(head):
        return False  # headlines drop their articles: "blast on railway"
    if _did_one_thing(node):
        return False  # "rebel drones hit a bulk carrier": one act
    if kinds_did(node):
        return True  # "similar parcels caught fire at depots in Germany and Poland"
    plural = node.tag_ in ("NNS", "NNPS")
    # "a decoy Russia uses during its attacks on Ukraine": a side's acts, its campaign
    loose = ("any", "some", "such", *(("its", "their") if plural else ()))
    tied = any(c.dep_ in ("det", "poss", "nummod") and c.lower_ not in loose for c in children)
    mass = node.lemma_.lower() in MASS and not any(c.dep_ == "det" for c in children)
    return not tied and (plural or mass)


# Nouns whose "on" or "against" names a subject, not an event.
_TOPICAL = frozenset(
    "law bill act rule regulation policy strategy debate study report guideline guidance "
    "conference course manual directive".split()
)


def _topic(noun: Token) -> bool:
    """A bare plural that a law, a debate or a study is "on", "against" or
    "about": the subject of it, whatever date the law has."""
    prep = noun.head
    return (
        bare_plural(noun)
        and noun.dep_ == "pobj"
        and prep.lower_ in ("on", "against", "about")
        and prep.head.lemma_.lower() in _TOPICAL
    )


# What is counted of events: each case is one, the count is a tally of them.
_CASES = frozenset("investigation probe inquiry case report incident charge arrest".split())


def _counted_cases(noun: Token) -> bool:
    """ "police opened more than 40 investigations into suspected sabotage":
    what counted cases, probes or reports are of is a kind of act."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("of", "into", "over")
        and prep.head.lemma_.lower() in _CASES
        and _tally(prep.head)
        and not _definite(noun)  # "two inquiries into the fire": one fire
    )


# What a share of a count is called: "a third", "half", "most of them".
_SHARES = frozenset(
    "third quarter half fifth tenth most many some majority minority rest percent "
    "proportion share fraction dozen dozens".split()
)


def _a_share(noun: Token) -> bool:
    """ "Roughly a third were arson attacks": what a share of a tally was."""
    verb = noun.head
    return (
        noun.dep_ == "attr"
        and noun.tag_ == "NNS"
        and verb.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in _SHARES for c in verb.children)
    )


def _definite(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)


def _tally(noun: Token) -> bool:
    """A plural counted two or more, its count no date ("the Sept. 11, 2001 attacks")."""
    return (
        noun.tag_ in ("NNS", "NNPS")
        and noun.lemma_.lower() not in weapons()
        and any(
            c.dep_ == "nummod"
            and c.ent_type_ not in ("DATE", "TIME")
            and (n := number(c)) is not None
            and n.n >= _TALLY
            for c in noun.children
        )
    )


def _did_one_thing(node: Token) -> bool:
    """The subject of a past verb done to one named or singular thing, or
    the doer of a past passive's ("the website of X was hit by DDoS attacks")."""
    verb = node.head
    done_to = "dobj"
    if node.dep_ == "pobj" and verb.dep_ == "agent":
        verb, done_to = verb.head, "nsubjpass"
        if not any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children):
            return False
    elif node.dep_ != "nsubj" or verb.tag_ != "VBD":
        return False
    return any(
        c.dep_ == done_to
        and (c.pos_ == "PROPN" or (c.tag_ == "NN" and any(d.dep_ == "det" for d in c.children)))
        for c in verb.children
    )


def _begun(node: Token) -> bool:
    """Acts that someone began or started: the start of a campaign."""
    for verb in (a for a in node.ancestors if a.pos_ == "VERB"):
        if verb.lemma_.lower() in ("begin", "start", "commence"):
            return True
        if verb.dep_ not in ("xcomp", "dobj", "pcomp", "ccomp"):
            return False
    return False
