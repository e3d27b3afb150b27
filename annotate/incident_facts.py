"""The facts of an incident, read off the dependency parse around its word.

Place and date come from the incident's own phrase ("the blaze at a
warehouse in east London", "a strike on Monday, December 1"), else from the
clause that reports it, never from the clause of saying. The toll comes from
casualty words in the same sentence ("at least four more people killed"),
given to the nearest incident in the tree. The perpetrator is whoever the
text makes the agent: a possessor ("Putin's covert campaign ... has included
fires"), a "by" phrase, the subject of the incident verb, or of a verb that
carries the incident out ("Russia continues its lethal bombardment").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from annotate.actor_drafts import sentence_numbers
from annotate.actors import ActorIndex
from annotate.incident_dates import normalise_date
from annotate.lexicons import demonym_of, incident_words, word_set
from annotate.model import DateRef

_STOP = frozenset(
    {
        "conj",
        "cc",
        "relcl",
        "acl",
        "appos",
        "punct",
        "advcl",
        "parataxis",
        "ccomp",
        "xcomp",
        "mark",
        "dep",
    }
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TIME_PREPS = frozenset(
    {
        "on",
        "in",
        "at",
        "during",
        "since",
        "until",
        "before",
        "after",
        "overnight",
        "throughout",
        "by",
        "from",
        "between",
    }
)
_TERRITORY = frozenset({"airspace", "territory", "soil", "waters", "border", "coast"})
_MAX_SPAN = 24
_NUMBERS = {
    w: n
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBERS.update(
    {
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "hundred": 100,
        "a hundred": 100,
        "dozen": 12,
        "a dozen": 12,
    }
)
_MONTH_NAMES = (
    "january february march april may june july august september october november december"
)
_MONTHS = {m: n for n, m in enumerate(_MONTH_NAMES.split(), 1)}
_MONTHS.update({m[:3]: n for m, n in list(_MONTHS.items())})
_MONTHS["sept"] = 9


def _inner(head: Token) -> list[Token]:
    """The incident's own phrase: modifiers and attached prepositional phrases
    (at, in, on, of, ...), without lists, clauses or a verb's subject."""
    preps = set(incident_words()["span_preps"])
    out, stack = [], [head]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in node.children:
            if child.dep_ in _STOP or (node is head and child.dep_ in ("nsubj", "nsubjpass")):
                continue
            if child.dep_ == "prep" and child.lower_ not in preps:
                continue
            if node is head and child.dep_ == "prep" and child.i < head.i:
                continue
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def span_of(head: Token) -> tuple[int, int]:
    """Character span of a readable phrase for the incident."""
    tokens = [t for t in _inner(head) if not (t.dep_ == "aux" or t.dep_ == "neg")]
    start, end = tokens[0].i, tokens[-1].i + 1
    if end - start > _MAX_SPAN:
        start, end = head.left_edge.i if head.i - head.left_edge.i < 6 else head.i, head.i + 1
    doc = head.doc
    verb = head.head
    if head.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.i == end and verb.i - start < 8:
        # "A fire broke out at a fuel depot in Kharkiv": the subject's verb and
        # its place and time phrases read as the incident.
        end = verb.i + 1
        for child in verb.rights:
            if child.dep_ == "prt":
                end = child.i + 1
            elif child.dep_ in ("prep", "npadvmod") and _names_where_or_when(child):
                end = _phrase_end(child)
            else:
                break
    # "killed in a strike on Monday, December 1": a date or place phrase right
    # after the incident but attached to the clause still reads as part of it.
    while end < len(doc) and doc[end].dep_ == "prep" and _names_where_or_when(doc[end]):
        if not any(a.i == doc[end].head.i for a in head.ancestors):
            break
        end = _phrase_end(doc[end])
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def _attached(node: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """Words a clause attaches through the given prepositions ("at a depot in
    Kharkiv", "on Monday"), and bare time phrases ("killed Monday")."""
    out, stack = [], []
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            stack.append(child)
        elif child.dep_ in ("npadvmod", "tmod"):
            stack.append(child)
    while stack:
        token = stack.pop()
        out.append(token)
        for child in token.children:
            if child.dep_ in _STOP or (child.dep_ == "prep" and child.lower_ not in preps):
                continue
            stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _phrase_end(token: Token) -> int:
    """One past the last token of the phrase under `token`, lists and clauses left out."""
    last, stack = token.i, [token]
    while stack:
        node = stack.pop()
        last = max(last, node.i)
        stack.extend(c for c in node.children if c.dep_ not in _STOP - {"appos", "punct"})
    return last + 1


def _names_where_or_when(token: Token) -> bool:
    return any(t.ent_type_ in _PLACE_LABELS | {"DATE", "TIME"} for t in token.subtree)


def _entity(token: Token) -> Span | None:
    """The named entity a token is part of, from its IOB tags."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _object_phrase(verb: Token, preps: set[str]) -> list[Token]:
    """What the incident's verb hit and where ("destroyed a warehouse in
    Leipzig"), for a verb whose subject the incident is."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            out += [child, *_attached(child, preps)]
    return out


def _clause(head: Token) -> list[Token]:
    """Where the incident is reported: its phrase, then the phrases of the
    nouns and the first verb above it, nearest first; stops at a verb of saying."""
    reporting = word_set("reporting_verbs")
    places = [head]
    node = head
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in reporting:
            break
        places.append(node)
        if node.pos_ in ("VERB", "AUX"):
            break
    return places


def place_of(head: Token) -> str | None:
    """The place named in the incident's phrase or its clause ("east London")."""
    preps = set(incident_words()["place_preps"])
    for n, node in enumerate(_clause(head)):
        candidates = (
            _inner(node) if n == 0 else _attached(node, preps) + _object_phrase(node, preps)
        )
        for token in candidates:
            if token.ent_type_ in _PLACE_LABELS:
                ent = _entity(token)
                if ent is not None:
                    return _place_text(ent)
            if token.ent_type_ == "NORP" and token.head.lemma_.lower() in _TERRITORY:
                owner = demonym_of(token.text)  # "Polish airspace"
                if owner:
                    return owner[0]
    for other in head.conjuncts:  # "sabotage, cyberattacks and airspace violations across Europe"
        for token in _inner(other):
            if token.ent_type_ in _PLACE_LABELS and (ent := _entity(token)) is not None:
                return _place_text(ent)
    return None


def _place_text(ent: Span) -> str:
    doc = ent.doc
    start = ent.start
    compass = set(incident_words()["compass"])
    while start > 0 and doc[start - 1].lower_ in compass:
        start -= 1
    span = doc[start : ent.end]
    while len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]
    return span.text


