"""What happens as a habit, not once: patterns, never events.

- An analysis's list in the simple present: "Rail signal cables are cut.
  Drones appear over air bases. Parcels catch fire in depots." (things with
  no article, nowhere named, on no day).
- The present said to be usual: "Typically, a warehouse is set on fire",
  "cables are damaged by anchors every year" (places named or not).
- What a kind of people do: "the people who light the fires or fly the drones".
- Acts of a kind counted by the year or since a year: "arson attacks on
  energy sites since 2023", "arson attacks on warehouses, common in 2024"
  (never "two arson attacks in Lodz on 3 May").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.incident_dates import is_point
from annotate.lexicons import word_set
from annotate.parse_spans import span_text

_PRESENT = frozenset({"VBZ", "VBP"})
_STATES = frozenset({"be", "have", "seem", "mean"})
_NAMED = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON", "DATE", "TIME"})
# "common in 2024", "frequent", "widespread": what is usual is a habit
_TYPICAL = frozenset(
    "typically usually often normally generally commonly frequently sometimes routinely "
    "regularly invariably always".split()
)
_USUAL = frozenset("common commonplace frequent widespread routine rife rampant regular".split())
_YEAR_ONLY = re.compile(
    r"^(?:(?:in|since|during|throughout|early|late|mid|of)[\s-]+)*(?:19|20)\d\d(?:s)?$", re.I
)


def habitual(head: Token, headline: bool) -> bool:
    """A habit or a kind of act, told as such."""
    if _of_a_kind(head):
        return True
    return not headline and (_listed_in_present(head) or _typically(head) or _who_do_it(head))


# Verbs whose past is their present: "drones that hit the city" may be either.
_SAME_PAST = frozenset("hit cut set shut put burst spread beat cast shed split".split())


def _who_do_it(head: Token) -> bool:
    """ "The people who light the fires or fly the drones are often
    teenagers": what a kind of people do, told in the present of a relative
    clause with no day or named place."""
    verb = head if head.pos_ == "VERB" else head.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or verb.tag_ not in _PRESENT or verb.lower_ in _SAME_PAST:
        return False
    if verb.head.tag_ != "NNS" or not any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children
    ):
        return False
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    return not any(t.ent_type_ in _NAMED for t in clause)


def _typically(head: Token) -> bool:
    """ "Typically, a warehouse is set on fire and a cable is cut days later":
    the present, said to be usual, of any subject."""
    verb = next((t for t in (head, *head.ancestors) if t.pos_ == "VERB"), None)
    if verb is None:
        return False
    same_form = verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower()  # "set", "cut"
    if not (_present(verb) or (same_form and not any(c.dep_ == "aux" for c in verb.children))):
        return False
    if (head.i == verb.i or head.dep_ in ("nsubj", "nsubjpass")) and _said_usual(verb):
        return True  # "cables between Sweden and Gotland are damaged every year": named or not
    conjuncts = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    own = {t.i for t in verb.subtree} - conjuncts
    if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in verb.sent if t.i in own):
        return False  # "arsonists set fire to it in Lodz": one act
    if any(
        e.label_ in ("DATE", "TIME") and is_point(e.text) and e.start in own for e in verb.sent.ents
    ):
        return False  # "... on Monday"
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
        if any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in chain[-1].head.children):
            break  # "Police usually patrol it, but arsonists set fire to it"
        chain.append(chain[-1].head)  # "... and a cable is cut": the first verb's adverb
    return any(c.dep_ == "advmod" and c.lower_ in _TYPICAL for v in chain for c in v.children)


_EVERY = frozenset({"every", "each"})
_MASS = frozenset({"activity"})
# "increased drone activity over the Baltic this year": a trend, not one event
_TREND = frozenset("increased increasing growing rising heightened more".split())
_RISING = frozenset("increase rise grow surge intensify double triple spike soar".split())
_PERIODS = frozenset("day night week month year winter summer autumn spring season".split())


def _said_usual(verb: Token) -> bool:
    """The verb's own adverb says it is usual: "often", "every year"."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _TYPICAL:
            return True
        if c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in _PERIODS:
            if any(d.dep_ == "det" and d.lower_ in _EVERY for d in c.children):
                return True
    return False


def _present(verb: Token) -> bool:
    """The simple present, active ("cut") or passive ("are cut")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in _PRESENT:
        return not auxes
    return (
        verb.tag_ == "VBN"
        and len(auxes) == 1
        and auxes[0].dep_ == "auxpass"
        and auxes[0].tag_ in _PRESENT
    )


def _listed_in_present(head: Token) -> bool:
    """The simple present (active or passive) of a bare plural subject, with
    nothing named and no day in its clause, in a sentence ending in a full stop."""
    verb = head if head.pos_ == "VERB" else head.head
    if head.pos_ != "VERB" and head.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj", "ccomp", "parataxis"):
        return False
    if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in word_set(
        "reporting_verbs"
    ):
        return False  # "officials say cables are cut": told by its own clause
    if verb.lemma_.lower() in _STATES or not _present(verb):
        return False  # not "has hit", "is burning"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not all(_bare_plural(s) for s in subjects):
        return False
    words = [t for t in verb.sent if not t.is_space]
    if not words or words[-1].text not in (".", ";"):
        return False
    first = verb.sent[0].i  # "Drones appear ...": a capital the tagger may take for a name
    clause = verb.doc[verb.left_edge.i : verb.right_edge.i + 1]
    return not any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" for t in clause if t.i != first)


def _bare_plural(noun: Token) -> bool:
    """ "cables", "Drones" at a sentence's start (which the tagger may take for a name)."""
    plural = noun.tag_ == "NNS" and noun.pos_ == "NOUN"
    opening = (
        noun.i == noun.sent[0].i
        and noun.tag_ in ("NNP", "NNPS")
        and noun.lower_.endswith("s")
        and noun.ent_type_ == ""
    )
    return (plural or opening) and not any(
        c.dep_ in ("det", "poss", "nummod") for c in noun.children
    )


def _of_a_kind(head: Token) -> bool:
    """A bare plural incident noun (or "activity") whose only time is a
    year or a span from one, or that is called common or rising."""
    mass = head.lower_ in _MASS and not any(
        c.dep_ in ("det", "poss", "nummod") for c in head.children
    )  # "a rise in drone activity near bases since 2022": a kind, like a plural
    if head.pos_ != "NOUN" or not (mass or (head.tag_ == "NNS" and _bare_plural(head))):
        return False
    if any(c.dep_ == "amod" and c.lower_ in _USUAL | _TREND for c in head.children):
        return True
    if mass and head.head.lemma_.lower() in _RISING:
        return True  # "drone activity has surged", "there has been increased drone activity"
    dates = [e for e in head.sent.ents if e.label_ in ("DATE", "TIME")]
    years = re.findall(r"\b(?:since|in|during|throughout)\s+(?:19|20)\d\d\b", span_text(head.sent))
    if not dates and not years:
        return False
    return all(_YEAR_ONLY.match(e.text.strip()) for e in dates) and bool(dates or years)
