"""An attempt made with weapons that flew: "the armed forces attempted a
drone attack on the oil depot", "tried a missile strike on the port". The
drones or missiles were launched, so the act is told (shot down or not);
"attempted to attack", "an attempted arson" or "attempted an attack" stay
plans or failures, as before."""

from __future__ import annotations

from spacy.tokens import Token

_TRYING = frozenset({"attempt", "try"})
_LAUNCHED = frozenset({"drone", "uav", "missile", "rocket", "glide", "kamikaze"})


def launched_attempt(head: Token, governor: Token) -> bool:
    """The word is the object of "attempted"/"tried" and names its weapon."""
    return (
        governor.lemma_.lower() in _TRYING
        and governor.pos_ == "VERB"
        and head.dep_ == "dobj"
        and head.head.i == governor.i
        and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _LAUNCHED
            for c in head.children
        )
    )
