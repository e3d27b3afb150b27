"""Counts told after the first: a total that rose, one more, a later death, "it killed".

"The death toll rose to 14", "raising the death toll to nine", "the number
of injured had climbed to 52", "the number of people killed in the blast
has risen to six", "the number of wounded stood at 30": a total that
replaces the count told before for the same event. Only these shapes count;
"the number of drones rose to 40" counts no one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from annotate.lexicons import incident_words

RISE = frozenset({"rise", "climb", "reach", "increase", "jump", "stand", "raise", "grow"})
_HOLDERS = frozenset({"number", "toll", "count", "tally"})
_DEAD = frozenset({"kill", "die", "dead", "death", "fatality"})


def _holder(word: Token) -> Token | None:
    """The noun that holds the count a casualty word names: "death" of "death
    toll", "injured" of "the number of injured" or of "the number of people
    injured"."""
    if word.lemma_.lower() == "death" and word.dep_ == "compound":
        return word.head if word.head.lemma_.lower() == "toll" else None
    noun = word
    if word.dep_ == "acl" and word.head.lemma_.lower() in ("people", "person", "civilian"):
        noun = word.head  # "the number of people killed"
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    holder = noun.head.head
    return holder if holder.lemma_.lower() in _HOLDERS else None


def risen(word: Token) -> tuple[bool, Token] | None:
    """(killed, the number token) when `word` names the dead or the hurt of a
    count that rose to a number, else None."""
    lemma = word.lemma_.lower()
    lex = incident_words()
    if (
        lemma not in _DEAD
        and lemma not in lex["injure_words"]
        and word.lower_ not in lex["injure_words"]
    ):
        return None
    holder = _holder(word)
    if holder is None or holder.head.lemma_.lower() not in RISE:
        return None
    verb = holder.head
    if _expected(verb):
        return None  # "the death toll could rise to 20": feared, not counted
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "at")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.pos_ == "NUM" or obj.like_num:
                return lemma in _DEAD, obj
    return None


_MODALS = frozenset({"could", "may", "might", "would", "will", "should", "'ll"})
_EXPECTING = frozenset({"fear", "expect", "warn", "predict", "worry", "likely"})


def _expected(verb: Token) -> bool:
    """A rise told as what may come: a modal on it ("could rise") or a
    verb of fear above it ("officials expect the toll to climb to 20")."""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return True
    return any(a.lemma_.lower() in _EXPECTING for a in verb.ancestors)


_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())


def one_more(noun: Token) -> bool:
    """ "killing two fans and wounding a third", "A third person was hurt":
    an ordinal after a count is one person more; never a share ("a third of
    the crew") or a rank ("came third")."""
    ordinal = noun
    if any(c.dep_ == "det" and c.lower_ == "another" for c in noun.children):
        # "Another worker died in hospital": one more of those counted
        return noun.lemma_.lower() in incident_words()["victim_nouns"]
    if noun.lower_ not in _ORDINALS:
        ordinal = next((c for c in noun.children if c.dep_ == "amod"), noun)
        if (
            ordinal.lower_ not in _ORDINALS
            or noun.lemma_.lower() not in incident_words()["victim_nouns"]
        ):
            return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "a" for c in noun.children)


_AILMENTS = frozenset({"hospital", "burn", "wound", "injury"})


def of_wounds(token: Token) -> list[Token]:
    """ "died in hospital on Sunday from his burns": where and of what one
    hurt in the event died, and when; no cause of its own. The phrases that
    say so, or none (a time alone, "killed on Monday", may be another event)."""
    preps = [c for c in token.children if c.dep_ == "prep"]
    ailing = [
        p
        for p in preps
        if p.lower_ in ("in", "from", "of")
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _AILMENTS for g in p.children)
    ]
    if not ailing or token.lemma_.lower() != "die":
        return []
    timed = [
        p
        for p in preps
        if p.lower_ in ("on", "at", "overnight", "in")
        and all(g.ent_type_ in ("DATE", "TIME") for g in p.children if g.dep_ == "pobj")
    ]
    # "died in hospital in April", "... two weeks later": when, not a cause
    timed += [c for c in token.children if c.dep_ in ("advmod", "npadvmod") and later(c)]
    return ailing + timed


def later(token: Token) -> bool:
    """ "later", "two weeks later", "days afterwards": a time after the event."""
    return token.lower_ in ("later", "afterwards") or any(
        c.lower_ in ("later", "afterwards") for c in token.children
    )


def subject_before(word: Token) -> Token | None:
    """ "... and three others were injured", the parser hanging "three others"
    on the clause before: the noun right before the passive's auxiliary."""
    if word.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
        return None
    aux = next((c for c in word.children if c.dep_ == "auxpass"), None)
    if aux is None or aux.i == 0:
        return None
    noun = word.doc[aux.i - 1]
    return noun if noun.tag_ in ("NNS", "NN") and noun.head.i < noun.i else None


def one_who_died(token: Token) -> bool:
    """ "A welder died in hospital": one person, whatever their work (only
    people die of their burns), or one named."""
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
        return False
    noun = subjects[0]
    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "PERSON"
    return noun.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children
    )


def said_of_it(token: Token) -> bool:
    """ "It killed a night watchman": the event told two sentences before,
    the one between telling how it went on ("By midnight it had spread")."""
    while token.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in token.children):
        token = token.head  # "It killed a watchman and injured four firefighters"
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.children)


_HARMS = frozenset({"wound", "injury", "burn", "inhalation", "fracture"})


def suffered_harm(token: Token) -> bool:
    """ "suffered a gunshot wound to the leg", "suffered smoke inhalation":
    hurt, told by what they suffered."""
    return token.lemma_.lower() == "suffer" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _HARMS for c in token.children
    )


_COURSE = frozenset(
    "ignite spread burn explode detonate flame smoke collapse device rubble".split()
)


def goes_on(token: Token) -> bool:
    """The sentence before `token`'s tells how the event went on ("..., which
    ignited shortly after midnight", "By midnight it had spread"): a count
    after it is still the event's."""
    start = token.sent.start
    if start == 0:
        return False
    return any(t.lemma_.lower() in _COURSE for t in token.doc[start - 1].sent)


def toll_rose(sent: Span) -> bool:
    """ "The toll from this morning's strike has risen to four killed and 17
    injured", "The toll in Lviv has risen again: four people killed": a
    sentence telling that a toll rose, so each count in it is a new total."""
    return any(
        t.lemma_.lower() in _HOLDERS
        and t.dep_ in ("nsubj", "nsubjpass")
        and t.head.lemma_.lower() in RISE
        and not _expected(t.head)
        for t in sent
    )


def rose_to(word: Token) -> Token | None:
    """The number of "risen to four killed": the count the toll rose to,
    told before the casualty word the parser hung on the rise."""
    if word.dep_ not in ("advcl", "conj", "xcomp") or word.head.lemma_.lower() not in RISE:
        return None
    for prep in (c for c in word.head.children if c.dep_ == "prep" and c.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.pos_ == "NUM" or obj.like_num:
                return obj
    return None
