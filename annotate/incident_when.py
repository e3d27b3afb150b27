"""When an incident happened, read off the dependency parse around its word:
its own phrase ("a strike on Monday, December 1") or clause, never the time
of the saying, a trial or a charge, nor that of another event it came after;
a time told before a present-tense saying, or closing the sentence. Dates are
normalised against the article's date by `incident_dates`.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

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
from annotate.incident_date_ranges import first_of_range, has_year, range_year
from annotate.incident_date_starts import holiday_start, name_before_date, names_a_thing
from annotate.incident_dates import is_point, is_relative, normalise_date
from annotate.incident_facts import BERTHED, taken_ill
from annotate.incident_inquiries import inquired_phrases
from annotate.incident_opening_dates import opening_date, without_count
from annotate.incident_places import entity_at
from annotate.incident_recalled_dates import recalled_date
from annotate.incident_time_phrases import (
    UNITS,
    asides,
    counted_from,
    counted_from_event,
    day_named_after,
    day_named_after_count,
    first_conjunct,
    one_line,
    opening_time,
    same_part_of_day,
    shared_subject,
    timed,
)
from annotate.incident_verdicts import passes_sentence
from annotate.lexicons import incident_words, word_set
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
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTHS = {m: n for n, m in enumerate(_MONTH_NAMES.split(), 1)}
_MONTHS.update({m[:3]: n for m, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTHS.update({f"{m}.": n for m, n in list(_MONTHS.items()) if len(m) <= 4})  # "Nov. 15"


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
    if when := _first_date(cleft_time(head) or inquired_phrases(head), reference):
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
        found = _first_date(list(doc[after].subtree) + _next_dates(doc, after), reference)
        if found:
            return found, True
    if when := recalled_date(head, legal, lambda found: _first_date(found, reference)):
        return when, True  # "Police recall the sabotage on the rail network in October 2022"
    climbed = clause_chain(head)
    for n, node in enumerate(climbed):
        if n and _sequenced(climbed[n - 1]) and node.i in others:
            # "struck targets on Wednesday, hours after drones hit a ship": the
            # time of another event (`others`: incident words) is not its own.
            break
        # "found fragments of a drone", "was found stabbed": the find dates the event
        found_thing = n == 1 and node.lemma_.lower() == "find" and head.dep_ in _FOUND_AS
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
                    if found := _closing_time(clause, reference, clause.right_edge.i):
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
                candidates += shared_subject(node, _TIME_PREPS) if node.pos_ == "VERB" else []
        own_clause = n == 0 or (n == 1 and head.dep_ in ("nsubj", "nsubjpass"))
        if own_clause and node.pos_ == "VERB":
            candidates += [c for c in node.children if c.lower_ == "overnight"]
        found = _first_date(candidates, reference)
        if not found and n == 0 and node.pos_ == "VERB":
            found = _first_date(first_conjunct(node), reference)  # "cut ... and set fire"
        if found:
            return found, n == 0
        if own_clause and node.pos_ == "VERB" and (found := _closing_time(node, reference)):
            return found, n == 0
    if (night := _night_of(head, reference)) is not None:
        return night, True
    for clause in taken_ill(head):
        if found := _first_date(attached(clause, _TIME_PREPS), reference):
            return found, False
    if (opening := opening_date(head, climbed, reference)) is not None:
        return opening, True  # "On 12 May 2019 four ships ... were damaged by mines"
    if found := _first_date(opening_time(head), reference):
        return found, True  # "On 2 June 2025, a parcel ... caught fire", no verb parsed
    return _before_aside(climbed[-1], reference), False


_FOUND_AS = frozenset({*_OBJECTS, "xcomp", "oprd"})

# Participles that say what a thing is, not what was done: "used by", "bound for".
_STATES = frozenset({"use", "bind", "bound", "own", "base", "locate"})


def _closing_time(verb: Token, reference: dt.date | None, last: int = -1) -> DateRef | None:
    """ "Fire destroyed a warehouse used by a firm that ships drones to
    Ukraine early on Wednesday": a time that closes the sentence, which the
    parser hung in a clause describing the object, is the event's."""
    sent = verb.sent
    if last < 0 and verb.dep_ == "ccomp" and verb.head.i > verb.i:
        last = verb.right_edge.i  # "..., police said on Wednesday": the saying's time is not
    last = sent.end - 1 if last < 0 else last
    while last > sent.start and (verb.doc[last].is_punct or verb.doc[last].is_space):
        last -= 1
    end = verb.doc[last]
    if end.ent_type_ not in ("DATE", "TIME") or verb not in end.ancestors:
        return None
    if not any(t.lower_ in _WEEKDAYS for t in verb.doc[max(sent.start, last - 3) : last + 1]):
        return None  # a day of the week ("early on Wednesday"), not a year of background
    path = [a for a in end.ancestors if a.i != verb.i and verb in a.ancestors]
    if not any(a.dep_ in ("relcl", "acl") for a in path) or any(
        a.dep_ in ("relcl", "acl") and a.tag_ in ("VBD", "VBN") and a.lemma_ not in _STATES
        for a in path
    ):
        return None  # only through a clause of what is, not of what was done
    return _first_date([end], reference)


