"""Roles and affiliations from titles and appositions, and title mentions.

"Foreign Ministry spokeswoman Maria Zakharova" (a title before the name),
"Giuseppe Cavo Dragone, chair of NATO's Military Committee" (an apposition
after it) and "Russia's ambassador to Belgium, Denis Gonchar" (the name in
apposition to the title) all give a role; the actor named inside the role
("NATO", "Russia", the "Foreign Ministry") is the affiliation. A later "the
ambassador" is then a mention of the person whose role has that head noun.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from annotate.actor_affiliations import affiliation_in, named_elsewhere, party_draft
from annotate.actor_drafts import Draft, Drafts, tokens_among
from annotate.lexicons import (
    actor_words,
    country_of,
    demonym_of,
    forename_gender,
    party_of,
    party_of_letter,
    title_word,
    word_set,
)
from annotate.parse_spans import span_text

# Clauses and lists that end a role phrase rather than belong to it.
_ROLE_STOP = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis"})
# "In Moscow's response, ... spokeswoman X said": the possessor frames the speaker.
_FRAME_NOUNS = frozenset(
    {
        "response",
        "reaction",
        "view",
        "statement",
        "reply",
        "comment",
        "words",
        "opinion",
        "assessment",
        "position",
        "answer",
        "rebuttal",
        "retort",
        "briefing",
        "announcement",
    }
)
_MAX_ROLE = 14  # tokens; longer "appositions" are usually mis-parses


_LIST = frozenset({"cc", "conj"})


def collect(token: Token, skip: Iterable[str], inner_lists: bool = False) -> list[Token]:
    """The token's subtree without the children (and their subtrees) in `skip`;
    with `inner_lists`, lists below the top keep their "and" and conjuncts
    ("adviser for housing and transport")."""
    skip = frozenset(skip)
    out, stack = [], [token]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(
            c
            for c in node.children
            if c.dep_ not in skip or (inner_lists and node is not token and c.dep_ in _LIST)
        )
    return sorted(out, key=lambda t: t.i)


def whole_names(drafts: Drafts, tokens: list[Token]) -> list[Token]:
    """A phrase that ends inside a name carried on to the name's end ("chair
    of the Department of Climate, Energy and the Environment": the parser
    hangs the rest of the name as a list, which a phrase stops at)."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    last = tokens[-1].i
    draft = drafts.by_token.get(last)
    if draft is None:
        return tokens
    end = last
    while end + 1 < len(doc) and drafts.by_token.get(end + 1) is draft:
        end += 1
    return tokens + list(doc[last + 1 : end + 1])


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("the", "a", "an")):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text


def find_roles(drafts: Drafts) -> None:
    """Fill role and affiliation of named people from titles and appositions."""
    for draft in [d for d in drafts.items if d.kind == "person" and not d.unnamed]:
        for index in list(draft.tokens):
            if draft.role is None:
                _role_at(drafts, draft, drafts.doc[index])
            _gender_from_title(draft, drafts.doc[index])
        _party_label(drafts, draft)
        if draft.gender is None and draft.proper:
            fullest = max(draft.proper, key=lambda n: len(n.split()))
            draft.gender = forename_gender(fullest.split()[0])
    _framing(drafts)


def _party_label(drafts: Drafts, draft: Draft) -> None:
    """ "Roy Cooper (D)", "Mitch McConnell (R-Ky.)": the party in brackets."""
    doc = drafts.doc
    for start, end in sorted(draft.mentions):
        if (start, end) in draft.pronouns:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        i = span.end if span is not None else len(doc)
        if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text not in (")", "-", "–"):
            continue
        letter = doc[i + 1]
        party = party_of_letter(letter.text) if letter.text.isupper() else None
        if party is not None:
            owner = drafts.get(party, "organization")
            drafts.add(owner, doc[letter.i : letter.i + 1], alias=False)
            if draft.affiliation is None:
                draft.affiliation = owner
            return


