"""Actors: the people, organisations, countries, places and groups in an article.

`build_actors` runs the finders in order (names, roles, title mentions,
unnamed sources, pronouns) over one `Doc` and freezes the result into
`model.Actor` records plus an `ActorIndex`, which answers "who is this span?"
for the attribution's source spans and the incident finder's perpetrators.

Choices worth knowing:
- A capital used as a speaker or owner ("Moscow lashed out", "Moscow's
  response") is a mention of its country; used as a place ("travel to
  Moscow") it is a place actor of its own.
- A seat of government ("the Kremlin", "the White House") is an organisation
  of its own, affiliated to its country, so its side is that country.
- A person's affiliation is the top of the chain their role names: the chair
  of NATO's Military Committee belongs to NATO. An organisation keeps its
  direct owner (the Military Committee -> NATO).
- Demonyms are mentions of their country only inside an actor's description
  ("One Baltic diplomat" -> Baltic states); "a Ukrainian-owned warehouse" is
  not a mention of Ukraine.
- Pronouns are mentions but not aliases; "the ambassador" is both.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import numpy
from spacy.attrs import HEAD, IDX, LENGTH
from spacy.tokens import Doc

from annotate.actor_documents import it_speaks_for, written_sources
from annotate.actor_drafts import Draft, Drafts
from annotate.actor_names import find_named
from annotate.actor_pronouns import PLURAL_REACH, PRONOUN_REACH, resolve_ages, resolve_pronouns
from annotate.actor_refs import (
    find_organization_mentions,
    find_unnamed,
    sources_as_actors,
    sources_in_apposition,
)
from annotate.actor_roles import find_roles, find_title_mentions
from annotate.lexicons import actor_words, word_set
from annotate.model import Actor, Span
from annotate.names import name_key


@dataclass
class ActorIndex:
    """The actors of one doc and a lookup from a mention span to its actor.

    Holds token offsets and heads (not the `Doc`), so a span that is not
    exactly a mention ("Russia's ambassador to Belgium, Denis Gonchar") is
    resolved through its syntactic head.
    """

    actors: list[Actor] = field(default_factory=list)
    by_span: dict[tuple[int, int], str] = field(default_factory=dict)
    by_token: dict[int, str] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list, repr=False)
    ends: list[int] = field(default_factory=list, repr=False)
    heads: list[int] = field(default_factory=list, repr=False)

    def actor_at(self, start: int, end: int) -> str | None:
        """The actor mentioned by `text[start:end]`, if any."""
        hit = self.by_span.get((start, end))
        if hit is not None:
            return hit
        first, last = bisect_right(self.ends, start), bisect_left(self.starts, end)
        if first >= last:
            return None
        for i in range(first, last):
            head = self.heads[i]
            if (head == i or not first <= head < last) and i in self.by_token:
                return self.by_token[i]
        return None

    def actor_of_token(self, index: int) -> str | None:
        """The actor a token belongs to (a name's word, a resolved pronoun)."""
        return self.by_token.get(index)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def named(self, name: str, kind: str | None = None) -> str | None:
        """The id of the actor with this canonical name (any case), if present."""
        wanted = name_key(name)
        for actor in self.actors:
            if name_key(actor.name) == wanted and (kind is None or actor.kind == kind):
                return actor.id
        return None


def build_actors(
    doc: Doc,
    sources: list[tuple[int, int]],
    *,
    pronoun_reach: int = PRONOUN_REACH,
    plural_reach: int = PLURAL_REACH,
) -> ActorIndex:
    """Every actor of the doc; each source span that names one resolves to it.
    Pronouns look back at most `pronoun_reach` sentences (`plural_reach` for
    "they")."""
    quotes = doc._.quotes if Doc.has_extension("quotes") and doc._.quotes else []
    attributions = doc._.attributions if Doc.has_extension("attributions") else None
    titles = [a.content for a in attributions or [] if a.kind == "title"]
    drafts = Drafts.start(doc, quotes, titles)
    find_named(drafts, sources)
    find_roles(drafts)
    source_heads = set()
    for start, end in sources:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            source_heads.add(span.root.i)
    sources_in_apposition(drafts, sources)
    find_title_mentions(drafts)
    find_organization_mentions(drafts)
    find_unnamed(drafts, source_heads)
    written_sources(drafts, sources)
    resolve_pronouns(drafts, pronoun_reach, plural_reach)
    resolve_ages(drafts, sources, pronoun_reach)
    it_speaks_for(drafts, sources)
    sources_as_actors(drafts, sources)
    return _freeze(doc, drafts)


def _canonical(draft: Draft) -> str:
    """The fullest proper name, without article, honorific or title."""
    if draft.kind in ("country",) or draft.unnamed or not draft.proper:
        return draft.name
    strip = set(actor_words()["honorifics"])
    if draft.kind == "person":
        strip |= word_set("titles")

    def clean(name: str) -> str:
        words = name.split()
        while len(words) > 1 and words[0].lower() in strip | {"the"}:
            words = words[1:]
        return " ".join(words)

    names = [clean(_NICKNAME.sub(" ", n)) for n in draft.proper]
    return max(names, key=lambda n: (len(n.split()), len(n)))


# A nickname quoted inside a name: Mark “Tubs” Cullen.
_NICKNAME = re.compile(r"\s*[“\"‘'](?P<nick>[^“”\"‘’']{1,40})[”\"’']\s*")


def _aliases(draft: Draft) -> tuple[str, ...]:
    """The surface forms of its names, and any nickname quoted inside one."""
    nicknames = [m["nick"] for n in draft.proper for m in _NICKNAME.finditer(n)]
    return tuple(dict.fromkeys([*draft.names, *nicknames])) or (draft.name,)


def _top(draft: Draft) -> Draft:
    """The top of the draft's affiliation chain below any place: a city or
    region is where someone is, never the side they are on."""
    seen = {id(draft)}
    while (
        draft.affiliation is not None
        and id(draft.affiliation) not in seen
        and draft.affiliation.kind != "place"
    ):
        draft = draft.affiliation
        seen.add(id(draft))
    return draft


def _implied_mentions(drafts: Drafts) -> list[Draft]:
    """The drafts worth listing: every one with a mention. An actor only
    implied by another ("the Kremlin" -> Russia, "the Russians" -> Russia)
    takes the first mention of what implies it, as a mention that is not
    looked up (the span stays the implying actor's); an actor nothing in the
    text mentions or implies is dropped."""
    dependents: dict[int, list[Draft]] = {}
    for draft in drafts.items:
        if draft.affiliation is not None and draft.affiliation is not draft:
            dependents.setdefault(id(draft.affiliation), []).append(draft)
    changed = True
    while changed:
        changed = False
        for draft in drafts.items:
            if draft.mentions:
                continue
            known = [d for d in dependents.get(id(draft), []) if d.mentions]
            if known:
                source = min(known, key=lambda d: d.first())
                span = min(source.mentions)
                draft.mentions[span] = source.mentions[span]
                draft.implied.add(span)
                changed = True
    return [d for d in drafts.items if d.mentions]


def _freeze(doc: Doc, drafts: Drafts) -> ActorIndex:
    listed = _implied_mentions(drafts)
    order = sorted(listed, key=lambda d: (d.first(), drafts.items.index(d)))
    ids = {id(d): f"a{n}" for n, d in enumerate(order, 1)}
    # HEAD is the offset to the head, stored unsigned: read back as signed.
    table = doc.to_array([IDX, LENGTH, HEAD]).view(numpy.int64)
    index = ActorIndex(
        starts=table[:, 0].tolist(),
        ends=(table[:, 0] + table[:, 1]).tolist(),
        heads=(numpy.arange(len(doc), dtype=numpy.int64) + table[:, 2]).tolist(),
    )
    for draft in order:
        actor_id = ids[id(draft)]
        owner = draft.affiliation
        if owner is not None and draft.kind in ("person", "group"):
            owner = _top(draft)
        elif owner is not None and owner.kind == "place":
            owner = None
        affiliation = ids.get(id(owner)) if owner is not None and owner is not draft else None
        mentions = tuple(Span(s, e) for s, e in sorted(draft.mentions))
        index.actors.append(
            Actor(
                id=actor_id,
                name=" ".join(_canonical(draft).split()),
                kind=draft.kind,  # type: ignore[arg-type]
                aliases=_aliases(draft),
                mentions=mentions,
                role=draft.role,
                affiliation=affiliation,
            )
        )
        for key in draft.mentions:
            if key not in draft.implied:
                index.by_span[key] = actor_id
    for token_index, draft in drafts.by_token.items():
        if id(draft) in ids:
            index.by_token[token_index] = ids[id(draft)]
    return index
