"""Places told in a clause on a thing or a person the incident's verb names:
"set fire to three lorries parked at the depot in X" (where the things
stood), "stabbed a guard who tried to stop him at the gate of X" (where the
one hit met the attacker). Not where a person lives or works ("a driver who
lives in X"), nor what came before ("a nurse who had treated him at X"):
only a clause of position on a thing, or one in which the person hit acts
on the attacker then."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_clauses import attached
from annotate.incident_closures import shut_site
from annotate.incident_place_words import physical_things
from annotate.lexicons import demonym_of, incident_words
from annotate.parse_spans import objects_of

# Participles that say where a thing stood: "parked at", "stored in".
_STANDING = frozenset("park station store moor anchor dock berth keep leave stand".split())
_BACK = frozenset({"him", "her", "them"})
# "the petrol bomb thrown at the consulate in X": where a weapon was sent or set.
_WEAPONS = frozenset("bomb firebomb grenade device explosive charge molotov cocktail".split())
_SENT = frozenset("throw hurl toss lob plant place hide set leave fire launch".split())


def _where_it_stood(thing: Token, clause: Token) -> bool:
    lemma = clause.lemma_.lower()
    return lemma in _STANDING or (thing.lemma_.lower() in _WEAPONS and lemma in _SENT)


def where_things_stood(tokens: list[Token], preps: set[str] | frozenset[str]) -> list[Token]:
    """ "lorries parked at the barracks in X": the place of the things hit;
    "the firebomb thrown at the consulate in X": where the weapon went."""
    return [
        t
        for thing in tokens
        if thing.pos_ == "NOUN"
        for clause in thing.children
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and _where_it_stood(thing, clause)
        for t in attached(clause, preps)
    ]


def where_they_met(verb: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """ "stabbed a guard who challenged him at a depot in X": the person hit,
    acting on the attacker in a clause of their own, says where."""
    if verb.pos_ != "VERB":
        return []
    return [
        t
        for hit in verb.children
        if hit.dep_ in ("dobj", "nsubjpass")
        for clause in hit.children
        if clause.dep_ == "relcl"
        and _acts_on_the_attacker(clause)
        and not any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
        for act in (clause, *(c for c in clause.children if c.dep_ == "xcomp"))
        for t in attached(act, preps)
    ]


def _acts_on_the_attacker(clause: Token) -> bool:
    """ "who challenged him", "who tried to stop him"."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    return any(c.dep_ == "dobj" and c.lower_ in _BACK for v in verbs for c in v.children)


# Bodies a nation's adjective places: "a Danish ferry company", "the Czech rail operator".
_BODIES = frozenset(
    "company firm operator line carrier airline utility bank ministry authority agency "
    "provider broadcaster railway railways insurer port hospital".split()
)


