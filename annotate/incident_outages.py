"""Websites put out of reach, told by their state ("the ministry's websites
were unreachable for three hours", "the portal was made inaccessible"): a
cyber incident only when the same or the next sentence says who claimed it
or that hackers did it; an outage with no such word may be a fault.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from annotate.incident_reality import unreal
from annotate.parse_spans import tokens_with

_SITES = frozenset(
    "website websites site sites portal portals homepage server servers page pages "
    "system systems platform platforms app apps e-services".split()
)
_OUT = frozenset("unreachable inaccessible unavailable offline down".split())
_PUT = frozenset({"be", "go", "make", "remain", "render", "stay", "leave", "knock"})
_CLAIMED = frozenset({"responsibility", "credit"})
_HACK_WORDS = frozenset(
    "hacker hackers hack hacked ddos hacktivist hacktivists cyberattack cyberattacks "
    "cyber-attack cyber-attacks ransomware botnet".split()
)
_ROUTINE = frozenset("maintenance upgrade update fault glitch outage failure planned".split())


def claimed_outages(doc: Doc) -> list[tuple[Token, str]]:
    """The state word ("unreachable") of each such outage, as a cyber incident."""
    found = []
    for token in tokens_with(doc, LOWER, _OUT):
        if not _of_a_site(token):
            continue
        sent = token.sent
        if any(t.lemma_.lower() in _ROUTINE for t in sent):
            continue  # "offline for planned maintenance"
        near = [sent, doc[sent.end].sent] if sent.end < len(doc) else [sent]
        if any(_claimed(t) or _hack_told(t) for s in near for t in s):
            found.append((token, "cyber"))
    return found


def _of_a_site(state: Token) -> bool:
    """ "the websites were unreachable", "made the portal inaccessible"."""
    verb = state.head if state.dep_ in ("acomp", "oprd", "ccomp", "xcomp", "prt") else None
    if state.dep_ == "prt" and verb.lemma_.lower() != "go":
        return False  # "took down the hackers' websites": a doer's act, told by its verb
    if verb is None or verb.lemma_.lower() not in _PUT:
        return False
    who = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    return any(w.lemma_.lower() in _SITES or w.lower_ in _SITES for w in who)


def _hack_told(token: Token) -> bool:
    """A word of hacking ("hackers", "a DDoS", "a denial-of-service attack",
    "a cyber attack") told as real: not "ruled out a cyberattack", "hackers
    were not involved", "whether hackers were behind it"."""
    word = token.lower_
    if word == "denial":
        told = "service" in token.doc[token.i : token.i + 5].text.lower()
    elif word == "cyber":
        told = token.i + 1 < len(token.doc) and token.doc[token.i + 1].lemma_.lower() == "attack"
    else:
        told = word in _HACK_WORDS or token.lemma_.lower() in _HACK_WORDS
    return told and not unreal(token) and not _doubted(token)


def _doubted(token: Token) -> bool:
    """Said of in a clause that rules it out or asks about it."""
    for node in (token, *token.ancestors):
        if node.lemma_.lower() in _DOUBTING:
            return True
        if any(c.dep_ in ("mark", "neg") and c.lower_ in _OPEN for c in node.children):
            return True
    return any(c.lower_ == "no" for c in token.children)


_DOUBTING = frozenset({"rule", "exclude", "deny", "dismiss", "investigate", "examine", "probe"})
_OPEN = frozenset({"whether", "if", "not", "n't", "never"})


def _claimed(token: Token) -> bool:
    """ "claimed responsibility", "claimed credit" (the parser may not join
    them), not "nobody has claimed responsibility"."""
    if token.lemma_.lower() != "claim":
        return False
    after = token.doc[token.i + 1 : token.i + 4]
    before = {t.lower_ for t in token.doc[token.sent.start : token.i]}
    # "a pro-Russian group claimed it on Telegram" (not "claimed it was a fault")
    owned = any(c.dep_ == "dobj" and c.lower_ in _OUTAGE for c in token.children)
    # "Both attacks were claimed on Telegram by X": the attacks, claimed
    owned = owned or any(
        c.dep_ == "nsubjpass" and (c.lower_ in _OUTAGE or c.lemma_.lower() == "attack")
        for c in token.children
    )
    return (owned or any(t.lower_ in _CLAIMED for t in after)) and not before & _NO


_OUTAGE = frozenset({"it", "them", "this", "outage", "outages"})


_NO = frozenset("no nobody not n't none neither".split())
