"""The home town of a firm that was hit: "the booking systems of Den
Helder-based Seaward Services" happened to a firm there. Never the base of
one who acted ("a Berlin-based group claimed the attack"): that says who,
not where.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_BASED = frozenset({"based", "headquartered"})
_ACTING = frozenset({"nsubj", "agent", "csubj"})


def home_of_the_hit(ent: Span) -> bool:
    """`ent` is the place before "-based" on a noun that is what was hit
    (an object, never a subject on the way up to its verb)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text not in ("-", "–"):
        return False
    based = doc[ent.end + 1]
    if based.lower_ not in _BASED or not all(t.pos_ == "PROPN" for t in ent):
        return False
    node = based.head
    if node.dep_ not in ("pobj", "dobj", "nsubjpass", "appos", "conj"):
        return False
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        if node.dep_ in _ACTING:
            return False
        node = node.head
    return node.pos_ in ("VERB", "AUX")


_TELLING = frozenset({"say", "confirm", "disclose", "report", "announce", "tell"})
_OWN = frozenset({"its", "their"})


def speakers_home(head: Token) -> str | None:
    """ "Den Helder-based contractor Seaward Services said a ransomware attack
    had encrypted its systems": the firm that tells of an attack on its own
    systems was the one hit, so its home town is the place."""
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    teller = verb.head
    if verb.dep_ != "ccomp" or teller.lemma_.lower() not in _TELLING:
        return None
    if not any(t.lower_ in _OWN and t.dep_ == "poss" for t in verb.subtree):
        return None
    for subject in (c for c in teller.children if c.dep_ == "nsubj"):
        for based in subject.subtree:
            if based.lower_ in _BASED and based.i > 1 and based.doc[based.i - 1].text in "-–":
                words = []
                i = based.i - 2
                while i >= subject.left_edge.i and based.doc[i].pos_ == "PROPN":
                    words.insert(0, based.doc[i].text)
                    i -= 1
                return " ".join(words) or None
    return None


def hit_home_in_clause(head: Token) -> str | None:
    """ "a ransomware attack last month on Nordvik Shipbrokers, an Oslo-based
    tanker broker", the parse hanging "on ..." on the verb: the one home of a
    firm that was hit in the clause of the event's word."""
    verb = head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    homes = {
        ent.text.strip()
        for ent in head.doc.ents
        if verb.left_edge.i <= ent.start
        and ent.end <= verb.right_edge.i + 1
        and home_of_the_hit(ent)
    }
    return homes.pop() if len(homes) == 1 else None
