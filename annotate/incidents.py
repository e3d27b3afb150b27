"""Incidents: what happened, as reported, one entry per event.

Incident words (nouns, verbs and phrases, each with its type) come from the
lexicon in `data/incidents.json` and are found with a spaCy `PhraseMatcher`
on lemmas, plus what an agent named for the act does ("hackers took control
of a dam", "a gunman fired"). A match is a mention only if the dependency
parse reports it as real: nothing on its path up to the reporting clause is
negated ("did not attack", "no explosion"), modal or future ("would be",
"will strike"), conditional ("if ... attacks"), or governed by a word that
makes it a plan, threat, proposal, option or denial ("plans to attack",
"denied the attack"). Modifiers that make it unreal ("potential", "these
attacks") rule it out too. A culprit that is only suspected ("a tanker
suspected of causing the outage") leaves the event real.

Each mention gets its facts (`incident_facts`, `incident_places`,
`incident_tolls`, `incident_agents`, dates against the article's date in
`incident_dates`); `incident_events` then folds mentions into events and
keeps generic references (a campaign, a list of tactics) apart as patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from annotate.actor_drafts import sentence_numbers, tokens_among
from annotate.actors import ActorIndex
from annotate.article import guess_title
from annotate.incident_agents import culprits, perpetrator_of, victims_of
from annotate.incident_dates import dateline_date, dateline_end, is_point, offset_days, shifted
from annotate.incident_events import (
    LOOSE_WORDS,
    Event,
    Mention,
    anchored,
    as_pattern,
    event_incident,
    fold,
    is_generic,
    is_separate,
    refers_back,
)
from annotate.incident_facts import date_of, place_of, span_of
from annotate.incident_figures import figurative, objects
from annotate.incident_places import physical_things, rough_place
from annotate.incident_tolls import next_sentence_tolls, tolls
from annotate.lexicons import incident_words, word_set
from annotate.model import DateRef, Incident, Pattern

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)  # the article's date, set by the engine
if not Doc.has_extension("incident_patterns"):
    Doc.set_extension("incident_patterns", default=None)

_OPEN_GROUND = frozenset(
    "field forest wood woods lake sea river marsh meadow ground farmland".split()
)
_NAMED_ATTACKS = {
    "sabotage": "sabotage",
    "arson": "fire",
    "bomb": "explosion",
    "grenade": "explosion",
}
_TIME_WORDS = frozenset("dawn dusk noon midday midnight night morning evening hour minute".split())
_CULPRIT_REACH = 3  # sentences after an event in which a culprit named alone is its
_ANAPHORIC = frozenset({"these", "those", "such", "similar"})
_ATTRIBUTING = frozenset({"suspect", "suspicion", "accuse", "blame"})
_TEMPORAL = frozenset({"after", "since", "following", "during"})
_CIRCUMSTANCE = frozenset({"in", "at"})


def _pattern_docs(vocab: Vocab, phrase: str) -> list[Doc]:
    """A phrase as lemma docs, with and without hyphens ("cyber attack", "cyber-attack")."""
    words = phrase.split()
    docs = [Doc(vocab, words=words, lemmas=words)]
    if len(words) == 2:
        hyphened = [words[0], "-", words[1]]
        docs.append(Doc(vocab, words=hyphened, lemmas=hyphened))
    return docs


@dataclass(frozen=True)
class IncidentMatcher:
    """The incident words of the lexicon as a spaCy `PhraseMatcher` on lemmas
    (hash lookups, cheap beside the parse), with the conditional entries its
    `cond:N` labels index; the part of speech each entry needs is checked on
    the matches. Built once per pipeline by the `briefing_incidents` component."""

    matcher: PhraseMatcher
    conditional: list[dict]

    @classmethod
    def build(cls, vocab: Vocab) -> IncidentMatcher:
        lex = incident_words()
        matcher = PhraseMatcher(vocab, attr="LEMMA")
        for family in ("nouns", "verbs", "phrases"):
            for kind, words in lex[family].items():
                docs = [d for word in words for d in _pattern_docs(vocab, word)]
                matcher.add(f"{family}:{kind}", docs)
        conditional = lex["conditional"]
        for n, entry in enumerate(conditional):
            matcher.add(f"cond:{n}", _pattern_docs(vocab, entry["lemma"]))
        return cls(matcher, conditional)


def _fits_pos(span, family: str, conditional: list[dict], kind: str) -> bool:
    pos = span.root.pos_
    if family == "nouns" and span.root.tag_ == "VBG" and span.root.dep_.startswith("nsubj"):
        return True  # "Shelling hit a hospital": a gerund subject is a noun
    if family == "nouns" or (family == "cond" and conditional[int(kind)]["pos"] == "NOUN"):
        return pos in ("NOUN", "PROPN")
    if family == "verbs" or family == "cond":
        return pos == "VERB"
    return True


def find_incidents(
    doc: Doc, actors: ActorIndex | None, matcher: IncidentMatcher | None = None
) -> list[Incident]:
    """Reported events in document order (ids are given later by the engine);
    the generic references found on the way are left on the doc as
    `doc._.incident_patterns`. The pipeline component passes the matcher it
    owns; without one (a test, a script) one is built for this doc."""
    incidents, patterns = find_events(doc, actors, matcher)
    doc._.incident_patterns = patterns
    return incidents


def find_events(
    doc: Doc, actors: ActorIndex | None, matcher: IncidentMatcher | None = None
) -> tuple[list[Incident], list[Pattern]]:
    """Events (mentions folded, see `incident_events`) and patterns."""
    index = actors or ActorIndex()
    found = _mention_heads(doc, index, matcher or IncidentMatcher.build(doc.vocab))
    heads = [h for h, _ in found]
    casualties = tolls(doc, heads)
    sentence = sentence_numbers(doc)
    text = doc.text  # Doc.text joins every token anew: read it once
    reference = doc._.published or dateline_date(text)
    doc.user_data["briefing_dateline_end"] = dateline_end(text)
    headline_end = _headline_end(text)
    mentions: list[Mention] = []
    others = frozenset(h.i for h in heads)
    for head, kind in found:
        start, end = span_of(head)
        place, area = place_of(head)
        date, own = date_of(head, reference, others)
        killed, injured = casualties.get(head.i, (None, None))
        perpetrator, attribution = perpetrator_of(head, index)
        mentions.append(
            Mention(
                head=head,
                type=kind,
                start=start,
                end=end,
                sentence=sentence[head.i],
                headline=start < headline_end,
                place=place,
                area=area,
                date=date,
                date_own=own,
                killed=killed,
                injured=injured,
                perpetrator=perpetrator,
                agent_person=_is_person(index, perpetrator),
                attribution=attribution,
                victims=victims_of(head, index),
                loose=head.lemma_.lower() in LOOSE_WORDS and kind == "attack",
                generic=is_generic(
                    head, date is not None, bool(killed or injured), start < headline_end
                ),
                separate=is_separate(head),
                refers_back=refers_back(head),
                rough_place=place is not None and rough_place(head, place),
            )
        )
    _date_offsets(mentions)
    carried = next_sentence_tolls(doc, heads, [m.head for m in mentions if not m.generic])
    for m in mentions:
        if m.head.i in carried:
            m.carried = carried[m.head.i]
    generic = [m for m in mentions if m.generic]
    for m in mentions:
        if not m.generic and m.place is None:
            # "continues its bombardment of Ukraine, with four killed in a strike on
            # Monday": an instance of a campaign happens where the campaign does.
            around = [g for g in generic if g.sentence == m.sentence and g.place]
            if around:
                m.place = around[0].place
    # A word with nothing tying it to one event ("playing with fire", "a
    # terrorist attack" in general) may name an event told elsewhere, but never
    # makes one of its own.
    events = [
        e for e in fold([m for m in mentions if not m.generic]) if any(map(anchored, e.mentions))
    ]
    if any(not any(m.perpetrator for m in e.mentions) for e in events):
        _blame_after(events, culprits(doc, index))
    patterns = [as_pattern(m, text) for m in generic]
    return [event_incident(e, text) for e in events], patterns


def _blame_after(events: list[Event], named: dict[int, tuple[str, str]]) -> None:
    """An event with no perpetrator takes the culprit named in a sentence
    soon after it that tells of no other event ("The tanker X is suspected
    of dragging its anchor"); the first event that reaches it, once."""
    told = {m.sentence: n for n, e in enumerate(events) for m in e.mentions}
    for n, event in enumerate(events):
        if not named or any(m.perpetrator for m in event.mentions):
            continue
        sentences = [m.sentence for m in event.mentions if not m.headline]
        if not sentences:
            continue
        for s in range(min(sentences), max(sentences) + _CULPRIT_REACH + 1):
            if s in named and told.get(s, n) == n:
                m = event.mentions[-1]
                m.perpetrator, m.attribution = named.pop(s)  # one event's culprit
                break


def _date_offsets(mentions: list[Mention]) -> None:
    """ "Eight days later", "two weeks earlier": a date counted from the day
    of the event told before it."""
    last: str | None = None
    for m in mentions:
        if m.date is None:
            continue
        days = offset_days(m.date.text)
        if days is not None:
            m.date = DateRef(m.date.text, shifted(last, days))
        if m.date.iso and len(m.date.iso) == 10:
            last = m.date.iso


def _is_person(actors: ActorIndex, actor_id: str | None) -> bool:
    actor = actors.actor(actor_id) if actor_id else None
    return actor is not None and actor.kind == "person"


def _mention_heads(doc: Doc, actors: ActorIndex, words: IncidentMatcher) -> list[tuple[Token, str]]:
    """Every real mention of an incident: its head word and type."""

    def person(token: Token) -> bool:
        actor = actors.actor(actors.actor_of_token(token.i))
        return token.ent_type_ == "PERSON" or (actor is not None and actor.kind == "person")

    matcher, conditional = words.matcher, words.conditional
    found: list[tuple[Token, str]] = []
    spans = []
    for match_id, start, end in matcher(doc):
        label = doc.vocab.strings[match_id]
        family, _, kind = label.partition(":")
        span = doc[start:end]
        if not _fits_pos(span, family, conditional, kind):
            continue
        if family == "cond" and not _in_context(span.root, conditional[int(kind)]):
            continue  # several entries may share a word ("raid"): each tried in turn
        span.label_ = label
        spans.append(span)
    for span in filter_spans(spans):
        family, _, kind = span.label_.partition(":")
        head = span.root
        if family == "phrases" and head.pos_ == "VERB" and span[-1].pos_ == "NOUN":
            head = span[-1]  # "drone flights" misparsed with "drone" as a verb
        if family == "cond":
            kind = conditional[int(kind)]["type"]
        if _excluded(head) or (family != "phrases" and figurative(head, person)) or unreal(head):
            continue
        found.append((head, _refined(head, kind)))
    taken = {h.i for h, _ in found}
    for head, kind in _agent_verbs(doc):
        if head.i not in taken and not unreal(head):
            found.append((head, kind))
    found.sort(key=lambda f: f[0].i)
    verbs = {h.i for h, _ in found if h.pos_ == "VERB"}
    found = [(h, k) for h, k in found if not (h.dep_ == "dobj" and h.head.i in verbs)]
    nouns = {h.i for h, _ in found if h.pos_ != "VERB"}
    # "A car bomb exploded": the verb only says what the noun already reports;
    # but "shots were fired at a substation": the firing is the act.
    fired = {c.i for h, _ in found if h.pos_ == "VERB" for c in h.children if c.dep_ == "nsubjpass"}
    return [
        (h, k)
        for h, k in found
        if (h.pos_ != "VERB" and h.i not in fired)
        or (h.pos_ == "VERB" and not any(c.i in nouns and c.dep_ == "nsubj" for c in h.children))
    ]


def _agent_verbs(doc: Doc) -> list[tuple[Token, str]]:
    """ "Hackers took control of a dam", "a gunman fired": what an agent
    whose very name says the act (hacker, gunman, arsonist) did."""
    lex = incident_words()
    agents, idle = lex["agent_nouns"], set(lex["agent_idle_verbs"])
    idle_objects = set(lex["agent_idle_objects"])
    reporting = word_set("reporting_verbs")
    out = []
    for token in tokens_among(doc, frozenset(agents)):
        kind = agents.get(token.lower_)
        verb = token.head
        if kind is None or token.dep_ != "nsubj" or verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        aims = any(c.dep_ == "dobj" and c.lemma_.lower() in idle_objects for c in verb.children)
        if lemma not in idle and lemma not in reporting and not aims:
            out.append((verb, kind))  # not "hackers took aim at officials"
    return out


def _headline_end(text: str) -> int:
    """Where the article's headline line ends, or 0 when it has none."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    line = text[start:end].strip().lstrip("#").strip()
    return end if line and line == guess_title(text).strip() else 0


def _refined(head: Token, kind: str) -> str:
    """The type a word has here: a bombing is a strike only from the air; an
    attack on a website, or a denial-of-service attack, is a cyber intrusion."""
    lex = incident_words()
    lemma = head.lemma_.lower()
    near = {t.lower_ for t in head.subtree} | {t.lower_ for t in head.head.children}
    if lemma == "bombing" and kind == "strike":
        return "strike" if near & set(lex["air_words"]) or _bombed_wide(head) else "explosion"
    if kind == "strike" and lemma == "drone" and _crashed_in_the_open(head):
        return "airspace"  # "a drone crashed into a field": no target, an intrusion
    if lemma in ("attack", "assault") and kind == "attack":
        named = [c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")]
        if found := next((_NAMED_ATTACKS[n] for n in named if n in _NAMED_ATTACKS), None):
            return found  # "a sabotage attack", "an arson attack"
        words = {t.lower_ for t in head.subtree if t.i != head.i}
        if words & set(lex["cyber_words"]):
            return "cyber"
    return kind


def _crashed_in_the_open(drone: Token) -> bool:
    """A drone that came down in a field, a forest or a lake hit nothing."""
    verb = drone.head
    if drone.dep_ != "nsubj" or verb.lemma_.lower() not in ("crash", "fall", "land"):
        return False
    ground = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("into", "in", "on", "onto")
        for g in c.children
        if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
    ]
    return bool(ground) and all(g.lemma_.lower() in _OPEN_GROUND for g in ground)


def _bombed_wide(head: Token) -> bool:
    """ "the bombing of schools", "the bombing of Dresden": what an air campaign
    bombs is many targets or a whole place; a bomb a person sets off is in one."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.tag_ in ("NNS", "NNPS") or obj.ent_type_ in ("GPE", "LOC"):
                return True
    return False


@lru_cache(maxsize=256)
def _context_words(context: str | tuple[str, ...]) -> frozenset[str]:
    """An entry's context words, lists of the lexicon (or labels) joined by "+"."""
    if isinstance(context, str):
        words = [w for name in context.split("+") for w in incident_words().get(name, [name])]
    else:
        words = list(context)
    return frozenset(w.lower() for w in words)


def _in_context(head: Token, entry: dict) -> bool:
    """A word that is an incident only beside certain others: "severing" of a
    cable, "attacked" a town (not an opponent), a bomb that went off. Entity
    labels in the list (GPE, FAC, ...) stand for any such named thing. An
    entry may also name the `governors` its word must hang from."""
    context = entry["context"]
    wanted = _context_words(context if isinstance(context, str) else tuple(context))
    if "governors" in entry and head.head.lemma_.lower() not in entry["governors"]:
        return False  # "fragments of a drone" only when found, recovered ...
    if (wanted_target := entry.get("physical_target")) and not _hits_something(
        head, named=wanted_target == "named"
    ):
        return False  # "fired a warning shot at the leadership", "missiles into the sea"
    if entry["in"] == "subtree":
        near = [t for t in head.subtree if t.i != head.i]
    elif entry["in"] == "object":
        near = [t for t in objects(head, modifiers=False) if not _a_time(t)]
        if head.dep_ in ("oprd", "xcomp", "acomp") and not near:
            # "cables were found cut": what the governing verb was said of
            near = [c for c in head.head.children if c.dep_ in ("nsubjpass", "dobj")]
    elif entry["in"] == "patient":
        # "X was poisoned", "poisoned X", "X fell ill after being poisoned": the
        # one it was done to, or the subject of the clause it hangs from.
        near = objects(head, modifiers=False)
        clause = head.head.head if head.dep_ == "pcomp" else head.head
        if head.dep_ in ("pcomp", "advcl", "xcomp", "conj") and not near:
            near = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        near = [*head.children, head.head]
        if entry["type"] == "strike" and head.dep_ in ("nsubjpass", "dobj"):
            near.remove(head.head)  # "drones were destroyed": the weapon was hit
        if head.dep_ == "pobj" and head.head.lower_ in ("with", "by"):
            near.append(head.head.head)  # "hit a ship with missiles", "killed by a bomb"
    return any(
        t.lemma_.lower() in wanted
        or t.lower_ in wanted
        or t.ent_type_.lower() in wanted
        or (t.pos_ == "PROPN" and t.lower_.endswith("s") and t.lower_[:-1] in wanted)
        for t in near
    )  # "Warplanes struck": a plural the tagger took for a name keeps its "s"


def _hits_something(verb: Token, named: bool = False) -> bool:
    """What a shot is fired at or into, if named (or, with `named`, it must
    be), is a thing or a person; "a warning shot" is a figure, and missiles
    fired into the sea are a test."""
    if any(c.lower_ == "warning" for o in verb.children if o.dep_ == "dobj" for c in o.children):
        return False
    targets = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("at", "into", "against")
        for g in c.children
        if g.dep_ == "pobj" and not _a_time(g)
    ]
    victims = set(incident_words()["victim_nouns"])
    if named and not targets:
        return False
    return all(
        t.lemma_.lower() in physical_things()
        or t.lemma_.lower() in victims
        or t.ent_type_ in ("PERSON", "GPE", "FAC", "LOC", "NORP")
        or t.pos_ in ("PRON", "PROPN")
        for t in targets
    )


