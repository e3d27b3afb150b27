"""Mishaps the text tells as such, and what is not the article's own telling.

- Done "by accident" or "accidentally": "a trawler accidentally cut a cable".
- Causes that are animals or nature: "caused by a squirrel", "a bird strike",
  "started by lightning", "storm ice".
- Put down to a mishap paragraphs later, of "the explosion" told before:
  "The operator has since said that the explosion at the site was caused by a
  technical fault" (the nearest such event told before it, none in between).
- Never when the same sentence disputes it ("a claim Kyiv rejected", "but
  police said it was arson").
- A correction notice ("An earlier version of this story reported that ...")
  tells what the article no longer says: neither an event nor a ruling-out.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

# Animals, nature and wear as a cause: "a squirrel that got into a transformer",
# "a bird strike", "an ageing transformer".
CAUSES = frozenset(
    {
        "squirrel", "bird", "animal", "rodent", "rat", "mouse", "marten", "beaver",
        "snake", "stork", "geese", "goose", "tree", "branch", "snow", "frost", "landslide",
        "earthquake", "rust", "ageing", "aging", "technical", "fox", "swan", "cat",
        "mistake", "careless", "excavator", "digger", "roadworks",
    }
)  # fmt: skip
_BY_CHANCE = frozenset({"accidentally", "inadvertently", "unintentionally", "mistakenly"})
_DISPUTING = frozenset({"reject", "dispute", "contest", "dismiss"})
_FOUL = frozenset({"arson", "sabotage", "terrorism", "deliberate", "deliberately", "intentional"})
_VERSION = frozenset({"earlier", "previous", "original", "prior"})


_DAMAGING = frozenset({"cut", "damage", "sever", "break", "rupture"})
_DAMAGE = frozenset({"damage", "break", "cut", "rupture", "breach"})


def damage_words(head: Token) -> frozenset[str]:
    """ "A cable was cut ... The damage was caused by heavy snow": the
    words that name a cut or damage told by its verb."""
    return _DAMAGE if head.pos_ == "VERB" and head.lemma_.lower() in _DAMAGING else frozenset()


def by_accident(verb: Token) -> bool:
    """ "damaged the cable by accident", "accidentally cut" (never "not by
    accident", "was no accident")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _BY_CHANCE:
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            if any(g.dep_ == "pobj" and g.lower_ == "accident" for g in c.children):
                return not any(t.lower_ == "not" for t in verb.doc[c.i - 1 : c.i])
    return False


def same_thing_by_accident(verb: Token, head: Token) -> bool:
    """ "A cable was damaged ... A trawler damaged the same cable by accident":
    the thing the head's act befell, named again with "the" and done by accident."""
    if not by_accident(verb):
        return False
    if head.pos_ == "VERB":
        things = {c.lemma_.lower() for c in head.children if c.dep_ in ("nsubjpass", "dobj")}
    else:
        things = {head.lemma_.lower()}
    return any(
        c.dep_ in ("nsubjpass", "dobj")
        and c.lemma_.lower() in things
        and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in c.children)
        for c in verb.children
    )


def natural_strike(head: Token) -> bool:
    """ "a bird strike", "a lightning strike": no strike of war."""
    return head.lemma_.lower() == "strike" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("bird", "lightning") for c in head.children
    )


def correction_notice(sent: Span) -> bool:
    """ "An earlier version of this story reported ...", "Correction: ..."."""
    words = [t for t in sent if not t.is_space]
    if words and words[0].lower_ == "correction":
        return True
    if any(
        t.lemma_.lower() == "version" and any(c.lower_ in _VERSION for c in t.children)
        for t in sent
    ):
        return True
    return any(_said_before(t) for t in sent)


_WRITING = frozenset({"article", "story", "report", "piece"})
_BEFORE = frozenset({"previously", "originally", "earlier", "wrongly", "incorrectly"})


def _said_before(verb: Token) -> bool:
    """ "This story previously said ...", or "It previously said ..." right
    after "This article has been corrected"."""
    if verb.pos_ != "VERB" or not any(c.lower_ in _BEFORE for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_this_writing(s) for s in subjects):
        return True
    if not any(s.lower_ == "it" for s in subjects) or verb.sent.start == 0:
        return False
    before = verb.doc[verb.sent.start - 1].sent
    return any(t.lemma_.lower() in ("correct", "update", "amend") for t in before) and any(
        _this_writing(t) for t in before
    )


