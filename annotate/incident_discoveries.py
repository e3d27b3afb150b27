"""A break-in told by its victim as a find: "The port said it had found
malicious software on its cargo systems", "the utility discovered ransomware
on two servers". The find is the cyber incident: what was found is malware
and where it was found is the victim's own systems. Malware found in an app,
online or in a study is no incident of anyone's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.parse_spans import doc_text

_FINDING = frozenset({"find", "discover", "detect", "uncover", "identify", "spot"})
_MALWARE = frozenset(
    "malware ransomware spyware wiper trojan backdoor virus worm rootkit keylogger".split()
)
_MALICIOUS = frozenset({"malicious", "hostile", "rogue"})
_CODE = frozenset({"software", "code", "program", "programme", "file", "files", "implant"})
_SYSTEMS = frozenset(
    "system systems network networks server servers computer computers device devices "
    "laptop laptops workstation workstations".split()
)
_ON = frozenset({"on", "in", "inside", "within", "across"})


def found_malware(doc: Doc) -> list[tuple[Token, str]]:
    """The finding verb of each malware found on systems, as a cyber incident."""
    lowered = doc_text(doc).lower()
    if not any(w in lowered for w in (*_MALWARE, *_MALICIOUS)):
        return []  # most articles: no such word, and no walk over the tokens
    return [
        (verb, "cyber")
        for verb in doc
        if verb.pos_ == "VERB"
        and verb.lemma_.lower() in _FINDING
        and any(_malware(o) for o in verb.children if o.dep_ in ("dobj", "nsubjpass"))
        and _on_systems(verb)
    ]


def _malware(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _MALWARE or any(c.lemma_.lower() in _MALWARE for c in noun.children):
        return True  # "ransomware", "a ransomware strain"
    return lemma in _CODE and any(c.lower_ in _MALICIOUS for c in noun.children)


def _on_systems(verb: Token) -> bool:
    """Found "on its cargo systems", "in the company's network"."""
    places = [
        g
        for t in (verb, *(o for o in verb.children if o.dep_ in ("dobj", "nsubjpass")))
        for p in t.children
        if p.dep_ == "prep" and p.lower_ in _ON
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return any(g.lemma_.lower() in _SYSTEMS or g.lower_ in _SYSTEMS for g in places)
