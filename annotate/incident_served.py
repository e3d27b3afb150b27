"""Where a hit company or utility works: "Ostby Water, which supplies about
90,000 households in Aarhus", "a grid operator that serves Lviv". The town it
serves is the event's place when its clause names none closer.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_clauses import attached

# Verbs of serving a place: what a utility, an operator or a carrier does.
_SERVES = frozenset({"supply", "serve", "power", "provide", "run", "operate", "heat"})


def served_places(tokens: list[Token], preps: set[str] | frozenset[str]) -> list[Token]:
    """The words of a relative clause on a thing hit that tells whom or
    where it serves, never what it is accused of or did."""
    out: list[Token] = []
    # "encrypted the systems of Vik Water, the utility serving 9,000 people in X"
    owners = [g for t in tokens for c in t.children if c.lower_ == "of" for g in c.children]
    owners = [g for g in owners if g.dep_ == "pobj" and g.pos_ == "PROPN"]
    appositions = [c for t in (*tokens, *owners) for c in t.children if c.dep_ == "appos"]
    for thing in [*tokens, *appositions]:  # "Vestra Energy, a grid operator that serves Lviv"
        if thing.pos_ not in ("PROPN", "NOUN"):
            continue
        for clause in thing.children:
            if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in _SERVES:
                continue
            if clause.dep_ == "acl" and clause.tag_ != "VBG":
                continue  # "a grid run by X": who runs it, not whom it serves
            if any(
                c.dep_ in ("neg", "aux") and c.lower_ in ("not", "will", "would")
                for c in clause.children
            ):
                continue  # "which will supply ...": not yet where it works
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                # "a ferry operator serving the Channel Islands": where it goes, not where it is
                out += [obj] if clause.dep_ == "relcl" else []
                out += attached(obj, preps)
            out += attached(clause, preps)
    return out
