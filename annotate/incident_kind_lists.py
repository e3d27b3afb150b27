"""Acts named as kinds in a list: members of "the list of tactics …:" and
the ends of a range ("attacks ranging from arson to assaults")."""

from __future__ import annotations

from spacy.tokens import Token


def in_range(node: Token) -> bool:
    """ "ranging from arson to assaults": each end of the range is a kind (but
    "from the burning of the Marywilska centre in Warsaw" names one event)."""
    if _named_instance(node):
        return False
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ not in ("from", "to"):
            return False
        node = node.head
        if node.lemma_.lower() in ("range", "vary"):
            return True
    return False


def _named_instance(noun: Token) -> bool:
    """ "the burning of the X centre": a definite act done to a named thing."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(t.pos_ == "PROPN" for t in c.subtree)
        for c in noun.children
    )


_KINDS = frozenset("tactic method means technique list repertoire menu toolkit".split())


def in_a_list_of_kinds(node: Token) -> bool:
    """A member of a list set after "the list of tactics …:" (its appositive,
    or what "is" it), however the parser strung the members together."""
    for _ in range(6):
        if node.dep_ in ("conj", "acl"):
            node = node.head
        elif (
            node.dep_ == "pobj" and node.head.dep_ == "agent" and node.head.head.lemma_ == "follow"
        ):
            # "the most common method, followed by damage to cables"
            node = node.head.head
            if _a_list_of_kinds(node.head):
                return True
        elif node.dep_ == "appos":
            return _a_list_of_kinds(node.head)
        elif node.dep_ == "attr" and node.head.lemma_ == "be":
            subjects = [c for c in node.head.children if c.dep_ == "nsubj"]
            return any(_a_list_of_kinds(s) for s in subjects)
        else:
            return False
    return False


def _a_list_of_kinds(noun: Token) -> bool:
    """ "the list of tactics", "the methods": a list of the kinds of thing
    done, whose members are kinds too."""
    words = [noun, *(g for c in noun.children if c.lower_ == "of" for g in c.children)]
    return any(w.lemma_.lower() in _KINDS for w in words)
