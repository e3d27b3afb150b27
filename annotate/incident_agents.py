"""Who did it and to whom: an incident's perpetrator, how firmly the text
attributes it, and its victims.

The perpetrator is the agent the text makes of the incident: a "by" phrase,
the subject of the incident verb ("RSF fighters shelled"), the nation of its
weapon ("Russian ballistic missiles hit" -> Russia), a possessor ("Putin's
campaign"), the subject of a verb that carries the incident out, the one
blamed or accused ("accused Ukraine's intelligence services of ordering the
killing"), or the one said to be "behind" it. The possessor of a killing is
its victim, never its perpetrator ("his killing"). An attribution under a
word of suspicion or blame ("suspected", "accused", "believed") is
"alleged"; otherwise "stated".
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.actors import ActorIndex
from annotate.incident_actors import ORDERING, a_persons_nationality, named_actor, nation_of
from annotate.incident_claimants import own_claim, self_claimed
from annotate.incident_clauses import light_verb
from annotate.incident_closures import shut_itself
from annotate.incident_doers import speaker_label
from annotate.incident_enemy import subject_in_clock
from annotate.incident_not_culprits import (
    CHARGING,
    hearsay,
)
from annotate.incident_own_side import convicted, own_side
from annotate.incident_place_words import physical_things
from annotate.incident_verdicts import sentenced
from annotate.incident_weapon_owners import (
    weapon_owner,
)
from annotate.lexicons import incident_words, word_set

# Nouns whose possessor or "of" phrase is the one it happened to.
_VICTIM_NOUNS = frozenset(
    "killing murder assassination death kidnapping abduction poisoning execution "
    "shooting stabbing attempt life".split()
)
SUSPICION = frozenset(
    "suspect suspected suspicion allege alleged allegedly accuse accusation blame believe "
    "likely probably presumably reportedly link attribute".split()
)
_HEDGES = SUSPICION | {"claim", "linked"}
_RELATIVES = frozenset({"that", "which", "who"})
_HARM_VERBS = frozenset(
    "kill wound injure assassinate murder shoot stab kidnap abduct poison".split()
)
# "the two men were recruited by Russian military intelligence": who set them on
RECRUITING = frozenset({"recruit", "hire", "pay", "task"})
_SEEN = frozenset({"see", "spot", "sight", "observe", "detect", "notice", "track", "film"})
_SUSPECTING = frozenset({"suspect", "accuse", "believe", "blame"})


def perpetrator_of(head: Token, actors: ActorIndex) -> tuple[str | None, str | None]:
    """(actor id, "stated" or "alleged") of the incident's agent, or (None, None)."""
    who, path = _agent(head, actors)
    if who is None and (hidden := subject_in_clock(light_verb(head))) is not None:
        who, path = named_actor(hidden, actors), [head]  # "At 10:20 Russian forces dropped"
    if who is None and (who := sentenced(light_verb(head), actors)):
        return who, "stated"  # "sentenced two men to prison for setting fire to a depot"
    if who is None and (who := convicted(light_verb(head), actors)):
        return who, "stated"  # "found X guilty of setting fire to a car": the court's finding
    if who is None and (who := own_side(light_verb(head), actors)):
        return who, "stated"  # "Ukraine's General Staff says its drones struck"
    if who is None and (who := self_claimed(light_verb(head), actors)):
        return who, "alleged"  # "The rebels said they had seized a ship": their claim
    if who is None or _an_instrument(actors, who) or shut_itself(head):
        return None, None  # "Radar detected drones", "Aalborg Airport closed after ..."
    # "Investigators believe the explosion was ordered by X", "X claimed the blast"
    told = path + list(path[-1].ancestors)[:3]
    # "a suspected Russian drone exploded": the agent's own words
    told += [
        g
        for t in path
        for c in t.children
        if c.dep_ in ("nsubj", "nsubjpass", "agent", "amod")
        for g in c.subtree
        if g.dep_ == "amod"
    ]
    hedged = any(t.lemma_.lower() in _HEDGES or t.lower_ in _HEDGES for t in told)
    hedged = hedged or any(_says_it_was_behind(t) for t in path)
    hedged = hedged or any(before_a_court(t) for t in told)
    hedged = hedged or own_claim(light_verb(head))  # "the rebels said they had seized"
    return who, "alleged" if hedged else "stated"


# What saw or recorded the event, never who did it: "Radar detected drones".
_INSTRUMENTS = frozenset(
    "radar radars camera cameras cctv sensor sensors satellite satellites".split()
)


def _an_instrument(actors: ActorIndex, actor_id: str) -> bool:
    actor = actors.actor(actor_id)
    return actor is not None and actor.name.split()[-1].lower() in _INSTRUMENTS


_COURT = frozenset({"jury", "court", "trial", "judge", "tribunal", "magistrate"})


