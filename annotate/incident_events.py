"""From incident mentions to events and patterns.

A mention is one span that reports or names an incident. Mentions are folded
into one event when they are of compatible types and do not differ in place
or time, and either share a sentence or the later one refers back ("the
blast", "Saturday's bombing", "his killing", "the missiles struck"). A
mention marked as another event ("in a separate attack", "a second
explosion") starts a new one. The event's main mention is the one that
reports it most fully (place, date, toll, perpetrator); its facts come from
the main mention first, then from the others.

A generic reference (a campaign, a list of tactics, "a wave of drone
sightings", "hundreds of cyberattacks since 2022") is a pattern, never an
event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from annotate.incident_places import physical_things
from annotate.incident_tolls import Count, number
from annotate.lexicons import country_of, incident_words
from annotate.model import DateRef, Incident, Pattern, Span, Toll

# Words that only say "an attack" without saying what kind: they fold into an
# event of any type.
LOOSE_WORDS = frozenset({"attack", "assault", "incident", "act", "killing", "murder"})
_COMPATIBLE = frozenset(
    frozenset(p)
    for p in (
        ("explosion", "sabotage"),
        ("strike", "fire"),
        ("explosion", "fire"),
        ("strike", "explosion"),
        ("sabotage", "other"),
        ("strike", "other"),
        ("explosion", "other"),
        ("fire", "other"),
        ("cyber", "other"),
    )
)
# When one event is told with words of several types, the cause names it: a
# missile strike that sets a ship on fire is a strike.
_TYPE_ORDER = ("strike", "explosion", "attack", "cyber", "airspace", "sabotage", "fire", "other")
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
# Weapons that come in salvos: "a second drone" is more of the same attack;
# with its own place or time it is still told apart when folded.
_SALVO = frozenset({"drone", "missile", "rocket", "shell", "projectile"})
_SEPARATE = frozenset({"separate", "second", "another", "other", "new", "earlier", "previous"})
# Nouns that, bare, name a practice rather than one act ("carry out sabotage").
_MASS = frozenset({"sabotage", "vandalism", "hacking", "cyberespionage", "espionage", "arson"})
_BACK_DETS = frozenset({"the", "this", "that", "these", "those"})
_GUNFIRE = frozenset({"shooting", "shoot", "gunfire", "stabbing", "stab", "gun", "gunman", "open"})
_STATIVE = frozenset("be have come seem remain mean bear get need take make".split())
_PRONOUNS = frozenset({"it", "they", "this", "that"})
_DEFINITE = frozenset({"the", "this", "that"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|\byear\b", re.IGNORECASE)
_WEEKDAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)
_LETHAL = frozenset({"murder", "killing", "assassination", "execution", "death"})
_TALLY = 2  # events of a kind, counted ("two attacks in July"), are several: a pattern
_NEARBY = 3  # sentences within which a same-type mention with no new place or time folds


@dataclass
class Mention:
    head: Token
    type: str
    start: int
    end: int
    sentence: int
    headline: bool = False
    place: str | None = None
    area: str | None = None
    date: DateRef | None = None
    date_own: bool = False
    killed: Count | None = None
    injured: Count | None = None
    carried: tuple[Count | None, Count | None] = (None, None)  # told in the next sentence
    perpetrator: str | None = None
    agent_person: bool = False  # the perpetrator is a person (not a state or group)
    attribution: str | None = None
    victims: tuple[str, ...] = ()
    loose: bool = False
    generic: bool = False
    separate: bool = False
    refers_back: bool = False
    rough_place: bool = False  # a country's airspace or waters, a bearing from a town

    @property
    def facts(self) -> int:
        return sum(
            x is not None
            for x in (self.place, self.date, self.killed or self.injured, self.perpetrator)
        )


@dataclass
class Event:
    mentions: list[Mention] = field(default_factory=list)

    def first(self, attr: str) -> object:
        return next((getattr(m, attr) for m in self.mentions if getattr(m, attr)), None)


def is_generic(head: Token, has_point_date: bool, has_toll: bool, headline: bool = False) -> bool:
    """A reference to a kind of incident rather than one event: plural or
    mass nouns with nothing tying them to one event, a member of a series
    or campaign, something ongoing or spread over a span of time or space."""
    if _spread(head) == "span":
        return True  # "have attacked more than 100 ships since 2023, killing four"
    if (
        head.tag_ in ("NNS", "NNPS")
        and head.lemma_.lower() not in _weapons()
        and any(
            c.dep_ == "nummod"
            and c.ent_type_ not in ("DATE", "TIME")  # "the Sept. 11, 2001 attacks"
            and (n := number(c)) is not None
            and n.n >= _TALLY
            for c in head.children
        )
    ):
        return True  # "906 attacks against asylum seeker homes": a tally, not an event
    if has_toll or head.lemma_.lower() in _REMAINS:
        return False  # "fragments of a drone were found": one find
    node = head
    if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ == "NOUN":
        governor = node.head.head
        if governor.lemma_.lower() in _COLLECTIVE or governor.lower_ in _COLLECTIVE:
            return True  # "a wave of drone sightings", "a campaign of sabotage"
        if governor.lemma_.lower() in ("act", "case", "incident"):
            node = governor  # "an act of sabotage" is as specific as the act
        elif governor.lemma_.lower() in _ONE_SPELL and any(
            c.dep_ in ("det", "poss") for c in governor.children
        ):
            return False  # "a night of strikes on ports": one spell of them
    if node.dep_ == "conj":
        first = node
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ == "of":
            governor = first.head.head
            if governor.lemma_.lower() in _COLLECTIVE:
                return True
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
    spread = _spread(node)
    if spread == "span" or (spread and not has_point_date):
        return True  # "since 2022", "for months", "across Europe", "in recent weeks"
    if _in_range(node):
        return True  # "attacks ranging from arson to assaults": kinds of attack
    verbs = [node, node.head] if node.dep_ == "conj" else [node]
    if any(c.dep_ == "advmod" and c.lower_ in _HABITUAL for v in verbs for c in v.children):
        return True  # "systematically rounded them up and murdered them"
    if node.pos_ == "VERB" and not has_point_date and _perfect_on_kinds(node):
        return True  # "Chinese hackers have hacked into U.S. computers"
    if not has_point_date and _done_to_kinds(node):
        return True  # "a list: arson at warehouses, cut cables, ..."
    if node.pos_ == "VERB" or has_point_date:
        return False
    children = list(node.children)
    if node.tag_ in ("NNS", "NNPS") and any(c.lower_ in _BACK_DETS for c in children):
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


def characterises(head: Token) -> bool:
    """ "the blast was sabotage", "called the fire an act of arson": a word
    that says what another mention was, not a second incident."""
    node = head
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        if node.head.head.lemma_.lower() in ("act", "case", "form"):
            node = node.head.head
    return node.dep_ in ("attr", "oprd") and node.pos_ in ("NOUN", "PROPN")


def anchored(m: Mention) -> bool:
    """Whether a mention ties its word to one event: a place, a time, a toll,
    an agent or victim, a date in its own words ("the 9/11 attacks"), a
    definite article, the subject or object of its verb, or a target ("an
    attack on a mosque")."""
    head = m.head
    if _time_anchor(head) and not (m.place or m.date):
        return False  # "since the full-scale invasion began": a time, not a report
    if _kind_of_victim(head):  # "the government's killing of terrorists abroad"
        return bool(m.place or m.date or m.killed or m.injured or any(m.carried))
    if m.place or m.date or m.killed or m.injured or m.victims or any(m.carried):
        return True
    if head.lemma_.lower() in _figurative_words() and m.type != "cyber":
        # "the new assault", "a combination of fire": a word politics uses in
        # figures needs a place, time, toll, victim, target, site, a name ("the
        # Benghazi attack"), an agent that is no person, or to have done
        # something to something ("an attack took down the websites").
        named = any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON"
            for c in head.children
        )
        verb = head.pos_ == "VERB" and _has_subject(head)
        agent = m.perpetrator is not None and not m.agent_person
        return named or verb or agent or _hits_a_thing(head) or _on(head) or _acted(head)
    if m.perpetrator:
        return True
    if head.pos_ == "VERB":
        return any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in head.children)
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)
    if head.tag_ == "NN" and definite and not _kind_of_victim(head):
        return True  # "the data breach": an event the article has told
    own = [t for t in head.subtree if t.i != head.i]
    if any(t.ent_type_ in ("DATE", "TIME", "EVENT") for t in own):
        return True
    if any(t.lemma_.lower() in _weapons() for t in own):
        return True  # "came under attack from drones"
    return _on(head) or _hits_a_thing(head) or _acted(head)


