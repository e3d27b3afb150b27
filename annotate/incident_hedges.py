"""A word the text itself doubts as it says it: "The blast, if it was one,
left no crater", "the attack, if that is what it was". Such a mention names
nothing that happened for sure: it is left out (an event told firmly
elsewhere stands on its own telling)."""

from __future__ import annotations

from spacy.tokens import Token

_DOUBT = frozenset({"if", "whether"})


def doubted_aside(head: Token) -> bool:
    """ "The blast, if it was one, ...": an aside on the word's own clause,
    "if it was one" or "if that is what it was", doubting the word."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass", "dobj") else head
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_ != "be":
            continue
        if not any(c.dep_ == "mark" and c.lower_ in _DOUBT for c in clause.children):
            continue
        if not (clause.i > head.i and clause.left_edge.i - head.i <= 3):
            continue  # set off right after the word, not a condition of the whole clause
        words = {t.lower_ for t in clause.subtree}
        if "one" in words or "what" in words:
            return True
    return False


_SUSPECTED = frozenset({"suspected", "accused", "believed", "thought"})


def suspects_a_kind(head: Token) -> bool:
    """ "to board foreign ships suspected of damaging cables", "any vessel
    accused of cutting a cable": an act said of a kind of suspect (a bare
    plural, "any", "every"), not of one, is a pattern: no event."""
    node = head if head.pos_ == "VERB" else head.head
    if node.pos_ == "VERB" and any(_a_kind_suspected(c) for c in node.children if c.dep_ == "dobj"):
        return True  # "to board foreign ships suspected of ...": done to a kind of suspect
    if node.dep_ != "pcomp" or node.head.lower_ != "of":
        return False
    said = node.head.head
    if said.lower_ not in _SUSPECTED or said.dep_ != "acl":
        return False
    return _of_a_kind(said.head)


def _a_kind_suspected(noun: Token) -> bool:
    return _of_a_kind(noun) and any(
        c.dep_ == "acl" and c.lower_ in _SUSPECTED for c in noun.children
    )


def _of_a_kind(suspect: Token) -> bool:
    dets = [c.lower_ for c in suspect.children if c.dep_ in ("det", "poss", "nummod")]
    if any(d in ("any", "every", "all") for d in dets):
        return True
    return suspect.tag_ in ("NNS", "NNPS") and not dets


_HEARSAY_VERBS = frozenset({"claim", "allege", "spread", "circulate", "suggest", "rumour"})
_HEARSAY = frozenset({"rumour", "rumor", "post", "claim", "report", "video", "message"})
_FOUND = frozenset({"evidence", "sign", "trace", "indication"})


def unfounded(head: Token) -> bool:
    """ "Posts on social media claimed that a second gunman had opened fire
    ... Police found no evidence of a second gunman", "...; we found no
    evidence that any such explosion took place": hearsay that the same
    sentence or the next finds nothing to back (said of the thing it told)."""
    clause = next((a for a in (head, *head.ancestors) if a.dep_ == "ccomp"), None)
    if clause is None or not _hearsay(clause.head):
        return False
    told = {t.lemma_.lower() for t in clause.subtree if t.pos_ in ("NOUN", "PROPN")}
    sent = head.sent
    after = head.doc[sent.end].sent if sent.end < len(head.doc) else None
    for t in (*sent, *(after or ())):
        if t.lemma_.lower() in _FOUND and any(c.lower_ == "no" for c in t.children):
            of = [g for c in t.children if c.lower_ == "of" for g in c.children]
            # "no evidence that any such explosion took place"
            of += [g for c in t.children if c.dep_ in ("acl", "ccomp") for g in c.subtree]
            if any(g.lemma_.lower() in told or g.lemma_.lower() == head.lemma_.lower() for g in of):
                return True
            if any(_incident_noun(g) for g in of):
                return True
    return False


def _hearsay(verb: Token) -> bool:
    if verb.lemma_.lower() in _HEARSAY_VERBS:
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _HEARSAY for c in verb.children)


def _incident_noun(noun: Token) -> bool:
    from annotate.lexicons import incident_words

    return any(noun.lemma_.lower() in words for words in incident_words()["nouns"].values())
