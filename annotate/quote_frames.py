"""Quotations that a phrase, not a reporting verb, attributes.

- A reporting noun with its owner: "Trump's claim that there were “thousands
  of shootings”", "her remark that “…”", "his references to X as “…”": the
  possessor said the quoted words.
- A characterisation with "as": "Reid has been pounding Trump as a “con
  artist”", "PolitiFact rated the claim as “false”": the subject of the verb
  that casts its object as the quoted words said them.
- Wording: "Trump has used the phrase “Islamic terrorism”", "activists
  prefer the term “undocumented”": the subject's own words.
- Words introduced by a colon: "Obama is rolling out a new message: “It's
  about me.”", "her verdict: “…”".

These frames only attribute the quotations inside them; they make no claim
(the phrase states no content of its own). Found from each quotation's place
in the parse, so a text without quotations costs nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from annotate.cues import cue_verbs
from annotate.parse_spans import CharSpan, QuoteTokens, chars, noun_phrase
from annotate.reporting import ReportingCue

# Nouns that report what their owner said, with the class of what they report.
REPORTING_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        "statement remark comment words assertion description reference characterization "
        "characterisation argument boast quip announcement promise pledge vow tweet post "
        "message answer reply response explanation insistence".split(),
        "say",
    ),
    **dict.fromkeys("claim contention".split(), "claim"),
    **dict.fromkeys("accusation allegation charge attack criticism".split(), "accuse"),
    **dict.fromkeys("denial rejection".split(), "deny"),
    **dict.fromkeys("admission acknowledgment acknowledgement".split(), "confirm"),
    **dict.fromkeys("call demand suggestion plea appeal proposal".split(), "urge"),
    **dict.fromkeys("warning prediction threat".split(), "warn"),
}
# "used the phrase “…”", "prefers the term “…”": the subject's own wording.
WORDING_NOUNS = frozenset(
    "phrase term word words expression label slogan nickname moniker catchphrase mantra "
    "refrain".split()
)
WORDING_VERBS = frozenset(
    "use coin invoke utter repeat adopt employ deploy prefer favor favour chant shout "
    "popularize popularise".split()
)
# Nouns for words that a colon and a quotation can follow.
INTRODUCING_NOUNS = frozenset(REPORTING_NOUNS) | frozenset(
    "message question headline line note letter caption sign banner slogan words "
    "verdict advice instruction instructions order orders".split()
)
# Nouns for words that a quotation can follow at once, without a colon.
NAMING_WORDS = frozenset("caption message note inscription text".split())
_CLIMB = 6  # heads climbed from a quotation to its frame
_INSIDE_PHRASE = frozenset("acl ccomp relcl pcomp xcomp prep pobj dobj attr appos conj".split())


def find_frames(
    doc: Doc, quote_tokens: list[tuple[int, int]], inside: QuoteTokens, cues: list[ReportingCue]
) -> list[ReportingCue]:
    """Quote-only cues for the quotations that a noun or an "as" phrase attributes."""
    taken = {c.token for c in cues}
    colons = {c.colon_after for c in cues if c.colon_after is not None}
    frames: dict[int, ReportingCue] = {}
    for first, last in quote_tokens:
        introduced = _introduced(doc, first, last, inside, colons)
        if introduced is not None and introduced.token not in taken:
            frames.setdefault(introduced.token, introduced)
            continue
        for token in doc[first : last + 1]:
            if token.head.i == token.i or first <= token.head.i <= last:
                continue  # the quotation's own root hangs outside it
            frame = _frame(doc, token.head, inside, last)
            if frame is not None and frame.token not in taken:
                frames.setdefault(frame.token, frame)
    return list(frames.values())


def _introduced(
    doc: Doc, first: int, last: int, inside: QuoteTokens, colons: set[int]
) -> ReportingCue | None:
    """ "Obama is rolling out a new campaign message: “It's about me.”": a
    quotation after a colon that follows a noun for words (message,
    statement, headline …), or right after a caption, message or sign ("with
    the caption “…”"), is the words of that noun's owner, or of the subject
    of the clause that has it."""
    colon = first - 1
    if colon < 1:
        return None
    if doc[colon].text == ":" and doc[colon].idx + 1 not in colons:
        noun = doc[colon - 1]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTRODUCING_NOUNS:
            return None
    elif doc[colon].pos_ == "NOUN" and doc[colon].lemma_.lower() in NAMING_WORDS:
        noun = doc[colon]  # "with the caption “…”": no colon needed
    else:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        verb = noun.head
        while verb.dep_ in ("prep", "pobj") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB" or not _finite(verb):
            return None
        owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    cls = REPORTING_NOUNS.get(noun.lemma_.lower(), "say")
    return _quote_only_cue(doc, noun, owner, chars(doc, first, last), inside, cls)


def _frame(doc: Doc, head: Token, inside: QuoteTokens, last: int) -> ReportingCue | None:
    if head.lower_ == "as" and head.dep_ == "prep":
        return _cast_as(doc, head, inside)
    if head.lemma_.lower() in WORDING_NOUNS:
        return _using_words(doc, head, inside)
    token = head
    for _ in range(_CLIMB):
        if token.pos_ == "NOUN" and token.lemma_.lower() in REPORTING_NOUNS:
            return _reporting_noun(doc, token, inside, last)
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in _INSIDE_PHRASE:
            return None
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _reporting_noun(doc: Doc, noun: Token, inside: QuoteTokens, last: int) -> ReportingCue | None:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    cls = REPORTING_NOUNS[noun.lemma_.lower()]
    content = _after(doc, noun, last)
    return _quote_only_cue(doc, noun, owner, content, inside, cls, owned_phrase=True)


def _cast_as(doc: Doc, as_: Token, inside: QuoteTokens) -> ReportingCue | None:
    """ "VERB X as “…”" with an active subject: not "such as", "as well as",
    "known as" (no subject), "worked as" (no object)."""
    verb = as_.head
    spec = cue_verbs().get(verb.lemma_)
    if verb.pos_ != "VERB" or (spec is not None and not spec.particle) or not _finite(verb):
        return None  # a cue verb reports its own "as" phrase; "went after X as" does not
    if as_.i > 0 and doc[as_.i - 1].lower_ in ("such", "well", "so"):
        return None
    if not any(_object_before(c, as_) for c in verb.children):
        return None
    return _said_by_subject(doc, verb, chars(doc, as_.i, as_.right_edge.i), inside)


# Prepositions whose object a verb casts "as" something: "went after X as “…”".
_TARGET_PREPS = frozenset(("after", "at", "against"))


def _object_before(child: Token, as_: Token) -> bool:
    """An object of the verb before "as": "rated the claim as", "went after
    Trump as", "lashed out at the board as"."""
    if child.i >= as_.i:
        return False
    return child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in _TARGET_PREPS)


