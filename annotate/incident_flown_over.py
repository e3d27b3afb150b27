"""Where a drone flew, when it crossed a river or a border first: "a drone
crossed the Daugava from Belarus and flew over the Olaine power station"
happened over the power station, not on the river it crossed."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_clauses import attached

_CROSSINGS = frozenset({"cross", "enter", "breach", "violate"})
_FLIGHTS = frozenset("fly hover circle loiter pass overfly buzz".split())
_OVER = frozenset({"over", "above", "near", "around"})
# Where it came from or went back to is not where it flew over.
_AWAY = frozenset({"to", "into", "from", "toward", "towards"})


def flown_over(verb: Token, preps: set[str]) -> list[Token]:
    """The words of the flight that follows a crossing ("... and flew over
    X", "... before circling above X"), the site it flew over first."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CROSSINGS:
        return []
    flights = [c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp")]
    # "crossed the Daugava before circling above X"
    flights += [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
    ]
    out: list[Token] = []
    for flight in (f for f in flights if f.lemma_.lower() in _FLIGHTS):
        out += attached(flight, (preps | _OVER) - _AWAY)
        for part in flight.children:
            bare = part.dep_ == "prt" or not any(c.dep_ == "pobj" for c in part.children)
            if part.lower_ in _OVER and bare:  # "flew over the depot", "over" a particle
                out += [t for c in flight.children if c.dep_ == "dobj" for t in c.subtree]
    return out
