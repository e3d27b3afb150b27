"""A poisoning told by its method, with no word "poisoned": "put poison into
his soup", "slipped a nerve agent into her tea", "added a toxic substance
to the drink", "laced his coffee with thallium", "smeared the agent on the
door handle". The act is the event (an attack on a person), also when a
court "heard that" it was done. Rat poison put down in a barn, or chlorine
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
    return out


def _is_poison(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    return (
        lemma in _POISONS
        or noun.lower_ in _POISONS
        or (lemma in _MATTER and bool(mods & _TOXIC))
        or (noun.lower_ in _NERVE and "nerve" in mods)
    )


def _poison_in(verb: Token) -> bool:
    return any(_is_poison(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))


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
        _is_poison(g)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for g in p.children
        if g.dep_ == "pobj"
    )
