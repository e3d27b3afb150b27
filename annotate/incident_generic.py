"""Generic references: a kind of incident, a campaign, a list of tactics or
a tally ("hundreds of cyberattacks since 2022"), not one event.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_anchors import BACK_DETS, characterises, weapons
from annotate.incident_habits import habitual
from annotate.incident_hedges import suspects_a_kind
from annotate.incident_numbers import number
from annotate.incident_occasions import one_occasion
from annotate.incident_ongoing import ongoing

_COLLECTIVE = frozenset(
    "wave string series campaign spate pattern number hundreds dozens thousands scores war "
    "surge rise spree succession flurry kind type form use string barrage litany round percent "
    "share proportion majority rate".split()
)
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
# Nouns that, bare, name a practice rather than one act ("carry out sabotage").
_MASS = frozenset({"sabotage", "vandalism", "hacking", "cyberespionage", "espionage", "arson"})
_TALLY = 2  # events of a kind, counted ("two attacks in July"), are several: a pattern


def is_generic(head: Token, has_point_date: bool, has_toll: bool, headline: bool = False) -> bool:
    """A reference to a kind of incident rather than one event: plural or
    mass nouns with nothing tying them to one event, a member of a series
    or campaign, something ongoing or spread over a span of time or space."""
    if _spread(head) == "span":
        return True  # "have attacked more than 100 ships since 2023, killing four"
    if suspects_a_kind(head):
        return True  # "to board foreign ships suspected of damaging cables"
    if _tally(head) and not one_occasion(head, has_toll):
        return True  # "906 attacks against asylum seeker homes": a tally, not an event
    if has_toll or head.lemma_.lower() in _REMAINS:
        return False  # "fragments of a drone were found": one find
    if habitual(head, headline):
        return True  # "Rail cables are cut. Drones appear over air bases."
    if ongoing(head, has_point_date):
        return True  # "GPS jamming near the strait continued this week"
    if head.dep_ == "nsubj" and head.head.lemma_ == "cost" and not _definite(head):
        return True  # "Sabotage cost European companies billions last year": a bill
    if _topic(head):
        return True  # "a new law on drone incursions takes effect in July"
    node = head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        governor = node.head.head
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
    if not has_point_date and _in_a_list_of_kinds(node):
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
    several = node.tag_ in ("NNS", "NNPS") or node.lemma_.lower() in _MASS
    if node.dep_ == "nsubj" and several and node.head.lemma_.lower() in _TREND | _ONGOING:
        return True  # "sabotage has grown", "attacks have intensified": a trend
    clauses = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "cut cables and set fire"
    spread = _spread(node) or next((x for c in clauses if c is not node and (x := _spread(c))), "")
    if spread == "span" or (spread and not has_point_date):
        return True  # "since 2022", "for months", "across Europe", "in recent weeks"
    if _in_range(node):
        return True  # "attacks ranging from arson to assaults": kinds of attack
    verbs = [node, node.head] if node.dep_ == "conj" else [node]
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for v in verbs for c in v.children):
        return True  # "systematically rounded them up and murdered them"
    if node.pos_ == "VERB" and _perfect_of_kinds(node, has_point_date):
        return True  # "Several cables in the Baltic have been damaged this year": a record
    if node.pos_ == "VERB" and not has_point_date and _perfect_on_kinds(node):
        return True  # "Chinese hackers have hacked into U.S. computers"
    if node.pos_ == "VERB" and not has_point_date and _told_in_perfect(node):
        return True  # "has been accused of cutting cables on the seabed, hacking hospitals"
    if not has_point_date and _done_to_kinds(node):
        return True  # "a list: arson at warehouses, cut cables, ..."
    if node.pos_ == "VERB" or has_point_date:
        return False
    children = list(node.children)
    if node.tag_ in ("NNS", "NNPS") and any(c.lower_ in BACK_DETS for c in children):
        return True  # "the attacks showed ...": several events at once
    if headline or characterises(head):
        return False  # headlines drop their articles: "blast on railway"
    if _did_one_thing(node):
        return False  # "rebel drones hit a bulk carrier": one act
    if _kinds_did(node):
        return True  # "similar parcels caught fire at depots in Germany and Poland"
    tied = any(
        c.dep_ in ("det", "poss", "nummod") and c.lower_ not in ("any", "some", "such")
        for c in children
    )
    plural = node.tag_ in ("NNS", "NNPS")
    mass = node.lemma_.lower() in _MASS and not any(c.dep_ == "det" for c in children)
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
        _bare_plural(noun)
        and noun.dep_ == "pobj"
        and prep.lower_ in ("on", "against", "about")
        and prep.head.lemma_.lower() in _TOPICAL
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


def _done_to_kinds(node: Token) -> bool:
    """A bare act on bare plurals, with no one doing it and no tense: "cut
    cables", "arson at warehouses" in a list of what has happened."""
    if any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "det", "poss") for c in node.children
    ):
        return False
    if node.pos_ == "VERB" and (
        node.tag_ not in ("VB", "VBN", "VBD") or node.dep_ in ("ROOT", "ccomp")
    ):
        return False
    if node.pos_ != "VERB" and node.lemma_.lower() not in _MASS:
        return False
    targets = [c for c in node.children if c.dep_ in ("dobj", "nsubjpass")]
    targets += [
        g
        for c in node.children
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "of", "against")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return bool(targets) and all(
        t.tag_ in ("NNS", "NNPS")
        and not any(d.dep_ in ("det", "nummod", "poss") for d in t.children)
        for t in targets
    )


