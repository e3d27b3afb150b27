"""Where an incident happened: the most specific place its words name, and
the area that contains it when the text gives both.

Places are named entities (GPE, LOC, FAC), names the parser tagged otherwise
but the text or the lexicon knows as places ("Vilnius" tagged ORG), the name
after "the village of", "the city of" ..., and a nation's territory
("Polish airspace" -> Poland); whether a name is a place is
`incident_place_names`' to say. A name that heads a facility ("Munich
airport", "the Abu Shouk displacement camp") is kept with it, and the name
alone becomes its area. Specificity, most specific first: a facility; a
village, town, district or municipality; a city or other named place; a
region; a country. Ties go to the first named.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from annotate.entity_spans import entity_at
from annotate.incident_body_towns import body_place
from annotate.incident_datelines import dateline_word
from annotate.incident_home_towns import home_of_the_hit
from annotate.incident_institutes import in_a_town, institution_at
from annotate.incident_link_ends import link_end, named_link, register_link_name
from annotate.incident_named_sites import untagged_site
from annotate.incident_not_places import (
    a_person,
    acronym,
    attribute,
    describes_someone,
    own_name,
)
from annotate.incident_of_names import of_name
from annotate.incident_origins import a_persons_country, where_it_leads
from annotate.incident_place_names import (
    a_state_by_its_title,
    facility_after,
    is_place_name,
    named_by_kind,
    place_rank,
    untagged_place,
    with_compass,
)
from annotate.incident_place_words import (
    CITY,
    LINKS,
    LOCAL,
    REGION,
    facilities,
)
from annotate.incident_routes import route_at
from annotate.incident_site_names import (
    before_a_preposition,
    hyphen_start,
    kind_of_a_name,
    numbered_part,
    part_of_a_town,
    particle_tail,
    with_district,
)
from annotate.incident_site_owners import company_site, indefinite_site
from annotate.incident_streets import street_at
from annotate.incident_struck_towns import struck_town
from annotate.incident_territory import its_country
from annotate.incident_used_towns import titled_person, town_by_use
from annotate.incident_vessels import a_vessel
from annotate.lexicons import country_of, demonym_of, incident_words
from annotate.parse_spans import span_text

_TERRITORY = frozenset({"airspace", "territory", "soil", "waters", "border", "coast"})
# "Czech websites were knocked offline": a nation's sites, the only place the clause names.
_ONLINE = frozenset({"website", "site", "portal", "server", "network"})
_UNDERSEA = frozenset({"undersea", "subsea", "seabed", "offshore", "underwater"})
_SCOPES = frozenset({"history", "memory", "record", "records"})


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    rank: int  # 0 facility ... 4 country
    start: int  # token index, for order
    area: str | None = None
    listed: bool = False  # one of a list ("Kharkiv and Odesa"): not an area
    link: bool = False  # a cable's or pipeline's own name: what was hit, not where
    end: bool = False  # what a link joins ("a cable linking A to B"): after the rest


def place_at(token: Token) -> Place | None:
    """The place a token names, if it is part of one."""
    owner = token.head
    while owner.dep_ == "compound" and owner.head.i > owner.i:
        owner = owner.head  # "Czech government websites"
    owned = owner.lemma_.lower()
    territory = owned in _TERRITORY or token.head.lower_ in _TERRITORY or owned in _ONLINE
    if territory and (country := its_country(token)):
        return Place(country, 4, token.i)  # "by Poland, after drones entered its airspace"
    if territory and token.dep_ in ("amod", "compound", "nmod") and token.ent_type_ != "ORG":
        owner = demonym_of(token.text)  # "Polish airspace", however the adjective is tagged
        # "Lutsk, near the Polish border": near a border is on neither side, so never an area
        beside = owned == "border"
        return Place(owner[0], 4, token.i, listed=beside) if owner else None
    if token.ent_type_ == "NORP" and any(c.lower_ in _UNDERSEA for c in token.head.children):
        return Place(f"{token.text} Sea", 3, token.i)  # "undersea Baltic cables"
    if dateline_word(token):
        return None  # "WARSAW — A cable was cut": where the report was filed
    if a_persons_country(token) or where_it_leads(token):
        return None  # "a citizen of Ukraine was stabbed", "the line to Lithuania": not where
    if (route := route_at(token)) is not None:
        return Place(token.doc[route[0] : route[1]].text, 3, route[0])  # "the Warsaw–Lublin line"
    if (street := street_at(token)) is not None:
        return Place(token.doc[street[0] : street[1]].text, 1, street[0])  # "on ul. Lipowa"
    if (site := untagged_site(token)) is not None:
        first = hyphen_start(token.doc, site[0])  # "the Ust-Luga oil terminal"
        return Place(token.doc[first : site[1]].text, 0, first)  # "the Gullfaks C platform"
    if numbered_part(token) or particle_tail(token):
        return None  # "in Building 7 of our plant at Mühlau"; "Oder" of "Frankfurt an der Oder"
    if (institution := institution_at(token)) is not None:
        return Place(token.doc[institution[0] : institution[1]].text, 0, institution[0])
    if (town := struck_town(token)) is not None:
        return Place(token.doc[town[0] : town[1]].text, 2, town[0])  # "drones attacked Mykolaiv"
    if (name := of_name(token)) is not None:
        return Place(token.doc[name[0] : name[1]].text, name[2], name[0])  # "Bridge of Allan"
    if (body := body_place(token)) is not None:
        return Place(*body)  # "the website of the Port of Varna Authority": Varna
    ent = entity_at(token)
    ent = before_a_preposition(ent, token) if ent is not None else None  # "X in Y district"
    if ent is not None and home_of_the_hit(ent):
        return Place(span_text(ent), 3, ent.start)  # "Den Helder-based Seaward Services", its town
    # "the city of Odesa", "in the Kyivskyi district" (the name untagged)
    kind_after = token.dep_ == "compound" and token.head.lower_ in LOCAL
    if (
        ent is None
        and token.pos_ == "PROPN"
        and (named_by_kind(token) or untagged_place(token) or kind_after)
    ):
        ent = Span(token.doc, token.left_edge.i, token.i + 1, label="GPE")  # "the city of Odesa"
    if ent is None or not is_place_name(ent) or a_vessel(ent):
        if ent is not None and a_vessel(ent):
            return None
        used = town_by_use(token)  # "a missile strike on Dnipro", the town tagged a person
        return None if used is None else Place(token.doc[used[0] : used[1]].text, 2, used[0])
    if part_of_a_town(ent):
        return Place(with_compass(ent).text, 1, ent.start)  # "the Praga district of Warsaw"
    if kind_of_a_name(ent, LOCAL | CITY | REGION):
        return None  # "the Danube port of Reni": Reni is the place
    demonym = (
        demonym_of(span_text(ent).strip()) is not None
        and country_of(span_text(ent).strip()) is None
    )
    # "a message in Ukrainian": a language, however tagged
    tongue = demonym and len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "in"
    adjective = ent.root.pos_ == "ADJ" or ent.root.dep_ == "amod"  # "Ukrainian sea drones"
    if demonym and (ent.label_ == "NORP" or adjective or tongue):  # not "the Baltics"
        # "the Romanian village of Plauru": Plauru is the place; "a Ukrainian
        # power plant": a demonym, however tagged, is never a place
        return None
    local = ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in LOCAL
    placed = len(ent) == 1 and (untagged_place(ent.root) or named_by_kind(ent.root))
    if ent.label_ == "NORP" and not local and not placed:
        return None  # a name tagged as a people, unless placed by its syntax ("in Wrocław")
    if attribute(ent):
        return None  # "a Panama-flagged carrier", "a Moscow-backed group": not where
    if a_person(ent):
        return None  # "Nino Kavtaradze, an editor at ...": a person, whatever the tagger says
    if facility_after(ent) is None and titled_person([t.text for t in ent], ent.doc):
        return None  # "fire on Ivanenko ... Mr Ivanenko": a person, not "Kennedy airport"
    ent = with_district(ent)  # "Prague-Hostivař", the district untagged
    named = with_compass(ent)
    if (start := hyphen_start(doc := ent.doc, named.start)) < named.start:
        named = doc[start : named.end]  # "the Ust-Luga oil terminal", "Luga" tagged alone
    head = ent.root.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    doc = ent.doc
    possessed = ent.end < len(doc) and doc[ent.end].tag_ == "POS"
    if possessed and head.lemma_.lower() in _OWNED_BODIES:
        return None  # "linked the fire to Russia's military intelligence": whose, not where
    facility = facility_after(ent)
    if facility is not None and facility.i == ent.end and acronym(ent):
        return None  # "the LNG terminal in Inkoo": a kind of site, not its town
    if facility is not None:
        head = facility
    if possessed and country_of(span_text(ent).strip()) and placed_in(head):
        return None  # "Ukraine's consulate in Marseille": whose it is; the city is where
    if head.lemma_.lower() in facilities() and (head.i == ent.end or possessed or facility):
        # "Munich airport", "Tallinn's largest hospital": the facility, in its town.
        # The name right before the facility is its town ("Munich airport");
        # with words between, it is the facility's own name ("the Abu Shouk
        # displacement camp"), and the area is the wider place named after it.
        town = (facility is None or facility.i == ent.end) and not in_a_town(head)
        if company_site(ent, head):
            return Place(doc[named.start : head.i + 1].text, 3, ent.start)
        if not possessed and (site := indefinite_site(ent, named, head)):
            return Place(*site)  # "a Dagenham warehouse": a warehouse in Dagenham
        return Place(doc[named.start : head.i + 1].text, 0, ent.start, named.text if town else None)
    if head.lemma_.lower() in LINKS and (own_name(ent) or named_link(ent)):
        # "the Nordgas gas pipeline", "the Estlink power cable": the link's own
        # name, not a place of its own.
        name = register_link_name(doc, doc[named.start : head.i + 1].text)
        return Place(name, 3, ent.start, link=True)
    if ent.label_ == "FAC" and ent.root.dep_ == "compound" and head.pos_ == "NOUN":
        # "the Weldon Road business park in Corby": a site named for its road,
        # less telling than the town it is in.
        return Place(named.text, 3, ent.start)
    if ent.end < len(doc) and doc[ent.end].lemma_.lower() in LOCAL:
        if ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "of":
            return None  # "the Mayo town of Ballina": Ballina is the place
        return Place(doc[named.start : ent.end + 1].text, 1, ent.start)  # "Žirmūnai district"
    if ent.end < len(doc) and doc[ent.end].lower_ in REGION and doc[ent.end].pos_ == "NOUN":
        if not (ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "of"):
            # "the Kherson region": the region, not the city of its name
            return Place(doc[named.start : ent.end + 1].text, 3, ent.start)
    root = ent.root
    # "Kharkiv and Odesa" is a list; "San Bernardino, California" names an area.
    listed = root.dep_ == "conj" and any(c.dep_ == "cc" for c in root.head.children)
    rank = place_rank(ent)
    if describes_someone(ent):
        rank = max(rank, 3)  # "a Galway county councillor ... at his office in Tuam"
    return Place(named.text, rank, ent.start, listed=listed)


# A state's or a group's bodies: "Russia's military intelligence service".
_OWNED_BODIES = frozenset(
    "intelligence service services agency army military forces navy government ministry".split()
)


def placed_in(site: Token) -> bool:
    """Whether a site is placed by a name after it ("the consulate in Marseille")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at")
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in site.children
    )


