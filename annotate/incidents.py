"""Incidents: what happened, as reported, one entry per event.

Incident words (nouns, verbs and phrases, each with its type) come from the
lexicon in `data/incidents.json` and are found with a spaCy `PhraseMatcher`
on lemmas, plus what an agent named for the act does ("hackers took control
of a dam", "a gunman fired"). A match is a mention only if the dependency
parse reports it as real: nothing on its path up to the reporting clause is
negated ("did not attack", "no explosion"), modal or future ("would be",
"will strike"), conditional ("if ... attacks"), or governed by a word that
makes it a plan, threat, proposal, option or denial ("plans to attack",
"denied the attack"). Modifiers that make it unreal ("potential", "these
attacks") rule it out too. A culprit that is only suspected ("a tanker
suspected of causing the outage") leaves the event real.

Mentions are found by `incident_matching` and kept only when real
(`incident_reality`). Each gets its facts (`incident_facts` over the clause
parts of `incident_clauses`, `incident_places`, `incident_tolls`,
`incident_agents` with the actors of `incident_actors`, culprits named in
a sentence of their own in `incident_culprits`, dates in
`incident_when` normalised against the article's date in `incident_dates`,
datelines and a roundup's briefs in `incident_datelines`) and what its words say of it
(`incident_anchors`, `incident_generic`); a poisoning found later gains the
illness told before it (`incident_illness`). `incident_events` then folds
mentions into events and keeps generic references (a campaign, a list of
tactics) apart as patterns; a night's strikes lend their night to the parts
a roundup tells after them (`incident_overnight`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from annotate.actor_drafts import sentence_numbers
from annotate.actors import ActorIndex
from annotate.article import guess_title
from annotate.incident_agents import perpetrator_of, victims_of
from annotate.incident_air_kinds import crash_site
from annotate.incident_anchors import anchored, is_separate, refers_back
from annotate.incident_article_dates import dateline_date, dateline_end
from annotate.incident_blame_after import blame_after, the_pair
from annotate.incident_came_after import date_by_interval, measured_from
from annotate.incident_claimed_when import claimed_when
from annotate.incident_compared import ranked_in_class
from annotate.incident_corrections import on_correction_line
from annotate.incident_culprits import culprits
from annotate.incident_date_match import coarse, finest
from annotate.incident_dated_lines import on_dated_line
from annotate.incident_datelines import brief_of, dateline_place
from annotate.incident_dates import is_point
from annotate.incident_denials import denials, denied
from annotate.incident_events import fold
from annotate.incident_facts import place_of, site_named_before, span_of
from annotate.incident_found_damage import found_next
from annotate.incident_generic import is_generic
from annotate.incident_illness import fell_ill_after, fell_ill_before
from annotate.incident_link_ends import sea_of_the_link
from annotate.incident_matching import IncidentMatcher, mention_heads
from annotate.incident_mention import LOOSE_WORDS, Mention
from annotate.incident_named_links import listed_link
from annotate.incident_national_bodies import country_of_the_body
from annotate.incident_officials_places import officials_place
from annotate.incident_overnight import overnight_parts
from annotate.incident_place_clauses import country_of_the_hacked
from annotate.incident_places import best_place, places_in, rough_place
from annotate.incident_put_out import ended_then
from annotate.incident_records import as_pattern, event_incident
from annotate.incident_row_cells import own_row, row_facts
from annotate.incident_site_parts import part_of_a_site, site_just_named
from annotate.incident_summaries import blame_counted
from annotate.incident_table_rows import row_counts
from annotate.incident_takedowns import lawful_takedown
from annotate.incident_told_again import own_sites, time_point
from annotate.incident_told_time import in_context, resolve_told_from
from annotate.incident_tolls import next_sentence_tolls, tolls
from annotate.incident_update_days import update_days
from annotate.incident_verdicts import sentenced_unnamed
from annotate.incident_when import date_of, day_told_after
from annotate.model import Incident, Pattern
from annotate.parse_spans import doc_text

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)  # the article's date, set by the engine
if not Doc.has_extension("incident_patterns"):
    Doc.set_extension("incident_patterns", default=None)


def find_incidents(
    doc: Doc, actors: ActorIndex | None, matcher: IncidentMatcher | None = None
) -> list[Incident]:
    """Reported events in document order (ids are given later by the engine);
    the generic references found on the way are left on the doc as
    `doc._.incident_patterns`. The pipeline component passes the matcher it
    owns; without one (a test, a script) one is built for this doc."""
    incidents, patterns = find_events(doc, actors, matcher)
    doc._.incident_patterns = patterns
    return incidents


def find_events(
    doc: Doc, actors: ActorIndex | None, matcher: IncidentMatcher | None = None
) -> tuple[list[Incident], list[Pattern]]:
    """Events (mentions folded, see `incident_events`) and patterns."""
    index = actors or ActorIndex()
    found = mention_heads(doc, index, matcher or IncidentMatcher.build(doc.vocab))
    if not found:
        return [], []  # most articles: no incident word, and no need of the text
    ruled_out = denials(doc)  # "There was no explosion at the terminal"
    found = [(h, k) for h, k in found if not denied(h, k, ruled_out)]
    found = [(h, k) for h, k in found if not lawful_takedown(h, k)]  # police vs a gang's site
    found = [(h, k) for h, k in found if not on_correction_line(h)]  # retells the body's
    ill = fell_ill_before(found)  # "she collapsed at a café ... she had been poisoned"
    later = fell_ill_after(found)  # "an activist ... had been poisoned. ... X fell ill on 3 May"
    found = sorted(found + [(verb, "attack") for verb, _ in ill], key=lambda f: f[0].i)
    findings = {head.i for _, head in ill}
    fell_ill = {verb.i for verb, _ in ill}  # whoever fell ill is the victim, never the culprit
    heads = [h for h, _ in found]
    casualties = tolls(doc, heads)
    sentence = sentence_numbers(doc)
    text = doc_text(doc)
    reference = doc._.published or dateline_date(text)
    doc.user_data["briefing_dateline_end"] = dateline_end(text)
    headline_end = _headline_end(text)
    mentions: list[Mention] = []
    others = frozenset(h.i for h in heads)
    for head, kind in found:
        start, end = span_of(head)
        place, area = place_of(head)
        if kind == "cyber" and place in (None, dateline_place(head)):
            # "hackers broke into a Danish ferry company's systems": where the victim is
            if (country := country_of_the_hacked(head)) is not None:
                place, area = country, None
            elif place is None and (country := country_of_the_body(head)) is not None:
                place, area = country, None  # "the Slovak ministry's website was down"
        if place is None and (sea := sea_of_the_link(head)) is not None:
            place = sea  # "... in the Gulf of Riga. A cable between the two countries was cut"
        if place is None and kind not in _OWN_GROUND and (home := officials_place(head)):
            place = home  # "the governor of Kursk region said drones attacked a depot"
        if kind == "airspace" and (site := crash_site(head)) is not None:
            place, area = site, None  # "... and crashed near Plauru"
        date, own = date_of(head, reference, others)
        date = in_context(head, date, reference)
        date = date or claimed_when(head, reference)  # "claimed ... in March for X"
        if head.i in later and date is None:
            date, own = date_of(later[head.i], reference)  # the day its victim fell ill
        if head.i in later and place is None:
            place, area = place_of(later[head.i])  # and where
        if head.i in findings:
            # "after he was flown to Prague on 14 February, doctors found he had been
            # poisoned": the illness told before says where and when, not the finding
            place, area, date, own = None, None, None, False
        if date is not None and coarse(date):
            date = finest(date, day_told_after(head, reference))
        if date is not None and ended_then(head):
            date, own = None, False  # "the blaze was put out by Tuesday": when it ended
        if (row := row_facts(head, reference)) is not None:
            place, area, date = own_row(row, place, area, date, head)
            own = own or row.date is not None  # the row's own date cell
        killed, injured = casualties.get(head.i, (None, None))
        perpetrator, attribution = (
            perpetrator_of(head, index) if head.i not in fell_ill else (None, None)
        )
        point = time_point(head)
        if point:
            # "A week after the Ostend bombing, a device was found in Antwerp":
            # the clause is another act's; only the event's own words count
            place, area = best_place(places_in(t for t in head.subtree if t.i != head.i)) or (
                None,
                None,
            )
            words = doc[head.left_edge.i : head.right_edge.i + 1].text
            date = date if date is not None and date.text in words else None
            perpetrator, attribution = None, None
        mentions.append(
            Mention(
                head=head,
                type=kind,
                start=start,
                end=end,
                sentence=sentence[head.i],
                headline=start < headline_end,
                place=place,
                area=area,
                date=date,
                date_own=own,
                killed=killed,
                injured=injured,
                perpetrator=perpetrator,
                agent_person=_is_person(index, perpetrator),
                attribution=attribution,
                victims=victims_of(head, index),
                loose=head.lemma_.lower() in LOOSE_WORDS and kind == "attack",
                generic=is_generic(
                    head,
                    date is not None or on_dated_line(head),  # a timeline's line
                    bool(killed or injured),
                    start < headline_end,
                ),
                # the other act's "second"; one of several links cut
                separate=(is_separate(head) or listed_link(head) or measured_from(head, others))
                and not point,
                refers_back=refers_back(head) or head.i in findings,
                time_point=point,
                rough_place=place is not None and rough_place(head, place),
                brief=brief_of(head),
            )
        )
    resolve_told_from(mentions, doc, reference)
    own_sites(mentions)
    _sites_told_before(mentions)
    found_next(doc, mentions, sentence, reference)
    back = frozenset(m.head.i for m in mentions if m.refers_back)
    carried = next_sentence_tolls(doc, heads, [m.head for m in mentions if not m.generic], back)
    for m in mentions:
        if m.head.i in carried:
            m.carried = carried[m.head.i]
    row_counts(mentions, reference)  # "05.11.2026 | Sumy | ... | drone strike | 2 injured"
    generic = [m for m in mentions if m.generic]
    for m in mentions:
        if not m.generic and m.place is None:
            # "continues its bombardment of Ukraine, with four killed in a strike on
            # Monday": an instance of a campaign happens where the campaign does.
            around = [
                g
                for g in generic
                if g.sentence == m.sentence and g.place and not ranked_in_class(g.head)
            ]  # "was the deadliest attack in Belgium since 2023" is where no instance was
            if around:
                m.place = around[0].place
    # A word with nothing tying it to one event ("playing with fire", "a
    # terrorist attack" in general) may name an event told elsewhere, but never
    # makes one of its own.
    folded = fold([m for m in mentions if not m.generic])
    date_by_interval(folded)  # "the shooting came two days after a fire at X"
    events = [e for e in folded if any(map(anchored, e.mentions))]
    told = doc.user_data["briefing_dateline_end"]
    timed = (e for e in doc.ents if e.label_ in ("DATE", "TIME") and e.start_char >= told)
    overnight_parts(events, {sentence[e.start] for e in timed if is_point(e.text)})
    update_days(events, reference)  # "22 October ... At 10:20 Russian forces dropped"
    sentenced_unnamed(events, index)  # "sentenced two men for setting fire to a depot"
    if any(not any(m.perpetrator for m in e.mentions) for e in events):
        named = culprits(doc, index)
        # a roundup's brief names its own culprit
        briefs = {s: brief_of(doc[sentence.index(s)]) for s in named}
        blame_counted(events, named, doc, {s: sentence.index(s) for s in named})
        blame_after(events, named, briefs, doc)
        the_pair(events)
    patterns = [as_pattern(m, text) for m in generic]
    return [event_incident(e, text) for e in events], patterns


# Events whose place is whose ground or system was hit, never the speaker's town.
_OWN_GROUND = frozenset({"airspace", "cyber"})


def _sites_told_before(mentions: list[Mention]) -> None:
    """ "... over Karup air base ... two more drones were seen above the
    base": "the base" is the last one named, and so is the place."""
    for n, m in enumerate(mentions):
        if m.place is not None or (site := site_named_before(m.head)) is None:
            continue
        named = [x for x in mentions[:n] if x.place and x.place.lower().endswith(" " + site)]
        if named:
            m.place, m.area = named[-1].place, named[-1].area
    for n, m in enumerate(mentions):
        if m.place is None and part_of_a_site(m.head):  # "circled over the dry dock"
            before = [x for x in mentions[:n] if not x.headline]
            if (k := site_just_named(m.head, [(x.head, x.place) for x in before])) is not None:
                m.place, m.area = before[k].place, before[k].area


def _is_person(actors: ActorIndex, actor_id: str | None) -> bool:
    actor = actors.actor(actor_id) if actor_id else None
    return actor is not None and actor.kind == "person"


def _headline_end(text: str) -> int:
    """Where the article's headline line ends, or 0 when it has none."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    line = text[start:end].strip().lstrip("#").strip()
    return end if line and line == guess_title(text).strip() else 0
