"""Actors on small paragraphs written for each behaviour (not from any corpus)."""

from __future__ import annotations

import re

import pytest

from annotate.actors import ActorIndex, build_actors
from annotate.model import Actor


def index_of(nlp, text: str) -> tuple[str, ActorIndex]:
    return text, nlp(text)._.actors


def named(index: ActorIndex, name: str) -> Actor:
    matches = [a for a in index.actors if a.name == name]
    assert matches, f"no actor {name!r} in {[a.name for a in index.actors]}"
    assert len(matches) == 1, f"{name!r} split into {len(matches)} actors"
    return matches[0]


def surfaces(text: str, actor: Actor) -> list[str]:
    return [text[m.start : m.end] for m in actor.mentions]


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """The `nth` whole-word occurrence of `part` in `text`."""
    found = list(re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", text))[nth]
    return found.start(), found.end()


def test_a_title_surname_and_pronoun_are_one_person_named_without_the_title(nlp) -> None:
    text, index = index_of(
        nlp,
        "Chancellor Petra Lindqvist met the press on Tuesday. Lindqvist said the budget "
        "was fair. She added that taxes would not rise.",
    )
    person = named(index, "Petra Lindqvist")
    assert person.kind == "person"
    assert person.role == "Chancellor"
    assert surfaces(text, person) == ["Petra Lindqvist", "Lindqvist", "She"]
    assert "She" not in person.aliases  # pronouns are mentions, not names


def test_a_pronoun_takes_the_latest_subject_of_its_gender(nlp) -> None:
    text, index = index_of(
        nlp,
        "Ambassador Tomas Berg, Sweden’s envoy to Kenya, met Mrs Amina Odhiambo. "
        "She said the visit was welcome. He said it was overdue.",
    )
    berg, odhiambo = named(index, "Tomas Berg"), named(index, "Amina Odhiambo")
    assert index.actor_at(*span(text, "She")) == odhiambo.id
    assert index.actor_at(*span(text, "He")) == berg.id


def test_a_surname_the_ner_mislabels_is_still_that_person(nlp) -> None:
    # en_core_web_sm tags a lone "Trump" as ORG in several contexts.
    text, index = index_of(
        nlp,
        "On Monday, Donald Trump said talks were going well. The Kremlin confirmed that "
        "Trump’s top envoy, Steve Witkoff, will travel to Moscow.",
    )
    trump = named(index, "Donald Trump")
    assert surfaces(text, trump) == ["Donald Trump", "Trump"]
    assert not [a for a in index.actors if a.name == "Trump"]


def test_a_possessive_is_a_mention_without_its_marker(nlp) -> None:
    text, index = index_of(
        nlp, "Vladimir Putin spoke first. Putin’s covert campaign has continued for years."
    )
    putin = named(index, "Vladimir Putin")
    assert "Putin" in surfaces(text, putin)
    assert all(not s.endswith("’s") for s in surfaces(text, putin))


def test_apposition_gives_role_and_affiliation_and_the_title_speaks_for_the_person(nlp) -> None:
    text, index = index_of(
        nlp,
        "Russia’s ambassador to Belgium, Denis Gonchar, also accused the alliance of lying.",
    )
    gonchar = named(index, "Denis Gonchar")
    assert gonchar.role == "ambassador to Belgium"
    assert gonchar.affiliation == named(index, "Russia").id  # not Belgium: that is the posting
    whole = span(text, "Russia’s ambassador to Belgium, Denis Gonchar")
    assert index.actor_at(*whole) == gonchar.id


def test_a_later_title_is_a_mention_of_the_person_with_that_role(nlp) -> None:
    text, index = index_of(
        nlp,
        "The Harmon Group’s chief executive, Daniel Okafor, resigned on Friday. "
        "The executive said he had no regrets.",
    )
    okafor = named(index, "Daniel Okafor")
    assert okafor.role == "chief executive"
    assert okafor.affiliation == named(index, "Harmon Group").id
    assert "The executive" in surfaces(text, okafor)
    assert index.actor_at(*span(text, "The executive")) == okafor.id
    assert index.actor_at(*span(text, "he")) == okafor.id


def test_a_role_inside_an_organisation_takes_its_owner(nlp) -> None:
    text, index = index_of(
        nlp,
        "Admiral Giuseppe Cavo Dragone, chair of NATO’s Military Committee, said the "
        "alliance could act first. Dragone said the alliance is examining all options.",
    )
    dragone = named(index, "Giuseppe Cavo Dragone")
    assert dragone.role == "chair of NATO’s Military Committee"
    assert dragone.affiliation == named(index, "NATO").id
    committee = next(a for a in index.actors if "Military Committee" in a.name)
    assert committee.kind == "organization"
    assert committee.affiliation == named(index, "NATO").id


@pytest.mark.parametrize(
    ("text", "source", "name", "kind"),
    [
        (
            "One Baltic diplomat said the talks were stuck.",
            "One Baltic diplomat",
            "Baltic diplomat",
            "person",
        ),
        (
            "Senior administration officials warned that the deal could collapse.",
            "Senior administration officials",
            "senior administration officials",
            "group",
        ),
    ],
)
def test_an_unnamed_source_is_an_actor_of_its_own(nlp, text, source, name, kind) -> None:
    index = nlp(text)._.actors
    actor = named(index, name)
    assert actor.kind == kind
    assert index.actor_at(*span(text, source)) == actor.id


def test_an_unnamed_source_is_affiliated_through_its_demonym(nlp) -> None:
    _, index = index_of(nlp, "One Baltic diplomat said the talks were stuck.")
    diplomat = named(index, "Baltic diplomat")
    assert diplomat.affiliation == named(index, "Baltic states").id


def test_a_source_span_nobody_named_still_becomes_an_actor(nlp) -> None:
    text = "Several eastern European nations have already urged the alliance to act."
    doc = nlp(text)
    index = build_actors(doc, [span(text, "Several eastern European nations")])
    nations = index.actor(index.actor_at(*span(text, "Several eastern European nations")))
    assert nations is not None and nations.kind == "group"


def test_a_document_or_pronoun_source_is_not_made_an_actor(nlp) -> None:
    text = "The report said prices rose. It added that wages fell."
    doc = nlp(text)
    index = build_actors(doc, [span(text, "The report"), span(text, "It")])
    assert index.actor_at(*span(text, "The report")) is None
    assert index.actor_at(*span(text, "It")) is None


def test_a_capital_that_speaks_is_its_government_and_a_seat_of_government_belongs_to_it(
    nlp,
) -> None:
    text, index = index_of(
        nlp,
        "Moscow lashed out at the proposal. In Moscow’s response, Foreign Ministry "
        "spokeswoman Maria Zakharova condemned the remarks. The Kremlin confirmed that "
        "an envoy will travel to Moscow.",
    )
    russia = named(index, "Russia")
    assert russia.kind == "country"
    assert index.actor_at(*span(text, "Moscow")) == russia.id
    assert index.actor_at(*span(text, "Moscow", 1)) == russia.id
    kremlin = named(index, "Kremlin")
    assert kremlin.kind == "organization" and kremlin.affiliation == russia.id
    assert index.actor_at(*span(text, "The Kremlin")) == kremlin.id
    moscow = named(index, "Moscow")  # travelled to: a place
    assert moscow.kind == "place" and index.actor_at(*span(text, "Moscow", 2)) == moscow.id
    zakharova = named(index, "Maria Zakharova")
    assert zakharova.role == "Foreign Ministry spokeswoman"
    assert zakharova.affiliation == russia.id  # framed as Moscow's response


def test_country_aliases_and_acronyms_merge(nlp) -> None:
    text, index = index_of(
        nlp,
        "Washington rejected the offer, and the U.S. Treasury imposed sanctions on the "
        "United States' rivals. The International Atomic Energy Agency (IAEA) said "
        "inspectors were blocked. The IAEA added that it would report to its board.",
    )
    usa = named(index, "United States")
    assert {"Washington", "United States"} <= set(surfaces(text, usa))
    treasury = named(index, "U.S. Treasury")
    assert treasury.affiliation == usa.id
    agency = named(index, "International Atomic Energy Agency")
    assert surfaces(text, agency).count("IAEA") == 2


def test_an_adjective_of_nationality_is_not_a_mention_of_the_country(nlp) -> None:
    _, index = index_of(nlp, "A fire hit a Ukrainian-owned warehouse in east London.")
    assert not [a for a in index.actors if a.name == "Ukraine"]


def test_each_mention_maps_back_to_its_actor(nlp) -> None:
    text, index = index_of(
        nlp,
        "Foreign Ministry spokeswoman Maria Zakharova spoke. She added that the talks failed.",
    )
    for actor in index.actors:
        for mention in actor.mentions:
            assert index.actor_at(mention.start, mention.end) == actor.id
            assert text[mention.start : mention.end].strip() == text[mention.start : mention.end]
