"""What a fact-check or a correction tells as untrue: a claim quoted and rated
(`Claim 2: "Saboteurs blew up a bridge." FALSE.`), what posts, videos or
screenshots claimed, and a report that has been withdrawn or retracted. The
act told inside them did not happen, as far as the article says; the rating,
the posting and the withdrawal are its own findings.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from annotate.parse_spans import doc_text

# A line that lists a claim to be rated: "Claim 2:", "Claim:", "Rumour 3 -".
_CLAIM_LINE = re.compile(
    r"(?:(?:the|our|a)\s+)?(?:claim|rumou?r|allegation)\s*(?:no\.?\s*)?\d*\s*[:\-–—]", re.I
)
# A rating in a fact-check's own words: upper case ("FALSE."), or after a label
# ("Verdict: false", "Rating: misleading").
_RATINGS = (
    "false|fake|misleading|unproven|unverified|unsupported|unsubstantiated|baseless|"
    "fabricated|mostly false|partly false|partially false|missing context|no evidence|"
    "out of context|satire|altered|doctored"
)
_RATED = re.compile(rf"\b(?:{_RATINGS.upper()})\b")
_LABELLED = re.compile(rf"\b(?:verdict|rating|our rating|assessment)\s*:\s*(?:{_RATINGS})\b", re.I)
# "PARTLY TRUE" is no true rating: the claim got something wrong, and the body
# tells what did happen (the claim's own facts are not to be listed).
_TRUE = re.compile(
    r"(?<!PARTLY )(?<!PARTIALLY )(?<!HALF )(?<!HALF-)(?<!MOSTLY )"
    r"\b(?:TRUE|CORRECT|ACCURATE|CONFIRMED)\b"
    r"|\b(?:[Vv]erdict|[Rr]ating)\s*:\s*[Tt]rue\b"
)

# What circulates online and can "claim" a thing: its claim is not a source's.
_CONTENT = frozenset(
    "post video clip screenshot image photo picture message tweet rumour rumor meme "
    "footage reel story".split()
)
_CLAIMING = frozenset({"claim", "purport", "allege"})
# What a post with no author named "said" is its claim too (never "a post by the ministry").
_SAYING = frozenset({"say", "state", "suggest", "report", "assert", "insist", "warn"})
_AUTHORED = frozenset({"by", "from"})
# Telling a thing wrongly: "falsely reported that ...".
_WRONGLY = frozenset({"wrongly", "falsely", "erroneously", "mistakenly", "incorrectly"})
_UNTRUE = frozenset(
    "false untrue fake baseless unfounded wrong groundless fabricated incorrect inaccurate".split()
)
# A report taken back by whoever published it.
_REPORTS = frozenset(
    {"report", "story", "article", "post", "claim", "tweet", "update", "rumour", "rumor"}
)
_SHOWN = frozenset({"turn", "prove", "show", "find", "reveal", "establish"})
_NOTHING_HAPPENED = frozenset({"hoax", "fabrication", "myth", "invention"})
_TAKEN_BACK = frozenset({"withdraw", "retract", "delete", "remove", "debunk", "refute", "disprove"})


def rated_untrue(head: Token) -> bool:
    """A claim a fact-check lists and rates: on a "Claim N:" line that gives
    no true rating, or in quotation marks followed, on its line, by a rating."""
    text = doc_text(head.doc)
    start = text.rfind("\n", 0, head.idx) + 1
    end = text.find("\n", head.idx)
    line = text[start : len(text) if end == -1 else end]
    bare = line.lstrip(" \t#*>-•")
    if _CLAIM_LINE.match(bare):
        following = text[len(text) if end == -1 else end :].lstrip("\n").split("\n", 1)[0]
        return not (_TRUE.search(line) or _TRUE.search(following))  # "Verdict: True" below
    if re.match(rf"(?:{_RATINGS.upper()})\s*[:\-–—]", bare):
        return True  # "FALSE: Drones attacked the refinery"
    after = line[head.idx - start :]
    close = re.search(r"[\"”]", after)
    if close is None or not re.search(r"[\"“]", line[: head.idx - start]):
        return False  # not inside a quotation on this line
    rest = after[close.end() :]
    return bool(_RATED.search(rest) or _LABELLED.search(rest)) and not _TRUE.search(rest)


def claimed_by_content(head: Token) -> bool:
    """ "Videos shared on X claimed that hackers had seized the locks",
    "posts claiming a blast at the refinery", a clip's caption: what
    circulating posts or videos claim is theirs alone."""
    if _captioned(head):
        return True
    for node in head.ancestors:
        if node.pos_ != "VERB":
            continue
        lemma = node.lemma_.lower()
        if lemma in _CLAIMING and any(_content(n) for n in _claimants(node)):
            return True
        if lemma in _SAYING and any(_content(n) and _unsigned(n) for n in _claimants(node)):
            return True  # "A widely shared post said drones had attacked the airport"
        if lemma in _SAYING | _CLAIMING and any(c.lower_ in _WRONGLY for c in node.children):
            return True  # "Local media falsely reported that a missile had hit the village"
    return False


# Words a clip or a picture carries: what they say is the clip's claim.
_CAPTIONED = re.compile(
    r"\b(?:caption|captions|overlay|headline|slogan|banner)\b[^.:\"“”]{0,40}:\s*[\"“]$", re.I
)


def _captioned(head: Token) -> bool:
    """'followed by a caption in Hungarian: "Zelensky's men have attacked
    Hungary."': an act told in the quoted words of a caption."""
    text = doc_text(head.doc)
    start = text.rfind("\n", 0, head.idx) + 1
    before = text[start : head.idx]
    if before.count('"') % 2 == 0 and before.count("“") <= before.count("”"):
        return False  # not inside a quotation on this line
    opening = max(before.rfind('"'), before.rfind("“"))
    return _CAPTIONED.search(before[: opening + 1]) is not None


