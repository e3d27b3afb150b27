"""Drones told by who saw or reported them, in words the lexicon's drone
list lacks or with a verb it does not trust alone:

- "drones were reported over Katowice airport, halting departures": a report
  of drones over a site is an airspace event when the sentence states what
  it did (flights halted, a base locked down); "reported" alone stays a
  hedge, and a report of drones launched or shot down is a strike's count;
- "guards observed four unmanned aerial vehicles circling over the jetty":
  a UAV spelled out is a drone, seen by whoever saw it.

The head is the reporting or seeing verb; its sentence's place and time are
read as for any other mention.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.actor_drafts import tokens_among
from annotate.incident_dated_lines import on_dated_line

_DRONES = frozenset({"drone", "drones", "uav", "uavs", "balloon", "balloons"})
_SPELLED = frozenset({"vehicle", "vehicles", "aircraft", "system", "systems"})
_UNMANNED = frozenset({"unmanned", "uncrewed", "aerial", "crewless", "pilotless"})
_REPORTING = frozenset({"report", "record", "register", "log"})
_SEEING = frozenset(
    "see observe spot sight notice detect track film photograph report record register".split()
)
_OVER = frozenset({"over", "above", "near", "around"})
_FLYING = frozenset({"circle", "hover", "fly", "buzz", "loiter", "overfly"})
# What the drones' presence did, told in the same sentence.
_EFFECTS = frozenset(
    "halt halting suspend suspension suspended close closure closed closing shut shutting "
    "divert diversion ground grounded delay delayed disrupt disruption lockdown lock "
    "evacuate evacuation cancel cancellation cancelled canceled stop stopping "
    "stopped halted interrupt interrupted".split()
)
# A sentence of weapons used is a strike's, never a sighting's.
_FIGHT = frozenset("launch intercept destroy shoot hit strike attack explode crash kill".split())
_HEDGES = frozenset({"no", "not", "never", "n't", "without", "any"})


def reported_drones(doc: Doc) -> list[tuple[Token, str]]:
    """The reporting or seeing verb of each such sentence, as an airspace event."""
    drones = tokens_among(doc, _DRONES)
    spelled = [t for t in tokens_among(doc, _SPELLED) if _unmanned(t)]
    out: dict[int, Token] = {}
    for drone in drones:
        if (verb := _reported_with_effect(drone)) is not None:
            out[verb.i] = verb
    for uav in spelled:
        if (verb := _seen_flying(uav)) is not None:
            out[verb.i] = verb
    for drone in drones:
        if (verb := _forced_a_closure(drone)) is not None:
            out[verb.i] = verb
    return [(verb, "airspace") for _, verb in sorted(out.items())]


def _unmanned(noun: Token) -> bool:
    """ "unmanned aerial vehicles", "an uncrewed aircraft"."""
    return any(c.lower_ in _UNMANNED for c in noun.children if c.dep_ in ("amod", "compound"))


def _reported_with_effect(drone: Token) -> Token | None:
    sent = drone.sent
    verbs = [t for t in sent if t.lemma_.lower() in _REPORTING and t.pos_ == "VERB"]
    if len(verbs) != 1 or not _clean(sent):
        return None
    verb = verbs[0]
    if _denied(verb) or _denied(drone):
        return None
    after = doc_after(drone)
    if not (after and after.lower_ in _OVER) and drone.dep_ == "nsubjpass" and drone.head == verb:
        # "drones were also reported earlier this evening over X": the verb's own "over"
        after = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _OVER), None)
    if not (after and after.lower_ in _OVER):
        return None  # "drones were reported over X", "reported drones above X"
    if abs(verb.i - drone.i) > 3:
        return None
    if any(t.lemma_.lower() in _EFFECTS or t.lower_ in _EFFECTS for t in sent if t.i > verb.i):
        return verb
    return verb if _named_site_at_a_time(after, verb) else None  # a vaguer report is a hedge


_SITES = frozenset({"FAC", "GPE", "LOC", "ORG"})
_DOUBTS = frozenset(
    "rumour rumor claim claimed unconfirmed false hoax alarm allegedly reportedly untrue "
    "fake misidentified mistaken".split()
)


def _named_site_at_a_time(over: Token, verb: Token) -> bool:
    """ "On Thursday night, drones were reported over Skrydstrup air base": a
    report in the simple past of drones over a named site, with its time, is
    a sighting told; "drones have been reported over oil platforms" is a
    pattern, and "drones are reported over the base" a live rumour."""
    told = ("was", "were", "is", "are") if on_dated_line(verb) else ("was", "were")
    if not any(c.dep_ == "auxpass" and c.lower_ in told for c in verb.children):
        return False  # but "25–26 September — Drones are reported ...": a timeline's present
    sites = [g for g in over.children if g.dep_ == "pobj"]
    named = any(t.pos_ == "PROPN" or t.ent_type_ in _SITES for s in sites for t in s.subtree)
    if not named or any(t.lemma_.lower() in _DOUBTS for t in verb.sent):
        return False  # "rumours that drones were reported over X, a false alarm"
    return on_dated_line(verb) or any(t.ent_type_ in ("DATE", "TIME") for t in verb.sent)


def _seen_flying(uav: Token) -> Token | None:
    verb = uav.head
    if uav.dep_ not in ("dobj", "nsubj", "nsubjpass") or not _clean(uav.sent) or _denied(uav):
        return None
    if verb.lemma_.lower() in _FLYING and uav.dep_ == "nsubj":
        # "vehicles circling above the hangars", parsed as the complement of "saw"
        verb = verb.head if verb.head.lemma_.lower() in _SEEING else verb
    if verb.lemma_.lower() not in _SEEING and verb.lemma_.lower() not in _FLYING:
        return None
    flies = [t for t in uav.sent if t.lemma_.lower() in _FLYING] + [
        t for t in uav.sent if t.lower_ in _OVER and t.i > uav.i
    ]
    return verb if flies and not _denied(verb) else None


_CAUSING = frozenset({"force", "prompt", "cause", "lead", "trigger"})
_AIRPORTS = frozenset(
    "airport airports airfield airfields flight flights runway runways departures arrivals "
    "airspace".split()
)


def _forced_a_closure(drone: Token) -> Token | None:
    """ "Drones forced the closure of Aalborg airport", "drone sightings
    prompted the suspension of flights", "balloons caused Vilnius airport to
    close": the drones themselves (or their sightings) are the subject."""
    subject = drone
    if drone.dep_ == "compound" and drone.head.lemma_.lower() in ("sighting", "incursion"):
        subject = drone.head
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in _CAUSING or _denied(verb):
        return None
    if not _clean(drone.sent):
        return None
    after = [t for t in verb.subtree if t.i > verb.i]
    closed = any(t.lemma_.lower() in _EFFECTS or t.lower_ in _EFFECTS for t in after)
    airport = any(t.lemma_.lower() in _AIRPORTS for t in after)
    return verb if closed and airport else None


def doc_after(token: Token) -> Token | None:
    """The next token in the sentence, past adverbs ("reported overnight over")."""
    i = token.i + 1
    sent = token.sent
    while i < sent.end and token.doc[i].pos_ in ("AUX", "ADV", "VERB") and i - token.i < 4:
        i += 1
    return token.doc[i] if i < sent.end else None


def _clean(sent) -> bool:
    """No weapon used and no modal in the sentence."""
    return not any(t.lemma_.lower() in _FIGHT or t.tag_ == "MD" for t in sent)


def _denied(token: Token) -> bool:
    """ "no drones were reported", "guards did not see any UAVs"."""
    return any(c.lower_ in _HEDGES for c in token.children if c.dep_ in ("neg", "det"))
