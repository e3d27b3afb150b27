"""Drones told as what was sighted: "Officials reported drones over X in
April and a drone over Y in May". Each drone (or balloon) the sighting verb
names with a place of its own ("over", "above", "near" a site) is an airspace
event of its own, with its own place and time; a sighting in a sentence that
tells of drones launched, shot down or striking is a strike's count, not
an intrusion, and is left to the strike.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.actor_drafts import tokens_among
from annotate.incident_natural_doers import seen_by_nobody

_SIGHTING = frozenset(
    "report record register detect spot sight see observe notice film photograph".split()
)
_FLYING = frozenset({"drone", "drones", "balloon", "balloons", "uav", "uavs"})
_OVER = frozenset({"over", "above", "near"})
_FIGHT = frozenset(
    "launch intercept destroy shoot down hit strike attack fire explode crash kill".split()
)


def _flying(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (
        token.lower_ in _FLYING or token.lemma_.lower() in _FLYING
    )


def _over(token: Token) -> list[Token]:
    """The sites of `token`'s "over"/"above"/"near" phrases."""
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in _OVER
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _members(verb: Token) -> list[Token]:
    """The drones a sighting verb names: its object and the drones joined
    to it (also when the parser joined a later one to the verb)."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and _flying(c)]
    if not objects:
        return []
    members = [objects[0], *(j for j in objects[0].conjuncts if _flying(j))]
    members += [c for c in verb.children if c.dep_ == "conj" and _flying(c)]
    return sorted({m.i: m for m in members}.values(), key=lambda m: m.i)


def sightings(doc: Doc) -> dict[int, list[Token]]:
    """Sighting verb -> the drones it names, each one an airspace event;
    only when every drone has a place of its own ("sighted drones above the
    yard in June and a drone near ...", the first place on the verb, is left
    as one sighting: which time goes with which place is unsure)."""
    out: dict[int, list[Token]] = {}
    for drone in tokens_among(doc, _FLYING):
        verb = drone.head
        if drone.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _SIGHTING:
            continue
        if any(c.dep_ == "neg" for c in verb.children) or seen_by_nobody(drone):
            continue  # "did not report drones", "Nobody reported drones over X"
        members = _members(verb)
        if not members:
            continue
        if any(t.lemma_.lower() in _FIGHT for t in verb.sent if t.pos_ in ("VERB", "ADP", "ADV")):
            continue  # "reported 40 drones launched overnight, 30 shot down"
        if not all(_over(m) for m in members):
            continue
        out[verb.i] = members
    return out


def split_sightings(doc: Doc, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """`found` with each sighting verb replaced by its drones (one airspace
    event each), and sightings no word of the lexicon caught added."""
    seen = sightings(doc)
    if not seen:
        return found
    taken = {h.i for h, _ in found}
    # one drone a lexicon verb already caught ("spotted a drone over X") stays that verb
    seen = {v: ms for v, ms in seen.items() if len(ms) > 1 or v not in taken}
    members = {m.i for ms in seen.values() for m in ms}
    out = [(h, k) for h, k in found if h.i not in seen and h.i not in members]
    out += [(m, "airspace") for ms in seen.values() for m in ms]
    return sorted(out, key=lambda f: f[0].i)