def _name_start(drafts: Drafts, draft: Draft, head: Token) -> int:
    """The first token of the name whose head is `head`."""
    start = head.i
    doc = head.doc
    while (
        start > 0
        and drafts.by_token.get(start - 1) is draft
        and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text in ("-", "‐", "‑"))
    ):
        start -= 1  # "Hélène Tremblay-Roy"
    return start


def _role_at(drafts: Drafts, draft: Draft, head: Token) -> None:
    """A role from the title before the name, an apposition after it, or the
    title the name stands in apposition to; an apposition is preferred, being
    the fuller description ("Admiral ..., chair of NATO's Military Committee")."""
    doc = drafts.doc
    start = _name_start(drafts, draft, head)
    honorifics = set(actor_words()["honorifics"])
    titles = word_set("titles")
    found: list[tuple[list[Token], Token, list[Token]]] = []
    for child in head.children:  # "Dragone, chair of NATO's Military Committee"
        if child.dep_ != "appos" or child.i in drafts.by_token:
            continue
        label = child.is_upper and len(child.text) <= 2 and party_of_letter(child.text)
        if doc[child.i - 1].text == "(" or label:
            continue  # "Roy Cooper (D)": a party label, not a role
        if child.pos_ in ("NOUN", "PROPN"):
            poss = [c for c in child.children if c.dep_ == "poss"]
            words = _trim(collect(child, _ROLE_STOP | {"poss"}, inner_lists=True))
            words = whole_names(drafts, words)
            if 0 < len(words) <= _MAX_ROLE:
                found.append((words, child, poss))
                break
    title = head.head  # "Russia's ambassador to Belgium, Denis Gonchar"
    is_title = title.pos_ == "NOUN" or (title.pos_ == "PROPN" and title.lower_ in titles)
    if head.dep_ == "appos" and is_title and title.i not in drafts.by_token:
        poss = [c for c in title.children if c.dep_ == "poss"]
        words = _trim(collect(title, _ROLE_STOP | {"poss"}, inner_lists=True))
        words = whole_names(drafts, words)
        if 0 < len(words) <= _MAX_ROLE:
            found.append((words, title, poss))
            drafts.by_token[title.i] = draft  # "the ambassador ..., X, said": the title speaks
            draft.tokens.append(title.i)
    left = list(doc[head.left_edge.i : start])  # "Foreign Ministry spokeswoman Maria Zakharova"
    if left and all(t.pos_ not in ("VERB", "AUX", "PUNCT") or t.text in "-." for t in left):
        poss = [c for c in head.children if c.dep_ == "poss" and c.i < start]
        owned = {t.i for p in poss for t in p.subtree}
        words = _trim([t for t in left if t.i not in owned and t.lower_ not in honorifics])
        _agency_before_title(drafts, words, titles)
        nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.i not in drafts.by_token]
        if nouns and any(t.lower_ in titles or t.pos_ == "NOUN" for t in words):
            found.append((words, nouns[-1], poss))
    if not found:
        return
    for words, title_head, poss in found:
        draft.role_heads.add(title_word(title_head.lemma_))
        if draft.affiliation is None:
            draft.affiliation = affiliation_in(drafts, draft, words, poss)
    draft.role = _role_text(drafts, draft, found[0][0])


def _role_text(drafts: Drafts, draft: Draft, words: list[Token]) -> str:
    """The role without the actor that leads it ("Kremlin spokesman" ->
    "spokesman": the Kremlin is the affiliation), abbreviations in full."""

    def other(token: Token) -> bool:
        return drafts.by_token.get(token.i, draft) is not draft

    while len(words) > 1 and (other(words[0]) or words[0].tag_ == "POS"):
        words = words[1:]
    if len(words) == 1:
        return title_word(words[0].text) if words[0].text.endswith(".") else words[0].text
    return _text(words)


