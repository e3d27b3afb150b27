"""Whether a mention reports something that happened: nothing on its path up
to the reporting clause negated, modal, conditional, asked, or governed by a
word that makes it a plan, threat, proposal or denial.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.incident_accidents import accidental
from annotate.incident_attempts import launched_attempt
from annotate.incident_conditions import on_condition
from annotate.incident_denials import debunked
from annotate.incident_disproved import disproved
from annotate.incident_doing_subjects import did_the_governing
from annotate.incident_fact_checks import (
    claimed_by_content,
    rated_untrue,
    shown_in_a_fact_check,
    taken_back,
)
from annotate.incident_faults import done_by_fault, found_harmless
from annotate.incident_frames import (
    framed,
    judged_possible,
    only_like,
    planned_by,
    shown_as,
    told_in_present,
    yet_to_come,
)
from annotate.incident_hedges import doubted_aside, unfounded
from annotate.incident_imagined import IMAGINED, imagined
from annotate.incident_infinitives import infinitive_to, word_before
from annotate.incident_inversions import inverted
from annotate.incident_known_frames import known_to_listener
from annotate.incident_linked_to import linked_end
from annotate.incident_mishaps import correction_notice, natural_strike
from annotate.incident_mistaken import mistaken
from annotate.incident_natural_doers import by_nature, seen_by_nobody
from annotate.incident_not_stated import (
    an_example,
    on_paper,
    outlook,
    told_as_false,
    verbless,
)
from annotate.incident_semicolons import closed_by_semicolon
from annotate.incident_stopped import stopped_errand, told_as_rule
from annotate.incident_unconfirmed import unconfirmed
from annotate.lexicons import incident_words, word_set

_ATTRIBUTING = frozenset({"suspect", "suspicion", "accuse", "blame"})
_TEMPORAL = frozenset({"after", "since", "following", "during"})
_CIRCUMSTANCE = frozenset({"in", "at"})
_REMINDING = frozenset({"recall", "remember", "recollect"})  # a modal of memory, not of doubt
_TELLING = frozenset({"confirm", "report", "tell", "say", "reveal", "disclose", "announce"})


def unreal(head: Token) -> bool:
    """Negated, modal, conditional, planned, threatened, proposed or denied."""
    lex = incident_words()
    modals, negations = set(lex["modals"]), set(lex["negations"])
    conditionals, governors = set(lex["conditionals"]), set(lex["unreal_governors"])
    reporting = word_set("reporting_verbs")
    if _unreal_modifier(head, lex["unreal_modifiers"]) or _judgement(head) or _ruled_out(head):
        return True
    if accidental(head) or _aimed(head, governors | _PURPOSE) or on_condition(head):
        return True  # "told to set fire to two more sites if the first job succeeded"
    if framed(head) or told_in_present(head) or debunked(head) or judged_possible(head):
        return True
    if doubted_aside(head) or unfounded(head):
        return True  # "The blast, if it was one, left no crater"
    if rated_untrue(head) or claimed_by_content(head) or taken_back(head):
        return True  # 'Claim 2: "Saboteurs blew up a bridge." FALSE.'
    if shown_in_a_fact_check(head):
        return True  # "Videos posted on Monday show a large blast" (a demolition)
    if by_nature(head) or seen_by_nobody(head):
        return True  # "Storms cut power lines", "Nobody reported drones over X"
    if mistaken(head) or found_harmless(head) or done_by_fault(head):
        return True  # "the drone turned out to be a weather balloon"
    if outlook(head) or on_paper(head) or told_as_false(head) or verbless(head):
        return True  # "remains unlikely", "notes for an arson", "the rumour that ..., invented"
    if an_example(head):
        return True  # "A cyberattack on the grid during a cold snap, for example."
    if stopped_errand(head) or told_as_rule(head):
        return True  # "paid to torch a depot but arrested before he could", "every time ..."
    if disproved(head):
        return True  # "told to burn a hut, something he never did", "reports ... a false alarm"
    if unconfirmed(head):
        return True  # "acquitted of involvement in a fire", 'a "massive strike"'
    if correction_notice(head.sent) or natural_strike(head):
        return True  # "An earlier version of this story reported ...", "a bird strike"
    if only_like(head) or shown_as(head):
        return True  # "what sounded like a blast", "presenting X as an attack on Y"
    node, first, path = head, True, []
    while True:
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in negations):
                return True
            if child.dep_ in ("aux", "auxpass") and child.lower_ in modals:
                if first or not (
                    _reminded(node, path)
                    or _can_confirm(node, child, path)
                    or known_to_listener(node, child, path)
                ):
                    return True
            if child.dep_ == "mark" and child.lower_ in conditionals:
                return not (child.lower_ == "whether" and linked_end(head, node))
            if inverted(node, child):
                return True  # "Had the bomb gone off, dozens could have died"
        if yet_to_come(node):
            return True  # "before the first shot is fired"
        if (
            not first
            and node.lemma_.lower() in governors
            and not launched_attempt(head, node)
            and not did_the_governing(node, path[-1])
        ):
            # "a tanker suspected of causing the outage": the culprit is
            # suspected, the outage happened.
            # "suspected of cutting a cable": the cutting happened.
            via = len(path) >= 3 or any(t.lower_ == "of" for t in path)
            return not (node.lemma_.lower() in _ATTRIBUTING and via)
        path.append(node)
        if node.dep_ == "pobj" and node.head.lower_ in negations:
            return True  # "without incident"
        if node.dep_ == "pobj" and node.head.lower_ in _TEMPORAL:
            return False  # "halted after Friday's attack": what came before is real
        if node.dep_ == "pobj" and node.head.lower_ in _CIRCUMSTANCE:
            if node.head.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                return False  # "one of the people in a mass shooting": a real thing's past
        if not first and _reporting(node, reporting):
            # the report itself is real; what it reports is, as told, unless
            # a plan or doctrine tells it ("the plan called for bombing ...")
            return planned_by(node, governors)
        if node.dep_ == "relcl" and _unreal_modifier(node.head, lex["unreal_modifiers"]):
            return True  # "any drone that violates its airspace"
        if node.dep_ == "relcl" and node.head.lemma_.lower() in IMAGINED:
            return True  # "a scenario in which several cables are cut on the same night"
        if node.dep_ == "relcl" and node.tag_ in ("VBP", "VBZ", "VB") and unreal(node.head):
            return True  # "ready to shoot down drones that enter its airspace"
        if node.head.i == node.i or node.dep_ == "relcl":
            if node.head.i == node.i and _asked(head):
                return True  # "Was it an attack?"
            return False
        if node.dep_ == "acl" and node.tag_ == "VBN" and not _finite(node):
            # "an exercise that will simulate a blackout caused by a cyberattack"
            return imagined(node.head)  # not "an iPhone used by one of the people in a shooting"
        if node.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False  # a finite adverbial clause has its own modality
        if node.dep_ == "conj" and _unreal_modifier(node.head, lex["unreal_modifiers"]):
            return True  # "no fires or explosions"
        if node.lower_ == "of" and _unreal_modifier(node.head, lex["unreal_modifiers"]):
            return True  # "potential acts of sabotage"
        if closed_by_semicolon(node):
            return False  # "explosions ruptured X; investigators have never said who"
        node, first = node.head, False


def _reminded(node: Token, path: list[Token]) -> bool:
    """ "Members will recall that rebels sank a ship": a modal of memory says
    nothing of doubt when what is recalled is told in the past."""
    if node.lemma_.lower() not in _REMINDING or not path or path[-1].dep_ != "ccomp":
        return False
    told = path[-1]
    return told.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in told.children
    )


def _can_confirm(node: Token, modal: Token, path: list[Token]) -> bool:
    """ "We can confirm that drones were seen": "can" on a verb of telling
    says the speaker is able to tell a past event, not that it may be."""
    if modal.lower_ != "can" or node.lemma_.lower() not in _TELLING:
        return False
    return _reminded_past(path)


def _reminded_past(path: list[Token]) -> bool:
    if not path or path[-1].dep_ != "ccomp":
        return False
    told = path[-1]
    return told.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "were", "had") for c in told.children
    )


def _reporting(node: Token, reporting: set[str]) -> bool:
    """A reporting verb, not a noun the tagger took for one ("dismissed
    reports that ...": "reports" as an object is the noun)."""
    return (
        node.pos_ == "VERB"
        and node.lemma_.lower() in reporting
        and node.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass")
    )


def _finite(clause: Token) -> bool:
    """A clause with its own subject or "that" ("reports that the servers
    had been hacked"), not a reduced relative ("a car used in the attack")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)


# Words before an infinitive of purpose that make the act a design, not a
# deed: "charges built to cut a rail", "a drone rigged to explode", "agreed to burn".
_PURPOSE = frozenset({"build", "rig", "program", "programme", "configure", "train", "agree"})


def _aimed(head: Token, governors: set[str]) -> bool:
    """ "accused of photographing sites and of planning to set fire to a
    warehouse": the word right before an infinitive's "to" makes it a plan,
    however the parser joined the clause."""
    if any(c.lower_ == "caught" and c.i == head.i - 1 for c in head.children):
        return False  # "a parcel rigged to overheat caught fire", "caught" taken for a modifier
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else head  # "to set fire"
    to = infinitive_to(verb)  # "plots to plant bombs and to kill a general"
    if to is None or (before := word_before(to)) is None:
        return False  # "the plot, uncovered in 2024, to kill a general"
    if before.lower_ in ("about", "going") and before.i > 0:
        return head.doc[before.i - 1].lemma_ == "be"  # "were about to set fire"
    if before.pos_ == "ADV" and before.i > 0:
        before = head.doc[before.i - 1]  # "planned secretly to"
    return before.lemma_.lower() in governors and before.pos_ in ("VERB", "ADJ", "NOUN")


_FINDINGS = frozenset({"trace", "evidence", "sign", "nothing"})
_HEDGED = frozenset({"suspected", "possible", "apparent", "presumed"})


def _ruled_out(head: Token) -> bool:
    """ "treated for a suspected poisoning, but tests found no trace of any
    toxin": a suspicion its own sentence rules out."""
    if not any(c.dep_ == "amod" and c.lower_ in _HEDGED for c in head.children):
        return False
    return any(
        t.lemma_.lower() in _FINDINGS
        and t.dep_ in ("dobj", "attr", "nsubj", "nsubjpass")
        and (t.lower_ == "nothing" or any(c.lower_ == "no" for c in t.children))
        for t in head.sent
    )


def _judgement(head: Token) -> bool:
    """ "A bombed airliner is mass murder": what a kind of thing is called,
    in the present, of a thing named with "a" (no event of its own)."""
    verb = head.head
    if verb.lemma_ != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if head.dep_ == "nsubj":  # "A ransomware attack on a hospital is a crime"
        if any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in head.children):
            return False  # "A fire that destroyed a warehouse on 8 May is now the biggest loss"
        return _a_kind(head) and any(c.dep_ == "attr" for c in verb.children)
    if head.dep_ != "attr":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_a_kind(s) for s in subjects)


