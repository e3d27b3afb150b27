"""A state's secret service is named as the text names it, never as the bare
state: "Russian military intelligence", "Belarusian security services",
"Russia's GRU military intelligence" (the GRU). The country is what the
text says of the service, not who the text says did it."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.actors import ActorIndex
from annotate.incident_new_actors import new_actor
from annotate.lexicons import demonym_of
from annotate.parse_spans import span_text

# Nouns that name a state's secret or security service.
SECRET_SERVICES = frozenset({"intelligence", "service", "services"})
_KINDS = frozenset({"military", "foreign", "security", "special", "secret", "intelligence"})


def secret_service(token: Token, actors: ActorIndex) -> str | None:
    """The service `token` heads: a named one among its words ("GRU"), else
    the words from its demonym on ("Russian military intelligence"); None
    when no state is named on it or it is not a secret service ("the
    Russian postal service")."""
    words = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    words += [g for c in words if c.dep_ == "compound" for g in c.children if g.dep_ == "amod"]
    kinds = [w for w in words if w.lower_ in _KINDS]
    if token.lemma_.lower() != "intelligence" and not kinds:
        return None  # "the Russian postal service"
    for word in words:
        if word.dep_ == "poss" or word.pos_ != "PROPN" or demonym_of(word.text) is not None:
            continue
        found = actors.actor_of_token(word.i) or actors.named(word.text)
        if found is not None and _not_a_place(actors, found):
            return found  # "Russia's GRU military intelligence": the GRU
        if found is None and word.ent_type_ not in ("GPE", "LOC") and word.text.isupper():
            return _made(actors, word, word)  # "the GRU", untagged
    state = next((w for w in words if w.dep_ != "poss" and demonym_of(w.text)), None)
    if state is None:
        return None  # "Russia's intelligence services": whose, said as a name
    return _made(actors, state, token)


def state_body(token: Token, actors: ActorIndex) -> str | None:
    """ "Russia's GRU", "Iran's IRGC": a state's body named by its letters
    is that body, never the bare state."""
    text = token.text
    if token.pos_ != "PROPN" or not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
        return None
    if not any(c.dep_ == "poss" for c in token.children):
        return None
    found = actors.actor_of_token(token.i) or actors.named(text)
    if found is not None:
        return found if _not_a_place(actors, found) else None
    return _made(actors, token, token)


def _made(actors: ActorIndex, first: Token, last: Token) -> str:
    """The service's actor, by the words from `first` to `last`; made here
    when the actor finder has none."""
    span = first.doc[first.i : last.i + 1]
    name = " ".join(span_text(span).split())
    found = actors.named(name)
    if found is None:
        found = new_actor(actors, name, "organization", span.start_char, span.end_char)
    actors.by_token[last.i] = found
    return found


def _not_a_place(actors: ActorIndex, actor_id: str) -> bool:
    actor = actors.actor(actor_id)
    return actor is not None and actor.kind != "place"
