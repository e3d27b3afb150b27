"""Affiliations: the actor a role or title names ("NATO" in "chair of NATO's
Military Committee", Russia in "Russian ambassador", a party in
"Democratic nominee"), found among the words of the role; `actor_roles`
and `actor_refs` ask it for the owner of what they find.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.actor_drafts import Draft, Drafts
from annotate.lexicons import demonym_of, party_of
from annotate.names import name_key


def affiliation_in(
    drafts: Drafts, draft: Draft, words: list[Token], poss: list[Token]
) -> Draft | None:
    """The actor a role or description belongs to: its possessor ("Russia's"),
    else the organisation or country named in it ("Foreign Ministry spokeswoman",
    "chair of NATO's Military Committee", "Russian official"); never a posting
    ("ambassador to Belgium"). None when two are coordinated ("U.S. and European")."""
    for p in poss:
        owner = drafts.by_token.get(p.i) or _demonym_draft(drafts, p) or named_elsewhere(drafts, p)
        if owner is not None and owner is not draft:
            return owner
    found: list[tuple[int, int, Draft]] = []
    for token in words:
        if any(a.lower_ == "to" and a.dep_ == "prep" for a in _path(token, words)):
            continue
        owner = drafts.by_token.get(token.i)
        if owner is not None and owner is not draft and owner.kind == "place":
            continue  # a place in a description is where, not whose
        if owner is None or owner is draft:
            owner = party_draft(drafts, token) or _demonym_draft(drafts, token)
        if owner is None or owner.kind == "person" or owner is draft:
            continue
        found.append((len(_path(token, words)), token.i, owner))
    if not found:
        return None
    found.sort(key=lambda f: (f[0], f[1]))
    best = found[0]
    conjuncts = {c.i for t in words if t.i == best[1] for c in t.conjuncts}
    if any(f[1] in conjuncts and f[2] is not best[2] for f in found[1:]):
        return None  # "U.S. and European officials": no single owner
    return best[2]


def named_elsewhere(drafts: Drafts, token: Token) -> Draft | None:
    """ "The DA's provincial leader": a name the NER missed here that names an
    organisation or country found elsewhere in the text (as a mention of it)."""
    if not token.text[:1].isupper() or token.pos_ != "PROPN":
        return None
    key = name_key(token.text)
    for draft in drafts.items:
        if draft.kind in ("organization", "country") and key in map(name_key, draft.names):
            drafts.add(draft, token.doc[token.i : token.i + 1], alias=False)
            return draft
    return None


def _path(token: Token, words: list[Token]) -> list[Token]:
    """Ancestors of `token` inside `words` (its route up to the phrase head)."""
    inside = {t.i for t in words}
    return [a for a in token.ancestors if a.i in inside]


def party_draft(drafts: Drafts, token: Token) -> Draft | None:
    """ "Democratic nominee", "Republican senator", "GOP leaders": the party a
    capitalised party word names, as a mention of it."""
    if not token.text[:1].isupper():
        return None
    party = party_of(token.text)
    if party is None:
        return None
    draft = drafts.get(party, "organization")
    drafts.add(draft, token.doc[token.i : token.i + 1], proper=False)
    return draft


def _demonym_draft(drafts: Drafts, token: Token) -> Draft | None:
    """ "Russian", "Baltic": the country or region an adjective names, as a mention."""
    if token.pos_ not in ("ADJ", "PROPN", "NOUN") or not token.text[:1].isupper():
        return None
    owner = demonym_of(token.text)
    if owner is None:
        return None
    draft = drafts.get(*owner)
    drafts.add(draft, token.doc[token.i : token.i + 1], proper=False)
    return draft