def _this_writing(noun: Token) -> bool:
    """ "this article", "the story", "this report" (never "a UN report")."""
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    lemma = noun.lemma_.lower()
    return (lemma in ("article", "story") and bool(dets & {"this", "the"})) or (
        lemma in _WRITING and "this" in dets
    )


def contested(sent: Span, skip: frozenset[int] = frozenset()) -> bool:
    """ "..., a claim Lithuania rejected", "but police said it was arson":
    the cause told is disputed in its own sentence (but for the words at
    `skip`: "an outage, which some had linked to sabotage, was caused by")."""
    for t in sent:
        if t.i in skip:
            continue
        if t.lemma_.lower() in _DISPUTING and t.pos_ == "VERB":
            return True
        if t.lower_ in _FOUL or t.lemma_.lower() in _FOUL:
            if not _denied(t):
                return True
    return False


def disputed(sent: Span) -> bool:
    """Contested in its own sentence or the next ("Estonia dismissed that
    account", "Prosecutors, however, suspect arson")."""
    doc = sent.doc
    return contested(sent) or (sent.end < len(doc) and contested(doc[sent.end].sent))


def _denied(word: Token) -> bool:
    """ "ruling out sabotage", "no sign of arson", "was not sabotage",
    "initially linked to the sabotage"."""
    for node in (word, *word.ancestors):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in node.children):
            return True
        if node.lemma_.lower() == "rule":
            return True
        if node.lemma_.lower() in _TIED and any(c.lower_ in _AT_FIRST for c in node.children):
            return True  # "first tied to the sabotage": a suspicion the sentence then drops
    return False


_TIED = frozenset({"tie", "link", "connect", "blame", "attribute", "suspect"})
_AT_FIRST = frozenset({"first", "initially", "originally", "earlier", "wrongly"})


# Words for one event: "a blackout ... the outage", "a blast ... the explosion".
_ONE = (
    frozenset({"blast", "explosion"}),
    frozenset({"fire", "blaze"}),
    frozenset({"outage", "blackout"}),
    frozenset({"derailment"}),
)


# Verbs that tell those events: "a transformer exploded", "a warehouse burned down".
_TOLD_BY = {"explode": "blast", "burn": "fire", "derail": "derailment"}


def _kin(lemma: str) -> frozenset[str]:
    lemma = _TOLD_BY.get(lemma, lemma)
    return next((group for group in _ONE if lemma in group), frozenset())


_REACH = 600  # tokens after the telling: a few paragraphs, and a bound on long texts


def told_later(head: Token, put_down: Callable[[Token], bool]) -> bool:
    """A sentence after the next puts "the explosion" (a word for the head's
    own event) down to a mishap, with no other such event told in between."""
    doc, kin = head.doc, _kin(head.lemma_.lower())
    if not kin:
        return False
    sent = head.sent
    if sent.end >= len(doc):
        return False
    start = doc[sent.end].sent.end  # the next sentence is checked by its caller
    for token in doc[sent.end : sent.end + _REACH]:
        if token.lemma_.lower() in kin and _indefinite(token):
            return False  # "Another fire broke out": another event
        if token.pos_ == "VERB" and _TOLD_BY.get(token.lemma_.lower(), "") in kin:
            return False  # "A barn burned in X": another event
        if token.i < start or not put_down(token) or not _names_it(token, kin, head):
            continue
        return not (correction_notice(token.sent) or disputed(token.sent))
    return False


def _indefinite(noun: Token) -> bool:
    if noun.pos_ != "NOUN":
        return False
    if noun.tag_ in ("NNS", "NNPS"):
        return not any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in noun.children)
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)


def _names_it(verb: Token, kin: frozenset[str], head: Token) -> bool:
    """Its subject is "the explosion", maybe "at the site" or at a place the
    first telling named (never "the explosion in Prague" of another place)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.lemma_.lower() not in kin:
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject.children):
        return False
    if any(c.dep_ in ("relcl", "acl") for c in subject.children):
        return False
    told = {t.lemma_.lower() for t in head.sent if t.pos_ in ("NOUN", "PROPN")}
    for prep in (c for c in subject.children if c.dep_ == "prep"):
        places = [g for g in prep.children if g.dep_ == "pobj"]
        if not all(g.lemma_.lower() in told | {"site", "scene"} for g in places):
            return False
    return True
