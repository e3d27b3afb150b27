"""Written sources: a report, statement or note that speaks for whoever wrote it.

"A joint statement from the two agencies said", "a note released by the
bureau", "the ministry's report", "the final report of the inquiry": the
author the phrase names is the speaker. A later "the note said" or
"according to the report" is the author of the last note or report named
before. A document whose author the text never gives is an actor of its own,
an organisation (it speaks for the unnamed body that issued it): "a leaked
memo said" is the actor "leaked memo". The document's words are mentions of
the author but not its aliases ("the report" is not a name of the inquiry).

"It said", when "it" speaks, is the organisation (or written source) that
spoke or was named as a subject last, in the same or the sentence before.
"""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Token

from annotate.actor_drafts import Draft, Drafts, is_subject, sentence_numbers
from annotate.actor_refs import add_unnamed, description
from annotate.lexicons import word_set

# Prepositions and participles that give a document's author.
_AUTHOR_PREPS = frozenset({"by", "from", "of"})
# Verbs whose subject wrote the document they take as object.
_ISSUING = frozenset(
    "issue release publish write sign file table present send post circulate draft "
    "prepare submit produce".split()
)
_SPEAKING_KINDS = frozenset({"person", "organization", "country", "group"})
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})


def written_sources(drafts: Drafts, sources: list[tuple[int, int]]) -> None:
    """Each source that is a document becomes a mention of its author (given
    in its phrase or at the same document named before), else of itself."""
    doc = drafts.doc
    documents = word_set("document_nouns")
    wanted = {doc.vocab.strings.add(w) for w in documents}
    lemmas = doc.to_array([LEMMA]).tolist()
    spans = {}
    for start, end in sources:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            spans.setdefault(span.root.i, span)
    latest: dict[str, Draft] = {}  # document lemma -> who spoke through the last one
    for i in (i for i, h in enumerate(lemmas) if h in wanted):
        token = doc[i]
        if token.pos_ != "NOUN" or drafts.quoted[i]:
            continue
        lemma = token.lemma_.lower()
        author = _author(drafts, token)
        span = spans.get(i)
        if span is None:
            if author is not None:
                latest[lemma] = author
            continue
        own = drafts.by_token.get(i)
        if own is not None and not own.unnamed:
            latest[lemma] = own
            continue
        if author is None and _definite(token):
            author = latest.get(lemma)
        if author is None:
            author = add_unnamed(drafts, span, token, "organization")
        else:
            drafts.add(author, span, head=token, alias=False)
        latest[lemma] = author


def _definite(token: Token) -> bool:
    """ "the note", "this report": a document named before."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in token.children)


def _author(drafts: Drafts, document: Token) -> Draft | None:
    """Whoever the text says wrote the document: the subject that issued it
    ("the ministry issued a statement"), an organisation before it ("the IMF
    report"), its possessor ("the ministry's report"), the object of "by",
    "from" or "of" ("a report by the taskforce"), or the agent of a
    participle ("a note released by X")."""
    if document.dep_ == "dobj" and document.head.lemma_.lower() in _ISSUING:
        subject = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
        found = _actor_at(drafts, subject, strict=False) if subject is not None else None
        if found is not None:
            return found  # "the ministry issued a statement"
    for child in document.children:
        if child.dep_ == "compound":
            owner = drafts.by_token.get(child.i)
            if owner is not None and owner.kind in ("organization", "country"):
                return owner  # "the IMF report"
        if child.dep_ == "poss":
            owner = drafts.by_token.get(child.i)
            if owner is not None and owner.kind in _SPEAKING_KINDS:
                return owner
            if child.pos_ == "NOUN" and child.lemma_.lower() in word_set("organization_nouns"):
                span = description(drafts, child)  # "the ministry's report"
                return add_unnamed(drafts, span, child, "organization")
        if child.dep_ == "prep" and child.lower_ in _AUTHOR_PREPS:
            author = _actor_of(drafts, child, strict=child.lower_ == "of")
            if author is not None:
                return author
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            if agent is not None:
                author = _actor_of(drafts, agent, strict=False)
                if author is not None:
                    return author
    return None


def _actor_of(drafts: Drafts, preposition: Token, strict: bool) -> Draft | None:
    """The actor named after a preposition: one found already, else a person
    or organisation noun made an actor ("from the two agencies"). After "of"
    (`strict`), only an actor found already or an organisation noun ("the
    report of the inquiry", not "a report of abuse")."""
    pobj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    return None if pobj is None else _actor_at(drafts, pobj, strict)


def _actor_at(drafts: Drafts, pobj: Token, strict: bool) -> Draft | None:
    """The actor a noun names, or a person or organisation noun made one."""
    found = drafts.by_token.get(pobj.i)
    if found is not None:
        return found if found.kind in _SPEAKING_KINDS else None
    lemma = pobj.lemma_.lower()
    if pobj.pos_ != "NOUN":
        return None
    if lemma in word_set("organization_nouns"):
        return add_unnamed(drafts, description(drafts, pobj), pobj, "organization")
    if strict:
        return None
    if lemma in word_set("person_nouns"):
        kind = "group" if pobj.tag_ == "NNS" else "person"
        return add_unnamed(drafts, description(drafts, pobj), pobj, kind)
    return None


def it_speaks_for(drafts: Drafts, sources: list[tuple[int, int]]) -> None:
    """ "It said", "what it called": the organisation or written source that
    was last a subject or source, in this sentence or the one before."""
    doc = drafts.doc
    sentence_of: list[int] | None = None
    heads = set()
    for start, end in sources:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            heads.add(span.root.i)
    for start, end in sources:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1 or span[0].lower_ != "it":
            continue
        it = span[0]
        if it.i in drafts.by_token or drafts.quoted[it.i]:
            continue
        if sentence_of is None:
            sentence_of = sentence_numbers(doc)
        here = sentence_of[it.i]
        best = None
        for i in range(it.i - 1, -1, -1):
            if sentence_of[i] < here - 1:
                break
            draft = drafts.by_token.get(i)
            if draft is None or drafts.quoted[i] or draft.kind not in ("organization", "country"):
                continue
            if is_subject(doc[i]) or i in heads:
                best = draft
                break
        if best is not None:
            drafts.add(best, span, pronoun=True)
