"""Plain-words descriptions of records, shared by the panels and the detail
strip. Every string that comes from the article passes `display_line`, so
it is safe to show (and is always used as plain text, never markup)."""

from __future__ import annotations

import re

from annotate.model import INCIDENT_LABELS, Actor, Briefing, Claim, Incident, Pattern, Quote
from annotate.statements import present, statement_verb
from tui.briefing_index import BriefingIndex
from tui.safe_text import display_line


def count(number: int, word: str, plural: str | None = None) -> str:
    """ "1 quote", "2 quotes": a number with its noun."""
    return f"{number} {word if number == 1 else plural or word + 's'}"


KIND_LABELS: dict[str, str] = {
    "person": "person",
    "organization": "organisation",
    "country": "country",
    "place": "place",
    "group": "group",
}

QUOTE_KINDS: dict[str, tuple[str, str]] = {
    "term": ("Quoted term", "not anyone's statement: a word or phrase in quotation marks"),
    "title": ("Title", "not a statement: the name of a work, show or slogan"),
}

_NEGATING = re.compile(
    r"(?:not|never|n't|\w+n't|declin\w*|refus\w*|stopp\w*|fail\w*|avoid\w*|no)$", re.IGNORECASE
)
_AUXILIARY = re.compile(
    r"(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|should|may|might|must)$",
    re.IGNORECASE,
)


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


def negated_phrase(claim: Claim, text: str = "") -> str:
    """What a speaker did *not* do, in words that cannot be read as the
    opposite: the words of the article from the negation to the cue ("did
    not suggest", "declined to confirm", "never said"), else "did not" with
    the cue's class ("did not say").

    The one place that phrases polarity; swap it for the engine's own
    phrasing once `annotate.positions` exports one."""
    cue = claim.cue
    if cue is not None:
        written = " ".join(display_line(cue.text).split()).lower()
        words = written.split()
        if any(_NEGATING.fullmatch(w) for w in words):
            return written
        before = text[max(0, cue.start - 60) : cue.start] if cue.start <= len(text) else ""
        before = re.split(r"[.!?;:\n]", before)[-1]
        lead = before.lower().split()[-4:]
        for n in range(len(lead) - 1, -1, -1):
            if _NEGATING.fullmatch(lead[n]):
                if n > 0 and _AUXILIARY.fullmatch(lead[n - 1]):
                    n -= 1
                return " ".join([*lead[n:], *words])
    return f"did not {claim.cue_class}"


def stance_verb(index: BriefingIndex, record: Quote | Claim) -> str:
    """What the speaker does: "accuses", "denies", "says" … or, for a
    negated claim, what they did not do. A quote takes the class of a claim
    with the same cue (quotes carry none)."""
    if isinstance(record, Claim) and record.negated:
        return display_line(negated_phrase(record, index.text))
    return cue_verb(record)


def cue_verb(record: Quote | Claim) -> str:
    """The article's own reporting verb, in the present ("suggests",
    "condemns", "denies"): without a verb a denial reads as the speaker's own
    claim, and a word for the verb's class ("urges" for "suggested",
    "accuses" for "condemned") would say more than the article did. Telling
    and adding read "says"; a cue with no verb ("according to") "says"."""
    if record.cue is None and isinstance(record, Claim):
        return present(record.cue_class)
    verb, _, rest = statement_verb(record).partition(" ")
    return " ".join(w for w in (_PLAIN_VERBS.get(verb, verb), rest) if w)


# Verbs of passing words on, which read oddly without whom they were told.
_PLAIN_VERBS = {"tells": "says", "adds": "says", "informs": "says"}


def incident_title(incident: Incident | Pattern) -> str:
    return INCIDENT_LABELS.get(incident.type, incident.type.title())


def _count(number: int, approx: bool, what: str) -> str:
    return f"{'at least ' if approx else ''}{number} {what}"


def incident_facts(briefing: Briefing, incident: Incident) -> list[str]:
    """Place (and the area around it), date, toll, perpetrator (alleged or
    stated) and victims, as far as reported."""
    facts: list[str] = []
    place = display_line(incident.place) if incident.place else ""
    area = display_line(incident.area) if incident.area else ""
    if place and area and area.casefold() not in place.casefold():
        facts.append(f"{place}, {area}")
    elif place or area:
        facts.append(place or area)
    if incident.date:
        facts.append(display_line(incident.date.text))
    toll = incident.toll
    if toll is not None:
        if toll.killed is not None:
            facts.append(_count(toll.killed, toll.killed_approx, "killed"))
        if toll.injured is not None:
            facts.append(_count(toll.injured, toll.injured_approx, "injured"))
    perpetrator = briefing.actor(incident.perpetrator)
    if perpetrator is not None:
        # Only a perpetrator the text states is given as one; anything else
        # (alleged, or not said) is shown as an allegation.
        said = "by" if incident.attribution == "stated" else "alleged:"
        facts.append(f"{said} {display_line(perpetrator.name)}")
    victims = [briefing.actor(v) for v in incident.victims]
    named = [display_line(v.name) for v in victims if v is not None]
    if named:
        facts.append("hit: " + ", ".join(named))
    return facts
