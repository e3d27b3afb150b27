"""A small hand-made article with a briefing whose every record is known, for
tests of the reader's behaviour that must not depend on the engine's
current skill (speakers, claims, incidents are all present here)."""

from __future__ import annotations

from reader_support import span

from annotate.model import (
    Actor,
    Briefing,
    Claim,
    Cue,
    DateRef,
    Incident,
    Pattern,
    Position,
    Quote,
    Span,
    Toll,
    text_sha256,
)

FILLER = (
    "Residents gathered along the quay through the afternoon while ferries waited "
    "offshore and traders counted the cost of another closed day at the market."
)

OPENING = (
    "Harbour fire blamed on saboteurs\n"
    'The mayor, Ana Ruiz, said the fire at the port was "a deliberate act of sabotage" '
    "and accused the Northern Front of planning it.\n"
)
MIDDLE = (
    'Police chief Tom Berg denied that account. "We have no evidence of sabotage," '
    "Berg told reporters.\n"
)
CLOSING = (
    'Ruiz added: "The city will not be intimidated."\n'
    "An explosion at a depot on Monday injured three workers, officials said.\n"
)


def harbour_text(filler_paragraphs: int = 0) -> str:
    """The article; filler paragraphs push the later part off screen."""
    filler = (FILLER + "\n") * filler_paragraphs
    return OPENING + filler + MIDDLE + filler + CLOSING


def harbour_briefing(text: str) -> Briefing:
    """Every record of the harbour article, listed out of document order."""

    def s(part: str, nth: int = 0) -> Span:
        return Span(*span(text, part, nth))

    def cue(part: str, nth: int = 0) -> Cue:
        a, b = span(text, part, nth)
        return Cue(a, b, part)

    ruiz = Actor(
        "a1",
        "Ana Ruiz",
        "person",
        ("Ana Ruiz", "Ruiz"),
        (s("Ana Ruiz"), s("Ruiz", 1)),
        role="mayor",
    )
    berg = Actor(
        "a2",
        "Tom Berg",
        "person",
        ("Tom Berg", "Berg"),
        (s("Tom Berg"), s("Berg", 1)),
        role="police chief",
    )
    front = Actor("a3", "Northern Front", "group", ("Northern Front",), (s("Northern Front"),))
    quotes = [
        Quote(
            "q3",
            *span(text, '"The city will not be intimidated."'),
            text='"The city will not be intimidated."',
            speaker="a1",
            source=s("Ruiz", 1),
            cue=cue("added"),
        ),
        Quote(
            "q1",
            *span(text, '"a deliberate act of sabotage"'),
            text='"a deliberate act of sabotage"',
            speaker="a1",
            source=s("Ana Ruiz"),
            cue=cue("said"),
        ),
        Quote(
            "q2",
            *span(text, '"We have no evidence of sabotage,"'),
            text='"We have no evidence of sabotage,"',
            speaker="a2",
            source=s("Berg", 1),
            cue=cue("told"),
        ),
    ]
    claims = [
        Claim(
            "c2",
            *span(text, "that account"),
            text="that account",
            cue_class="deny",
            speaker="a2",
            source=s("Tom Berg"),
            cue=cue("denied"),
        ),
        Claim(
            "c1",
            *span(text, "the Northern Front of planning it"),
            text="the Northern Front of planning it",
            cue_class="accuse",
            speaker="a1",
            source=s("Ana Ruiz"),
            cue=cue("accused"),
        ),
    ]
    incidents = [
        Incident(
            "i2",
            *span(text, "An explosion at a depot"),
            text="An explosion at a depot",
            type="explosion",
            date=DateRef("Monday"),
            toll=Toll(injured=3),
        ),
        Incident(
            "i1",
            *span(text, "the fire at the port"),
            text="the fire at the port",
            type="fire",
            place="the port",
            perpetrator="a3",
        ),
    ]
    positions = [
        Position("a1", quotes=("q1", "q3"), claims=("c1",), side="City hall"),
        Position("a2", quotes=("q2",), claims=("c2",), side="Police"),
    ]
    return Briefing(
        title="Harbour fire blamed on saboteurs",
        text_sha256=text_sha256(text),
        actors=(ruiz, berg, front),
        quotes=tuple(quotes),
        claims=tuple(claims),
        incidents=tuple(incidents),
        positions=tuple(positions),
    )


