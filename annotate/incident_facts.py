"""The facts of an incident, read off the dependency parse around its word.

Place comes from the incident's own phrase ("the blaze at a warehouse in
east London"), else from the clause that reports it, never from the clause
of saying (the date likewise, in `incident_when`). The toll comes from
casualty words in the same sentence ("at least four more people killed"),
given to the nearest incident in the tree. The perpetrator is whoever the
text makes the agent: a possessor ("Putin's covert campaign ... has included
fires"), a "by" phrase, the subject of the incident verb, or of a verb that
carries the incident out ("Russia continues its lethal bombardment").
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_bearings import bearings
from annotate.incident_berths import berths
from annotate.incident_clauses import (
    LIGHT_VERBS,
    SUBJECTS,
    aftermath,
    attached,
    circumstances,
    clause_chain,
    contrast,
    described,
    inner,
    light_verb,
    names_a_thing,
    names_where_or_when,
    object_phrase,
    on_the_weapon,
    phrase_end,
    run_on,
    things_described,
    when_clauses,
)
from annotate.incident_dated_lines import heading_place
from annotate.incident_datelines import dateline_place
from annotate.incident_fire_idioms import went_up_in_flames
from annotate.incident_flown_over import flown_over
from annotate.incident_institutes import firms_sites
from annotate.incident_line_labels import label_place
from annotate.incident_local_police import police_town
from annotate.incident_named_before import named_before
from annotate.incident_owned_things import owners_places
from annotate.incident_place_clauses import (
    blamed_on,
    deed_of_the_tied,
    on_orders,
    this_time,
    what_it_shut,
    what_the_subject_hit,
    where_they_met,
    where_things_stood,
)
from annotate.incident_places import best_place, places_in
from annotate.incident_served import served_places
from annotate.incident_town_strikes import town_it_hit
from annotate.incident_watchers import watchers_post
from annotate.lexicons import incident_words, word_set

_TERRITORY = frozenset({"airspace", "territory", "soil", "waters", "border", "coast"})
_UNACCUSATIVE = frozenset("explode blow burn ignite collapse derail catch".split())
_MAX_SPAN = 24
_SITE_PREPS = frozenset({"at", "in", "on", "near", "outside", "inside", "through", "into", "onto"})


def span_of(head: Token) -> tuple[int, int]:
    """Character span of a readable phrase for the incident."""
    doc = head.doc
    if head.dep_ == "dobj" and head.head.lemma_.lower() in LIGHT_VERBS and head.i > head.head.i:
        head = head.head  # "a package caught fire inside a van": the catching
    tokens = [t for t in inner(head) if not (t.dep_ == "aux" or t.dep_ == "neg")]
    start, end = tokens[0].i, tokens[-1].i + 1
    if end - start > _MAX_SPAN:
        start, end = head.left_edge.i if head.i - head.left_edge.i < 6 else head.i, head.i + 1
    if head.pos_ == "VERB":
        # "The power cable was severed", "a package caught fire": what it
        # happened to (or what did it), when short, opens the phrase.
        subject = next((c for c in head.children if c.dep_ in SUBJECTS and c.i < head.i), None)
        if (
            subject is not None
            and subject.lower_ in ("that", "which", "who")
            and head.dep_ == "relcl"
        ):
            subject = head.head  # "drones that entered Polish airspace"
        if subject is not None and head.i - subject.left_edge.i <= 10:
            start = min(start, subject.left_edge.i)
    verb = head.head
    if head.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.i == end and verb.i - start < 8:
        # "A fire broke out at a fuel depot in Kharkiv": the subject's verb and
        # its place and time phrases read as the incident.
        end = verb.i + 1
        for child in verb.rights:
            if child.dep_ == "prt":
                end = child.i + 1
            elif child.dep_ in ("prep", "npadvmod") and names_where_or_when(child):
                end = phrase_end(child)
            elif (child.dep_ == "dobj" or child.lower_ in _SITE_PREPS) and names_a_thing(child):
                end = phrase_end(child)  # "The blast damaged the bridge"
            else:
                break
    # "killed in a strike on Monday, December 1": a date or place phrase right
    # after the incident but attached to the clause still reads as part of it.
    while end < len(doc) and doc[end].dep_ == "prep" and names_where_or_when(doc[end]):
        if not any(a.i == doc[end].head.i for a in head.ancestors):
            break
        end = phrase_end(doc[end])
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


# What an event is likened to is elsewhere: "fits a pattern of attacks in X".
LIKENING = frozenset("fit follow resemble match mirror echo recall coincide".split())


def _halted_after(head: Token, verb: Token) -> bool:
    """The incident is a clause told as what came before the verb ("halted
    departures after drones were spotted")."""
    return (
        head.dep_ == "advcl"
        and head.head.i == verb.i
        and any(c.dep_ == "mark" and c.lower_ in ("after", "when") for c in head.children)
        and verb.lemma_.lower() not in word_set("reporting_verbs")
    )


def place_of(head: Token) -> tuple[str | None, str | None]:
    """(place, area) named in the incident's phrase or its clause: "the
    village of Mika", "Munich airport" in Munich."""
    preps = set(incident_words()["place_preps"])
    head = light_verb(head)
    if (town := town_it_hit(head)) is not None and (found := best_place(places_in([town]))):
        return found  # "the Russian strike that set off alarms in X hit the city of Lutsk"
    if found := best_place(places_in(flown_over(head, preps))):
        return found  # "crossed the Daugava and flew over the Olaine power station"
    own = {t.i for t in head.subtree}
    # The other members of a list have places of their own ("the severing of
    # undersea Baltic cables and widespread cyber intrusions").
    others = {t.i for c in head.conjuncts for t in c.subtree} - own
    for n, node in enumerate(clause_chain(head)):
        if n and node.lemma_.lower() in LIKENING:
            break  # "The poisoning fits a pattern of attacks on critics of Minsk"
        if n == 0:
            tokens = inner(node) + described(node, preps) + run_on(node, preps)
            if (deed := deed_of_the_tied(node)) is not None:
                tokens += attached(deed, preps) + object_phrase(deed, preps)
            if node.pos_ in ("VERB", "AUX"):
                tokens += attached(node, preps) + object_phrase(node, preps, passive=True)
                for action in (c for c in node.children if c.dep_ in ("oprd", "xcomp")):
                    tokens += attached(action, preps)  # "spotted circling above the base"
                tokens += when_clauses([node, *tokens], preps)
                tokens += _close_to(node)
                for clause in circumstances(node):  # "as he walked home from a pharmacy in X"
                    tokens += attached(clause, preps | {"from"})
                tokens += on_the_weapon(node)
                for clause in (c for c in node.children if c.dep_ in ("advcl", "acl")):
                    if clause.lemma_.lower() in BERTHED:
                        tokens += attached(clause, preps)  # "the tanker, anchored off Tartus"
                if node.lemma_.lower() in _UNACCUSATIVE or went_up_in_flames(node):
                    # "the ammunition depot in Toropets exploded": what blew up is where
                    for subject in (c for c in node.children if c.dep_ == "nsubj"):
                        tokens += [subject, *attached(subject, preps)]
                tokens += things_described(tokens, preps)
                if not places_in(tokens):  # "a van owned by X at her home in Y", no other place
                    tokens += owners_places(tokens, preps)
                tokens += where_they_met(node, preps) + what_it_shut(node)
                if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
                    tokens.append(node.head)  # "near Puławy, where cables were damaged"
            if node.pos_ not in ("VERB", "AUX"):
                # "a fire that gutted a warehouse storing parts in the town of X"
                tokens += things_described(tokens, preps)
            tokens += where_things_stood(tokens, preps)
        else:
            tokens = attached(node, preps) + object_phrase(node, preps, passive=True)
            tokens += what_the_subject_hit(head, node, preps) if n == 1 else []
            tokens += when_clauses([node, *tokens], preps) if node.pos_ == "VERB" else []
            if n == 1 and _halted_after(head, node):
                # "Billund Airport halted departures after drones were spotted
                # near the runway": the site that stopped is where it happened
                sites = set(incident_words()["facilities"])
                for subject in (c for c in node.children if c.dep_ in SUBJECTS):
                    if subject.ent_type_ == "FAC" or subject.lemma_.lower() in sites:
                        tokens += [subject, *subject.children]
            if aftermath(head, node):
                # "the hospital in Brno has been working on paper since a
                # ransomware attack": what suffered it says where it was.
                for subject in (c for c in node.children if c.dep_ in SUBJECTS):
                    tokens += [subject, *attached(subject, preps)]
            if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
                # "the Pulse nightclub in Orlando, where 49 were killed in a shooting"
                tokens += [node.head, *attached(node.head, preps)]
            for clause in (c for c in node.children if c.dep_ == "advcl"):
                if contrast(clause):
                    continue  # "…, while in Bulgaria three men were charged": elsewhere
                if any(c.lower_ in ("when", "where", "as", "while") for c in clause.children):
                    # "survived an attempt, when he was beaten near X"
                    tokens += attached(clause, preps)
        tokens += bearings(node)  # "boarded the tanker 45 nautical miles south of Bioko"
        tokens += served_places(tokens, preps)  # "X, which supplies ... in Aarhus"
        tokens += berths(tokens, preps)  # "hit a tanker moored at Pier 4 of X"
        tokens += firms_sites(tokens)  # "at defence firm Saab's site in Karlskoga"
        # A possessor is the agent ("Russia's strike on Kharkiv"), never the
        # place: no place is better than the attacker's country.
        agent = (
            {t.i for c in node.children if c.dep_ == "poss" for t in c.subtree} if n == 0 else set()
        )
        agent |= on_orders(node) | blamed_on(node)  # "blamed the attacks on Russia": who
        found = best_place(places_in(t for t in tokens if t.i not in others | agent))
        found = found or best_place(places_in(watchers_post(node)))  # "staff at X saw drones"
        if found:
            return found
    found = best_place(places_in(this_time(head, preps)))
    found = found or best_place(places_in(watchers_post(head)))  # "staff at X saw drones flying"
    if found:
        return found  # "A second fire has been reported, this time at a signal box near X"
    for other in head.conjuncts:  # "sabotage, cyberattacks and airspace violations across Europe"
        found = best_place(places_in(attached(other, preps)))
        if found:
            return found
    for clause in taken_ill(head):  # "a journalist who fell ill in Riga had been poisoned"
        found = best_place(places_in(attached(clause, preps)))
        if found:
            return found
    if (town := police_town(head)) is not None:
        return town, None  # "police in Kotka said a fire ..."
    found = dateline_place(head) or label_place(head) or heading_place(head)  # "Dnipro: ..."
    return (found, None) if found else named_before(head) or (None, None)  # "at the refinery"


_DISTANCES = frozenset("metre meter yard foot feet mile kilometre kilometer km".split())
_FRONT = ("nsubj", "npadvmod")  # "40 km further south, near X, someone cut ..."


def _close_to(verb: Token) -> list[Token]:
    """ "blew up a few metres from the tanker X", "40 km south near X, someone cut"
    (the distance read as the subject): what it was a short distance from is where."""
    if not any(c.lemma_.lower() in _DISTANCES for c in verb.children):
        return []
    near = [c for c in verb.children if c.dep_ in _FRONT and c.lemma_.lower() in _DISTANCES]
    return [t for c in verb.children if c.lower_ == "from" or c in near for t in c.subtree]


BERTHED = frozenset({"anchor", "moor", "dock", "berth", "sail", "lie"})
_ILL = frozenset({"fall", "collapse", "faint", "become"})


def taken_ill(head: Token) -> list[Token]:
    """Where the one it was done to fell ill or collapsed, told in a clause
    on them: the place and time of a poisoning found later."""
    if head.pos_ != "VERB":
        return []
    patients = [c for c in head.children if c.dep_ == "nsubjpass"]
    found = [
        clause
        for subject in patients
        for clause in subject.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in _ILL
    ]
    if not found and any(p.lower_ in ("he", "she") for p in patients) and head.sent.start > 0:
        found = _fell_ill_before(head.doc[head.sent.start - 1].sent.root)
    return found


def _fell_ill_before(root: Token) -> list[Token]:
    """ "X collapsed at a café in Tbilisi on 9 April. Investigators concluded
    she had been poisoned": the sentence before, on a named person who fell
    ill, collapsed, died or was found dead."""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not any(s.pos_ == "PROPN" or s.ent_type_ == "PERSON" for s in subjects):
        return []  # a name (the tagger may call a Georgian surname a place)
    lemma = root.lemma_.lower()
    dead = lemma == "find" and any(c.lower_ == "dead" for c in root.children)
    return [root] if lemma in _ILL or lemma == "die" or dead else []


def site_named_before(head: Token) -> str | None:
    """ "two more drones were seen circling above the base": a site told with
    "the" and no name of its own, which names the place of an event before."""
    if head.pos_ != "VERB":
        return None
    preps = set(incident_words()["place_preps"])
    tokens = attached(head, preps)
    for action in (c for c in head.children if c.dep_ in ("oprd", "xcomp")):
        tokens += attached(action, preps)
    for token in tokens:
        if (
            token.dep_ == "pobj"
            and token.pos_ == "NOUN"
            and token.lemma_.lower() in incident_words()["facilities"]
            and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in token.children)
            and not any(c.dep_ in ("compound", "amod", "prep") for c in token.children)
        ):
            return token.lower_  # "the base", "that base" (named before)
    return None
