"""The reporting-cue lexicon: verbs and phrases that attribute speech or
thought, with their `cue_class` and how their content is expressed.

General English only. Each verb lemma maps to a `CueVerb`:
- `cls`: say, accuse, deny, claim (distancing), confirm, urge, warn, think;
- `object`: its direct object can be the content ("denied the report",
  "urged NATO to act"); for verbs whose object is the addressee ("told
  reporters that …") it is content only together with what follows;
- `preps`: prepositions introducing content ("accused X of …", "called for …");
- `weak`: the verb also has ordinary senses ("show", "find", "know"), so it
  only counts with a clausal complement (a that-clause or finite ccomp).
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


def _verbs(cls: str, words: str, **options: object) -> dict[str, CueVerb]:
    return {w: CueVerb(cls, **options) for w in words.split()}  # type: ignore[arg-type]


@cache
def cue_verbs() -> dict[str, CueVerb]:
    """Verb lemma -> how it reports."""
    table: dict[str, CueVerb] = {}
    table |= _verbs(
        "say",
        "say add note state explain write report announce declare remark comment reply "
        "respond answer tweet recall mention argue observe reiterate emphasize emphasise "
        "stress quip joke boast testify disclose reveal predict promise pledge vow "
        "acknowledge describe continue repeat recount explain echo signal indicate "
        "conclude caution clarify complain lament muse speculate hint concur agree",
        preps=("about",),
    )
    for weak in ("continue", "describe", "signal", "indicate", "agree", "echo", "conclude"):
        table[weak] = CueVerb("say", weak=True)
    table["describe"] = CueVerb("say", object=True)
    table["announce"] = CueVerb("say", object=True)
    table["reveal"] = CueVerb("say", object=True, weak=True)
    table["predict"] = CueVerb("warn", object=True)
    table["promise"] = CueVerb("say", object=True)
    table["pledge"] = CueVerb("say", object=True)
    table["vow"] = CueVerb("say")
    table["tell"] = CueVerb("say", addressee=True)
    table["ask"] = CueVerb("urge", object=True, preps=("for", "about"), addressee=True)
    table["assure"] = CueVerb("say", addressee=True)
    table["remind"] = CueVerb("say", addressee=True)
    table["inform"] = CueVerb("say", addressee=True)
    table["call"] = CueVerb("say", object=True, preps=("for", "on"))
    table |= _verbs(
        "accuse",
        "accuse blame condemn criticize criticise attack slam blast denounce fault "
        "castigate rebuke charge decry lambaste chide mock ridicule",
        object=True,
        preps=("of", "for", "over"),
    )
    table |= _verbs("deny", "deny dismiss reject refute dispute rebut disavow", object=True)
    table |= _verbs("claim", "claim insist allege contend assert maintain purport", preps=("on",))
    table |= _verbs("confirm", "confirm admit concede affirm verify", object=True)
    table |= _verbs(
        "urge",
        "urge suggest propose recommend demand implore press encourage advise appeal request beg",
        object=True,
        preps=("for",),
    )
    table["suggest"] = CueVerb("urge", object=True)
    table |= _verbs("warn", "warn threaten", preps=("of", "about", "against"), addressee=True)
    table |= _verbs("think", "think believe fear feel doubt suspect reckon worry", preps=("about",))
    table |= _verbs("think", "hope expect assume guess know understand estimate imagine", weak=True)
    table |= _verbs("say", "show find suggest", weak=True)
    table["suggest"] = CueVerb("urge", object=True)
    return table


# Multi-word cues matched on lemmas: (lemmas, cue_class). The content is
# found as for their head verb; "according to" is handled on its own.
PHRASES: tuple[tuple[tuple[str, ...], str], ...] = (
    (("point", "out"), "say"),
    (("lash", "out"), "accuse"),
    (("go", "on", "to", "say"), "say"),
)

# Words introducing the source of what precedes or follows: "according to X".
ACCORDING = ("according", "to")

# Subjects that are not sources: expletive and generic pronouns.
NOT_SOURCES = frozenset({"it", "there", "this", "that", "which", "what"})

# Relative pronouns whose antecedent is the source ("Dragone, who said …").
RELATIVE = frozenset({"who", "which", "that", "whom"})
