"""Websites put out of reach, told by their state ("the ministry's websites
were unreachable for three hours", "the portal was made inaccessible"): a
cyber incident only when the same or the next sentence says who claimed it
or that hackers did it; an outage with no such word may be a fault.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.parse_spans import doc_text

_SITES = frozenset(
    "website websites site sites portal portals homepage server servers page pages".split()
)
_OUT = frozenset("unreachable inaccessible unavailable offline".split())
_CLAIMED = frozenset({"responsibility", "credit"})
_HACK_WORDS = frozenset("hacker hackers ddos hacktivist hacktivists cyberattack".split())
_ROUTINE = frozenset("maintenance upgrade update fault glitch outage failure planned".split())


def claimed_outages(doc: Doc) -> list[tuple[Token, str]]:
    """The state word ("unreachable") of each such outage, as a cyber incident."""
    lowered = doc_text(doc).lower()
    if not any(word in lowered for word in _OUT):
        return []  # most articles: no state word, and no walk over the tokens
    found = []
    for token in doc:
        if token.lower_ not in _OUT or not _of_a_site(token):
            continue
        sent = token.sent
        if any(t.lemma_.lower() in _ROUTINE for t in sent):
            continue  # "offline for planned maintenance"
        near = [sent, doc[sent.end].sent] if sent.end < len(doc) else [sent]
        if any(_claimed(t) or t.lower_ in _HACK_WORDS for s in near for t in s):
            found.append((token, "cyber"))
    return found


def _of_a_site(state: Token) -> bool:
    """ "the websites were unreachable", "made the portal inaccessible"."""
    verb = state.head if state.dep_ in ("acomp", "oprd", "ccomp", "xcomp") else None
    if verb is None or verb.lemma_.lower() not in ("be", "go", "make", "remain", "render"):
        return False
    who = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(w.lemma_.lower() in _SITES or w.lower_ in _SITES for w in who)


def _claimed(token: Token) -> bool:
    """ "claimed responsibility", "claimed credit" (the parser may not join
    them), not "nobody has claimed responsibility"."""
    if token.lemma_.lower() != "claim":
        return False
    after = token.doc[token.i + 1 : token.i + 4]
    before = {t.lower_ for t in token.doc[token.sent.start : token.i]}
    return any(t.lower_ in _CLAIMED for t in after) and not before & _NO


_NO = frozenset("no nobody not n't none neither".split())
