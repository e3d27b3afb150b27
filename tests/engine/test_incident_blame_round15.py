"""The right culprit, or none: a nation is the culprit only when the text
makes the nation (or its weapon, its forces) the doer; an individual's
nationality, a handler met online, a question still open name no one.
Sentences written for these tests (not from any corpus or the gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

TUESDAY = dt.date(2026, 5, 12)


def culprit(nlp, text: str) -> str | None:
    briefing = annotate_text(text, nlp, published=TUESDAY)
    [incident] = briefing.incidents
    actor = briefing.actor(incident.perpetrator) if incident.perpetrator else None
    return actor.name if actor else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym the tagger took for a country's name still names the side
        (
            "Ukrainian naval drones struck a Russian patrol ship near Novorossiysk on Thursday.",
            "Ukraine",
        ),
        ("Russian drones struck a fuel depot near Lviv on Thursday, officials said.", "Russia"),
        (
            "KHERSON, June 9 — Ukrainian sea drones attacked the Russian frigate Admiral Essen "
            "near Sevastopol on Monday night, a source in the navy said.",
            "Ukraine",
        ),
        # a question still open names no culprit ...
        (
            "A fire destroyed a warehouse in Tartu on Monday, and police are looking into "
            "whether the arsonist was paid by Russian agents.",
            None,
        ),
        (
            "A fire destroyed a warehouse in Tartu on Monday. Investigators are checking "
            "whether the man had been recruited by Russian military intelligence.",
            None,
        ),
        # ... while a finding does
        (
            "A fire destroyed a warehouse in Tartu on Monday. Police said the arsonist had "
            "been recruited by Russian military intelligence.",
            "Russian military intelligence",  # the service, never the bare state (round 19)
        ),
        # one handler's nationality is not his state's act
        (
            "A fire destroyed a warehouse in Tartu on Monday. Police said the arsonist had "
            "been recruited by a Belarusian handler he met in a chat room.",
            None,
        ),
        ("A 31-year-old Georgian man stabbed a guard at a fuel depot in Tartu on Monday.", None),
        # what saw it is not who did it
        ("Radar detected drones over the airport in Rzeszów on Tuesday night.", None),
        ("Cameras recorded a drone over the naval base in Tartu on Monday.", None),
    ],
)
def test_culprit(nlp, text: str, expected: str | None) -> None:
    assert culprit(nlp, text) == expected


def place(nlp, text: str) -> str | None:
    [incident] = annotate_text(text, nlp, published=TUESDAY).incidents
    return incident.place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the things set alight stood
        ("Arsonists torched two excavators left at a building site near Keila overnight.", "Keila"),
        ("Arsonists torched two excavators bought in Finland.", None),
        # where a weapon was sent, not where it was bought
        (
            "RIGA — A court on Monday jailed a man for attempted murder over the grenade "
            "hurled at a police station in Daugavpils in March.",
            "Daugavpils",
        ),
        (
            "RIGA — A court on Monday jailed a man for attempted murder over the grenade "
            "he bought in Daugavpils in March.",
            None,
        ),
        # where the one stabbed stood up to the attacker, not where they live
        # or what they did for him before
        (
            "A teenager stabbed a shop assistant who tried to stop him at a petrol station "
            "in Rapla.",
            "Rapla",
        ),
        ("The man stabbed a taxi driver who lives in Olsztyn on Friday.", None),
        ("A man stabbed a nurse who had treated him at a clinic in Elk.", None),
    ],
)
def test_place_in_a_clause_on_what_was_hit(nlp, text: str, expected: str | None) -> None:
    assert place(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sent to a place: where the event was, when its own clause names none
        (
            "Officers were called to Tamme Street in Parnu shortly after 2am, after a grenade "
            "exploded outside a shop.",
            "Tamme Street",
        ),
        # calling for something is saying it: its place is not the event's
        ("The mayor called for calm in Parnu after a grenade exploded outside a shop.", None),
    ],
)
def test_place_of_those_called_out(nlp, text: str, expected: str | None) -> None:
    assert place(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intrusion is where the body hit is: its nation's adjective
        (
            "OSLO — Hackers broke into the booking system of a Danish ferry company on Tuesday.",
            "Denmark",
        ),
        (
            "Hackers broke into the booking system of Swedish shipping line Baltic Link "
            "on Tuesday.",
            "Sweden",
        ),
        ("A cyberattack on a Danish ferry company disrupted bookings on Tuesday.", "Denmark"),
        # two bodies of two nations: no one place
        (
            "Hackers knocked out the websites of a Polish bank and a Czech rail operator "
            "on Tuesday.",
            None,
        ),
    ],
)
def test_place_of_an_intrusion(nlp, text: str, expected: str | None) -> None:
    assert place(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this time at X": the place of the event told again
        (
            "A second blast has been reported, this time at a pumping station near Valmiera.",
            "Valmiera",
        ),
    ],
)
def test_place_this_time(nlp, text: str, expected: str | None) -> None:
    assert place(nlp, text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two men were charged with two arson attacks that police say were carried out "
            "on the orders of the KGB.",
            2,
        ),
        ("Both attacks, which were ordered by the GRU, caused damage.", 2),
        # one deed, or deeds counted with no clause telling who ordered them
        ("Two men were charged with an arson attack carried out on the orders of the KGB.", 1),
        ("Two men were charged with two arson attacks in March.", 1),
    ],
)
def test_events_a_summary_counts(nlp, sentence: str, expected: int) -> None:
    from annotate.incident_summaries import events_counted

    assert events_counted(next(nlp(sentence).sents)) == expected


TRIAL = (
    "Two on trial in Riga over bus depot arson and warehouse fire\n\n"
    "RIGA, Latvia — Two men went on trial in Riga on Monday charged with two arson attacks "
    "that investigators say were carried out on the orders of Belarus's state security "
    "agency, the KGB.\n\nThe defendants deny the charges.\n\nAccording to the charge sheet, "
    "on 2 March the men set fire to a bus depot in Jurmala. The blaze destroyed six buses."
    "\n\nThe second count concerns a fire at a timber warehouse in Ogre on 9 March."
)


def test_a_summary_names_the_culprit_of_each_event_it_counts(nlp) -> None:
    briefing = annotate_text(TRIAL, nlp, published=TUESDAY)
    names = [briefing.actor(i.perpetrator).name for i in briefing.incidents if i.perpetrator]
    assert len(briefing.incidents) == 2
    assert names == ["KGB", "KGB"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its airspace": the one country named before it
        (
            "Article 4 has been used twice, most recently by Estonia in June 2024, after three "
            "Russian fighter jets entered its airspace.",
            "Estonia",
        ),
        # a body, a town, two countries, or the speaker: not sure whose
        ("NATO scrambled jets after Russian drones entered its airspace on Tuesday.", None),
        ("The mayor of Suwalki said a drone had entered its airspace on Tuesday.", None),
        ("Russian drones entered our airspace on Tuesday, the minister said.", None),
        (
            "Latvia said on Friday that a balloon from Belarus had entered its airspace.",
            None,
        ),
    ],
)
def test_whose_airspace(nlp, text: str, expected: str | None) -> None:
    assert place(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the site an intrusion shut is where it was
        (
            "On 3 June, a drone from Belarus crossed into our airspace and forced Kaunas "
            "airport to suspend flights for two hours.",
            "Kaunas airport",
        ),
        # what it made someone do elsewhere is not
        (
            "On 3 June, a drone from Belarus crossed into our airspace and forced the "
            "government to close the border with Belarus.",
            None,
        ),
    ],
)
def test_place_of_the_site_it_shut(nlp, text: str, expected: str | None) -> None:
    assert place(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun the parser hangs on those who tell of the deed: not them
        (
            "Two men went on trial in Riga on Monday accused of arson that investigators say "
            "was ordered from abroad. On 9 March they torched a timber warehouse in Ogre.",
            None,
        ),
        # a side that says it will act, then acts, stays the doer
        (
            "Houthi rebels said on Sunday that shipping would be targeted. On Monday they "
            "fired two missiles at a tanker off Hodeidah.",
            "Houthi rebels",
        ),
    ],
)
def test_pronoun_culprit(nlp, text: str, expected: str | None) -> None:
    assert culprit(nlp, text) == expected


TIED = "Hackers linked to the GRU broke into the servers of a hospital in Tartu on Monday."


def test_hackers_linked_to_an_agency(nlp) -> None:
    """The parser may read "Hackers linked" as a clause of its own."""
    assert culprit(nlp, TIED) == "GRU"
    assert place(nlp, TIED) == "Tartu"


def test_those_who_link_are_not_the_doers(nlp) -> None:
    text = (
        "Investigators linked the intrusion to the GRU after hackers broke into the servers "
        "of a hospital in Tartu on Monday."
    )
    briefing = annotate_text(text, nlp, published=TUESDAY)
    names = {briefing.actor(i.perpetrator).name for i in briefing.incidents if i.perpetrator}
    assert "Investigators" not in names and "investigators" not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hearsay names no culprit; officials do
        (
            "A fire destroyed a depot in Rezekne on Sunday. Posts on social media blamed "
            "Russia for the fire.",
            None,
        ),
        (
            "A blast damaged a rail bridge on Sunday. Posts on Telegram claimed the attack "
            "for a group called the Dniester Wolves.",
            None,
        ),
        (
            "A fire destroyed a depot in Rezekne on Sunday. Latvian officials blamed Russia "
            "for the fire.",
            "Russia",
        ),
    ],
)
def test_hearsay_names_no_culprit(nlp, text: str, expected: str | None) -> None:
    assert culprit(nlp, text) == expected


def test_a_town_tagged_as_a_person_near_a_site(nlp) -> None:
    assert place(nlp, "A blast damaged a rail bridge near Bender on Sunday.") == "Bender"


def test_a_nations_airspace_however_its_adjective_is_tagged(nlp) -> None:
    # the tagger may take "Moldovan" for a person's name
    assert place(nlp, "A drone crossed into Moldovan airspace on Tuesday night.") == "Moldova"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who charge a man with the deed did not do it
        (
            "A Latvian journalist was stabbed outside her home in Riga on Monday. Latvian "
            "prosecutors have charged a 31-year-old man with her murder.",
            None,
        ),
        # the side that hit something with its weapons did
        ("The Houthis hit a tanker with two missiles off Hodeidah on Monday.", "Houthis"),
    ],
)
def test_charged_with_the_deed(nlp, text: str, expected: str | None) -> None:
    assert culprit(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the one who gave the orders is, is not where the deed was
        ("A man set fire to a warehouse on the orders of a handler in Minsk.", None),
        (
            "Prosecutors charged a Russian citizen with setting fire to the depot on the "
            "orders of a handler in Minsk.",
            None,
        ),
        ("A man set fire to a warehouse in Gdynia on the orders of a handler in Minsk.", "Gdynia"),
    ],
)
def test_place_of_the_one_who_ordered_it(nlp, text: str, expected: str | None) -> None:
    assert place(nlp, text) == expected