def _as_end(place: Place, token: Token) -> Place:
    if not link_end(token):
        return place
    return Place(place.text, place.rank, place.start, place.area, True, place.link, True)


def places_in(tokens: Iterable[Token]) -> list[Place]:
    """Every place named among the tokens, once each, in text order; not the
    scope of a superlative ("the deadliest shooting in U.S. history")."""
    found: dict[int, Place] = {}
    for token in tokens:
        if token.head.lemma_.lower() in _SCOPES:
            continue
        place = place_at(token)
        place = place if place is None else _as_end(place, token)
        if place is not None and all(p.text != place.text for p in found.values()):
            told = found.get(place.start)  # "Mala", then "Mala Danylivka": the whole name
            if told is None or place.text.startswith(told.text + " "):
                found[place.start] = place
    return [found[k] for k in sorted(found)]


def best_place(places: list[Place]) -> tuple[str, str | None] | None:
    """The most specific place and, when the text gives one, its area: the
    facility's own town, or the next less specific place named after it. A
    link's own name only when nothing else is named (the Nord Stream
    pipelines were what was blown apart, the Baltic Sea where)."""
    places = [p for p in places if not p.link] or places
    if not places:
        return None
    # The ends of a link come after any place of the damage's own, a
    # coast's country excepted ("between Gotland and X, off the Swedish coast").
    best = min(places, key=lambda p: (3.5 if p.end else p.rank, p.start))
    if best.area:
        return best.text, best.area
    wider = [p for p in places if p.start > best.start and p.rank >= best.rank and not p.listed]
    # "the border of the Republic of Lithuania near Druskininkai": the town's state
    wider = wider or [p for p in places if p.start < best.start and a_state_by_its_title(p.text)]
    return best.text, wider[0].text if wider else None


def rough_place(head: Token, place: str) -> bool:
    """Whether an incident's place is told only roughly: a country for its
    airspace or waters ("entered Lithuanian airspace"), or a town a ship was
    some miles off ("70 nautical miles west of Hodeidah")."""
    if country_of(place) is not None:
        return any(t.lemma_.lower() in _TERRITORY for t in head.subtree) or any(
            t.lemma_.lower() in _TERRITORY for t in head.children
        )
    compass = set(incident_words()["compass"])
    for token in head.subtree:
        if token.text == place.split()[-1] and token.head.lower_ == "of":
            return token.head.head.lower_ in compass
    return False
