"""The briefing model: immutable records whose JSON form round-trips."""

from __future__ import annotations

import json

import pytest

from annotate.model import (
    SCHEMA,
    Actor,
    Briefing,
    Claim,
    Cue,
    DateRef,
    Incident,
    Position,
    Quote,
    Span,
    Toll,
)


def sample() -> Briefing:
    return Briefing(
        title="T",
        text_sha256="0" * 64,
        actors=(
            Actor(
                "a1",
                "Maria Zakharova",
                "person",
                ("Maria Zakharova", "She"),
                (Span(0, 15), Span(40, 43)),
                "Foreign Ministry spokeswoman",
                "a2",
            ),
            Actor("a2", "Russia", "country", ("Russia",), (Span(50, 56),)),
        ),
        quotes=(Quote("q1", 20, 30, "“x”", "a1", Span(0, 15), Cue(31, 36, "added")),),
        claims=(Claim("c1", 60, 70, "talks went well", "claim", "a1", None, None),),
        incidents=(
            Incident(
                "i1",
                80,
                90,
                "a strike",
                "strike",
                "Ukraine",
                DateRef("Monday, December 1", "--12-01"),
                Toll(4, None),
                "a2",
            ),
        ),
        positions=(Position("a1", ("q1",), ("c1",), "added: x", "Russia"),),
    )


def test_json_round_trip_is_lossless() -> None:
    briefing = sample()
    assert Briefing.from_json(briefing.to_json()) == briefing


def test_json_carries_the_contract_fields() -> None:
    data = json.loads(sample().to_json())
    assert data["schema"] == SCHEMA == "briefing/1"
    assert set(data) >= {
        "schema",
        "title",
        "text_sha256",
        "actors",
        "quotes",
        "claims",
        "incidents",
        "positions",
    }
    assert set(data["quotes"][0]) >= {"id", "start", "end", "text", "speaker", "source", "cue"}
    assert set(data["claims"][0]) >= {
        "id",
        "start",
        "end",
        "text",
        "speaker",
        "source",
        "cue",
        "cue_class",
    }
    assert set(data["incidents"][0]) >= {
        "id",
        "start",
        "end",
        "text",
        "type",
        "place",
        "date",
        "toll",
        "perpetrator",
    }
    assert set(data["positions"][0]) >= {"actor", "quotes", "claims", "summary", "side"}
    assert data["actors"][0]["mentions"][1] == {"start": 40, "end": 43}


def test_records_are_immutable() -> None:
    with pytest.raises(AttributeError):
        sample().quotes[0].speaker = "a2"  # type: ignore[misc]


def test_unknown_schema_is_refused() -> None:
    data = json.loads(sample().to_json())
    data["schema"] = "briefing/99"
    with pytest.raises(ValueError, match="schema"):
        Briefing.from_dict(data)
