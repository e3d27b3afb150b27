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

from spacy.tokens import Doc, Token

from annotate.actor_drafts import sentence_numbers, tokens_among
from annotate.actors import ActorIndex
from annotate.lexicons import capitals, demonym_of, incident_words, word_set
from annotate.model import Actor, Span

# Nouns whose possessor or "of" phrase is the one it happened to.
_VICTIM_NOUNS = frozenset(
    "killing murder assassination death kidnapping abduction poisoning execution "
    "shooting stabbing attempt life".split()
)
_SUSPICION = frozenset(
    "suspect suspected suspicion allege alleged allegedly accuse accusation blame believe "
    "likely probably presumably reportedly link attribute".split()
)
_HEDGES = _SUSPICION | {"claim", "linked"}
_RELATIVES = frozenset({"that", "which", "who"})
_HARM_VERBS = frozenset(
    "kill wound injure assassinate murder shoot stab kidnap abduct poison".split()
)
_MOUTHPIECES = ("spokes", "press secretary")
# People whose nationality is not their state's act ("a Georgian man stabbed").
_PRIVATE_PEOPLE = frozenset(
    "man woman person people national citizen suspect teenager youth student tourist worker "
    "driver resident couple pair boy girl migrant refugee businessman journalist activist "
    "blogger father mother son daughter".split()
)
# Faiths, parties and the like: an adjective of them names no actor.
_CREEDS = frozenset(
    "muslim christian jewish catholic protestant orthodox sunni shia shiite islamist islamic "
    "republican republicans democrat democrats democratic conservative liberal labour tory "
    "arab european western eastern".split()
)
_CULPRIT_WORDS = frozenset({"suspect", "accuse", "claim", "drag", "be", "act", "work"})
# The forms of those verbs, to find them by hash.
_CULPRIT_FORMS = frozenset(
    "suspected accused claimed claims claim claiming dragged dragging drags was is were are "
    "acted acting acts worked working works".split()
)
_SEEN = frozenset({"see", "spot", "sight", "observe", "detect"})
_ORDERING = frozenset(
    "ordered backed sponsored linked led directed organised organized funded".split()
)
_SERVING = frozenset({"act", "work", "link", "tie"})
_SUSPECTING = frozenset({"suspect", "accuse", "believe", "blame"})
_SERVANTS = frozenset("officer agent operative member spy saboteur soldier".split())
_NETWORKS = frozenset("network cell group ring unit".split())


def perpetrator_of(head: Token, actors: ActorIndex) -> tuple[str | None, str | None]:
    """(actor id, "stated" or "alleged") of the incident's agent, or (None, None)."""
    who, path = _agent(head, actors)
    if who is None:
        return None, None
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
    return who, "alleged" if hedged else "stated"


