"""What an event's own clause says it did to people, and causes only guessed
at: neither lets a cause put down elsewhere unmake the event.

- "an explosion in a storage building injured four workers; an investigation
  blamed faulty wiring": the blast that hurt people is told as an event; the
  cause, in a clause of its own, explains it without taking it back.
- "Police initially said the blast could have been caused by a gas leak": a
  cause that could have been is a guess, not a finding.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import incident_words

_GUESSING = frozenset({"could", "may", "might"})


def harmed_people(head: Token) -> bool:
    """The event is the subject of killing or injuring someone ("a blast
    killed two workers", "the fire injured three firefighters")."""
    if head.dep_ != "nsubj" or head.head.pos_ != "VERB":
        return False
    verb = head.head
    lex = incident_words()
    if verb.lemma_.lower() not in set(lex["kill_words"]) | set(lex["injure_words"]):
        return False
    victims = set(lex["victim_nouns"])
    return any(c.dep_ == "dobj" and c.lemma_.lower() in victims for c in verb.children)


def only_guessed(verb: Token) -> bool:
    """ "could have been caused by a gas leak", "may have started": a
    possible cause, not one found."""
    return any(c.dep_ == "aux" and c.lower_ in _GUESSING for c in verb.children)
