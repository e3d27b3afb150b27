"""Ways a statement tells its casualties that the toll rules read besides
the words for killing and hurting: "two of our colleagues lost their
lives", "two were hospitalised", "three were treated for injuries, none of
them serious", "63 were hurt, 22 of whom remain in hospital" (how bad the
injuries are is no cause of its own), "two of the workers were hurt" (a
part of the staff, not of victims counted already)."""

from __future__ import annotations

from spacy.tokens import Token

_SEVERITY = frozenset(
    "serious critical minor slight light severe grave life-threatening stable".split()
)
# People a partitive may count from who are not yet counted as casualties.
_STAFF = frozenset(
    "colleague employee worker staff member crew crewman firefighter guard officer "
    "passenger resident soldier technician contractor operator welder miner".split()
)
_HOSPITALISED = frozenset({"hospitalise", "hospitalize", "hospitalised", "hospitalized"})


def lost_lives(token: Token) -> bool:
    """ "lost their lives", "have lost his life": killed."""
    return token.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in token.children
    )


def severity(clause: Token) -> bool:
    """ ", none of them serious", ", two of them critically", ", 22 of whom
    remain in hospital": how bad the injuries are, never a cause of their own."""
    word = clause.lower_
    word = word[:-2] if word.endswith("ly") else word
    return clause.dep_ == "advcl" and (word in _SEVERITY or _of_whom(clause))


def _of_whom(clause: Token) -> bool:
    """A clause on a part of those counted ("22 of whom remain ..."), which
    the parser may hang on the count's verb as a clause of its own."""
    return any(
        g.lower_ in ("whom", "which")
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass")
        for g in c.subtree
    )


def of_the_staff(subject: Token) -> bool:
    """ "Two of our colleagues", "one of the workers": counted from a staff,
    not from victims told before ("one of the victims")."""
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in _STAFF
        for c in subject.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
    )


def hospitalised(token: Token) -> bool:
    """ "two were hospitalised": taken into hospital, so hurt."""
    return token.lower_ in _HOSPITALISED or token.lemma_.lower() in _HOSPITALISED


def told_by(prep: Token) -> bool:
    """ "according to the emergency services", "according to current
    information": who tells the toll, never its cause."""
    return prep.lower_ == "according" or (prep.lower_ == "to" and prep.head.lower_ == "according")
