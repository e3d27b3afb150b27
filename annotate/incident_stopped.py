"""Acts that were set up but did not happen, and acts told as a rule.

- "he had been paid to torch a second depot but was arrested before he
  could act", "was tasked with setting fire to a warehouse but was caught
  before he could", "travelled to Kalisz to blow up the line; police
  detained him before he reached it": an act told only as an errand (an
  infinitive, or "tasked with" + -ing) in a sentence that says its doer was
  stopped. Without a word of stopping the errand is left as it is told
  ("was paid to set fire to a warehouse in March" may well have been done).
- "Every time a cable goes dark in the Baltic, the same questions are
  asked", "whenever a drone flies over an airport, flights stop", "when a
  drone enters Polish airspace, jets are scrambled": a clause of "every
  time", "each time", "whenever" in the present, or of "when" before a
  present clause, tells a habit or a rule, no event.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.parse_spans import span_text

# The doer was stopped: "before he could act", "was arrested before", "foiled".
_DOERS = r"(?:he|she|they|it|the (?:man|woman|men|women|suspect|suspects|pair|cell|group|agent))"
_STOPPED = re.compile(
    rf"\bbefore {_DOERS} (?:could|was able|were able|had (?:a|the) chance|managed|got)\b"
    r"|\b(?:arrested|caught|detained|stopped|intercepted|apprehended|seized|held)\b[^.;]*"
    r"\bbefore\b"
    r"|\b(?:foiled|thwarted|disrupted|prevented|averted)\b"
    r"|\bbut (?:never|did not|didn't|failed|abandoned|backed out|changed his mind)\b"
    r"|\bon (?:his|her|their) way to\b",
    re.IGNORECASE,
)
# "tasked with setting fire", "charged with blowing up": an errand given.
_ERRAND_PREPS = frozenset({"with"})
_ERRAND_GIVERS = frozenset(
    "task charge entrust commission assign instruct order hire pay recruit ask".split()
)


def stopped_errand(head: Token) -> bool:
    """An act told as an infinitive or an errand ("tasked with setting
    fire"), in a sentence that says its doer was stopped before it."""
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") and head.pos_ != "VERB" else head
    if verb.pos_ != "VERB":
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    errand = (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ in _ERRAND_PREPS
        and verb.head.head.lemma_.lower() in _ERRAND_GIVERS
    )
    if not (infinitive or errand):
        return False
    rest = span_text(head.doc[verb.i : head.sent.end])  # what is told after the act
    return bool(_STOPPED.search(rest))


_EVERY = frozenset({"every", "each", "any"})
_PRESENT = frozenset({"VBZ", "VBP"})


def told_as_rule(head: Token) -> bool:
    """The mention is in, or is the subject of, a present clause of "every
    time", "each time" or "whenever"."""
    for node in (head, *head.ancestors):
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if not _present(node):
            return False  # the nearest clause is the one that counts
        return _habit_clause(node)
    return False


def _present(verb: Token) -> bool:
    """ "goes", "is set on fire", "has been cut"."""
    if verb.tag_ in _PRESENT:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT for c in verb.children)


def _habit_clause(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ in ("advmod", "mark") and c.lower_ == "whenever":
            return True
        if c.dep_ == "advmod" and c.lower_ == "when" and verb.dep_ == "advcl":
            # "When a drone enters Polish airspace, jets are scrambled": a rule
            # when what follows is in the present too
            return _present(verb.head) and verb.head.i > verb.i
    if verb.dep_ in ("relcl", "advcl", "acl"):
        time = verb.head  # the parser's "[every] time [a cable goes dark]"
        if time.lower_ == "time" and any(d.lower_ in _EVERY for d in time.children):
            return True
    for c in verb.children:  # "time" hung on the verb as a noun phrase
        if c.lower_ == "time" and any(d.lower_ in _EVERY for d in c.children):
            return True
    return False