DEPOT = (
    "Ministry silent on depot blast\n"
    "The interior ministry did not confirm that the blast was an attack planned by a foreign "
    "group. Its spokeswoman, "
    'Lena Vogt, called the report a "so-called leak" and said: "We will publish the findings."\n'
    "A blast at the fuel depot near Ostrava killed at least 12 people on Sunday; police said "
    "the Red Hand group was suspected. The explosion also cut the rail line. Residents said "
    "the blast shook windows across the city.\n"
    "Such attacks are part of a wider campaign of sabotage across the region, officials warned.\n"
    'The minister\'s book "Quiet Borders" came out last year.\n'
)


def depot_briefing(text: str = DEPOT) -> Briefing:
    """The engine's newer fields: a quoted term and a title beside speech, a
    negated claim, one event with several mentions (place and area, an
    approximate toll, an alleged perpetrator), a pattern, an affiliation."""

    def s(part: str, nth: int = 0) -> Span:
        return Span(*span(text, part, nth))

    def cue(part: str, nth: int = 0) -> Cue:
        return Cue(*span(text, part, nth), part)

    ministry = Actor(
        "a1", "Interior Ministry", "organization", ("interior ministry",), (s("interior ministry"),)
    )
    vogt = Actor(
        "a2",
        "Lena Vogt",
        "person",
        ("Lena Vogt",),
        (s("Lena Vogt"),),
        role="spokeswoman",
        affiliation="a1",
    )
    red_hand = Actor("a3", "Red Hand", "group", ("Red Hand",), (s("Red Hand"),))
    police = Actor("a4", "police", "organization", ("police",), (s("police"),))
    quotes = (
        Quote("q1", *span(text, '"so-called leak"'), '"so-called leak"', kind="term"),
        Quote(
            "q2",
            *span(text, '"We will publish the findings."'),
            '"We will publish the findings."',
            speaker="a2",
            source=s("Lena Vogt"),
            cue=cue("said", 0),
        ),
        Quote("q3", *span(text, '"Quiet Borders"'), '"Quiet Borders"', kind="title"),
    )
    claims = (
        Claim(
            "c1",
            *span(text, "that the blast was an attack planned by a foreign group"),
            "that the blast was an attack planned by a foreign group",
            cue_class="confirm",
            speaker="a1",
            source=s("interior ministry"),
            cue=cue("confirm"),
            polarity="negated",
        ),
        Claim(
            "c2",
            *span(text, "the Red Hand group was suspected"),
            "the Red Hand group was suspected",
            speaker="a4",
            source=s("police"),
            cue=cue("said", 1),
        ),
    )
    main = "A blast at the fuel depot near Ostrava killed at least 12 people on Sunday"
    incident = Incident(
        "i1",
        *span(text, main),
        main,
        type="explosion",
        place="the fuel depot",
        area="Ostrava",
        date=DateRef("Sunday"),
        toll=Toll(killed=12, killed_approx=True),
        perpetrator="a3",
        attribution="alleged",
        mentions=(s("the blast"), s(main), s("The explosion"), s("the blast", 1)),
    )
    pattern = Pattern(
        "p1",
        *span(text, "a wider campaign of sabotage across the region"),
        "a wider campaign of sabotage across the region",
        type="sabotage",
    )
    return Briefing(
        title="Ministry silent on depot blast",
        text_sha256=text_sha256(text),
        actors=(ministry, vogt, red_hand, police),
        quotes=quotes,
        claims=claims,
        incidents=(incident,),
        patterns=(pattern,),
        positions=(
            Position("a1", claims=("c1",), side="Interior Ministry"),
            Position("a2", quotes=("q1", "q2"), side="Interior Ministry"),
            Position("a4", claims=("c2",), side="police"),
        ),
    )
