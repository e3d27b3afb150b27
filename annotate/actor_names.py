"""Named actors: the pipeline's entities, cleaned, typed and merged.

One actor per person however the text names them ("Admiral Giuseppe Cavo
Dragone", "Dragone"), even where the statistical NER gives a surname the
wrong label; one per country under any of its names ("U.S.", "United
States"); a capital or a seat of government used as a speaker ("Moscow
lashed out", "the Kremlin confirmed") stands for its government.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from annotate.actor_drafts import Draft, Drafts, strip_det, tokens_among
from annotate.actor_kinds import context_kind, name_pieces
from annotate.lexicons import (
    actor_words,
    capitals,
    country_of,
    demonym_of,
    party_of,
    seats_of_government,
    word_set,
)
from annotate.names import name_key
from annotate.parse_spans import nickname_at

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})

# Nouns a city name may own without standing for its government ("Moscow's mayor").
_CITY_NOUNS = frozenset(
    {
        "mayor",
        "resident",
        "street",
        "airport",
        "metro",
        "outskirt",
        "suburb",
        "centre",
        "center",
        "district",
        "population",
        "skyline",
        "region",
        "oblast",
        "port",
        "station",
        "hospital",
        "university",
        "court",
        "police",
        "council",
    }
)
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "'s", "’s", "&"})


def _person_span(ent: Span) -> Span | None:
    """A PERSON entity without article, honorific, title or possessive marker."""
    span = strip_det(ent)
    titles = word_set("titles") | set(actor_words()["honorifics"])
    start = span.start  # after the last title: "Kripos prosecutor Terje Michelsen"
    for i in range(span.start, span.end - 1):
        if span.doc[i].lower_ in titles and span.doc[i + 1].is_title:
            start = i + 1
    span = span.doc[start : span.end]
    if not len(span) or not any(t.is_title or t.is_upper for t in span):
        return None
    if any(t.pos_ == "PRON" for t in span):
        return None
    return span


def find_named(drafts: Drafts, sources: Sequence[tuple[int, int]] = ()) -> None:
    """Add a draft for every named person, organisation, country, place and
    group: the NER's entities, and the names that cues give as their sources
    where the NER saw none ("Governor Ramesh Iyengar said", "the DA said")."""
    doc = drafts.doc
    pieces = [
        (piece, ent.label_)
        for ent in doc.ents
        if ent.label_ in LABELS and not drafts.in_title(ent)
        for piece in name_pieces(_past_nickname(ent), ent.label_)
    ]
    pieces = _whole_words(pieces)
    pieces = _whole_words(pieces + _source_names(drafts, sources, pieces))
    kinds = _kinds_from_context(pieces)
    persons: list[Span] = []
    others: list[tuple[Span, str]] = []
    for span, label in pieces:
        label = kinds.get(name_key(span.text), label)
        if label == "WORK":
            continue
        if label == "PERSON":
            person = _person_span(span)
            if person is None:
                continue
            if country_of(person.text) or name_key(person.text) in capitals():
                others.append((person, "GPE"))  # NER sometimes calls a place a person
            else:
                persons.append(person)
        else:
            others.append((strip_det(span), label))
    surnames = _cluster_persons(drafts, persons)
    given = _given_names(surnames)
    pending: list[tuple[Span, Draft]] = []
    for span, label in others:
        person = _as_person(span, surnames, given)
        if person is not None:
            drafts.add(person, span, proper=True)
        elif label == "GPE":
            _add_gpe(drafts, span)
        elif label == "ORG" or (label == "FAC" and name_key(span.text) in seats_of_government()):
            _add_org(drafts, span, pending)
        elif label == "LOC":
            drafts.add(drafts.get(span.text, "place"), span, proper=True)
        elif label == "NORP" and _organization_called_norp(span):
            _add_org(drafts, span, pending)  # "Northwind Coastal Renewables"
        elif label == "NORP":
            _add_group(drafts, span)
    for span, org in pending:
        _add_possessor(drafts, span, org)
    _stray_surnames(drafts, surnames)
    _merge_acronyms(drafts)


def capitalised(token: Token) -> bool:
    """A word written as a name: "Iyengar", "DA" (not "U.S.")."""
    return token.is_title or (token.is_upper and token.is_alpha and len(token) > 1)


_JOINERS = frozenset({"of", "and", "for", "&", "on", "the"})


def _joins(doc: Doc, i: int) -> bool:
    """Token `i` can stand inside a name: a capitalised word, a joining word,
    or a hyphen with no space around it ("Tremblay-Roy")."""
    token = doc[i]
    if capitalised(token) or token.lower_ in _JOINERS:
        return True
    return token.text in _HYPHENS and not token.whitespace_ and not doc[i - 1].whitespace_


_HYPHENS = frozenset("-‐‑")


def name_around(doc: Doc, root: Token) -> Span:
    """The run of capitalised words (joined by "of", "and", a hyphen …) around `root`."""
    start = end = root.i
    while start > 0 and _joins(doc, start - 1):
        start -= 1
    while end + 1 < len(doc) and _joins(doc, end + 1):
        end += 1
    while start < root.i and not capitalised(doc[start]):
        start += 1
    while end > root.i and not capitalised(doc[end]):
        end -= 1
    return doc[start : end + 1]


def _past_nickname(ent: Span) -> Span:
    """A name the NER ended at or inside a quoted nickname ("Mark “Tubs”"),
    carried on to the surname after it."""
    doc, end = ent.doc, ent.end
    for i in range(max(ent.start + 1, end - _NICKNAME_REACH), min(end + 1, len(doc))):
        closing = nickname_at(doc, i)
        if closing is not None and closing + 1 >= end:
            return doc[ent.start : closing + 2]
    return ent


_NICKNAME_REACH = 5  # tokens of a quoted nickname and its marks


def _whole_words(pieces: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Names carried over a hyphen the NER cut at ("Hélène Tremblay" + "-Roy");
    a piece inside another is dropped."""
    grown = []
    for span, label in pieces:
        doc, start, end = span.doc, span.start, span.end
        while end + 1 < len(doc) and _joins(doc, end) and doc[end].text in _HYPHENS:
            if not capitalised(doc[end + 1]):
                break
            end += 2
        while start > 1 and doc[start - 1].text in _HYPHENS and _joins(doc, start - 1):
            if not capitalised(doc[start - 2]):
                break
            start -= 2
        if label == "ORG":
            end = _org_name_end(doc, start, end)
        if label == "PERSON":
            start = _forenames_before(doc, start, end)
        grown.append((doc[start:end], label))
    inside: set[int] = set()  # pieces within a longer one, by one sweep in order of start
    max_end, max_bounds = -1, (-1, -1)
    for k in sorted(range(len(grown)), key=lambda k: (grown[k][0].start, -grown[k][0].end)):
        span = grown[k][0]
        if span.end <= max_end and max_bounds != (span.start, span.end):
            inside.add(k)
        elif span.end > max_end:
            max_end, max_bounds = span.end, (span.start, span.end)
    return [piece for k, piece in enumerate(grown) if k not in inside]


