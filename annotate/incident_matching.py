"""Incident words found in a doc: the lexicon as a spaCy `PhraseMatcher` on
lemmas, what an agent named for the act does ("hackers took control of a
dam"), and the type each word has in its context; figurative and set uses
left out.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from annotate.actor_drafts import tokens_among
from annotate.actors import ActorIndex
from annotate.incident_air_kinds import air_dropped, came_down_in_the_open
from annotate.incident_anchor_drags import anchor_drags
from annotate.incident_attack_words import attack_words
from annotate.incident_closures import closed_for_flyers
from annotate.incident_contexts import fits_context
from annotate.incident_dated_lines import on_dated_line
from annotate.incident_dates import is_point
from annotate.incident_defaced import defaced, of_an_office_holder
from annotate.incident_discoveries import found_malware
from annotate.incident_enemy import enemy_strikes
from annotate.incident_faults import found_harmless
from annotate.incident_figures import figurative
from annotate.incident_impacts import hit_nothing, unexploded
from annotate.incident_intruders import agent_verb, intruders_acts
from annotate.incident_kinds import from_afar
from annotate.incident_lawful_boardings import lawful_boardings, lawful_kinds, told_with_damage
from annotate.incident_mistaken import mistaken
from annotate.incident_named_links import split_links
from annotate.incident_outages import claimed_outages
from annotate.incident_poison_found import poison_found
from annotate.incident_poison_methods import poisoned_by_method
from annotate.incident_reality import unreal
from annotate.incident_reported_drones import reported_drones
from annotate.incident_set_upon import found_wounded
from annotate.incident_sightings import split_sightings
from annotate.incident_state_strikes import instruments, state_strikes
from annotate.incident_town_strikes import on_a_place, town_it_hit
from annotate.incident_unconfirmed import unconfirmed
from annotate.incident_weapon_landings import (
    bomb_from_afar,
    no_weapon_came_down,
    weapon_landings,
)
from annotate.lexicons import incident_words, word_set
from annotate.parse_spans import doc_text

_NAMED_ATTACKS = {
    "sabotage": "sabotage",
    "arson": "fire",
    "bomb": "explosion",
    "grenade": "explosion",
}
_THROWN = frozenset({"throw", "hurl", "lob"})
_INCENDIARIES = frozenset({"petrol", "gasoline", "molotov", "incendiary", "firebomb", "firebombs"})
_ANAPHORIC = frozenset({"these", "those", "such", "similar"})
_GROUPS = frozenset("group collective gang cell team network crew unit outfit".split())


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
                if family == "nouns":
                    # "— Fire destroyed a warehouse": a capital the tagger took
                    # for a name keeps it in its lemma
                    docs += [Doc(vocab, words=[w.title()], lemmas=[w.title()]) for w in words]
                matcher.add(f"{family}:{kind}", docs)
        conditional = lex["conditional"]
        for n, entry in enumerate(conditional):
            docs = _pattern_docs(vocab, entry["lemma"])
            if entry["pos"] == "NOUN" and " " not in entry["lemma"]:
                docs += _opening_names(vocab, entry["lemma"])
            matcher.add(f"cond:{n}", docs)
        return cls(matcher, conditional)


def _opening_names(vocab: Vocab, word: str) -> list[Doc]:
    """ "Rockets rained down on ...": a plural first in its sentence that the
    tagger took for a name keeps its capital and its "s" in the lemma."""
    forms = (word.title(), word.title() + "s")
    return [Doc(vocab, words=[w], lemmas=[w]) for w in forms]


def _priority(label: str, conditional: list[dict]) -> tuple[int, int]:
    family, _, kind = label.partition(":")
    if family != "cond":
        return (1, 0)
    return (0 if conditional[int(kind)].get("subject") else 1, int(kind))


def _fits_pos(span, family: str, conditional: list[dict], kind: str) -> bool:
    pos = span.root.pos_
    if family == "nouns" and span.root.tag_ == "VBG" and span.root.dep_.startswith("nsubj"):
        return True  # "Shelling hit a hospital": a gerund subject is a noun
    if family == "nouns" or (family == "cond" and conditional[int(kind)]["pos"] == "NOUN"):
        # "fragments of a drone were found", tagged a verb: a subject is a noun
        return pos in ("NOUN", "PROPN") or span.root.dep_ in ("nsubj", "nsubjpass")
    if family == "cond" and conditional[int(kind)]["pos"] == "ADJ":
        return pos in ("ADJ", "VERB")  # "signals were jammed", tagged an adjective
    if family == "cond" and conditional[int(kind)].get("misparsed") and pos == "NOUN":
        return _timeline_present(span.root)  # "3 March — A freight train derails near X"
    if family == "verbs" or family == "cond":
        return pos == "VERB"
    return True


def _timeline_present(token: Token) -> bool:
    """A verb in the present that the tagger took for a noun ("derails"),
    in a sentence that carries its date, as a timeline's entry does."""
    if on_dated_line(token) and token.dep_ == "ROOT":
        return True  # "14 January - Balloons drift into ...": the line's verb
    if not token.lower_.endswith("s"):
        return False
    lines = doc_text(token.doc)[: token.sent.start_char].rstrip().split("\n")
    told = doc_text(token.doc)[token.sent.start_char : token.idx].split("\n")
    heading = told[-2] if len(told) > 1 else lines[-1]  # the date line run in, or above
    return is_point(heading.strip()) or any(
        t.ent_type_ == "DATE" and is_point(t.text) for t in token.sent
    )


