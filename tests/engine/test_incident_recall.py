"""Events told without an incident noun, and the facts hybrid-war news gives
them: damage to infrastructure, gunfire at things, airspace events told with
perception verbs, strikes told with their actors, explosions told by their
object, poisonings; dates told from the article's day or the event before,
places by distance or off a coast, perpetrators named as doing it or blamed
later. Sentences written for these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

from annotate.engine import annotate_text
from annotate.incident_dates import normalise_date, offset_days
from annotate.model import Toll

TUESDAY = dt.date(2026, 3, 10)


def briefing(nlp, text: str, published: dt.date | None = TUESDAY):
    return annotate_text(text, nlp, published=published)


def name(result, actor_id):
    actor = result.actor(actor_id)
    return actor.name if actor else None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Balticlink power cable was ruptured on Sunday, the grid operator said.", "sabotage"),
        ("An undersea telecom line between Gotland and Latvia was cut on Friday.", "sabotage"),
        ("A transformer at the Oak Hill substation was punctured by rifle rounds.", "sabotage"),
        ("Someone fired about twenty rounds into a substation near Carthage on Sunday.", "attack"),
        ("A transformer near Ashby was shot at overnight, causing an outage.", "attack"),
        ("Four drones were spotted circling above the Kaunas air base on Monday.", "airspace"),
        ("A fighter jet entered Estonian airspace for three minutes on Monday.", "airspace"),
        ("Fragments of a drone were found in a field near the village of Vilce.", "airspace"),
        ("French and Italian warplanes struck rebel targets near Saada on Monday.", "strike"),
        ("A drone boat blew up a few metres from a tanker off Tuapse on Sunday.", "explosion"),
        ("Two workers were injured when a parcel exploded at a depot in Lyon.", "explosion"),
        ("A package caught fire inside a delivery van in Ghent on Friday.", "fire"),
        ("Another parcel ignited at a sorting centre in Leeds on Friday.", "fire"),
        ("The dissident fell ill in Vienna after being poisoned in March.", "attack"),
        ("Masked men threw a grenade at a warehouse in Plovdiv on Sunday.", "explosion"),
        ("A drone dropped explosives on a bus stop in Nikopol on Monday.", "strike"),
        ("Russia launched a night of strikes on ports along the Danube on Monday.", "strike"),
        ("Unidentified drones buzzed Aalborg airport on Monday night.", "airspace"),
        ("Two fighter jets breached Estonian airspace for 12 minutes on Friday.", "airspace"),
        ("Russia pounded the energy grid overnight with missiles and drones.", "strike"),
        ("Cables were found cut at two sites near Hamburg on Sunday.", "sabotage"),
        ("A train derailed near Mika on Sunday.", "other"),
    ],
)
def test_events_told_without_an_incident_noun_are_found(nlp, text, kind) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.type == kind


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Estonia would shoot down any drone that violates its airspace.",
        "Was it an attack?\nNobody in the government would say.",
        "The scandal poisoned relations between the two parties.",
        "The deal blew up in the final week of talks.",
        "The senator fired a warning shot at his party's leadership.",
        "Hackers struck a deal with the prosecutors.",
        "The exercise simulated a missile strike on a port.",
        "The scandal derailed his campaign.",
        "The boxer pounded his rival in the third round.",
        "Poland says it is ready to shoot down drones that enter its airspace.",
    ],
)
def test_hypotheticals_questions_and_figures_are_not_incidents(nlp, text) -> None:
    assert briefing(nlp, text).incidents == ()


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The cable was damaged on Tuesday.", "2026-03-10"),
        ("A missile struck the port in the early hours of Tuesday.", "2026-03-10"),
        ("The cable was damaged on Monday.", "2026-03-09"),
        ("A fire destroyed a depot in Riga on a Sunday last month.", "2026-02"),
        ("A bomb exploded at a market in Kherson in December.", "2025-12"),
        ("On 23 February, a fighter jet entered Lithuanian airspace.", "2026-02-23"),
    ],
)
def test_dates_are_read_from_the_articles_day(nlp, text, iso) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.date is not None and event.date.iso == iso


def test_a_date_counted_from_the_event_before_is_resolved(nlp) -> None:
    text = (
        "Two men set fire to a warehouse in Leyton on 20 January. "
        "Eight days later, the pair torched a timber yard in Harlow."
    )
    first, second = briefing(nlp, text).incidents
    assert first.date.iso == "2026-01-20"
    assert second.date.text == "Eight days later" and second.date.iso == "2026-01-28"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Eight days later", 8),
        ("two weeks earlier", -14),
        ("a day later", 1),
        ("the next day", 1),
        ("a fortnight later", 14),
        ("the day before", -1),
        ("last Tuesday", None),
        ("eight days", None),
    ],
)
def test_offsets_in_days(text, days) -> None:
    assert offset_days(text) == days
    if days is not None:
        assert normalise_date(text, TUESDAY) is None  # resolved from the event before


def test_the_main_clauses_date_is_not_that_of_an_event_it_came_after(nlp) -> None:
    text = (
        "Warplanes struck targets near Hodeidah on Monday, hours after rebel drones "
        "hit a bulk carrier in the Red Sea."
    )
    strike, hit = found_on(TUESDAY)(nlp, text)  # both, whatever the listing
    assert strike.date.iso == "2026-03-09"
    assert hit.date is None and hit.place == "Red Sea"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Someone fired rounds into the Pine Ridge electrical substation on Sunday.",
            "Pine Ridge electrical substation",
        ),
        ("Drones were seen circling above the Lielvarde air base on Sunday.", "Lielvarde air base"),
        ("Two drones hit a ship about 40 nautical miles west of Hodeidah on Monday.", "Hodeidah"),
        ("A drone boat blew up near a tanker off Tuapse on Monday.", "Tuapse"),
        ("A bomb exploded at a market in Kyiv on Monday.", "Kyiv"),
    ],
)
def test_places_by_facility_bearing_or_coast(nlp, text, place) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.place == place


@pytest.mark.parametrize(
    ("text", "who", "attribution"),
    [
        (
            "French and Italian warplanes struck rebel targets near Saada on Monday.",
            "France",
            "stated",
        ),
        ("A Russian Su-30 fighter jet entered Lithuanian airspace on Monday.", "Russia", "stated"),
        (
            "Several Russian drones that entered Polish airspace were shot down on Monday.",
            "Russia",
            "stated",
        ),
        (
            "A parcel exploded at a depot in Lyon on Monday. Prosecutors blamed the explosion "
            "on a network run by the GRU.",
            "GRU",
            "alleged",
        ),
        (
            "A ransomware attack on Monday shut down the hospital in Brno. A pro-Russian group "
            "calling itself Grey Wolf said it was behind the attack.",
            "Grey Wolf",
            "alleged",
        ),
        (
            "The Estlink power cable was damaged on Monday. The Estonian navy said the tanker "
            "Polar Star was suspected of dragging its anchor across the seabed.",
            "Polar Star",
            "alleged",
        ),
        (
            "Pro-Russian hackers took control of a dam's control system in Norway on Monday.",
            "Pro-Russian hackers",
            "stated",
        ),
    ],
)
def test_perpetrators_named_as_doing_it_or_blamed(nlp, text, who, attribution) -> None:
    result = briefing(nlp, text)
    event = result.incidents[0]
    assert name(result, event.perpetrator) == who
    assert event.attribution == attribution


def test_the_victim_of_a_headline_is_never_the_perpetrator(nlp) -> None:
    text = (
        "Exiled Chechen blogger shot dead in Lille\n\nA blogger was shot dead in Lille on Monday."
    )
    result = briefing(nlp, text)
    assert all(i.perpetrator is None for i in result.incidents)


def test_a_hedged_body_toll_beats_a_headlines_round_one(nlp) -> None:
    text = (
        "Missile strike on Odesa port kills 12\n\n"
        "A missile struck the port of Odesa on Monday, killing at least 12 people and "
        "injuring 30, one of them seriously, the governor said."
    )
    [event] = briefing(nlp, text).incidents
    assert event.toll == Toll(12, 30, killed_approx=True)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Panama-flagged tanker exploded off Tartus on Sunday.", "Tartus"),
        ("A Liberian-flagged bulk carrier was hit by a missile on Sunday.", None),
        (
            "Masked men threw a grenade at a warehouse belonging to a trading company "
            "in the town of Yambol late on Monday.",
            "Yambol",
        ),
    ],
)
def test_a_flag_state_is_no_place_and_the_targets_own_clause_is(nlp, text, place) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.place == place


def test_a_suspects_nationality_is_not_a_state_perpetrator(nlp) -> None:
    [event] = briefing(nlp, "A Georgian man stabbed two people outside a bar on Sunday.").incidents
    assert event.perpetrator is None


@pytest.mark.parametrize(
    "text",
    [
        "Similar parcels caught fire at depots in Germany and Poland around the same time.",
        "Kharkiv has been shelled almost daily since the full-scale invasion began.",
        "The list is long: arson at warehouses, cut cables, fires in courier hubs.",
    ],
)
def test_kinds_habits_and_lists_are_patterns_not_events(nlp, text) -> None:
    assert briefing(nlp, text).incidents == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A drone crashed into a field near the village of Rudnia on Sunday.", "airspace"),
        ("A drone crashed into an apartment block in Sumy on Sunday.", "strike"),
    ],
)
def test_a_drone_that_hit_nothing_is_an_intrusion(nlp, text, kind) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.type == kind


def test_an_intrusion_told_by_country_folds_with_the_closer_telling(nlp) -> None:
    text = (
        "A drone crashed into a field near the village of Rudnia on Sunday. "
        "Officials believe it entered Lithuanian airspace from Belarus."
    )
    [event] = briefing(nlp, text).incidents
    assert (event.type, event.place, len(event.mentions)) == ("airspace", "Rudnia", 2)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A Russian drone was seen over the Romanian village of Plauru on Monday night.", "Plauru"),
        ("A man set fire to a warehouse in Wrocław on 3 March.", "Wrocław"),
        (
            "The shells landed just after noon on Monday, when the covered market on Lenina "
            "Street was at its busiest.",
            "Lenina Street",
        ),
        (
            "In Slovakia, the university hospital in Kosice has been running on paper since "
            "a ransomware attack on Monday.",
            "Kosice",
        ),
        ("The ammunition depot in Toropets exploded after a drone attack on Monday.", "Toropets"),
        ("The cable was damaged about 30 km south of Kotka on Sunday.", "Kotka"),
        ("An opposition politician was poisoned in Tomsk in August.", "Tomsk"),
        ("A drone was spotted over Belgorod on Monday.", "Belgorod"),
    ],
)
def test_places_told_around_the_event(nlp, text, place) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.place == place


def test_shots_fired_at_a_substation_are_one_attack(nlp) -> None:
    text = "Two men were arrested after shots were fired at a power substation in Oregon."
    [event] = briefing(nlp, text).incidents
    assert (event.type, event.place) == ("attack", "Oregon")


def test_the_next_sentence_counts_what_the_first_did_not(nlp) -> None:
    text = (
        "A missile hit an apartment block in Dnipro on Monday, killing 11 people. "
        "Another 30 were injured, the governor said."
    )
    [event] = briefing(nlp, text).incidents
    assert event.toll == Toll(11, 30)


def test_what_was_seen_intruding_is_its_sides(nlp) -> None:
    result = briefing(nlp, "A Russian drone was seen over the village of Plauru on Monday.")
    [event] = result.incidents
    assert name(result, event.perpetrator) == "Russia"


@pytest.mark.parametrize(
    ("text", "who", "attribution"),
    [
        (
            "A blast destroyed a railway bridge near Lviv on Monday. Ukraine's SBU security "
            "service claimed responsibility for the blast.",
            "Ukraine",
            "alleged",
        ),
        (
            "Fires broke out at two depots in Vilnius on Monday. Lithuanian prosecutors said "
            "the GRU was behind the fires.",
            "GRU",
            "alleged",
        ),
        (
            "An explosion hit a gas pipeline near Kaunas on Monday. Investigators believe the "
            "explosion was ordered by Russian military intelligence.",
            "Russian military intelligence",  # the service, never the bare state (round 19)
            "alleged",
        ),
        (
            "A man acting on behalf of Russian intelligence set fire to a shopping centre in "
            "Warsaw in May.",
            "Russian intelligence",  # the service, never the bare state (round 19)
            "stated",
        ),
        (
            "A blackout hit Tallinn on Monday after a cyberattack. Authorities accused Moscow "
            "of orchestrating the attack.",
            "Russia",
            "alleged",
        ),
        ("Russia launched 40 drones at Kyiv overnight, killing two people.", "Russia", "stated"),
        (
            "Kremlin-backed hackers attacked the website of the central bank on Monday.",
            "Kremlin",
            "stated",
        ),
        (
            "Prosecutors charged three men over a fire at a depot in Vilnius in July, saying "
            "the men acted on the orders of the GRU.",
            "GRU",
            "alleged",
        ),
    ],
)
def test_perpetrators_claimed_blamed_or_served(nlp, text, who, attribution) -> None:
    result = briefing(nlp, text)
    event = result.incidents[0]
    assert (name(result, event.perpetrator), event.attribution) == (who, attribution)


def test_missiles_launched_into_the_sea_are_a_test_not_a_strike(nlp) -> None:
    assert (
        briefing(nlp, "North Korea launched two missiles into the sea on Monday.").incidents == ()
    )


@pytest.mark.parametrize(
    "text",
    [
        "A blast killed ² people in Kyiv on Monday.",
        "A missile hit Odesa on Monday, killing ٣ people. Eight days later, a drone hit Izmail.",
        "On the night of ² February, a drone struck a depot in Sumy.",
    ],
)
def test_odd_digits_never_end_a_run(nlp, text, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_RAISE", "1")
    assert nlp(text)._.incidents is not None


def test_a_movement_named_by_its_adjective_acts_but_a_weapon_model_does_not(nlp) -> None:
    rebels = briefing(nlp, "Houthi rebels attacked a ship off Hodeidah on Monday.")
    assert name(rebels, rebels.incidents[0].perpetrator) in ("Houthi", "Houthis")
    shahed = briefing(nlp, "A Shahed drone struck a substation in Sumy on Monday.")
    assert name(shahed, shahed.incidents[0].perpetrator) != "Shahed"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The strike on Kramatorsk on Monday killed 11 and wounded 64.", "Kramatorsk"),
        ("The cyberattack on Microsoft on Monday exposed the emails of officials.", None),
    ],
)
def test_what_a_strike_was_on_is_its_place_unless_a_company(nlp, text, place) -> None:
    [event] = briefing(nlp, text).incidents
    assert event.place == place


def test_the_thing_found_damaged_refers_back_to_the_damage_told_before(nlp) -> None:
    text = (
        "Police detained the crew of a ship suspected of damaging a data cable between "
        "Helsinki and Tallinn on Sunday night. The cable was found cut about 20 km off the "
        "Estonian coast."
    )
    [event] = briefing(nlp, text).incidents
    assert len(event.mentions) == 2 and event.date.iso == "2026-03-08"


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Vandals shot out insulators at a Duke Energy substation on Saturday night.",
            "attack",
            "Duke Energy substation",
        ),
        ("A package caught fire inside a delivery van in Ghent on Friday.", "fire", "Ghent"),
    ],
)
def test_grid_vandalism_and_parcel_fires(nlp, text, kind, place) -> None:
    [event] = briefing(nlp, text).incidents
    assert (event.type, event.place) == (kind, place)