# Organisations named for the place they serve: "Bank of England", "University of Ghana".
_OWNED_BY_PLACE = frozenset(
    "bank ministry department university government office council court police service "
    "authority agency commission army navy embassy parliament assembly".split()
)
_NAME_LINKS = frozenset({"of", "for", "into", "on", "and", "&", "the", ","})
_ORG_PREPS = frozenset({"of", "for", "into", "on"})


def _org_name_end(doc: Doc, start: int, end: int) -> int:
    """The end of an organisation's name the NER cut short: carried over a
    preposition and over the portfolios listed in it ("Public Inquiry into
    Foreign Interference", "Department of Climate, Energy and the
    Environment"), as far as the parse joins capitalised words to it."""
    last = end - 1
    grown = end
    for token in doc[start:end]:
        for child in token.rights:
            if child.i < end:
                continue
            if child.dep_ == "prep" and child.lower_ in _ORG_PREPS and child.i == grown:
                grown = max(grown, child.right_edge.i + 1)
            elif child.dep_ == "conj" and token.i == last:
                grown = max(grown, child.right_edge.i + 1)
    if grown == end and end + 1 < len(doc) and doc[end].lower_ in _ORG_PREPS:
        grown = end + 1  # the parser hung "into …" elsewhere: its capitalised words
        while grown < len(doc) and capitalised(doc[grown]) and doc[grown].pos_ == "PROPN":
            grown += 1
        if grown == end + 1:
            return end
    if grown == end:
        return end
    words = doc[end:grown]
    if not all(capitalised(t) or t.lower_ in _NAME_LINKS for t in words):
        return end
    of_place = doc[end].lower_ == "of" and doc[end - 1].lemma_.lower() in _OWNED_BY_PLACE
    excluded = ("DATE", "TIME", "PERSON") if of_place else ("DATE", "TIME", "GPE", "PERSON")
    if any(t.ent_type_ in excluded for t in words):
        return end  # "the Senate on Tuesday"; but "the Reserve Bank of Kenya"
    if not capitalised(doc[grown - 1]):
        return end
    return grown


