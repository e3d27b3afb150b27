"""When an incident happened, read off the dependency parse around its word:
its own phrase ("a strike on Monday, December 1") or clause, never the time
of the saying, a trial or a charge, nor that of another event it came after;
a time told before a present-tense saying, or closing the sentence
(`incident_sentence_times`). Dates are read off tokens by
`incident_first_dates` and normalised against the article's date by
`incident_dates`.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from annotate.entity_spans import entity_at
from annotate.incident_clauses import (
    attached,
    circumstances,
    clause_chain,
    described,
    inner,
    light_verb,
    names_in_apposition,
    things_described,
    whole,
)
from annotate.incident_clefts import cleft_time
from annotate.incident_dates import is_point, normalise_date
from annotate.incident_facts import BERTHED, taken_ill
from annotate.incident_first_dates import first_date
from annotate.incident_inquiries import inquired_phrases
from annotate.incident_opening_dates import opening_date
from annotate.incident_recalled_dates import recalled_date
from annotate.incident_sentence_times import before_aside, closing_time, night_of
from annotate.incident_time_phrases import (
    asides,
    counted_from,
    first_conjunct,
    opening_time,
    shared_subject,
)
from annotate.incident_verdicts import passes_sentence
from annotate.incident_watchers import reported_seen
from annotate.lexicons import incident_words
from annotate.model import DateRef
from annotate.parse_spans import span_text

_TIME_PREPS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "since",
        "until",
        "before",
        "after",
        "overnight",
        "throughout",
        "by",
        "from",
        "between",
    }
)
_OBJECTS = frozenset({"dobj", "nsubjpass"})


def date_of(
    head: Token, reference: dt.date | None = None, others: frozenset[int] = frozenset()
) -> tuple[DateRef | None, bool]:
    """The date the incident's phrase or clause gives, as written and
    normalised against the article's date, and whether the incident's own
    words give it. A trial, arrest or comment has its own date: it is not
    the event's ("convicted on Tuesday of an arson in March"); nor is
    another event's that this one came before or after."""
    legal = set(incident_words()["proceeding_verbs"])
    if counted_from(head):
        return None, False  # "a day after the blast": the blast is dated where it is told
    head = light_verb(head)
    if (when := _when_clause_date(head, reference)) is not None:
        return when, True
    if when := first_date(cleft_time(head) or inquired_phrases(head), reference):
        return when, True  # "It was ... that an explosion", "investigating a fire ... on 2 May"
    own = {t.i for t in head.subtree}
    doc, after = head.doc, max(t.i for t in inner(head)) + 1
    charged = (
        head.dep_ == "pobj"
        and head.head.lower_ in ("with", "of", "for")
        and head.head.head.lemma_.lower() in legal
    )
    comma = head.right_edge.i if head.pos_ == "VERB" else min(after, len(doc) - 1)
    comma += doc[comma].text != "," and comma + 1 < len(doc)
    if not charged and comma + 1 < len(doc) and doc[comma].text == ",":
        after = comma + 1  # "was thrown at the home of X, a blogger who ..., in the early hours of"
    if after < len(doc) and charged and doc[after].head.i == head.head.head.i:
        pass  # "charged with assault on Friday": the day of the charge
    elif after < len(doc) and doc[after].dep_ == "prep" and doc[after].lower_ in _TIME_PREPS:
        # "over an arson attack on a depot in May last year": a date right after
        # the incident's words is its own, whatever the parser attached it to.
        found = first_date(list(doc[after].subtree) + _next_dates(doc, after), reference)
        if found:
            return found, True
    if when := recalled_date(head, legal, lambda found: first_date(found, reference)):
        return when, True  # "Police recall the sabotage on the rail network in October 2022"
    climbed = clause_chain(head)
    for n, node in enumerate(climbed):
        if n and _sequenced(climbed[n - 1]) and node.i in others:
            # "struck targets on Wednesday, hours after drones hit a ship": the
            # time of another event (`others`: incident words) is not its own.
            break
        # "found fragments of a drone", "was found stabbed": the find dates the event
        found_thing = n == 1 and node.lemma_.lower() == "find" and head.dep_ in _FOUND_AS
        # "a sentry reported three drones flying over the harbour": the sighting's time
        found_thing = found_thing or (n > 0 and reported_seen(climbed[n - 1], node))
        if n and (node.lemma_.lower() in legal or passes_sentence(node)) and not found_thing:
            break  # not "found fragments of a drone": the find is the event
        if n == 0:
            candidates = inner(node) + attached(node, _TIME_PREPS)
            candidates += described(node, _TIME_PREPS)
            if node.pos_ == "NOUN":
                # "the damage to two undersea cables on Christmas Eve"
                candidates += attached(node, _TIME_PREPS | {"to"})
                for clause in (c for c in node.children if c.dep_ == "relcl"):
                    # "a fire that gutted a warehouse storing parts in X on Saturday"
                    if found := closing_time(clause, reference, clause.right_edge.i):
                        return found, True
            if node.pos_ == "VERB":
                candidates += whole(node)  # "destroyed a section of track ... on Sunday night"
                candidates += names_in_apposition(node, _TIME_PREPS)
                for action in (c for c in node.children if c.dep_ in ("oprd", "xcomp")):
                    candidates += attached(action, _TIME_PREPS)
                for clause in (c for c in node.children if c.dep_ in ("advcl", "acl")):
                    if clause.lemma_.lower() in BERTHED:  # "…, anchored off Tartus, on Sunday"
                        candidates += attached(clause, _TIME_PREPS)  # "seen hovering ... on Friday"
                for clause in circumstances(node):
                    candidates += attached(clause, _TIME_PREPS)
                for clause in asides(node):
                    candidates += [t for t in clause.subtree if t.ent_type_ in ("DATE", "TIME")]
                candidates += things_described(candidates, _TIME_PREPS)
                # "blew up near the tanker Sig off X on Sunday", misparsed as a list
                candidates += [
                    t
                    for c in node.children
                    if c.dep_ == "conj" and c.pos_ != "VERB"
                    for t in whole(c)
                ]
                candidates += shared_subject(node, _TIME_PREPS)
        else:
            # A date on a noun above the incident is that noun's ("an article on
            # Monday about one of the attackers in the shooting").
            candidates = attached(node, _TIME_PREPS) if node.pos_ in ("VERB", "AUX") else []
            if n == 1 and (head.dep_ in ("nsubj", "nsubjpass") or found_thing):
                # "A ransomware attack shut down the systems of X on Sunday": the
                # clause the incident is subject of is its own.
                candidates += [t for t in whole(node) if t.i not in own]
                if node.pos_ == "VERB":
                    candidates += shared_subject(node, _TIME_PREPS)
                    for clause in circumstances(node):  # "… while it was at anchor on Saturday"
                        candidates += attached(clause, _TIME_PREPS)
        own_clause = n == 0 or (n == 1 and head.dep_ in ("nsubj", "nsubjpass"))
        if own_clause and node.pos_ == "VERB":
            candidates += [c for c in node.children if c.lower_ == "overnight"]
        found = first_date(candidates, reference)
        if not found and n == 0 and node.pos_ == "VERB":
            found = first_date(first_conjunct(node), reference)  # "cut ... and set fire"
        if found:
            return found, n == 0
        if own_clause and node.pos_ == "VERB" and (found := closing_time(node, reference)):
            return found, n == 0
    if (night := night_of(head, reference)) is not None:
        return night, True
    for clause in taken_ill(head):
        if found := first_date(attached(clause, _TIME_PREPS), reference):
            return found, False
    if (opening := opening_date(head, climbed, reference)) is not None:
        return opening, True  # "On 12 May 2019 four ships ... were damaged by mines"
    if found := first_date(opening_time(head), reference):
        return found, True  # "On 2 June 2025, a parcel ... caught fire", no verb parsed
    return before_aside(climbed[-1], reference), False


