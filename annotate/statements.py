"""How a statement reads in a summary: its verb, with polarity and agreement.

Pure functions of the records (no spaCy), for the positions summary, the
Markdown and the reader's panels and detail strip:

- `statement_verb(record, plural)`: "accuses", "call for", "says"; for a
  negated claim the text's own negated phrase ("did not suggest", "declined
  to confirm", "stopped short of blaming") or, when the negation stands
  apart from the verb ("at no point did … warn"), "did not warn". Never the
  bare verb of a negated claim.
- `statement_piece(record, plural)`: that verb with the content, keeping the
  content's own subject even when the cue interrupts it ("These attacks,
  Dragone told the FT, are forcing …" reads "says: These attacks are forcing
  …").
- `speaks_as_plural(actor)`: whether a speaker takes a plural verb
  ("officials say", "eastern European nations urge").
"""

from __future__ import annotations

import re

from annotate.cues import IRREGULAR_FORMS, cue_verbs
from annotate.model import Actor, Claim, Quote

PIECE_WORDS = 14  # words kept from each statement

# Words that already say the cue is negated ("did not say", "declined to confirm").
_NEGATIONS = frozenset(
    "not n't never neither nor no declined refused failed avoided hesitated short yet "
    "unable without".split()
)
# Verbs whose object is whom they told: "tells" needs that addressee after it.
_ADDRESSEE = frozenset(lemma for lemma, spec in cue_verbs().items() if spec.addressee)
_SIBILANT = re.compile(r"(s|sh|ch|x|z|o)$")


def lemma_of(word: str) -> str:
    """The base form of a reporting verb as written ("said" -> "say",
    "accusing" -> "accuse", "slammed" -> "slam"); unknown words are
    de-inflected by their ending."""
    word = word.lower()
    verbs = cue_verbs()
    if word in verbs:
        return word
    if word in IRREGULAR_FORMS:
        return IRREGULAR_FORMS[word]
    candidates: list[str] = []
    for ending in ("ing", "ed", "es", "s", "d"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[: -len(ending)]
            candidates += [stem, stem + "e"]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                candidates.append(stem[:-1])  # "slammed" -> "slam"
            if ending in ("ed", "es") and stem.endswith("i"):
                candidates.append(stem[:-1] + "y")  # "denied" -> "deny"
    for candidate in candidates:
        if candidate in verbs:
            return candidate
    return candidates[0] if candidates else word


def present(lemma: str, plural: bool = False) -> str:
    """Present tense agreeing with the speaker: "urge" / "urges"."""
    if plural or lemma in ("", "be"):
        return lemma
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    if _SIBILANT.search(lemma):
        return lemma + "es"
    return lemma + "s"


# Nouns that take a plural verb with no plural ending ("police say").
_PLURAL_NOUNS = frozenset({"police", "people", "personnel"})


_PREPOSITIONS = frozenset({"in", "of", "from", "at", "near", "on", "for", "with", "across"})


def speaks_as_plural(actor: Actor | None) -> bool:
    """Whether the speaker takes a plural verb: a plural common noun
    ("officials", "eastern European nations"), a group named in the plural
    ("Democrats"), or several names joined by "and". A noun's own phrase
    decides, not what follows it ("residents in Kupiansk", "the head of
    police and fire")."""
    if actor is None:
        return False
    words = actor.name.split()
    cut = next((n for n, w in enumerate(words) if n and w in _PREPOSITIONS), len(words))
    words = words[:cut]
    if not words:
        return False
    if "and" in words[1:-1] or "&" in words:
        return True
    last = words[-1]
    if last.lower() in _PLURAL_NOUNS:
        return True
    plural_ending = last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s"))
    if not plural_ending:
        return False
    return last[:1].islower() or actor.kind == "group"


def statement_verb(record: Quote | Claim, plural: bool = False) -> str:
    """What the speaker does, in words fit for a summary line."""
    cue = " ".join(record.cue.text.split()) if record.cue else ""
    words = cue.split()
    if _negated(record):
        if any(
            w.lower().replace("’", "'") in _NEGATIONS or w.lower().endswith("n't") for w in words
        ):
            return cue[:1].lower() + cue[1:] if not cue.startswith("I ") else cue
        lemma = lemma_of(words[-1]) if words else "say"
        if len(words) > 1 and words[-1].lower() in _PARTICLES:
            lemma = f"{lemma_of(words[-2])} {words[-1].lower()}"
        return f"did not {lemma}"
    if not words or words[0].lower() == "according":
        return present("say", plural)
    lemma = lemma_of(words[0])
    if lemma not in cue_verbs():  # a reporting noun or a phrase ("her claim that")
        return present(record.cue_class if isinstance(record, Claim) else "say", plural)
    rest = [w.lower() for w in words[1:]]
    return " ".join([present(lemma, plural), *rest])


_PARTICLES = frozenset("for on of out about against over up".split())


def statement_piece(record: Quote | Claim, plural: bool = False, words: int = PIECE_WORDS) -> str:
    """The verb and the opening words of the content, in one line."""
    verb = statement_verb(record, plural)
    content = _without_cue(record)
    if record.cue is not None:
        lemma = lemma_of(record.cue.text.split()[-1]) if record.cue.text.split() else ""
        addressed = 0 <= record.start - record.cue.end <= 1  # "told reporters that …"
        if lemma in _ADDRESSEE and not addressed and not _negated(record):
            verb = present("say", plural)
        if record.cue.end > record.start:  # "“…,” she said", "X, he said, is …"
            return f"{verb}: {trim(content, words)}"
    return f"{verb} {trim(content, words)}"


def _negated(record: Quote | Claim) -> bool:
    return isinstance(record, Claim) and record.negated


def _without_cue(record: Quote | Claim) -> str:
    """The content, without the speaker's clause when it interrupts it
    ("These attacks, Dragone said, are …" -> "These attacks are …")."""
    text = record.text
    cue = record.cue
    if cue is None or not (record.start < cue.start and cue.end < record.end):
        return text
    at, end = cue.start - record.start, cue.end - record.start
    left = max(text.rfind(",", 0, at), text.rfind("—", 0, at), text.rfind("–", 0, at))
    right = min((i for i in (text.find(c, end) for c in ",—–") if i != -1), default=-1)
    if left == -1 or right == -1:
        return text
    return text[:left].rstrip() + " " + text[right + 1 :].lstrip()


def one_line(text: str) -> str:
    return " ".join(text.split())


def trim(text: str, words: int = PIECE_WORDS) -> str:
    """The first `words` words, closing an opened quotation mark after an ellipsis."""
    parts = one_line(text).split(" ")
    if len(parts) <= words:
        return " ".join(parts)
    cut = " ".join(parts[:words]).rstrip(",;:")
    if cut.count("“") > cut.count("”"):
        return f"{cut} …”"
    if cut.count('"') % 2:
        return f'{cut} …"'
    return f"{cut} …"