def mention_heads(doc: Doc, actors: ActorIndex, words: IncidentMatcher) -> list[tuple[Token, str]]:
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
        if span.root.lemma_[:1].isupper() and not _opens(span.root):
            continue  # "Team Inferno": a name, not a fire
        if family == "cond" and not fits_context(span.root, conditional[int(kind)]):
            continue  # several entries may share a word ("raid"): each tried in turn
        span.label_ = label
        spans.append(span)
    # Several entries may fit one word: the one with a subject it requires
    # ("drones attacked X": a strike) before a looser one, then in the
    # lexicon's order, never in the order of the labels' hashes.
    spans.sort(key=lambda span: (span.start, span.end, _priority(span.label_, conditional)))
    for span in filter_spans(spans):
        family, _, kind = span.label_.partition(":")
        head = span.root
        if family == "phrases" and head.pos_ == "VERB" and span[-1].pos_ == "NOUN":
            head = span[-1]  # "drone flights" misparsed with "drone" as a verb
        if family == "cond":
            kind = conditional[int(kind)]["type"]
        if _excluded(head) or (family != "phrases" and figurative(head, person)) or unreal(head):
            continue
        if hit_nothing(head) or unexploded(head) or no_weapon_came_down(head):
            continue  # "missiles slammed into the sea", "shells that did not explode"
        found.append((head, _refined(head, kind)))
    found = lawful_kinds(doc, found)  # "Estonian forces board the tanker X": no attack
    taken = {h.i for h, _ in found}
    told = _agent_verbs(doc) + claimed_outages(doc) + found_wounded(doc) + found_malware(doc)
    told += defaced(doc) + reported_drones(doc) + poisoned_by_method(doc) + poison_found(doc)
    told += intruders_acts(doc) + enemy_strikes(doc) + weapon_landings(doc)
    told += anchor_drags(doc)  # "suspected of dragging its anchor across a cable"
    told += lawful_boardings(doc)  # "Finnish police boarded the tanker Eagle S"
    told += closed_for_flyers(doc)  # "the airport was closed after balloons drifted in"
    for head, kind in told:
        if head.i not in taken and not unreal(head):
            found.append((head, kind))
    struck = state_strikes(doc)  # "Russia struck Kharkiv", "attacked X with drones"
    weapons = instruments([v for v, _ in struck])
    found = [(h, k) for h, k in found if h.i not in weapons]
    found += [(v, k) for v, k in struck if v.i not in taken and not unreal(v)]
    found = told_with_damage(found)  # "a cable was cut, and police boarded the tanker X"
    taken = {h.i for h, _ in found}
    found = split_sightings(doc, sorted(found, key=lambda f: f[0].i))
    found = split_links(doc, found)
    # a drone seen that a sentence after calls a helicopter was never one
    found = [
        (h, k)
        for h, k in found
        if h.i in taken or not (mistaken(h) or unconfirmed(h) or found_harmless(h))
    ]
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
        or (
            h.pos_ == "VERB"
            and not any(c.i in nouns and c.dep_ == "nsubj" for c in h.children)
            and not _what_it_did(h, nouns)
        )
    ]


