"""Times an event takes from the article around it rather than from its own
words: a timeline's year heading over "3 March"; a month and year told just
before a bare day ("took place in March 2025 ... On 30 March"); a live blog's
entries, stamped with clock times under a dated heading; and days counted
from another ("four days earlier", "a day after the blast", "the previous
Tuesday"), resolved against that event's day, or the day told last before.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from annotate.incident_clock import clock_day
from annotate.incident_dated_lines import headline_year_of_line
from annotate.incident_dates import (
    after_what,
    is_point,
    is_relative,
    names_a_year,
    normalise_date,
    offset_days,
    told_from,
)
from annotate.incident_day_counts import counted_year, untagged_count
from annotate.incident_heading_dates import heading_day, weekday_under_heading
from annotate.incident_line_labels import label_day
from annotate.incident_log_days import numeric_day, stamp_led_entries
from annotate.incident_mention import Mention
from annotate.incident_month_years import month_told_before
from annotate.incident_night_before import night_before
from annotate.incident_stamps import stamped_day
from annotate.incident_statement_days import night_before_saying
from annotate.incident_time_phrases import counted_from
from annotate.incident_timeline_lines import line_date, part_of_line_date
from annotate.incident_told_again import one_place
from annotate.incident_weekday_days import weekday_day
from annotate.lexicons import incident_words
from annotate.model import DateRef
from annotate.parse_spans import doc_text, span_text

_YEAR_LINE = re.compile(r"^[ \t]*((?:19|20)\d\d)[ \t]*$", re.MULTILINE)
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?"
# A live blog's entry stamp, alone on its line: "14:05", "2.10pm".
_STAMP_LINE = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)[ \t]*$", re.I | re.M
)
_LINE = re.compile(r"^[^\n]{3,40}$", re.MULTILINE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\byear\b", re.IGNORECASE)
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.IGNORECASE)
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b")
# A day's night or evening, after which "hours later" may be the next day.
_NIGHT = re.compile(r"\bday\s+(?:night|evening)\b|\b(?:night|evening)\s+of\b", re.IGNORECASE)


def in_context(head: Token, date: DateRef | None, reference: dt.date | None) -> DateRef | None:
    """The event's date with the year its surroundings give a bare day and
    month, or, in a live blog, the day of the entry for an event told there
    without one."""
    text = doc_text(head.doc)  # "said on 3 June that ... overnight"; "Monday, 9 November"
    date = weekday_day(head, night_before_saying(head, date, reference), reference)
    if date is not None and _main_clause(head) and _runs_on(text, head, date):
        date = None  # "10 September 2025 - About 20 drones": the line's date ran into a count
    if date is not None and _main_clause(head) and part_of_line_date(text, head.idx, date.text):
        date = None  # "25–26 September —" read as "September": the line says more
    if date is not None and date.text.lower() in _LINES_OWN:
        # "24–25 September — X shuts ... overnight": the night of the line's day
        line = line_date(text, head.idx, _year_heading(text, head.idx))
        if line is not None and (iso := normalise_date(line[1], reference)) is not None:
            return DateRef(date.text, iso)
    if (date is None or date.iso is None) and _main_clause(head):
        # "Jan. 14 - A fire destroyed ...": a timeline's line
        line = line_date(text, head.idx, _year_heading(text, head.idx))
        if line is not None and (iso := normalise_date(line[1], reference)) is not None:
            return DateRef(date.text if date else line[0], iso)
    year = _year_heading(text, head.idx)
    if date is not None and (week := weekday_under_heading(head, date, year, reference)):
        return week  # "September 24–25 — Denmark" over "... late on Wednesday"
    if date is None or date.iso is None:  # "14 March 2025 – Vilnius" over the paragraph
        told = head.doc.user_data.get("briefing_dateline_end", 0)
        if day := heading_day(head, told, year, reference):
            return day
    if date is not None and date.iso and _bare_day(date.text):
        year = (
            _year_heading(text, head.idx)
            or headline_year_of_line(text, head.idx)  # "3 March - ..." under "... in 2025"
            or month_told_before(head, date, reference)
        )
        if year is not None and year != date.iso[:4]:
            return DateRef(date.text, normalise_date(f"{date.text} {year}", reference))
        return date
    if (
        (date is None or not is_point(date.text))
        and _live_blog(head.doc)
        and _just_happened(head)
        and _untimed(head)
    ):
        day = _entry_day(text, head.idx, reference)
        if day is not None:
            return DateRef(date.text if date else day[0], day[1])
    if stamped := stamped_day(head, date, reference):
        return stamped  # "The channel (3 March, 21:03) said its agents set fire ..."
    if date is None:  # "struck a ship a day later", untagged; "... on Monday evening. At 9 p.m."
        return (
            label_day(head, reference)  # "• CZECHIA (Wednesday): ..."
            or untagged_count(head)
            or night_before(head, reference)
            or clock_day(head, reference)
        )
    return date


def _runs_on(text: str, head: Token, date: DateRef) -> bool:
    """The event's date is a timeline line's date and more past its dash."""
    line = line_date(text, head.idx, None)
    return line is not None and date.text != line[0] and date.text.startswith(line[0])


def resolve_told_from(mentions: list[Mention], doc: Doc, reference: dt.date | None) -> None:
    """ "Eight days later", "two weeks earlier", "the previous Tuesday": a
    date counted from the day of the event told before it; "a day after the
    blast" from the last day of a blast; with no event dated before, from the
    day the text told last, in the paragraph or the one before. "The blast"
    counted from is that event's mention; with no such event told, it is
    dropped rather than taken for the event of its sentence."""
    last: DateRef | None = None
    dated: list[Mention] = []
    untold: set[int] = set()
    for m in mentions:
        if m.date is None:
            # "The blast at the Karlskoga plant ... A week later": an event told
            # again sets the clock back to its day
            told = [x for x in dated if m.refers_back and m.place and one_place(m.place, x.place)]
            last = told[-1].date if told else last
            continue
        if is_relative(m.date.text):
            source = _counted_event(m, dated)
            anchor = source.date if source else _anchor(m, last, doc, reference)
            for x in mentions:
                if not (counted_from(x.head) and x.head.sent.start == m.head.sent.start):
                    continue
                if source is None:
                    untold.add(x.head.i)
                    continue
                # "the blast" of "a day after the blast" is that blast, told there
                x.date, x.date_own = DateRef(anchor.text, anchor.iso), False
                x.place, x.area, x.rough_place = source.place, source.area, source.rough_place
            m.date = DateRef(m.date.text, told_from(m.date.text, anchor and anchor.iso))
            if offset_days(m.date.text) == 0 and anchor and _NIGHT.search(anchor.text):
                m.date = DateRef(m.date.text, None)  # "on Monday night ... hours later"
        m.date = counted_year(m.date, m.head.sent, last)  # "Two weeks earlier, on 30 March"
        if m.date.iso and len(m.date.iso) == 10:
            last = m.date
            dated.append(m)
    mentions[:] = [m for m in mentions if m.head.i not in untold]


def _counted_event(m: Mention, dated: list[Mention]) -> Mention | None:
    """The last event dated to a day that "a day after the blast" counts from:
    one named by the noun or of its type."""
    noun = after_what(m.date.text) if m.date else None
    if noun is None:
        return None
    kinds = {kind for kind, words in incident_words()["nouns"].items() if noun in words}
    same = [x for x in dated if x.head.lemma_.lower() == noun or x.type in kinds]
    return same[-1] if same else None


def _anchor(
    m: Mention, last: DateRef | None, doc: Doc, reference: dt.date | None
) -> DateRef | None:
    if after_what(m.date.text):
        return None  # counted from an event not dated to a day
    return last or _day_told_before(m.head, doc, reference)


def _day_told_before(head: Token, doc: Doc, reference: dt.date | None) -> DateRef | None:
    """The last day told before the event, in its paragraph or the one before."""
    sent, own = head.sent, head if head.pos_ == "VERB" else head.head
    top = _paragraph_start(doc, _paragraph_start(doc, sent.start) - 1)
    told = doc.user_data.get("briefing_dateline_end", 0)
    last = None
    for ent in doc.ents:
        if (
            ent.start < top
            or ent.start >= head.i
            or ent.start_char < told
            or own.is_ancestor(ent.root)
        ):
            continue  # never a time of the event's own clause
        if (
            ent.label_ in ("DATE", "TIME")
            and is_point(span_text(ent))
            and not is_relative(span_text(ent))
        ):
            last = ent
    if last is None:
        return None
    date = in_context(
        last.root, DateRef(last.text, normalise_date(last.text, reference)), reference
    )
    return date if date and date.iso and len(date.iso) == 10 else None


def _paragraph_start(doc: Doc, i: int) -> int:
    while i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        i -= 1
    return max(i, 0)


def _bare_day(text: str) -> bool:
    """ "3 March", "on 30 March": a day and month told without a year."""
    told = bool(_MONTH.search(text) and _DAY.search(text))
    return told and not _YEAR.search(text) and not names_a_year(text)  # "12 September 1683"


# Times told from the day they are said on: on a timeline's line, that day is the line's.
_LINES_OWN = frozenset({"overnight", "tonight", "today", "this morning", "this evening"})


def _main_clause(head: Token) -> bool:
    """The word of the sentence's main clause: its root, the root's subject,
    or what the root does or is found ("A parcel catches fire", "X is found
    shot dead"), or what did it ("Three lorries are destroyed by fire")."""
    root = head.sent.root
    # "A decoy drone crashes": a subject the parser glued to its verb is one
    if head.head.i == root.i and head.dep_ == "appos" and root.ent_type_ == "DATE":
        return True  # "22 September – A parcel catches fire", parsed as the date's apposition
    by = head.dep_ == "pobj" and head.head.dep_ == "agent"  # "lorries are destroyed by fire"
    return head.i == root.i or (
        (head.head.head.i == root.i if by else head.head.i == root.i)
        and (by or head.dep_ in ("nsubj", "nsubjpass", "compound", "dobj", "xcomp", "oprd"))
    )


def _year_heading(text: str, at: int) -> str | None:
    """The year of the last line before `at` that is only a year (a timeline's "2025")."""
    years = [m for m in _YEAR_LINE.finditer(text) if m.start() < at]
    return years[-1].group(1) if years else None


def _untimed(head: Token) -> bool:
    """Whether the paragraph names no day, month or year (its clock times aside)."""
    doc = head.doc
    first = _paragraph_start(doc, head.i)
    end = head.i
    while end < len(doc) and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    return not any(
        e.label_ == "DATE" and first <= e.start < end and is_point(e.text) for e in doc.ents
    )


def _just_happened(head: Token) -> bool:
    """Told in the simple past ("struck", "was hit"), not as what had
    happened before nor as what happens."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "had" in auxes or any(a in ("has", "have", "will", "would", "could") for a in auxes):
        return False
    if verb.tag_ == "VBN" and not auxes and verb.dep_ == "ROOT":
        return True  # "debris set fire to a workshop": a past tense tagged as a participle
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a in ("was", "were") for a in auxes))


def _live_blog(doc: Doc) -> bool:
    """Whether the text has entries stamped with clock times (read once per doc)."""
    if "briefing_live_blog" not in doc.user_data:
        stamps = _STAMP_LINE.finditer(doc_text(doc))
        doc.user_data["briefing_live_blog"] = (
            next(stamps, None) is not None and (next(stamps, None) is not None)
        ) or bool(stamp_led_entries(doc_text(doc)))  # a police log's "08:40 A car ..."
    return doc.user_data["briefing_live_blog"]


def _entry_day(text: str, at: int, reference: dt.date | None) -> tuple[str, str] | None:
    """In a live blog (entries stamped "14:05" on lines of their own), the
    day of the entry at `at`: the last heading line before it that is a
    day ("Saturday 14 February"), else the article's date."""
    stamps = [m.start() for m in _STAMP_LINE.finditer(text)]
    led = len(stamps) < 2  # a log's entries, each opened by its time: dated only by a heading
    if led:
        stamps = stamp_led_entries(text)
    if len(stamps) < 2 or stamps[0] > at:
        return None
    for line in reversed([m for m in _LINE.finditer(text) if m.start() < at]):
        words = line.group().strip()
        if iso := numeric_day(words, reference):
            return words, iso  # "Wednesday 16.09"
        if _STAMP_LINE.fullmatch(words) or not is_point(words) or is_relative(words):
            continue
        iso = normalise_date(words, reference)
        if iso and len(iso) == 10 and _MONTH.search(words) and _DAY.search(words):
            return words, iso
    return ("today", reference.isoformat()) if reference and not led else None
