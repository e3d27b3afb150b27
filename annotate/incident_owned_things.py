"""Where a thing owned by someone was hit, told after its owner ("set fire
to a van owned by a councillor on the drive of her house in Odense"): the
parser hangs the place on the owner; it is still the thing's place."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_clauses import attached

# Where an owner keeps the thing: "on the drive of her house".
_HOMES = frozenset(
    "home house flat apartment residence driveway drive garage courtyard garden yard".split()
)
_OWNED = frozenset({"own", "belong", "use", "rent", "lease", "drive", "register"})


def owners_places(tokens: list[Token], preps: set[str] | frozenset[str]) -> list[Token]:
    """The words of place told after the owner of a thing among `tokens`."""
    out: list[Token] = []
    for thing in tokens:
        for clause in thing.children:
            if clause.dep_ != "acl" or clause.lemma_.lower() not in _OWNED:
                continue
            for agent in (c for c in clause.children if c.dep_ == "agent"):
                for owner in (g for g in agent.children if g.dep_ == "pobj"):
                    words = attached(owner, preps)
                    if any(t.lemma_.lower() in _HOMES for t in words):
                        out += words  # where the owner lives, not a firm's seat
    return out
