"""An act by an unnamed intruder, often told as a finding: "the water company
discovered that an intruder had got into the control system of a pumping
station", "engineers established that someone had tampered with the
valves", "hackers had got into its ticketing system", "attackers had
encrypted its billing systems", "it had found intruders in its email
system". The intruder's act is the event: into computers it is a cyber
intrusion, on equipment it is sabotage. Only a doer the text leaves unknown
(someone, an intruder, an unknown attacker) makes it one: staff who "got
into the system" to fix it, or "changed the settings", did their job.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.actor_drafts import tokens_among

_DOERS = frozenset(
    "someone somebody intruder intruders attacker attackers outsider outsiders stranger "
    "strangers perpetrator perpetrators culprit culprits hacker hackers".split()
)
_UNKNOWN = frozenset({"unknown", "unidentified", "unauthorised", "unauthorized", "anonymous"})
_PEOPLE = frozenset({"person", "persons", "people", "party", "parties", "actor", "actors", "user"})
_ENTERING = frozenset({"get", "break", "gain", "access", "penetrate", "infiltrate", "compromise"})
_TAMPERING = frozenset({"tamper", "manipulate", "interfere", "meddle", "sabotage", "alter"})
# What only an intruder does to computers: "encrypted its billing systems".
_LOCKING = frozenset({"encrypt", "wipe"})
_FINDING = frozenset({"find", "discover", "detect", "spot"})
_INSIDE = frozenset({"in", "inside", "within"})
# A platform or an app is software when it is run from afar or online.
_SOFT = frozenset({"platform", "platforms", "app", "apps", "panel", "panels", "dashboard"})
_REMOTE = frozenset(
    "remote remote-control control online digital software booking ticketing".split()
)
_INTO = frozenset({"into", "to", "with"})
_COMPUTERS = frozenset(
    "system systems network networks server servers computer computers software database "
    "databases account accounts email scada controller controllers plc plcs interface "
    "website portal".split()
)
_EQUIPMENT = frozenset(
    "valve valves pump pumps switch switches lock locks cable cables track tracks signal "
    "signals pipe pipes pipeline meter meters brake brakes equipment machinery turbine "
    "transformer substation fence gate tank tanks line lines".split()
)


def intruders_acts(doc: Doc) -> list[tuple[Token, str]]:
    """The verb of each such act, with its type."""
    out = []
    for doer in tokens_among(doc, _DOERS | _PEOPLE):
        if doer.dep_ != "nsubj" or not _unknown(doer):
            continue
        verb = doer.head
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        if (kind := _what_was_done(verb)) is not None:
            out.append((verb, kind))
    for doer in tokens_among(doc, _DOERS - _EVERYONE):
        verb = doer.head  # "found intruders in its email system"
        if doer.dep_ == "dobj" and verb.lemma_.lower() in _FINDING and _inside_computers(verb):
            out.append((verb, "cyber"))
    return out


# Who may be found anywhere: only an intruder found in a system is one.
_EVERYONE = frozenset({"someone", "somebody", "stranger", "strangers", "culprit", "culprits"})


def _inside_computers(verb: Token) -> bool:
    return any(
        _computers(g)
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in _INSIDE
        for g in p.children
        if g.dep_ == "pobj"
    )


def _computers(noun: Token) -> bool:
    """ "its email system", "the remote-control platform" (not an oil platform)."""
    lemma = noun.lemma_.lower()
    if lemma in _COMPUTERS:
        return True
    near = {t.lower_ for t in noun.subtree if t.i < noun.i}
    return noun.lower_ in _SOFT and bool(near & _REMOTE)


def _unknown(doer: Token) -> bool:
    if doer.lower_ in _DOERS:
        return not any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in doer.children)
    return any(c.lower_ in _UNKNOWN for c in doer.children if c.dep_ in ("amod", "compound"))


def _what_was_done(verb: Token) -> str | None:
    """cyber for computers entered or altered, sabotage for equipment tampered with."""
    lemma = verb.lemma_.lower()
    targets = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in _INTO
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if lemma == "gain":  # "gained access to the network"
        access = [t for t in targets if t.lemma_.lower() in ("access", "entry", "control")]
        targets = [g for a in access for p in a.children for g in p.children if g.dep_ == "pobj"]
        targets += [g for a in access for p in a.children if p.dep_ == "prep" for g in p.children]
    words = {t.lemma_.lower() for t in targets}
    if lemma in _ENTERING and any(_computers(t) for t in targets):
        return "cyber"
    if lemma in _LOCKING and words & _COMPUTERS:
        return "cyber"  # "attackers had encrypted its billing systems"
    if lemma in _TAMPERING and words & _COMPUTERS:
        return "cyber"
    if lemma in _TAMPERING and words & _EQUIPMENT:
        return "sabotage"
    return None


def agent_verb(subject: Token) -> Token | None:
    """What an agent did: the verb it is the subject of ("hackers opened a
    valve"), or the past-tense verb of its "who" clause ("the hackers who
    opened a valve at a dam", in a sentence about something else)."""
    if subject.dep_ == "nsubj":
        return subject.head
    for clause in subject.children:
        if clause.dep_ == "relcl" and clause.tag_ == "VBD":
            if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
                return clause
    return None
