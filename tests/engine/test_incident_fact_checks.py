"""Round 17, precision: what a fact-check or a correction tells as untrue.
A claim listed and rated ('Claim 2: "..." FALSE.', "Verdict: misleading"),
what posts, videos or screenshots claim, and a report that was withdrawn or
retracted are no incidents; a claim rated true, a source's own claim, what
footage shows, and a report that stands still are. Sentences written for
these tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on

FRIDAY = dt.date(2026, 5, 15)


events = events_on(FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        # a claim listed and rated, in capitals or after a label
        'Claim 1: "Saboteurs blew up the Varna rail bridge." FALSE.',
        'Claim 4: "Hackers switched off the traffic lights in Ruse." MISLEADING.',
        'Claim 2: "Arsonists torched a bus depot in Pleven." Verdict: false.',
        'Claim 6: "Officials confirmed a blast at the Ruse refinery." FALSE.',
        'Rumour 3 - "A drone struck the port of Burgas on Sunday." UNPROVEN.',
        'Fact-checkers looked at one post. "Saboteurs cut the power line to Sliven." FAKE.',
        "The claim: Russian saboteurs blew up a rail bridge near Kazanlak.\nOur verdict: False.",
        "MISLEADING: Drones attacked the Burgas refinery this morning.",
        # what posts, videos or screenshots claimed
        "Posts on social media claiming a blast at the Lom refinery this morning are "
        "false, the army says.",
        "Videos shared on Telegram on Monday claimed that hackers had seized the sluice "
        "gates of a dam near Kardzhali.",
        "Screenshots circulating on Facebook claimed that saboteurs had blown up a railway "
        "bridge near Dobrich.",
        "A viral clip purported to show drones attacking the Shumen barracks.",
        # what a post with no author named said, and what was falsely reported
        "A widely shared post said drones had attacked the Plovdiv airport on Sunday.",
        "An anonymous message warned that hackers had poisoned the water supply in Vratsa.",
        "Local media falsely reported that a missile had hit a school in Montana.",
        # claims or reports called untrue
        "Claims that saboteurs had cut the power line to Lovech were unfounded, police said.",
        "Reports on Monday that a drone had crashed near Vidin were wrong, the army said.",
        "Reports of a blast at the Silistra depot were later shown to be false.",
        "The rumour that arsonists had torched a bus depot in Razgrad proved untrue.",
        # a report its publisher withdrew
        "An earlier report from a local news site that a second drone had entered Bulgarian "
        "airspace has been withdrawn.",
        "A report by a regional broadcaster that a fire had broken out at the Yambol depot "
        "was later retracted.",
        "The paper deleted a story about an explosion at the Gabrovo arms plant.",
        "We have removed an earlier post saying that a drone had entered Bulgarian airspace.",
    ],
)
def test_rated_claimed_or_withdrawn_is_no_incident(nlp, text):
    assert not events(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # rated true: it happened
        'Claim 5: "Drones flew over the Graf Ignatievo air base on Sunday." TRUE.',
        "Claim: Saboteurs blew up the Kazanlak bridge on Monday.\nVerdict: True.",
        # a quotation no one rates
        '"Saboteurs blew up the Varna rail bridge on Sunday," the mayor said.',
        # a source's claim, not a post's
        "Officials claimed that hackers had seized the sluice gates of a dam near "
        "Kardzhali on Monday.",
        # a post whose author is named is that author's statement
        "A post by the defence ministry said drones had attacked the Plovdiv airport on Sunday.",
        "The army's post said a missile had hit a school in Montana on Sunday.",
        # claims that stand
        "Claims that saboteurs had cut the power line to Lovech on Monday were confirmed "
        "by police.",
        "Reports of a blast at the Silistra depot on Monday were later shown to be accurate.",
        # a report that stands, and a withdrawal of something else
        "A report by the inspectorate found that a drone had entered Bulgarian airspace on Monday.",
        "Sofia withdrew its ambassador after a drone entered Bulgarian airspace on Monday.",
    ],
)
def test_claims_that_stand_are_incidents(nlp, text):
    assert len(events(nlp, text)) == 1
