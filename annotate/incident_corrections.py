"""A correction note retells the article's own events ("Correction: An
earlier version of this article said Karpovich had been shot. He was
stabbed."): what it says was wrong and what it puts right both belong to
an event the body tells, so no mention on such a line starts an event.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.parse_spans import doc_text

# "Correction:", "Correction, 18 February:", "Correction regarding Kiel:",
# "Clarification:", "Editor's note:", or a paragraph that opens with "An
# earlier version of this article" (one that only ends with it may tell the
# event first: "A fire destroyed a depot on Monday. An earlier version ...").
_CORRECTION_LINE = re.compile(
    r"\s*(?:(?:correction|clarification|editor['’]?s note)\b[^:\n]{0,40}:"
    r"|(?:an|the|our) earlier version of this (?:article|story|report|piece)\b"
    # a wire's update note: "(Adds DDoS attack on airport website in paragraph 7)"
    r"|\((?:adds|updates|recasts|rewrites|corrects|fixes|refiles|changes|removes)\b)",
    re.IGNORECASE,
)


def on_correction_line(head: Token) -> bool:
    """Whether the incident word stands in a paragraph that corrects the article."""
    text = doc_text(head.doc)
    start = text.rfind("\n", 0, head.idx) + 1
    end = text.find("\n", head.idx)
    return _CORRECTION_LINE.match(text, start, len(text) if end == -1 else end) is not None
