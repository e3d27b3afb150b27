"""Acts told of kinds of thing rather than of one: a bare act on bare
plurals ("cut cables, arson at warehouses"), things of a kind that caught
fire, and the present perfect's record of acts ("Chinese hackers have
hacked into U.S. computers", "several cables have been damaged")."""

from __future__ import annotations

from spacy.tokens import Token

# Nouns that, bare, name a practice rather than one act ("carry out sabotage").
MASS = frozenset({"sabotage", "vandalism", "hacking", "cyberespionage", "espionage", "arson"})


def done_to_kinds(node: Token) -> bool:
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
    if node.dep_ == "acl" and node.tag_ == "VBN":
        return _kinds_left_so(node)  # "signal boxes set alight, tracks blown up, cables cut"
    if node.pos_ != "VERB" and node.lemma_.lower() not in MASS:
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


def _kinds_left_so(participle: Token) -> bool:
    """ "tracks blown up" in a list: a bare plural with what was done to it,
    told nowhere ("tracks blown up near Puławy" is one act, at a place)."""
    noun = participle.head
    if noun.tag_ not in ("NNS", "NNPS") or noun.ent_type_:
        return False
    if any(d.dep_ in ("det", "nummod", "poss", "amod") for d in noun.children):
        return False
    return not any(c.dep_ in ("prep", "npadvmod", "agent") for c in participle.children)


def kinds_did(node: Token) -> bool:
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


def kinds_ignited(verb: Token) -> bool:
    """ "incendiary packages that ignited at logistics centres": things of a
    kind, none counted or named, that went up (the verb tells no one fire)."""
    if verb.lemma_.lower() != "ignite":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":
        subjects = [verb.head if c.tag_ in ("WDT", "WP") else c for c in subjects]
    return any(
        c.tag_ in ("NNS", "NNPS")
        and not any(d.dep_ in ("det", "nummod", "poss") for d in c.children)
        for c in subjects
    )


def perfect_on_kinds(verb: Token) -> bool:
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


def told_in_perfect(verb: Token) -> bool:
    """A bare act in a present perfect's list or under its verb ("has cut
    cables, set fires and hacked hospitals", "has been accused of cutting
    cables on the seabed"): a record of acts when it is done to a bare plural
    and names no counted thing and no place."""
    if any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in verb.children):
        return False  # its own tense, read by `perfect_on_kinds`
    places = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"] or places  # "hacked into hospitals"
    if not objects or not all(bare_plural(o) for o in objects):
        return False
    if any(
        g.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")
        or any(d.dep_ == "nummod" for d in g.children)
        for g in places
    ):
        return False
    node = verb
    for _ in range(4):
        if node.dep_ == "conj":
            node = node.head
        elif node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head
        else:
            return False
        if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "VBD" for c in node.children):
            return True
    return False


def bare_plural(token: Token) -> bool:
    return (
        token.tag_ in ("NNS", "NNPS")
        and token.ent_type_ == ""
        and not any(c.dep_ in ("det", "nummod", "poss") for c in token.children)
    )


_VAGUE_MANY = frozenset({"several", "many", "numerous", "multiple", "various", "countless"})


def perfect_of_kinds(verb: Token, dated: bool) -> bool:
    """A present perfect passive said of an unnamed many ("several cables
    have been damaged"; "cables have been cut", with no date): the perfect
    tells no one day, the subject no one thing."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ != "VBD" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(
        s.tag_ in ("NNS", "NNPS")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in s.children)
        and (
            any(c.lower_ in _VAGUE_MANY for c in s.children if c.dep_ == "amod")
            or not (dated or any(c.dep_ == "amod" for c in s.children))
        )
        for s in subjects
    )