def _a_kind(noun: Token) -> bool:
    """ "a bombed airliner", "any attack": a thing named as one of a kind."""
    return any(d.dep_ == "det" and d.lower_ in ("a", "an", "any", "every") for d in noun.children)


def _asked(head: Token) -> bool:
    """A yes-or-no question about what a thing was ("Was it an attack?")."""
    words = [t for t in head.sent if not t.is_space]
    marks = [t for t in words if t.text == "?" and t.i > head.i]
    return (
        len(words) > 1
        and bool(marks)
        and all(t.dep_ != "ROOT" or t.i < marks[0].i for t in words)
        and head.dep_ in ("attr", "acomp")
        and words[0].lemma_.lower() in ("be", "do", "have", "could", "might")
    )


def _unreal_modifier(token: Token, words: list[str]) -> bool:
    """ "non-existent plans", "potential strikes", "no drones flew": a modifier
    before the word (of a verb, in its subject: not in a clause before it)."""
    start = token.left_edge.i
    if token.pos_ in ("VERB", "AUX"):
        before = [c for c in token.lefts if c.dep_ not in ("ccomp", "parataxis", "advcl", "punct")]
        before = [c for c in before if c.dep_ != "prep"] or before
        start = min((c.left_edge.i for c in before), default=token.i)
    left = token.doc[start : token.i].text.lower()
    return any(w in words for w in re.findall(r"[a-z]+(?:-[a-z]+)*", left))
