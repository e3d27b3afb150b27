"""How many were killed and injured, from the casualty words of a sentence.

Counts are digits or number words ("twenty-nine", "a dozen"); a hedged count
("at least 43", "more than 60", "dozens") is kept as its lower bound and
marked approximate; one named or singular victim ("killing Andrei
Sosnovsky", "wounding a neighbour", "a general was killed") counts one. Each
casualty word goes to the nearest incident in the dependency tree.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.actor_drafts import sentence_numbers
from annotate.incident_act_tolls import outcome_of_another_act
from annotate.incident_cared_for import (
    also_hurt,
    cared_for,
    circumstance,
    one_described,
    one_patient,
)
from annotate.incident_counted import fighting_it, in_care, unreal
from annotate.incident_harm import count_of_one, one_hurt, one_poisoned
from annotate.incident_latest_counts import other_places, told_now
from annotate.incident_numbers import Count, number
from annotate.incident_risen import (
    goes_on,
    of_wounds,
    one_more,
    one_who_died,
    rose_to,
    said_of_it,
    suffered_harm,
    toll_rose,
)
from annotate.incident_set_upon import counted_victims, found_hurt
from annotate.incident_toll_counts import casualty_count, death_toll
from annotate.incident_toll_words import (
    hospitalised,
    lost_lives,
    of_the_staff,
    severity,
    told_by,
)
from annotate.lexicons import demonym_of, incident_words

Toll4 = tuple[Count | None, Count | None]  # (killed, injured)


def tolls(doc: Doc, heads: list[Token]) -> dict[int, Toll4]:
    """Killed and injured counts per incident head, from its sentence."""
    lex = incident_words()
    kill, injure = set(lex["kill_words"]), set(lex["injure_words"])
    out: dict[int, Toll4] = {}
    numbers = sentence_numbers(doc)
    wanted = {numbers[h.i] for h in heads}
    for token in (doc[i] for i, n in enumerate(numbers) if n in wanted):
        lemma = token.lemma_.lower()
        cared = cared_for(token) or in_care(token)
        if lemma not in kill and lemma not in injure and token.lower_ not in injure and not cared:
            continue
        if _purpose(token) or unreal(token) or _nearly(token):
            continue  # "attacks to wound him", "it could have killed dozens", "nearly died"
        count = casualty_count(token) or (Count(1) if cared and one_patient(token) else None)
        if count is None and (rose := rose_to(token)) is not None:
            count = number(rose)  # "The toll from the strike has risen to four killed"
        if count is None:
            continue
        if (_including(token) or toll_rose(token.sent)) and not count.including:
            count = Count(count.n, count.approx, including=True)
        near = [h for h in heads if numbers[h.i] == numbers[token.i]]
        # "X hits a ship, one crew member hurt; a blast on a tanker": the
        # part of a list the casualty word is told in, if an incident is there
        near = [h for h in near if _same_part(h, token)] or near
        best = min(near, key=lambda h: (_distance(h, token), abs(h.i - token.i)))
        _record(out, best.i, lemma in kill, count)
    for head in heads:
        # "Ihor Zalizniak was stabbed", "she had been poisoned ... intensive
        # care": one person, when no casualty word counted them
        harm = None if head.i in out else one_hurt(head) or one_poisoned(head)
        if harm is not None:
            out[head.i] = (Count(1), None) if harm[0] else (None, Count(1))
        elif head.i not in out and (wounded := found_hurt(head)) is not None:
            # "found with stab wounds"
            out[head.i] = (Count(1), None) if wounded[0] else (None, Count(1))
        elif head.i not in out and (many := counted_victims(head, number)) is not None:
            out[head.i] = (many[1], None) if many[0] else (None, many[1])  # "stabbed two officers"
    return out


def _same_part(a: Token, b: Token) -> bool:
    """No semicolon between two words of a sentence."""
    low, high = sorted((a.i, b.i))
    return not any(t.text == ";" for t in a.doc[low:high])


def _including(token: Token) -> bool:
    """ "Two people were hurt, including the councillor", "Two people,
    including the councillor, were treated": a total with the one named."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    around = [*token.children, *(g for t in subjects for g in t.children)]
    # "were hurt in the attack, including the councillor": on the attack's noun
    around += [
        g for c in token.children if c.dep_ == "prep" for o in c.children for g in o.children
    ]
    return any(c.dep_ == "prep" and c.lower_ == "including" for c in around)


