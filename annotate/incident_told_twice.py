"""One event told twice in shapes the fold did not tie (round 21):

- a fire the weapons of a strike set: "Drones struck the depot. The drones
  set fire to two tanks", "Debris from a downed missile started a blaze",
  in the same sentence as the strike or the next two: part of the strike;
- a sighting told in the lead and again below it: "a watchman spotted two
  drones above the test hall" ... "at about 22:10 a watchman on his rounds
  saw two drones above the test hall": the same site flown over, on a day
  that agrees, with no word of another flight ("again", "another",
  "a second", "later").
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_date_match import same_date
from annotate.incident_mention import Event, Mention

# What a strike's weapons are called when they are the doer of the fire.
_WEAPONS = frozenset(
    "drone uav missile rocket shell bomb shahed debris wreckage fragment shrapnel strike "
    "attack explosion blast impact munition projectile".split()
)
_KINDLE = frozenset({"set", "start", "spark", "ignite", "cause", "trigger"})
_STRIKES = frozenset({"strike", "attack", "explosion"})


def _doer(head: Token) -> Token | None:
    """The subject of the verb that set the fire ("The drones set fire")."""
    verb = next((a for a in (head, *head.ancestors) if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in _KINDLE:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def set_by_the_weapons(m: Mention, events: list[Event]) -> Event | None:
    """The strike told just before whose weapons set the fire."""
    if m.type != "fire" or m.perpetrator is not None:
        return None
    doer = _doer(m.head)
    if doer is None or doer.lemma_.lower() not in _WEAPONS:
        return None
    for event in reversed(events):
        near = [
            x
            for x in event.mentions
            if x.type in _STRIKES and 0 <= m.sentence - x.sentence <= 2 and not x.headline
        ]
        if near:
            if not all(same_date(m.date, x.date) for x in near):
                return None
            m.loose = True  # the strike's kind names the event, not the fire it set
            return event
    return None


_SIGHT = frozenset({"see", "spot", "sight", "observe", "notice", "detect", "film", "photograph"})
_OVER = frozenset({"over", "above"})
_OTHER = frozenset({"again", "another", "second", "later", "new", "further", "also", "more"})


def _site(head: Token) -> tuple[Token | None, frozenset[str]]:
    """The verb of seeing and the nouns of what was flown over."""
    verb = next((a for a in (head, *head.ancestors) if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in _SIGHT:
        return None, frozenset()
    over = [t for t in verb.subtree if t.lower_ in _OVER and t.dep_ == "prep"]
    words = {
        t.lemma_.lower()
        for p in over
        for g in p.children
        if g.dep_ == "pobj"
        for t in g.subtree
        if t.pos_ in ("NOUN", "PROPN")
    }
    return verb, frozenset(words)


def sighted_again(m: Mention, events: list[Event]) -> Event | None:
    """The sighting told before of the same site, when nothing says this one
    is another flight."""
    if m.type != "airspace":
        return None
    verb, site = _site(m.head)
    if verb is None or not site:
        return None
    if any(t.lower_ in _OTHER for t in verb.subtree):
        return None
    for event in reversed(events):
        for x in event.mentions:
            if x.type != "airspace" or x.sentence == m.sentence:
                continue
            told, where = _site(x.head)
            if told is not None and where and site <= where or where and where <= site:
                if all(same_date(m.date, y.date) for y in event.mentions):
                    return event
    return None