def _time_anchor(head: Token) -> bool:
    """ "since the invasion", "since the invasion began": an event named to
    date something else."""
    if head.dep_ == "pobj" and head.head.lower_ == "since":
        return True
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else head
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def _acted(head: Token) -> bool:
    """ "An attack by hackers took down the websites": the subject of a verb
    done to something that is not a person, or told with an agent noun."""
    if any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in head.children
    ) and any(t.lower_ in incident_words()["agent_nouns"] for t in head.subtree):
        return True
    if head.dep_ != "nsubj" or head.head.lemma_.lower() in _STATIVE:
        return False  # "more bombing has no bearing on them"
    objects = [c for c in head.head.children if c.dep_ == "dobj"]
    return any(o.ent_type_ != "PERSON" and o.pos_ != "PRON" for o in objects)


def _on(head: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in head.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


@cache
def _figurative_words() -> frozenset[str]:
    return frozenset(incident_words()["figurative_heads"]) | {"fire"}


def _hits_a_thing(head: Token) -> bool:
    """ "A fire broke out at a fuel depot", "an explosion tore through an
    apartment block", "fire destroyed a warehouse": a thing it hit or a site."""
    places = [head]
    if head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        places.append(head.head)  # "set fire to a car"
    things = physical_things()
    for node in places:
        for child in node.children:
            targets = [child] if child.dep_ == "dobj" else []
            if child.dep_ == "prep":
                targets = [g for g in child.children if g.dep_ == "pobj"]
            if any(t.lemma_.lower() in things for t in targets):
                return True
    return False


def _kind_of_victim(head: Token) -> bool:
    """ "the killing of children", "the assassination of foreign leaders": a
    kind of act, told of a bare plural, not one event."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.tag_ in ("NNS", "NNPS") and not any(
                c.dep_ in ("det", "nummod", "poss") for c in obj.children
            ):
                return True
    return False


@cache
def _weapons() -> frozenset[str]:
    return frozenset(incident_words()["explosives"])


def _spread(node: Token) -> str:
    """ "span" for a stretch of time ("since 2022", "for months"), "wide" for
    one of space or a vague time ("across Europe", "in recent weeks"), else ""."""
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ == "for" and _duration(child):
            continue  # "circling for an hour": how long one event lasted
        if child.dep_ == "prep" and child.lower_ in ("since", "for", "throughout"):
            return "span"
        if child.dep_ == "prep" and child.lower_ == "across":
            return "wide"
        if child.dep_ == "prep" and child.lower_ == "in":
            words = {t.lower_ for t in child.subtree}
            if words & {"recent", "past", "weeks", "months", "years"}:
                return "wide"
        if child.dep_ == "npadvmod" and child.lower_ in ("weeks", "months", "years"):
            return "wide"
    return ""


def _duration(prep: Token) -> bool:
    """ "for an hour", "for about two minutes", "for two days": a length of
    minutes, hours or a few counted days, not a stretch of weeks or years."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        unit = obj.lemma_.lower()
        counted = any(c.dep_ in ("nummod", "det", "quantmod") for c in obj.children)
        if unit in ("second", "minute", "hour") or (unit in ("day", "night") and counted):
            return True
    return False


def is_separate(head: Token) -> bool:
    """ "In a separate attack", "a second explosion", "another strike", "a
    second incident was reported near X, where cables were damaged", "two
    other cables were also damaged". Not "it was the second cyberattack in
    the area": that says what the event just told was."""
    if head.dep_ == "attr" and any(
        c.dep_ == "nsubj"
        and (c.lower_ in _PRONOUNS or any(d.lower_ in _BACK_DETS for d in c.children))
        for c in head.head.children
    ):
        return False
    marks = {c.lower_ for c in head.children if c.dep_ in ("amod", "det")} & _SEPARATE
    if marks and not (head.lemma_.lower() in _SALVO and marks <= {"second", "another", "third"}):
        return True  # but "a second drone damaged a silo": one more of the salvo
    if head.pos_ == "VERB" and any(c.lower_ == "also" for c in head.children):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and not any(refers_back(s) for s in subjects):
            return True
    for verb in (a for a in head.ancestors if a.pos_ in ("VERB", "AUX")):
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.i == head.i:
                continue  # its own marks, read above
            if any(c.lower_ in _SEPARATE for c in subject.children if c.dep_ == "amod"):
                return True
    return False


def refers_back(head: Token) -> bool:
    """A mention that names an event already told: "the blast", "Saturday's
    bombing", "his killing", "that incident", "the missiles struck"."""
    if head.pos_ == "VERB":
        told = [*head.children]
        if head.dep_ in ("xcomp", "oprd") and not any(c.dep_.startswith("nsubj") for c in told):
            told += head.head.children  # "The cable was found cut"
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and (c.lower_ in _PRONOUNS or any(d.lower_ in _BACK_DETS for d in c.children))
            for c in told
        )
    if head.dep_ in ("attr", "oprd") or head.lower_ in _PRONOUNS:
        return True
    if head.pos_ == "PRON":
        return False
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        # "The ship was hit by two drones": the thing hit, told before, is the subject.
        verb = head.head.head
        if any(
            c.dep_ == "nsubjpass" and any(d.lower_ in _BACK_DETS for d in c.children)
            for c in verb.children
        ):
            return True
    return any(
        (c.dep_ == "det" and c.lower_ in _BACK_DETS) or c.dep_ == "poss" for c in head.children
    )


