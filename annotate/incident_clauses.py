"""The parts of an event's clause where its facts are told: phrases attached
to its verb or noun, its object, the clause it sits in and the clauses
before and after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from annotate.incident_place_words import physical_things
from annotate.incident_watchers import reported_seen
from annotate.lexicons import incident_words, word_set

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
_TOPIC_PREPS = frozenset({"over", "about", "regarding", "concerning"})
LIGHT_VERBS = frozenset({"catch", "set", "open"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def inner(head: Token) -> list[Token]:
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


def paired_prep(token: Token, preps: set[str] | frozenset[str]) -> bool:
    """ "above and around the base", "in and near the port": two prepositions
    sharing one object, the first of which the parser takes for an adverb."""
    return (
        token.dep_ == "advmod"
        and token.lower_ in preps
        and any(c.dep_ == "conj" and c.lower_ in preps and c.n_rights for c in token.children)
    )


def attached(node: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """Words a clause attaches through the given prepositions ("at a depot in
    Kharkiv", "on Monday"), and bare time phrases ("killed Monday")."""
    out, stack = [], []
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            stack.append(child)
        elif child.dep_ in ("npadvmod", "tmod"):
            stack.append(child)
        elif child.dep_ == "advmod" and any(g.dep_ == "prep" for g in child.children):
            stack.append(child)  # "late on Thursday"
        elif paired_prep(child, preps):
            stack.append(child)  # "seen above and around the base"
    while stack:
        token = stack.pop()
        out.append(token)
        for child in token.children:
            if _second_prep(token, child, preps):
                stack.append(child)  # "in and around the port of X"
            elif child.dep_ in _STOP or (child.dep_ == "prep" and child.lower_ not in preps):
                continue
            else:
                stack.append(child)
    return sorted(out, key=lambda t: t.i)


def _second_prep(first: Token, token: Token, preps: set[str] | frozenset[str]) -> bool:
    """ "in and around the port": the second of two prepositions sharing the
    object, never a second phrase of its own ("in Kyiv and in Odesa")."""
    shared = not any(c.dep_ == "pobj" for c in first.children)
    return shared and first.lower_ in preps and token.dep_ == "conj" and token.lower_ in preps


def circumstances(verb: Token) -> list[Token]:
    """ "was shot as he walked home from a pharmacy in X on the evening of
    3 November": a clause on what the victim was doing when it happened
    ("as", "while" and a pronoun subject) tells its time and place."""
    hosts = [verb] + [  # "stabbed in the back as she walked": hung on the body part
        g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
    ]
    return [
        c
        for host in hosts
        for c in host.children
        if c.dep_ == "advcl"
        and c.i > verb.i
        and any(m.dep_ == "mark" and m.lower_ in ("as", "while") for m in c.children)
        and any(s.dep_ == "nsubj" and s.tag_ == "PRP" for s in c.children)
    ]


def on_the_weapon(verb: Token) -> list[Token]:
    """ "was attacked with a hammer outside his home in X": where, hung by the
    parser on the weapon rather than on the verb."""
    return [
        t
        for w in verb.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for g in w.children
        if g.dep_ == "pobj"
        for p in g.children
        if p.dep_ == "prep" and p.lower_ in ("outside", "near", "at", "in", "on", "inside")
        for t in p.subtree
    ]


def phrase_end(token: Token) -> int:
    """One past the last token of the phrase under `token`, lists and clauses left out."""
    last, stack = token.i, [token]
    while stack:
        node = stack.pop()
        last = max(last, node.i)
        stack.extend(c for c in node.children if c.dep_ not in _STOP - {"appos", "punct"})
    return last + 1


def names_a_thing(token: Token) -> bool:
    """ "the bridge", "at a fuel depot": a short phrase naming what was hit."""
    things = physical_things()
    short = phrase_end(token) - token.left_edge.i <= 8
    return short and any(t.lemma_.lower() in things for t in token.subtree)


def names_where_or_when(token: Token) -> bool:
    return any(t.ent_type_ in _PLACE_LABELS | {"DATE", "TIME"} for t in token.subtree)


def object_phrase(verb: Token, preps: set[str], passive: bool = False) -> list[Token]:
    """What the incident's verb hit and where ("destroyed a warehouse in
    Leipzig"; with `passive`, "cables in Swedish waters were severed")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    wanted = ("dobj", "nsubjpass") if passive else ("dobj",)
    out: list[Token] = []
    for child in verb.children:
        if child.dep_ in wanted:
            out += [m for m in child.children if m.dep_ in ("compound", "amod", "poss")]
            out += [child, *attached(child, preps)]
    return out


def run_on(head: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """A phrase right after the incident's words that the parser hung on the
    clause above: "believe Tuesday's blast at a fuel depot in Gdansk" says
    where the blast was, not where the believing is."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return []
    doc, after = head.doc, max(t.i for t in inner(head)) + 1
    if after >= len(doc) or doc[after].dep_ != "prep" or doc[after].lower_ not in preps:
        return []
    if not any(a.i == doc[after].head.i for a in head.ancestors):
        return []
    out, stack = [], [doc[after]]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep_ not in _STOP)
    return out


def whole(verb: Token) -> list[Token]:
    """A verb's own clause: every word under it but other clauses."""
    out, stack = [], [verb]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep_ not in _STOP)
    return out


