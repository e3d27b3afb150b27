"""Hypothesis strategies for article-like text that has broken the engine
before or could: possessive and pronoun subjects, number words, nested,
unbalanced and mixed quotation marks, lone closing marks, dialogue, very long
sentences, and sentences of real news shuffled.

Every name and sentence here is invented for the tests; the real news comes
from `../shared/polnear` at test time (absent on a clean checkout).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

POLNEAR = Path(__file__).resolve().parents[2].parent / "shared" / "polnear"

FIRST = ["Anna", "Tomas", "Léa", "Sean", "Mei", "Olu", "Ingrid", "Karim", "Dana", "Pavel"]
LAST = ["Berg", "O’Neill", "O'Neill", "Ki-moon", "Okafor", "Lindqvist", "Marsh", "Duval"]
TITLES = ["Minister", "Senator", "prosecutor", "Democratic nominee", "Kremlin spokesman", "Gen."]
ORGS = ["the Prosecutor General's Office", "Kripos", "the Harmon Group", "NATO", "the ministry"]
PLACES = ["Varno", "the port", "Camden", "Leipzig airport", "the depot", "east London"]
PRONOUNS = ["He", "She", "They", "It", "We", "I", "You"]
POSSESSIVES = ["Their", "Its", "His", "Her", "Our", "My", "Whose"]
INCIDENTS = ["raid", "attack", "fire", "blast", "strike", "explosion", "hack", "sabotage"]
NUMBERS = [
    "one",
    "two",
    "a dozen",
    "dozens",
    "hundreds",
    "forty-two",
    "two hundred",
    "3,000",
    "at least 12",
    "more than twenty",
    "nine in ten",
    "half",
    "1.5 million",
    "none",
]
VERBS = ["said", "told reporters", "added", "warned", "denied", "claimed", "did not say"]
CLAUSES = [
    "the talks had failed",
    "nobody would be charged",
    "the fire was no accident",
    "its own forces were not involved",
    "they had been warned twice",
    "her office never received the letter",
    "the cable had not been cut by accident",
]
# Opening and closing marks, matched and not.
PAIRS = [("“", "”"), ('"', '"'), ("„", "“"), ("„", "”"), ("«", "»"), ("‘", "’"), ("''", "''")]
MARKS = ["“", "”", '"', "‘", "’", "„", "«", "»", "''", "'", "`", "‹", "›"]
PUNCT = [".", ",", ";", ":", "!", "?", "—", "–", "-", "…", "(", ")", "[", "]", "/"]
SPACES = [" ", " ", " ", "\n", "\n\n", "\t", "  ", "\u00a0"]


def person() -> st.SearchStrategy[str]:
    full = st.builds(
        lambda first, last: f"{first} {last}", st.sampled_from(FIRST), st.sampled_from(LAST)
    )
    titled = st.builds(lambda t, n: f"{t} {n}", st.sampled_from(TITLES), full)
    return st.one_of(full, titled, st.sampled_from(LAST), st.sampled_from(ORGS))


def subject() -> st.SearchStrategy[str]:
    return st.one_of(person(), st.sampled_from(PRONOUNS))


def clause() -> st.SearchStrategy[str]:
    return st.sampled_from(CLAUSES)


def quoted(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A quotation with matched, mismatched, missing or nested marks."""
    pair = st.sampled_from(PAIRS)
    matched = st.builds(lambda p, t: f"{p[0]}{t}{p[1]}", pair, inner)
    mixed = st.builds(
        lambda a, b, t: f"{a}{t}{b}", st.sampled_from(MARKS), st.sampled_from(MARKS), inner
    )
    unopened = st.builds(lambda p, t: f"{t}{p[1]}", pair, inner)
    unclosed = st.builds(lambda p, t: f"{p[0]}{t}", pair, inner)
    nested = st.builds(
        lambda p, q, a, b: f"{p[0]}{a} {q[0]}{b}{q[1]} and more{p[1]}", pair, pair, inner, inner
    )
    return st.one_of(matched, mixed, unopened, unclosed, nested)


def _sentence(parts: list[str]) -> str:
    text = " ".join(p for p in parts if p)
    return text[:1].upper() + text[1:]


