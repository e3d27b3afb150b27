"""Counts as written: digits and number words ("twenty-nine", "a dozen",
"3,000"), plural quantities ("dozens" is at least 24) and hedges ("at
least 43" is approximate). A day beside its month is never a count.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from annotate.incident_counted import day_of_month

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORDS = {w: n for n, w in enumerate(_UNITS)} | {w: 20 + 10 * n for n, w in enumerate(_TENS)}
_SCALES = {"hundred": 100, "thousand": 1000}
_HEDGES = ("at least", "more than", "over", "about", "around", "some", "nearly", "almost")
_HEDGES += ("roughly", "approximately", "upwards of", "up to", "as many as")
# Plural quantity nouns: the least they can mean ("dozens" is at least two dozen).
_MANY = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}


@dataclass(frozen=True, slots=True)
class Count:
    n: int
    approx: bool = False
    # A total that replaces a smaller count: "Two people were hurt, including
    # the councillor", "the death toll rose to 14".
    including: bool = False
    # Told as more: "A woman ... was also injured" after the victim's count.
    added: bool = False


def _value(words: list[str]) -> int | None:
    """ "twenty nine" -> 29, "a dozen" -> 12, "two hundred" -> 200, "1,200" -> 1200."""
    total, current, seen = 0, 0, False
    for word in words:
        word = word.replace(",", "")
        if word.isdecimal():
            current, seen = current + int(word), True
        elif word in _WORDS:
            current, seen = current + _WORDS[word], True
        elif word == "dozen":
            current, seen = max(current, 1) * 12, True
        elif word in _SCALES:
            current, seen = max(current, 1) * _SCALES[word], True
            if word == "thousand":
                total, current = total + current, 0
        elif word in ("a", "-", "and"):
            continue
        else:
            return None
    return total + current if seen else None


def _number_run(token: Token) -> tuple[int, int]:
    """Token range of the number phrase around `token` ("twenty - nine")."""
    doc = token.doc

    def numeric(t: Token) -> bool:
        low = t.lower_.replace(",", "")
        return low.isdecimal() or low in _WORDS or low in _SCALES or low == "dozen"

    def a_year(t: Token) -> bool:  # "in 2014 two explosions": a year, then a count in words
        after = doc[t.i + 1].lower_
        return len(t.text) == 4 and t.text.isdecimal() and (after in _WORDS or after in _SCALES)

    start, end = token.i, token.i + 1
    while start > 0 and (numeric(doc[start - 1]) or doc[start - 1].text == "-"):
        if a_year(doc[start - 1]):
            break
        start -= 1
    while end < len(doc) and (numeric(doc[end]) or (doc[end].text == "-" and end + 1 < len(doc))):
        end += 1
    while doc[end - 1].text == "-":
        end -= 1
    if doc[start].text == "-":
        start += 1
    if start > 0 and doc[start - 1].lower_ == "a" and doc[start].lower_ in ("dozen", "hundred"):
        start -= 1
    return start, end


def number(token: Token) -> Count | None:
    """The count a number token stands for, with its hedge."""
    low = token.lower_
    if low in _MANY:
        return Count(_MANY[low], True)
    start, end = _number_run(token)
    if day_of_month(token.doc[start]):
        # "9 June - A border guard is shot", "July 14 - Two soldiers": a day, not a count
        if token.i == start:
            return None
        start += 1
        while token.doc[start].text == "-":
            start += 1
    value = _value([t.lower_ for t in token.doc[start:end]])
    if value is None:
        return None
    before = " ".join(t.lower_ for t in token.doc[max(0, start - 2) : start])
    approx = any(before == h or before.endswith(" " + h) for h in _HEDGES)
    return Count(value, approx)


def is_number(token: Token) -> bool:
    return token.pos_ == "NUM" or token.lower_ in _MANY or token.lower_ == "dozen"
