"""One of an attack's weapons told apart from the attack (round 25):

- "Russian drones attacked the port of Odesa overnight. One drone hit the
  bulk carrier Sea Harmony": one of the weapons just told, where the attack
  was (no place of its own, or one within it), is part of the attack;
- "one of the drones that crossed the border overnight fell near X": the
  weapons named by what they did ("the drones that crossed the border") are
  the ones told before, and that event is the one the clause retells; the
  place is where this one fell, not where they crossed.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_date_match import same_date
from annotate.incident_event_fit import same_place
from annotate.incident_mention import Event, Mention

_WEAPONS = frozenset("drone uav missile rocket shell shahed geran bomb projectile".split())
_ATTACKS = frozenset({"strike", "attack", "airspace"})
_BACK = frozenset({"the", "those", "these"})
_REACH = 2  # sentences after the attack in which "one drone" is one of its


def one_of_the_weapons(m: Mention, events: list[Event]) -> Event | None:
    """The attack told just before that one of its weapons belongs to."""
    if m.type not in _ATTACKS:
        return None
    found = _one_weapon(m.head)
    if found is None:
        return None
    weapon, theirs = found
    for event in reversed(events):
        near = [
            x
            for x in event.mentions
            if x.type in _ATTACKS
            and not x.headline
            and 0 < m.sentence - x.sentence <= _REACH
            and weapon in {t.lemma_.lower() for t in x.head.subtree}
        ]
        if not near:
            continue
        if not all(same_date(m.date, x.date) for x in near):
            return None
        if (
            m.place is not None
            and not theirs
            and not any(same_place(m.place, x.place) for x in near)
        ):
            return None  # "One drone hit a school in Kharkiv": an impact of its own
        # "one of the drones ... fell near X": one of those told, wherever it fell
        return event
    return None


def _one_weapon(head: Token) -> tuple[str, bool] | None:
    """The weapon of "One drone hit", "One of the missiles struck" (the
    incident word is the verb or its subject), and whether it is named as
    one of those told ("one of the drones")."""
    if head.pos_ == "VERB":
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    elif head.dep_ == "nsubj":
        subject = head
    elif head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "nsubj":
        subject = head.head.head  # "One of the missiles"
    else:
        return None
    if subject is None:
        return None
    if subject.lower_ == "one":
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
        if noun is None or not any(d.lower_ in _BACK for d in noun.children):
            return None
        theirs = True
    elif any(c.dep_ == "nummod" and c.lower_ == "one" for c in subject.children):
        noun, theirs = subject, False
    else:
        return None
    lemma = noun.lemma_.lower()
    return (lemma, theirs) if lemma in _WEAPONS else None


def the_weapons_that(m: Mention, events: list[Event]) -> Event | None:
    """The event of its kind told before that "the drones that crossed the
    border" names by what they did."""
    head = m.head
    if head.dep_ != "relcl" or head.pos_ != "VERB":
        return None
    noun = head.head
    if noun.lemma_.lower() not in _WEAPONS or noun.tag_ not in ("NNS", "NNPS"):
        return None
    if not any(d.dep_ == "det" and d.lower_ in _BACK for d in noun.children):
        return None
    for event in reversed(events):
        if any(x.type == m.type and not x.headline for x in event.mentions):
            if not all(same_date(m.date, x.date) for x in event.mentions):
                return None
            m.place, m.area = None, None  # where the one drone fell, not where they crossed
            return event
    return None
