"""The hurt told by their care: "taken to hospital with burns", one patient
or one person described, "also" hurt, a clause of circumstance."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_harm import count_of_one
from annotate.lexicons import incident_words

_CARE = frozenset({"treat", "hospitalise", "hospitalize", "take", "rush", "airlift", "admit"})
_AILMENT = frozenset({"injury", "wound", "hospital", "burn", "inhalation"})


def cared_for(token: Token) -> list[Token]:
    """ "were treated for injuries", "was taken to hospital", "was treated
    in hospital", "was taken to hospital with burns": the care a person got
    says they were hurt. The phrases that say so, or nothing."""
    if token.lemma_.lower() not in _CARE or token.tag_ != "VBN":
        return []
    return [
        c
        for c in token.children
        if c.dep_ == "prep"
        and c.lower_ in ("for", "to", "in", "with")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _AILMENT for g in c.children)
    ]


def one_patient(token: Token) -> bool:
    """ "He was taken to hospital", "was attacked ... and treated in
    hospital": one person cared for."""
    patients = [c for c in token.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not patients and token.dep_ == "conj":
        patients = [c for c in token.head.children if c.dep_ == "nsubjpass"]
    return len(patients) == 1 and count_of_one(patients[0])


def also_hurt(token: Token) -> bool:
    """ "A woman who was waiting was also injured": more hurt than told before."""
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in token.children)


def one_described(token: Token) -> bool:
    """ "A woman who was waiting to see him was also injured", parsed with the
    woman as the sentence's root and "injured" inside her relative clause."""
    root = token.sent.root
    return (
        root.pos_ == "NOUN"
        and root.lemma_.lower() in incident_words()["victim_nouns"]
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
        and any(c.dep_ == "relcl" for c in root.children)
        and root in token.ancestors
    )


def circumstance(clause: Token) -> bool:
    """ "when she tried to pull the attacker away": how, not another cause."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while")
        for c in clause.children
    )