def _nearly(word: Token) -> bool:
    """ "she nearly died", "was almost killed": what did not happen."""
    return word.pos_ in ("VERB", "ADJ") and any(
        c.dep_ == "advmod" and c.lower_ in ("nearly", "almost", "narrowly") for c in word.children
    )


def _purpose(word: Token) -> bool:
    """ "attacks to wound him", "a plan to kill": an aim, not a casualty."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)


_DEAD_WORDS = frozenset({"kill", "die", "dead", "death", "fatality"})
_AMONG = frozenset({"including", "among"})  # "hurt, including the mayor": no cause
_ELSEWHERE = frozenset({"separately", "elsewhere", "other", "meanwhile"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def next_sentence_tolls(
    doc: Doc, heads: list[Token], events: list[Token], referring: frozenset[int] = frozenset()
) -> dict[int, Toll4]:
    """ "... a blast at a depot in Gdansk. Three people were killed, police
    said": casualties told in the sentence right after an event's, in a
    sentence with no incident word (`heads`) and no cause, time or place of
    their own, are the toll of that sentence's main event (one of `events`;
    one `referring` to an event told before is the last choice)."""
    lex = incident_words()
    kill, injure = set(lex["kill_words"]), set(lex["injure_words"])
    numbers = sentence_numbers(doc)
    told = {numbers[h.i] for h in heads}
    out: dict[int, Toll4] = {}
    for i, n in enumerate(numbers):
        if n in told or not told & {n - 1, n - 2, n - 3}:
            continue  # only the sentence right after an event's is read (or a total, below)
        token = doc[i]
        if (risen := death_toll(token)) is not None:
            # "By the morning the death toll had risen to seven", "the number of
            # injured had climbed to 52": the last event
            # told in the three sentences before
            back = next(b for b in (1, 2, 3) if n - b in told)
            before = [h for h in events if numbers[h.i] == n - back]
            places = [
                e.text
                for e in token.sent.ents
                if e.label_ in _PLACES and demonym_of(e.text) is None  # never "Ukrainian"
            ]
            if before and not any(t.lower_ in _ELSEWHERE for t in token.sent):
                best = min(before, key=lambda h: (len(list(h.ancestors)), h.i))
                if all(p in best.sent.text for p in places):  # "The death toll in Odesa"
                    _record(out, best.i, token.lemma_.lower() in _DEAD_WORDS, risen)
            continue
        casualty = kill | injure
        counted = (t for t in token.head.subtree if t.lemma_.lower() in casualty)
        if told_now(token) and any(counted) and (now := casualty_count(token)) is not None:
            # "29 people are now known to have been injured": the count as it
            # stands replaces the one told for the last event within three
            # sentences (a casualty word's count: never "now ... with its 23 crew")
            back = next(b for b in (1, 2, 3) if n - b in told)
            before = [h for h in events if numbers[h.i] == n - back]
            places = [e.text for e in token.sent.ents if e.label_ in _PLACES]
            if before and not any(t.lower_ in _ELSEWHERE for t in token.sent):
                best = min(before, key=lambda h: (len(list(h.ancestors)), h.i))
                seen = [e.text for e in best.sent.ents if e.label_ in _PLACES]
                if not other_places(places, seen):
                    latest = Count(now.n, now.approx, including=True)
                    _record(out, best.i, token.lemma_.lower() in kill, latest)
            continue
        if n - 1 not in told and n - 2 not in told:
            continue
        cared = cared_for(token) or in_care(token)  # "four others are in hospital"
        if token.pos_ not in ("VERB", "ADJ") and not cared:
            continue
        lemma = token.lemma_.lower()
        if lost_lives(token):
            lemma = "kill"  # "Two of our colleagues lost their lives"
        elif hospitalised(token) and token.tag_ == "VBN":
            cared = cared or [token]  # "two were hospitalised"
        hurt = suffered_harm(token)  # "A second man suffered a gunshot wound"
        if lemma not in kill and lemma not in injure and token.lower_ not in injure:
            if not cared and not hurt:
                continue
        also = also_hurt(token)
        ailing = of_wounds(token)  # "died in hospital from his burns"
        causes = [
            c
            for c in token.children
            if c.dep_ in ("prep", "agent", "advcl")
            and not (also and circumstance(c))
            and not fighting_it(c)  # "hurt while fighting the flames"
            and c not in ailing
            and not severity(c)  # ", none of them serious"
            and not told_by(c)  # "according to the emergency services"
        ]
        if _purpose(token) or unreal(token) or outcome_of_another_act(token):
            continue  # "it could have killed dozens had the hall been full"
        if any(c.lower_ not in _AMONG and c not in cared for c in causes):
            continue  # "killed in a car crash", "killed since 2022": a cause of its own
        if any(t.lower_ in _ELSEWHERE for t in doc[token.sent.start : token.i]):
            continue
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(
            g.dep_ == "prep" and g.lower_ == "of" and not of_the_staff(c)
            for c in subjects
            for g in c.children
        ):
            continue  # "One of the victims was seriously hurt": counted already
        including = _including(token) or toll_rose(token.sent)  # "The toll has risen to ..."
        more = any(one_more(s) for s in subjects)  # "A second man was hurt"
        # "Two people were hurt including the councillor": a total may come a
        # sentence later, after one about the victim
        later = including or also or more or said_of_it(token) or goes_on(token)
        back = 1 if n - 1 in told else 2 if later else 0
        before = [h for h in events if back and numbers[h.i] == n - back]
        count = casualty_count(token) or (Count(1) if cared and one_patient(token) else None)
        if count is None and (rose := rose_to(token)) is not None:
            count = number(rose)  # "has risen to four killed and 17 injured"
        if ailing and count is None and one_who_died(token):
            count = Count(1)  # "A welder died in hospital from his burns"
        if also and count is None:
            # "Another man was also hurt"; "A woman who ... was also injured",
            # her relative clause misparsed with her as the sentence's root
            subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
            one = len(subjects) == 1 and subjects[0].pos_ != "PRON" and count_of_one(subjects[0])
            if one or one_described(token):  # never "He was also hurt": the same man
                count = Count(1)
        if not before or count is None:
            continue
        if including:
            count = Count(count.n, count.approx, including=True)
        elif also:
            count = Count(count.n, count.approx, added=True)
        # the event the sentence before tells, not one it refers back to
        # ("The attack on X came days after a drone boat blew up ...")
        best = min(before, key=lambda h: (h.i in referring, len(list(h.ancestors)), h.i))
        _record(out, best.i, lemma in kill, count)
    return out


def _record(out: dict, head: int, killed_word: bool, count: int) -> None:
    """Count the dead or the hurt for an event, keeping a count told first."""
    killed, injured = out.get(head, (None, None))
    if killed_word:
        killed = _total(killed, count)
    else:
        injured = _total(injured, count)
    out[head] = (killed, injured)


def _total(told: Count | None, count: Count) -> Count:
    """The count told first, unless a larger total replaces it."""
    if told is None or (count.including and count.n > told.n):
        return count
    return told


def _distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    up_a = [a, *a.ancestors]
    up_b = [b, *b.ancestors]
    ids_b = {t.i: n for n, t in enumerate(up_b)}
    for n, t in enumerate(up_a):
        if t.i in ids_b:
            return n + ids_b[t.i]
    return len(up_a) + len(up_b)
