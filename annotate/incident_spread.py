"""Acts spread over a stretch of time or space: "since 2022", "for months",
"between 2022 and March 2026" (a span), "across Europe", "in recent weeks"
(wide); never how long one event lasted ("circling for an hour")."""

from __future__ import annotations

from spacy.tokens import Token


def spread_of(node: Token) -> str:
    """ "span" for a stretch of time ("since 2022", "for months"), "wide" for
    one of space or a vague time ("across Europe", "in recent weeks"), else ""."""
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ == "for" and _duration(child):
            continue  # "circling for an hour": how long one event lasted
        if child.dep_ == "prep" and child.lower_ in ("since", "for", "throughout"):
            if child.lower_ == "for" and not _over_time(child):
                continue  # "paid for in cash", "for a client": no stretch of time
            return "span"
        if child.dep_ == "prep" and child.lower_ == "between" and _between_dates(child):
            return "span"  # "between 2022 and March 2026"
        if child.dep_ == "prep" and child.lower_ == "across" and not _over_a_link(child):
            return "wide"
        if child.dep_ == "prep" and child.lower_ == "in":
            words = {t.lower_ for t in child.subtree}
            if words & {"recent", "past", "weeks", "months", "years"}:
                return "wide"
        if child.dep_ == "npadvmod" and child.lower_ in ("weeks", "months", "years"):
            return "wide"
    return ""


_LINKS = frozenset("cable cables pipeline pipelines interconnector pipe pipes".split())


def _over_a_link(prep: Token) -> bool:
    """ "dragged its anchor across the power cable": over one thing, not
    across a region."""
    return any(c.dep_ == "pobj" and c.lower_ in _LINKS for c in prep.children)


# One day's spells: "for most of the day" is how long one event lasted.
_ONE_SPELL = frozenset({"day", "night", "morning", "afternoon", "evening"})
_TIME_UNITS = frozenset("year month week day night decade century while time".split())


def _over_time(prep: Token) -> bool:
    """ "for months", "for years", "for a decade", "for much of 2025": "for"
    with a stretch of time as its object."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return any(
        o.ent_type_ == "DATE"
        or o.lemma_.lower() in _TIME_UNITS
        or o.like_num
        or (
            o.lower_ in ("much", "most", "part")
            and any(t.ent_type_ == "DATE" for t in o.subtree)
            and not any(t.lower_ in _ONE_SPELL for t in o.subtree)  # "most of the day"
        )
        for o in objects
    )


def _between_dates(prep: Token) -> bool:
    """ "between 2022 and March 2026": two dates, not two places."""
    dates = [t for t in prep.subtree if t.ent_type_ == "DATE" and t.dep_ in ("pobj", "conj")]
    return len(dates) >= 2


def _duration(prep: Token) -> bool:
    """ "for an hour", "for about two minutes", "for two days": a length of
    minutes, hours or a few counted days, not a stretch of weeks or years."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        unit = obj.lemma_.lower()
        counted = any(c.dep_ in ("nummod", "det", "quantmod") for c in obj.children)
        if unit in ("second", "minute", "hour") or (unit in ("day", "night") and counted):
            return True
    return False
