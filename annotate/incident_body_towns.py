"""Where a named body's systems are: the town in its name ("the website of
the Port of Varna Authority" is in Varna, "the Klaipeda State Seaport
Authority" in Klaipeda), or, for a body named by its nation ("the ticketing
systems of Latvian Railways"), its country. A firm named by neither
("the website of Lufthansa") gives none, and the body's name is never
itself the place."""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import country_of, demonym_of

# A site whose authority or operator is named for its town.
_SITES = frozenset("port seaport airport harbour harbor".split())
# Words of a body's name that are not the town's.
_BODY_WORDS = frozenset(
    "of the state national municipal regional city free commercial sea authority authorities "
    "administration board company corporation operator management".split()
)
_ENDS = frozenset("authority authorities administration board company corporation operator".split())
# What of a body is online or runs its business.
_SYSTEMS = frozenset(
    "website websites site sites portal portals server servers network networks system systems "
    "email homepage app platform".split()
)
_LONGEST = 6


def body_place(token: Token) -> tuple[str, int, int] | None:
    """(text, rank, start) of the place a body's name holds, when `token` is
    part of that name."""
    run = _name_run(token)
    if run is None:
        return None
    start, end = run
    doc = token.doc
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    if len(words) > _LONGEST:
        return None
    kinds = {t.lower_ for t in words}
    if kinds & _SITES and words[-1].lower_ in _ENDS:
        town = [t for t in words if t.lower_ not in _BODY_WORDS | _SITES]
        if 1 <= len(town) <= 2 and all(t.pos_ == "PROPN" for t in town):
            if town[-1].i - town[0].i == len(town) - 1:
                return doc[town[0].i : town[-1].i + 1].text, 2, town[0].i
        return None
    nation = demonym_of(words[0].text)
    if nation is None or nation[1] != "country" or len(words) < 2:
        return None
    if country_of(doc[start:end].text) is not None or not _owns_systems(doc[start:end]):
        return None  # "the Czech Republic" is a country's name; "Polish Navy" no owner here
    return nation[0], 4, start


def _name_run(token: Token) -> tuple[int, int] | None:
    """The run of capitalised words (with "of") `token` is in."""
    doc = token.doc

    def part(t: Token) -> bool:
        return (t.pos_ == "PROPN" and t.text[:1].isupper()) or t.lower_ == "of"

    if not part(token) or token.lower_ == "of":
        return None
    start, end = token.i, token.i + 1
    while start > 0 and part(doc[start - 1]):
        start -= 1
    while end < len(doc) and part(doc[end]):
        end += 1
    while doc[start].lower_ == "of":
        start += 1
    while doc[end - 1].lower_ == "of":
        end -= 1
    return (start, end) if end - start >= 2 else None


def _owns_systems(name) -> bool:
    """ "the systems of Latvian Railways", "Latvian Railways' booking system"."""
    root = name.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in _SYSTEMS or root.head.head.lower_ in _SYSTEMS
    doc = name.doc
    if name.end < len(doc) and doc[name.end].tag_ == "POS":
        owned = root.head
        return owned.lemma_.lower() in _SYSTEMS or owned.lower_ in _SYSTEMS
    return False