def _what_it_did(verb: Token, nouns: set[int]) -> bool:
    """ "a fire that damaged a substation": the damage is the fire's doing,
    told in its relative clause, not a second incident."""
    return (
        verb.dep_ == "relcl"
        and verb.head.i in nouns
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)
    )


def _opens(token: Token) -> bool:
    """First word of its sentence, or right after a dateline's dash."""
    return token.is_sent_start or token.i == 0 or token.doc[token.i - 1].text in ("—", "–", "-")


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
        subject = token
        while (
            subject.dep_ == "compound"
            and subject.head.i > subject.i
            and (subject.head.lemma_.lower() in _GROUPS or subject.lemma_.lower() in _GROUPS)
        ):
            subject = subject.head  # "the hacker group X flooded ...": the group's act
        verb = agent_verb(subject)  # "hackers took ...", "the hackers who opened ..."
        if kind is None or verb is None or verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        aims = any(c.dep_ == "dobj" and c.lemma_.lower() in idle_objects for c in verb.children)
        if lemma not in idle and lemma not in reporting and not aims:
            out.append((verb, _refined(verb, kind)))  # not "hackers took aim at officials"
    return out


def _refined(head: Token, kind: str) -> str:
    """The type a word has here: a bombing is a strike only from the air; an
    attack on a website, or a denial-of-service attack, is a cyber intrusion."""
    lex = incident_words()
    lemma = head.lemma_.lower()
    near = {t.lower_ for t in head.subtree} | {t.lower_ for t in head.head.children}
    if lemma == "bombing" and kind == "strike":
        return "strike" if near & set(lex["air_words"]) or _bombed_wide(head) else "explosion"
    if kind == "explosion" and lemma in _THROWN and _incendiary(head):
        return "fire"  # "hurled a petrol bomb at an office": set on fire, not blown up
    if kind == "explosion" and lemma == "bomb" and (air_dropped(head) or bomb_from_afar(head)):
        return "strike"  # "a guided aerial bomb hit a factory": dropped by an air force
    if kind == "sabotage" and of_an_office_holder(head):
        return "attack"  # "the office of an MP was vandalised": done to the MP
    if kind == "strike" and lemma == "drone" and came_down_in_the_open(head):
        return "airspace"  # "a drone crashed into a field": no target, an intrusion
    if lemma in ("attack", "assault") and kind == "attack":
        named = [c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")]
        if found := next((_NAMED_ATTACKS[n] for n in named if n in _NAMED_ATTACKS), None):
            return found  # "a sabotage attack", "an arson attack"
        if attack_words(head) & set(lex["cyber_words"]):
            return "cyber"
        if from_afar(head):
            return "strike"  # "a Russian attack on the port with drones and missiles"
        if town_it_hit(head) is not None or on_a_place(head):
            return "strike"  # "the Russian attack hit the city of Lutsk", "... on western Ukraine"
    return kind


def _incendiary(verb: Token) -> bool:
    """What was thrown burns: a petrol bomb, a Molotov cocktail, a firebomb."""
    thrown = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
    return any(t.lower_ in _INCENDIARIES or t.lemma_.lower() in _INCENDIARIES for t in thrown)


def _bombed_wide(head: Token) -> bool:
    """ "the bombing of schools", "the bombing of Dresden": what an air campaign
    bombs is many targets or a whole place; a bomb a person sets off is in one."""
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.tag_ in ("NNS", "NNPS") or obj.ent_type_ in ("GPE", "LOC"):
                return True
    return False


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