def names_in_apposition(verb: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """ "encrypted the systems of the ferry operator Nordlink on Tuesday": a
    name in apposition has no time of its own, so a time hung on it is the
    clause's."""
    return [
        t
        for node in whole(verb)
        for name in node.children
        if name.dep_ == "appos" and (name.pos_ == "PROPN" or _split_name(node, name))
        for t in attached(name, preps)
    ]


def _split_name(node: Token, noun: Token) -> bool:
    """ "on the Lublin–Chełm railway early on Monday", parsed as "Lublin" with
    "Chełm railway" in apposition: one name split at its dash."""
    doc = node.doc
    return noun.i > node.i + 1 and doc[node.i + 1].text in ("–", "-", "—")


def described(noun: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    """What a relative or participle clause tells of an incident noun: "an
    arson that destroyed a Warsaw shopping centre in May 2024", "a bomb
    hidden in a scooter outside his building in Moscow"."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return []
    out: list[Token] = []
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
        out += attached(clause, preps) + object_phrase(clause, set(preps))
    return out


def light_verb(head: Token) -> Token:
    """ "set fire to cables on Friday": the setting's clause is the fire's own."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in LIGHT_VERBS:
        return head.head
    on = head.head
    if (
        head.lower_ == "fire"
        and head.dep_ == "pobj"
        and on.lower_ == "on"
        and on.head.lemma_ == "set"
    ):
        return on.head  # "was set on fire overnight": the setting's clause too
    return head


def things_described(tokens: list[Token], preps: set[str] | frozenset[str]) -> list[Token]:
    """What a participle clause tells of the thing hit ("threw a grenade at a
    warehouse belonging to a company in the town of X late on Monday")."""
    things = physical_things()
    return [
        t
        for thing in tokens
        if thing.lemma_.lower() in things
        for clause in thing.children
        if clause.dep_ == "acl"
        for t in attached(clause, preps) + object_phrase(clause, set(preps))
    ]


def clause_chain(head: Token) -> list[Token]:
    """Where the incident is reported: its phrase, then the phrases of the
    nouns and the first verb above it, nearest first; stops at a verb of saying."""
    reporting = word_set("reporting_verbs")
    places = [head]
    node = head
    while node.head.i != node.i and not _before(node) and not _topic(node):
        # A clause "before" which something else happened has its own place.
        while node.dep_ == "conj" and node.head.i != node.i:
            node = node.head  # one of a list: climb from the list's first member
        if node.head.i == node.i:
            break
        below, node = node, node.head
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in reporting:
            if not (_called_out(node) or reported_seen(below, node)):
                break
        places.append(node)
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "advcl":
            break  # an adverbial clause ("after drones flew over") goes on to its main clause
    return places


def when_clauses(tokens: list[Token], preps: set[str]) -> list[Token]:
    """ "landed at noon on Monday, when the market on X Avenue was at its
    busiest": the subject of a "when" clause on the verb or its time is where."""
    out: list[Token] = []
    for token in tokens:
        for clause in (c for c in token.children if c.dep_ in ("advcl", "relcl")):
            if any(c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children):
                for subject in (c for c in clause.children if c.dep_ in SUBJECTS):
                    out += [subject, *attached(subject, preps)]
    return out


def contrast(clause: Token) -> bool:
    """A "while" clause about others ("while three men were charged"), not
    "while he was walking home": its places are not the event's."""
    return any(c.lower_ == "while" for c in clause.children) and any(
        c.dep_ in SUBJECTS and c.pos_ != "PRON" for c in clause.children
    )


def aftermath(head: Token, verb: Token) -> bool:
    """The incident is what the verb's state came "since" or "after": "since
    a ransomware attack", "since a ransomware attack crippled its systems",
    "since Thursday, when malware spread through its network"."""
    if verb.lemma_.lower() in word_set("reporting_verbs"):
        return False
    since = ("since", "after", "following")
    if head.dep_ == "pobj" and head.head.lower_ in since and head.head.head.i == verb.i:
        return True
    clause = head if head.pos_ == "VERB" else head.head if head.dep_ in SUBJECTS else None
    if clause is None or clause.pos_ != "VERB":
        return False
    if clause.dep_ == "advcl" and clause.head.i == verb.i:
        return any(c.dep_ == "mark" and c.lower_ in since for c in clause.children)
    day = clause.head
    return (
        clause.dep_ == "relcl"
        and any(c.lower_ == "when" for c in clause.children)
        and day.dep_ == "pobj"
        and day.head.lower_ == "since"
        and day.head.head.i == verb.i
    )


def _called_out(verb: Token) -> bool:
    """ "Officers were called to X after ...": sent somewhere, not saying."""
    return (
        verb.lemma_.lower() == "call"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    )


def _topic(node: Token) -> bool:
    """ "criticism in parliament on Thursday over a cyberattack": what a row,
    a trial or a comment is about keeps its own time and place."""
    return node.dep_ == "pobj" and node.head.lower_ in _TOPIC_PREPS


def _before(clause: Token) -> bool:
    """ "before the gunman shot six people", "the day before the shooting"."""
    if clause.dep_ == "pobj" and clause.head.lower_ in ("before", "until"):
        return True
    return clause.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ in ("before", "until") for c in clause.children
    )
