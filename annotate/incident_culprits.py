"""Culprits named in a sentence of their own, after the event: "The tanker
X is suspected of dragging its anchor", "The Houthis claimed
responsibility", "X said it was behind it", "the drone was launched by X"
(`incidents` gives each to the event it follows).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.actor_drafts import sentence_numbers, tokens_among
from annotate.actors import ActorIndex
from annotate.incident_actors import named_actor, served
from annotate.incident_agents import RECRUITING, SUSPICION, before_a_court
from annotate.incident_not_culprits import (
    blamed_for_others,
    carried_out,
    hearsay,
    open_question,
)
from annotate.incident_weapon_owners import (
    LAUNCHING,
    LAUNCHING_FORMS,
    launcher_named,
)
from annotate.lexicons import word_set

_CULPRIT_WORDS = frozenset(
    {"suspect", "accuse", "claim", "drag", "be", "act", "work", "blame", "attribute", "carry"}
    | RECRUITING
    | LAUNCHING
)
# The forms of those verbs, to find them by hash.
_CULPRIT_FORMS = (
    frozenset(
        "suspected accused claimed claims claim claiming dragged dragging drags was is were are "
        "acted acting acts worked working works blamed blames blaming attributed attributes "
        "recruited hired paid tasked carried".split()
    )
    | LAUNCHING_FORMS
)
# Who a ship's or a group's people stand for: "the crew of the tanker X".
_OWNED_BY = frozenset("crew captain master owner owners operator anchor".split())
# Culprits said of what was just told ("Officials blamed a group calling itself X").
_BLAMING = frozenset({"blame", "claim", "attribute", "be"}) | LAUNCHING


def culprits(doc: Doc, actors: ActorIndex) -> dict[int, tuple[str, str, bool]]:
    """Sentences that name a culprit without naming the incident again: "The
    tanker Volga Star is suspected of dragging its anchor", "The Houthis
    claimed responsibility", "Police said X had dragged its anchor", "X said
    it was behind it". By sentence number: (actor id, attribution, whether
    it blames what was just told: "Officials blamed X", "X claimed it";
    not "he was recruited by X", said of a person and whatever he did)."""
    found: dict[int, tuple[str, str, bool]] = {}
    numbers = sentence_numbers(doc)
    for token in tokens_among(doc, _CULPRIT_FORMS):
        n = numbers[token.i]
        if n not in found and not _question(token) and not open_question(token):
            who, hedged = _culprit(token, actors)
            if who is not None:
                blames = token.lemma_.lower() in _BLAMING
                found[n] = (who, "alleged" if hedged else "stated", blames)
    return found


def _claimed_passive(verb: Token) -> bool:
    """ "Responsibility (for the attack) was claimed by X", "The attack was
    claimed by X"."""
    return any(
        c.dep_ == "nsubjpass" and (c.lemma_.lower() == "responsibility" or _named_before(c))
        for c in verb.children
    )


_DENYING = frozenset({"deny", "reject", "dismiss", "refute", "disown"})


def _denied(verb: Token) -> bool:
    """ "said it had not carried out", "denied that it had carried out"."""
    return any(c.dep_ == "neg" for c in verb.children) or any(
        a.lemma_.lower() in _DENYING for a in verb.ancestors
    )


def _question(token: Token) -> bool:
    """A sentence that asks names no culprit: the interviewer's "Is X behind it?"."""
    words = [t for t in token.sent if not t.is_space]
    return bool(words) and words[-1].text == "?"


