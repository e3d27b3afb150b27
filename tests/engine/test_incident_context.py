"""Incidents read with their neighbours: a place the parser hung on the clause
above, a toll told in the next sentence, a headline of a compatible type, a
characterisation of the event; and what is not an event at all (figurative
and verbal uses, bare nouns with nothing tying them to one event). Sentences
written for these tests (not from any corpus or the gold set)."""

from __future__ import annotations

import pytest

from annotate.engine import annotate_text
from annotate.model import Toll


def events(nlp, text: str):
    return list(nlp(text)._.incidents)


def test_a_place_right_after_the_incident_is_its_own(nlp) -> None:
    [blast] = events(
        nlp, "Prosecutors think Friday's explosion at a gas plant in Ploiesti was arson."
    )
    assert blast.place == "Ploiesti"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "A car bomb exploded outside a bank in Mardin on Monday. "
            "Four people were killed and nine were wounded, officials said.",
            Toll(4, 9),
        ),
        (
            "Drones struck a bus depot in Sumy overnight. Two drivers were killed, the mayor said.",
            Toll(2, None),
        ),
    ],
)
def test_a_toll_in_the_next_sentence_belongs_to_the_event_before(nlp, text, toll) -> None:
    [event] = events(nlp, text)
    assert event.toll == toll


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a bus station in Mosul on Sunday. "
        "Three people were killed in a road accident nearby.",
        "A bomb exploded at a bus station in Mosul on Sunday. "
        "Separately, two people were killed by a falling crane.",
        "A knife attack at a station in Essen injured four people on Friday. "
        "One of the victims was seriously hurt.",
    ],
)
def test_a_toll_with_a_cause_of_its_own_or_counted_already_is_not_carried(nlp, text) -> None:
    [event] = events(nlp, text)
    assert event.toll is None or event.toll.killed is None
    assert event.toll is None or event.toll.injured in (None, 4)


def test_a_headline_folds_into_a_compatible_event_at_the_same_place(nlp) -> None:
    text = (
        "Arson feared after fire at Varna port\n\n"
        "Police said Sunday's explosion at a warehouse in Varna port was arson. "
        "No one was hurt."
    )
    briefing = annotate_text(text, nlp, title="Arson feared after fire at Varna port")
    [event] = briefing.incidents
    assert event.type == "explosion"
    assert len(event.mentions) >= 3


def test_a_characterisation_is_a_mention_of_the_event_it_characterises(nlp) -> None:
    [fire] = events(nlp, "Investigators said the fire at a depot in Tartu on Monday was sabotage.")
    assert fire.type == "fire" and fire.place == "Tartu"
    assert len(fire.mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The senator renewed her Twitter attacks on the governor.",
        "He looked rattled by attacks from his rival at the debate on Tuesday.",
        "She attacked the mayor in a radio interview on Monday.",
        "The governor attacked the senator for his vote on the budget.",
        "The candidate pressed his attack that his rival was unfit for office.",
        "The union has found a new line of attack.",
        "His record came under attack during the primary.",
        "Analysts credit the explosion of streaming services for the drop in sales.",
        "His slogan was simple: bomb the hell out of them.",
        "The senator accused the party of sabotaging her campaign.",
        "The company balked at hacking the phone.",
        "Police arrested three men bent on attacking the city.",
        "We are playing with fire, the minister said.",
        "The preacher's fire-and-brimstone style won votes.",
        "Not for the first time, Americans died in a terrorist attack.",
        "The group has given its blessing to the killing of children.",
        "He argued for the assassination of foreign leaders.",
        "The judge was once targeted for assassination by a cartel.",
        "The province met its goal of cutting gas emissions by a tenth.",
        "Donors are paying for a series of last-ditch attacks to wound the front-runner.",
    ],
)
def test_figurative_verbal_and_unanchored_uses_are_not_incidents(nlp, text) -> None:
    assert events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The convoy came under attack near Kandahar on Sunday.",
        "Soldiers came under attack from drones overnight.",
        "Militants attacked a police station in Quetta on Monday.",
        "The explosion of a gas pipeline near Minsk injured two workers.",
        "Three men set fire to a warehouse in Leeds.",
        "The killing of 12 civilians in the village of Bara was condemned.",
        "Russian forces have shelled the village of Bara, killing two.",
        "Hackers breached the ministry's email servers.",
        "Unknown attackers set fire to a car belonging to a volunteer.",
        "Russia launched a massive attack overnight.",
        "An attack by pro-Russian hackers took down the websites of three ministries.",
    ],
)
def test_real_events_told_with_the_same_words_stay(nlp, text) -> None:
    assert len(events(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A fire broke out at a fuel depot.", "A fire broke out at a fuel depot"),
        (
            "An explosion tore through an apartment block.",
            "An explosion tore through an apartment block",
        ),
        ("The blast damaged the bridge.", "The blast damaged the bridge"),
        ("Fire destroyed a warehouse.", "Fire destroyed a warehouse"),
    ],
)
def test_what_an_event_hit_ties_it_to_one_event_and_reads_with_it(nlp, text, span) -> None:
    [event] = events(nlp, text)
    assert event.text == span


