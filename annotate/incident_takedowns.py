"""What the authorities do against criminals is not an incident: police
taking down a ransomware gang's leak site, hacking into its servers or
knocking its botnet offline ("the attack on its leak site on Wednesday was
part of an operation by Europol"). Told by the doer (police, a law
enforcement agency) or by the target (what only criminals run: a leak site,
a botnet, the gang's or the hackers' own servers). Only cyber acts and bare
"attack" words: police as victims ("officers were attacked") stay events."""

from __future__ import annotations

from spacy.tokens import Token

_LAW = frozenset(
    "police policemen officers europol interpol fbi nca bka enforcement prosecutors "
    "investigators authorities".split()
)
# What only criminals run, whoever it is said to belong to.
_CRIMINAL_SITES = frozenset({"botnet", "botnets"})
_LEAK = frozenset({"leak", "extortion", "darknet", "dark"})
_SITES = frozenset("site sites website websites portal blog forum market marketplace".split())
# Whose own systems a takedown hits.
_CRIMINALS = frozenset(
    "gang gangs hacker hackers criminal criminals cybercriminal cybercriminals extortionists "
    "botnet".split()
)
_SYSTEMS = frozenset(
    "site sites website websites server servers infrastructure network networks botnet "
    "botnets domain domains platform forum".split()
)
_AIMED = frozenset({"on", "against", "into", "of"})


def lawful_takedown(head: Token, kind: str) -> bool:
    """A cyber act (or a bare attack word) by the authorities, or on what
    only criminals run."""
    if kind != "cyber" and head.lemma_.lower() != "attack":
        return False
    if kind != "cyber" and not any(_criminal_system(t) for t in _targets(head)):
        return False
    return any(_is_law(d) for d in _doers(head)) or any(_criminal_system(t) for t in _targets(head))


def _doers(head: Token) -> list[Token]:
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is None and head.dep_ in ("dobj", "nsubjpass") and head.head.pos_ == "VERB":
        verb = head.head  # "police launched an attack on ..."
    out = [c for c in head.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")]
    if verb is not None:
        out += [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    return [g for d in out for g in ([d] if d.dep_ == "nsubj" else d.children) if g.dep_ != "punct"]


def _is_law(doer: Token) -> bool:
    """ "Police", "Dutch police", "law enforcement agencies", "Europol"."""
    words = {doer.lower_} | {c.lower_ for c in doer.children if c.dep_ in ("compound", "amod")}
    return bool(words & _LAW)


def _targets(head: Token) -> list[Token]:
    out = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.pos_ != "VERB" and head.dep_ == "dobj" and head.head.pos_ == "VERB":
        out += [c for c in head.head.children if c.dep_ == "prep" and c.lower_ in _AIMED]
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in _AIMED]
    return out + [g for p in preps for g in p.children if g.dep_ == "pobj"]


def _criminal_system(target: Token) -> bool:
    """ "the gang's leak site", "its leak site", "a botnet", "the hackers' servers"."""
    lemma = target.lemma_.lower()
    mods = {c.lower_ for c in target.children if c.dep_ in ("compound", "amod", "nmod")}
    if lemma in _CRIMINAL_SITES or (lemma in _SITES and mods & _LEAK):
        return True
    owners = [c for c in target.children if c.dep_ == "poss"]
    return lemma in _SYSTEMS and any(o.lemma_.lower() in _CRIMINALS for o in owners)
