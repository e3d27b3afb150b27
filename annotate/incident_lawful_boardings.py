"""A ship boarded, seized, detained, intercepted or stopped by the state's
own bodies: "Finnish police board the tanker Eagle S", "The Swedish coast
guard boarded the Gabon-flagged tanker Sable Orion", "our patrol vessel Raju
stopped the tanker Veyra", "Estonia detained the Kiwala". For a reader of
hybrid-war news such a boarding is an event of its own, of type "other": a
lawful detention is no attack on people. Its mentions have the kind
"boarding" while they fold (`incident_records` shows it as "other"), so
that it never folds into a cyberattack or a strike told beside it. Pirates, Houthis or Iran's
Revolutionary Guards seizing a ship stay the lexicon's attacks.

Never one: a boarding done by passengers, pilots or inspectors (no
authority does it), of something no text calls a ship, told only as a count
("has boarded 30 tankers this year": a plural object); what is unreal
("could seize", "should board") the caller leaves out.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from annotate.incident_doers import doers
from annotate.incident_named_objects import kinds_of_names
from annotate.lexicons import country_of, incident_words
from annotate.parse_spans import tokens_with

_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s|\n")
BOARDING = "boarding"  # the mention kind, listed as "other"
_VERBS = frozenset({"board", "seize", "detain", "intercept", "stop", "impound"})
# What the parser hangs the object on when it took the verb for a noun.
_NOUN_OBJECTS = frozenset({"dobj", "appos"})
# The lexicon's words of a ship seized (its attacks when pirates do them).
_SEIZING = frozenset({"seize", "board", "capture", "storm", "commandeer"})
# Who acts for a state at sea or in port.
_AUTHORITIES = frozenset(
    "police coastguard coastguards authorities authority navy naval forces commandos "
    "marines military army troops soldiers gendarmerie ministry government "
    "prosecutors investigators officers".split()
)
# "coast guard", "border guards", "patrol vessel", "boarding team": two words.
_GUARDING = frozenset({"coast", "border", "patrol", "boarding", "frontier"})
_GUARDS = frozenset({"guard", "guards", "vessel", "boat", "ship", "team"})
# Who boards a ship on a routine call: an inspection, a pilotage, a voyage.
_ROUTINE = frozenset(
    "customs inspector inspectors pilot pilots passenger passengers crew tourists".split()
)
# A yacht seized is an asset frozen under sanctions, no ship stopped at sea.
_ASSETS = frozenset({"yacht", "superyacht", "yachts", "superyachts"})
# An armed party whose seizure of a ship is an attack, whatever state backs it.
_HOSTILE = frozenset(
    "pirate pirates houthi houthis huthi huthis rebel rebels militant militants gunman "
    "gunmen raider raiders attacker attackers hijacker hijackers armed masked "
    "revolutionary irgc irgcn".split()
)


def lawful_boardings(doc: Doc) -> list[tuple[Token, str]]:
    """The first verb of each boarding of a ship by an authority."""
    ships = ship_names(doc)
    out: list[tuple[Token, str]] = []
    seen: set[int] = set()
    for verb in tokens_with(doc, LEMMA, _VERBS, lower=True):
        if verb.i in seen or not (verb.pos_ == "VERB" or _noun_for_verb(verb)):
            continue
        group = [verb, *verb.conjuncts]
        seen.update(v.i for v in group)
        if not any(_a_ship(o, ships) for v in group for o in _boarded(v)):
            continue
        if by_authority(verb):
            out.append((verb, BOARDING))
    return out


def lawful_kinds(doc: Doc, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """The lexicon's ship seizures done by an authority ("Estonian forces
    board the tanker X", "French naval commandos boarded ...") as boardings;
    those told only as a count ("the navy has boarded 30 tankers") left out."""
    out = []
    ships: frozenset[str] | None = None
    for head, kind in found:
        if kind == "attack" and head.lemma_.lower() in _SEIZING and by_authority(head):
            boarded = [o for v in (head, *head.conjuncts) for o in _boarded(v)]
            ships = ship_names(head.doc) if ships is None else ships
            if any(_a_ship(o, ships) for o in boarded):
                kind = BOARDING
            elif boarded and all(
                o.tag_ == "NNS" and o.lemma_.lower() in _vessels() for o in boarded
            ):
                continue  # "the navy has boarded 30 tankers": a count
        out.append((head, kind))
    return out


def told_with_damage(found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "The Estlink 2 cable was cut, and Finnish police boarded the tanker
    Eagle S", "police detained a ship suspected of dragging its anchor across
    a cable": a boarding told in the sentence of the damage is how that
    event is told (its suspect found), not an event of its own."""
    damaged = [h for h, k in found if k == "sabotage"]
    return [
        (h, k)
        for h, k in found
        if not (k == BOARDING and any(_one_sentence(h, d) for d in damaged))
    ]


def _one_sentence(a: Token, b: Token) -> bool:
    """Two words of one sentence, also where the parser split it ("... they
    had boarded the cargo ship | Kira Dawn after a gas pipeline was damaged")."""
    if a.sent.start == b.sent.start:
        return True
    first, last = sorted((a, b), key=lambda t: t.i)
    between = first.doc.text[first.idx : last.idx]
    return not _SENTENCE_END.search(between)