def test_a_dated_reference_back_joins_the_undated_event_of_its_kind(nlp) -> None:
    text = (
        "The assault on Kabul airport shocked the alliance. Ministers met in Brussels "
        "to discuss the response. After the Thursday attacks, several allies sent troops."
    )
    [event] = events(nlp, text)
    assert event.place == "Kabul airport" and len(event.mentions) == 2


def test_a_bare_later_mention_joins_the_one_event_of_its_kind_or_none(nlp) -> None:
    one = (
        "A gunman killed five people at a school in Dunblane in March. "
        "Parents gathered on Sunday. Teachers spoke to pupils about grief. "
        "The town held a vigil. Years later, a teacher who was shot recalled the day."
    )
    [event] = events(nlp, one)
    assert event.place == "Dunblane"
    two = (
        "A gunman killed five people at a school in Dunblane in March. "
        "In June, a man stabbed two people at a market in Leeds. "
        "Parents gathered on Sunday. Teachers spoke to pupils about grief. "
        "The town held a vigil. Years later, a teacher who was shot recalled the day."
    )
    assert [e.place for e in events(nlp, two)] == ["Dunblane", "Leeds"]


def test_the_place_of_what_happened_later_is_not_the_events(nlp) -> None:
    text = "Two days before the gunman shot six people, he prayed at a mosque in Fort Worth."
    [event] = events(nlp, text)
    assert event.place is None


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        ("Russia's strike on Kharkiv on Monday killed two.", "strike", None),  # never Russia
        ("The coalition was criticised for the bombing of schools in Yemen.", "strike", "Yemen"),
        ("Survivors of the bombing of Dresden met on Monday.", "strike", "Dresden"),
        ("The bombing of a cafe in Bremen on Friday injured 29 people.", "explosion", "Bremen"),
        (
            "Two gunmen opened fire at an office party in Redlands on Wednesday, killing 14. "
            "The shooting lasted minutes, and a pipe bomb exploded at the party.",
            "attack",
            "Redlands",
        ),
    ],
)
def test_types_and_places_of_acts(nlp, text, kind, place) -> None:
    first = events(nlp, text)[0]
    assert (first.type, first.place) == (kind, place)


@pytest.mark.parametrize(
    "text",
    [
        "However, the senator held her fire on the mayor.",
        "Critics say the rumour keeps fuelling that fire.",
        "Reporters held his feet to the fire about his taxes.",
        "The governor caught fire in the polls last year.",
        "Maria Lopez spoke on Monday. Lopez's attacks have hurt her rival.",
        "He kept up his unrelenting assault on what he calls a rigged process.",
        "The union said the weeks-long strike would end. "
        "To weather the strike, the firm hired temps.",
        "Police counted 600 attacks against shelters last year, ranging from arson to assaults.",
        "Soldiers systematically rounded up villagers and killed them.",
        "Two women have accused the coach of sexual assault.",
        "The candidate attacked the hateful ideology of radical nationalism.",
        "Hackers are taking aim at state and local election officials.",
        "He attacked Maria Lopez in early-morning tweets.",
        "Officials say hackers have breached government networks.",
        "Russian forces have shelled villages near the front.",
    ],
)
def test_idioms_walkouts_tallies_and_habits_are_not_incidents(nlp, text) -> None:
    assert events(nlp, text) == []


