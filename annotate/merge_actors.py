"""Actors across articles: the actors of several briefings that are one.

Each article's actor finder has already gathered the mentions of one actor
in that article; here the actors of different articles are matched, by
name, aliases and role, and only where the match is unambiguous:

- a person is the same when a full name agrees once titles are dropped
  ("Defence Minister Anna Kowalczyk", "Ms Anna Kowalczyk"), when an initial
  fits one full name only ("A. Kowalczyk"), when a surname alone
  ("Kowalczyk") fits one full name only (the role decides between several
  where exactly one has it), or when a definite role alone ("the defence
  minister") is the role of one named person only;
- an organisation, country or place is the same when a name or alias agrees
  (countries by their canonical name: "U.S." is "United States") or an
  acronym spells another's name ("NATO");
- common nouns ("officials", "police", "a source") are never matched across
  articles: two articles' officials are not known to be the same people.

A pure function of the briefings; the result names every article's actor
by (article index, actor id).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from annotate.lexicons import actor_words, country_of
from annotate.model import Actor, Briefing, ItemRef, SetActor

_FAMILY = {
    "person": "person",
    "country": "place",
    "place": "place",
    "organization": "organization",
    "group": "organization",
}


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _key(text: str) -> str:
    text = " ".join(text.replace("’", "'").casefold().split())
    return text.removesuffix("'s").removesuffix("'")


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """Words dropped from the front of a person's name: honorifics and titles."""
    data = actor_words()
    titles = frozenset(t.casefold().rstrip(".") for t in [*data["honorifics"], *data["titles"]])
    determiners = frozenset(d.casefold() for d in data["determiners"])
    return titles, determiners


def is_proper(name: str, common: frozenset[str] = frozenset()) -> bool:
    """A name as written for someone in particular: it has a capitalised word
    ("Kowalczyk", "the Kremlin"), unlike "officials" or "a source". A common
    noun capitalised only because it opens a sentence ("Officials said") is
    no name: its first word is a person noun or determiner of the lexicon, or
    a word the article also writes in lower case (`common`)."""
    words = name.split()
    capitals = [i for i, word in enumerate(words) if word[:1].isupper()]
    if capitals == [0] and _common_word(words[0], common):
        return False
    return bool(capitals)


def lower_words(names: Iterable[str]) -> frozenset[str]:
    """The words of the names written all in lower case ("officials")."""
    return frozenset(_key(w) for n in names if n == n.lower() for w in n.split())


def _common_word(word: str, common: frozenset[str]) -> bool:
    people, determiners = _common_nouns()
    key = _key(word).strip(".,;:")
    singular = key[:-1] if key.endswith("s") else key
    return key in common or key in determiners or key in people or singular in people


@cache
def _common_nouns() -> tuple[frozenset[str], frozenset[str]]:
    data = actor_words()
    return (
        frozenset(w.casefold() for w in data["person_nouns"]),
        frozenset(w.casefold() for w in data["determiners"]),
    )


def person_name(name: str) -> tuple[str, ...]:
    """A person's name as lower-cased words without leading titles, honorifics,
    lower-case words or a possessive: "Polish Defence Minister Anna
    Kowalczyk" -> ("anna", "kowalczyk")."""
    titles, _ = _words()
    words = _key(name).replace(".", ". ").split()
    original = name.replace(".", ". ").split()
    while len(words) > 2 and words[-1].rstrip(".") in _SUFFIXES:
        words, original = words[:-1], original[:-1]
    heads = [i for i, w in enumerate(words[:-1]) if w.rstrip(".") in titles]
    start = heads[-1] + 1 if heads else 0
    while start < len(words) - 1 and not original[start][:1].isupper():
        start += 1
    name_words = [w.rstrip(".") for w in words[start:]]
    return tuple(name_words)


def _role_words(text: str | None) -> tuple[str, ...]:
    """A role as words without determiners or possessives ("the Polish defence minister")."""
    if not text:
        return ()
    _, determiners = _words()
    return tuple(w for w in _key(text).split() if w not in determiners and not w.endswith("'s"))


@dataclass
class _Node:
    """One article's actor, as the matcher sees it."""

    ref: ItemRef
    actor: Actor
    family: str
    forms: set[str] = field(default_factory=set)  # keys that identify it
    full: tuple[str, ...] = ()  # a person's fullest name, as words


