"""Incidents: what happened, as reported.

Incident words (nouns, verbs and phrases, each with its type) come from the
lexicon in `data/incidents.json` and are found with a spaCy `PhraseMatcher`
on lemmas. A match is an incident only if the dependency parse reports it as
real: nothing on its path up to the reporting clause is negated ("did not
attack", "no explosion"), modal or future ("would be", "could be
considered", "will strike"), conditional ("if ... attacks"), or governed by a
word that makes it a plan, threat, proposal, option or denial ("plans to
attack", "may consider launching strikes", "denied the attack").
Modifiers that make it unreal or merely anaphoric ("non-existent",
"potential", "these attacks") rule it out too.

Choice: a reported ongoing campaign counts, one incident per type named
("Putin's shadow war of sabotage, cyberattacks and airspace violations"
gives three), because the article reports those acts as happening; a bare
concept ("hybrid warfare", "war") is not in the lexicon and never counts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from annotate.actor_drafts import sentence_numbers
from annotate.actors import ActorIndex
from annotate.article import guess_title
from annotate.incident_dates import dateline_date
from annotate.incident_facts import date_of, perpetrator_of, place_of, span_of, tolls
from annotate.lexicons import incident_words, word_set
from annotate.model import Incident, Toll

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)  # the article's date, set by the engine

_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher, list[dict]]] = {}
_ANAPHORIC = frozenset({"these", "those", "such", "similar"})
_ANAPHOR_REACH = 2  # sentences back a bare "the attack" looks for what it repeats


def _pattern_docs(vocab: Vocab, phrase: str) -> list[Doc]:
    """A phrase as lemma docs, with and without hyphens ("cyber attack", "cyber-attack")."""
    words = phrase.split()
    docs = [Doc(vocab, words=words, lemmas=words)]
    if len(words) == 2:
        hyphened = [words[0], "-", words[1]]
        docs.append(Doc(vocab, words=hyphened, lemmas=hyphened))
    return docs


def _matcher(vocab: Vocab) -> tuple[PhraseMatcher, list[dict]]:
    """The incident matcher for this vocab, built once from the lexicon: a
    PhraseMatcher on lemmas (hash lookups, cheap beside the parse); the part
    of speech each entry needs is checked on the matches."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1], cached[2]
    lex = incident_words()
    matcher = PhraseMatcher(vocab, attr="LEMMA")
    for family in ("nouns", "verbs", "phrases"):
        for kind, words in lex[family].items():
            docs = [d for word in words for d in _pattern_docs(vocab, word)]
            matcher.add(f"{family}:{kind}", docs)
    conditional = lex["conditional"]
    for n, entry in enumerate(conditional):
        matcher.add(f"cond:{n}", _pattern_docs(vocab, entry["lemma"]))
    _MATCHERS[id(vocab)] = (vocab, matcher, conditional)
    return matcher, conditional


def _fits_pos(span, family: str, conditional: list[dict], kind: str) -> bool:
    pos = span.root.pos_
    if family == "nouns" or (family == "cond" and conditional[int(kind)]["pos"] == "NOUN"):
        return pos in ("NOUN", "PROPN")
    if family == "verbs" or family == "cond":
        return pos == "VERB"
    return True