def test_an_attack_dated_by_of_is_not_speech(nlp) -> None:
    [attack] = events(nlp, "The militia's attack of March 3 killed 40 people.")
    assert attack.toll == Toll(40, None)


def test_one_event_named_again_at_the_same_place_is_one(nlp) -> None:
    text = (
        "A gunman killed 12 people at a club in Tulsa on Sunday. "
        "Vigils were held across the state. "
        '"Terrible shooting in Tulsa," the mayor wrote. '
        "It was the deadliest mass shooting in U.S. history."
    )
    [event] = events(nlp, text)
    assert event.place == "Tulsa" and event.toll == Toll(12, None)


def test_the_place_of_a_visit_the_day_before_is_not_the_events(nlp) -> None:
    text = (
        "A gunman killed nine people at a church in Charleston. "
        "She was in Ohio the day before the shooting."
    )
    [event] = events(nlp, text)
    assert event.place == "Charleston"


@pytest.mark.parametrize(
    "text",
    [
        "The coalition began conducting airstrikes on militant targets in 2014.",
        "The campaign launched a new round of attacks on Tuesday.",
        "The new assault comes as his rivals sharpen their lines.",
        "In 2014, about 80 percent of murders were solved.",
        "He faced criticism after two attacks in July.",
        "A trader makes a killing on bonds.",
        "The campaign shelled out millions for ads.",
        "Hackers tweeted falsified reports of explosions at the palace.",
        "Speakers delivered a combination of fire and emotion.",
        "More bombing has no bearing on such men, the expert said.",
    ],
)
def test_campaigns_statistics_counts_and_idioms_are_not_incidents(nlp, text) -> None:
    assert events(nlp, text) == []


def test_a_named_attack_stays_without_other_facts(nlp) -> None:
    [attack] = events(nlp, "Critics still ask about the Benghazi attack.")
    assert attack.type == "attack"


@pytest.mark.parametrize(
    "text",
    [
        "Officers said they had foiled a plot to blow up a pipeline near Kiel.",
        "Police thwarted an attempt to set fire to a depot in Riga.",
        "Guards averted a strike on the dam by jamming the drone.",
        "A suspect package was destroyed in a controlled explosion by army experts.",
        "The sabotage has grown since the full-scale invasion of Ukraine in 2022.",
    ],
)
def test_foiled_plots_controlled_explosions_and_a_war_are_not_incidents(nlp, text) -> None:
    assert events(nlp, text) == []


def test_a_real_blast_beside_a_controlled_explosion_stays(nlp) -> None:
    text = (
        "A bomb exploded at a station in Lyon on Monday; "
        "a second device was destroyed in a controlled explosion."
    )
    [blast] = events(nlp, text)
    assert blast.type == "explosion" and blast.place == "Lyon"


@pytest.mark.parametrize(
    ("text", "real"),
    [
        ("An attack on Kharkiv killed three people.", True),  # the tagger calls Kharkiv a person
        ("A Russian attack on Lviv on Monday wounded 12.", True),
        ("The attack on Clinton killed her chances.", False),
        ("His attack on Smith hurt his campaign.", False),
    ],
)
def test_an_attack_that_kills_a_number_of_people_is_no_figure_of_speech(nlp, text, real) -> None:
    assert bool(events(nlp, text)) is real


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Missiles struck a Panama-flagged tanker in the Gulf of Aden on Monday.", "Gulf of Aden"),
        ("A Liberia-registered freighter was hit by a drone off Hodeidah on Sunday.", "Hodeidah"),
        ("A Moscow-backed group set fire to a depot in Gdansk on Friday.", "Gdansk"),
    ],
)
def test_a_flag_or_a_backer_is_not_the_place(nlp, text, place) -> None:
    [event] = events(nlp, text)
    assert event.place == place


