"""Incidents: what happened, as reported.

Incident words (nouns, verbs and phrases, each with its type) come from the
lexicon in `data/incidents.json` and are found with a spaCy `Matcher` on
lemmas. A match is an incident only if the dependency parse reports it as
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
from dataclasses import replace

from spacy.matcher import Matcher
from spacy.tokens import Doc, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from annotate.actors import ActorIndex
from annotate.incident_facts import date_of, perpetrator_of, place_of, span_of, tolls
from annotate.lexicons import incident_words, word_set
from annotate.model import Incident, Toll

_MATCHERS: dict[int, tuple[Vocab, Matcher, list[dict]]] = {}
_ANAPHORIC = frozenset({"these", "those", "such", "similar"})
_ANAPHOR_REACH = 2  # sentences back a bare "the attack" looks for what it repeats


def _forms(words: list[str]) -> list[str]:
    out = []
    for word in words:
        out += [word, word.capitalize(), word + "s", word + "es"]
    return out


def _matcher(vocab: Vocab) -> tuple[Matcher, list[dict]]:
    """The incident matcher for this vocab, built once from the lexicon."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1], cached[2]
    lex = incident_words()
    matcher = Matcher(vocab)
    nouns = {"POS": {"IN": ["NOUN", "PROPN"]}}
    for kind, words in lex["nouns"].items():
        forms = _forms(words)
        matcher.add(
            f"noun:{kind}",
            [[{"LEMMA": {"IN": forms}, **nouns}], [{"LOWER": {"IN": forms}, **nouns}]],
        )
    for kind, words in lex["verbs"].items():
        matcher.add(f"verb:{kind}", [[{"LEMMA": {"IN": words}, "POS": "VERB"}]])
    for kind, phrases in lex["phrases"].items():
        patterns = []
        for phrase in phrases:
            pattern: list[dict] = []
            for n, word in enumerate(phrase.split()):
                if n:
                    pattern.append({"ORTH": "-", "OP": "?"})
                pattern.append({"LEMMA": {"IN": _forms([word])}})
            patterns.append(pattern)
        matcher.add(f"phrase:{kind}", patterns)
    conditional = lex["conditional"]
    for n, entry in enumerate(conditional):
        pos = ["NOUN", "PROPN"] if entry["pos"] == "NOUN" else ["VERB"]
        matcher.add(
            f"cond:{n}", [[{"LEMMA": {"IN": _forms([entry["lemma"]])}, "POS": {"IN": pos}}]]
        )
    _MATCHERS[id(vocab)] = (vocab, matcher, conditional)
    return matcher, conditional


def find_incidents(doc: Doc, actors: ActorIndex | None) -> list[Incident]:
    """Reported incidents in document order (ids are given later by the engine)."""
    matcher, conditional = _matcher(doc.vocab)
    found: list[tuple[Token, str]] = []
    spans = []
    for match_id, start, end in matcher(doc):
        span = doc[start:end]
        span.label_ = doc.vocab.strings[match_id]
        spans.append(span)
    for span in filter_spans(spans):
        family, _, kind = span.label_.partition(":")
        head = span.root
        if family == "cond":
            entry = conditional[int(kind)]
            if not _in_context(head, entry):
                continue
            kind = entry["type"]
        if _excluded(head) or unreal(head):
            continue
        found.append((head, kind))
    found.sort(key=lambda f: f[0].i)
    heads = [h for h, _ in found]
    casualties = tolls(doc, heads)
    index = actors or ActorIndex()
    sentence = {t.i: n for n, sent in enumerate(doc.sents) for t in sent}
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
            date=date_of(head),
            toll=Toll(killed, injured) if (killed, injured) != (None, None) else None,
            perpetrator=perpetrator_of(head, index),
        )
        earlier = [k for k in kept if sentence[head.i] - sentence[k[0].i] <= _ANAPHOR_REACH]
        if earlier and _bare_definite(head) and incident.toll is None:
            # "Police blamed Islamic State for the attack": the incident already
            # reported, now with its perpetrator.
            first_head, first = earlier[-1]
            if first.perpetrator is None and incident.perpetrator is not None:
                kept[kept.index(earlier[-1])] = (
                    first_head,
                    replace(first, perpetrator=incident.perpetrator),
                )
            continue
        kept.append((head, incident))
    return [incident for _, incident in kept]


def _bare_definite(head: Token) -> bool:
    """ "the attack", "the blast": a definite incident noun with nothing of its own."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    children = list(head.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ in ("prep", "compound", "nummod", "poss", "npadvmod") for c in children
    )


def _in_context(head: Token, entry: dict) -> bool:
    """A word that is an incident only beside certain others ("severing" of a cable)."""
    words = entry["context"]
    wanted = word_set("infrastructure", "incidents") if words == "infrastructure" else set(words)
    if entry["in"] == "subtree":
        near = [t for t in head.subtree if t.i != head.i]
    else:
        near = [*head.children, head.head]
    return any(t.lemma_.lower() in wanted or t.lower_ in wanted for t in near)


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
