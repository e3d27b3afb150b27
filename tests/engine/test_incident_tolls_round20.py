"""Round 20 of the incident rules: tolls that grow after the first telling.
One more dead told later ("A second worker died in hospital in April",
"Another guard died of his wounds two weeks later") adds to the count told
before; a death with a cause of its own does not. Sentences written for these
tests (not from any corpus or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest
from incident_support import events_on, toll

events = events_on(dt.date(2026, 10, 14))

EVENT = (
    "One worker was killed when an explosion tore through a munitions plant in Sliven on 19 March. "
)


@pytest.mark.parametrize(
    ("later", "expected"),
    [
        ("A second worker died in hospital in April.", (2, None)),
        ("A second worker died in hospital.", (2, None)),
        ("A second worker later died of his injuries.", (2, None)),
        ("Another worker died in hospital two weeks later.", (2, None)),
        ("Another employee died of his burns in May.", (2, None)),
        ("Another man died of his wounds a week later.", (2, None)),
        # look-alikes: a death with a cause or place of its own is not this event's
        ("A second worker died in a car crash in April.", (1, None)),
        ("Another worker was killed in a separate blast in Ruse in May.", (1, None)),
        ("A second plant in Ruse closed in April.", (1, None)),
    ],
)
def test_one_more_death_told_later_adds_to_the_toll(nlp, later, expected):
    found = [i for i in events(nlp, EVENT + later) if "Sliven" in i.text]
    assert len(found) == 1, [i.text for i in found]
    assert toll(found[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A former officer was poisoned in Salisbury on Sunday. He collapsed on a bench "
            "and was taken to hospital in a critical condition.",
            (None, 1),
        ),
        (
            "A defector was poisoned at a hotel in Sofia on 2 May. She fell ill at dinner "
            "and was rushed to hospital in a serious condition.",
            (None, 1),
        ),
        (
            "A dissident was poisoned in Vienna on 3 June. He was later taken to hospital.",
            (None, 1),
        ),
        (
            "An exiled journalist was poisoned in Vienna on 3 June. He died in hospital two "
            "days later.",
            (1, None),
        ),
        (
            "A journalist was poisoned with a nerve agent in Tbilisi in March. She is being "
            "treated in intensive care.",
            (None, 1),
        ),
        # look-alikes: the next sentence is about someone else, or says nothing of harm
        (
            "A dissident was poisoned in Vienna on 3 June. His wife was later questioned by "
            "police.",
            None,
        ),
        (
            "A dissident was poisoned in Vienna on 3 June. He had lived in the city since 2019.",
            None,
        ),
        (
            "A dissident was poisoned in Vienna on 3 June. They were taken to hospital.",
            None,
        ),
    ],
)
def test_the_one_poisoned_is_hurt_when_the_next_sentence_says_so(nlp, text, expected):
    found = events(nlp, text)
    assert len(found) == 1, [i.text for i in found]
    assert toll(found[0]) == expected


STRIKE = (
    "Russian missiles struck an apartment block in Dnipro overnight, killing seven people and "
    "injuring 12, the governor said.\n\n"
)


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        (
            "Update, 11:45: 29 people are now known to have been injured, the governor said.",
            (7, 29),
        ),
        ("11:45: The governor now says 29 people were injured.", (7, 29)),
        ("Rescuers are still at the scene. Nine people have now died, the governor said.", (9, 12)),
        ("The regional administration now puts the number of wounded at 29.", (7, 12)),
        ("14:10: Officials now say nine people were killed and 31 injured.", (9, 31)),
        # look-alikes: another place, what might be, or a count told without "now"
        ("In Kharkiv, 14 people are now known to have been injured.", (7, 12)),
        ("Officials fear the number of dead could now rise to 20.", (7, 12)),
        ("Officials fear the death toll could rise to 20.", (7, 12)),
        ("Doctors expect the number of dead to climb to 20.", (7, 12)),
        ("By noon the death toll had risen to nine.", (9, 12)),
        ("Separately, 40 people are now in hospital after a flood.", (7, 12)),
    ],
)
def test_a_live_report_keeps_the_count_as_it_stands_now(nlp, update, expected):
    found = [i for i in events(nlp, STRIKE + update) if "Dnipro" in i.text]
    assert len(found) == 1, [i.text for i in found]
    assert toll(found[0]) == expected