def date_of(head: Token, reference: dt.date | None = None) -> DateRef | None:
    """The date the incident's phrase or clause gives, as written and
    normalised against the article's date."""
    for n, node in enumerate(_clause(head)):
        candidates = _inner(node) if n == 0 else _attached(node, _TIME_PREPS)
        for token in candidates:
            if token.ent_type_ == "DATE" and (ent := _entity(token)) is not None:
                return DateRef(ent.text, normalise_date(ent.text, reference))
    return None


def _number(token: Token) -> int | None:
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return _NUMBERS.get(text)


def _count(word: Token) -> int | None:
    """The number of people a casualty word counts ("four people killed",
    "killing 12", "injuring 11", "two dead", "five deaths")."""
    victims = set(incident_words()["victim_nouns"])
    nouns = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    if word.dep_ in ("acl", "amod") and word.head.pos_ in ("NOUN", "NUM"):
        nouns.append(word.head)
    if word.pos_ == "NOUN":
        nouns.append(word)
    for noun in nouns:
        if noun.pos_ == "NUM" and (n := _number(noun)) is not None:
            return n
        if noun.lemma_.lower() in victims or noun is word:
            for child in noun.children:
                if child.dep_ == "nummod" and (n := _number(child)) is not None:
                    return n
    for child in word.children:
        if child.pos_ == "NUM" and child.dep_ in ("nummod", "npadvmod") and (n := _number(child)):
            return n
    return None


