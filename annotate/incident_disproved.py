"""Acts the text says did not take place, in the shapes reporters use for it.

- An errand never run: "was told to burn down a hut, something he never
  did", "was ordered to blow up a bridge, a task he did not carry out",
  "was asked to set fire to a depot, but he never did so", "was tasked with
  blowing up a bridge, which he never did".
- Hearsay the text calls false: "Reports of a blast at the terminal turned
  out to be a false alarm", "Fears of an attack on the refinery were
  unfounded", "Posts that a drone had hit the roof were untrue", "Early
  reports that a cable had been cut proved wrong", "Reports of an explosion
  were in fact a tyre bursting".
- A claim with nothing found: "State media said commandos had blown up a
  bridge; we found no trace of any such blast" (the same sentence or the
  next: "There is no evidence of any such fire").
- A weapon that did not go off: "Another drone came down without
  exploding", "a second drone crashed but did not detonate", "a shell
  failed to go off and was defused", once the article has told a strike
  before it (the dud is part of that strike, no event of its own).
- A denial naming the event: "The ministry rejected any role in the blast",
  "Moscow denied involvement in the explosion": a mention of the event told
  elsewhere at most, never an entry of its own (`incident_events.fold`).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from annotate.lexicons import incident_words
from annotate.parse_spans import span_text

# What the doer never did: "something he never did", "a task he did not carry
# out", "but he never did so", "which he never went through with". A "did"
# must end its clause, so "he did not hesitate" is not one.
_UNDONE = re.compile(
    r"\b(?:never|not|n't|failed to|refused to|declined to)\s+(?:actually\s+)?"
    r"(?:(?:do|did|done)(?:\s+(?:so|it|this|that))?\s*(?:[,.;:)]|$)"
    r"|carr(?:y|ied)\s+(?:it\s+|this\s+|that\s+)?out"
    r"|(?:go|gone|went)\s+through|follow(?:ed)?\s+through|act(?:ed)?\s+on\s+it"
    r"|(?:happen|happened|take place|took place))"
    # "but he backed out", "lost his nerve", "got cold feet", "abandoned the plan"
    r"|\b(?:backed|pulled) out\b|\bchanged (?:his|her|their) minds?\b"
    r"|\blost (?:his|her|their) nerve\b|\bgot cold feet\b"
    r"|\babandoned (?:the|his|her|their) (?:plan|task|mission|job|idea)\b",
    re.IGNORECASE,
)


def errand_undone(head: Token) -> bool:
    """An act told as an infinitive ("was told to burn down a hut") in a
    sentence that then says it was never done."""
    verb = next((a for a in (head, *head.ancestors) if a.pos_ == "VERB"), None)
    if verb is None:
        return False
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # "was tasked with blowing up a bridge": an errand given as "with" + -ing
    errand = verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with"
    if not (infinitive or errand):
        return False
    return bool(_UNDONE.search(span_text(head.doc[verb.i : head.sent.end])))


# Words for hearsay about an event: "reports of a blast", "posts that ...".
_HEARSAY = frozenset(
    "report call fear post rumour rumor claim account message story suggestion speculation "
    "allegation alert warning tip tweet assertion sighting word".split()
)
# The predicate said of the hearsay: "were", "proved", "turned out", "have since been".
_PREDICATE = re.compile(
    r"\s*(?:(?:later|also|since|all|both|quickly|soon|now|each)\s+)*"
    r"(?:was|were|is|are|(?:has|have|had)\s+(?:(?:since|now|also|all)\s+)?been|proved|proven|"
    r"turned out|appear(?:ed)?|seem(?:ed)?)\b",
    re.IGNORECASE,
)
# What the text then calls it: "a false alarm", "unfounded", "proved wrong".
_VERDICT = re.compile(
    r"\b(?:false(?:\s+alarm)?|untrue|wrong|unfounded|mistaken|incorrect|inaccurate|groundless|"
    r"baseless|erroneous|fake|bogus|a hoax|fabricated|invented|not true|without foundation)\b"
    r"|^\s*(?:was|were|is|are)\s+(?:in fact|actually)\s+(?:a|an|just|only|merely)\b",
    re.IGNORECASE,
)
_NOT = re.compile(r"\b(?:not|n't|never|hardly)\b", re.IGNORECASE)


def hearsay_false(head: Token) -> bool:
    """The mention is inside a noun of hearsay ("reports of", "posts
    that") whose predicate, read from the words after what it tells up to
    the next stop, is a verdict of untruth ("... turned out to be a false
    alarm", "... proved wrong", "... were in fact a tyre bursting")."""
    path = head
    for story in head.ancestors:
        if story.pos_ in ("NOUN", "PROPN", "VERB") and _hearsay(story):
            return _rated_false(story, path, head)
        path = story
    told = _story_before_that(head)
    return told is not None and _rated_false(*told, head)


def _rated_false(story: Token, path: Token, head: Token) -> bool:
    # "Initial reports that ..." may be parsed with "reports" a verb
    # past what it tells and the phrases hung on it ("Reports of a blast on Monday")
    edges = [c.right_edge.i for c in story.children if c.dep_ in ("prep", "appos")]
    doc, end = head.doc, max([path.right_edge.i, *edges]) + 1
    stop = next(
        (t.i for t in doc[end : story.sent.end] if t.text in (":", ";", ",", ".", "—")),
        story.sent.end,
    )
    said = doc[end:stop].text
    if not _PREDICATE.match(said) or _NOT.search(said.replace("not true", "")):
        return False  # "were not false", "grew after ..."
    return bool(_VERDICT.search(said)) or _something_else(doc[end:stop])


_BETWEEN = frozenset({"prep", "pobj", "compound", "det", "amod", "poss"})


def _story_before_that(head: Token) -> tuple[Token, Token] | None:
    """ "POLAND — Claims on Telegram that a pipeline exploded ... were false":
    a parse that hangs the clause elsewhere still has the hearsay noun just
    before its "that" (past a phrase such as "on Telegram"); the noun and
    the clause."""
    clause = next((a for a in (head, *head.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    mark = (
        None
        if clause is None
        else next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    )
    if mark is None:
        return None
    doc = head.doc
    for t in reversed(doc[max(mark.i - 5, head.sent.start) : mark.i]):
        if t.pos_ in ("NOUN", "PROPN") and _hearsay(t):
            return t, clause
        if t.dep_ not in _BETWEEN:
            return None
    return None


# "turned out to be a tyre bursting", "proved to be fireworks", "was in fact a bird"
_TURNED = re.compile(
    r"\s*(?:turned out|proved|proven|was|were)\s+(?:in fact\s+|actually\s+)?(?:to be\s+)?"
    r"(?:a|an|just|only|merely|nothing more than)\b",
    re.IGNORECASE,
)


def _something_else(said: Span) -> bool:
    """What was reported turned out to be a thing that is no incident (no
    incident word in it: not "turned out to be an arson attack")."""
    if not _TURNED.match(said.text) or said.text.lower().lstrip().startswith(("was a", "were a")):
        return False  # "were a ..." alone may rate ("were a warning"); "in fact" must say so
    nouns = {w for words in incident_words()["nouns"].values() for w in words}
    return not any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in said)


def _hearsay(noun: Token) -> bool:
    """ "Rumours" first in its sentence may be tagged a name, with itself as lemma."""
    word = noun.lower_
    return noun.lemma_.lower() in _HEARSAY or word in _HEARSAY or word[:-1] in _HEARSAY


_HEARSAY_VERBS = frozenset({"say", "claim", "report", "allege", "assert", "insist", "write"})
# "no trace of any such blast", "no evidence of any such fire", "no such attack".
_NO_SUCH = re.compile(
    r"\bno\s+(?:trace|evidence|sign|record|indication|confirmation|proof)s?\s+"
    r"(?:of|for)\s+(?:any\s+)?such\b|\bno\s+such\s+\w+\s+(?:took place|happened|occurred)"
    r"|\bthere (?:was|were|is|has been) no such\b",
    re.IGNORECASE,
)


def claim_unfound(head: Token) -> bool:
    """What a party is said to have claimed ("outlets said that commandos
    had blown up a bridge"), when the same sentence after it, or the next
    sentence, says no trace of any such thing was found."""
    clause = next((a for a in (head, *head.ancestors) if a.dep_ == "ccomp"), None)
    if clause is None or clause.head.lemma_.lower() not in _HEARSAY_VERBS:
        return False
    sent, doc = head.sent, head.doc
    after = span_text(doc[clause.right_edge.i + 1 : sent.end])
    if sent.end < len(doc):
        after += " " + span_text(doc[sent.end].sent)
    return bool(_NO_SUCH.search(after))


# "without exploding", "did not detonate", "failed to go off", "was defused".
_DUD = re.compile(
    r"\bwithout (?:exploding|detonating|going off)\b"
    r"|\b(?:did not|didn't|failed to|never)\s+(?:explode|detonate|go off)\b"
    r"|\b(?:was|were|been)\s+(?:defused|made safe|disarmed)\b",
    re.IGNORECASE,
)
_STRUCK = re.compile(
    r"\b(?:struck|hit|exploded|detonated|slammed|crashed into|attack(?:ed)?|strike|blast|"
    r"explosion)\b",
    re.IGNORECASE,
)


def dud(head: Token) -> bool:
    """A weapon told as having come down without going off (in its own
    clause), after the article has told a strike in an earlier sentence."""
    verb = next((a for a in (head, *head.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    others = {  # "..., while a third hit a warehouse": another clause, another act
        t.i
        for c in verb.subtree
        if c.i != verb.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for t in c.subtree
    }
    own = " ".join(t.text for t in verb.subtree if t.i not in others)
    if not _DUD.search(own):
        return False
    return bool(_STRUCK.search(span_text(head.doc[: head.sent.start])))


_DENY = frozenset({"deny", "reject", "dismiss", "refute", "disclaim", "disavow"})
_PART = frozenset({"role", "involvement", "part", "responsibility", "hand", "link", "connection"})


def denied_part(head: Token) -> bool:
    """ "rejected any role in the Terespol blast", "denied involvement in
    the explosion", "denies responsibility for the attack": the event is
    named in a denial of a part in it, not told."""
    node = head
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.lower_ not in ("in", "for", "with", "to"):
            return False
        part = node.head.head
        if part.lemma_.lower() in _PART and part.dep_ == "dobj":
            return part.head.lemma_.lower() in _DENY
        node = part
    return False


def disproved(head: Token) -> bool:
    """Told, but said by the text not to have happened (or only denied)."""
    return errand_undone(head) or hearsay_false(head) or claim_unfound(head) or dud(head)