def _agent(head: Token, actors: ActorIndex) -> tuple[str | None, list[Token]]:
    lex = incident_words()
    agentive, blame = set(lex["agentive_governors"]), set(lex["blame_verbs"])
    kill = set(lex["kill_words"]) | set(lex["injure_words"])
    reporting = word_set("reporting_verbs")
    node, first, path = head, True, [head]
    while True:
        if node.pos_ in ("NOUN", "PROPN"):
            for child in node.children:
                if child.dep_ == "poss" and node.lemma_.lower() not in _VICTIM_NOUNS:
                    if who := _actor(child, actors):
                        return who, path
                if child.dep_ == "prep" and child.lower_ == "by":
                    for obj in child.children:
                        named = [obj, *(c for c in obj.children if c.dep_ == "appos")]
                        if who := next((w for o in named if (w := _actor(o, actors))), None):
                            return who, path  # "by the paramilitary Rapid Support Forces"
                if child.dep_ == "amod" and child.lower_ in _ORDERING and first:
                    # "Wagner-ordered arson", "Kremlin-backed hackers"
                    for name in (
                        g for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod")
                    ):
                        if who := _actor(name, actors) or _nation(name, actors):
                            return who, path
                if child.dep_ in ("amod", "compound") and child.i < node.i and first:
                    modifiers = [child, *(g for g in child.children if g.dep_ == "amod")]
                    found = next((w for g in modifiers if (w := _nation(g, actors))), None)
                    if node.lemma_.lower() not in _VICTIM_NOUNS and found:
                        return found, path  # "a massive Russian attack", "a Russian drone attack"
                if child.dep_ == "relcl" and child.lemma_.lower() in blame:
                    # "a poisoning that prosecutors blamed on Russian intelligence"
                    if who := _blamed(child, node, actors):
                        return who, path + [child]
        if node.dep_ == "pobj" and node.head.lower_ == "with" and first:
            verb = node.head.head  # "the rebels hit a ship with missiles"
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if verb.pos_ == "VERB" and subject is not None and (who := _actor(subject, actors)):
                return who, path
        if node.dep_ == "pobj" and node.head.lower_ == "behind":
            verb = node.head.head
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ in ("it", "they") and verb.dep_ == "ccomp":
                # "a group calling itself X said it was behind the attack"
                subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), subject)
            if subject is not None and (who := _actor(subject, actors)):
                return who, path + [verb, *verb.ancestors]  # "X were behind his killing"
        if node.pos_ in ("VERB", "AUX"):
            lemma = node.lemma_.lower()
            if not first and lemma in _SUSPECTING and node.dep_ == "acl":
                # "an oil tanker suspected of causing the outage": the tanker
                return _actor(node.head, actors), path + [node]
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
                if first and node.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in children):
                    # "X and Y poured petrol through a shutter and set fire to the unit"
                    children += [c for c in node.head.children if c.dep_ == "nsubj"]
                # "a Russian drone was seen over the village": what was seen intruded
                seen = ("nsubjpass",) if first and lemma in _SEEN else ()
                for child in children:
                    subject = child.dep_ in ("nsubj", "relcl", *seen)
                    if subject and child.lower_ in _RELATIVES and node.dep_ == "relcl":
                        child = node.head  # "drones that entered Polish airspace"
                    if subject and not (bare or victim) and (who := _actor(child, actors)):
                        return who, path
                    if child.dep_ == "agent":
                        for obj in child.children:
                            if who := _actor(obj, actors):
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


def _not_a_place(actors: ActorIndex, actor_id: str) -> bool:
    actor = actors.actor(actor_id)
    return actor is None or actor.kind != "place"


