"""A trial's lead: "Two men went on trial accused of burning down a hall",
"a man charged with setting fire to a depot". The act a court hears of is
told first without its day, and told again a few paragraphs on with it
("On 30 March, the indictment says, they set the pallets alight").
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import incident_words

_ACCUSING = frozenset({"accuse", "suspect", "trial", "accusation", "charge", "indictment"})
_REACH = 3  # words up from the act to what accuses of it ("accused of burning down")


def accused_of(head: Token) -> bool:
    """Whether the mention is what someone is accused, charged or tried for."""
    legal = set(incident_words()["proceeding_verbs"]) | _ACCUSING
    return any(node.lemma_.lower() in legal for node in list(head.ancestors)[:_REACH])
