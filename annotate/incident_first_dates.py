"""The first date named among an incident's tokens that is a point in time:
the tagger's date grown to what it leaves out ("the night of 12 February",
"in Vejle last March", "on Good Friday, 2023"), normalised against the
article's date; a day counted from another event ("a day after the blast"),
left for that event's day; never the dateline's date nor a date recalled by
a thing ("memories of December 2022, when ...")."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from annotate.entity_spans import entity_at
from annotate.incident_date_ranges import first_of_range, has_year, range_year
from annotate.incident_date_starts import holiday_start, name_before_date, names_a_thing
from annotate.incident_dates import is_point, is_relative, normalise_date
from annotate.incident_opening_dates import without_count
from annotate.incident_time_phrases import (
    UNITS,
    counted_from_event,
    day_named_after,
    day_named_after_count,
    one_line,
    same_part_of_day,
    timed,
)
from annotate.model import DateRef

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTHS = {m: n for n, m in enumerate(_MONTH_NAMES.split(), 1)}
_MONTHS.update({m[:3]: n for m, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTHS.update({f"{m}.": n for m, n in list(_MONTHS.items()) if len(m) <= 4})  # "Nov. 15"

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


# A recurrence or the start of a stretch, never the day of one event.
_NO_POINT = frozenset({"every", "each", "since"})


def first_date(candidates: list[Token], reference: dt.date | None) -> DateRef | None:
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
            if ent.start > 0 and ent.doc[ent.start - 1].lower_ in _NO_POINT:
                continue  # "every Friday we gather ...", "routine since 2022": no one day
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
                if (trimmed := _date_around(token, start, end, reference)) is not None:
                    return trimmed  # "on Monday about 20 nautical miles south of X"
                if not has_year(text) and (year := range_year(ent.doc, end)):
                    return DateRef(text, normalise_date(f"{text} {year}", reference))
                return DateRef(text, normalise_date(text, reference))
            if (counted := counted_from_event(ent.doc, start, end)) is not None:
                if (named := day_named_after_count(ent.doc, end)) and is_point(named):
                    return DateRef(named, normalise_date(named, reference))  # ", on 18 May"
                return DateRef(counted, None)  # resolved against that event's day
            if (day := _date_of_part(ent.doc, end)) is not None:
                # "in the early hours of 12 February": a part of a day, then the day
                day_end, day_text = day
                whole_text = ent.doc[start:day_end].text.strip()
                return DateRef(whole_text, normalise_date(day_text, reference))
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
        elif not token.ent_type_ and token.lower_ in WEEKDAYS and token.text[0].isupper():
            # "seen over the base late Thursday": a day the tagger did not tag
            first = holiday_start(token.doc, token.i, token.i + 1)  # "on Easter Monday"
            text = token.doc[first : token.i + 1].text
            return DateRef(text, normalise_date(text, reference))
    return overnight


_ANY_DAY = dt.date(2026, 1, 1)  # a day to tell a date from words that are none
_DAY_WORDS = frozenset(
    {*WEEKDAYS, *_MONTHS, "morning", "afternoon", "evening", "night", "last", "this", "next"}
    | {"early", "late", "of", "the", "on"}
)


# Words a date is told with besides the days': "a week ago", "the end of May".
_DATE_WORDS = _DAY_WORDS | frozenset(
    "a an day days week weeks month months year years weekend hour hours ago mid end "
    "beginning start same previous following first second third st nd rd th".split()
)


def _date_around(token: Token, start: int, end: int, reference: dt.date | None) -> DateRef | None:
    """The date the tagger's too-long entity holds around `token` ("Monday"
    in "Monday about 20 nautical miles", "Sunday's" in "Tuesday that
    Sunday's"), when the whole of it is no date; None when the whole is one
    or `token` alone is none. It grows only by words of a day ("Monday
    night", "last Sunday", "12 May 2025")."""
    doc = token.doc

    def dated(a: int, b: int) -> bool:
        return normalise_date(doc[a:b].text, reference or _ANY_DAY) is not None

    def of_a_day(word: Token) -> bool:
        return word.lower_ in _DAY_WORDS or _day_number(word) or _year(word)

    if all(not t.is_alpha or t.lower_ in _DATE_WORDS for t in doc[start:end]):
        return None  # words of a date only: no run-on (and no parse, which is slow)
    if dated(start, end) or not dated(token.i, token.i + 1):
        return None
    first, last = token.i, token.i + 1
    while last < end and of_a_day(doc[last]) and dated(first, last + 1):
        last += 1
    while first > start and of_a_day(doc[first - 1]) and dated(first - 1, last):
        first -= 1
    iso = normalise_date(doc[first:last].text, reference)
    if last < len(doc) and doc[last].tag_ == "POS":
        last += 1  # "Sunday's fire": the day, as written
    return DateRef(doc[first:last].text, iso)


def _year(word: Token) -> bool:
    return word.text.isascii() and word.text.isdigit() and 1800 <= int(word.text) <= 2100


def _later(token: Token) -> bool:
    """ "Hours later", "a few hours later", told before the clause's verb."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.lower_ == "later" and after.i < token.head.i + 1


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


_NIGHT_JOINS = frozenset({"to", "-", "–", "and"})


def _date_of_part(doc: Doc, end: int) -> tuple[int, str] | None:
    """Where the day after "of" that a part of a day ("the early hours", "the
    night") belongs to ends, and that day: "12 February", "Friday"; of "the
    night of 1 to 2 June", the night's first day, "1 June"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    start = end + 1
    stop = start + (1 if _day_number(doc[start]) else 0)
    first = None
    if stop > start and stop + 1 < len(doc) and doc[stop].lower_ in _NIGHT_JOINS:
        if _day_number(doc[stop + 1]):
            first, stop = doc[start].text, stop + 2  # "of 1 to 2 June"
    if stop >= len(doc) or (doc[stop].ent_type_ != "DATE" and doc[stop].lower_ not in _MONTHS):
        return None  # "of 3 February", the tagger's DATE or not
    day = doc[start : _day_end(doc, stop + 1)]
    text = day.text if first is None else f"{first} {doc[stop : day.end].text}"
    return (day.end, text) if is_point(text) else None


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


def _day_number(token: Token) -> bool:
    text = token.text
    return text.isascii() and text.isdigit() and 1 <= int(text) <= 31
