"""The facts of an incident, read off the dependency parse around its word.

Place and date come from the incident's own phrase ("the blaze at a
warehouse in east London", "a strike on Monday, December 1"), else from the
clause that reports it, never from the clause of saying. The toll comes from
casualty words in the same sentence ("at least four more people killed"),
given to the nearest incident in the tree. The perpetrator is whoever the
text makes the agent: a possessor ("Putin's covert campaign ... has included
fires"), a "by" phrase, the subject of the incident verb, or of a verb that
carries the incident out ("Russia continues its lethal bombardment").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from annotate.incident_clauses import (
    LIGHT_VERBS,
    SUBJECTS,
    aftermath,
    attached,
    clause_chain,
    contrast,
    described,
    inner,
    light_verb,
    names_a_thing,
    names_where_or_when,
    object_phrase,
    phrase_end,
    run_on,
    things_described,
    when_clauses,
    whole,
)
from annotate.incident_datelines import dateline_place
from annotate.incident_dates import is_point, normalise_date
from annotate.incident_places import best_place, entity_at, places_in
from annotate.lexicons import incident_words, word_set
from annotate.model import DateRef

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
_TERRITORY = frozenset({"airspace", "territory", "soil", "waters", "border", "coast"})
_UNACCUSATIVE = frozenset("explode blow burn ignite collapse derail catch".split())
_OBJECTS = frozenset({"dobj", "nsubjpass"})
_MAX_SPAN = 24
_SITE_PREPS = frozenset({"at", "in", "on", "near", "outside", "inside", "through", "into", "onto"})
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTHS = {m: n for n, m in enumerate(_MONTH_NAMES.split(), 1)}
_MONTHS.update({m[:3]: n for m, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def span_of(head: Token) -> tuple[int, int]:
    """Character span of a readable phrase for the incident."""
    doc = head.doc
    if head.dep_ == "dobj" and head.head.lemma_.lower() in LIGHT_VERBS and head.i > head.head.i:
        head = head.head  # "a package caught fire inside a van": the catching
    tokens = [t for t in inner(head) if not (t.dep_ == "aux" or t.dep_ == "neg")]
    start, end = tokens[0].i, tokens[-1].i + 1
    if end - start > _MAX_SPAN:
        start, end = head.left_edge.i if head.i - head.left_edge.i < 6 else head.i, head.i + 1
    if head.pos_ == "VERB":
        # "The power cable was severed", "a package caught fire": what it
        # happened to (or what did it), when short, opens the phrase.
        subject = next((c for c in head.children if c.dep_ in SUBJECTS and c.i < head.i), None)
        if (
            subject is not None
            and subject.lower_ in ("that", "which", "who")
            and head.dep_ == "relcl"
        ):
            subject = head.head  # "drones that entered Polish airspace"
        if subject is not None and head.i - subject.left_edge.i <= 10:
            start = min(start, subject.left_edge.i)
    verb = head.head
    if head.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.i == end and verb.i - start < 8:
        # "A fire broke out at a fuel depot in Kharkiv": the subject's verb and
        # its place and time phrases read as the incident.
        end = verb.i + 1
        for child in verb.rights:
            if child.dep_ == "prt":
                end = child.i + 1
            elif child.dep_ in ("prep", "npadvmod") and names_where_or_when(child):
                end = phrase_end(child)
            elif (child.dep_ == "dobj" or child.lower_ in _SITE_PREPS) and names_a_thing(child):
                end = phrase_end(child)  # "The blast damaged the bridge"
            else:
                break
    # "killed in a strike on Monday, December 1": a date or place phrase right
    # after the incident but attached to the clause still reads as part of it.
    while end < len(doc) and doc[end].dep_ == "prep" and names_where_or_when(doc[end]):
        if not any(a.i == doc[end].head.i for a in head.ancestors):
            break
        end = phrase_end(doc[end])
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


# What an event is likened to is elsewhere: "fits a pattern of attacks in X".
LIKENING = frozenset("fit follow resemble match mirror echo recall".split())


def _halted_after(head: Token, verb: Token) -> bool:
    """The incident is a clause told as what came before the verb ("halted
    departures after drones were spotted")."""
    return (
        head.dep_ == "advcl"
        and head.head.i == verb.i
        and any(c.dep_ == "mark" and c.lower_ in ("after", "when") for c in head.children)
        and verb.lemma_.lower() not in word_set("reporting_verbs")
    )


def place_of(head: Token) -> tuple[str | None, str | None]:
    """(place, area) named in the incident's phrase or its clause: "the
    village of Mika", "Munich airport" in Munich."""
    preps = set(incident_words()["place_preps"])
    head = light_verb(head)
    own = {t.i for t in head.subtree}
    # The other members of a list have places of their own ("the severing of
    # undersea Baltic cables and widespread cyber intrusions").
    others = {t.i for c in head.conjuncts for t in c.subtree} - own
    for n, node in enumerate(clause_chain(head)):
        if n and node.lemma_.lower() in LIKENING:
            break  # "The poisoning fits a pattern of attacks on critics of Minsk"
        if n == 0:
            tokens = inner(node) + described(node, preps) + run_on(node, preps)
            if node.pos_ in ("VERB", "AUX"):
                tokens += attached(node, preps) + object_phrase(node, preps, passive=True)
                for action in (c for c in node.children if c.dep_ in ("oprd", "xcomp")):
                    tokens += attached(action, preps)  # "spotted circling above the base"
                tokens += when_clauses([node, *tokens], preps)
                if node.lemma_.lower() in _UNACCUSATIVE:
                    # "the ammunition depot in Toropets exploded": what blew up is where
                    for subject in (c for c in node.children if c.dep_ == "nsubj"):
                        tokens += [subject, *attached(subject, preps)]
                tokens += things_described(tokens, preps)
                if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
                    tokens.append(node.head)  # "near Puławy, where cables were damaged"
        else:
            tokens = attached(node, preps) + object_phrase(node, preps, passive=True)
            tokens += when_clauses([node, *tokens], preps) if node.pos_ == "VERB" else []
            if n == 1 and _halted_after(head, node):
                # "Billund Airport halted departures after drones were spotted
                # near the runway": the site that stopped is where it happened
                sites = set(incident_words()["facilities"])
                for subject in (c for c in node.children if c.dep_ in SUBJECTS):
                    if subject.ent_type_ == "FAC" or subject.lemma_.lower() in sites:
                        tokens += [subject, *subject.children]
            if aftermath(head, node):
                # "the hospital in Brno has been working on paper since a
                # ransomware attack": what suffered it says where it was.
                for subject in (c for c in node.children if c.dep_ in SUBJECTS):
                    tokens += [subject, *attached(subject, preps)]
            if node.dep_ == "relcl" and any(c.lower_ == "where" for c in node.children):
                # "the Pulse nightclub in Orlando, where 49 were killed in a shooting"
                tokens += [node.head, *attached(node.head, preps)]
            for clause in (c for c in node.children if c.dep_ == "advcl"):
                if contrast(clause):
                    continue  # "…, while in Bulgaria three men were charged": elsewhere
                if any(c.lower_ in ("when", "where", "as", "while") for c in clause.children):
                    tokens += attached(
                        clause, preps
                    )  # "survived an attempt, when he was beaten near X"
        # A possessor is the agent ("Russia's strike on Kharkiv"), never the
        # place: no place is better than the attacker's country.
        agent = (
            {t.i for c in node.children if c.dep_ == "poss" for t in c.subtree} if n == 0 else set()
        )
        found = best_place(places_in(t for t in tokens if t.i not in others | agent))
        if found:
            return found
    for other in head.conjuncts:  # "sabotage, cyberattacks and airspace violations across Europe"
        found = best_place(places_in(attached(other, preps)))
        if found:
            return found
    for clause in _taken_ill(head):  # "a journalist who fell ill in Riga had been poisoned"
        found = best_place(places_in(attached(clause, preps)))
        if found:
            return found
    return dateline_place(head), None


_ILL = frozenset({"fall", "collapse", "faint", "become"})


def _taken_ill(head: Token) -> list[Token]:
    """Where the one it was done to fell ill or collapsed, told in a clause
    on them: the place and time of a poisoning found later."""
    if head.pos_ != "VERB":
        return []
    return [
        clause
        for subject in head.children
        if subject.dep_ == "nsubjpass"
        for clause in subject.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in _ILL
    ]


def site_named_before(head: Token) -> str | None:
    """ "two more drones were seen circling above the base": a site told with
    "the" and no name of its own, which names the place of an event before."""
    if head.pos_ != "VERB":
        return None
    preps = set(incident_words()["place_preps"])
    tokens = attached(head, preps)
    for action in (c for c in head.children if c.dep_ in ("oprd", "xcomp")):
        tokens += attached(action, preps)
    for token in tokens:
        if (
            token.dep_ == "pobj"
            and token.pos_ == "NOUN"
            and token.lemma_.lower() in incident_words()["facilities"]
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and not any(c.dep_ in ("compound", "amod", "prep") for c in token.children)
        ):
            return token.lower_
    return None


def date_of(
    head: Token, reference: dt.date | None = None, others: frozenset[int] = frozenset()
) -> tuple[DateRef | None, bool]:
    """The date the incident's phrase or clause gives, as written and
    normalised against the article's date, and whether the incident's own
    words give it. A trial, arrest or comment has its own date: it is not
    the event's ("convicted on Tuesday of an arson in March"); nor is
    another event's that this one came before or after."""
    legal = set(incident_words()["proceeding_verbs"])
    head = light_verb(head)
    own = {t.i for t in head.subtree}
    doc, after = head.doc, max(t.i for t in inner(head)) + 1
    charged = (
        head.dep_ == "pobj"
        and head.head.lower_ in ("with", "of", "for")
        and head.head.head.lemma_.lower() in legal
    )
    if after < len(doc) and charged and doc[after].head.i == head.head.head.i:
        pass  # "charged with assault on Friday": the day of the charge
    elif after < len(doc) and doc[after].dep_ == "prep" and doc[after].lower_ in _TIME_PREPS:
        # "over an arson attack on a depot in May last year": a date right after
        # the incident's words is its own, whatever the parser attached it to.
        found = _first_date(list(doc[after].subtree) + _next_dates(doc, after), reference)
        if found:
            return found, True
    climbed = clause_chain(head)
    for n, node in enumerate(climbed):
        if n and _sequenced(climbed[n - 1]) and node.i in others:
            # "struck targets on Wednesday, hours after drones hit a ship": the
            # time of another event (`others`: incident words) is not its own.
            break
        found_thing = n == 1 and node.lemma_.lower() == "find" and head.dep_ in _OBJECTS
        if n and node.lemma_.lower() in legal and not found_thing:
            break  # not "found fragments of a drone": the find is the event
        if n == 0:
            candidates = inner(node) + attached(node, _TIME_PREPS)
            candidates += described(node, _TIME_PREPS)
            if node.pos_ == "VERB":
                candidates += whole(node)  # "destroyed a section of track ... on Sunday night"
                for action in (c for c in node.children if c.dep_ in ("oprd", "xcomp")):
                    candidates += attached(action, _TIME_PREPS)  # "seen hovering ... on Friday"
                candidates += things_described(candidates, _TIME_PREPS)
                # "blew up near the tanker Sig off X on Sunday", misparsed as a list
                candidates += [
                    t
                    for c in node.children
                    if c.dep_ == "conj" and c.pos_ != "VERB"
                    for t in whole(c)
                ]
                # "was attacked and injured at his office late on Friday": a
                # verb sharing the subject tells the same happening
                candidates += [
                    t
                    for c in node.children
                    if c.dep_ == "conj" and c.tag_ == "VBN" and not _has_subject(c)
                    for t in attached(c, _TIME_PREPS)
                ]
        else:
            # A date on a noun above the incident is that noun's ("an article on
            # Monday about one of the attackers in the shooting").
            candidates = attached(node, _TIME_PREPS) if node.pos_ in ("VERB", "AUX") else []
            if n == 1 and head.dep_ in ("nsubj", "nsubjpass"):
                # "A ransomware attack shut down the systems of X on Sunday": the
                # clause the incident is subject of is its own.
                candidates += [t for t in whole(node) if t.i not in own]
        own_clause = n == 0 or (n == 1 and head.dep_ in ("nsubj", "nsubjpass"))
        if own_clause and node.pos_ == "VERB":
            candidates += [c for c in node.children if c.lower_ == "overnight"]
        found = _first_date(candidates, reference)
        if found:
            return found, n == 0
        if own_clause and node.pos_ == "VERB" and (found := _closing_time(node, reference)):
            return found, n == 0
    for clause in _taken_ill(head):
        if found := _first_date(attached(clause, _TIME_PREPS), reference):
            return found, False
    return _before_aside(climbed[-1], reference), False


def _closing_time(verb: Token, reference: dt.date | None) -> DateRef | None:
    """ "Fire destroyed a warehouse used by a firm that ships drones to
    Ukraine early on Wednesday": a time that closes the sentence, which the
    parser hung in a clause describing the object, is the event's."""
    sent = verb.sent
    last = sent.end - 1
    while last > sent.start and (verb.doc[last].is_punct or verb.doc[last].is_space):
        last -= 1
    end = verb.doc[last]
    if end.ent_type_ not in ("DATE", "TIME") or verb not in end.ancestors:
        return None
    if not any(t.lower_ in _WEEKDAYS for t in verb.doc[max(sent.start, last - 3) : last + 1]):
        return None  # a day of the week ("early on Wednesday"), not a year of background
    path = [a for a in end.ancestors if a.i != verb.i and verb in a.ancestors]
    if not any(a.dep_ in ("relcl", "acl") for a in path) or any(
        a.dep_ in ("relcl", "acl") and a.tag_ in ("VBD", "VBN") and a.lemma_ != "use" for a in path
    ):
        return None  # only through a clause of what is, not of what was done
    return _first_date([end], reference)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


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
        if token.ent_type_ in ("DATE", "TIME") and (ent := entity_at(token)) is not None:
            end = ent.end  # "March" "last year": one date in two entities
            while end < len(ent.doc) and ent.doc[end].ent_type_ in ("DATE", "TIME"):
                end += 1
            start = ent.start
            if start > 0 and _day_number(ent.doc[start - 1]) and ent.doc[start].lower_ in _MONTHS:
                start -= 1  # "the night of 12 February": the day the tagger left out
            text = ent.doc[start:end].text.strip()
            if is_point(text):
                return DateRef(text, normalise_date(text, reference))
            if (day := _date_of_part(ent.doc, end)) is not None:
                # "in the early hours of 12 February": a part of a day, then the day
                whole_text = ent.doc[start : day.end].text.strip()
                return DateRef(whole_text, normalise_date(day.text, reference))
        elif not token.ent_type_ and token.lower_ in _WEEKDAYS and token.text[0].isupper():
            # "seen over the base late Thursday": a day the tagger did not tag
            return DateRef(token.text, normalise_date(token.text, reference))
    return overnight


def _date_of_part(doc: Doc, end: int) -> Span | None:
    """The day after "of" that a part of a day ("the early hours", "the
    night") belongs to: "12 February", "Friday"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    start = end + 1
    stop = start + (1 if _day_number(doc[start]) else 0)
    if stop >= len(doc) or doc[stop].ent_type_ != "DATE":
        return None
    while stop < len(doc) and doc[stop].ent_type_ == "DATE":
        stop += 1
    day = doc[start:stop]
    return day if is_point(day.text) else None
