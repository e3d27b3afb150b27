"""Words around a named party that say it did not do the deed, or that no
one is named yet: hearsay that blames ("Posts on social media blamed X"),
those who charge someone with it ("prosecutors charged a man with her
murder"), a question still open ("examining whether he was recruited by
X"). And "carried out on the orders of X", which does name X."""

from __future__ import annotations

from spacy.tokens import Token

# Those who charge or try someone with a deed: never its doers.
CHARGING = frozenset("charge accuse indict convict sentence prosecute jail try credit".split())
# What spreads word, never a source that names a culprit: "posts", "rumours".
_HEARSAY = frozenset("post rumour rumor tweet comment meme".split())


def hearsay(subjects: list[Token]) -> bool:
    """ "Posts on social media blamed X": a rumour names no culprit."""
    return any(s.lemma_.lower() in _HEARSAY for s in subjects)


def open_question(token: Token) -> bool:
    """ "examining whether the suspect was recruited by X": a question still
    open names no culprit."""
    return any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if")
        for a in (token, *token.ancestors)
        for c in a.children
    )


def carried_out(verb: Token) -> bool:
    """ "attacks carried out on the orders of X": done for X."""
    return verb.lemma_.lower() == "carry" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


# "a string of attacks", "a wave of arson": many acts, not the one told.
_MANY = frozenset("string wave series spate number campaign pattern run succession".split())
_OTHERS = frozenset("similar other previous earlier past recent further".split())


def blamed_for_others(verb: Token) -> bool:
    """ "Poland has blamed Russia for a string of similar attacks", "blamed
    other arson attacks on X": blame for other or many acts names no culprit
    of the one told."""
    # "blamed X for ...", "accused X of ...", "suspected of ..."
    preps = ("for", "of") if verb.lemma_.lower() in ("accuse", "suspect") else ("for",)
    things = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        things += [c for c in verb.children if c.dep_ == "dobj"]
    for thing in things:
        if thing.lemma_.lower() in _MANY or any(c.lower_ in _OTHERS for c in thing.children):
            return True
        dets = {c.lower_ for c in thing.children if c.dep_ in ("det", "poss")}
        if thing.tag_ == "NNS" and not dets:
            return True  # "blamed Russia for attacks on rail lines": acts in general
    return False
