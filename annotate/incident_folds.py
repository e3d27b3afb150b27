"""More ways one event is told twice, each a fold `incident_events.fold`
makes: what an act cut or knocked out, told as a participle hanging from
the act's own clause ("An explosion damaged a pylon ..., cutting the main
power link to Romania"), and an act told again on "the" thing it was done
to ("set fire to a warehouse in east London ... set fire to the unit on an
estate in Leyton")."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_date_match import same_date
from annotate.incident_mention import Event, Mention
from annotate.incident_told_again import MEANS, site_words, told_words


def _verb_of(head: Token) -> Token:
    """The clause a mention is told in: the verb itself, or the verb whose
    subject or object the incident noun is."""
    if head.pos_ != "VERB" and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return head.head
    return head


def _participle(head: Token) -> Token | None:
    """ "cutting the main power link", "causing an outage": the participle
    of a clause hanging from another (not a finite verb of its own)."""
    if head.dep_ == "dobj" and head.head.tag_ == "VBG":
        head = head.head
    if head.tag_ == "VBG" and head.dep_ in ("advcl", "xcomp"):
        return head
    return None


def consequence_of(m: Mention, events: list[Event]) -> Event | None:
    """The event whose own clause the mention's participle hangs from: what
    the act did, told with the act. Where the thing cut led ("to Romania")
    is not where it happened: the mention's place is dropped when it differs."""
    clause = _participle(m.head)
    if clause is None:
        return None
    for event in reversed(events):
        for x in event.mentions:
            if (
                x.sentence == m.sentence
                and x.head.i != m.head.i
                and _verb_of(x.head) == clause.head
            ):
                if m.place and not any(_one(m.place, y.place) for y in event.mentions if y.place):
                    m.place, m.area, m.rough_place = None, None, False
                return event
    return None


def _one(a: str, b: str | None) -> bool:
    a, b = a.lower(), (b or "").lower()
    return bool(b) and (a in b or b in a)


_DONE_TO = frozenset({"dobj", "nsubjpass"})
_NEW = frozenset({"second", "third", "another", "other", "new", "separate", "further"})
_REACH = 3  # sentences within which "the unit" can name what an act just told was done to


def target(head: Token) -> Token | None:
    """What an act was done to: "set fire to a warehouse", "torched a shed",
    "the warehouse ... was set alight"."""
    verb = head.head if head.dep_ == "dobj" and head.pos_ == "NOUN" else head
    if verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "to" and head is not verb:
            return next((g for g in c.children if g.dep_ == "pobj"), None)  # "set fire to"
    return next((c for c in verb.children if c.dep_ in _DONE_TO and c.i != head.i), None)


def _definite(noun: Token) -> bool:
    """ "the unit", "the warehouse": one thing already known (not "the second
    depot", not a name)."""
    return (
        noun.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and not any(c.lower_ in _NEW for c in noun.children)
    )


def retold_target(m: Mention, events: list[Event]) -> Event | None:
    """ "Two men set fire to a warehouse in east London ... [they] set fire to
    the unit on a business park on the night of 20 March": an act of the same
    type done to "the" thing is the act told just before, its day and site
    told more closely. With the same noun ("a warehouse" ... "the
    warehouse") the event told before is that one; with another noun, only
    an event told a few sentences before, the only one of its type. An
    event already dated otherwise is another act."""
    thing = target(m.head)
    if thing is None or not _definite(thing):
        return None
    kin = [
        e
        for e in events
        if any(x.type == m.type for x in e.mentions)
        and all(same_date(m.date, x.date) for x in e.mentions)
    ]
    same = [
        e
        for e in kin
        if any((t := target(x.head)) is not None and t.lemma_ == thing.lemma_ for x in e.mentions)
    ]
    if same:
        return same[-1]
    if len(kin) != 1:
        return None
    event = kin[0]
    if any(x.type == m.type for e in events if e is not event for x in e.mentions):
        return None
    if m.sentence - max(x.sentence for x in event.mentions) > _REACH:
        return None
    if m.place and not any(_one(m.place, x.place) for x in event.mentions if x.place):
        return None  # "the port in Tuapse": a site of its own
    return event


def dated_by_its_handling(m: Mention, acts: frozenset[int]) -> bool:
    """ "Police said on Thursday they were treating the damage to both cables
    as criminal mischief": "the" event, the object of what others did about
    it (no act of the event itself), is dated by that handling, not by
    itself; its date names no other event."""
    head = m.head
    if m.date is None or m.date_own or not m.refers_back or head.pos_ != "NOUN":
        return False
    if head.dep_ != "dobj" or head.head.i in acts:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children)


def told_ahead(events: list[Event]) -> list[Event]:
    """ "Prosecutors opened a case over the supermarket strike ... [later]
    A glide bomb hit a supermarket in Kharkiv": a live blog's newest entry
    first. An event that is only "the" word with a site of its own words
    and no fact of its own is the one event told after it whose words name
    that site, when there is one."""
    kept = []
    for event in events:
        body = [x for x in event.mentions if not x.headline]
        later = _named_later(body, events) if body else None
        if later is None:
            kept.append(event)
        else:
            later.mentions.extend(event.mentions)
    return kept


def _named_later(body: list[Mention], events: list[Event]) -> Event | None:
    if not all(_bare_back(x) for x in body):
        return None
    places = {x.place.lower() for x in body if x.place}
    words = set().union(*(site_words(x.head) for x in body)) - MEANS
    if not words:
        return None
    last = max(x.sentence for x in body)
    named = [
        e
        for e in events
        if min(x.sentence for x in e.mentions if not x.headline) > last
        and any(x.type == body[0].type for x in e.mentions)
        and any(words & (told_words(x) | _done_to(x)) for x in e.mentions if not x.headline)
        # "this morning's missile strike on the port" (Odesa) ... "struck the port of Odesa"
        and all(any(p in (x.place or "").lower() for x in e.mentions) for p in places)
    ]
    return named[0] if len(named) == 1 else None


def _done_to(m: Mention) -> frozenset[str]:
    """ "hit a pharmacy in Kharkiv": the words of what the act was done to."""
    head = m.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
        head = head.head  # "a glide bomb hit a pharmacy"
    thing = target(head)
    return frozenset() if thing is None else frozenset({thing.lower_, thing.lemma_.lower()})


def _bare_back(m: Mention) -> bool:
    """ "the strike", "this morning's strike on the port, which killed four":
    no day or doer of its own; a place the later telling must name too, and
    a toll (a count tells no event apart)."""
    facts = (m.date, m.perpetrator)
    return m.refers_back and m.head.pos_ == "NOUN" and not any(facts) and not m.victims
