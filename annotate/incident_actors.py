"""The actor a word names as an incident's agent: a person or group from the
actor index, a country from its name or adjective ("a Russian Su-30"), a
group named by its leaning and deed ("pro-Russian hackers"), made when the
index lacks it.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.actors import ActorIndex
from annotate.incident_datelines import dateline_cities
from annotate.incident_enemy import enemy_side
from annotate.incident_group_names import name_after_group_word
from annotate.incident_new_actors import (
    by_alias,
    group_actor,
    group_called,
    group_named,
    named_group,
    new_actor,
)
from annotate.incident_secret_services import SECRET_SERVICES as _SECRET_SERVICES
from annotate.incident_secret_services import secret_service, state_body
from annotate.incident_sides import numbered_name, speaker_side, state_titled
from annotate.incident_weapon_owners import raiders, weapon_owner
from annotate.lexicons import capitals, demonym_of, incident_words, word_set
from annotate.model import Actor

_MOUTHPIECES = ("spokes", "press secretary")
# People whose nationality is not their state's act ("a Georgian man stabbed").
_PRIVATE_PEOPLE = frozenset(
    "man woman person people national citizen suspect teenager youth student tourist worker "
    "driver resident couple pair boy girl migrant refugee businessman journalist activist "
    "blogger father mother son daughter handler recruiter pirate".split()
)
# Faiths, parties and the like: an adjective of them names no actor.
_CREEDS = frozenset(
    "muslim christian jewish catholic protestant orthodox sunni shia shiite islamist islamic "
    "republican republicans democrat democrats democratic conservative liberal labour tory "
    "arab european western eastern".split()
)
ORDERING = frozenset(
    "ordered backed sponsored linked led directed organised organized funded".split()
)
_SERVING = frozenset({"act", "work", "link", "tie"})
_SERVANTS = frozenset("officer agent operative member spy saboteur soldier".split())
_NETWORKS = frozenset("network cell group ring unit".split())
# Those who blame, suspect or name a doer are never its doers.
_BLAMING = frozenset("blame accuse suspect identify name attribute link tie".split())


def _not_a_place(actors: ActorIndex, actor_id: str) -> bool:
    actor = actors.actor(actor_id)
    return actor is None or actor.kind != "place"


def served(clause: Token, actors: ActorIndex) -> str | None:
    """Who "acting for", "on behalf of", "working for", "linked to" names."""
    preps = [c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "to")]
    for prep in preps:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        for obj in list(objects):  # "on behalf of X"
            for of in (p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"):
                objects += [g for g in of.children if g.dep_ == "pobj"]
        for obj in objects:
            if obj.lower_ != "behalf" and (who := named_actor(obj, actors)):
                return who
    return None


def nation_of(token: Token, actors: ActorIndex) -> str | None:
    """The actor a modifier names: an actor itself ("RSF fighters"), or the
    country of a demonym ("Russian missiles"); never "pro-Russian"."""
    if (
        token.lower_.startswith(("pro-", "anti-"))
        or token.i + 1 < len(token.doc)
        and (token.nbor().text == "-")
    ):
        return None
    if _in_dateline(token) or _partisan(token):
        return None
    who = actors.actor_of_token(token.i)
    if who is None and token.pos_ == "PROPN":
        who = actors.named(token.text) or by_alias(actors, token.text)  # "RSF fighters"
    if who is not None:
        actor = actors.actor(who)
        if actor is not None and actor.kind == "organization" and _dateline_town(token, actor):
            return None  # "OSTEND, Belgium — ... the Ostend bombing": a town taken for a body
        if actor is None or actor.kind not in ("place", "person"):
            return who
    weapon = token.head.lemma_.lower() in incident_words()["explosives"]  # "Shahed drones"
    if (
        token.ent_type_ == "NORP"
        and token.pos_ == "PROPN"
        and demonym_of(token.text) is None
        and not weapon
    ):
        if token.lower_ not in _CREEDS and not token.lower_.endswith(("ish", "ian", "ese")):
            return group_named(actors, token)  # "Houthi drones": the Houthis
    inside_a_name = (  # "a Russian Su-30 fighter jet", the tagger's place "Russian Su-30"
        token.ent_type_ in ("LOC", "GPE", "FAC")
        and token.ent_iob_ == "B"
        and token.i + 1 < len(token.doc)
        and token.nbor().ent_iob_ == "I"
    )
    # "Ukrainian sea drones": the adjective the tagger took for a country's name, or left untagged
    adjective = token.pos_ == "ADJ" and (
        token.ent_type_ in ("GPE", "LOC") or (not token.ent_type_ and token.text[:1].isupper())
    )
    if token.ent_type_ == "NORP" or inside_a_name or adjective or (who and token.pos_ == "ADJ"):
        # "Russian" inside a name the tagger took for a place ("Russian Su-30")
        owner = demonym_of(token.text) or _demonym_of_words(token)
        return country_actor(actors, owner[0], token) if owner else None
    return None


def a_persons_nationality(token: Token) -> bool:
    """ "A Belarusian national set fire ...", misread as "a Belarusian ...
    fire": a demonym right before a word for a private person is theirs."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.lower_ in _PRIVATE_PEOPLE