def before_a_court(verb: Token) -> bool:
    """ "a jury heard", "the court was told": what a trial hears is the
    prosecution's case, not yet a finding."""
    return verb.lemma_.lower() in ("hear", "tell") and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") and c.lemma_.lower() in _COURT
        for c in verb.children
    )


_REMAINS = frozenset({"fragment", "debris", "wreckage"})


def _heading(modifier: Token, noun: Token) -> bool:
    """ "NORWAY ¶ A fire at a plant": a roundup's heading the parser joined to
    the noun after it names where the brief is from, never who did it."""
    return any("\n" in t.text for t in modifier.doc[modifier.i + 1 : noun.i])


def _agent(head: Token, actors: ActorIndex) -> tuple[str | None, list[Token]]:
    lex = incident_words()
    agentive, blame = set(lex["agentive_governors"]), set(lex["blame_verbs"])
    kill = set(lex["kill_words"]) | set(lex["injure_words"])
    reporting = word_set("reporting_verbs")
    if head.lemma_.lower() in _REMAINS:
        # "fragments of a Russian attack drone": whose the drone was
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for thing in (c for c in prep.children if c.dep_ == "pobj"):
                marks = [c for c in thing.children if c.dep_ in ("amod", "compound")]
                if who := next((w for g in marks if (w := nation_of(g, actors))), None):
                    return who, [head]
    if who := weapon_owner(head, lambda t: named_actor(t, actors), lambda t: nation_of(t, actors)):
        return who, [head]  # "a drone of the Ukrainian armed forces struck"
    node, first, path = head, True, [head]
    while True:
        if node.pos_ in ("NOUN", "PROPN"):
            for child in node.children:
                if child.dep_ == "poss" and node.lemma_.lower() not in _VICTIM_NOUNS:
                    if not first and (
                        child.pos_ == "PRON" or node.lemma_.lower() in physical_things()
                    ):
                        continue  # "an assault outside his home": whose home, not who did it
                    if who := named_actor(child, actors):
                        return who, path
                if child.dep_ == "prep" and child.lower_ == "by":
                    for obj in child.children:
                        named = [obj, *(c for c in obj.children if c.dep_ == "appos")]
                        if who := next((w for o in named if (w := named_actor(o, actors))), None):
                            return who, path  # "by the paramilitary Rapid Support Forces"
                if child.dep_ == "amod" and child.lower_ in ORDERING and first:
                    # "Wagner-ordered arson", "Kremlin-backed hackers"
                    for name in (
                        g for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod")
                    ):
                        if who := named_actor(name, actors) or nation_of(name, actors):
                            return who, path
                if (
                    child.dep_ in ("amod", "compound")
                    and child.i < node.i
                    and first
                    and not _heading(child, node)
                ):
                    modifiers = [child, *(g for g in child.children if g.dep_ == "amod")]
                    # "Dam attack", "Pipeline Attack" in a headline: what was hit
                    modifiers = [g for g in modifiers if g.lower_ not in physical_things()]
                    # "A Belarusian national set fire", misparsed: the person's nationality
                    modifiers = [g for g in modifiers if not a_persons_nationality(g)]
                    found = next((w for g in modifiers if (w := nation_of(g, actors))), None)
                    if node.lemma_.lower() not in _VICTIM_NOUNS and found:
                        return found, path  # "a massive Russian attack", "a Russian drone attack"
                if child.dep_ == "relcl" and child.lemma_.lower() in blame:
                    # "a poisoning that prosecutors blamed on Russian intelligence"
                    if who := _blamed(child, node, actors):
                        return who, path + [child]
        if node.dep_ == "pobj" and node.head.lower_ == "with" and first:
            verb = node.head.head  # "the rebels hit a ship with missiles"
            if verb.lemma_.lower() in CHARGING:
                return None, path  # "prosecutors charged a man with her murder"
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if (
                verb.pos_ == "VERB"
                and subject is not None
                and (who := named_actor(subject, actors))
            ):
                return who, path
        if node.dep_ == "pobj" and node.head.lower_ == "behind":
            verb = node.head.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in ("it", "they") and verb.dep_ == "ccomp":
                # "a group calling itself X said it was behind the attack"
                subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), subject)
            if subject is not None and (who := named_actor(subject, actors)):
                return who, path + [verb, *verb.ancestors]  # "X were behind his killing"
        if node.pos_ in ("VERB", "AUX"):
            lemma = node.lemma_.lower()
            if not first and lemma in _SUSPECTING and node.dep_ == "acl":
                # "an oil tanker suspected of causing the outage": the tanker
                return named_actor(node.head, actors), path + [node]
            # "Russian general killed by car bomb": a headline's bare participle
            # has its victim, not its agent, as subject.
            bare = node.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass") for c in node.children
            )
            if first or lemma in agentive:
                # "Exiled journalist shot dead": a headline's harm verb with no
                # object or target has its victim as subject.
                victim = (
                    first
                    and lemma in _HARM_VERBS
                    and not any(
                        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "at")
                        for c in node.children
                    )
                )
                children = list(node.children)
                if (
                    first
                    and node.dep_ == "conj"
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
                    and node.head.lemma_.lower() not in reporting
                ):
                    # "X and Y poured petrol through a shutter and set fire to the unit"
                    children += [c for c in node.head.children if c.dep_ == "nsubj"]
                # "a Russian drone was seen over the village": what was seen intruded
                seen = ("nsubjpass",) if first and lemma in _SEEN else ()
                for child in children:
                    if first and lemma in _SEEN and child.dep_ == "nsubj":
                        continue  # "soldiers observed drones over the base": the observer
                    subject = child.dep_ in ("nsubj", "relcl", *seen)
                    if subject and child.lower_ in _RELATIVES and node.dep_ == "relcl":
                        child = node.head  # "drones that entered Polish airspace"
                    if subject and first and _underwent(node, child):
                        continue  # "the Balticon link went offline": what it happened to
                    if subject and speaker_label(child):
                        continue  # "Smith: Iran's Guards seized a tanker": who answers
                    if subject and not (bare or victim) and (who := named_actor(child, actors)):
                        return who, path
                    if child.dep_ == "agent":
                        for obj in child.children:
                            if who := named_actor(obj, actors):
                                return who, path
                if not first and any(c.dep_ == "nsubj" for c in node.children):
                    return None, path
            elif lemma in blame and not first:
                return _blamed(node, path[-2] if len(path) > 1 else head, actors), path + [node]
            elif lemma in reporting or (
                lemma not in kill and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            ):
                return None, path
        if node.head.i == node.i or node.dep_ in ("relcl", "ccomp"):
            return None, path
        node, first = node.head, False
        path.append(node)