def _forenames_before(doc: Doc, start: int, end: int) -> int:
    """ "Cllr Aoife Byrne" where the NER saw only "Byrne": the one capitalised
    word the parser joins to a lone surname, when a title, a mark or the
    start of the text stands before it."""
    if end - start != 1 or start < 1:
        return start
    stop = word_set("titles") | set(actor_words()["honorifics"])
    before = doc[start - 1]
    if before.pos_ != "PROPN" or not before.is_title or before.lower_ in stop:
        return start
    if before.dep_ != "compound" or before.head.i != start or before.ent_type_:
        return start
    if before.text.endswith(".") or demonym_of(before.text) or party_of(before.text):
        return start
    if start - 1 == 0:
        return start - 1
    opener = doc[start - 2]
    if opener.lower_ in stop or opener.is_punct or opener.tag_ == "POS" or opener.is_space:
        return start - 1
    return start


def _source_names(
    drafts: Drafts, sources: Sequence[tuple[int, int]], pieces: list[tuple[Span, str]]
) -> list[tuple[Span, str]]:
    """Names the NER missed that a cue gives as its source (or in apposition
    to it), as organisations unless their context says otherwise ("Governor
    Ramesh Iyengar": a person)."""
    doc = drafts.doc
    covered = {i for piece, _ in pieces for i in range(piece.start, piece.end)}
    titles = word_set("titles")
    found: list[tuple[Span, str]] = []
    for start, end in sources:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.pos_ != "PROPN" or root.lower_ in titles:
            # "The developer, Atlantic Breeze Renewables, said", "The Minister
            # for Health, Anna Lee, said": the name in apposition
            root = next((c for c in root.children if c.dep_ == "appos"), root)
        if root.lower_ in titles:
            continue
        if root.i in covered or root.pos_ != "PROPN" or not capitalised(root):
            continue
        if drafts.quoted[root.i]:
            continue
        name = name_around(doc, root)
        taken = [i for i in range(name.start, root.i) if i in covered]
        if taken:  # "United Auto Workers Secretary-Treasurer Gary Casteel"
            name = doc[max(taken) + 1 : name.end]
        covered.update(range(name.start, name.end))
        if demonym_of(name.text) is None:
            found += [(piece, "ORG") for piece in name_pieces(name, "ORG")]
    return found


_LABEL_OF_KIND = {"person": "PERSON", "organization": "ORG", "place": "LOC", "work": "WORK"}