def tolls(doc: Doc, heads: list[Token]) -> dict[int, tuple[int | None, int | None]]:
    """Killed and injured counts per incident head, from its sentence."""
    lex = incident_words()
    kill, injure = set(lex["kill_words"]), set(lex["injure_words"])
    out: dict[int, tuple[int | None, int | None]] = {}
    numbers = sentence_numbers(doc)
    wanted = {numbers[h.i] for h in heads}
    for token in (doc[i] for i, n in enumerate(numbers) if n in wanted):
        lemma = token.lemma_.lower()
        if lemma not in kill and lemma not in injure and token.lower_ not in injure:
            continue
        count = _count(token)
        if count is None:
            continue
        near = [h for h in heads if numbers[h.i] == numbers[token.i]]
        if not near:
            continue
        best = min(near, key=lambda h: (_distance(h, token), abs(h.i - token.i)))
        killed, injured = out.get(best.i, (None, None))
        if lemma in kill:
            killed = killed if killed is not None else count
        else:
            injured = injured if injured is not None else count
        out[best.i] = (killed, injured)
    return out


def _distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            return n + ids_b[t.i]
    return len(up_a) + len(up_b)


def perpetrator_of(head: Token, actors: ActorIndex) -> str | None:
    """The actor the text makes the agent of the incident, or None."""
    lex = incident_words()
    agentive, blame = set(lex["agentive_governors"]), set(lex["blame_verbs"])
    kill = set(lex["kill_words"]) | set(lex["injure_words"])
    reporting = word_set("reporting_verbs")
    node, first = head, True
    while True:
        if node.pos_ in ("NOUN", "PROPN"):
            for child in node.children:
                if child.dep_ == "poss" and (who := _actor(child, actors)):
                    return who
                if child.dep_ == "prep" and child.lower_ == "by":
                    for obj in child.children:
                        if who := _actor(obj, actors):
                            return who
        if node.pos_ == "VERB":
            lemma = node.lemma_.lower()
            if first or lemma in agentive:
                for child in node.children:
                    if child.dep_ == "nsubj" and (who := _actor(child, actors)):
                        return who
                    if child.dep_ == "agent":
                        for obj in child.children:
                            if who := _actor(obj, actors):
                                return who
                if not first:
                    return None
            elif lemma in blame and not first:
                objects = [c for c in node.children if c.dep_ == "dobj"]
                return next((w for o in objects if (w := _actor(o, actors))), None)
            elif lemma in reporting or (
                lemma not in kill and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            ):
                return None
        if node.head.i == node.i or node.dep_ in ("relcl", "ccomp"):
            return None
        node, first = node.head, False


def _actor(token: Token, actors: ActorIndex) -> str | None:
    """The actor a word stands for: itself, a pronoun's antecedent ("its" is the
    subject of its clause), its possessor, or the country its demonym names."""
    who = actors.actor_of_token(token.i)
    if who is not None:
        actor = actors.actor(who)
        return who if actor is None or actor.kind != "place" else None
    if token.lower_ in ("its", "their"):
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if subject is None or token in subject.subtree:
            return None  # "Their deadliest raid was …": the clause's subject holds "their"
        return _actor(subject, actors)
    for child in token.children:
        if child.dep_ == "poss" and (who := _actor(child, actors)):
            return who
        if child.dep_ in ("amod", "compound") and child.ent_type_ == "NORP":
            owner = demonym_of(child.text)
            if owner and (who := actors.named(owner[0])):
                return who
    return None