def _compatible(a: Mention, b: Mention) -> bool:
    return a.type == b.type or a.loose or b.loose or frozenset((a.type, b.type)) in _COMPATIBLE


def _same_place(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    a, b = a.lower(), b.lower()
    return a in b or b in a


def _same_date(a: DateRef | None, b: DateRef | None) -> bool:
    if a is None or b is None:
        return True
    if not (a.iso and b.iso):
        # Without both ISO forms only named days or months can differ.
        for names in (_WEEKDAY_NAMES, _MONTH_NAMES):
            x, y = _named(a.text, names), _named(b.text, names)
            if x and y and not x & y:
                return False
        return True
    if a.iso and b.iso:
        if not (_YEAR.search(a.text) and _YEAR.search(b.text)):
            # "March 20" after "March last year": a year the text did not give
            # does not make two dates differ.
            x, y = a.iso[5:], b.iso[5:]
            if x and y and (x.startswith(y) or y.startswith(x)):
                return True
        return a.iso.startswith(b.iso) or b.iso.startswith(a.iso)
    return a.text.lower() in b.text.lower() or b.text.lower() in a.text.lower()


def _named(text: str, names: frozenset[str]) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if w in names}


def _agrees(m: Mention, event: Event) -> bool:
    # A place told only roughly ("Lithuanian airspace", "70 miles west of X")
    # neither differs from a closer one nor from another rough one.
    def rough(x: Mention, other: str) -> bool:
        return x.rough_place and not _country(other)

    places = [x.place for x in event.mentions if x.place and not rough(x, m.place or "")]
    areas = [x.area for x in event.mentions if x.area]
    place_ok = all(_same_place(m.place, p) or rough(m, p) for p in places) or any(
        _same_place(m.place, a) for a in areas
    )
    dates = [x.date for x in event.mentions if x.date]
    return place_ok and all(_same_date(m.date, d) for d in dates)


