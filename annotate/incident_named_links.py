"""Links told together: "Two cables, the Baltica link and the Nordic-1
cable, were cut in November". Each link named in the phrase of what was cut
or damaged is an event of its own (two cables cut are two acts, each with
its own route); links named by kind alone ("two cables") stay one mention."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.lexicons import incident_words

_DAMAGE_KINDS = frozenset({"sabotage", "explosion"})


def _named_link(token: Token, links: set[str]) -> bool:
    """ "the Baltica link", "the Nordic-1 cable": a link noun with a name before it."""
    return (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in links
        and any(
            c.dep_ in ("compound", "nummod") and c.i < token.i and c.text[:1].isupper()
            for c in token.children
        )
    )


def named_links(verb: Token) -> list[Token]:
    """The links, each named, that `verb`'s object (or passive subject) lists;
    none unless there are at least two."""
    links = {w.lower() for w in incident_words()["links"]}
    found = [
        t
        for c in verb.children
        if c.dep_ in ("dobj", "nsubjpass")
        for t in c.subtree
        if _named_link(t, links)
    ]
    return found if len(found) > 1 else []


def split_links(doc: Doc, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """`found` with each verb that cut or damaged several named links replaced
    by those links, one event each."""
    out: list[tuple[Token, str]] = []
    for head, kind in found:
        members = named_links(head) if head.pos_ == "VERB" and kind in _DAMAGE_KINDS else []
        out += [(m, kind) for m in members] or [(head, kind)]
    return sorted(out, key=lambda f: f[0].i)


def listed_link(head: Token) -> bool:
    """`head` is one of several named links a verb of damage lists: an event
    apart from the other links of its sentence."""
    if head.pos_ != "NOUN":
        return False
    verb = next((a for a in head.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and any(m.i == head.i for m in named_links(verb))