def _kinds_did(node: Token) -> bool:
    """ "Similar parcels caught fire": things of a kind, none counted or named,
    that caught fire."""
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() != "catch":
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.tag_ in ("NNS", "NNPS")
        and not any(d.dep_ in ("det", "nummod", "poss") for d in c.children)
        for c in verb.children
    )


def _did_one_thing(node: Token) -> bool:
    """The subject of a past verb done to one named or singular thing."""
    verb = node.head
    if node.dep_ != "nsubj" or verb.tag_ != "VBD":
        return False
    return any(
        c.dep_ == "dobj"
        and (c.pos_ == "PROPN" or (c.tag_ == "NN" and any(d.dep_ == "det" for d in c.children)))
        for c in verb.children
    )


def _perfect_on_kinds(verb: Token) -> bool:
    """A present perfect done to a bare plural: a record of acts, not one."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        targets += [c for c in prep.children if c.dep_ == "pobj"]
    return any(
        t.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "nummod", "poss") for c in t.children)
        and t.ent_type_ == ""
        for t in targets
    )


def _told_in_perfect(verb: Token) -> bool:
    """A bare act in a present perfect's list or under its verb ("has cut
    cables, set fires and hacked hospitals", "has been accused of cutting
    cables on the seabed"): a record of acts when it is done to a bare plural
    and names no counted thing and no place."""
    if any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children):
        return False  # its own tense, read by `_perfect_on_kinds`
    places = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"] or places  # "hacked into hospitals"
    if not objects or not all(_bare_plural(o) for o in objects):
        return False
    if any(
        g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")
        or any(d.dep_ == "nummod" for d in g.children)
        for g in places
    ):
        return False
    node = verb
    for _ in range(4):
        if node.dep_ == "conj":
            node = node.head
        elif node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head
        else:
            return False
        if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "VBD" for c in node.children):
            return True
    return False


def _bare_plural(token: Token) -> bool:
    return (
        token.tag_ in ("NNS", "NNPS")
        and token.ent_type_ == ""
        and not any(c.dep_ in ("det", "nummod", "poss") for c in token.children)
    )


_VAGUE_MANY = frozenset({"several", "many", "numerous", "multiple", "various", "countless"})


def _perfect_of_kinds(verb: Token, dated: bool) -> bool:
    """A present perfect passive said of an unnamed many ("several cables
    have been damaged"; "cables have been cut", with no date): the perfect
    tells no one day, the subject no one thing."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "VBD" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(
        s.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in s.children)
        and (
            any(c.lower_ in _VAGUE_MANY for c in s.children if c.dep_ == "amod")
            or not (dated or any(c.dep_ == "amod" for c in s.children))
        )
        for s in subjects
    )