@pytest.mark.parametrize(
    ("text", "place", "area"),
    [
        (  # a site named by the company that runs it: the town wins
            "Someone fired rounds into a Halvard Power substation near Elmsby on Tuesday night.",
            "Elmsby",
            None,
        ),
        (  # a site with a proper name of its own stays the place
            "Gunmen fired shots at the Oak Ridge substation near Elmsby on Tuesday.",
            "Oak Ridge substation",
            "Oak Ridge",
        ),
        (  # what the attack forced, with its town
            "A ransomware attack forced St. Anne's Hospital in Carrow Falls to divert ambulances.",
            "St. Anne's Hospital",
            "Carrow Falls",
        ),
        (
            "Someone fired rounds into a Halvard Power substation near the town of Elmsby.",
            "Elmsby",
            None,
        ),
        (  # the town named after what the attack crippled, whatever the tagger calls it
            "A ransomware attack crippled a hospital in Carrow Falls on Monday.",
            "Carrow Falls",
            None,
        ),
        (
            "Arsonists set fire to a warehouse on the Millbank industrial estate in Corby.",
            "Corby",
            None,
        ),
        (
            "Arsonists set fire to a unit on the Millbank business park in Corby on Saturday.",
            "Corby",
            None,
        ),
        (  # a ship's name from an earlier sentence is never the place
            "Rebels seized the tanker Sea Lark last month. "
            "On Friday, warplanes struck rebel targets near Port Vell, the army said.",
            "Port Vell",
            None,
        ),
        (  # where the ship lay, in a clause hung on the event
            "An explosive drone boat blew up a few metres from the tanker Nordic Star, "
            "anchored off Tartus, on Sunday.",
            "Tartus",
            None,
        ),
        (
            "An explosive drone boat blew up a few metres from the tanker Nordic Star "
            "off Port Vell on Sunday.",
            "Port Vell",
            None,
        ),
    ],
)
def test_the_town_a_site_is_placed_by(nlp, text, place, area) -> None:
    event = events(nlp, text)[-1]
    assert (event.place, event.area) == (place, area)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            "A man stabbed a councillor in Tuam on Monday. "
            "Two people, including the councillor, were treated for injuries.",
            2,
        ),
        (
            "A man stabbed a councillor in Tuam on Monday. "
            "Two people were injured, one of them the councillor.",
            2,
        ),
        (
            "Ivan Petrov, who runs a channel critical of the government, was attacked with "
            "a hammer outside his home in Riga on Monday. He was taken to hospital.",
            1,
        ),
        (
            "Ivan Petrov, a blogger, was attacked with a hammer outside his home on Monday "
            "and was treated in hospital.",
            1,
        ),
        (
            "Ivan Petrov, who runs a channel critical of the government, was attacked with "
            "a hammer outside his home in Riga on Monday. He was unhurt.",
            None,
        ),
    ],
)
def test_people_treated_or_taken_to_hospital_were_hurt(nlp, text, injured) -> None:
    [event] = events(nlp, text)
    assert (event.toll.injured if event.toll else None) == injured


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hackers knocked Czech websites offline on Tuesday.", "Czech Republic"),
        (  # never the place of the event told before
            "A missile hit a hospital in Dorn on Monday. "
            "Hackers also crippled Czech government websites on Tuesday.",
            "Czech Republic",
        ),
        (
            "A missile hit a hospital in Dorn on Monday, killing two. "
            "Hackers took down the websites of the health ministry on Tuesday.",
            None,
        ),
        ("Russian hackers attacked a water plant in Dunmore.", "Dunmore"),
        (  # another target "also" hacked is another event, with no place of its own
            "Hackers hit the hospital in Brno on Monday. "
            "The websites of the health ministry were also hacked.",
            None,
        ),
    ],
)
def test_a_nations_websites_are_its_place_and_no_other_events(nlp, text, place) -> None:
    assert events(nlp, text)[-1].place == place


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (  # a ship named before its kind is no place, here or in another sentence
            "A missile hit the Sea Lark tanker on Monday. On Tuesday, warplanes struck "
            "rebel targets near Port Vell, and the Sea Lark was towed away.",
            [None, "Port Vell"],
        ),
        ("A blast hit the New York ferry terminal.", ["New York ferry terminal"]),
        (
            "A fire broke out on a Baltic Sea ferry on Monday. Cables in the Baltic Sea were cut.",
            ["Baltic Sea", "Baltic Sea"],
        ),
    ],
)
def test_a_ship_named_before_its_kind_is_never_a_place(nlp, text, places) -> None:
    assert [e.place for e in events(nlp, text)] == places


def test_the_same_target_also_hit_is_the_same_event(nlp) -> None:
    text = "Drones attacked the tanker off Tartus on Monday. The tanker was also hit by a missile."
    assert [e.place for e in events(nlp, text)] == ["Tartus"]
