"""A briefing as a readable Markdown summary, for `briefing annotate --format markdown`.

Names, never ids: speakers, affiliations and perpetrators are shown by the
actor's name. Article text is data: control characters (terminal escapes
included) are dropped, each item stays on one line, and Markdown characters
in it are escaped (`markdown_text`) so the text cannot change the summary's
structure.
"""

from __future__ import annotations

import re
import unicodedata

from annotate.model import INCIDENT_LABELS, Actor, Briefing, Claim, Incident, Position, Quote
from annotate.statements import speaks_as_plural, statement_verb

_KIND_WORDS = {"term": "quoted term (nobody is reported saying it)", "title": "title"}

# Date words that carry their own preposition ("last month", "earlier this week").
_RELATIVE = frozenset(
    "last this next earlier later early late yesterday today tonight recently "
    "in on during since between the".split()
)


# Escaped anywhere: `\\`, code, emphasis, HTML and autolinks, table cells;
# `_` at a word's edge (inside a word it is a letter); `]` closing a link,
# image or link definition; runs of `~`; `&` starting an entity.
_INLINE = re.compile(r"[\\`*<|]|(?<![^\W_])_|_(?![^\W_])|\](?=[(\[:])|~(?=~)|(?<=~)~|&(?=#?\w+;)")
# At a line's start: headings, block quotes, list items, rules and setext
# underlines (`-`, `=`); ordered list items (`1.`, `2)`).
_LINE_START = re.compile(r"^( {0,3})([#>+=-])")
_ORDERED = re.compile(r"^( {0,3}\d{1,9})([.)])(?=[ \t]|$)")
_CLOSING_HASHES = re.compile(r"(?<![\\#])#+[ \t]*$")  # would end a heading


def markdown_text(text: str) -> str:
    """Plain text (one line or several) as Markdown that shows the same
    characters: what would make a heading, block quote, list, rule,
    emphasis, code, link, HTML or table is escaped with a backslash; the
    rest (most text) is left as it is, so it stays readable."""
    return "\n".join(_markdown_line(line) for line in text.split("\n"))


def _markdown_line(line: str) -> str:
    line = _INLINE.sub(lambda m: "\\" + m.group(), line)
    line = _LINE_START.sub(r"\1\\\2", line, count=1)
    line = _ORDERED.sub(r"\1\\\2", line, count=1)
    return _CLOSING_HASHES.sub(lambda m: "\\" + m.group(), line)


def _clean(text: str) -> str:
    """One line of plain text: no control characters, collapsed spaces,
    Markdown characters escaped."""
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text)
    return markdown_text(" ".join(text.split()))


def _actor_line(actor: Actor, names: dict[str, str]) -> str:
    line = f"- **{_clean(actor.name)}** ({actor.kind}"
    mentions = len(actor.mentions)
    line += f", {mentions} mention{'s' if mentions != 1 else ''})"
    facts = []
    if actor.role:
        facts.append(_clean(actor.role))
    if actor.affiliation in names:
        facts.append(f"affiliated with {names[actor.affiliation]}")
    others = [a for a in actor.aliases if a != actor.name]
    if others:
        facts.append("also " + ", ".join(f"“{_clean(a)}”" for a in others))
    return line + (" — " + "; ".join(facts) if facts else "")


def _count(n: int | None, approx: bool, what: str) -> str | None:
    if n is None:
        return None
    return f"{'at least ' if approx else ''}{n} {what}"


def _incident_line(incident: Incident, names: dict[str, str]) -> str:
    """One event: what, where (and in what area), when, toll, by whom, against whom."""
    facts = [INCIDENT_LABELS.get(incident.type, incident.type)]
    if incident.place:
        area = f" ({_clean(incident.area)})" if incident.area else ""
        facts.append(f"in {_clean(incident.place)}{area}")
    if incident.date:
        iso = f" ({incident.date.iso})" if incident.date.iso else ""
        when = _clean(incident.date.text)
        # "on Monday", but "last month", "in 2024", "this week" as written
        relative = when.split()[0].lower() in _RELATIVE if when.split() else True
        prefix = "" if relative else "in " if when[:1].isdigit() and len(when) == 4 else "on "
        facts.append(f"{prefix}{when}{iso}")
    toll = incident.toll
    if toll:
        facts += [
            c
            for c in (
                _count(toll.killed, toll.killed_approx, "killed"),
                _count(toll.injured, toll.injured_approx, "injured"),
            )
            if c
        ]
    if incident.perpetrator in names:
        how = "allegedly by" if incident.attribution == "alleged" else "attributed to"
        facts.append(f"{how} {names[incident.perpetrator]}")
    hit = [names[v] for v in incident.victims if v in names]
    if hit:
        facts.append("against " + ", ".join(hit))
    others = len(incident.mentions) - 1
    if others > 0:
        facts.append(f"{others} more mention{'s' if others != 1 else ''}")
    return f"- {_clean(incident.text)} — {'; '.join(facts)}"


