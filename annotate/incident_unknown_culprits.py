"""Sentences saying the doer is not known: "No operator has been
identified", "Nobody has claimed the intrusion", "It is not known who was
behind it", "The perpetrators remain unknown". After one, a culprit named
further on (a nation blamed for other acts, a suspect of another case) is
not the event's: the event told before keeps no perpetrator.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from annotate.actor_drafts import sentence_numbers
from annotate.parse_spans import doc_text

_NOBODY = (
    r"(?:no\s+one|nobody|no\s+(?:group|operator|culprit|perpetrator|suspect|party|state"
    r"|country|organi[sz]ation)s?)"
)
_UNKNOWN = re.compile(
    rf"\b{_NOBODY}\s+(?:has|have|had|was|were|is|are)?\s*(?:yet\s+|so\s+far\s+|since\s+)?"
    r"(?:been\s+)?(?:claimed|identified|named|traced|taken\s+responsibility)"
    r"|\b(?:it\s+(?:is|was|remains)\s+(?:not\s+(?:yet\s+)?(?:known|clear)|unclear|unknown)"
    r"|(?:is|was|remains|remained)\s+(?:not\s+(?:yet\s+)?known|unclear|unknown))\s+who\b"
    r"|\b(?:perpetrators?|culprits?|attackers?|operators?|those\s+responsible|who\s+was\s+behind\s+it)"
    r"\s+(?:remain|remains|remained|are|is|were|was)\s+(?:still\s+)?(?:unknown|unidentified)",
    re.IGNORECASE,
)


def unknown_culprit_sentences(doc: Doc) -> set[int]:
    """Numbers of the sentences that say no doer is known."""
    numbers, text = sentence_numbers(doc), doc_text(doc)
    return {
        numbers[sent.start]
        for sent in doc.sents
        if _UNKNOWN.search(text[sent.start_char : sent.end_char])  # no Token made per word
    }
