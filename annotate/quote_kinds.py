"""What a quotation holds: someone's words ("speech"), a quoted word or scare
quote nobody is reported saying ("term"), or the name of a work, show,
slogan or book ("title").

Read from the quotation's own words and the few words around it, as a reader
would: a title is written in title case and named as a work ("CBS's “Face
the Nation”", "the documentary “13th”", "“Keepin' It Real” radio show",
"On “Meet the Press,”"); a term is a short fragment that no cue attributes
("the “fact-checking” website", "a “philanthropub”"), and so is a nickname
inside a name (Mark “Tubs” Cullen). A quotation that a cue
attributes is speech, even a single word inside a reported clause ("accused
the West of “moving towards escalation”").
"""

from __future__ import annotations

import re

# Nouns that name a work or a programme, before or after its title.
WORK_NOUNS = frozenset(
    """show program programme broadcast episode series sitcom documentary film movie
    book novel memoir biography autobiography manifesto textbook anthology song anthem
    album single record play musical opera
    column article essay op-ed editorial headline newsletter magazine podcast poem
    painting exhibition report paper study ad advert advertisement spot commercial
    slogan motto hashtag campaign video website site blog channel segment interview
    host anchor titled entitled headlined dubbed forum summit festival tour""".split()
)
# Verbs whose object is a work: "performed “Bridge Over Troubled Water”",
# "wrote “The Last Harvest”" (a title-cased quotation after them).
WORK_VERBS = frozenset(
    "perform performed performs performing sing sang sings singing sung recite recited "
    "play played plays playing star starred starring air aired publish published "
    "read reads reading reread rereads write wrote writes writing written author authored "
    "pen penned direct directed directs compose composed record recorded release released".split()
)
# Small words left in lower case inside a title ("Contract with America").
_MINOR = frozenset(
    "a an the and or nor but of in on at to for with by from as vs via per into onto up "
    "is it its be".split()
)
_MARKS = "“”\"'‘’„«» \t\n"
_EDGE = _MARKS + ".,;:!?…—–-"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])\s*$")
_WORD = re.compile(r"[\w’'-]+")
_SENTENCE_END = re.compile(r"[.!?…]\s")
TERM_WORDS = 5  # a quoted fragment this short, attributed to nobody, is a term


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


def title_cased(inner: str) -> bool:
    """ "Face the Nation", "Keepin' It Real", "13th": every word that is not a
    small function word begins with a capital or a digit."""
    words = words_of(inner)
    if not words or len(words) > 10:
        return False
    if not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if _SENTENCE_END.search(inner.strip(_EDGE) + " ") and len(words) > 1:
        if re.search(r"[.!?…]\s+\S", inner.strip(_EDGE)):
            return False  # two sentences
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _MINOR for w in words)


def named_as_work(text: str, start: int, end: int, after_of: bool = True) -> bool:
    """Whether the words around the quotation name it as a work: a
    possessive right before ("CBS's “…”"), a work noun just before or after
    ("the documentary “…”", "“…” radio program"), a verb of performing
    ("sang “…”"), or "on"/"of" right before ("On “Face the Nation,”", "an
    episode of “…”"; `after_of` False: not "of", as in "chants of “Bobby!”")."""
    before = text[max(0, start - 40) : start]
    before = before[before.rfind("\n") + 1 :]
    if _POSSESSIVE.search(before):
        return True
    previous = [w.lower() for w in words_of(before)[-3:]]
    if previous and (previous[-1] == "on" or (after_of and previous[-1] == "of")):
        return True
    if any(w in WORK_NOUNS for w in previous):
        return True
    if any(w in WORK_VERBS for w in previous) and before.rstrip()[-1:] not in (":", ","):
        return True  # "wrote “The Last Harvest”", not "wrote: “We Will Win.”"
    after = text[end : end + 30]
    after = after[: after.find("\n")] if "\n" in after else after
    following = [w.lower() for w in words_of(after)[:2]]
    return bool(following) and following[0] in WORK_NOUNS


# A capitalised word right before and right after: a nickname inside a name.
_NAME_BEFORE = re.compile(r"(?:^|[^\w])[A-Z][\w.’'-]*[^\S\n]$")
_NAME_AFTER = re.compile(r"^[^\S\n][A-Z][\w’'-]*")


def nickname(text: str, start: int, end: int) -> bool:
    """Mark “Tubs” Cullen: one to three capitalised words quoted between the
    words of a name (a nickname, nobody's speech)."""
    inner = text[start:end].strip(_MARKS)
    words = words_of(inner)
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if any(ch in inner for ch in ",.!?;:"):
        return False
    return bool(_NAME_BEFORE.search(text[max(0, start - 40) : start])) and bool(
        _NAME_AFTER.match(text[end : end + 40])
    )


# Words that give a name rather than report anyone's words: "an operation
# code-named “…”", "the Ohio native nicknamed “…”", "a facility known as the
# “…”", "the so-called “…”". ("Referred to him as “…”" and "dubbed it “…”"
# characterise: speech.)
_NAMING = re.compile(
    r"\b(?:(?P<title>code-?named|titled|entitled)|nicknamed|known as(?: the| an?)?|so-called)"
    r"[^\S\n]*,?[^\S\n]*$",
    re.IGNORECASE,
)


def named_by(text: str, start: int) -> str | None:
    """ "title" or "term" when the words before the quotation give a name
    ("code-named", "titled"; "nicknamed", "known as"), else None."""
    before = text[max(0, start - 40) : start]
    found = _NAMING.search(before[before.rfind("\n") + 1 :])
    if found is None:
        return None
    return "title" if found["title"] else "term"


def _names_a_work(inner: str) -> bool:
    """ "“Commander-in-Chief Forum”", "“The Late Show”": a title-cased name of
    several words ending in a noun for a work or an event."""
    words = words_of(inner)
    return len(words) > 1 and words[-1].lower() in WORK_NOUNS


def quote_kind(text: str, span: tuple[int, int], attributed: bool) -> str:
    """The kind of the quotation at `span` ("speech", "term" or "title")."""
    start, end = span
    inner = text[start:end].strip(_MARKS)
    if nickname(text, start, end):
        return "term"
    naming = named_by(text, start)
    if naming is not None:
        return "title" if naming == "title" and title_cased(inner) else "term"
    exclaimed = inner.rstrip().endswith(("!", "?"))  # "chants of “Bobby!”" is no title
    if title_cased(inner) and (
        named_as_work(text, start, end, after_of=not exclaimed) or _names_a_work(inner)
    ):
        return "title"
    if attributed:
        return "speech"
    words = words_of(inner)
    if title_cased(inner) and len(words) > 1 and not inner.rstrip().endswith(("?", "!")):
        return "title"  # "his 1994 “Contract with America”"
    if len(words) <= TERM_WORDS and not _sentence(inner):
        return "term"
    return "speech"


def _sentence(inner: str) -> bool:
    """A quotation that reads as a whole sentence: a capital first and a
    sentence end last ("“Hands up, don't shoot.”")."""
    inner = inner.strip(" \t\n")
    return inner[:1].isupper() and inner.rstrip("”\"’'")[-1:] in ".!?"