def country_of_the_hacked(head: Token) -> str | None:
    """ "hackers broke into the systems of a Danish ferry company": an
    intrusion happens where its victim is, the one country the words after
    the incident's word give its victim (none when they give two; never the
    attacker's: "a Russian hacking group")."""
    countries = set()
    hit = [t for c in head.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    for token in hit:
        if token.dep_ not in ("amod", "compound") or token.ent_type_ != "NORP":
            continue
        body, chain = token.head, [token.head]
        while body.dep_ == "compound" and body.head.i > body.i:
            body = body.head  # "Swedish shipping line Baltic Link"
            chain.append(body)
        if any(b.lemma_.lower() in _BODIES for b in chain) and (owner := demonym_of(token.text)):
            countries.add(owner[0])
    return countries.pop() if len(countries) == 1 else None


def this_time(head: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """ "A second blast was reported, this time at a depot near X": the place
    "this time" gives the event told as the subject or object of its clause
    (the parser may hang it on a word of that clause's own)."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    return [
        t
        for time in verb.subtree
        if time.lower_ == "time"
        and time.dep_ == "npadvmod"
        and any(d.dep_ == "det" and d.lower_ == "this" for d in time.children)
        and verb.i in (time.head.i, time.head.head.i)
        for t in attached(time, preps)
    ]


_MADE = frozenset({"force", "cause", "prompt", "lead", "make"})
_SHUT = frozenset("close shut suspend halt stop cancel divert ground".split())


def what_it_shut(verb: Token) -> list[Token]:
    """ "a drone entered our airspace and forced Kaunas airport to close":
    the site it shut is where the event was felt, and named."""
    if verb.pos_ != "VERB":
        return []
    sites = set(incident_words()["facilities"])
    out: list[Token] = shut_site(verb)  # "Munich Airport shut after similar sightings"
    for made in (c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in _MADE):
        if not any(c.dep_ == "xcomp" and c.lemma_.lower() in _SHUT for c in made.children):
            continue
        for site in (c for c in made.children if c.dep_ == "dobj"):
            if site.lemma_.lower() in sites or site.ent_type_ == "FAC":
                out += [*(c for c in site.children if c.dep_ == "compound"), site]
    return out


_TIES = frozenset({"link", "tie", "back"})


def deed_of_the_tied(subject: Token) -> Token | None:
    """ "Hackers linked to the GRU broke into ...", which the parser may read
    as "Hackers linked", with the deed an adverbial clause of it: the deed
    (`subject` is the incident's noun or the verb it was read with)."""
    tie = subject if subject.pos_ == "VERB" else subject.head
    if subject.pos_ != "VERB" and subject.dep_ != "nsubj":
        return None
    if tie.lemma_.lower() not in _TIES or tie.tag_ != "VBD":
        return None
    if not any(c.dep_ == "nsubj" for c in tie.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in tie.children):
        return None
    return next((c for c in tie.children if c.dep_ == "advcl" and c.i > tie.i), None)


_ORDERS = frozenset({"order", "behalf", "instruction", "command", "request"})


def on_orders(verb: Token) -> set[int]:
    """Tokens of "on the orders of a handler in X", "on behalf of an officer
    in Y": where the one who ordered it is, not where it was done."""
    return {
        t.i
        for prep in verb.subtree
        if prep.dep_ == "prep"
        and prep.lower_ in ("on", "under", "at")
        and any(c.dep_ == "pobj" and c.lemma_.lower() in _ORDERS for c in prep.children)
        for t in prep.subtree
    }


_BLAMING = frozenset({"blame", "pin"})


def blamed_on(noun: Token) -> set[int]:
    """Tokens of "on Russia" in "officials blamed the attacks on Russia":
    who is blamed, which the parser may hang on the noun as its target."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in _BLAMING:
        return set()
    return {t.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "on" for t in c.subtree}


# "part of a warehouse", "most of the hall": a share of the thing, which names it.
_SHARES = frozenset("part most much half all rest section wing roof".split())


def what_the_subject_hit(head: Token, verb: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """ "A fire gutted a hall belonging to X in the town of Y": where the
    incident, the subject of its verb, hit a thing a participle clause tells
    of; read only there, as the clause of the verb itself names no place."""
    if head.dep_ != "nsubj" or head.head.i != verb.i or verb.pos_ != "VERB":
        return []
    hit = [c for c in verb.children if c.dep_ == "dobj"]
    hit += [g for share in hit if share.lemma_.lower() in _SHARES for g in objects_of(share)]
    things = physical_things()
    return [
        t
        for thing in hit
        if thing.lemma_.lower() in things
        for clause in thing.children
        if clause.dep_ == "acl"
        for told in (clause, *_owners(clause))
        for prep in told.children
        if prep.dep_ == "prep" and prep.lower_ in _SITE_PREPS and prep.lower_ in preps
        for t in prep.subtree
    ]


def _owners(clause: Token) -> list[Token]:
    """ "belonging to arms maker X in the town of Y": the owner's place,
    which the parser hangs on the owner, is the thing's."""
    if clause.lemma_.lower() != "belong":
        return []
    return [g for c in clause.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]


# Where a thing is, not whom it serves or where goods go ("used by a firm shipping goods to X").
_SITE_PREPS = frozenset({"in", "at", "near", "outside"})