def _country(place: str) -> bool:
    """ "Ukraine", "western Ukraine": a country, or a part of one named by it."""
    return country_of(place) is not None or country_of(" ".join(place.split()[1:])) is not None


def fold(mentions: list[Mention]) -> list[Event]:
    """Group mentions into events (see the module docstring)."""
    events: list[Event] = []
    body = [m for m in mentions if not m.headline]
    for m in body:
        options = [e for e in events if all(_compatible(m, x) for x in e.mentions[:1])]
        options = [e for e in options if _agrees(m, e)]
        if _consequence(m) or characterises(m.head):
            # "a fire broke out at a substation, cutting power": what the event did;
            # "the fire was sabotage": what it was.
            options = [e for e in events if _agrees(m, e)]
        same_sentence = [e for e in options if any(x.sentence == m.sentence for x in e.mentions)]
        # "struck targets on Wednesday, hours after drones hit a ship": two events
        # of one kind; "an attack cut power after arsonists set fire to pylons": one
        same_sentence = [
            e
            for e in same_sentence
            if any(
                x.sentence != m.sentence
                or (
                    x.head not in m.head.conjuncts  # "the blaze ... and the severing of cables"
                    and (x.type != m.type or x.loose or m.loose or _phase(x.head) == _phase(m.head))
                )
                for x in e.mentions
            )
        ]
        linked = [
            e
            for e in events
            if any(x.sentence == m.sentence and _linked(m.head, x.head) for x in e.mentions)
        ]
        target = None
        if linked:
            target = linked[-1]  # "a second substation was damaged by gunfire": one act
        elif same_sentence and not (m.separate and m.head.pos_ != "VERB"):
            target = same_sentence[-1]
        elif (back := _told_before(m, options)) and m.refers_back and not m.separate:
            target = max(back, key=lambda e: _affinity(m, e))
        elif m.refers_back and not m.separate and (close := _just_told(m, events)):
            # "A drone strike on a market in El Fasher ... the drone hit the
            # Naivasha market": a reference back may name the place more closely.
            target = close
        elif not m.separate and (near := [e for e in options if _nearby(m, e)]):
            target = near[-1]
        elif not m.separate and (same := [e for e in options if _confirms(m, e)]):
            target = same[-1]  # same type, same place and time
        if target is None and not m.separate and _bare(m):
            # "who was gunned down", "the shooting", long after: a mention with
            # no facts of its own names an event of its kind told before. With
            # one such event it is that one; with several, it is left out.
            kin = [e for e in events if any(x.type == m.type for x in e.mentions)]
            if len(kin) == 1:
                target = kin[0]
            elif kin:
                continue
        if target is None:
            events.append(Event([m]))
        else:
            target.mentions.append(m)
    for m in (m for m in mentions if m.headline):
        # A headline's places are shorthand ("blast on Warsaw–Lublin railway"):
        # it joins the event of its type and time that the body tells first.
        options = [
            e
            for e in events
            if _compatible(m, next((x for x in e.mentions if not x.headline), e.mentions[0]))
            and all(_same_date(m.date, x.date) for x in e.mentions)
        ]
        if not options and m.place:
            # "the drone that crashed near Vilnius" over a body that calls it an
            # intrusion near Vilnius: the headline's place names the event.
            options = [
                e
                for e in events
                if any(
                    _same_place(m.place, x.place) or _same_place(m.place, x.area)
                    for x in e.mentions
                    if x.place
                )
            ]
        if options:
            best = max(options, key=lambda e: (_affinity(m, e)[0], -events.index(e)))
            best.mentions.insert(0, m)
        else:
            events.append(Event([m]))
    return sorted(events, key=_position)


