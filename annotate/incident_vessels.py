"""Names a text gives a ship ("the tanker Volga Star", "the Sea Heron, a
Greek-owned tanker"): a vessel is what was hit or suspected, never where."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span

from annotate.lexicons import country_of, demonym_of
from annotate.parse_spans import span_text

_VESSELS = frozenset(
    "tanker carrier vessel ship freighter bulker trawler ferry frigate destroyer warship"
    " corvette boat yacht barge icebreaker".split()
)


_WATERS = frozenset("sea ocean gulf strait straits channel river lake canal".split())


def _vessel_names(doc: Doc) -> frozenset[str]:
    """Names the doc gives a ship ("the bulk carrier Marlin Bay", "the Sea
    Heron, a Greek-owned tanker"): a vessel is what was hit or suspected,
    never where. Read from the surface, as the parser often splits them."""
    cached = doc.user_data.get("briefing_vessels")
    if cached is None:
        names = set()
        wanted = {doc.vocab.strings.add(v) for w in _VESSELS for v in (w, w.title())}
        lemmas = doc.to_array([LEMMA]).tolist()  # no Token made for the other words
        for token in (doc[i] for i, h in enumerate(lemmas) if h in wanted):
            if token.pos_ != "NOUN":
                continue
            end = token.i + 1
            while end < len(doc) and (
                doc[end].pos_ == "PROPN" or (doc[end].text[:1].isupper() and doc[end].ent_type_)
            ):
                end += 1  # "the bulk carrier Tutor", its name tagged a noun
            if end > token.i + 1:
                names.add(doc[token.i + 1 : end].text.lower())  # "the tanker Volga Star"
            first = token.i  # "the Sea Lark tanker": a name of two words or more before it
            while (
                first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound"
            ):
                first -= 1
            named = doc[first : token.i].text
            # not "the New York ferry terminal", "a Baltic Sea ferry"
            whole = token.dep_ != "compound" and doc[token.i - 1].lower_ not in _WATERS
            if (
                whole
                and token.i - first >= 2
                and country_of(named) is None
                and demonym_of(named) is None
            ):
                names.add(named.lower())
            before = token.i - 1  # back over the vessel's own words to a comma
            while before > max(token.i - 6, 0) and doc[before].text != ",":
                if token not in doc[before].ancestors:
                    break
                before -= 1
            if before > 0 and doc[before].text == "," and doc[before - 1].pos_ == "PROPN":
                first = before - 1
                while first > 0 and doc[first - 1].pos_ == "PROPN":
                    first -= 1
                names.add(doc[first:before].text.lower())  # "the Sea Heron, a tanker"
        cached = frozenset(names)
        doc.user_data["briefing_vessels"] = cached
    return cached


def a_vessel(ent: Span) -> bool:
    """Whether a name is one the doc gives a ship."""
    name = _without_the(span_text(ent).strip()).lower()
    return any(name == v or name.startswith(v + " ") for v in _vessel_names(ent.doc))


def _without_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name
