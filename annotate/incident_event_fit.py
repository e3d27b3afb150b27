"""Whether a mention fits an event told before: kinds that may name one
happening, places and days that do not differ, and how surely a reference
back belongs to each event it could mean (`incident_events.fold` weighs
these in turn).
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_city_parts import in_the_town_told
from annotate.incident_date_match import coarse, same_date, within
from annotate.incident_mention import Event, Mention
from annotate.incident_same_event import arms
from annotate.incident_trial_leads import accused_of
from annotate.lexicons import country_of
from annotate.parse_spans import span_text

NEARBY = 3  # sentences within which a same-type mention with no new place or time folds

# Kinds that may name one happening: when one event is told with words of
# several types, the cause names it (a missile strike that sets a ship on
# fire is a strike).
_COMPATIBLE = frozenset(
    frozenset(p)
    for p in (
        ("explosion", "sabotage"),
        ("strike", "fire"),
        ("explosion", "fire"),
        ("strike", "explosion"),
        ("sabotage", "other"),
        ("strike", "other"),
        ("explosion", "other"),
        ("fire", "other"),
        ("cyber", "other"),
    )
)


# Words of a death: "the murder" names the event told with one.
_LETHAL = frozenset({"murder", "killing", "assassination", "execution", "death"})


def compatible(a: Mention, b: Mention) -> bool:
    return a.type == b.type or a.loose or b.loose or frozenset((a.type, b.type)) in _COMPATIBLE


def same_place(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return True
    a, b = a.lower(), b.lower()
    return a in b or b in a


def placed_alike(a: Mention, b: Mention) -> bool:
    """Same place, or one's place the other's area ("the San Blas district of
    Alicante" and "Alicante")."""
    return (
        same_place(a.place, b.place)
        or bool(a.area and same_place(a.area, b.place))
        or bool(b.area and same_place(a.place, b.area))
    )


def agrees(m: Mention, event: Event) -> bool:
    # A place told only roughly ("Lithuanian airspace", "70 miles west of X")
    # neither differs from a closer one nor from another rough one.
    def rough(x: Mention, other: str) -> bool:
        return x.rough_place and not _country(other)

    places = [x.place for x in event.mentions if x.place and not rough(x, m.place or "")]
    areas = [x.area for x in event.mentions if x.area]
    place_ok = (
        all(same_place(m.place, p) or rough(m, p) for p in places)
        or any(same_place(m.place, a) for a in areas)
        # "shot dead in the San Blas district of Alicante" after "the murder in Alicante"
        or bool(m.area and places and all(same_place(m.area, p) for p in places))
        # "the attack on the Sea Lark", a ship taken for a place, hit in the event told
        or (m.place == target_name(m.head) and named_in(m.place, m, event))
        or in_the_town_told(m, event)  # "struck X ... hit a block in the Y district"
    )
    dates = [x.date for x in event.mentions if x.date]
    # "A Ukrainian sea drone exploded ... Russian air strikes damaged": another agent, another act
    agents = {x.perpetrator for x in event.mentions if x.perpetrator and not x.headline}
    agent_ok = m.perpetrator is None or not agents or m.perpetrator in agents
    return place_ok and agent_ok and all(same_date(m.date, d) for d in dates)


def _country(place: str) -> bool:
    """ "Ukraine", "western Ukraine": a country, or a part of one named by it."""
    return country_of(place) is not None or country_of(" ".join(place.split()[1:])) is not None


def told_before(m: Mention, options: list[Event]) -> list[Event]:
    """Events a reference back can mean: with its date, when it gives one
    ("Saturday's bombing"; "the pipeline was damaged last year" is not a
    later mention of an undated event), else, for a noun that names no place,
    its own kind of event told with no date ("the Friday attacks" after "the
    assault on Paris")."""
    if m.date is None:
        return options
    dated = [e for e in options if affinity(m, e)[0]]
    if dated or m.head.pos_ == "VERB" or m.place:
        return dated
    return [
        e
        for e in options
        if not any(x.date for x in e.mentions)
        and any(x.type == m.type or m.loose for x in e.mentions)
    ]


def just_told(m: Mention, events: list[Event]) -> Event | None:
    """The event of the same type told in the sentence before, if its time agrees."""
    for event in reversed(events):
        last = max(x.sentence for x in event.mentions)
        same = any(x.type == m.type for x in event.mentions)
        dates = all(same_date(m.date, x.date) for x in event.mentions)
        if same and dates and 0 <= m.sentence - last <= 1:
            return event
    return None


def nearby(m: Mention, event: Event) -> bool:
    """A mention of the same type a few sentences on that names no place or time."""
    if m.place or m.date:
        return False
    last = max(x.sentence for x in event.mentions)
    return m.sentence - last <= NEARBY and any(x.type == m.type for x in event.mentions)


def confirms(m: Mention, event: Event) -> bool:
    """Same type and place ("Really bad shooting in Orlando" after "the mass
    shooting at a nightclub in Orlando"), no other time, no other toll."""
    date, place = affinity(m, event)[:2]
    # "Two men accused of setting fire to a warehouse went on trial. Prosecutors
    # say they set fire to the warehouse in X on 13 April": a lead with no place
    # or time, told again with them in the next sentence.
    lead = lead_then_body(m, event) and not any(x.place for x in event.mentions)
    if not (place or lead) or not any(x.type == m.type for x in event.mentions):
        return False
    if m.date and not date and not lead_then_body(m, event):
        return False
    told = [(x.killed, x.injured) for x in event.mentions if x.killed or x.injured]
    return not (m.killed or m.injured) or not told or (m.killed, m.injured) in told


def lead_then_body(m: Mention, event: Event) -> bool:
    """ "Parcel blast at Lyon depot. A parcel exploded at a depot in Lyon on
    Monday": an undated lead told again, with its day, in the next sentence
    (or, after a trial's lead, a few sentences on: "went on trial accused of
    burning down a hall. ... On 30 March, the indictment says, they set it
    alight")."""
    last = max(x.sentence for x in event.mentions)
    unplaced = all(x.place is None for x in event.mentions)
    reach = NEARBY if unplaced and all(accused_of(x.head) for x in event.mentions) else 1
    return 0 < m.sentence - last <= reach and not any(x.date for x in event.mentions)


def affinity(m: Mention, event: Event) -> tuple[int, int, int, int, int, int, int]:
    """How surely a mention belongs to an event: same date, same place, the
    same target named ("the attack on the Sea Lark" and the sentence where the
    Sea Lark was hit), a death for "the murder", the same weapon ("the drone
    strike" for a drone's hit, not a missile's), same type, then the most recent."""
    date = any(m.date and x.date and same_date(m.date, x.date) for x in event.mentions)
    place = any(m.place and x.place and placed_alike(m, x) for x in event.mentions)
    place = place or in_the_town_told(m, event)  # a district of the town just told
    named = named_in(target_name(m.head), m, event)
    lethal = m.head.lemma_.lower() in _LETHAL and any(x.killed for x in event.mentions)
    weapon = bool(arms(Event([m])) & arms(event))
    kind = not m.loose and any(x.type == m.type for x in event.mentions)
    recent = max(x.start for x in event.mentions)
    return int(date), int(place), int(named), int(lethal), int(weapon), int(kind), recent


def named_in(name: str | None, m: Mention, event: Event) -> bool:
    """Whether the sentences telling the event (not the mention's own) name `name`."""
    return name is not None and any(
        x.sentence != m.sentence and name in span_text(x.head.sent) for x in event.mentions
    )


def target_name(head: Token) -> str | None:
    """The proper name an incident noun is on ("the attack on the Sea Lark")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    words = [t for t in obj.subtree if t.pos_ == "PROPN"]
                    return head.doc[words[0].i : words[-1].i + 1].text
    return None


def refines(m: Mention, events: list[Event]) -> Event | None:
    """ "He was attacked with a hammer in 2023. He was attacked on 21 June":
    a day told in the next sentence for an event of the same kind dated only
    by its year or month is that event's day."""
    if m.date is None or coarse(m.date) or not events:
        return None
    event = events[-1]
    last = max(x.sentence for x in event.mentions)
    dates = [x.date for x in event.mentions if x.date]
    if m.sentence - last != 1 or not dates or not all(coarse(d) for d in dates):
        return None
    places = all(placed_alike(m, x) for x in event.mentions)
    if not places or not all(within(d, m.date) for d in dates):
        return None
    kin = [x for x in event.mentions if x.type == m.type]
    return event if any(not x.loose or x.head.lemma == m.head.lemma for x in kin) else None