def _kinds_from_context(pieces: list[tuple[Span, str]]) -> dict[str, str]:
    """Name key -> one NER label for all its mentions: the kind their context
    gives (most mentions win), else the label the NER gave most often (a
    person's on a tie). Countries, capitals, seats of government and
    nationalities keep theirs."""
    votes: dict[str, Counter[str]] = {}
    labels: dict[str, Counter[str]] = {}
    for span, label in pieces:
        key = name_key(span.text)
        if label == "NORP" or country_of(span.text) or key in capitals():
            continue
        if key in seats_of_government():
            continue  # "in the Kremlin" is still the Kremlin
        labels.setdefault(key, Counter())[label] += 1
        kind = context_kind(span, label)
        if kind is not None:
            votes.setdefault(key, Counter())[kind] += 1
    decided = {}
    for key, counts in labels.items():
        if key in votes:
            decided[key] = _LABEL_OF_KIND[votes[key].most_common(1)[0][0]]
        elif len(counts) > 1:
            top = max(counts.values())
            decided[key] = "PERSON" if counts["PERSON"] == top else counts.most_common(1)[0][0]
    return decided


_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def name_words(text: str) -> list[str]:
    """A person's name as compared: folded words, without "Jr." or "II"."""
    words = name_key(text).split()
    while len(words) > 1 and words[-1].strip(",") in _SUFFIXES:
        words.pop()
    return words


def _cluster_persons(drafts: Drafts, persons: list[Span]) -> dict[str, list[Draft]]:
    """One draft per person: a shorter name joins the longer one it is part of,
    a lone surname the latest person of that surname before it, a lone given
    or family-first name ("Hillary", "Ban") the one full name it starts."""
    clusters: list[tuple[list[str], Draft]] = []
    for span in sorted(persons, key=lambda s: -len(name_words(s.text))):
        words = name_words(span.text)
        if len(words) > 1 and not any(_part_of(words, full) for full, _ in clusters):
            clusters.append((words, drafts.get(span.text, "person")))
    surnames: dict[str, list[Draft]] = {}
    for full, draft in clusters:
        surnames.setdefault(full[-1], []).append(draft)
    for span in sorted(persons, key=lambda s: s.start):
        words = name_words(span.text)
        if len(words) > 1:
            draft = next(d for full, d in clusters if _part_of(words, full))
        else:
            draft = _latest(drafts, surnames.get(words[0], []), span.start)
            if draft is None:
                starts = [d for full, d in clusters if full[0] == words[0]]
                draft = starts[0] if len(starts) == 1 else None
            if draft is None:
                draft = drafts.get(span.text, "person")
                surnames.setdefault(words[0], []).append(draft)
        drafts.add(draft, span, proper=True)
    return surnames


def _part_of(words: list[str], full: list[str]) -> bool:
    """ "Cavo Dragone" is part of "Giuseppe Cavo Dragone": same surname, no new word."""
    return words[-1] == full[-1] and set(words) <= set(full)


def _latest(drafts: Drafts, candidates: list[Draft], before: int) -> Draft | None:
    """The candidate mentioned most recently before token `before` (else the first)."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]

    def last(d: Draft) -> int:
        return max((i for i in d.tokens if i < before), default=-1)

    return max(candidates, key=last)


def _as_person(
    span: Span, surnames: dict[str, list[Draft]], given: dict[str, list[Draft]]
) -> Draft | None:
    """A known person's surname or full name under another label ("Trump" as ORG)."""
    words = name_words(span.text)
    if len(words) == 1:
        found = _latest_for(span, surnames.get(words[0], []))
        if found is None:  # a given name alone ("Melania") of one full name
            starts = given.get(words[0], [])
            found = starts[0] if len(starts) == 1 else None
        return found
    for draft in surnames.get(words[-1], []):
        if any(name_words(n) == words for n in draft.proper):
            return draft
    return None


def _given_names(surnames: dict[str, list[Draft]]) -> dict[str, list[Draft]]:
    """First word of a full name -> the people whose full name it starts."""
    people = {id(d): d for ds in surnames.values() for d in ds}.values()
    table: dict[str, list[Draft]] = {}
    for draft in people:
        for first in {w[0] for n in draft.proper if len(w := name_words(n)) > 1}:
            table.setdefault(first, []).append(draft)
    return table