def _phase(head: Token) -> int:
    """The clause told as before or after the rest of its sentence ("hours
    after drones hit a ship") that a word is in, or -1."""
    for node in (head, *head.ancestors):
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
            for c in node.children
        ):
            return node.i
    return -1


def _linked(a: Token, b: Token) -> bool:
    """A noun that is the verb's subject, object or means ("damaged by
    gunfire", "struck with missiles"): one act told twice."""
    for x, y in ((a, b), (b, a)):
        if x.i == y.i or y.pos_ != "VERB":
            continue
        if x.dep_ in ("dobj", "nsubj", "nsubjpass") and x.head.i == y.i:
            return True  # "gunfire damaged a substation"
        means = x.head.dep_ == "agent" or x.head.lower_ in ("by", "with")
        if x.dep_ == "pobj" and means and x.head.head.i == y.i:
            return True  # "damaged by gunfire", "struck with missiles"
    return False


def _bare(m: Mention) -> bool:
    """A mention with no place, time, toll, agent or victim of its own."""
    facts = (m.place, m.date, m.killed, m.injured, m.perpetrator, *m.carried)
    return not any(facts) and not m.victims


def _position(event: Event) -> int:
    """Where an event is first reported in the body (its headline aside)."""
    body = [x.start for x in event.mentions if not x.headline]
    return min(body) if body else event.mentions[0].start


