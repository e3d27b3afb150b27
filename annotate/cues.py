"""The reporting-cue lexicon: verbs and phrases that attribute speech or
thought, with their `cue_class` and how their content is expressed.

General English only. Each verb lemma maps to a `CueVerb`:
- `cls`: say, accuse, deny, claim (distancing), confirm, urge, warn, think;
- `object`: its direct object can be the content ("denied the report",
  "urged NATO to act"); for verbs whose object is the addressee ("told
  reporters that …") it is content only together with what follows;
- `preps`: prepositions introducing content ("accused X of …", "called for …");
- `weak`: the verb also has ordinary senses ("show", "find", "know"), so it
  only counts with a clausal complement (a that-clause or finite ccomp), or
  right after a quotation ("“…,” he continued", "“…,” as one senator put it");
- `quotes_only`: a verb of characterisation ("branded X “…”", "hailed X as
  “…”") attributes the quotations in its content but makes no claim;
- `particle`: the verb reports only with it ("shot back", "chimed in").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class CueVerb:
    cls: str
    object: bool = False
    preps: tuple[str, ...] = ()
    weak: bool = False
    addressee: bool = False  # the direct object is who was told, not what
    prep_classes: tuple[tuple[str, str], ...] = ()  # "call for": urge
    needs_prep: bool = False  # "attacked X for …" reports; "attacked X" need not
    # a verb of characterisation ("branded X “…”", "hailed X as “…”"): it
    # attributes the quoted words in its content, but makes no claim itself
    quotes_only: bool = False
    particle: str = ""  # reports only with this particle: "fired back", "chimed in"


# (cue_class, options, lemmas). Later rows override earlier ones.
_TABLE: tuple[tuple[str, dict[str, object], str], ...] = (
    (
        "say",
        {"preps": ("about",)},
        "say add note state explain write report declare remark comment reply respond "
        "answer tweet recall mention argue observe reiterate emphasize emphasise stress "
        "quip joke boast testify disclose vow acknowledge repeat recount caution clarify "
        "complain lament bemoan muse speculate hint concur blurt scoff shout yell scream exclaim "
        "retort counter chant proclaim sneer snap grumble gush marvel fume vent plead whisper "
        "mutter thunder post text email interject read",
    ),
    ("say", {"weak": True}, "point"),  # "pointed out that …"
    ("say", {"particle": "back"}, "shoot fire"),  # "shot back", "fired back"
    ("say", {"particle": "in"}, "chime cut weigh"),  # "chimed in", "cut in"
    ("say", {"particle": "up"}, "pipe"),  # "piped up"
    # "went on about “…”", "railed against …": only with what they are about
    ("say", {"particle": "on", "preps": ("about",), "needs_prep": True, "quotes_only": True}, "go"),
    (
        "accuse",
        {"preps": ("against", "about"), "needs_prep": True, "quotes_only": True},
        "rail rant",
    ),
    ("say", {"object": True}, "describe announce promise pledge"),
    ("say", {"weak": True}, "signal indicate agree echo conclude show find put continue"),
    ("say", {"object": True, "weak": True}, "reveal"),
    ("say", {"addressee": True}, "tell assure remind inform"),
    (
        "say",
        {"object": True, "preps": ("for", "on"), "prep_classes": (("for", "urge"), ("on", "urge"))},
        "call",
    ),
    (
        "accuse",
        {"object": True, "preps": ("of", "for", "over")},
        "accuse blame condemn criticize criticise slam denounce fault castigate rebuke "
        "decry lambaste chide mock ridicule",
    ),
    (
        "accuse",
        {"object": True, "preps": ("for", "over", "as"), "needs_prep": True},
        "attack blast hit",
    ),
    (
        "accuse",
        {"object": True, "preps": ("as", "for", "of", "over"), "quotes_only": True},
        "brand label dub deride disparage assail pan excoriate berate scold chastise bash "
        "smear belittle",
    ),
    (
        "say",
        {"object": True, "preps": ("as", "for", "to"), "quotes_only": True},
        "characterize characterise term hail praise laud commend tout applaud liken compare "
        "cite reference invoke thank",
    ),
    ("deny", {"object": True}, "deny dismiss reject refute dispute rebut disavow"),
    ("claim", {"preps": ("on",)}, "claim insist allege contend assert maintain purport"),
    ("confirm", {"object": True}, "confirm admit concede affirm verify"),
    (
        "urge",
        {"object": True, "preps": ("for",)},
        "urge suggest propose recommend demand implore encourage advise appeal request beg exhort",
    ),
    ("urge", {"object": True, "preps": ("for", "about"), "addressee": True}, "ask"),
    ("warn", {"preps": ("of", "about", "against"), "addressee": True}, "warn threaten"),
    ("warn", {"object": True}, "predict"),
    ("think", {"preps": ("about",)}, "think believe fear feel doubt suspect reckon worry"),
    ("think", {"weak": True}, "hope expect assume guess know understand estimate imagine"),
    ("think", {"weak": True}, "wonder"),
)


@cache
def cue_verbs() -> dict[str, CueVerb]:
    """Verb lemma -> how it reports."""
    table: dict[str, CueVerb] = {}
    for cls, options, words in _TABLE:
        for word in words.split():
            table[word] = CueVerb(cls, **options)  # type: ignore[arg-type]
    return table


# Irregular past forms of reporting verbs, for phrasing a cue in the present
# ("said" -> "says"); regular ones are de-inflected by their ending.
IRREGULAR_FORMS: dict[str, str] = {
    "said": "say",
    "went": "go",
    "gone": "go",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "felt": "feel",
    "knew": "know",
    "known": "know",
    "found": "find",
    "understood": "understand",
    "put": "put",
    "hit": "hit",
    "read": "read",
    "spoke": "speak",
    "spoken": "speak",
    "swore": "swear",
    "sworn": "swear",
    "shown": "show",
    "foresaw": "foresee",
    "forecast": "forecast",
    "sang": "sing",
    "sung": "sing",
    "blew": "blow",
    "let": "let",
    "shot": "shoot",
    "cut": "cut",
}

# Subjects that are not sources: expletive and generic pronouns. ("It" is a
# source when it is the subject of an active speech verb: "“…,” it said".)
NOT_SOURCES = frozenset({"it", "there", "this", "that", "which", "what"})

# Relative pronouns whose antecedent is the source ("Dragone, who said …").
RELATIVE = frozenset({"who", "which", "that", "whom"})