def _begun(node: Token) -> bool:
    """Acts that someone began or started: the start of a campaign."""
    for verb in (a for a in node.ancestors if a.pos_ == "VERB"):
        if verb.lemma_.lower() in ("begin", "start", "commence"):
            return True
        if verb.dep_ not in ("xcomp", "dobj", "pcomp", "ccomp"):
            return False
    return False


def _in_range(node: Token) -> bool:
    """ "ranging from arson to assaults": each end of the range is a kind."""
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ not in ("from", "to"):
            return False
        node = node.head
        if node.lemma_.lower() in ("range", "vary"):
            return True
    return False


def _spread(node: Token) -> str:
    """ "span" for a stretch of time ("since 2022", "for months"), "wide" for
    one of space or a vague time ("across Europe", "in recent weeks"), else ""."""
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ == "for" and _duration(child):
            continue  # "circling for an hour": how long one event lasted
        if child.dep_ == "prep" and child.lower_ in ("since", "for", "throughout"):
            if child.lower_ == "for" and not _over_time(child):
                continue  # "paid for in cash", "for a client": no stretch of time
            return "span"
        if child.dep_ == "prep" and child.lower_ == "between" and _between_dates(child):
            return "span"  # "between 2022 and March 2026"
        if child.dep_ == "prep" and child.lower_ == "across":
            return "wide"
        if child.dep_ == "prep" and child.lower_ == "in":
            words = {t.lower_ for t in child.subtree}
            if words & {"recent", "past", "weeks", "months", "years"}:
                return "wide"
        if child.dep_ == "npadvmod" and child.lower_ in ("weeks", "months", "years"):
            return "wide"
    return ""


_TIME_UNITS = frozenset("year month week day night decade century while time".split())


def _over_time(prep: Token) -> bool:
    """ "for months", "for years", "for a decade", "for much of 2025": "for"
    with a stretch of time as its object."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(
        o.ent_type_ == "DATE"
        or o.lemma_.lower() in _TIME_UNITS
        or o.like_num
        or (o.lower_ in ("much", "most", "part") and any(t.ent_type_ == "DATE" for t in o.subtree))
        for o in objects
    )


def _between_dates(prep: Token) -> bool:
    """ "between 2022 and March 2026": two dates, not two places."""
    dates = [t for t in prep.subtree if t.ent_type_ == "DATE" and t.dep_ in ("pobj", "conj")]
    return len(dates) >= 2


def _duration(prep: Token) -> bool:
    """ "for an hour", "for about two minutes", "for two days": a length of
    minutes, hours or a few counted days, not a stretch of weeks or years."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        unit = obj.lemma_.lower()
        counted = any(c.dep_ in ("nummod", "det", "quantmod") for c in obj.children)
        if unit in ("second", "minute", "hour") or (unit in ("day", "night") and counted):
            return True
    return False


_KINDS = frozenset("tactic method means technique list repertoire menu toolkit".split())


def _in_a_list_of_kinds(node: Token) -> bool:
    """A member of a list set after "the list of tactics …:" (its appositive,
    or what "is" it), however the parser strung the members together."""
    for _ in range(6):
        if node.dep_ in ("conj", "acl"):
            node = node.head
        elif (
            node.dep_ == "pobj" and node.head.dep_ == "agent" and node.head.head.lemma_ == "follow"
        ):
            # "the most common method, followed by damage to cables"
            node = node.head.head
            if _a_list_of_kinds(node.head):
                return True
        elif node.dep_ == "appos":
            return _a_list_of_kinds(node.head)
        elif node.dep_ == "attr" and node.head.lemma_ == "be":
            subjects = [c for c in node.head.children if c.dep_ == "nsubj"]
            return any(_a_list_of_kinds(s) for s in subjects)
        else:
            return False
    return False


def _a_list_of_kinds(noun: Token) -> bool:
    """ "the list of tactics", "the methods": a list of the kinds of thing
    done, whose members are kinds too."""
    words = [noun, *(g for c in noun.children if c.lower_ == "of" for g in c.children)]
    return any(w.lemma_.lower() in _KINDS for w in words)
