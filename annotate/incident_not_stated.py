"""Words that name an event without stating that it happened: a question
("Is the minister aware that a drone was spotted over the port?", a
"Question 2:" item), an outlook ("An attack remains unlikely but cannot be
ruled out"), a plan on paper ("notes for a second arson", "instructions to
set fire to a depot") and a story the text calls false ("the rumour that a
utility was hacked, which proved to be invented"). None is an event of its
own: an event told as a statement elsewhere stands on that telling.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.incident_mention import Event, Mention
from annotate.parse_spans import doc_text

_ITEM = re.compile(r"\s*(?:question\s*\d*|q\s*\d*)\s*[:.)]", re.IGNORECASE)


def asked(head: Token) -> bool:
    """The mention's sentence is a question (it ends with "?"), or its line
    is a numbered question item ("Question 2:", "Q:"). What a question says
    in passing about someone or something it names is stated, not asked
    ("Why did he cut away from Smith, whose son was killed in the attacks in
    Benghazi?")."""
    words = [t for t in head.sent if not t.is_space and t.text not in ('"', "”", "’", "'", ")")]
    if words and words[-1].text.endswith("?"):
        return not _in_passing(head)
    text = doc_text(head.doc)
    line_start = text.rfind("\n", 0, head.idx) + 1
    return bool(_ITEM.match(text, line_start)) and not _told_before_asking(head, words)


def _told_before_asking(head: Token, words: list[Token]) -> bool:
    """ "Question: Last week Iran seized a tanker. What is your response?": a
    sentence of the question item that tells a past act, plainly, is stated;
    only the sentence that asks is asked."""
    if not words or words[-1].text != ".":
        return False
    first = next((t for t in words if t.is_alpha and t.i > _marker_end(words)), None)
    if first is None or first.lower_ in _ASKING or first.tag_ in ("MD", "WDT", "WP", "WRB"):
        return False  # "Question 2: Can the minister say who set fire to X."
    verb = (
        head
        if head.pos_ == "VERB"
        else next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    )
    if verb is None or verb.tag_ != "VBD":
        return False
    return not any(c.dep_ in ("neg", "aux") or c.tag_ == "MD" for c in verb.children)


# The words that open a question, told with or without its mark.
_ASKING = frozenset(
    "can could will would shall should may might must do does did is are was were has have "
    "had why what who whom whose how when where which whether".split()
)


def _marker_end(words: list[Token]) -> int:
    """The index of the item's colon ("Question 2:", "Q:"), or -1."""
    return next((t.i for t in words[:4] if t.text in (":", ".", ")")), -1)


# Clauses that describe what a sentence names, rather than what it asks.
_DESCRIBING = frozenset({"relcl", "appos"})


def _in_passing(head: Token) -> bool:
    return any(t.dep_ in _DESCRIBING for t in (head, *head.ancestors))


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD", "VBN"})  # a VBN: often a misread past


def verbless(head: Token) -> bool:
    """ "A: A drone hitting an airliner on final approach." A thing doing
    something, with no finite verb in the sentence, names a picture (a fear,
    a scenario, a caption's subject), not a telling: the gerund is the act."""
    gerunds = [head, *head.children] if head.pos_ in ("NOUN", "PROPN") else [head]
    return any(
        g.tag_ == "VBG" and g.dep_ == "acl" and g.head.pos_ in ("NOUN", "PROPN") for g in gerunds
    ) and not any(t.tag_ in _FINITE for t in head.sent)


_EXAMPLES = ("for example", "for instance", "e.g.")


def an_example(head: Token) -> bool:
    """ "A cyberattack on the grid during a cold snap, for example.": a
    sentence with no finite verb that gives an example names a case one
    fears or imagines, not one that happened."""
    sent = head.sent
    said = sent.text.lower()
    return any(e in said for e in _EXAMPLES) and not any(t.tag_ in _FINITE for t in sent)


# What is said of a thing that has not happened (with "remain", "seem" ...).
_ODDS = frozenset(
    "possible likely unlikely probable improbable conceivable inconceivable imaginable "
    "unimaginable thinkable unthinkable plausible implausible imminent".split()
)
_JUDGING = frozenset("be remain seem appear look stay consider deem think judge rate".split())
_CHANCES = frozenset({"possibility", "prospect", "likelihood", "probability"})
_EXCLUDING = frozenset({"rule", "exclude"})


def outlook(head: Token) -> bool:
    """ "An attack on Moldovan soil remains improbable", "a strike on the port
    cannot be ruled out", "sabotage is considered unlikely", "a drone attack
    remains a real possibility": what is judged unlikely or not excluded, as
    the subject, has not happened."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    shared = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    return any(_judged_unlikely(v) or _not_excluded(v) for v in shared)


def _judged_unlikely(verb: Token) -> bool:
    if verb.lemma_.lower() not in _JUDGING:
        return False
    for c in verb.children:
        if c.dep_ in ("acomp", "oprd") and c.lower_ in _ODDS:
            return not any(g.dep_ == "xcomp" for g in c.children)  # "unlikely to have been ..."
        if c.dep_ == "attr" and c.lemma_.lower() in _CHANCES:
            return True
    return False


def _not_excluded(verb: Token) -> bool:
    """ "cannot be ruled out", "could not be excluded", "is not ruled out"."""
    if verb.lemma_.lower() not in _EXCLUDING or verb.tag_ != "VBN":
        return False
    if verb.lemma_.lower() == "rule" and not any(c.lower_ == "out" for c in verb.children):
        return False
    return any(c.dep_ == "neg" or c.lower_ in ("cannot", "can't") for c in verb.children)


# Papers and lists that hold a plan: what they are "for" or "of" is planned.
_PAPERS = frozenset(
    "note sketch instruction blueprint drawing diagram manual guide map list checklist "
    "recipe draft outline target route timetable schedule".split()
)


def on_paper(head: Token) -> bool:
    """ "notes for a second arson", "a list of targets for arson attacks",
    "instructions to set fire to a depot": a plan on paper is not an act."""
    node = head
    while node.dep_ in ("pobj", "conj", "compound") or (
        node.dep_ == "prep" and node.lower_ in ("for", "of", "on")
    ):
        node = node.head
        if node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() in _PAPERS and node.i != head.i:
            return _prep_between(node, head)
        if node.i == node.head.i:
            break
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else head  # "to set fire"
    if verb.dep_ in ("acl", "relcl") and any(
        c.lower_ == "to" and c.dep_ == "aux" for c in verb.children
    ):
        return verb.head.lemma_.lower() in _PAPERS and verb.head.pos_ == "NOUN"
    return False


def _prep_between(paper: Token, head: Token) -> bool:
    """The paper holds the act through "for", "of" or "on", not as a place
    ("a fire at the map shop" never reaches here: only "for/of/on")."""
    return (
        any(
            t.dep_ == "prep" and t.lower_ in ("for", "of", "on")
            for t in paper.doc[paper.i : head.i + 1]
        )
        if paper.i < head.i
        else False
    )


_STORIES = frozenset("rumour rumor story claim report allegation tale suggestion assertion".split())
_MYTHS = frozenset({"myth", "hoax", "legend", "fabrication", "fiction", "invention"})
_VERDICTS = frozenset(
    "false untrue fake baseless unfounded wrong fabricated invented made-up made fictitious "
    "bogus groundless hoax fabrication fiction invention myth incorrect inaccurate erroneous "
    "mistaken misleading".split()
)
_DISMISSING = frozenset({"debunk", "deny", "dismiss", "refute", "disprove", "reject", "retract"})


def told_as_false(head: Token) -> bool:
    """ "the rumour that a water utility was hacked, which proved to be
    invented", "the story that saboteurs cut the cable was untrue", "a
    hoax that a dam had burst": a story that says it, called false."""
    for node in (head, *head.ancestors):
        if node.dep_ not in ("acl", "relcl", "ccomp") or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in node.children
        ):
            continue
        story = node.head
        if story.pos_ != "NOUN":
            return False
        lemma = story.lemma_.lower()
        if lemma in _MYTHS:
            return True
        return lemma in _STORIES and _called_false(story, node)
    return False