def _statements(
    position: Position, quotes: dict[str, Quote], claims: dict[str, Claim]
) -> list[Quote | Claim]:
    """A position's statements in text order, as the reader lists them: its
    speech quotes and claims, a quote inside one of its claims left to the
    claim (one statement, not two)."""
    said = [claims[c] for c in position.claims if c in claims]
    spoken = [
        quotes[q]
        for q in position.quotes
        if q in quotes
        and not any(c.start <= quotes[q].start and quotes[q].end <= c.end for c in said)
    ]
    return sorted([*spoken, *said], key=lambda s: (s.start, s.end))


def briefing_markdown(briefing: Briefing, path: str | None = None) -> str:
    """Actors, quotes with speakers, claims, incidents and positions by side.
    Claims read with their polarity ("did not suggest [urge, negated]");
    quoted terms and titles are listed apart from speech."""
    names = {a.id: _clean(a.name) for a in briefing.actors}
    out = [f"# {_clean(briefing.title) or 'Briefing'}", ""]
    if path:
        out += [f"_{_clean(path)}_", ""]
    out += ["## Actors", ""]
    out += [_actor_line(a, names) for a in briefing.actors] or ["_none found_"]
    out += ["", "## Quotes", ""]
    for quote in briefing.speech:
        who = names.get(quote.speaker or "", "_unattributed_")
        cue = f" ({_clean(quote.cue.text)})" if quote.cue else ""
        out.append(f"- **{who}**{cue}: {_clean(quote.text)}")
    if not briefing.speech:
        out.append("_none found_")
    others = [q for q in briefing.quotes if not q.is_speech]
    if others:
        out += ["", "## Quoted terms and titles", ""]
        out += [f"- {_KIND_WORDS[q.kind]}: {_clean(q.text)}" for q in others]
    out += ["", "## Claims", ""]
    by_id = {a.id: a for a in briefing.actors}
    for claim in briefing.claims:
        who = names.get(claim.speaker or "", "_unattributed_")
        verb = _clean(statement_verb(claim, speaks_as_plural(by_id.get(claim.speaker or ""))))
        label = claim.cue_class + (", negated" if claim.negated else "")
        out.append(f"- **{who}** {verb} [{label}]: {_clean(claim.text)}")
    if not briefing.claims:
        out.append("_none found_")
    out += ["", "## Incidents", ""]
    out += [_incident_line(incident, names) for incident in briefing.incidents]
    if not briefing.incidents:
        out.append("_none found_")
    if briefing.patterns:
        out += ["", "### Patterns (not single events)", ""]
        for pattern in briefing.patterns:
            facts = [INCIDENT_LABELS.get(pattern.type, pattern.type)]
            if pattern.place:
                facts.append(f"in {_clean(pattern.place)}")
            out.append(f"- {_clean(pattern.text)} — {'; '.join(facts)}")
    out += ["", "## Positions", ""]
    speech = {q.id: q for q in briefing.speech}
    claims = {c.id: c for c in briefing.claims}
    if not briefing.positions:
        out += ["_none found_", ""]
    for side in dict.fromkeys(p.side for p in briefing.positions):
        out += [f"### {_clean(side) or 'Unaligned'}", ""]
        for position in (p for p in briefing.positions if p.side == side):
            said = _statements(position, speech, claims)
            who = names.get(position.actor, "?")
            summary = _clean(position.summary)
            count = f"{len(said)} statement{'s' if len(said) != 1 else ''}"
            out.append(f"- **{who}** ({count}): {summary}")
            plural = speaks_as_plural(by_id.get(position.actor))
            out += [f"  - {_clean(statement_verb(s, plural))}: {_clean(s.text)}" for s in said]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