def sentences() -> st.SearchStrategy[str]:
    """One sentence of a shape that is hard on the parser or the rules."""
    reported = st.builds(
        lambda s, v, c: f"{s} {v} that {c}.", subject(), st.sampled_from(VERBS), clause()
    )
    quote_then_cue = st.builds(
        lambda q, s, v: f"{q}, {s} {v}.", quoted(clause()), subject(), st.sampled_from(VERBS)
    )
    cue_then_quote = st.builds(lambda s, q: f"{s} said: {q}", subject(), quoted(clause()))
    possessive = st.builds(
        lambda p, i, pl, y, n: f"{p} deadliest {i} was on {pl} in {y}, which left {n} dead.",
        st.sampled_from(POSSESSIVES),
        st.sampled_from(INCIDENTS),
        st.sampled_from(PLACES),
        st.integers(1900, 2030),
        st.sampled_from(NUMBERS),
    )
    pronoun_subject = st.builds(
        lambda p, i, pl: f"{p} {i} at {pl} killed {p.lower()} own men.",
        st.sampled_from(POSSESSIVES),
        st.sampled_from(INCIDENTS),
        st.sampled_from(PLACES),
    )
    numbers = st.builds(
        lambda a, b, i, pl: f"{a} people were killed and {b} injured in the {i} at {pl}.",
        st.sampled_from(NUMBERS),
        st.sampled_from(NUMBERS),
        st.sampled_from(INCIDENTS),
        st.sampled_from(PLACES),
    )
    titled = st.builds(
        lambda t, first, last, o, c: f"{o} {t.lower()} {first} {last} said {c}.",
        st.sampled_from(TITLES),
        st.sampled_from(FIRST),
        st.sampled_from(LAST),
        st.sampled_from(ORGS),
        clause(),
    )
    return st.one_of(
        reported, quote_then_cue, cue_then_quote, possessive, pronoun_subject, numbers, titled
    )


def dialogue() -> st.SearchStrategy[str]:
    """Lines of dialogue, dashed or quoted, with and without cues."""
    line = st.one_of(
        st.builds(lambda c: f"— {c[:1].upper()}{c[1:]}?", clause()),
        st.builds(lambda c, s: f"— {c[:1].upper()}{c[1:]}, {s} said.", clause(), subject()),
        st.builds(lambda q: q, quoted(clause())),
        st.builds(lambda q, s: f"{q} {s} asked.", quoted(clause()), subject()),
    )
    return st.lists(line, min_size=2, max_size=8).map("\n".join)


def long_sentence(max_clauses: int) -> st.SearchStrategy[str]:
    """One sentence of many clauses and quotations, without a full stop inside."""
    piece = st.one_of(clause(), quoted(clause()), subject(), st.sampled_from(NUMBERS))
    joiner = st.sampled_from([", and ", ", ", " — ", "; ", " which ", " because "])
    return st.lists(st.tuples(piece, joiner), min_size=5, max_size=max_clauses).map(
        lambda parts: _sentence(["".join(p + j for p, j in parts).rstrip(",;— ") + "."])
    )


def token_soup(max_tokens: int) -> st.SearchStrategy[str]:
    """Words, names, marks and punctuation in any order and spacing."""
    words = FIRST + LAST + PRONOUNS + POSSESSIVES + INCIDENTS + NUMBERS + VERBS + ["the", "'s"]
    token = st.sampled_from(words + MARKS + PUNCT)
    pairs = st.tuples(token, st.sampled_from(SPACES + [""]))
    return st.lists(pairs, min_size=max_tokens // 4, max_size=max_tokens).map(
        lambda pairs: "".join(t + s for t, s in pairs)
    )


def articles(max_sentences: int) -> st.SearchStrategy[str]:
    """Paragraphs of the sentences above, a lone closing mark here and there."""
    item = st.one_of(sentences(), sentences(), dialogue(), st.sampled_from(MARKS))
    paragraph = st.lists(item, min_size=1, max_size=4).map(" ".join)
    return st.lists(paragraph, min_size=1, max_size=max(1, max_sentences // 2)).map("\n\n".join)


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]+[”’\"]*")


@cache
def polnear_sentences() -> tuple[str, ...]:
    """Sentences of the PolNeAR articles, if the corpus is beside the checkout."""
    found: list[str] = []
    for path in sorted(POLNEAR.glob("*/text/*.txt")):
        text = path.read_text(encoding="utf-8")
        found.extend(m.group().strip() for m in _SENTENCE.finditer(text))
    return tuple(s for s in found if len(s) > 3)


def shuffled_news(max_sentences: int) -> st.SearchStrategy[str]:
    """Real news sentences in random order and paragraphs: real wording,
    impossible discourse (pronouns and quotes lose their antecedents)."""
    pool = polnear_sentences()
    pick = st.sampled_from(pool) if pool else st.nothing()
    return st.lists(
        st.tuples(pick, st.sampled_from([" ", "\n\n", "\n"])), min_size=1, max_size=max_sentences
    ).map(lambda pairs: "".join(s + j for s, j in pairs))