class _Groups:
    """Union-find over nodes, refusing to join people with clashing full names."""

    def __init__(self, nodes: list[_Node]) -> None:
        self.nodes = nodes
        self.parent = list(range(len(nodes)))
        self._fulls = [{n.full} if len(n.full) > 1 else set() for n in nodes]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def members(self) -> dict[int, list[int]]:
        groups: dict[int, list[int]] = {}
        for i in range(len(self.nodes)):
            groups.setdefault(self.find(i), []).append(i)
        return groups

    def join(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        names = self._fulls[ra] | self._fulls[rb]
        if any(not _same_person(x, y) for x in names for y in names):
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self._fulls[keep] = names
        self._fulls[gone] = set()
        return True


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two full names of one person: same surname, given names that agree
    (an initial agrees with a name it begins)."""
    if a == b:
        return True
    if a[-1] != b[-1]:
        return False
    return _given_fits(a[0], b[0])


def _given_fits(x: str, y: str) -> bool:
    if x == y:
        return True
    short, long = sorted((x.rstrip("."), y.rstrip(".")), key=len)
    return len(short) == 1 and long.startswith(short)


def _node(ref: ItemRef, actor: Actor, common: frozenset[str]) -> _Node:
    family = _FAMILY.get(actor.kind, actor.kind)
    node = _Node(ref, actor, family)
    names = [n for n in (actor.name, *actor.aliases) if is_proper(n, common)]
    if family == "person":
        # "Estonia's prime minister" is a description, not a name: its last
        # word is no surname, so it matches no one else's "minister".
        fulls = [person_name(n) for n in names if n.split()[-1][:1].isupper()]
        node.full = max(fulls, key=len, default=())
        node.forms = {" ".join(f) for f in fulls if len(f) > 1}
    else:
        for name in names:
            country = country_of(name)
            node.forms.add(_key(country) if country else _key(name).removeprefix("the "))
    return node


def merge_actors(
    briefings: Sequence[Briefing],
) -> tuple[list[SetActor], dict[tuple[int, str], str]]:
    """The set's actors, and which set actor each article's actor became
    (keyed by (article index, actor id))."""
    commons = [
        lower_words(name for a in b.actors for name in (a.name, *a.aliases)) for b in briefings
    ]
    nodes = [
        _node(ItemRef(n, actor.id), actor, commons[n])
        for n, briefing in enumerate(briefings)
        for actor in briefing.actors
    ]
    groups = _Groups(nodes)
    _join_by_forms(nodes, groups)
    _join_acronyms(nodes, groups)
    _join_people(nodes, groups)
    return _set_actors(nodes, groups)


def _join_by_forms(nodes: list[_Node], groups: _Groups) -> None:
    seen: dict[tuple[str, str], int] = {}
    for i, node in enumerate(nodes):
        for form in sorted(node.forms):
            first = seen.setdefault((node.family, form), i)
            if first != i:
                groups.join(first, i)


def _join_acronyms(nodes: list[_Node], groups: _Groups) -> None:
    """'NATO' in one article, 'the North Atlantic Treaty Organization' in another."""
    spelled: dict[str, list[int]] = {}
    for i, node in enumerate(nodes):
        if node.family != "person":
            for name in (node.actor.name, *node.actor.aliases):
                capitals = [w for w in name.split() if w[:1].isupper()]
                if len(capitals) >= 2:
                    initials = "".join(w[0] for w in capitals).casefold()
                    spelled.setdefault(initials, []).append(i)
    for i, node in enumerate(nodes):
        if node.family == "person":
            continue
        for name in (node.actor.name, *node.actor.aliases):
            if name.isupper() and name.isalpha() and 2 <= len(name) <= 8:
                fits = {groups.find(j) for j in spelled.get(name.casefold(), [])}
                fits = {r for r in fits if nodes[r].family == node.family}
                if len(fits) == 1:
                    groups.join(fits.pop(), i)


def _join_people(nodes: list[_Node], groups: _Groups) -> None:
    """Initials, surnames alone and definite roles, each joined only to the
    one named person it can mean."""
    people = [i for i, n in enumerate(nodes) if n.family == "person"]
    named = [i for i in people if len(nodes[i].full) > 1]
    # "A. Kowalczyk" -> the one "Anna Kowalczyk"
    for i in named:
        full = nodes[i].full
        if len(full[0].rstrip(".")) == 1:
            fits = {
                groups.find(j)
                for j in named
                if nodes[j].full[-1] == full[-1]
                and len(nodes[j].full[0]) > 2
                and _given_fits(full[0], nodes[j].full[0])
            }
            if len(fits) == 1:
                groups.join(fits.pop(), i)
    # "Kowalczyk" -> the one named Kowalczyk (or the one of them with this role)
    alone: dict[str, list[int]] = {}
    for i in people:
        if len(nodes[i].full) == 1:
            alone.setdefault(nodes[i].full[0], []).append(i)
    for surname, singles in alone.items():
        fits = {groups.find(j) for j in named if nodes[j].full[-1] == surname}
        for i in singles:
            target = _only(fits)
            if target is None:
                target = _by_role(nodes, groups, fits, nodes[i].actor.role)
            if target is not None:
                groups.join(target, i)
        if not fits:  # the same surname, nobody fuller: one person as far as we know
            for i in singles[1:]:
                groups.join(singles[0], i)
    # "the defence minister" -> the one named person with that role
    for i in people:
        actor = nodes[i].actor
        if nodes[i].full or not _key(actor.name).startswith("the "):
            continue
        role = _role_words(actor.role) or _role_words(actor.name)
        if len(role) >= 2:
            holders = {groups.find(j) for j in named if _role_words(nodes[j].actor.role) == role}
            if len(holders) == 1:
                groups.join(holders.pop(), i)


def _only(roots: set[int]) -> int | None:
    return next(iter(roots)) if len(roots) == 1 else None


def _by_role(nodes: list[_Node], groups: _Groups, roots: set[int], role: str | None) -> int | None:
    words = _role_words(role)
    if not words:
        return None
    holders = {
        groups.find(j)
        for j, node in enumerate(nodes)
        if groups.find(j) in roots and _role_words(node.actor.role) == words
    }
    return _only(holders)


def _set_actors(
    nodes: list[_Node], groups: _Groups
) -> tuple[list[SetActor], dict[tuple[int, str], str]]:
    members = sorted(groups.members().values(), key=min)
    ids = {groups.find(m[0]): f"A{n}" for n, m in enumerate(members, 1)}
    where = {(n.ref.article, n.ref.id): ids[groups.find(i)] for i, n in enumerate(nodes)}
    actors = []
    for group in members:
        found = [nodes[i] for i in group]
        name = _best_name([n.actor for n in found])
        kinds = Counter(n.actor.kind for n in found)
        aliases = _unique(
            alias for n in found for alias in (n.actor.name, *n.actor.aliases) if alias != name
        )
        roles = Counter(n.actor.role for n in found if n.actor.role)
        affiliations = Counter(
            where[(n.ref.article, n.actor.affiliation)]
            for n in found
            if n.actor.affiliation and (n.ref.article, n.actor.affiliation) in where
        )
        own = ids[groups.find(group[0])]
        affiliations.pop(own, None)
        actors.append(
            SetActor(
                id=own,
                name=name,
                kind=kinds.most_common(1)[0][0],
                articles=tuple(n.ref for n in found),
                aliases=aliases,
                role=roles.most_common(1)[0][0] if roles else None,
                affiliation=affiliations.most_common(1)[0][0] if affiliations else None,
            )
        )
    return _with_sides(actors), where


def _best_name(actors: list[Actor]) -> str:
    """The fullest proper name (a person's most words), else the most used."""
    counts = Counter(a.name for a in actors)
    return max(
        counts,
        key=lambda name: (
            is_proper(name),
            len(person_name(name)) if actors[0].kind == "person" else 0,
            counts[name],
        ),
    )


def _unique(names) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(_key(name), name)
    return tuple(seen.values())


def _with_sides(actors: list[SetActor]) -> list[SetActor]:
    """Each actor's side: the top of its affiliation chain (itself if none)."""
    by_id = {a.id: a for a in actors}
    result = []
    for actor in actors:
        top, seen = actor, {actor.id}
        while top.affiliation in by_id and top.affiliation not in seen:
            top = by_id[top.affiliation]
            seen.add(top.id)
        result.append(replace(actor, side=top.id))
    return result
