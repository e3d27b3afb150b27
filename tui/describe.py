"""Plain-words descriptions of records, shared by the panels and the detail
strip. Every string that comes from the article passes `display_line`, so
it is safe to show (and is always used as plain text, never markup)."""

from __future__ import annotations

from annotate.model import INCIDENT_LABELS, Actor, Briefing, Claim, Incident, Quote
from tui.safe_text import display_line

CUE_VERBS: dict[str, str] = {
    "say": "says",
    "accuse": "accuses",
    "deny": "denies",
    "claim": "claims",
    "confirm": "confirms",
    "urge": "urges",
    "warn": "warns",
    "think": "thinks",
}

KIND_LABELS: dict[str, str] = {
    "person": "person",
    "organization": "organisation",
    "country": "country",
    "place": "place",
    "group": "group",
}


def excerpt(text: str, limit: int = 90) -> str:
    """One line of at most `limit` characters, cut at a word with "…"."""
    line = " ".join(display_line(text).split())
    if len(line) <= limit:
        return line
    cut = line.rfind(" ", 0, limit - 1)
    return line[: cut if cut > limit // 2 else limit - 1].rstrip(",;: ") + "…"


def actor_name(actor: Actor | None) -> str:
    return display_line(actor.name) if actor else "speaker not identified"


def actor_line(briefing: Briefing, actor: Actor | None) -> str:
    """ "Maria Zakharova, Foreign Ministry spokeswoman (Russia)"."""
    if actor is None:
        return "speaker not identified"
    parts = [display_line(actor.name)]
    if actor.role:
        parts.append(", " + display_line(actor.role))
    affiliation = briefing.actor(actor.affiliation)
    if affiliation is not None and affiliation.id != actor.id:
        parts.append(f" ({display_line(affiliation.name)})")
    return "".join(parts)


def cue_class_of_quote(briefing: Briefing, quote: Quote) -> str | None:
    """A quote's cue class, from a claim sharing its cue (quotes carry none)."""
    if quote.cue is None:
        return None
    for claim in briefing.claims:
        if claim.cue is not None and (claim.cue.start, claim.cue.end) == (
            quote.cue.start,
            quote.cue.end,
        ):
            return claim.cue_class
    return None


def stance_verb(briefing: Briefing, record: Quote | Claim) -> str:
    """What the speaker does: "accuses", "denies", "says" …"""
    if isinstance(record, Claim):
        return CUE_VERBS.get(record.cue_class, record.cue_class)
    cue_class = cue_class_of_quote(briefing, record)
    return CUE_VERBS.get(cue_class or "say", "says")


def incident_title(incident: Incident) -> str:
    return INCIDENT_LABELS.get(incident.type, incident.type.title())


def incident_facts(briefing: Briefing, incident: Incident) -> list[str]:
    """Place, date, toll and alleged perpetrator, as far as reported."""
    facts: list[str] = []
    if incident.place:
        facts.append(display_line(incident.place))
    if incident.date:
        facts.append(display_line(incident.date.text))
    toll = incident.toll
    if toll is not None:
        if toll.killed is not None:
            facts.append(f"{toll.killed} killed")
        if toll.injured is not None:
            facts.append(f"{toll.injured} injured")
    perpetrator = briefing.actor(incident.perpetrator)
    if perpetrator is not None:
        facts.append(f"alleged: {display_line(perpetrator.name)}")
    return facts
