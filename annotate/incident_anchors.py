"""What a mention's own words say about the event it names: tied to one
event (`anchored`), what another mention was (`characterises`), another
event (`is_separate`), one told before (`refers_back`), what an event did
(`consequence`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from annotate.incident_affirmed import affirmed
from annotate.incident_enemy import enemy_strike
from annotate.incident_mention import Mention
from annotate.incident_place_words import physical_things
from annotate.lexicons import incident_words

# Weapons that come in salvos: "a second drone" is more of the same attack;
# with its own place or time it is still told apart when folded.
_SALVO = frozenset({"drone", "missile", "rocket", "shell", "projectile"})
_SEPARATE = frozenset({"separate", "second", "another", "other", "new", "earlier", "previous"})
BACK_DETS = frozenset({"the", "this", "that", "these", "those"})
_STATIVE = frozenset("be have come seem remain mean bear get need take make".split())
_PRONOUNS = frozenset({"it", "they", "this", "that"})
_DONE_IN = frozenset({"down", "out", "offline"})  # "took down", "took out", "took offline"
_DEFINITE = frozenset({"the", "this", "that"})


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
    if affirmed(head):
        return True  # "However, a separate cyberattack did take place that day"
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
        if _set_on_fire(head):
            return True  # "before the depot was set on fire": a thing set alight
        return named or verb or agent or _hits_a_thing(head) or _on(head) or _acted(head)
    if m.perpetrator:
        return True
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "oprd"):
        return _has_subject(head.head)  # "the websites were unreachable": a state of a thing
    if head.pos_ == "VERB":
        if head.dep_ == "acl" and head.tag_ == "VBG" and _one_bearer(head.head):
            return True  # "reported a drone hovering over the terminal": the drone did it
        return any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") for c in head.children)
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in head.children)
    if head.tag_ == "NN" and definite and not _kind_of_victim(head):
        return True  # "the data breach": an event the article has told
    own = [t for t in head.subtree if t.i != head.i]
    if any(t.ent_type_ in ("DATE", "TIME", "EVENT") for t in own):
        return True
    if any(t.lemma_.lower() in weapons() for t in own):
        return True  # "came under attack from drones"
    return _on(head) or _hits_a_thing(head) or _acted(head)


def told_during(m: Mention, other: Mention) -> bool:
    """ "A drone violated the airspace during an attack on the port": one
    event told as the time of the other, either way round. Only for kinds
    that are never a part of each other (an airspace violation or a hack
    during a strike); "a guard was shot during the attack" is the attack."""
    if m.type == other.type or not {m.type, other.type} & {"airspace", "cyber"}:
        return False
    return any(
        x.dep_ == "pobj" and x.head.lower_ in ("during", "amid") and x.head.head.i in _clause(y)
        for x, y in ((m.head, other.head), (other.head, m.head))
    )


def _clause(head: Token) -> tuple[int, ...]:
    """The word and, for the subject of a verb ("a drone entered the
    airspace"), that verb: where "during this attack" can hang."""
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        return head.i, head.head.i
    return (head.i,)


def indefinite(head: Token) -> bool:
    """ "an attack", with nothing of its own: no event told before, nor a new one."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _one_bearer(noun: Token) -> bool:
    """ "a drone", "two drones", not bare "drones" (a kind of thing)."""
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("det", "nummod", "poss") and c.lower_ not in ("any", "some", "such", "no")
        for c in noun.children
    )


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
    verb = head.head
    # "took down the websites", "knocked out the grid": a verb with its particle acts
    acts = any(c.dep_ == "prt" and c.lower_ in _DONE_IN for c in verb.children)
    if head.dep_ != "nsubj" or (verb.lemma_.lower() in _STATIVE and not acts):
        return False  # "more bombing has no bearing on them"
    objects = [c for c in head.head.children if c.dep_ == "dobj"]
    return any(o.ent_type_ != "PERSON" and o.pos_ != "PRON" for o in objects)


def _set_on_fire(fire: Token) -> bool:
    """ "the depot was set on fire", "set the van on fire": a thing named as
    what was set alight (not "set the world on fire", a figure left out before)."""
    verb = fire.head.head if fire.dep_ == "pobj" and fire.head.lower_ == "on" else None
    if verb is None or verb.lemma_.lower() != "set":
        return False
    if not _has_subject(verb):
        return False  # "hit a car park, setting cars on fire": what the strike did
    things = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    return any(t.lemma_.lower() in physical_things() or t.ent_type_ == "FAC" for t in things)


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
def weapons() -> frozenset[str]:
    return frozenset(incident_words()["explosives"])


def is_separate(head: Token) -> bool:
    """ "In a separate attack", "a second explosion", "another strike", "a
    second incident was reported near X, where cables were damaged", "two
    other cables were also damaged". Not "it was the second cyberattack in
    the area": that says what the event just told was."""
    if head.dep_ == "attr" and any(
        c.dep_ == "nsubj"
        and (c.lower_ in _PRONOUNS or any(d.lower_ in BACK_DETS for d in c.children))
        for c in head.head.children
    ):
        return False
    marks = {c.lower_ for c in head.children if c.dep_ in ("amod", "det")} & _SEPARATE
    if marks and not (head.lemma_.lower() in _SALVO and marks <= {"second", "another", "third"}):
        return True  # but "a second drone damaged a silo": one more of the salvo
    if head.pos_ == "VERB" and any(c.lower_ == "also" for c in head.children):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and not any(refers_back(s) and _told_before(s) for s in subjects):
            return True  # "the websites of the ministry were also hacked": another target
    for verb in (a for a in head.ancestors if a.pos_ in ("VERB", "AUX")):
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.i == head.i:
                continue  # its own marks, read above
            if any(c.lower_ in _SEPARATE for c in subject.children if c.dep_ == "amod"):
                return True
    return False


def _told_before(noun: Token) -> bool:
    """A subject the text named before ("the ship ... the ship was also
    hit"), or a pronoun: the same thing, not a new target."""
    if noun.lower_ in _PRONOUNS:
        return True
    doc = noun.doc
    start = max(noun.sent.start - 200, 0)
    return any(t.lemma_ == noun.lemma_ for t in doc[start : noun.sent.start])


def refers_back(head: Token) -> bool:
    """A mention that names an event already told: "the blast", "Saturday's
    bombing", "his killing", "that incident", "the missiles struck"."""
    if head.pos_ == "VERB":
        told = [*head.children]
        if head.dep_ in ("xcomp", "oprd") and not any(c.dep_.startswith("nsubj") for c in told):
            told += head.head.children  # "The cable was found cut"
        subjects = [c for c in told if c.dep_ in ("nsubj", "nsubjpass")]
        if head.dep_ == "relcl" and head.tag_ in ("VBD", "VBN"):
            # "drones that had crossed into Polish airspace": the relative
            # pronoun stands for its noun, which a past clause may tell first
            subjects = [head.head if c.tag_ in ("WDT", "WP") else c for c in subjects]
        return any(
            (c.lower_ in _PRONOUNS or any(d.lower_ in BACK_DETS for d in c.children))
            and not enemy_strike(head)  # "the enemy struck a school in X": a side, a new strike
            for c in subjects
        )
    if head.dep_ in ("attr", "oprd") or head.lower_ in _PRONOUNS:
        return True
    if head.pos_ == "PRON":
        return False
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        # "The ship was hit by two drones": the thing hit, told before, is the subject.
        verb = head.head.head
        if any(
            c.dep_ == "nsubjpass" and any(d.lower_ in BACK_DETS for d in c.children)
            for c in verb.children
        ):
            return True
    return any(
        ((c.dep_ == "det" and c.lower_ in BACK_DETS) or c.dep_ == "poss") and _own(c, head)
        for c in head.children
    )


def _own(modifier: Token, head: Token) -> bool:
    """A determiner that is the noun's own: no verb between them (not "the
    pair set fire", where the parser hung "the" on "fire")."""
    return not any(t.pos_ in ("VERB", "AUX") for t in head.doc[modifier.i + 1 : head.i])


def consequence(m: Mention) -> bool:
    """A participle clause hanging from another event's clause ("..., cutting power")."""
    head = m.head
    if head.dep_ == "dobj" and head.head.tag_ == "VBG":
        head = head.head  # "..., causing a brief outage"
    return head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp", "conj")
