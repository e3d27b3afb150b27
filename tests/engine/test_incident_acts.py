"""Events told with verbs the incident nouns lack: a charge set off, a ship
hijacked or boarded by an armed party, a link that trips offline or goes dark,
a building burned to the ground, a gate rammed, a petrol bomb hurled (a fire),
navigation signals jammed, a website knocked offline. Each rule beside the
figures, lawful acts and accidents that must stay out. Sentences written for
these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

MONDAY = dt.date(2026, 6, 15)


def incidents(nlp, text: str):
    return annotate_text(text, nlp, published=MONDAY).incidents


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Someone set off a bomb outside a tax office in Mosul on Sunday.", "explosion"),
        ("An explosive charge was set off under a bridge near Kaunas on Friday.", "explosion"),
        ("Pirates hijacked a fishing vessel off the coast of Puntland on Friday.", "attack"),
        ("Armed men hijacked a bus near Goma on Saturday.", "attack"),
        ("Houthi fighters seized a car carrier in the Red Sea on Sunday.", "attack"),
        ("Masked commandos boarded a products tanker near Khor Fakkan on Sunday.", "attack"),
        # a country's seizure of a ship is a boarding, no attack (round 28)
        ("Iran captured a Greek-owned tanker in the Gulf of Oman on Friday.", "other"),
        ("A power cable between Latvia and Gotland tripped offline on Saturday.", "other"),
        ("A data cable linking Tallinn and Kotka stopped carrying traffic on Friday.", "other"),
        ("A fibre link to the island of Saaremaa went dark on Sunday.", "other"),
        ("A depot in Walsall burned to the ground on Sunday night.", "fire"),
        ("A lorry rammed the gate of the consulate in Gdańsk on Sunday.", "attack"),
        ("A car rammed into a crowd of worshippers in Bradford on Friday.", "attack"),
        ("A man hurled a grenade at a police post in Batumi on Saturday.", "explosion"),
        ("A youth hurled a petrol bomb at a refugee hostel in Cottbus on Friday.", "fire"),
        ("A man threw a Molotov cocktail at a police van in Gomel on Friday.", "fire"),
        ("Navigation signals were jammed over the Gulf of Riga on Sunday.", "other"),
        ("Russia jammed GPS signals across eastern Finland on Saturday.", "other"),
        ("GPS jamming disrupted flights at Kaunas airport on Sunday.", "other"),
        ("Activists knocked the website of the Czech senate offline on Friday.", "cyber"),
        ("Arsonists torched a signal box near Bremen on Saturday.", "fire"),
    ],
)
def test_acts_told_with_these_verbs_are_events(nlp, text, kind) -> None:
    [event] = incidents(nlp, text)
    assert event.type == kind


@pytest.mark.parametrize(
    "text",
    [
        # figures
        "The opposition torpedoed the bill on Tuesday.",
        "Food prices exploded after the drought.",
        "The mayor faced a firestorm of criticism on Monday.",
        "The president fired the defence minister on Monday.",
        "The remark set off a firestorm in parliament.",
        "The report set off alarm bells in Brussels.",
        "The debate was hijacked by hardliners.",
        "The rebels hijacked the peace talks.",
        "The firm seized the opportunity to expand.",
        "The budget was rammed through parliament on Monday.",
        "The coach rammed home his message at half-time.",
        "His career burned to the ground after the scandal.",
        "The column torched the minister's reputation.",
        "The fans hurled abuse at the referee.",
        "The phone lines were jammed with callers on Monday.",
        "Traffic was jammed across the city on Monday.",
        # lawful acts, boarding as a passenger
        "Passengers boarded the ferry at Helsinki on Monday.",
        "Customs officers seized a yacht belonging to a sanctioned businessman.",
        "Police seized 90 kilograms of heroin at the port.",
        # routine outages, accidents, threats
        "The interconnector went offline for planned maintenance on Sunday.",
        "The ministry's website went dark after a software update on Monday.",
        "A power cut knocked the council's website offline on Monday.",
        "The car rammed into a tree after the driver fell asleep.",
        "Iran threatened to seize tankers in the strait.",
        "Iran could seize more tankers, the admiral warned.",
        "A simulated ransomware attack on a hospital showed the gaps.",
        "A tanker was boarded off Fujairah on Sunday.",
    ],
)
def test_figures_lawful_acts_routine_outages_and_threats_are_not(nlp, text) -> None:
    assert incidents(nlp, text) == ()