def _demonym_of_words(token: Token) -> tuple[str, str] | None:
    """A demonym of two words, "North Korean hackers", "Saudi Arabian
    drones": the word before it that the parser hung on it, read together."""
    before = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i == token.i - 1]
    return demonym_of(f"{before[0].text} {token.text}") if before else None


def country_actor(actors: ActorIndex, name: str, token: Token) -> str:
    """The country an adjective names ("a Russian fighter jet" -> Russia): its
    actor, made here when the text names it only by that adjective."""
    found = actors.named(name, "country")
    if found is not None:
        return found
    actor_id = new_actor(actors, name, "country", token.idx, token.idx + len(token.text))
    actors.by_token[token.i] = actor_id
    return actor_id


def named_actor(token: Token, actors: ActorIndex) -> str | None:
    """The actor a word stands for: the name it calls itself ("a group calling
    itself Iron Bear"), itself, a pronoun's antecedent ("its" is the subject of
    its clause), its possessor, the nation or group modifying it ("RSF
    fighters", "Russian missiles"), the one it works for ("a network run by
    the GRU", "officers of Russian military intelligence"); a spokesman's
    words are his side's."""
    if _in_dateline(token):
        return None  # "HAMBURG, 24 May 2025 — A woman stabbed ...": not the subject
    for clause in (c for c in token.children if c.dep_ == "acl"):
        if clause.lemma_.lower() in ("call", "name") and any(
            c.lower_ in ("itself", "themselves") for c in clause.children
        ):
            named = [c for c in clause.children if c.dep_ in ("oprd", "attr", "dobj")]
            if who := next((w for n in named if (w := actors.actor_of_token(n.i))), None):
                return who
            named = [n for n in named if n.lower_ not in ("itself", "themselves")]
            if token.lemma_.lower() in _GROUPS and named and named[0].text[:1].isupper():
                return group_called(actors, named[0])  # "a group calling itself the Wolves"
        if clause.lemma_.lower() == "know":  # "a pro-Russian group known as Grey Bear"
            named = [g for c in clause.children if c.lower_ == "as" for g in c.children]
            if who := next((w for n in named if (w := actors.actor_of_token(n.i))), None):
                return who
            if token.lemma_.lower() in _GROUPS and named and named[0].text[:1].isupper():
                return group_called(actors, named[0])
    for clause in (c for c in token.children if c.dep_ == "acl"):
        if clause.lemma_.lower() in _SERVING and (who := served(clause, actors)):
            return who  # "two men acting for the GRU", "a cell linked to Russian intelligence"
    if _tied_misread(token) and (who := served(token.head, actors)):
        return who  # "Hackers linked to the GRU broke into ...", read as "Hackers linked"
    if name := numbered_name(token):  # "the Hai Feng 27": the ship's whole name
        end = token.doc[token.i + 1].idx + len(token.doc[token.i + 1].text)
        return actors.named(name) or new_actor(actors, name, "organization", end - len(name), end)
    who = actors.actor_of_token(token.i)
    if who is not None and token.pos_ == "PRON" and _teller_before(token, actors, who):
        return None  # "Investigators say ... On 9 March they torched a shed": not them
    if who is not None and _a_weapon(actors.actor(who)):
        who = None  # "Warplanes struck ...", the word tagged as a name: whose is not said
    if who is not None:
        actor = actors.actor(who)
        seat = capitals().get(actor.name.lower()) if actor is not None else None
        if actor is not None and actor.kind == "place" and seat:
            return country_actor(actors, seat[0], token)  # "accused Moscow of ..." -> Russia
        if actor is not None and actor.kind == "person" and actor.affiliation:
            if any(w in (actor.role or actor.name).lower() for w in _MOUTHPIECES):
                return actor.affiliation  # "a Houthi military spokesman claimed"
        return who if actor is None or actor.kind != "place" else None
    if token.lemma_.lower() in _SERVANTS or token.lemma_.lower() in _NETWORKS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    if who := named_actor(obj, actors):
                        return who  # "officers of Russian military intelligence"
            if child.dep_ == "acl" and child.lemma_.lower() not in _BLAMING:
                # "a network run by the GRU", never "an agent blamed by Western governments"
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for obj in (c for c in agent.children if c.dep_ == "pobj"):
                        if who := named_actor(obj, actors):
                            return who  # "a network run by the GRU"
    if token.lower_ in ("its", "their"):
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if subject is None or token in subject.subtree:
            return None  # "Their deadliest raid was …": the clause's subject holds "their"
        return named_actor(subject, actors)
    for child in (c for c in token.children if c.dep_ == "amod" and c.lower_ in ORDERING):
        for name in (g for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod")):
            if who := actors.actor_of_token(name.i) or nation_of(name, actors):
                return who  # "Kremlin-backed hackers"
    for appos in (c for c in token.children if c.dep_ == "appos" and token.pos_ == "NOUN"):
        if (who := actors.actor_of_token(appos.i)) and _not_a_place(actors, who):
            return who  # "Russian military intelligence, the GRU": the name
    if (name := name_after_group_word(token)) is not None:
        return named_group(actors, name)  # "the pro-Russian group NoName057(16)"
    if who := state_body(token, actors):
        return who  # "Russia's GRU": the GRU
    if token.lemma_.lower() in _SECRET_SERVICES and (who := secret_service(token, actors)):
        return who  # "Russia's GRU military intelligence", "Russian military intelligence"
    private = token.lemma_.lower() in _PRIVATE_PEOPLE  # "a Georgian man": not Georgia
    for child in token.children:
        if child.dep_ == "poss" and (who := named_actor(child, actors)):
            return who
        if child.dep_ in ("amod", "compound", "nmod") and not private:
            if who := nation_of(child, actors):
                return who  # "U.S. and British warplanes"
    for child in (c for c in token.children if c.dep_ == "compound"):
        for modifier in (g for g in child.children if g.dep_ in ("amod", "compound", "nmod")):
            if who := nation_of(modifier, actors):
                return who  # "a Russian Su-30 fighter jet"
    if who := weapon_owner(token, lambda t: named_actor(t, actors), lambda t: nation_of(t, actors)):
        return who  # "a drone of the Ukrainian armed forces", "Russian MiG-31 fighter jets"
    if raiders(token):
        return group_actor(actors, token, token)  # "Pirates boarded the tanker"
    if token.lower_ in incident_words()["agent_nouns"]:
        leaning = [c for c in token.children if c.dep_ in ("amod", "compound") and _partisan(c)]
        if leaning:
            return group_actor(actors, token, leaning[0])  # "pro-Russian hackers"
    if who := enemy_side(token, lambda name, t: country_actor(actors, name, t)):
        return who  # "the enemy" of a Ukrainian update
    return state_titled(token, lambda name, t: country_actor(actors, name, t)) or speaker_side(
        token, actors, lambda t: named_actor(t, actors)
    )  # "the Russian Federation", "the spokesman said the group fired"


def _tied_misread(subject: Token) -> bool:
    """The subject of "linked to X" that the parser made a finite verb, the
    deed hung on it as an adverbial clause."""
    tie = subject.head
    return (
        subject.dep_ == "nsubj"
        and tie.lemma_.lower() in ("link", "tie")
        and tie.tag_ == "VBD"
        and any(c.dep_ == "advcl" and c.i > tie.i for c in tie.children)
    )


def _teller_before(pronoun: Token, actors: ActorIndex, who: str) -> bool:
    """A pronoun's antecedent last named, in a sentence before, as those
    whose work is to tell ("investigators say ..."): the parser's guess,
    and rarely the doer of what they tell ("Houthi rebels said ... they
    fired" keeps the rebels)."""
    before = [i for i, a in actors.by_token.items() if a == who and i < pronoun.i]
    if not before:
        return False
    last = pronoun.doc[max(before)]
    if last.pos_ == "PRON" or last.sent.start == pronoun.sent.start:
        return False  # "The Houthis said they had fired": their own word for it
    return last.lemma_.lower() in _TELLERS and last.head.lemma_.lower() in word_set(
        "reporting_verbs"
    )


# Those whose work is to find out and tell: never the doer a pronoun guesses.
_TELLERS = frozenset(
    "investigator prosecutor police official authority officer analyst expert witness "
    "journalist reporter court judge spokesman spokeswoman spokesperson".split()
)


def _a_weapon(actor: Actor | None) -> bool:
    """An "actor" that is only a word for a weapon or aircraft ("Warplanes")."""
    if actor is None:
        return False
    name = actor.name.lower()
    words = set(incident_words()["air_words"]) | set(incident_words()["explosives"])
    return name in words or (name.endswith("s") and name[:-1] in words)


_GROUPS = _NETWORKS | frozenset("movement organisation organization collective gang".split())


def _partisan(token: Token) -> bool:
    """ "pro-Russian", "anti-Kremlin": a leaning, not the actor itself."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    first = token.doc[start].lower_
    return first in ("pro", "anti") or first.startswith(("pro-", "anti-"))


def _dateline_town(token: Token, actor: Actor) -> bool:
    """The town a dateline names ("OSTEND, Belgium —"), said again in the body."""
    return actor.name.lower() in dateline_cities(token.doc)


def _in_dateline(token: Token) -> bool:
    return token.idx < token.doc.user_data.get("briefing_dateline_end", 0)