def by_authority(verb: Token) -> bool:
    """Every doer of `verb` acts for a state ("Finnish police", "the Swedish
    coast guard", "a Navy boarding team", "Estonia") and none is an armed
    party told as such ("pirates", "Iran's Revolutionary Guards")."""
    people = [_owner(verb, d) for d in doers(verb) or _compound_doers(verb)]
    return bool(people) and all(_authority(d) for d in people)


def _owner(verb: Token, doer: Token) -> Token:
    """ "Estonia has taken a harder line since it detained the Kiwala": the
    subject of the clause a pronoun's clause hangs on, when it is a name."""
    if doer.lower_ not in ("it", "they") or verb.dep_ not in ("advcl", "conj"):
        return doer
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return subjects[0] if len(subjects) == 1 else doer


def _noun_for_verb(token: Token) -> bool:
    """ "Finnish police board the tanker X": a present verb the tagger took
    for the head of "police board", known by the object it governs."""
    if token.pos_ != "NOUN":
        return False
    return any(c.dep_ in _NOUN_OBJECTS for c in token.children) or _before_its_object(token)


def _before_its_object(token: Token) -> bool:
    """ "police and coastguard board the tanker X", parsed as "coastguard
    board" joined to "police": a noun between a noun and an article."""
    doc = token.doc
    return (
        0 < token.i < len(doc) - 1
        and doc[token.i - 1].pos_ in ("NOUN", "PROPN")
        and doc[token.i + 1].lower_ in ("the", "a", "an")
    )


def _compound_doers(token: Token) -> list[Token]:
    """The doer of a verb the parser left without a subject ("The Swedish
    coast guard boards ..." on a timeline's line): the noun it made the
    verb's compound, or, for a verb taken for a noun, the noun before it."""
    found = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
    if found or not _noun_for_verb(token):
        return found
    return [token.doc[token.i - 1]]


def _authority(doer: Token) -> bool:
    words = list(doer.subtree)
    lower = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    if lower & _HOSTILE or lower & _ROUTINE:
        return False
    if "guards" in lower and not lower & _GUARDING:
        return False  # "Iran's Guards", not "border guards"
    if lower & _AUTHORITIES or (lower & _GUARDING and lower & _GUARDS):
        return True
    # "Estonia detained the Kiwala"; never a dateline's town taken for the doer
    return doer.pos_ == "PROPN" and country_of(doer.text) is not None


def _boarded(verb: Token) -> list[Token]:
    """What the verb was done to: its object, or its subject when passive;
    where the parser hung neither on it, the noun of the article right after
    it ("boards the Gabon-flagged tanker X", misparsed on a timeline)."""
    deps = _NOUN_OBJECTS if verb.pos_ == "NOUN" else frozenset({"dobj", "nsubjpass"})
    found = [c for c in verb.children if c.dep_ in deps]
    doc = verb.doc
    if not found and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("the", "a", "an"):
        head = doc[verb.i + 1].head
        found = [head] if head.i > verb.i and head.pos_ in ("NOUN", "PROPN") else []
    return found


def _a_ship(noun: Token, ships: frozenset[str]) -> bool:
    """A single vessel: "the tanker", "the bulk carrier Vezhen", or a name
    the article calls a ship elsewhere ("the Kaspian Star")."""
    if noun.tag_ in ("NNS", "NNPS"):
        return False  # "boarded 30 tankers": a count, not a boarding
    kinds = [noun.lemma_.lower(), *(k.lemma_.lower() for k in kinds_of_names([noun]))]
    kinds += [c.lemma_.lower() for c in noun.children if c.dep_ == "appos"]  # "X, a tanker"
    if _ASSETS.intersection(kinds):
        return False
    if any(k in _vessels() for k in kinds):
        return True
    return noun.pos_ == "PROPN" and _name(noun) in ships


def boarded_name(verb: Token) -> str | None:
    """The name of the ship a boarding verb was done to ("stopped the tanker
    Veyra", "seized the Kaspian Star"), lower-cased, or None."""
    for o in (o for v in (verb, *verb.conjuncts) for o in _boarded(v)):
        if o.pos_ == "PROPN":
            return _name(o)
        if (name := _name_after(o)) is not None:
            return name
    return None


def ship_names(doc: Doc) -> frozenset[str]:
    """Names the article gives a ship kind to ("the tanker Kaspian Star"):
    the words of the name right after the kind, however the parser hung them."""
    named = (_name_after(k) for k in tokens_with(doc, LOWER, _vessels()))
    return frozenset(n for n in named if n is not None)


def _name_after(kind: Token) -> str | None:
    """The name of proper nouns right after a word ("tanker | Kaspian Star")."""
    doc, end = kind.doc, kind.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return _name(doc[end - 1]) if end > kind.i + 1 else None


@cache
def _vessels() -> frozenset[str]:
    """The lexicon's words for a ship."""
    return frozenset(incident_words()["vessels"])


def _name(last: Token) -> str:
    """The name whose last word is `last`: the run of proper nouns ending there."""
    start = last.i
    while start > 0 and last.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return " ".join(t.lower_ for t in last.doc[start : last.i + 1])