def _called_false(story: Token, content: Token) -> bool:
    for c in story.children:  # ", which proved to be invented"
        if c.dep_ == "relcl" and c.i != content.i and _false_verdict(c):
            return True
    if story.dep_ in ("nsubj", "nsubjpass") and _false_verdict(story.head):
        return True  # "the story that ... was untrue"
    node = story  # "dismissed several stories, such as the rumour that ..."
    while node.dep_ in ("pobj", "prep", "appos", "conj"):
        node = node.head
    if node.dep_ == "dobj":
        return node.head.lemma_.lower() in _DISMISSING
    return False


def _false_verdict(verb: Token) -> bool:
    """ "proved to be invented", "turned out false", "was a hoax"."""
    if verb.lemma_.lower() in _DISMISSING and verb.tag_ == "VBN":
        return True  # "which was debunked"
    for c in verb.subtree:
        if c.lower_ in _VERDICTS and c.dep_ in ("acomp", "attr", "xcomp", "oprd", "amod"):
            return True
    return False


def summary_item(m: Mention, event: Event) -> bool:
    """ "This week saw a warehouse fire in Kalisz, a stabbing in Kassel and a
    Russian strike near Galati": one item of a digest's list, whose event
    is told in full in a later sentence (that telling is its main mention,
    whatever place it gives)."""
    head = m.head
    if head.pos_ != "NOUN" or m.headline or not (head.conjuncts or _listed_beside(head)):
        return False
    return any(
        x.sentence > m.sentence and not x.headline and not x.head.conjuncts for x in event.mentions
    )


def _listed_beside(head: Token) -> bool:
    """Another incident noun listed in the sentence (the parser may hang the
    list's next item on the place: "a fire in Kalisz, a stabbing in Kassel")."""
    from annotate.lexicons import incident_words

    nouns = {w for words in incident_words()["nouns"].values() for w in words}
    return any(
        t.i != head.i and t.dep_ in ("conj", "appos") and t.lemma_.lower() in nouns
        for t in head.sent
    )