def _told_before(m: Mention, options: list[Event]) -> list[Event]:
    """Events a reference back can mean: with its date, when it gives one
    ("Saturday's bombing"; "the pipeline was damaged last year" is not a
    later mention of an undated event), else, for a noun that names no place,
    its own kind of event told with no date ("the Friday attacks" after "the
    assault on Paris")."""
    if m.date is None:
        return options
    dated = [e for e in options if _affinity(m, e)[0]]
    if dated or m.head.pos_ == "VERB" or m.place:
        return dated
    return [
        e
        for e in options
        if not any(x.date for x in e.mentions)
        and any(x.type == m.type or m.loose for x in e.mentions)
    ]


def _just_told(m: Mention, events: list[Event]) -> Event | None:
    """The event of the same type told in the sentence before, if its time agrees."""
    for event in reversed(events):
        last = max(x.sentence for x in event.mentions)
        same = any(x.type == m.type for x in event.mentions)
        dates = all(_same_date(m.date, x.date) for x in event.mentions)
        if same and dates and 0 <= m.sentence - last <= 1:
            return event
    return None


def _consequence(m: Mention) -> bool:
    """A participle clause hanging from another event's clause ("..., cutting power")."""
    head = m.head
    if head.dep_ == "dobj" and head.head.tag_ == "VBG":
        head = head.head  # "..., causing a brief outage"
    return head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp", "conj")


def _nearby(m: Mention, event: Event) -> bool:
    """A mention of the same type a few sentences on that names no place or time."""
    if m.place or m.date:
        return False
    last = max(x.sentence for x in event.mentions)
    return m.sentence - last <= _NEARBY and any(x.type == m.type for x in event.mentions)


def _confirms(m: Mention, event: Event) -> bool:
    """Same type and place ("Really bad shooting in Orlando" after "the mass
    shooting at a nightclub in Orlando"), no other time, no other toll."""
    date, place = _affinity(m, event)[:2]
    if not place or not any(x.type == m.type for x in event.mentions):
        return False
    if m.date and not date and not _lead_then_body(m, event):
        return False
    told = [(x.killed, x.injured) for x in event.mentions if x.killed or x.injured]
    return not (m.killed or m.injured) or not told or (m.killed, m.injured) in told


