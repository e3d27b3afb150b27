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

from annotate.actor_drafts import HYPHENS, Draft, Drafts, strip_det, without_model
from annotate.actor_kinds import context_kind, name_pieces
from annotate.actor_orgs import (
    add_gpe,
    add_group,
    add_org,
    add_possessor,
    merge_acronyms,
    organization_called_norp,
)
from annotate.actor_persons import (
    as_person,
    cluster_persons,
    given_names,
    person_span,
    stray_surnames,
)
from annotate.lexicons import (
    actor_words,
    capitals,
    country_of,
    demonym_of,
    known_organizations,
    party_of,
    seats_of_government,
    word_set,
)
from annotate.names import name_key
from annotate.parse_spans import nickname_at, span_text

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


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
        label = kinds.get(name_key(span_text(span)), label)
        if label == "WORK":
            continue
        if label == "PERSON":
            person = person_span(span)
            if person is None:
                continue
            if country_of(span_text(person)) or name_key(span_text(person)) in capitals():
                others.append((person, "GPE"))  # NER sometimes calls a place a person
            else:
                persons.append(person)
        else:
            others.append((without_model(strip_det(span)), label))
    surnames = cluster_persons(drafts, persons)
    given = given_names(surnames)
    pending: list[tuple[Span, Draft]] = []
    for span, label in others:
        person = as_person(span, surnames, given)
        if person is not None:
            drafts.add(person, span, proper=True)
        elif label == "GPE":
            add_gpe(drafts, span)
        elif label == "ORG" or (
            label == "FAC" and name_key(span_text(span)) in seats_of_government()
        ):
            add_org(drafts, span, pending)
        elif label == "LOC":
            drafts.add(drafts.get(span_text(span), "place"), span, proper=True)
        elif label == "NORP" and organization_called_norp(span):
            add_org(drafts, span, pending)  # "Northwind Coastal Renewables"
        elif label == "NORP":
            add_group(drafts, span)
    for span, org in pending:
        add_possessor(drafts, span, org)
    stray_surnames(drafts, surnames)
    merge_acronyms(drafts)


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
    return token.text in HYPHENS and not token.whitespace_ and not doc[i - 1].whitespace_


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
        while end + 1 < len(doc) and _joins(doc, end) and doc[end].text in HYPHENS:
            if not capitalised(doc[end + 1]):
                break
            end += 2
        while start > 1 and doc[start - 1].text in HYPHENS and _joins(doc, start - 1):
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
        if demonym_of(span_text(name)) is None:
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
        key = name_key(span_text(span))
        if label == "NORP" or country_of(span_text(span)) or key in capitals():
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
    _surnames_with_honorific(pieces, labels, decided)
    return decided


def _surnames_with_honorific(
    pieces: list[tuple[Span, str]], labels: dict[str, Counter[str]], decided: dict[str, str]
) -> None:
    """ "Agnes MacLeod has stopped …" (taken for an organisation) and later
    "Mrs MacLeod": a two-word name ending in a surname the text gives with an
    honorific is that person."""
    honorifics = set(actor_words()["honorifics"])
    surnames = set()
    for span, _ in pieces:
        before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
        if before in honorifics or (len(span) == 2 and span[0].lower_ in honorifics):
            surnames.add(span[-1].lower_)
    if not surnames:
        return
    for key, counts in labels.items():
        words = key.split()
        label = decided.get(key) or counts.most_common(1)[0][0]
        if label in ("ORG", "GPE", "LOC") and len(words) == 2 and words[1] in surnames:
            if key not in known_organizations():
                decided[key] = "PERSON"
