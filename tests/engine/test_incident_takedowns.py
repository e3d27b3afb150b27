"""What the authorities do against criminals is not an incident: a
takedown of a gang's leak site, police hacking into its servers, a botnet
knocked offline. Attacks on the police, and hackers' attacks on anyone's
site, stay events. Sentences written for these tests (not from any corpus
or gold set)."""

from __future__ import annotations

import datetime as dt

import pytest

from annotate.engine import annotate_text

FRIDAY = dt.date(2026, 10, 9)


def kinds(nlp, text: str) -> list[str]:
    return [e.type for e in annotate_text(text, nlp, published=FRIDAY).incidents]


@pytest.mark.parametrize(
    "text",
    [
        "The FBI said the attack on the gang's leak site on Wednesday was part of an operation.",
        "Europol said the attack on its leak site on Tuesday was carried out with Dutch police.",
        "Dutch police hacked into the group's servers on Tuesday.",
        "Police in five countries knocked the gang's leak site offline on Thursday.",
        "Law enforcement agencies hacked the botnet on Friday, the ministry said.",
        "German investigators took down the hackers' servers in a cyberattack of their own.",
    ],
)
def test_a_takedown_by_the_authorities_is_not_an_incident(nlp, text) -> None:
    assert kinds(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Hackers attacked the website of the Finnish police on Monday.", "cyber"),
        ("Police officers were attacked by a mob in Marseille on Sunday.", "attack"),
        ("Hackers took down the website of the Tallinn police on Tuesday.", "cyber"),
        ("A cyberattack on the servers of the Maersk group disrupted shipping on Monday.", "cyber"),
        ("Hackers leaked data from the police's servers on Tuesday.", "cyber"),
    ],
)
def test_attacks_on_the_authorities_stay_events(nlp, text, kind) -> None:
    assert kinds(nlp, text) == [kind]