_FOUND_AS = frozenset({*_OBJECTS, "xcomp", "oprd"})


def _sequenced(clause: Token) -> bool:
    """A clause told as before or after another ("hours after drones hit")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
        for c in clause.children
    )


def _next_dates(doc: Doc, start: int) -> list[Token]:
    """Date words running on from a phrase ("in May" "last year")."""
    out, i = [], start
    while i < len(doc) and (
        doc[i].ent_type_ in ("DATE", "TIME") or i == start or doc[i].dep_ == "prep"
    ):
        out.append(doc[i])
        i += 1
    return out


def _when_clause_date(head: Token, reference: dt.date | None) -> DateRef | None:
    """ "revived memories of March 2021, when gunmen fired on a substation":
    the date a "when" clause hangs on is the time of that clause's event."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if head.pos_ not in ("VERB", "AUX") and head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "relcl" and verb.head.dep_ in _ARGUMENTS and _when_clause(verb.head.head):
        verb = verb.head.head  # "September 2025, when jets shot down drones that had crossed"
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children
    ):
        return None
    date = verb.head
    if date.ent_type_ != "DATE" or (ent := entity_at(date)) is None or not is_point(span_text(ent)):
        return None
    return DateRef(span_text(ent), normalise_date(span_text(ent), reference))


_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})


def _when_clause(verb: Token) -> bool:
    return verb.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children
    )


# "The breach happened on 30 November", "the attack was discovered on 2 March".
_HAPPENED = frozenset({"happen", "occur", "take", "begin", "start", "discover", "detect", "notice"})


def day_told_after(head: Token, reference: dt.date | None) -> list[DateRef]:
    """ "Hackers broke in this year. The breach happened on 30 November": the
    day the next sentence gives the event ("the breach", "the attack": a
    definite subject of "happened", "took place"), for an event dated only
    by its year or month."""
    sent = head.sent
    if sent.end >= len(head.doc):
        return []
    following = head.doc[sent.end].sent
    found = []
    for verb in following:
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _HAPPENED:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(
            s.pos_ == "NOUN" and any(d.lower_ in ("the", "this", "that") for d in s.children)
            for s in subjects
        ):
            continue
        date, _ = date_of(verb, reference)
        if date is not None:
            found.append(date)
    return found
