"""What came from the air says the kind: a bomb an air force drops (a
guided, glide or aerial bomb, one dropped from a jet) is a strike, a bomb a
person sets is an explosion; a drone that came down on open ground or on a
country's territory hit nothing, so it is an airspace violation, not a
strike ("a drone crashed in a field in eastern Romania", "the drone that
came down in a forest near X had crossed from Belarus")."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.entity_spans import entity_at
from annotate.lexicons import country_of, demonym_of

# Words that make a bomb one dropped from the air ("a guided aerial bomb",
# "a glide bomb", "KAB bombs", "an air-dropped bomb").
_AIR_BOMBS = frozenset(
    "aerial air guided glide gliding air-dropped airdropped laser-guided precision-guided "
    "unguided cluster barrel kab kabs fab".split()
)
# What flies and drops them.
_DROPPERS = frozenset(
    "aircraft jet jets warplane warplanes plane planes bomber bombers helicopter helicopters "
    "su-34 su-34s su-35 su-35s force".split()
)
# An old bomb found or set off today is not a strike ("an unexploded aerial
# bomb from the Second World War exploded at a building site").
_OLD = frozenset("unexploded wartime war-era ww2 wwii dud old".split())
_DROP = frozenset({"drop", "release", "launch", "fire"})


def air_dropped(bomb: Token) -> bool:
    """A bomb told as dropped from the air: by its own words, or dropped by
    an aircraft or an air force."""
    before = {t.lower_ for t in bomb.doc[max(bomb.i - 3, bomb.sent.start) : bomb.i]}
    if ({t.lower_ for t in bomb.subtree} | before) & _OLD or _from_a_war(bomb):
        return False
    words = {t.lower_ for left in bomb.lefts for t in left.subtree}
    if {w.split("-")[0] for w in words} & {"kab", "fab"} or words & _AIR_BOMBS:
        return True
    verb = bomb.head
    if bomb.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in _DROP:
        doers = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        doers += [g for d in doers if d.dep_ == "agent" for g in d.children]
        return any(d.lower_ in _DROPPERS or d.lemma_.lower() in _DROPPERS for d in doers)
    return False


def _from_a_war(bomb: Token) -> bool:
    """ "a bomb from the Second World War": a relic, whatever it is called."""
    return any(
        t.lower_ == "war" and any(w.lower_ in ("world", "second", "first") for w in t.children)
        for t in bomb.subtree
    )


_COME_DOWN = frozenset({"crash", "fall", "land", "crash-land", "plunge", "plummet"})
_OPEN_GROUND = frozenset(
    "field fields forest forests wood woods lake sea river marsh meadow ground farmland "
    "territory countryside swamp bog".split()
)
_ON = frozenset({"into", "in", "on", "onto"})


def came_down_in_the_open(drone: Token) -> bool:
    """A drone that came down in a field, a forest, a lake or on a country's
    territory (also told in a clause of the drone: "the drone that crashed in
    a field"): nothing it hit is named, so there was no target."""
    # "A decoy drone crashes in a field": the subject, or the noun the parser
    # glued to the verb as a compound
    glued = drone.dep_ == "compound" and drone.head.pos_ == "VERB"
    if (drone.dep_ == "nsubj" or glued) and _came_down(drone.head):
        verb = drone.head
        return on_open_ground(verb) or _in_another_country(drone, verb) or _strayed(verb)
    return any(
        c.dep_ == "relcl"
        and _came_down(c)
        and any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)
        and on_open_ground(c)
        for c in drone.children
    )


def _came_down(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in _COME_DOWN:
        return True
    return lemma in ("come", "go") and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in verb.children
    )


def on_open_ground(verb: Token) -> bool:
    """Where it came down: open ground at least once, else only places by
    name ("in a field in eastern Romania"); never a building or a thing."""
    ground = _ground(verb)
    named = [g for g in ground if g.ent_type_ in ("GPE", "LOC")]
    open_ground = [g for g in ground if g.lemma_.lower() in _OPEN_GROUND]
    return bool(open_ground) and len(named) + len(open_ground) == len(ground)


def _ground(verb: Token) -> list[Token]:
    """Where it came down; else where the verb joined to it says ("crashed
    and exploded in a field", "came down and burst into flames in a wood")."""
    ground = _ground_of(verb)
    if not ground:
        for joined in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
            ground += _ground_of(joined)
    return ground


def _ground_of(verb: Token) -> list[Token]:
    return [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in _ON
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.lemma_ not in _STATES
    ]


_STATES = frozenset({"flame", "flames", "fire", "piece", "pieces", "fragment", "fragments"})


def _in_another_country(drone: Token, verb: Token) -> bool:
    """ "A Russian drone crashed in eastern Romania": came down in a country
    named as such, not the drone's own; nothing hit."""
    own = {
        d[0] for c in drone.children if c.dep_ in ("amod", "compound") and (d := demonym_of(c.text))
    }
    ground = _ground(verb)
    countries = {country_of(g.text) for g in ground}
    if not own or not ground or None in countries or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return not countries & own


_ATTACKS = frozenset({"attack", "strike", "raid", "assault", "barrage", "bombardment"})
_SETTLED = frozenset("village town city area outskirts region district border".split())


def _strayed(verb: Token) -> bool:
    """ "During a drone attack on the port of X, a drone crashed near the
    village of Y": a drone of an attack told as elsewhere, come down by a
    place (no building, nothing it hit), strayed from it."""
    during = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "during"
        for g in c.children
        if g.dep_ == "pobj" and g.lemma_.lower() in _ATTACKS
    ]
    if not during or any(c.dep_ == "dobj" for c in verb.children):
        return False
    ground = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("near", "in", "outside")
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
    ]
    return bool(ground) and all(
        g.ent_type_ in ("GPE", "LOC") or g.lemma_.lower() in _SETTLED | _OPEN_GROUND for g in ground
    )


def crash_site(head: Token) -> str | None:
    """ "crossed into Romanian airspace and crashed near Plauru": where the
    drone came down, told in the verb joined to the intrusion, is its place
    (finer than the country whose airspace it entered). Named places only."""
    if head.pos_ != "VERB":
        return _where_it_came_down(head)
    for verb in (c for c in head.children if c.dep_ == "conj" and _came_down(c)):
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("near", "in")):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                if obj.lemma_.lower() in _SETTLED:  # "near the village of X"
                    obj = next(
                        (g for p in obj.children if p.lower_ == "of" for g in p.children), obj
                    )
                if obj.ent_type_ in ("GPE", "LOC") and country_of(obj.text) is None:
                    return _whole_name(obj)
    return None


def _whole_name(token: Token) -> str:
    """ "in Ludza Municipality": the whole name, never its last word alone."""
    name = entity_at(token)
    text = name.text.strip() if name is not None else token.text
    return text[4:] if text.lower().startswith("the ") else text


def _where_it_came_down(drone: Token) -> str | None:
    """ "A drone crashed and exploded in a field about 500 metres from houses
    in the village of X": the place named where the drone's verb, or the verb
    joined to it, says it came down (a village, not a country)."""
    verb = drone.head
    if drone.dep_ != "nsubj" or not _came_down(verb):
        return None
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    for clause in verbs:
        for prep in (c for c in clause.children if c.dep_ == "prep" and c.lower_ in _NEAR):
            for token in prep.subtree:
                if token.ent_type_ in ("GPE", "LOC") and token.ent_iob_ == "B":
                    name = next(e for e in token.doc.ents if e.start == token.i)
                    if country_of(name.text) is None:
                        return name.text
    return None


_NEAR = frozenset({"in", "near", "outside", "from", "by", "close"})