def _lead_then_body(m: Mention, event: Event) -> bool:
    """ "Parcel blast at Lyon depot. A parcel exploded at a depot in Lyon on
    Monday": an undated lead told again, with its day, in the next sentence."""
    last = max(x.sentence for x in event.mentions)
    return m.sentence - last == 1 and not any(x.date for x in event.mentions)


def _affinity(m: Mention, event: Event) -> tuple[int, int, int, int, int]:
    """How surely a mention belongs to an event: same date, same place, a
    death for "the murder", same type, then the most recent."""
    date = any(m.date and x.date and _same_date(m.date, x.date) for x in event.mentions)
    place = any(m.place and x.place and _same_place(m.place, x.place) for x in event.mentions)
    lethal = m.head.lemma_.lower() in _LETHAL and any(x.killed for x in event.mentions)
    kind = not m.loose and any(x.type == m.type for x in event.mentions)
    recent = max(x.start for x in event.mentions)
    return int(date), int(place), int(lethal), int(kind), recent


def _count(counts: list[Count]) -> Count | None:
    """One count from several mentions: an exact one, else the highest bound."""
    exact = [c for c in counts if not c.approx]
    if exact:
        return exact[0]
    return max(counts, key=lambda c: c.n) if counts else None


def event_incident(event: Event, text: str) -> Incident:
    """The event as an incident: main mention, facts, every mention."""
    body = [m for m in event.mentions if not m.headline] or event.mentions
    main = max(body, key=lambda m: (not characterises(m.head), m.facts, not m.loose, -m.start))
    ordered = [main] + [m for m in body if m is not main]
    ordered += [m for m in event.mentions if m.headline and m is not main]
    # A headline's word is shorthand: the body's words name the kind.
    voters = [m for m in ordered if not m.headline] or ordered
    kinds = [
        m.type for m in voters if not m.loose and not _consequence(m) and not characterises(m.head)
    ] or [main.type]
    kind = min(kinds, key=_TYPE_ORDER.index)
    if kind == "explosion" and any(m.head.lemma_.lower() in _GUNFIRE for m in ordered):
        kind = "attack"  # a shooting with bombs left behind is a shooting
    placed = next((m for m in ordered if m.place), None)
    dated = next((m for m in ordered if m.date and m.date_own), None) or next(
        (m for m in ordered if m.date and not m.headline), None
    )
    # A headline drops the hedge ("kills 11" over "killing at least 11"): the body's count first.
    told = [m for m in ordered if not m.headline and (m.killed or m.injured)] or ordered
    killed = _count([m.killed for m in told if m.killed])
    injured = _count([m.injured for m in told if m.injured])
    # "Three people were killed, police said", "Another 30 were injured": what
    # the next sentence counts, where no mention of the event counts it.
    killed = killed or _count([m.carried[0] for m in ordered if m.carried[0]])
    injured = injured or _count([m.carried[1] for m in ordered if m.carried[1]])
    agent = next((m for m in ordered if m.perpetrator), None)
    victims = tuple(dict.fromkeys(v for m in ordered for v in m.victims))
    spans = sorted({(m.start, m.end) for m in event.mentions})
    return Incident(
        id="",
        start=main.start,
        end=main.end,
        text=text[main.start : main.end],
        type=kind,  # type: ignore[arg-type]
        place=placed.place if placed else None,
        area=placed.area if placed else None,
        date=dated.date if dated else None,
        toll=Toll(
            killed.n if killed else None,
            injured.n if injured else None,
            bool(killed and killed.approx),
            bool(injured and injured.approx),
        )
        if killed or injured
        else None,
        perpetrator=agent.perpetrator if agent else None,
        attribution=agent.attribution if agent else None,  # type: ignore[arg-type]
        victims=victims,
        mentions=tuple(Span(a, b) for a, b in spans),
    )


def as_pattern(m: Mention, text: str) -> Pattern:
    return Pattern(
        id="",
        start=m.start,
        end=m.end,
        text=text[m.start : m.end],
        type=m.type,
        place=m.place,  # type: ignore[arg-type]
    )