def _using_words(doc: Doc, noun: Token, inside: QuoteTokens) -> ReportingCue | None:
    """ "Trump has used the phrase “Islamic terrorism”": the quotation names
    the words a subject uses."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_ not in WORDING_VERBS or not _finite(verb):
        return None
    return _said_by_subject(doc, verb, chars(doc, noun.i, noun.right_edge.i), inside)


def _said_by_subject(
    doc: Doc, verb: Token, content: CharSpan, inside: QuoteTokens
) -> ReportingCue | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _quote_only_cue(doc, verb, subject, content, inside)


def _quote_only_cue(
    doc: Doc,
    cue: Token,
    speaker: Token | None,
    content: CharSpan | None,
    inside: QuoteTokens,
    cls: str = "say",
    owned_phrase: bool = False,
) -> ReportingCue | None:
    """A cue on `cue` that attributes the quotations in `content` to
    `speaker` (never "it", "there", "this", "that" or words inside a
    quotation) and claims nothing."""
    if speaker is None or content is None or inside(speaker.i):
        return None
    if speaker.lower_ in _NOT_SUBJECTS:
        return None
    source = noun_phrase(doc, speaker)
    if source is None:
        return None
    return ReportingCue(
        token=cue.i,
        cue=chars(doc, cue.i, cue.i),
        cls=cls,
        source=source,
        content=content,
        colon_after=None,
        quotes_only=True,
        owned_phrase=owned_phrase,
    )


_NOT_SUBJECTS = frozenset(("it", "there", "this", "that"))


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("rated", "has been pounding"), not a
    gerund standing for a noun ("shrugging off X as “…” is …")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children)


def _after(doc: Doc, noun: Token, last: int) -> CharSpan | None:
    """What the noun reports: its phrase after the noun, up to the end of the
    quotation that led here (the parser may hang more on the noun)."""
    end = min(noun.right_edge.i, last)
    if end <= noun.i:
        return None
    return chars(doc, noun.i + 1, end)