def find_incidents(doc: Doc, actors: ActorIndex | None) -> list[Incident]:
    """Reported incidents in document order (ids are given later by the engine)."""
    matcher, conditional = _matcher(doc.vocab)
    found: list[tuple[Token, str]] = []
    spans = []
    for match_id, start, end in matcher(doc):
        label = doc.vocab.strings[match_id]
        family, _, kind = label.partition(":")
        span = doc[start:end]
        if _fits_pos(span, family, conditional, kind):
            span.label_ = label
            spans.append(span)
    for span in filter_spans(spans):
        family, _, kind = span.label_.partition(":")
        head = span.root
        if family == "cond":
            entry = conditional[int(kind)]
            if not _in_context(head, entry):
                continue
            kind = entry["type"]
        if _excluded(head) or _rhetorical(head) or unreal(head):
            continue
        found.append((head, kind))
    found.sort(key=lambda f: f[0].i)
    nouns = {h.i for h, _ in found if h.pos_ != "VERB"}
    # "A car bomb exploded": the verb only says what the noun already reports.
    found = [
        (h, k)
        for h, k in found
        if h.pos_ != "VERB"
        or not any(c.i in nouns and c.dep_.startswith("nsubj") for c in h.children)
    ]
    quoted = _quoted(doc)
    heads = [h for h, _ in found]
    casualties = tolls(doc, heads)
    index = actors or ActorIndex()
    sentence = sentence_numbers(doc)
    reference = doc._.published or dateline_date(doc.text)
    kept: list[tuple[Token, Incident]] = []
    for head, kind in found:
        start, end = span_of(head)
        killed, injured = casualties.get(head.i, (None, None))
        incident = Incident(
            id="",
            start=start,
            end=end,
            text=doc.text[start:end],
            type=kind,  # type: ignore[arg-type]
            place=place_of(head),
            date=date_of(head, reference),
            toll=Toll(killed, injured) if (killed, injured) != (None, None) else None,
            perpetrator=perpetrator_of(head, index),
        )
        earlier = [k for k in kept if sentence[head.i] - sentence[k[0].i] <= _ANAPHOR_REACH]
        same = [k for k in earlier if k[1].type == incident.type]
        if same and _characterisation(head, incident, quoted):
            # “It was arson,” the inspector said: the fire already reported, named.
            _fold(kept, kept.index(same[-1]), incident)
        elif earlier and _bare_definite(head) and incident.toll is None:
            # "Police blamed Islamic State for the attack": the incident already
            # reported, now with its perpetrator.
            _fold(kept, kept.index(earlier[-1]), incident)
        else:
            kept.append((head, incident))
    return _headline_folded(kept, _headline_end(doc.text))


def _quoted(doc: Doc) -> Callable[[int], bool]:
    """Whether a character offset lies inside a quotation of the doc."""
    spans = sorted(doc._.quotes or []) if Doc.has_extension("quotes") else []
    starts = [a for a, _ in spans]

    def inside(offset: int) -> bool:
        k = bisect_right(starts, offset) - 1
        return k >= 0 and offset < spans[k][1]

    return inside


def _characterisation(head: Token, incident: Incident, quoted: Callable[[int], bool]) -> bool:
    """A fact-less mention that names an event already reported rather than
    reporting a new one: in a quotation (“It was arson”) or as what
    something "was" (the fire was sabotage)."""
    if incident.place or incident.date or incident.toll:
        return False
    predicate = head.dep_ in ("attr", "acomp") and head.head.lemma_ == "be"
    return predicate or quoted(head.idx)


def _headline_end(text: str) -> int:
    """Where the article's headline line ends, or 0 when it has none."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    line = text[start:end].strip().lstrip("#").strip()
    return end if line and line == guess_title(text).strip() else 0


def _fold(kept: list[tuple[Token, Incident]], n: int, mention: Incident) -> None:
    """A later mention of kept[n]'s incident: it adds only a perpetrator the
    first report lacked."""
    head, first = kept[n]
    if first.perpetrator is None and mention.perpetrator is not None:
        kept[n] = (head, replace(first, perpetrator=mention.perpetrator))


def _headline_folded(kept: list[tuple[Token, Incident]], headline_end: int) -> list[Incident]:
    """A headline names the story's incident ("Harbour fire blamed on
    saboteurs"); the body reports it with its facts. Keep the body's
    mention of the same type, with the headline's perpetrator if it has none."""
    body = [(h, i) for h, i in kept if i.start >= headline_end]
    out = list(body)
    for head, incident in kept:
        if incident.start >= headline_end:
            continue
        twin = next((n for n, (_, b) in enumerate(out) if b.type == incident.type), None)
        if twin is None:
            out.append((head, incident))
        else:
            _fold(out, twin, incident)
    out.sort(key=lambda pair: pair[1].start)
    return [incident for _, incident in out]


