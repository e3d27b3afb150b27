"""Hand-made briefings for the tests of merging: each record says only what a
test needs, so a test is about merging, not about what the engine finds."""

from __future__ import annotations

from annotate.model import (
    Actor,
    Briefing,
    Claim,
    Cue,
    DateRef,
    Incident,
    Quote,
    SetArticle,
    Toll,
)
from annotate.positions import build_positions


def actor(
    id: str,
    name: str,
    kind: str = "person",
    *,
    aliases: tuple[str, ...] = (),
    role: str | None = None,
    affiliation: str | None = None,
) -> Actor:
    return Actor(
        id=id,
        name=name,
        kind=kind,  # type: ignore[arg-type]
        aliases=aliases or (name,),
        role=role,
        affiliation=affiliation,
    )


def incident(
    id: str,
    type: str,
    *,
    place: str | None = None,
    area: str | None = None,
    date: str | None = None,
    killed: int | None = None,
    injured: int | None = None,
    approx: bool = False,
    perpetrator: str | None = None,
    attribution: str | None = None,
    text: str = "the incident",
) -> Incident:
    toll = None
    if killed is not None or injured is not None:
        toll = Toll(killed, injured, approx and killed is not None, approx and injured is not None)
    return Incident(
        id=id,
        start=0,
        end=len(text),
        text=text,
        type=type,  # type: ignore[arg-type]
        place=place,
        area=area,
        date=DateRef(date or "on that day", date) if date is not None else None,
        toll=toll,
        perpetrator=perpetrator,
        attribution=attribution if perpetrator else None,  # type: ignore[arg-type]
    )


def quote(
    id: str, speaker: str | None, start: int, text: str = "“words”", kind: str = "speech"
) -> Quote:
    return Quote(
        id=id,
        start=start,
        end=start + len(text),
        text=text,
        speaker=speaker,
        cue=Cue(start + len(text) + 1, start + len(text) + 5, "said") if speaker else None,
        kind=kind,  # type: ignore[arg-type]
    )


def claim(
    id: str,
    speaker: str | None,
    start: int,
    end: int,
    *,
    cue_class: str = "say",
    polarity: str = "affirmed",
    text: str = "that it happened",
) -> Claim:
    return Claim(
        id=id,
        start=start,
        end=end,
        text=text,
        cue_class=cue_class,  # type: ignore[arg-type]
        speaker=speaker,
        cue=Cue(max(0, start - 5), start, "said"),
        polarity=polarity,  # type: ignore[arg-type]
    )


def briefing(
    title: str,
    actors: tuple[Actor, ...] = (),
    quotes: tuple[Quote, ...] = (),
    claims: tuple[Claim, ...] = (),
    incidents: tuple[Incident, ...] = (),
) -> Briefing:
    return Briefing(
        title=title,
        text_sha256=f"sha-{title}",
        actors=actors,
        quotes=quotes,
        claims=claims,
        incidents=incidents,
        positions=tuple(build_positions(actors, quotes, claims)),
        engine="test",
    )


def articles(
    *briefings: Briefing,
    dates: tuple[str | None, ...] | None = None,
    sites: tuple[str | None, ...] | None = None,
) -> list[SetArticle]:
    dates = dates or (None,) * len(briefings)
    sites = sites or (None,) * len(briefings)
    return [
        SetArticle(
            path=f"{n}.html",
            title=b.title,
            text_sha256=b.text_sha256,
            briefing=b,
            date=date,
            site=site,
        )
        for n, (b, date, site) in enumerate(zip(briefings, dates, sites, strict=True))
    ]
