"""Those a court sentenced, jailed or found guilty for an act are its doers:
"sentenced two men to prison for setting fire to a depot", "a teenager was
jailed for the arson", "found both men guilty of torching a car". People
the text does not name ("two men", "a 19-year-old") are kept as it calls
them, so that a recruiter named in a later sentence never takes their place.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.actors import ActorIndex
from annotate.incident_actors import named_actor
from annotate.incident_clauses import light_verb
from annotate.incident_mention import Event
from annotate.incident_new_actors import new_actor
from annotate.parse_spans import span_text

# Verdicts that punish someone "for" an act: "sentenced/jailed X for the arson".
_PUNISHING = frozenset("sentence jail imprison convict fine".split())
# Verdicts that find someone guilty "of" an act.
_CONVICTING = frozenset({"convict"})
_GUILTY = frozenset({"guilty"})
# Unnamed people a verdict is passed on.
_PEOPLE = frozenset(
    "man men woman women person people teenager teenagers youth youths national nationals "
    "citizen citizens suspect suspects defendant defendants student students pair couple "
    "brother brothers".split()
)
# A verdict told as a sentence given or received.
_GIVING = frozenset({"hand", "give", "receive", "get", "serve"})
_SENTENCES = frozenset({"sentence", "term", "jail", "prison"})
_SPANS = frozenset({"year", "month"})
_RELATIVES = frozenset({"who", "that", "whom"})
_REACH = 2  # "jailed for life for the murder": the second "for" may hang on "life"


def sentenced(head: Token, actors: ActorIndex, unnamed: bool = False) -> str | None:
    """The one sentenced, jailed or found guilty for the act `head` names;
    people the text does not name only when `unnamed`."""
    if head.dep_ not in ("pobj", "pcomp") or head.head.lower_ not in ("for", "of"):
        return None
    prep = head.head
    verb = prep.head
    for _ in range(_REACH):
        if _lemma(verb) in _PUNISHING | _GUILTY or verb.dep_ not in ("pobj", "prep"):
            break
        verb = verb.head
    if verb.lemma_.lower() in _SENTENCES and verb.dep_ == "dobj":
        verb = verb.head  # "received jail terms for the arson", "for" hung on the terms
    held = None
    if verb.dep_ in ("dobj", "nsubjpass") and _lemma(verb.head) in _PUNISHING:
        held, verb = verb, verb.head  # "fined a woman for the attack", "for" hung on her
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "was not found guilty of", "did not convict"
    lemma = _lemma(verb)
    if lemma in _GUILTY and prep.lower_ == "of":
        finding = verb.head
        if finding.lemma_.lower() != "find" or any(c.dep_ == "neg" for c in finding.children):
            return None
        who = [c for c in verb.children if c.dep_ == "nsubj"]
        who += [c for c in finding.children if c.dep_ in ("dobj", "nsubjpass")]
    elif prep.lower_ == "for" and passes_sentence(verb):
        # "were handed prison sentences for", "received jail terms for"
        subject = "nsubjpass" if lemma in ("hand", "give") else "nsubj"
        who = [c for c in verb.children if c.dep_ == subject]
    elif (lemma in _PUNISHING and prep.lower_ == "for") or (
        lemma in _CONVICTING and prep.lower_ == "of"
    ):
        who = [held] if held else [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        return None
    if verb.dep_ in ("acl", "relcl") and all(w.lower_ in _RELATIVES for w in who):
        who = [verb.head]  # "a man convicted of ...", "the men, who were jailed for ..."
    for person in who:
        if found := named_actor(person, actors):
            return found
        if not unnamed or _ordered(head):
            continue
        if person.lemma_.lower() in _PEOPLE or person.lower_ in _PEOPLE:
            return _unnamed(person, actors)
    return None


def sentenced_unnamed(events: list[Event], actors: ActorIndex) -> None:
    """An event with no doer named anywhere takes the people a verdict
    names only as "two men": after folding, so that a telling naming them
    in full is still the same event, and before the culprits of later
    sentences ("they had been recruited by X"), which never replace them."""
    for event in events:
        if any(m.perpetrator for m in event.mentions):
            continue
        for m in event.mentions:
            if who := sentenced(light_verb(m.head), actors, unnamed=True):
                m.perpetrator, m.attribution = who, "stated"
                break


_ORDERS = frozenset({"order", "orders", "behalf", "instruction", "instructions", "command"})


def _ordered(act: Token) -> bool:
    """ "setting fire to a warehouse on the orders of X": the text names whom
    they did it for; which of the two is the doer it leaves to the reader."""
    return any(
        t.dep_ == "pobj" and t.lower_ in _ORDERS and t.head.lower_ in ("on", "under")
        for t in act.subtree
    )


def passes_sentence(verb: Token) -> bool:
    """ "were handed prison sentences", "was given eight years", "received
    jail terms": a verdict told as a sentence given or received."""
    if verb.lemma_.lower() not in _GIVING:
        return False
    return any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in _SENTENCES or (c.lemma_.lower() in _SPANS and _counted(c)))
        for c in verb.children
    )


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _lemma(verb: Token) -> str:
    """The verb's lemma; the tagger reads "fined" as "fin"."""
    return "fine" if verb.lower_ in ("fined", "fines") else verb.lemma_.lower()


def _unnamed(person: Token, actors: ActorIndex) -> str:
    """ "two men", "a 19-year-old man": the people as the text calls them."""
    words = [t for t in person.subtree if t.i <= person.i and t.dep_ not in ("det", "predet")]
    start = min(t.i for t in words)
    span = person.doc[start : person.i + 1]
    kind = "group" if person.tag_ in ("NNS", "NNPS") else "person"
    found = actors.named(span_text(span), kind)
    if found is None:
        found = new_actor(actors, span_text(span), kind, span.start_char, span.end_char)
    actors.by_token[person.i] = found
    return found