def _served(clause: Token, actors: ActorIndex) -> str | None:
    """Who "acting for", "on behalf of", "working for", "linked to" names."""
    preps = [c for c in clause.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "to")]
    for prep in preps:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        for obj in list(objects):  # "on behalf of X"
            for of in (p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"):
                objects += [g for g in of.children if g.dep_ == "pobj"]
        for obj in objects:
            if obj.lower_ != "behalf" and (who := _actor(obj, actors)):
                return who
    return None


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
    targets = [c for c in verb.children if c.dep_ == "dobj" and c.i != event.i]
    preps = [*verb.children, *event.children] if event.head.i == verb.i else [*verb.children]
    for prep in (c for c in preps if c.dep_ == "prep" and c.lower_ in ("on", "to")):
        targets += [c for c in prep.children if c.dep_ == "pobj"]
    return next((w for t in targets if (w := _actor(t, actors))), None)


def _nation(token: Token, actors: ActorIndex) -> str | None:
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
        who = actors.named(token.text) or _by_alias(actors, token.text)  # "RSF fighters"
    if who is not None:
        actor = actors.actor(who)
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
            return _group_named(actors, token)  # "Houthi drones": the Houthis
    if token.ent_type_ == "NORP" or (who is not None and token.pos_ == "ADJ"):
        # "Russian" inside a name the tagger took for a place ("Russian Su-30")
        owner = demonym_of(token.text)
        return country_actor(actors, owner[0], token) if owner else None
    return None


def _by_alias(actors: ActorIndex, name: str) -> str | None:
    """The actor with this name among its aliases ("RSF" for the Rapid Support Forces)."""
    wanted = name.strip().lower()
    for actor in actors.actors:
        if actor.kind != "place" and any(a.lower() == wanted for a in actor.aliases):
            return actor.id
    return None


def country_actor(actors: ActorIndex, name: str, token: Token) -> str:
    """The country an adjective names ("a Russian fighter jet" -> Russia): its
    actor, made here when the text names it only by that adjective."""
    found = actors.named(name, "country")
    if found is not None:
        return found
    actor_id = _new_actor(actors, name, "country", token.idx, token.idx + len(token.text))
    actors.by_token[token.i] = actor_id
    return actor_id


def _new_actor(actors: ActorIndex, name: str, kind: str, start: int, end: int) -> str:
    used = {a.id for a in actors.actors}
    n = len(actors.actors) + 1
    while f"a{n}" in used:
        n += 1
    actor = Actor(id=f"a{n}", name=name, kind=kind, mentions=(Span(start, end),))  # type: ignore[arg-type]
    actors.actors.append(actor)
    return actor.id


def _actor(token: Token, actors: ActorIndex) -> str | None:
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
    for clause in (c for c in token.children if c.dep_ == "acl"):
        if clause.lemma_.lower() in _SERVING and (who := _served(clause, actors)):
            return who  # "two men acting for the GRU", "a cell linked to Russian intelligence"
    who = actors.actor_of_token(token.i)
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
                    if who := _actor(obj, actors):
                        return who  # "officers of Russian military intelligence"
            if child.dep_ == "acl":
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for obj in (c for c in agent.children if c.dep_ == "pobj"):
                        if who := _actor(obj, actors):
                            return who  # "a network run by the GRU"
    if token.lower_ in ("its", "their"):
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if subject is None or token in subject.subtree:
            return None  # "Their deadliest raid was …": the clause's subject holds "their"
        return _actor(subject, actors)
    for child in (c for c in token.children if c.dep_ == "amod" and c.lower_ in _ORDERING):
        for name in (g for g in child.children if g.dep_ in ("npadvmod", "compound", "nmod")):
            if who := actors.actor_of_token(name.i) or _nation(name, actors):
                return who  # "Kremlin-backed hackers"
    for appos in (c for c in token.children if c.dep_ == "appos" and token.pos_ == "NOUN"):
        if (who := actors.actor_of_token(appos.i)) and _not_a_place(actors, who):
            return who  # "Russian military intelligence, the GRU": the name
    private = token.lemma_.lower() in _PRIVATE_PEOPLE  # "a Georgian man": not Georgia
    for child in token.children:
        if child.dep_ == "poss" and (who := _actor(child, actors)):
            return who
        if child.dep_ in ("amod", "compound", "nmod") and not private:
            if who := _nation(child, actors):
                return who  # "U.S. and British warplanes"
    for child in (c for c in token.children if c.dep_ == "compound"):
        for modifier in (g for g in child.children if g.dep_ in ("amod", "compound", "nmod")):
            if who := _nation(modifier, actors):
                return who  # "a Russian Su-30 fighter jet"
    if token.lower_ in incident_words()["agent_nouns"]:
        leaning = [c for c in token.children if c.dep_ in ("amod", "compound") and _partisan(c)]
        if leaning:
            return _group_actor(actors, token, leaning[0])  # "pro-Russian hackers"
    return None


def _a_weapon(actor: Actor | None) -> bool:
    """An "actor" that is only a word for a weapon or aircraft ("Warplanes")."""
    if actor is None:
        return False
    name = actor.name.lower()
    words = set(incident_words()["air_words"]) | set(incident_words()["explosives"])
    return name in words or (name.endswith("s") and name[:-1] in words)


def _group_named(actors: ActorIndex, token: Token) -> str:
    """A movement named by its adjective ("Houthi drones"): its actor."""
    name = token.text
    found = actors.named(name) or actors.named(name + "s") or _by_alias(actors, name)
    if found is None:
        found = _new_actor(actors, name, "group", token.idx, token.idx + len(name))
    actors.by_token[token.i] = found
    return found


def _group_actor(actors: ActorIndex, noun: Token, first: Token) -> str:
    """A group the text names by its leaning and its deed ("pro-Russian
    hackers"): its actor, made here when the actor finder has none."""
    doc = noun.doc
    start = first.i
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ == "I":
        start -= 1
    span = doc[start : noun.i + 1]
    name = " ".join(span.text.replace(" - ", "-").split())
    found = actors.named(name, "group")
    if found is None:
        found = _new_actor(actors, name, "group", span.start_char, span.end_char)
    actors.by_token[noun.i] = found
    return found


def _partisan(token: Token) -> bool:
    """ "pro-Russian", "anti-Kremlin": a leaning, not the actor itself."""
    start = token.i
    while start > 0 and token.doc[start].ent_iob_ == "I":
        start -= 1
    first = token.doc[start].lower_
    return first in ("pro", "anti") or first.startswith(("pro-", "anti-"))


def _in_dateline(token: Token) -> bool:
    return token.idx < token.doc.user_data.get("briefing_dateline_end", 0)


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


def culprits(doc: Doc, actors: ActorIndex) -> dict[int, tuple[str, str]]:
    """Sentences that name a culprit without naming the incident again: "The
    tanker Volga Star is suspected of dragging its anchor", "The Houthis
    claimed responsibility", "Police said X had dragged its anchor", "X said
    it was behind it". By sentence number: (actor id, attribution)."""
    found: dict[int, tuple[str, str]] = {}
    numbers = sentence_numbers(doc)
    for token in tokens_among(doc, _CULPRIT_FORMS):
        n = numbers[token.i]
        if n not in found:
            who, hedged = _culprit(token, actors)
            if who is not None:
                found[n] = (who, "alleged" if hedged else "stated")
    return found


def _culprit(token: Token, actors: ActorIndex) -> tuple[str | None, bool]:
    lemma = token.lemma_.lower()
    if lemma not in _CULPRIT_WORDS:
        return None, False  # most words: looked at once, cheaply
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    if lemma in ("suspect", "accuse") and token.tag_ == "VBN":
        named = [c for c in token.children if c.dep_ == "nsubjpass"]
    elif lemma == "claim" and "responsibility" in objects:
        named = subjects
    elif lemma == "drag" and "anchor" in objects:
        named = subjects
    elif lemma == "be" and any(
        c.dep_ == "prep"
        and c.lower_ == "behind"
        and any(g.dep_ == "pobj" and _named_before(g) for g in c.children)
        for c in token.children
    ):
        named = subjects
    elif lemma in ("act", "work") and (who := _served(token, actors)):
        # "saying the men acted on the orders of Russian military intelligence"
        reporting = word_set("reporting_verbs")
        return who, any(a.lemma_.lower() in reporting | _SUSPICION for a in token.ancestors)
    else:
        return None, False
    reporting = word_set("reporting_verbs")
    hedged = lemma != "claim" or any(
        a.lemma_.lower() in reporting or a.lemma_.lower() in _SUSPICION for a in token.ancestors
    )
    hedged = hedged or lemma == "claim"
    for subject in named:
        if subject.lower_ in ("it", "they") and token.dep_ == "ccomp":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), subject)
        if who := _actor(subject, actors):
            return who, hedged
        for appos in (c for c in subject.children if c.dep_ in ("appos", "compound")):
            if who := _actor(appos, actors):
                return who, hedged
    return None, False


def _named_before(token: Token) -> bool:
    """ "it", "this", "the fires", "these attacks": something told before."""
    return token.lower_ in ("it", "this") or any(
        d.dep_ == "det" and d.lower_ in ("the", "this", "these") for d in token.children
    )