def _unsigned(noun: Token) -> bool:
    """A post with no author given ("a post by the ministry", "the army's post" have one)."""
    return not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in _AUTHORED) for c in noun.children
    )


def _claimants(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Posts accompanying the clip say ...", parsed with a clause as the subject
    found += [
        g for c in verb.children if c.dep_ == "csubj" for g in c.children if g.dep_ == "nsubj"
    ]
    if verb.dep_ == "acl":
        found.append(verb.head)  # "posts claiming ..."
    if verb.dep_ in ("dep", "conj", "relcl", "advcl", "parataxis") and verb.head.i != verb.i:
        if verb.dep_ == "relcl":
            found.append(verb.head)  # "a video that claimed ..."
        found += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found


def _content(noun: Token) -> bool:
    """A post, a video, or a run of them ("a wave of posts", "dozens of videos")."""
    if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in _CONTENT:
        return True
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _CONTENT for o in p.children)
        for p in noun.children
    )


def taken_back(head: Token) -> bool:
    """ "An earlier report that a second drone had entered the airspace has
    been withdrawn", "a story about a fire at the depot was retracted": what
    a report told that its publisher took back."""
    for node in head.ancestors:
        if node.pos_ == "NOUN" and node.lemma_.lower() in _REPORTS:
            verb = node.head
            if node.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in _TAKEN_BACK:
                return True
            if node.dep_ == "nsubj" and verb.lemma_ == "be":
                # "Claims that saboteurs had cut the line were unfounded"
                return any(
                    c.dep_ in ("acomp", "attr") and c.lower_ in _UNTRUE for c in verb.children
                )
            if node.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in _SHOWN:
                # "turned out to be false", "were later shown to be false", "proved untrue",
                # "turned out to be a false alarm", "proved a hoax"
                return any(
                    t.dep_ in ("acomp", "attr", "oprd")
                    and (
                        t.lower_ in _UNTRUE
                        or t.lemma_.lower() in _NOTHING_HAPPENED
                        or any(c.dep_ == "amod" and c.lower_ in _UNTRUE for c in t.children)
                    )
                    for t in verb.subtree
                    if t.i > verb.i
                )
            return False
        if node.dep_ in ("ROOT",) or (node.pos_ == "VERB" and node.dep_ == "ccomp"):
            return False
    return False


_SHOWING = frozenset({"show", "depict", "capture"})
_FACT_CHECK = re.compile(
    rf"^[ \t#*>\-•]*(?:{_CLAIM_LINE.pattern}|(?:verdict|rating)\s*:)|\bfact[- ]?check|"
    r"\breverse[- ]image search",
    re.IGNORECASE | re.MULTILINE,
)


def shown_in_a_fact_check(head: Token) -> bool:
    """ "Videos posted on Monday show a large blast near Grafenwöhr" in an
    article that rates claims: what circulating footage shows is the claim
    the article checks (a demolition, an old fire elsewhere), never an event
    it reports; what did happen it tells in its own words."""
    noun = head
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "a blast and a cloud of smoke"
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _SHOWING:
        return False
    before = head.doc[verb.sent.start : verb.i]
    if not any(_content(t) for t in before):
        return False
    if any(t.lemma_.lower() == "search" and t.pos_ == "NOUN" for t in before):
        return False  # "a reverse image search leads to videos ... showing": the source
    if told_as_past(noun):
        return False  # "shows a fire that broke out on Saturday at a depot in X"
    return _rates_claims(head)


def told_as_past(noun: Token) -> bool:
    """The article tells in its own words that the thing shown happened: a
    relative clause in the past with the noun as its subject ("a fire that
    broke out on Saturday"), not what posts say of it."""
    return any(
        c.dep_ == "relcl"
        and c.tag_ == "VBD"
        and any(g.dep_ == "nsubj" and g.lower_ in ("that", "which") for g in c.children)
        for c in noun.children
    )


def _rates_claims(head: Token) -> bool:
    """Whether the article is a fact-check (claim lines, verdicts, the words)."""
    data = head.doc.user_data
    if "briefing_fact_check" not in data:
        data["briefing_fact_check"] = _FACT_CHECK.search(doc_text(head.doc)) is not None
    return bool(data["briefing_fact_check"])
