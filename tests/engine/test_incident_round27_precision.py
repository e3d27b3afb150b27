"""Round 27 of the incident rules, precision: words that tell no event of
their own. A bomb disposal's controlled blast; a condition told by
inversion where the parser took it for what was said; a clause that "it is
untrue" stands for; what counted investigations are into; and a person
attacked by a man typed by what the victim's aside says. Sentences written
for these tests (not from any corpus or gold set); each text opens with a
headline line, as an article does."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import found_on

from annotate.incident_reality import unreal

FRIDAY = dt.date(2026, 6, 5)
HEADLINE = "Latest incident\n\n"

found = found_on(FRIDAY)


def _mentions(nlp, text: str) -> list[list[str]]:
    full = HEADLINE + text
    return [[full[m.start : m.end] for m in x.mentions] for x in found(nlp, full)]


@pytest.mark.parametrize(
    "text",
    [
        "A suspicious bag was found at the station in Lyon on Monday. "
        "Army sappers destroyed it in a controlled blast.",
        "Police in Lyon blew up the abandoned suitcase in a controlled blast on Monday.",
        "Bomb disposal experts carried out controlled blasts at a beach in Dorset on Monday.",
    ],
)
def test_a_controlled_blast_is_a_disposal_not_an_explosion(nlp, text):
    assert not any(x.type == "explosion" for x in found(nlp, HEADLINE + text))


@pytest.mark.parametrize(
    "text",
    [
        "A blast tore through a warehouse in Lyon on Monday, killing two.",
        "A blast hit a bus in Lyon on Monday, and police controlled the crowd after it.",
    ],
)
def test_a_blast_is_still_an_explosion(nlp, text):
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["explosion"]


def test_a_condition_told_by_inversion_in_a_quote_adds_no_mention(nlp):
    text = (
        "A parcel caught fire at a depot in Leipzig on Monday. The prosecutor told the "
        'judges that "had the parcel ignited an hour later, it would have been in the '
        'hold of a cargo aircraft."'
    )
    (mentions,) = _mentions(nlp, text)
    assert mentions == ["caught fire at a depot in Leipzig on Monday"]


def test_an_inverted_condition_before_its_clause_is_no_event(nlp):
    text = "Had the bomb gone off, dozens could have died, police in Lyon said on Monday."
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # "had" after its subject tells what happened, whatever follows
        "A parcel caught fire at a depot in Leipzig on Monday. The prosecutor said that "
        "the parcel had ignited an hour later than planned.",
        "A parcel caught fire at a depot in Leipzig on Monday. Police said the parcel had "
        "ignited on a belt, and it would take weeks to find the sender.",
    ],
)
def test_a_past_perfect_told_is_still_a_mention(nlp, text):
    (mentions,) = _mentions(nlp, text)
    assert any("had ignited" in m for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        'The Danish air force says it is "untrue" that a drone crashed into a hangar '
        "at Skrydstrup on Monday.",
        "Officials said it was false that hackers had shut down the grid in Tallinn on Monday.",
    ],
)
def test_what_it_is_untrue_that_happened_is_no_event(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Police said it was true that a drone crashed into a hangar at Skrydstrup on Monday.",
        "It is clear that a drone crashed into a hangar at Skrydstrup on Monday.",
        "The air force says a drone crashed into a hangar at Skrydstrup on Monday, "
        "and that claims of a second crash were untrue.",
    ],
)
def test_what_it_is_true_that_happened_is_an_event(nlp, text):
    assert len(found(nlp, HEADLINE + text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Figures show police opened more than 40 investigations into suspected "
        "state-backed sabotage in 2025.",
        "Police have opened 12 cases of arson at warehouses in Leipzig this year.",
    ],
)
def test_what_counted_investigations_are_into_is_a_kind(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Police opened an investigation into a fire at a depot in Leipzig on Monday.",
        "Police opened two investigations into the fire at a depot in Leipzig on Monday.",
    ],
)
def test_an_investigation_into_one_fire_leaves_the_fire(nlp, text):
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["fire"]


def test_a_person_attacked_by_a_man_is_an_attack_whatever_the_aside_says(nlp):
    text = (
        "Andrei Kavalchuk, 38, who runs a volunteer network helping exiles, was attacked "
        "by a man in a hooded jacket in Warsaw on Saturday."
    )
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["attack"]


def test_an_attack_with_cyber_words_of_its_own_is_still_cyber(nlp):
    text = "A DDoS attack took down the website of the city of Tartu on Monday."
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["cyber"]


LIVE = (
    "Ukraine war live: strikes on Kharkiv\n\n"
    "09:52\nA Russian drone hit a five-storey apartment building in Kharkiv's Saltivskyi "
    "district shortly after 3 a.m. on Wednesday, killing three people.\n\n"
    "10:40\nA ballistic missile struck an industrial site in Zaporizhzhia at about 4:15 a.m. "
    "on Wednesday. Two workers were injured.\n\n"
)


@pytest.mark.parametrize(
    "recap",
    [
        "17:00\nThat's all from us for today. Here's a summary:\n\n"
        "A Russian drone strike on an apartment building in Kharkiv killed seven people.\n\n"
        "A ballistic missile hit an industrial site in Zaporizhzhia, injuring two.",
        "16:00\nSummary: a Russian drone strike on Kharkiv killed seven people; a ballistic "
        "missile hit an industrial site in Zaporizhzhia, injuring two.",
        "15:50\nIf you're just joining us: a Russian drone strike on Kharkiv has killed seven "
        "people, and a missile hit an industrial site in Zaporizhzhia.",
        "13:30\nThat's all from us for now. Summary of the main developments:\n"
        "- A Russian drone strike on Kharkiv killed seven people.\n"
        "- A ballistic missile hit an industrial site in Zaporizhzhia, injuring two.",
    ],
)
def test_a_closing_summary_retells_what_the_page_told(nlp, recap):
    events = found(nlp, LIVE + recap)
    assert sorted(x.place for x in events) == ["Saltivskyi district", "Zaporizhzhia"]


def test_a_closing_summary_keeps_a_kind_the_page_had_not_told(nlp):
    recap = (
        "17:00\nHere's a summary:\n\nA strike hit Kharkiv. Hackers knocked the website of "
        "Ukraine's biggest bank offline on Wednesday."
    )
    assert "cyber" in {x.type for x in found(nlp, LIVE + recap)}


def test_a_summary_that_opens_a_page_is_its_lead(nlp):
    text = (
        "Weekly brief\n\nSummary: a drone hit a bulk carrier in the Red Sea on Monday.\n\n"
        "Monday: a Houthi drone hit the bulk carrier Marit Sol in the southern Red Sea, "
        "injuring two sailors."
    )
    assert [x.type for x in found(nlp, text)] == ["strike"]


def test_a_recap_amid_a_live_pages_entries_may_be_the_first_telling(nlp):
    text = (
        "Drones close Billund Airport - live\n\n"
        "08:20\nPolice confirm that drones were seen over Skrydstrup air base from 01:30.\n\n"
        "07:45\nA quick recap if you're just joining us. Police say several drones were "
        "seen over Billund Airport at 22:40 last night.\n\n"
        "07:10\nIn September 2025, drones were seen over Copenhagen Airport for hours.\n"
    )
    places = {x.place for x in found(nlp, text)}
    assert {"Billund Airport", "Copenhagen Airport"} <= places


@pytest.mark.parametrize(
    "text",
    [
        "The clip shows a fireball rising over farmland at night, followed by a caption in "
        'Hungarian: "Zelensky\'s men have attacked Hungary. The gas is gone."',
        'The video carries the headline: "Drones strike refinery in Ryazan".',
        'A wave of posts on TikTok since Tuesday claims that Romania has been "attacked" by '
        "Russia, that an air base on the coast is in flames and that a refinery was blown up "
        "by saboteurs.",
    ],
)
def test_what_a_caption_or_a_run_of_posts_claims_is_theirs(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        'The mayor said: "A drone hit a school in Kharkiv on Monday."',
        'The caption was removed. The mayor said: "A drone hit a school in Kharkiv on Monday."',
        "A wave of drones attacked a refinery in Ryazan on Monday, officials claimed.",
    ],
)
def test_a_quote_or_a_wave_of_drones_tells_an_event(nlp, text):
    assert len(found(nlp, HEADLINE + text)) == 1


def test_what_a_group_agreed_to_do_is_a_plan(nlp):
    text = (
        "The group had also agreed to set fire to a restaurant in west London owned by a "
        "Russian businessman, but the plan was abandoned after one of them was arrested."
    )
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The two countries agreed on Monday that the fire at the depot in Leipzig was arson.",
        "Officials agreed that drones had attacked the refinery in Ryazan on Monday.",
    ],
)
def test_what_people_agree_happened_is_an_event(nlp, text):
    assert len(found(nlp, HEADLINE + text)) == 1


def test_a_claim_the_same_sentence_finds_no_evidence_of_is_no_event(nlp):
    text = (
        "Russian state media claimed on 22 October that Ukrainian saboteurs had blown up a "
        "gas pipeline near Sudzha; we found no evidence that any such explosion took place."
    )
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        # the evidence missing is of something else: the act stands
        "Russian state media claimed on 22 October that Ukrainian saboteurs had blown up a "
        "gas pipeline near Sudzha; we found no evidence that Ukraine ordered it.",
        "Ukrainian saboteurs blew up a gas pipeline near Sudzha on Monday; police found no "
        "evidence that anyone was hurt.",
    ],
)
def test_no_evidence_of_something_else_leaves_the_act(nlp, text):
    assert len(found(nlp, HEADLINE + text)) == 1


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Several posts merged these events, presenting the Druzhba strike, which happened "
            "in Russia, as an attack on Hungarian soil.",
            ["strike"],
        ),
        (
            "State television portrayed the fire at a depot in Leipzig on Monday as an act of "
            "sabotage.",
            ["fire"],
        ),
        # "described as" tells what the thing was: it stays a mention of it
        (
            "Officials described the fire at a depot in Leipzig on Monday as an arson attack.",
            ["fire"],
        ),
    ],
)
def test_what_a_thing_is_passed_off_as_is_no_event_of_its_own(nlp, text, kinds):
    assert [x.type for x in found(nlp, HEADLINE + text)] == kinds


def test_what_posts_with_a_clip_say_is_theirs(nlp):
    text = (
        "Posts accompanying the clip say the blast at the refinery in Plock was caused by "
        '"a Ukrainian drone strike" and that "at least 40 workers" were killed.'
    )
    assert found(nlp, HEADLINE + text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "Police officers guarding the site say the blast at the refinery in Plock on Monday "
        "was caused by a drone.",
        "Officials reviewing the posts say a drone hit the refinery in Plock on Monday.",
    ],
)
def test_what_people_with_a_clause_say_is_told(nlp, text):
    assert len(found(nlp, HEADLINE + text)) == 1


def test_a_supply_cut_with_no_one_cutting_it_is_an_outage(nlp):
    text = (
        "A missile hit an apartment block in Dnipro on Tuesday, killing 19. Power to parts "
        "of the city was cut for several hours."
    )
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Saboteurs cut the power to a military base in Poznan on Monday.",
        "Power lines near a military base in Poznan were cut on Monday.",
        # told with the act that caused it
        "Power to the railway near Olomouc was cut on Saturday after copper cable was "
        "stolen from a substation near Hranice.",
    ],
)
def test_a_supply_cut_by_someone_or_a_line_cut_is_sabotage(nlp, text):
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["sabotage"]


@pytest.mark.parametrize(
    "text",
    [
        "The people who light the fires or fly the drones are often teenagers or migrants "
        "in debt, recruited online.",
        "The hackers who attack water utilities are rarely caught.",
    ],
)
def test_what_a_kind_of_people_do_is_a_habit(nlp, text):
    assert found(nlp, HEADLINE + text) == ()


def test_what_the_people_named_did_is_an_event(nlp):
    text = "Police arrested the men who set fire to a depot in Leipzig on Monday."
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["fire"]


def test_what_a_share_of_a_tally_was_is_a_kind(nlp):
    text = (
        "Police counted 40 incidents last year. Roughly a third were arson attacks; others "
        "ranged from GPS jamming to vandalism."
    )
    assert found(nlp, HEADLINE + text) == ()


def test_what_one_fire_was_stays_its_mention(nlp):
    text = (
        "Most of the victims were children, and the fire at the school in Kharkiv on Monday "
        "was an arson attack."
    )
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["fire"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In December, police said they are treating it as sabotage.", "sabotage"),
        ("Investigators now regard this as an arson attack.", "attack"),
    ],
)
def test_what_a_thing_told_before_is_judged_as_is_no_mention_of_its_own(nlp, text, word):
    doc = nlp(text)
    assert unreal(next(t for t in doc if t.lower_ == word))


def test_a_fire_treated_as_arson_is_still_the_fire(nlp):
    text = "Police are treating a fire at a depot in Leipzig on Monday as arson."
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["fire"]


def test_a_boarding_told_right_after_a_seizure_is_how_it_was_seized(nlp):
    text = (
        "Iran's Revolutionary Guards seized an oil tanker near the Strait of Hormuz on "
        "Saturday. The Marshall Islands-flagged tanker Marisol Star was boarded by Guards "
        "commandos from two speedboats and a helicopter. The ship was then escorted into "
        "Iranian waters."
    )
    assert [x.type for x in found(nlp, HEADLINE + text)] == ["attack"]


def test_a_second_boarding_after_a_seizure_is_its_own(nlp):
    text = (
        "Iran's Revolutionary Guards seized an oil tanker near the Strait of Hormuz on "
        "Saturday. In a separate incident on Sunday, pirates boarded a bulk carrier off "
        "Bosaso in Somalia."
    )
    assert len(found(nlp, HEADLINE + text)) == 2