def _latest_for(span: Span, candidates: list[Draft]) -> Draft | None:
    if not candidates:
        return None
    return max(candidates, key=lambda d: max((i for i in d.tokens if i < span.start), default=-1))


def _add_gpe(drafts: Drafts, span: Span) -> None:
    head = span.root
    capital = capitals().get(name_key(span.text))
    speaking = (
        head.dep_ in ("nsubj", "nsubjpass")
        or (head.dep_ == "poss" and head.head.lemma_.lower() not in _CITY_NOUNS)
        or (head.dep_ == "pobj" and head.head.dep_ == "agent")
    )
    if capital and speaking:
        name, kind = capital
        drafts.add(drafts.get(name, kind), span, proper=True)
        return
    if name_key(span.text) in seats_of_government():
        _add_org(drafts, span, [])
        return
    country = country_of(span.text)
    if country is None and demonym_of(span.text):
        return  # "Ukrainian" alone: an adjective, not a place
    draft = drafts.get(country, "country") if country else drafts.get(span.text, "place")
    drafts.add(draft, span, proper=True)


def _add_org(drafts: Drafts, span: Span, pending: list[tuple[Span, Draft]]) -> None:
    """An organisation; "X's Y" keeps X as its affiliation, "Russian Y" its
    country; "the Prosecutor General's Office" stays whole (its "owner" is a
    title, not an actor)."""
    titles = word_set("titles")
    marks = [
        t
        for t in span
        if t.tag_ == "POS" and not all(w.lower_ in titles for w in span[: t.i - span.start])
    ]
    own = span.doc[marks[-1].i + 1 : span.end] if marks else span
    if not len(own):
        return
    country = country_of(span.text)
    if country:  # an ORG label on a country name
        drafts.add(drafts.get(country, "country"), span, proper=True)
        return
    places = _places_named(span)
    if places:  # "Minsk", "Copenhagen and Oslo": an ORG label on cities
        for place in places:
            _add_gpe(drafts, place)
        return
    party = party_of(own.text)
    if party:  # "GOP", "the Republican Party": one party under its names
        drafts.add(drafts.get(party, "organization"), span, proper=False)
        return
    draft = drafts.get(own.text, "organization")
    drafts.add(draft, span, proper=True)
    seat = seats_of_government().get(name_key(own.text))
    if seat and draft.affiliation is None:
        draft.affiliation = drafts.get(seat, "country")
    if marks:
        pending.append((span.doc[span.start : marks[-1].i], draft))
    elif len(span) > 2 and draft.affiliation is None and span[-2].lower_ == "of":
        country = country_of(span[-1].text)  # "the Reserve Bank of Kenya"
        if country:
            draft.affiliation = drafts.get(country, "country")
            drafts.add(draft.affiliation, span[-1:], proper=True)
    elif len(span) > 1 and draft.affiliation is None:
        first = span[0].text  # "Russian Foreign Ministry", "U.S. Treasury": a mention too
        party = party_of(first)  # "Democratic National Committee"
        owner = (party, "organization") if party else demonym_of(first)
        country = country_of(first)
        if owner or country:
            draft.affiliation = drafts.get(*owner) if owner else drafts.get(country, "country")
            drafts.add(draft.affiliation, span[0:1], proper=not owner)


def _places_named(span: Span) -> list[Span]:
    """The capitals an ORG-labelled name is made of ("Minsk", "Copenhagen
    and Oslo"), each on its own; none when any part is not a capital."""
    parts: list[Span] = []
    start = span.start
    for token in [*span, None]:
        if token is None or token.lower_ in ("and", "&", ","):
            end = token.i if token is not None else span.end
            part = span.doc[start:end]
            if not len(part) or name_key(part.text) not in capitals():
                return []
            parts.append(part)
            start = end + 1
    return parts