def _a_time(token: Token) -> bool:
    """ "at dawn", "on Sunday": a time (the tagger also calls some towns times)."""
    return token.ent_type_ in ("DATE", "TIME") and (
        is_point(token.text) or token.lemma_.lower() in _TIME_WORDS or token.like_num
    )


def _excluded(head: Token) -> bool:
    """Modifier uses ("fire crews"), set phrases ("cease-fire", "hunger strike")
    and anaphors of an incident already reported ("these attacks")."""
    if head.dep_ in ("compound", "amod") and head.head.pos_ in ("NOUN", "PROPN"):
        return True
    before = " ".join(t.lower_ for t in head.doc[max(0, head.i - 3) : head.i]).replace(" - ", " ")
    for word in incident_words()["exclude_before"].get(head.lemma_.lower(), []):
        if before.endswith(word) or before.endswith(word + " -"):
            return True
    lex = incident_words()
    after = lex["exclude_particles"].get(head.lemma_.lower(), [])
    if any(c.dep_ == "prt" and c.lower_ in after for c in head.children):
        return True  # "shelled out" money
    if head.dep_ == "dobj" and head.head.lemma_.lower() in lex["exclude_governors"].get(
        head.lemma_.lower(), []
    ):
        return True  # "makes a killing" on the markets
    return any(c.lower_ in _ANAPHORIC for c in head.children if c.dep_ in ("det", "amod"))


