"""Where a cyber attack on a state body's website happened: the body's
country. "The Slovak Ministry of Finance said its website was knocked
offline", "the Ministry's website was unreachable" after "the Ministry of
Economy of the Slovak Republic": a national body's site, server or portal
is in its country. A firm's site ("the website of Lufthansa") gives none.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.lexicons import country_of, demonym_of

# What of a body is online.
_ONLINE = frozenset(
    "website websites site sites portal portals server servers network networks system systems "
    "email e-mail homepage".split()
)
# A state's bodies.
_STATE = frozenset(
    "ministry ministries agency government office service authority parliament police customs "
    "inspectorate chancellery presidency administration directorate department".split()
)
_OWNERS = frozenset({"its", "their"})


def country_of_the_body(head: Token) -> str | None:
    """The one country of the state body whose online thing the incident
    at `head` hit, or None."""
    for thing in _things_hit(head):
        if thing.lemma_.lower() not in _ONLINE and thing.lower_ not in _ONLINE:
            continue
        body = _owner(thing)
        if body is None or body.lemma_.lower() not in _STATE:
            continue
        country = _country(body) or _named_before(body)
        if country is not None:
            return country
    return None


def _things_hit(head: Token) -> list[Token]:
    """Nouns the incident's clause tells as what suffered it: its object,
    its subject, or the subject of the clause it is told in ("the website
    was down after a DDoS attack")."""
    clauses = [head]
    up = head
    for _ in range(3):
        if up.dep_ in ("ROOT",) or up.pos_ in ("VERB", "AUX") and up is not head:
            break
        up = up.head
        clauses.append(up)
    found: list[Token] = []
    for clause in clauses:
        for child in clause.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj"):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("on", "against", "of"):
                found += [g for g in child.children if g.dep_ == "pobj"]
    return found


def _owner(thing: Token) -> Token | None:
    """ "the Ministry's website", "its website" (the one saying it), "the
    website of the Polish Ministry of Defence"."""
    for child in thing.children:
        if child.dep_ == "poss":
            if child.lower_ in _OWNERS:
                return _sayer(thing)
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    for child in thing.children:
        if child.dep_ == "compound" and child.lemma_.lower() in _STATE:
            return child  # "the ministry website"
    return None


def _sayer(token: Token) -> Token | None:
    """The subject of the saying a clause hangs on ("The ministry said its
    website ...")."""
    node = token
    while node.dep_ != "ROOT" and node.head is not node:
        node = node.head
        if node.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in node.children):
            subjects = [c for c in node.children if c.dep_ == "nsubj"]
            return subjects[-1] if subjects else None  # not a dateline taken for one
    return None


def _country(body: Token) -> str | None:
    """The one country the body's own words name: a demonym ("the Slovak
    Ministry", "of the Slovak Republic"), a country ("of Latvia", "Latvia's
    State Revenue Service")."""
    countries: set[str] = set()
    for token in body.subtree:
        if token.dep_ in ("relcl", "acl", "appos") or token.i > body.i + 8:
            continue
        if token.ent_type_ == "GPE" or token.pos_ == "PROPN":
            if (country := country_of(token.text)) is not None:
                countries.add(country)
                continue
        if token.dep_ in ("amod", "compound") and (owner := demonym_of(token.text)):
            if owner[1] == "country":
                countries.add(owner[0])
    return countries.pop() if len(countries) == 1 else None


def _named_before(body: Token) -> str | None:
    """ "the Ministry's website" after "the Ministry of Economy of the Slovak
    Republic": the same body named in full earlier in the text."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in body.children):
        return None
    for token in body.doc[: body.i]:
        if token.lemma_.lower() == body.lemma_.lower() and token.i != body.i:
            if (country := _country(token)) is not None:
                return country
    return None