def _add_possessor(drafts: Drafts, span: Span, org: Draft) -> None:
    """The "X" of an organisation named "X's Y": a mention of X, and Y's owner."""
    if not len(span):
        return
    country = country_of(span.text)
    if country:
        owner = drafts.get(country, "country")
    else:
        key = name_key(span.text)
        owner = next(
            (d for d in drafts.items if d is not org and key in map(name_key, d.names)),
            None,
        ) or drafts.get(span.text, "organization")
    drafts.add(owner, span, proper=True)
    if org.affiliation is None and owner is not org:
        org.affiliation = owner


def _organization_called_norp(span: Span) -> bool:
    """A name of several capitalised words that the NER called a nationality
    but that names no nationality, religion or party: an organisation."""
    if len(span) < 2 or span.root.tag_ in ("NNPS", "NNS") or not span.root.is_title:
        return False
    if demonym_of(span.text) or party_of(span.text) or country_of(span.text):
        return False
    return all(t.is_title for t in span) and not any(demonym_of(t.text) for t in span)


def _add_group(drafts: Drafts, span: Span) -> None:
    """A nationality used as a noun ("the Russians") is a group of that country."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN") or head.tag_ not in ("NNS", "NNPS"):
        return
    if head.dep_ in ("amod", "compound", "nmod", "npadvmod"):
        return
    draft = drafts.get(span.text, "group")
    drafts.add(draft, span, proper=True)
    party = party_of(span.text)  # "the Republicans": the party's people
    owner = (party, "organization") if party else demonym_of(span.text)
    if owner and draft.affiliation is None:
        draft.affiliation = drafts.get(*owner)


def _stray_surnames(drafts: Drafts, surnames: dict[str, list[Draft]]) -> None:
    """A known surname the NER missed entirely is still that person."""
    spellings = set(surnames) | {s.replace("'", "’") for s in surnames}
    _stray_hyphenated(drafts, surnames)
    for token in tokens_among(drafts.doc, spellings):
        if token.i in drafts.by_token or token.ent_type_ or not token.is_title:
            continue
        # A PROPN, or a subject the tagger took for a plural noun ("Wines believes")
        if token.pos_ != "PROPN" and not (token.pos_ == "NOUN" and token.dep_ == "nsubj"):
            continue
        key = name_key(token.text)
        if token.dep_ == "compound" or key not in surnames:
            continue
        draft = _latest_for(drafts.doc[token.i : token.i + 1], surnames[key])
        if draft is not None:
            drafts.add(draft, drafts.doc[token.i : token.i + 1], proper=True)


def _stray_hyphenated(drafts: Drafts, surnames: dict[str, list[Draft]]) -> None:
    """ "Tremblay-Roy ended the report": a hyphenated surname, three tokens,
    that the NER missed."""
    doc = drafts.doc
    for surname, candidates in surnames.items():
        parts = surname.split("-")
        if len(parts) != 2 or not all(parts):
            continue
        for token in tokens_among(doc, {parts[0]}):
            i = token.i
            if i + 2 >= len(doc) or doc[i + 1].text not in _HYPHENS:
                continue
            if name_key(doc[i + 2].text) != parts[1] or doc[i + 1].whitespace_:
                continue
            if any(j in drafts.by_token for j in (i, i + 2)) or not token.is_title:
                continue
            span = doc[i : i + 3]
            draft = _latest_for(span, candidates)
            if draft is not None:
                drafts.add(draft, span, proper=True)


def _merge_acronyms(drafts: Drafts) -> None:
    """An all-capitals organisation name that spells another's initials is that one."""
    orgs = [d for d in drafts.items if d.kind == "organization"]
    for short in orgs:
        acronym = short.name.replace(".", "")
        if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 8):
            continue
        for long in orgs:
            if long is short or long not in drafts.items:
                continue
            words = long.name.replace("-", " ").split()
            words = [w for w in words if w.lower() not in _SMALL_WORDS]
            if len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym:
                drafts.merge(long, short)
                break