def _agency_before_title(drafts: Drafts, words: list[Token], titles: frozenset[str]) -> None:
    """ "Kripos prosecutor": capitalised words nobody named, right before a
    title word, are the organisation the title belongs to."""
    run: list[Token] = []
    for token in words:
        if token.lower_ in titles and not token.is_title and run:
            break
        proper = token.is_title or (token.is_upper and len(token) > 1)
        if proper and token.is_sent_start and token.pos_ == "ADJ":
            proper = False  # "Political analyst X": a capital only because it opens the sentence
        if proper and token.i not in drafts.by_token:
            if demonym_of(token.text) or party_of(token.text) or country_of(token.text):
                return
            run.append(token)
        else:
            run = []
    else:
        return
    span = drafts.doc[run[0].i : run[-1].i + 1]
    drafts.add(drafts.get(span_text(span), "organization"), span, proper=True)


def _gender_from_title(draft: Draft, head: Token) -> None:
    if draft.gender:
        return
    feminine, masculine = word_set("feminine"), word_set("masculine")
    words = [t.lower_ for t in head.doc[head.left_edge.i : head.i]]
    words += (draft.role or "").lower().split()
    if any(w in feminine for w in words):
        draft.gender = "f"
    elif any(w in masculine for w in words):
        draft.gender = "m"


def _framing(drafts: Drafts) -> None:
    """ "In Moscow's response, Foreign Ministry spokeswoman X said": X (and X's
    unaffiliated ministry) speak for the possessor of the framing noun."""
    for draft in [d for d in drafts.items if d.kind == "person"]:
        for index in draft.tokens:
            token = drafts.doc[index]
            if token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            for prep in token.head.children:
                if prep.dep_ != "prep" or prep.lower_ != "in":
                    continue
                for noun in prep.children:
                    if noun.dep_ != "pobj" or noun.lemma_.lower() not in _FRAME_NOUNS:
                        continue
                    owner = next(
                        (
                            drafts.by_token.get(c.i)
                            for c in noun.children
                            if c.dep_ == "poss" and c.i in drafts.by_token
                        ),
                        None,
                    )
                    if owner is None or owner.kind not in ("country", "organization"):
                        continue
                    if draft.affiliation is None:
                        draft.affiliation = owner
                    elif (
                        draft.affiliation.kind == "organization"
                        and draft.affiliation.affiliation is None
                        and draft.affiliation is not owner
                    ):
                        draft.affiliation.affiliation = owner


# Words that make a different office of the same title ("prime minister").
_QUALIFIERS = frozenset(
    "prime foreign defence defense interior finance deputy vice chief first assistant "
    "shadow junior".split()
)
# Of those, the ones that name someone else than the bare title does: "the
# chancellor" is not the shadow chancellor, "the president" not the vice president.
_OTHER_OFFICE = frozenset("deputy vice assistant shadow junior former acting".split())


def find_title_mentions(drafts: Drafts) -> None:
    """ "the ambassador": the person last named with a role of that head noun."""
    doc = drafts.doc
    people = [d for d in drafts.items if d.kind == "person" and d.role_heads]
    if not people:
        return
    heads = {h for d in people for h in d.role_heads}
    for token in tokens_among(doc, heads | {h + "s" for h in heads}):
        if drafts.quoted[token.i] or token.i in drafts.by_token:
            continue
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        det = [c for c in token.children if c.dep_ == "det" and c.lower_ == "the"]
        if not det or any(c.dep_ in ("appos", "poss") for c in token.children):
            continue
        lemma = title_word(token.lemma_)
        for c in token.children:  # "the Labour MP": a party the NER missed here
            if c.dep_ == "compound" and c.i not in drafts.by_token:
                party_draft(drafts, c) or named_elsewhere(drafts, c)
        named = [c for c in token.children if c.i in drafts.by_token]
        best, best_at = None, -1
        qualifiers = {c.lower_ for c in token.children if c.lower_ in _QUALIFIERS}
        for draft in people:
            if lemma not in draft.role_heads:
                continue
            role = set((draft.role or "").lower().split())
            if not qualifiers <= role or (role & _OTHER_OFFICE) - qualifiers:
                continue  # "the prime minister" is not the housing minister
            if any(drafts.by_token[c.i] not in (draft, draft.affiliation) for c in named):
                continue
            last = max((i for i in draft.tokens if i < token.i), default=-1)
            if last > best_at:
                best, best_at = draft, last
        if best is not None:
            drafts.add(best, doc[det[0].i : token.i + 1], head=token)