def unreal(head: Token) -> bool:
    """Negated, modal, conditional, planned, threatened, proposed or denied."""
    lex = incident_words()
    modals, negations = set(lex["modals"]), set(lex["negations"])
    conditionals, governors = set(lex["conditionals"]), set(lex["unreal_governors"])
    reporting = word_set("reporting_verbs")
    if _unreal_modifier(head, lex["unreal_modifiers"]):
        return True
    node, first, path = head, True, []
    while True:
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in negations):
                return True
            if child.dep_ in ("aux", "auxpass") and child.lower_ in modals:
                return True
            if child.dep_ == "mark" and child.lower_ in conditionals:
                return True
        if not first and node.lemma_.lower() in governors:
            # "a tanker suspected of causing the outage": the culprit is
            # suspected, the outage happened.
            # "suspected of cutting a cable": the cutting happened.
            via = len(path) >= 3 or any(t.lower_ == "of" for t in path)
            return not (node.lemma_.lower() in _ATTRIBUTING and via)
        path.append(node)
        if node.dep_ == "pobj" and node.head.lower_ in negations:
            return True  # "without incident"
        if node.dep_ == "pobj" and node.head.lower_ in _TEMPORAL:
            return False  # "halted after Friday's attack": what came before is real
        if node.dep_ == "pobj" and node.head.lower_ in _CIRCUMSTANCE:
            if node.head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                return False  # "one of the people in a mass shooting": a real thing's past
        if not first and node.pos_ == "VERB" and node.lemma_.lower() in reporting:
            return False  # the report itself is real; what it reports is, as told
        if node.dep_ == "relcl" and _unreal_modifier(node.head, lex["unreal_modifiers"]):
            return True  # "any drone that violates its airspace"
        if node.dep_ == "relcl" and node.tag_ in ("VBP", "VBZ", "VB") and unreal(node.head):
            return True  # "ready to shoot down drones that enter its airspace"
        if node.head.i == node.i or node.dep_ == "relcl":
            if node.head.i == node.i and _asked(head):
                return True  # "Was it an attack?"
            return False
        if node.dep_ == "acl" and node.tag_ == "VBN":
            return False  # "an iPhone used by one of the people in a shooting"
        if node.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False  # a finite adverbial clause has its own modality
        if node.dep_ == "conj" and _unreal_modifier(node.head, lex["unreal_modifiers"]):
            return True  # "no fires or explosions"
        if node.lower_ == "of" and _unreal_modifier(node.head, lex["unreal_modifiers"]):
            return True  # "potential acts of sabotage"
        node, first = node.head, False


def _asked(head: Token) -> bool:
    """A yes-or-no question about what a thing was ("Was it an attack?")."""
    words = [t for t in head.sent if not t.is_space]
    marks = [t for t in words if t.text == "?" and t.i > head.i]
    return (
        len(words) > 1
        and bool(marks)
        and all(t.dep_ != "ROOT" or t.i < marks[0].i for t in words)
        and head.dep_ in ("attr", "acomp")
        and words[0].lemma_.lower() in ("be", "do", "have", "could", "might")
    )


def _unreal_modifier(token: Token, words: list[str]) -> bool:
    """ "non-existent plans", "potential strikes", "no drones flew": a modifier
    before the word (of a verb, in its subject: not in a clause before it)."""
    start = token.left_edge.i
    if token.pos_ in ("VERB", "AUX"):
        before = [c for c in token.lefts if c.dep_ not in ("ccomp", "parataxis", "advcl", "punct")]
        before = [c for c in before if c.dep_ != "prep"] or before
        start = min((c.left_edge.i for c in before), default=token.i)
    left = token.doc[start : token.i].text.lower()
    return any(w in words for w in re.findall(r"[a-z]+(?:-[a-z]+)*", left))