def _bare_definite(head: Token) -> bool:
    """ "the attack", "the blast": a definite incident noun with nothing of its own."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    children = list(head.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ in ("prep", "compound", "nummod", "poss", "npadvmod") for c in children
    )


def _in_context(head: Token, entry: dict) -> bool:
    """A word that is an incident only beside certain others: "severing" of a
    cable, "attacked" a town (not an opponent), a bomb that went off. Entity
    labels in the list (GPE, FAC, ...) stand for any such named thing."""
    words = entry["context"]
    if isinstance(words, str):  # the name of another list in the lexicon
        words = incident_words()[words]
    wanted = {w.lower() for w in words}
    if entry["in"] == "subtree":
        near = [t for t in head.subtree if t.i != head.i]
    elif entry["in"] == "object":
        near = _objects(head)
    else:
        near = [*head.children, head.head]
        if entry["type"] == "strike" and head.dep_ in ("nsubjpass", "dobj"):
            near.remove(head.head)  # "drones were destroyed": the weapon was hit
    return any(
        t.lemma_.lower() in wanted or t.lower_ in wanted or t.ent_type_.lower() in wanted
        for t in near
    )


def _objects(head: Token) -> list[Token]:
    """What an action is done to: its object, or the "of"/"to"/"on" phrase of a
    noun, with their modifiers ("undersea Baltic cables")."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "to", "on", "against"):
            objects += [c for c in prep.children if c.dep_ == "pobj"]
    return objects + [m for o in objects for m in o.children if m.dep_ in ("compound", "amod")]


def _rhetorical(head: Token) -> bool:
    """ "his attacks on a former Miss Universe", "attacks on his biography": an
    attack on something that is not a physical target is political speech."""
    if head.lemma_.lower() not in ("attack", "assault") or head.pos_ == "VERB":
        return False  # the verb is checked against its object by the lexicon
    targets = [o for o in _objects(head) if o.dep_ == "pobj"]
    if not targets:
        return False
    physical = {w.lower() for w in incident_words()["physical_targets"]}
    return not any(
        t.lemma_.lower() in physical or t.ent_type_.lower() in physical
        for t in targets
        + [m for t in targets for m in t.children if m.dep_ in ("compound", "amod")]
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
    return any(c.lower_ in _ANAPHORIC for c in head.children if c.dep_ in ("det", "amod"))


def unreal(head: Token) -> bool:
    """Negated, modal, conditional, planned, threatened, proposed or denied."""
    lex = incident_words()
    modals, negations = set(lex["modals"]), set(lex["negations"])
    conditionals, governors = set(lex["conditionals"]), set(lex["unreal_governors"])
    reporting = word_set("reporting_verbs")
    if _unreal_modifier(head, lex["unreal_modifiers"]):
        return True
    node, first = head, True
    while True:
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in negations):
                return True
            if child.dep_ in ("aux", "auxpass") and child.lower_ in modals:
                return True
            if child.dep_ == "mark" and child.lower_ in conditionals:
                return True
        if not first and node.lemma_.lower() in governors:
            return True
        if node.dep_ == "pobj" and node.head.lower_ in negations:
            return True  # "without incident"
        if not first and node.pos_ == "VERB" and node.lemma_.lower() in reporting:
            return False  # the report itself is real; what it reports is, as told
        if node.head.i == node.i or node.dep_ == "relcl":
            return False
        if node.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False  # a finite adverbial clause has its own modality
        if node.dep_ == "conj" and _unreal_modifier(node.head, lex["unreal_modifiers"]):
            return True  # "no fires or explosions"
        node, first = node.head, False


def _unreal_modifier(token: Token, words: list[str]) -> bool:
    """ "non-existent plans", "potential strikes": a modifier before the word."""
    left = token.doc[token.left_edge.i : token.i].text.lower()
    return any(w in words for w in re.findall(r"[a-z]+(?:-[a-z]+)*", left))