# Verbs whose subject undergoes the event ("the link went offline", "the cable failed").
_UNDERGOING = frozenset("go fail break collapse sink burn explode derail catch crash".split())


def _underwent(verb: Token, subject: Token) -> bool:
    """The subject of a verb of undergoing, unless a weapon ("a Russian drone
    exploded": the weapon's side is the agent) or a doer named for the deed
    breaking into something ("Iranian hackers broke into a dam's system")."""
    lex = incident_words()
    # what can blow up but is a site ("the plant burned down"), never a weapon
    sites = set(lex["facilities"]) | {"building"}
    weapons = (set(lex["explosives"]) | set(lex["air_words"])) - sites
    if subject.lower_ in lex["agent_nouns"] or any(
        c.dep_ == "prep" and c.lower_ == "into" for c in verb.children
    ):
        return False
    return verb.lemma_.lower() in _UNDERGOING and subject.lemma_.lower() not in weapons


def _says_it_was_behind(verb: Token) -> bool:
    """ "X said it was behind the blast": a claim, not the text's own word."""
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in word_set("reporting_verbs")
        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "behind" for c in verb.children)
    )


def _blamed(verb: Token, event: Token, actors: ActorIndex) -> str | None:
    """Who a verb of blame names: "accused X of the attack", "blamed the
    explosion on X", "the attack was attributed to X"."""
    if hearsay([c for c in verb.children if c.dep_ == "nsubj"]):
        return None  # "Posts on social media blamed X for the fire"
    targets = [c for c in verb.children if c.dep_ == "dobj" and c.i != event.i]
    preps = [*verb.children, *event.children] if event.head.i == verb.i else [*verb.children]
    for prep in (c for c in preps if c.dep_ == "prep" and c.lower_ in ("on", "to")):
        targets += [c for c in prep.children if c.dep_ == "pobj"]
    return next((w for t in targets if (w := named_actor(t, actors))), None)


def victims_of(head: Token, actors: ActorIndex) -> tuple[str, ...]:
    """Actors the incident's words name as hit: "his killing", "the murder of
    X", "killing X", "X was shot dead", "X survived an assassination attempt"."""
    found: list[str] = []

    def add(token: Token) -> None:
        who = actors.actor_of_token(token.i)
        actor = actors.actor(who) if who else None
        if who and actor is not None and actor.kind == "person" and who not in found:
            found.append(who)

    if head.lemma_.lower() in _VICTIM_NOUNS:
        for child in head.children:
            if child.dep_ == "poss":
                add(child)
            if child.dep_ == "prep" and child.lower_ in ("of", "on"):
                for obj in child.children:
                    add(obj)
                    for poss in obj.children:
                        if poss.dep_ == "poss":
                            add(poss)  # "an attempt on his life"
        if head.head.lemma_.lower() == "survive":
            for child in head.head.children:
                if child.dep_ == "nsubj":
                    add(child)
    clause = head if head.pos_ == "VERB" else head.head
    for verb in (clause, *clause.children):
        if verb.lemma_.lower() in _HARM_VERBS:
            for child in verb.children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    add(child)
    return tuple(found)