def _before_aside(node: Token, reference: dt.date | None) -> DateRef | None:
    """ "Two weeks earlier, prosecutors allege, the pair set fire to ...": a
    time told before a saying in the present, which has no past time of its
    own, is the time of what it reports."""
    verb = node.head
    if verb.i == node.i or verb.tag_ not in ("VBP", "VBZ"):
        return None
    if verb.lemma_.lower() not in word_set("reporting_verbs") | {"allege"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > verb.i:
        return None
    before = [t for t in verb.doc[verb.sent.start : subject.left_edge.i] if t.ent_type_ == "DATE"]
    return _first_date(before, reference)


def _sequenced(clause: Token) -> bool:
    """A clause told as before or after another ("hours after drones hit")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("after", "before", "since", "until")
        for c in clause.children
    )


def _day_number(token: Token) -> bool:
    text = token.text
    return text.isascii() and text.isdigit() and 1 <= int(text) <= 31


def _next_dates(doc: Doc, start: int) -> list[Token]:
    """Date words running on from a phrase ("in May" "last year")."""
    out, i = [], start
    while i < len(doc) and (
        doc[i].ent_type_ in ("DATE", "TIME") or i == start or doc[i].dep_ == "prep"
    ):
        out.append(doc[i])
        i += 1
    return out


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _first_date(candidates: list[Token], reference: dt.date | None) -> DateRef | None:
    """The first date named among the tokens that is a point in time."""
    overnight = None
    for token in sorted(candidates, key=lambda t: t.i):
        if token.idx < token.doc.user_data.get("briefing_dateline_end", 0):
            continue  # the dateline dates the report, not the event
        if token.lower_ == "overnight" and token.dep_ == "advmod" and reference is not None:
            # a wire report's "overnight" is the night before its own day,
            # unless a day is named too ("overnight on Saturday")
            overnight = overnight or DateRef(token.text, reference.isoformat())
            continue
        if timed(token) and (ent := entity_at(token)) is not None:
            end = ent.end  # "March" "last year": one date in two entities
            while end < len(ent.doc) and ent.doc[end].ent_type_ in ("DATE", "TIME"):
                end += 1
            end = without_count(ent.doc, ent.start, end)  # "In March two drones were seen"
            if _remembered(ent):
                continue  # "memories of December 2022, when gunmen fired": that event's date
            start = name_before_date(ent.doc, ent.start, end)  # "in Vejle last March"
            start = holiday_start(ent.doc, start, end)  # "on Good Friday, 2023"
            if start > 0 and _day_number(ent.doc[start - 1]) and ent.doc[start].lower_ in _MONTHS:
                start -= 1  # "the night of 12 February": the day the tagger left out
            text = one_line(ent.doc[start:end].text, token.text)
            if is_relative(text) and (named := day_named_after(ent.doc, end)):
                text += named  # "Six weeks later, on 17 June": resolved with the event before
            if (first := first_of_range(text)) != text and is_point(first):
                return DateRef(text, normalise_date(first, reference))  # "March-April 2022"
            if is_point(text) and not names_a_thing(ent.doc, start, end):
                if not has_year(text) and (year := range_year(ent.doc, end)):
                    return DateRef(text, normalise_date(f"{text} {year}", reference))
                return DateRef(text, normalise_date(text, reference))
            if (counted := counted_from_event(ent.doc, start, end)) is not None:
                if (named := day_named_after_count(ent.doc, end)) and is_point(named):
                    return DateRef(named, normalise_date(named, reference))  # ", on 18 May"
                return DateRef(counted, None)  # resolved against that event's day
            if (day := _date_of_part(ent.doc, end)) is not None:
                # "in the early hours of 12 February": a part of a day, then the day
                whole_text = ent.doc[start : day.end].text.strip()
                return DateRef(whole_text, normalise_date(day.text, reference))
        elif token.lower_ in UNITS and (
            counted := counted_from_event(token.doc, max(token.i - 1, 0), token.i + 1)
        ):
            named = day_named_after_count(token.doc, token.i + 1)
            if named and is_point(named):
                return DateRef(named, normalise_date(named, reference))  # ", on 18 May"
            return DateRef(counted, None)  # "A day after the blast", untagged
        elif same := same_part_of_day(token):
            return DateRef(same, None)  # "The same evening": the day of the event before
        elif token.lower_ in ("hours", "minutes") and _later(token):
            # "Hours later, soldiers found fragments": the day of the event before
            return DateRef(f"{token.text} later", None)
        elif not token.ent_type_ and token.lower_ in _WEEKDAYS and token.text[0].isupper():
            # "seen over the base late Thursday": a day the tagger did not tag
            first = holiday_start(token.doc, token.i, token.i + 1)  # "on Easter Monday"
            text = token.doc[first : token.i + 1].text
            return DateRef(text, normalise_date(text, reference))
    return overnight


def _later(token: Token) -> bool:
    """ "Hours later", "a few hours later", told before the clause's verb."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.lower_ == "later" and after.i < token.head.i + 1


def _when_clause_date(head: Token, reference: dt.date | None) -> DateRef | None:
    """ "revived memories of March 2021, when gunmen fired on a substation":
    the date a "when" clause hangs on is the time of that clause's event."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if head.pos_ not in ("VERB", "AUX") and head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children
    ):
        return None
    date = verb.head
    if date.ent_type_ != "DATE" or (ent := entity_at(date)) is None or not is_point(span_text(ent)):
        return None
    return DateRef(span_text(ent), normalise_date(span_text(ent), reference))


_LEAD = 3  # sentences at the top (headline, standfirst, lead) where "a night of" is the last


def _night_of(head: Token, reference: dt.date | None) -> DateRef | None:
    """ "watched a night of strikes on ports across the river", in a report's
    lead with no other time: the night before the report's own date, as
    for a wire report's "overnight"."""
    of = head.head
    night = of.head
    if reference is None or head.dep_ != "pobj" or of.lower_ != "of" or night.lemma_ != "night":
        return None
    det = next((c for c in night.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("a", "the") or len(list(night.children)) > 2:
        return None
    sent = head.sent
    told = head.doc.user_data.get("briefing_dateline_end", 0)
    if any(
        e.label_ in ("DATE", "TIME") and e.start_char >= told and is_point(e.text)
        for e in sent.ents
    ):
        return None  # a time of its own ("a night of strikes in March")
    for n, other in enumerate(head.doc.sents):
        if n > _LEAD:
            return None
        if other.start == sent.start:
            return DateRef(f"{det.text} night", reference.isoformat())
    return None


def _remembered(ent: Span) -> bool:
    """A date told as what a thing recalls ("memories of March 2021, when
    ..."): it heads a "when" clause of its own and is no verb's time."""
    root = ent.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.pos_ == "NOUN"
        and any(
            c.dep_ == "relcl" and any(g.lower_ == "when" for g in c.children) for c in root.children
        )
    )


def _date_of_part(doc: Doc, end: int) -> Span | None:
    """The day after "of" that a part of a day ("the early hours", "the
    night") belongs to: "12 February", "Friday"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    start = end + 1
    stop = start + (1 if _day_number(doc[start]) else 0)
    if stop >= len(doc) or (doc[stop].ent_type_ != "DATE" and doc[stop].lower_ not in _MONTHS):
        return None  # "of 3 February", the tagger's DATE or not
    day = doc[start : _day_end(doc, stop + 1)]
    return day if is_point(day.text) else None


def _day_end(doc: Doc, stop: int) -> int:
    """Where a day's words end: the tagger's DATE, or the day and year after
    its month whatever the tagger made of them ("9 June 2025" as a title,
    "June 9, 2025" as a time), so the year is never lost."""
    while stop < len(doc):
        token, before = doc[stop], doc[stop - 1].lower_
        if token.ent_type_ == "DATE" or (_day_number(token) and before in _MONTHS):
            stop += 1
        elif _year(token) or (token.text == "," and stop + 1 < len(doc) and _year(doc[stop + 1])):
            stop += 1
        else:
            break
    return stop


def _year(token: Token) -> bool:
    text = token.text
    return len(text) == 4 and text.isascii() and text.isdigit() and 1800 <= int(text) <= 2099


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