def _culprit(token: Token, actors: ActorIndex) -> tuple[str | None, bool]:
    lemma = token.lemma_.lower()
    if lemma not in _CULPRIT_WORDS:
        return None, False  # most words: looked at once, cheaply
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if hearsay(subjects):
        return None, False  # "Posts on social media blamed X"
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"}
    if lemma in ("suspect", "accuse") and token.tag_ == "VBN":
        named = [c for c in token.children if c.dep_ == "nsubjpass"]
    elif lemma == "claim" and (
        "responsibility" in objects
        or any(c.dep_ == "dobj" and _named_before(c) for c in token.children)
    ):
        named = subjects  # "claimed responsibility", "claimed the attack"
    elif (
        lemma == "claim" and token.tag_ == "VBN" and _claimed_passive(token) and not _denied(token)
    ):
        # "Responsibility was claimed by the hacker group Killnet"
        named = [g for c in token.children if c.dep_ == "agent" for g in c.children]
    elif (
        carried_out(token)
        and any(c.dep_ == "dobj" and _named_before(c) for c in token.children)
        and not _denied(token)
    ):
        named = subjects  # "X said on Telegram that it had carried out the attack"
    elif lemma == "drag" and "anchor" in objects:
        # "Police suspect the crew of the tanker X dragged its anchor": the
        # parser may hang the clause on "suspect", its subject as the object
        named = subjects or [
            c for c in token.head.children if c.dep_ == "dobj" and token.dep_ == "conj"
        ]
    elif lemma in RECRUITING and token.tag_ == "VBN" and not _described(subjects):
        # not "the man who attacked her was paid by X": a deed of its own, told there
        named = [g for c in token.children if c.dep_ == "agent" for g in c.children]
    elif lemma == "attribute" and (
        any(c.dep_ in ("dobj", "nsubjpass") and _named_before(c) for c in token.children)
    ):
        # "Officials attributed it to X", "the attack was attributed to X"
        named = [g for c in token.children if c.lower_ == "to" for g in c.children]
    elif lemma == "be" and any(
        c.dep_ == "prep"
        and c.lower_ == "behind"
        and any(g.dep_ == "pobj" and _named_before(g) for g in c.children)
        for c in token.children
    ):
        named = subjects
    elif launched := launcher_named(token):
        named = launched  # "the drone was launched by the Belarusian armed forces"
    elif lemma == "blame" and blamed_for_others(token):
        return None, False  # "blamed Russia for a string of similar attacks"
    elif lemma == "blame" and not _relative(token):  # "a poisoning that X blamed on Y": its own
        # "The prime minister blamed Russia": the one blamed, not the blamer;
        # "blamed the fire on X": the one it is put on
        on = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "on"]
        named = [g for c in on for g in c.children if g.dep_ == "pobj"] or [
            c for c in token.children if c.dep_ == "dobj"
        ]
        for target in named:
            if who := named_actor(target, actors):
                return who, True
        return None, False
    elif (lemma in ("act", "work") or carried_out(token)) and (who := served(token, actors)):
        # "saying the men acted on the orders of Russian military intelligence"
        reporting = word_set("reporting_verbs")
        return who, any(
            a.lemma_.lower() in reporting | SUSPICION or before_a_court(a) for a in token.ancestors
        )
    else:
        return None, False
    reporting = word_set("reporting_verbs")
    hedged = lemma != "claim" or any(
        a.lemma_.lower() in reporting or a.lemma_.lower() in SUSPICION for a in token.ancestors
    )
    hedged = hedged or lemma == "claim"
    for subject in named:
        if subject.lower_ in ("it", "they") and token.dep_ == "ccomp":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), subject)
        if who := named_actor(subject, actors):
            return who, hedged
        for appos in (c for c in subject.children if c.dep_ in ("appos", "compound")):
            if who := named_actor(appos, actors):
                return who, hedged
        for name in _called(subject):
            if who := named_actor(name, actors):
                return who, hedged  # "a group calling itself the Northern Wolves"
        if subject.lemma_.lower() in _OWNED_BY:
            for owner in (g for c in subject.children if c.lower_ == "of" for g in c.children):
                if who := named_actor(owner, actors) or next(
                    (
                        w
                        for a in owner.children
                        if a.dep_ == "appos" and (w := named_actor(a, actors))
                    ),
                    None,
                ):
                    return who, hedged  # "the crew of the tanker X"
    return None, False


def _described(subjects: list[Token]) -> bool:
    """A subject told with a clause of its own ("the man who attacked her")."""
    return any(c.dep_ in ("relcl", "acl") for s in subjects for c in s.children)


def _relative(verb: Token) -> bool:
    """A relative clause, or one the parser took for an adverbial ("that ...")."""
    return verb.dep_ == "relcl" or any(
        c.lower_ in ("that", "which") and c.dep_ in ("mark", "dobj", "nsubj") for c in verb.children
    )


def _called(subject: Token) -> list[Token]:
    """The name in "a group calling itself X", "a group called X", "known as X"."""
    names = []
    for acl in (c for c in subject.children if c.dep_ == "acl"):
        names += [c for c in acl.children if c.dep_ in ("oprd", "attr")]
        names += [
            g for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
        ]
    return names


def _named_before(token: Token) -> bool:
    """ "it", "this", "the fires", "these attacks": something told before."""
    return token.lower_ in ("it", "this") or any(
        d.dep_ == "det" and d.lower_ in ("the", "this", "these") for d in token.children
    )
