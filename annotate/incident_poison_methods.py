"""A poisoning told by its method: "put poison into
his soup", "slipped a nerve agent into her tea", "added a toxic substance
to the drink", "laced his coffee with thallium", "smeared the agent on the
door handle"; or by what it was done with, to someone named: "Navalny was
poisoned with a Novichok nerve agent" (the tagger need not know the name).
The act is the event (an attack on a person), also when a court "heard
that" it was done. Rat poison put down in a barn, or chlorine
added to a pool, is no attack: the poison must be one, and it must go into
what someone eats, drinks or touches.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.actor_drafts import tokens_among

_PUTTING = frozenset("put add slip pour mix inject sprinkle smear apply place drop stir".split())
_LACING = frozenset({"lace", "spike", "contaminate", "taint", "dose"})
_POISONS = frozenset(
    "poison poisons toxin toxins novichok polonium thallium ricin cyanide arsenic "
    "strychnine sarin vx".split()
)
_TOXIC = frozenset({"toxic", "poisonous", "lethal", "deadly", "radioactive"})
_MATTER = frozenset({"substance", "substances", "chemical", "chemicals", "liquid", "powder"})
_NERVE = frozenset({"agent", "agents"})
_FOOD = frozenset(
    "soup tea coffee drink drinks food meal meals water wine vodka beer juice cup mug glass "
    "bottle dinner lunch breakfast dish plate salad cake chocolate chocolates sweets "
    "handle handles perfume".split()
)
_INTO = frozenset({"into", "in", "to", "on", "onto"})


def poisoned_by_method(doc: Doc) -> list[tuple[Token, str]]:
    """The verb of each poison put into someone's food or drink, as an attack."""
    if not tokens_among(doc, _POISONS | _TOXIC | _NERVE):
        return []  # most articles: no such word, and no walk over the tokens
    out = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma in _PUTTING and _poison_in(verb) and _into_food(verb):
            out.append((verb, "attack"))
        elif lemma in _LACING and _food_laced(verb):
            out.append((verb, "attack"))
        elif lemma == "poison" and _with_poison(verb) and _someone_named(verb):
            out.append((verb, "attack"))
    return out


def is_poison(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    return (
        lemma in _POISONS
        or noun.lower_ in _POISONS
        or (lemma in _MATTER and bool(mods & _TOXIC))
        or (noun.lower_ in _NERVE and "nerve" in mods)
    )


def _poison_in(verb: Token) -> bool:
    return any(is_poison(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))


def _into_food(verb: Token) -> bool:
    """ "into his soup", "to the journalist's drink", "on the door handle";
    also when the parser hung the phrase on the poison."""
    heads = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(
        g.lemma_.lower() in _FOOD or g.lower_ in _FOOD
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in _INTO
        for g in p.children
        if g.dep_ == "pobj"
    )


def _food_laced(verb: Token) -> bool:
    """ "laced his tea with thallium", "her drink was spiked with a nerve agent"."""
    food = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(f.lemma_.lower() in _FOOD or f.lower_ in _FOOD for f in food):
        return False
    return any(
        is_poison(g)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children
        if g.dep_ == "pobj"
    )


_NOT_PEOPLE = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP", "PRODUCT", "EVENT"})
_PERSONAL = frozenset({"he", "she", "him", "her", "they", "them"})


def _with_poison(verb: Token) -> bool:
    """ "poisoned with a Novichok nerve agent", "with polonium"."""
    return any(
        is_poison(g) or any(is_poison(c) for c in g.children if c.dep_ == "conj")
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children
        if g.dep_ == "pobj"
    )


def _someone_named(verb: Token) -> bool:
    """Who was poisoned is a person's name or a personal pronoun; a river,
    a town or a firm poisoned with mercury is pollution, not an attack."""
    patients = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if not patients and any(c.dep_ == "auxpass" for c in verb.children):
        # "In March 2018 Sergei Skripal ... were poisoned": a subject the
        # parser hung on the opening phrase; only a person's name will do
        return any(t.ent_type_ == "PERSON" for t in verb.doc[verb.left_edge.i : verb.i])
    return any(
        (p.pos_ == "PROPN" and p.ent_type_ not in _NOT_PEOPLE) or p.lower_ in _PERSONAL
        for p in patients
    )
