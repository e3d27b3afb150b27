"""The bundled seed article, annotated: its actors, roles, incidents and
non-incidents, as a reader of the article would list them."""

from __future__ import annotations

import re

import pytest

from annotate.actors import build_actors
from annotate.model import Actor, Briefing


def actor(briefing: Briefing, name: str) -> Actor:
    found = [a for a in briefing.actors if a.name == name]
    assert len(found) == 1, f"{name!r}: {[a.name for a in briefing.actors]}"
    return found[0]


def mentions(text: str, who: Actor) -> list[str]:
    return [text[m.start : m.end] for m in who.mentions]


def at(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    found = list(re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", text))[nth]
    return found.start(), found.end()


def test_dragone_is_one_person_under_all_his_names(seed_briefing, seed_text) -> None:
    dragone = actor(seed_briefing, "Giuseppe Cavo Dragone")
    assert dragone.kind == "person"
    assert "Dragone" in dragone.aliases  # en_core_web_sm labels the lone surname ORG
    said = mentions(seed_text, dragone)
    assert said.count("Dragone") == 2 and said.count("He") == 2
    assert dragone.role == "chair of NATO’s Military Committee"
    assert dragone.affiliation == actor(seed_briefing, "NATO").id
    assert not [a for a in seed_briefing.actors if a.name in ("Dragone", "Admiral")]


def test_russian_officials_have_roles_and_belong_to_russia(seed_briefing, seed_text) -> None:
    russia = actor(seed_briefing, "Russia")
    zakharova = actor(seed_briefing, "Maria Zakharova")
    assert zakharova.role == "spokeswoman"  # the Foreign Ministry is her affiliation's side
    assert zakharova.affiliation == russia.id  # "In Moscow’s response, ..."
    assert "She" in mentions(seed_text, zakharova)
    gonchar = actor(seed_briefing, "Denis Gonchar")
    assert "ambassador to Belgium" in (gonchar.role or "")
    assert gonchar.affiliation == russia.id
    kremlin = actor(seed_briefing, "Kremlin")
    assert kremlin.kind == "organization" and kremlin.affiliation == russia.id


def test_moscow_as_speaker_is_russia_and_as_destination_a_place(seed_briefing, seed_text) -> None:
    russia = actor(seed_briefing, "Russia")
    assert russia.kind == "country"
    assert {"Russia", "Moscow"} <= set(russia.aliases)
    assert mentions(seed_text, russia).count("Moscow") == 2  # lashed out; Moscow’s response
    assert actor(seed_briefing, "Moscow").kind == "place"  # travel to Moscow


def test_people_merge_across_names_and_possessives(seed_briefing, seed_text) -> None:
    putin = actor(seed_briefing, "Vladimir Putin")
    assert mentions(seed_text, putin) == ["Vladimir Putin", "Putin", "Putin"]
    trump = actor(seed_briefing, "Donald Trump")
    assert mentions(seed_text, trump) == ["Donald Trump", "Trump"]
    witkoff = actor(seed_briefing, "Steve Witkoff")
    assert witkoff.role == "top envoy" and witkoff.affiliation == trump.id
    zelensky = actor(seed_briefing, "Volodymyr Zelensky")
    assert zelensky.role == "President"
    assert actor(seed_briefing, "United States").aliases == ("U.S.",)


def test_unnamed_sources_are_actors(seed_briefing) -> None:
    diplomat = actor(seed_briefing, "Baltic diplomat")
    assert diplomat.kind == "person" and "One Baltic diplomat" in diplomat.aliases
    assert diplomat.affiliation == actor(seed_briefing, "Baltic states").id
    official = actor(seed_briefing, "top NATO official")
    assert official.affiliation == actor(seed_briefing, "NATO").id
    officials = actor(seed_briefing, "U.S. and European officials")
    assert officials.kind == "group" and officials.affiliation is None


@pytest.mark.parametrize(
    ("source", "nth", "name"),
    [
        ("She", 0, "Maria Zakharova"),
        ("He", 0, "Giuseppe Cavo Dragone"),
        ("He", 1, "Giuseppe Cavo Dragone"),
        ("Dragone", 1, "Giuseppe Cavo Dragone"),
        (
            "Admiral Giuseppe Cavo Dragone, chair of NATO’s Military Committee",
            0,
            "Giuseppe Cavo Dragone",
        ),
        ("Foreign Ministry spokeswoman Maria Zakharova", 0, "Maria Zakharova"),
        ("Russia’s ambassador to Belgium, Denis Gonchar", 0, "Denis Gonchar"),
        ("Donald Trump", 0, "Donald Trump"),
        ("The Kremlin", 0, "Kremlin"),
        ("Moscow", 0, "Russia"),
        ("Russia", 0, "Russia"),
        ("One Baltic diplomat", 0, "Baltic diplomat"),
        ("a top NATO official", 0, "top NATO official"),
    ],
)
def test_every_source_span_resolves_to_its_actor(nlp, seed_text, source, nth, name) -> None:
    doc = nlp(seed_text)
    span = at(seed_text, source, nth)
    index = build_actors(doc, [span])
    found = index.actor(index.actor_at(*span))
    assert found is not None and found.name == name


def incident(briefing: Briefing, words: str):
    found = [i for i in briefing.incidents if words in i.text]
    assert len(found) == 1, f"{words!r}: {[i.text for i in briefing.incidents]}"
    return found[0]


def test_the_reported_incidents_are_its_real_events_once_each_with_places(seed_briefing) -> None:
    names = {a.id: a.name for a in seed_briefing.actors}
    assert [i.type for i in seed_briefing.incidents] == ["fire", "sabotage", "strike"]
    blaze = incident(seed_briefing, "blaze")
    assert blaze.text == "the blaze at a Ukrainian-owned warehouse in east London"
    assert (blaze.type, blaze.place) == ("fire", "east London")
    assert names[blaze.perpetrator] == "Vladimir Putin"
    cables = incident(seed_briefing, "severing")
    assert cables.text == "the severing of undersea Baltic cables"
    assert (cables.type, cables.place) == ("sabotage", "Baltic Sea")
    strike = incident(seed_briefing, "a strike on")
    assert strike.text == "a strike on Monday, December 1"
    assert (strike.type, strike.place) == ("strike", "Ukraine")
    assert strike.toll is not None and (strike.toll.killed, strike.toll.killed_approx) == (4, True)
    assert strike.date is not None and strike.date.iso is None  # the article gives no year
    assert names[strike.perpetrator] == "Russia"


def test_the_campaign_and_the_tactics_it_lists_are_patterns(seed_briefing) -> None:
    # "Putin’s ongoing shadow war of sabotage, cyberattacks, and airspace
    # violations across Europe", "fires and explosions", "widespread cyber
    # intrusions" and "its lethal bombardment of Ukraine" name kinds of
    # incident, not single events.
    found = {(p.text, p.type) for p in seed_briefing.patterns}
    assert found == {
        ("sabotage", "sabotage"),
        ("cyberattacks", "cyber"),
        ("airspace violations across Europe", "airspace"),
        ("fires", "fire"),
        ("explosions", "explosion"),
        ("widespread cyber intrusions", "cyber"),
        ("its lethal bombardment of Ukraine", "strike"),
    }
    assert [p.id for p in seed_briefing.patterns] == [
        f"p{n}" for n in range(1, len(seed_briefing.patterns) + 1)
    ]


@pytest.mark.parametrize(
    "words",
    [
        "pre-emptive",  # "may consider launching “pre-emptive strikes”", "could ... be considered"
        "counter-attacks",  # "would be the easiest to execute"
        "plans to attack",  # "the Kremlin’s non-existent plans to attack"
        "attack the alliance",
        "These attacks",  # a reference back, not a new incident
        "hybrid warfare",
        "physical sabotage",  # "retaliating for ... would be more complicated"
        "drone incursions",
        "war",
    ],
)
def test_proposed_hypothetical_and_negated_actions_are_not_incidents(
    seed_briefing, seed_text, words
) -> None:
    where = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", seed_text)]
    assert where
    for incident_ in seed_briefing.incidents:
        for start in where:
            assert not incident_.start <= start < incident_.end, (words, incident_.text)


def test_incidents_are_readable_phrases_not_paragraphs(seed_briefing, seed_text) -> None:
    for found in seed_briefing.incidents:
        assert found.text == seed_text[found.start : found.end]
        assert "\n" not in found.text and len(found.text.split()) <= 12
