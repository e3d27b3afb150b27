"""A briefing as a readable Markdown summary, for `briefing annotate --format markdown`."""

from __future__ import annotations

from annotate.model import INCIDENT_LABELS, Briefing


def _one_line(text: str) -> str:
    return " ".join(text.split())


def briefing_markdown(briefing: Briefing, path: str | None = None) -> str:
    """Actors, quotes with speakers, claims, incidents and positions."""
    names = {a.id: a.name for a in briefing.actors}
    out = [f"# {_one_line(briefing.title) or 'Briefing'}", ""]
    if path:
        out += [f"_{path}_", ""]
    out += ["## Actors", ""]
    for actor in briefing.actors:
        extra = ", ".join(
            x for x in (actor.role, names.get(actor.affiliation or "")) if x
        )
        line = f"- **{actor.name}** ({actor.kind}; {len(actor.mentions)} mentions)"
        out.append(line + (f" — {extra}" if extra else ""))
    out += ["", "## Quotes", ""]
    for quote in briefing.quotes:
        who = names.get(quote.speaker or "", "unattributed")
        cue = f" ({quote.cue.text})" if quote.cue else ""
        out.append(f"- **{who}**{cue}: {_one_line(quote.text)}")
    out += ["", "## Claims", ""]
    for claim in briefing.claims:
        who = names.get(claim.speaker or "", "unattributed")
        cue = claim.cue.text if claim.cue else claim.cue_class
        out.append(f"- **{who}** {cue} [{claim.cue_class}]: {_one_line(claim.text)}")
    out += ["", "## Incidents", ""]
    for incident in briefing.incidents:
        facts = [INCIDENT_LABELS.get(incident.type, incident.type)]
        if incident.place:
            facts.append(f"place: {incident.place}")
        if incident.date:
            facts.append(f"date: {incident.date.text}")
        if incident.toll and incident.toll.killed is not None:
            facts.append(f"killed: {incident.toll.killed}")
        if incident.toll and incident.toll.injured is not None:
            facts.append(f"injured: {incident.toll.injured}")
        if incident.perpetrator:
            facts.append(f"alleged perpetrator: {names.get(incident.perpetrator)}")
        out.append(f"- {_one_line(incident.text)} — {'; '.join(facts)}")
    out += ["", "## Positions", ""]
    for side in dict.fromkeys(p.side for p in briefing.positions):
        out += [f"### {side or 'Unaligned'}", ""]
        for position in (p for p in briefing.positions if p.side == side):
            out.append(f"- **{names.get(position.actor)}**: {_one_line(position.summary)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
