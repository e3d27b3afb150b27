"""Plain words for records: what a negated claim did not do, an incident's
facts as far as reported, the key map read from the config file."""

from __future__ import annotations

import pytest
from reader_fixtures import DEPOT, depot_briefing

from annotate.model import Actor, Briefing, Claim, Cue, DateRef, Incident, Quote, Toll
from annotate.pipeline import config_file
from tui.briefing_index import BriefingIndex
from tui.config import load_keymap
from tui.describe import incident_facts, negated_phrase, stance_verb

TEXT = (
    "The minister did not suggest that talks had failed. She declined to confirm it. "
    "He never said so. They stopped short of blaming Russia. The envoy didn't deny it."
)


def negated(cue: str, cue_class: str = "say", text: str = TEXT) -> Claim:
    start = TEXT.index(cue)
    return Claim(
        "c1", 0, 1, "x", cue_class, cue=Cue(start, start + len(cue), cue), polarity="negated"
    )


@pytest.mark.parametrize(
    ("cue", "cue_class", "phrase"),
    [
        ("suggest", "say", "did not suggest"),
        ("confirm", "confirm", "declined to confirm"),
        ("said", "say", "never said"),
        ("blaming", "accuse", "stopped short of blaming"),
        ("declined to confirm", "confirm", "declined to confirm"),
        ("deny", "deny", "didn't deny"),
    ],
)
def test_a_negated_claim_is_phrased_from_the_article(cue, cue_class, phrase):
    claim = negated(cue, cue_class)
    assert negated_phrase(claim, TEXT) == phrase
    assert stance_verb(BriefingIndex(Briefing("t", "x"), TEXT), claim) == phrase


@pytest.mark.parametrize(
    ("cue_class", "phrase"), [("say", "did not say"), ("accuse", "did not accuse")]
)
def test_without_the_article_a_negated_claim_still_reads_as_not_made(cue_class, phrase):
    claim = Claim("c1", 0, 1, "x", cue_class, polarity="negated")
    assert negated_phrase(claim) == phrase


@pytest.mark.parametrize(
    ("cue", "cue_class", "verb"),
    [
        ("suggested", "urge", "suggests"),  # never "urges": that says more than the text
        ("condemned", "accuse", "condemns"),  # never "accuses"
        ("insisting", "claim", "insists"),
        ("denied", "deny", "denies"),
        ("called for", "urge", "calls for"),
        ("told", "say", "says"),  # "tells" reads oddly without whom
        ("added", "say", "says"),
        ("according to", "say", "says"),
        (None, "accuse", "accuses"),  # no cue recorded: its class
    ],
)
def test_an_affirmed_statement_keeps_the_articles_own_verb(cue, cue_class, verb):
    text = f"The minister {cue} that talks had failed." if cue else "x"
    at = text.find(cue) if cue else 0
    claim = Claim("c1", 0, 1, "x", cue_class, cue=Cue(at, at + len(cue), cue) if cue else None)
    assert stance_verb(BriefingIndex(Briefing("t", text), text), claim) == verb
    quote = Quote("q1", 0, 1, "“x”", cue=claim.cue)
    assert stance_verb(BriefingIndex(Briefing("t", text), text), quote) == (verb if cue else "says")


FRONT = Actor("a1", "Northern Front", "group")
PORT = Actor("a2", "Port authority", "organization")


@pytest.mark.parametrize(
    ("fields", "facts"),
    [
        ({}, []),
        ({"place": "the port", "area": "Leith"}, ["the port, Leith"]),
        ({"place": "Leith airport", "area": "Leith"}, ["Leith airport"]),
        ({"area": "Leith"}, ["Leith"]),
        ({"date": DateRef("Monday")}, ["Monday"]),
        ({"toll": Toll(killed=4)}, ["4 killed"]),
        (
            {"toll": Toll(killed=20, injured=3, killed_approx=True)},
            ["at least 20 killed", "3 injured"],
        ),
        ({"toll": Toll(injured=12, injured_approx=True)}, ["at least 12 injured"]),
        ({"perpetrator": "a1", "attribution": "alleged"}, ["alleged: Northern Front"]),
        ({"perpetrator": "a1", "attribution": "stated"}, ["by Northern Front"]),
        ({"perpetrator": "a1"}, ["alleged: Northern Front"]),  # not said how: never as fact
        ({"victims": ("a2",)}, ["hit: Port authority"]),
    ],
)
def test_incident_facts(fields, facts):
    briefing = Briefing("t", "x", actors=(FRONT, PORT))
    incident = Incident("i1", 0, 4, "fire", "fire", **fields)
    assert incident_facts(briefing, incident) == facts


def test_the_depot_fixture_reads_whole():
    briefing = depot_briefing()
    assert incident_facts(briefing, briefing.incidents[0]) == [
        "the fuel depot, Ostrava",
        "Sunday",
        "at least 12 killed",
        "alleged: Red Hand",
    ]
    assert negated_phrase(briefing.claims[0], DEPOT) == "did not confirm"


@pytest.mark.parametrize(
    ("toml", "keymap", "problem"),
    [
        ('[keys]\nnext-quote = "x"\n', {"next-quote": "x"}, None),
        ('[keys]\nnext-quote = "n, j"\n', {"next-quote": "n,j"}, None),
        ('[keys]\ncopy = ["y", "ctrl+y"]\n', {"copy": "y,ctrl+y"}, None),
        ('[keys]\nnope = "x"\n', {}, "names no command 'nope'"),
        ('[keys]\nquit = ""\n', {}, "quit must be keys"),
        ("[keys]\nquit = 3\n", {}, "quit must be keys"),
        ('keys = "x"\n', {}, "must be a table"),
        ('pipeline = "en_core_web_sm"\n', {}, None),
        ("not toml at all [", {}, None),  # said where the pipeline is read
    ],
)
def test_the_key_map_from_the_config_file(toml, keymap, problem):
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(toml, encoding="utf-8")
    found, problems = load_keymap()
    assert found == keymap
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problem in problems[0] and "\n" not in problems[0]
