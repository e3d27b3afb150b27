"""Positions are a pure function of actors, quotes and claims."""

from __future__ import annotations

from annotate.model import Actor, Claim, Cue, Quote
from annotate.positions import SUMMARY_CHARS, build_positions, side_of, summarize

RUSSIA = Actor("a1", "Russia", "country")
MINISTRY = Actor("a2", "Foreign Ministry", "organization", affiliation="a1")
SPOKESWOMAN = Actor("a3", "Maria Zakharova", "person", role="spokeswoman", affiliation="a2")
AMBASSADOR = Actor("a4", "Denis Gonchar", "person", affiliation="a1")
NATO = Actor("a5", "NATO", "organization")
CHAIR = Actor("a6", "Giuseppe Cavo Dragone", "person", affiliation="a5")
DIPLOMAT = Actor("a7", "Baltic diplomat", "person")
ACTORS = [RUSSIA, MINISTRY, SPOKESWOMAN, AMBASSADOR, NATO, CHAIR, DIPLOMAT]


def claim(cid: str, speaker: str, start: int, cue: str, text: str, cue_class="say") -> Claim:
    return Claim(
        cid,
        start,
        start + len(text),
        text,
        cue_class,
        speaker,
        cue=Cue(start - len(cue) - 1, start - 1, cue),
    )


def quote(qid: str, speaker: str | None, start: int, text: str, cue: str | None = None) -> Quote:
    return Quote(
        qid,
        start,
        start + len(text),
        text,
        speaker,
        cue=Cue(start - 10, start - 10 + len(cue), cue) if cue else None,
    )


def test_side_follows_the_affiliation_chain_to_its_top() -> None:
    by_id = {a.id: a for a in ACTORS}
    assert side_of(SPOKESWOMAN, by_id) == "Russia"
    assert side_of(AMBASSADOR, by_id) == "Russia"
    assert side_of(CHAIR, by_id) == "NATO"
    assert side_of(DIPLOMAT, by_id) == "Baltic diplomat"  # no affiliation: itself


def test_side_survives_an_affiliation_cycle() -> None:
    a = Actor("x1", "A", "organization", affiliation="x2")
    b = Actor("x2", "B", "organization", affiliation="x1")
    assert side_of(a, {"x1": a, "x2": b}) in ("A", "B")


def test_one_position_per_speaker_in_order_of_first_word() -> None:
    quotes = [
        quote("q1", "a6", 500, "“We are studying everything.”", "said"),
        quote("q2", "a3", 100, "“an extremely irresponsible step”"),
        quote("q3", None, 900, "“Nobody said this.”"),
    ]
    claims = [claim("c1", "a4", 300, "accused", "NATO of intimidating its population", "accuse")]
    positions = build_positions(ACTORS, quotes, claims)
    assert [p.actor for p in positions] == ["a3", "a4", "a6"]
    assert [p.side for p in positions] == ["Russia", "Russia", "NATO"]
    assert positions[1].claims == ("c1",) and positions[1].quotes == ()
    assert positions[2].quotes == ("q1",)


def test_summary_is_verb_and_content_in_reading_order() -> None:
    items = [
        claim("c2", "a4", 400, "insisting", "the West is “preparing for a major war with Russia.”"),
        claim(
            "c1",
            "a4",
            100,
            "accused",
            "NATO of “intimidating its population with the Kremlin’s plans to attack "
            "the alliance countries in the coming years,”",
            "accuse",
        ),
    ]
    summary = summarize(items)
    assert summary.startswith("accuses NATO of “intimidating its population")
    assert "…”; insists the West is “preparing for a major war with Russia.”" in summary


def test_a_quote_inside_a_claim_of_the_same_speaker_is_not_repeated() -> None:
    inner = quote("q1", "a4", 118, "“intimidating”")
    outer = claim("c1", "a4", 110, "accused", "NATO of “intimidating”", "accuse")
    [position] = build_positions(ACTORS, [inner], [outer])
    assert position.quotes == ("q1",) and position.claims == ("c1",)
    assert position.summary.count("intimidating") == 1


def test_summary_is_one_line_of_bounded_length() -> None:
    long = " ".join(["word"] * 200)
    items = [claim(f"c{n}", "a4", 1000 * n + 50, "said", f"line\n{n} {long}") for n in range(5)]
    summary = summarize(items)
    assert "\n" not in summary
    assert len(summary) <= SUMMARY_CHARS


def test_a_quote_with_its_cue_after_reads_cue_first() -> None:
    q = Quote("q1", 10, 30, "“going along well,”", "a1", cue=Cue(40, 44, "said"))
    assert summarize([q]) == "says: “going along well,”"


def test_speakers_without_an_actor_record_get_no_position() -> None:
    assert build_positions(ACTORS, [quote("q1", "a99", 0, "“x”")], []) == []


def test_terms_and_titles_are_not_statements() -> None:
    said = quote("q1", "a6", 100, "“We are studying everything.”", "said")
    title = Quote("q2", 300, 320, "“Meet the Press”", "a6", kind="title")
    term = Quote("q3", 400, 410, "“hybrid”", "a6", kind="term")
    [position] = build_positions(ACTORS, [said, title, term], [])
    assert position.quotes == ("q1",)
    assert "Meet the Press" not in position.summary and "hybrid" not in position.summary


def negated(cid: str, speaker: str, start: int, cue: str, text: str, cls: str) -> Claim:
    return Claim(
        cid,
        start,
        start + len(text),
        text,
        cls,
        speaker,
        cue=Cue(start - len(cue) - 1, start - 1, cue),
        polarity="negated",
    )


def test_a_negated_claim_reads_negated_in_the_summary() -> None:
    items = [
        negated("c1", "a6", 100, "didn't suggest", "retaliation", "urge"),
        negated("c2", "a6", 300, "declined to confirm", "that the drone was Russian", "confirm"),
    ]
    [position] = build_positions(ACTORS, [], items)
    assert position.summary == (
        "didn't suggest retaliation; declined to confirm that the drone was Russian"
    )


def test_the_verb_agrees_with_a_plural_speaker() -> None:
    nations = Actor("a8", "eastern European nations", "country")
    officials = Actor("a9", "officials", "person")
    items = [
        claim("c1", "a8", 100, "urged", "NATO to abandon a purely reactive stance", "urge"),
        claim("c2", "a9", 300, "said", "the talks were going well"),
    ]
    positions = build_positions([nations, officials], [], items)
    assert [p.summary for p in positions] == [
        "urge NATO to abandon a purely reactive stance",
        "say the talks were going well",
    ]


def test_the_content_keeps_its_subject_when_the_cue_interrupts_it() -> None:
    text = "These attacks, Dragone told the Financial Times, are forcing NATO to reassess"
    c = Claim("c1", 0, len(text), text, "say", "a6", cue=Cue(24, 28, "told"))
    assert summarize([c]) == "says: These attacks are forcing NATO to reassess"


def test_accuses_keeps_the_texts_own_verb() -> None:
    c = claim("c1", "a3", 100, "condemned", "the remarks as “an extremely irresponsible step”")
    c = Claim(c.id, c.start, c.end, c.text, "accuse", c.speaker, cue=c.cue)
    assert summarize([c]) == "condemns the remarks as “an extremely irresponsible step”"
