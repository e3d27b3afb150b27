"""From incident mentions to events and patterns.

A mention is one span that reports or names an incident. Mentions are folded
into one event when they are of compatible types and do not differ in place
or time, and either share a sentence or the later one refers back ("the
blast", "Saturday's bombing", "his killing", "the missiles struck"). A
mention marked as another event ("in a separate attack", "a second
explosion") starts a new one. The event's main mention is the one that
reports it most fully (place, date, toll, perpetrator); its facts come from
the main mention first, then from the others.

Events that nothing tells apart are then joined (`incident_same_event`).

A generic reference (a campaign, a list of tactics, "a wave of drone
sightings", "hundreds of cyberattacks since 2022") is a pattern, never an
event.
"""

from __future__ import annotations

from annotate.incident_affirmed import affirmed_again
from annotate.incident_aftermath import fires_set_off
from annotate.incident_anchors import characterises, consequence, indefinite, told_during
from annotate.incident_boardings import join_boardings
from annotate.incident_clause_ties import clause_phase, means_of, one_act
from annotate.incident_counted_back import counted_back
from annotate.incident_cyber_means import other_means
from annotate.incident_date_match import same_date
from annotate.incident_detentions import join_detentions
from annotate.incident_digest_items import digest_items
from annotate.incident_disproved import denied_part
from annotate.incident_event_fit import (
    affinity,
    agrees,
    compatible,
    confirms,
    just_told,
    nearby,
    refines,
    same_place,
    told_before,
)
from annotate.incident_folds import (
    consequence_of,
    dated_by_its_handling,
    retold_target,
    told_ahead,
)
from annotate.incident_headings import under_headings
from annotate.incident_headline_places import another_town, names_a_town
from annotate.incident_heard import heard_of_the_strike
from annotate.incident_log_entries import new_entry
from annotate.incident_mention import Event, Mention
from annotate.incident_not_stated import asked
from annotate.incident_other_words import entered_by_the_drone, fire_set_before
from annotate.incident_put_out import put_out_after
from annotate.incident_recalled import likened_to, likens, same_place_as_before
from annotate.incident_recaps import recapped
from annotate.incident_retellings import (
    defer_update_dates,
    during_this,
    kept_apart,
    listed,
    own_list_places,
    restore_update_dates,
    summed_up,
    told_after_update,
)
from annotate.incident_same_event import consolidate, same_arms
from annotate.incident_same_site import site_named_back
from annotate.incident_since_dates import dated_by_a_period
from annotate.incident_site_again import site_again
from annotate.incident_strike_fires import fire_after_strike, strike_set_alight
from annotate.incident_table_rows import new_row, same_row
from annotate.incident_the_same import the_same
from annotate.incident_told_again import (
    named_site,
    ordinal_back,
    pointed_to,
    retold_act,
    seen_again,
    told_in_full,
)
from annotate.incident_told_before import broke_out, last_told, nth_told
from annotate.incident_told_roughly import told_roughly
from annotate.incident_told_twice import set_by_the_weapons, sighted_again
from annotate.incident_weapon_parts import one_of_the_weapons, the_weapons_that


def fold(mentions: list[Mention]) -> list[Event]:
    """Group mentions into events (see the module docstring)."""
    events: list[Event] = []
    body = [m for m in mentions if not m.headline]
    everything = events
    acts = frozenset(m.head.i for m in mentions)
    own_list_places(body, acts)
    during_this(body)  # "During this attack, at 02:18, a drone entered ..."
    updates = defer_update_dates(body)  # "the death toll from X rose to six on Tuesday"
    for m in body:
        m.separate = m.separate or new_entry(m, everything)  # a log's next line: "A car was ..."
        m.separate = m.separate or new_row(m, everything)  # a tracker table's next row
        m.separate = m.separate or likened_to(m)  # "the stabbing recalls the 2023 attack"
        m.place = same_place_as_before(m, everything) or m.place  # "in the same city"
        if likens(m):  # "the strike echoes the 2019 bombing of X": X and 2019 are the bombing's
            m.date, m.date_own, m.place, m.area = None, False, None, None
        if dated_by_a_period(m):
            m.date = None  # "the Mussalo blast fits a pattern of sabotage since 2022"
        if dated_by_its_handling(m, acts):
            # "were treating the damage ... on Thursday": the day of the handling
            told, m.date = m.date, None
            if not any(compatible(m, e.mentions[0]) and agrees(m, e) for e in everything):
                m.date = told  # nothing told before it could be: keep its day
        # A roundup's briefs tell events of their own: nothing folds across them.
        summaries = [e for e in everything if e.mentions[0].brief == m.brief]
        # "This week: X, Y and Z": members apart, each joined only by its full telling
        events = [e for e in summaries if not kept_apart(m, e, acts)]
        options = [e for e in events if all(compatible(m, x) for x in e.mentions[:1])]
        kin_events = options
        options = [e for e in options if agrees(m, e)]
        if consequence(m) or characterises(m.head):
            # "a fire broke out, cutting power": what it did; "the fire was sabotage": what it was
            options = [e for e in events if agrees(m, e)]
        same_sentence = [e for e in options if m.sentence in {x.sentence for x in e.mentions}]
        same_sentence = [] if m.time_point else same_sentence
        # "struck targets on Wednesday, hours after drones hit a ship": two events
        # of one kind; "an attack cut power after arsonists set fire to pylons": one
        same_sentence = [
            e
            for e in same_sentence
            if any(
                x.sentence != m.sentence
                or (
                    x.head not in m.head.conjuncts  # "the blaze ... and the severing of cables"
                    and not (listed(x, acts) and listed(m, acts))  # "This week: X, Y and Z"
                    and not told_during(m, x)
                    and (
                        x.type != m.type
                        or x.loose
                        or m.loose
                        or clause_phase(x.head) == clause_phase(m.head)
                    )
                )
                for x in e.mentions
            )
        ]
        linked = [
            e
            for e in events
            if any(x.sentence == m.sentence and one_act(m.head, x.head) for x in e.mentions)
            and not m.time_point
        ]
        # "the Kaunas arson" after fires in Kaunas and Vilnius; "X fired the shots"
        site = named_site(m, events) if m.refers_back else None
        fits = site is not None and compatible(m, site.mentions[0]) and agrees(m, site)
        target = site if fits else (the_same(m, events) or retold_act(m, events))
        if target is None:
            target = same_row(m, everything)  # "| missile strike and fire |": one row, one event
        if target is None:
            target = counted_back(m, events)  # "It is the third act of sabotage this year"
        if target is None:
            target = site_again(m, events)  # a statement's lead, then "in the hall of Building 7"
        if target is None and (nth := ordinal_back(m.head)) is not None:
            # "The second attack showed ...": one of the events told, never a new one
            told = nth_told(m, nth, events)
            if told is None and not (m.place or m.date):
                continue
            target = told
        if target is None and (again := seen_again(m, events)) is not None:
            target, m.date_own = again, False  # the event is dated by its first day
        if target is None and not m.separate:
            target = consequence_of(m, events)  # "..., cutting the power link to X"
        if target is None and not m.separate:
            target = entered_by_the_drone(m, events)  # "A drone crashed ... it had entered"
        if target is None and not m.separate:
            target = fire_set_before(m, events)  # "Saboteurs set fire to X. The fire ..."
        if target is None and not m.separate:
            target = set_by_the_weapons(m, events) or sighted_again(m, events)
        if target is None and not m.separate:
            # "One drone hit a ship", "the drones that crossed the border"
            target = one_of_the_weapons(m, events) or the_weapons_that(m, events)
        if target is None and not m.separate:
            target = site_named_back(m, events)  # "a warehouse in X" ... "the warehouse"
        if target is None and not m.separate:
            # "Explosions heard in Odesa"; "A drone did fly over the site" (what was told)
            target = heard_of_the_strike(m, events) or affirmed_again(m, events, agrees)
        if target is not None:
            pass
        elif linked:
            target = linked[-1]  # "a second substation was damaged by gunfire": one act
        elif same_sentence and not (m.separate and m.head.pos_ != "VERB"):
            target = same_sentence[-1]
        elif (back := told_before(m, options)) and m.refers_back and not m.separate:
            target = max(back, key=lambda e: affinity(m, e))
        elif m.refers_back and not m.separate and (close := just_told(m, events)):
            # "A drone strike on a market in El Fasher ... the drone hit the
            # Naivasha market": a reference back may name the place more closely.
            target = close
        elif not m.separate and (fine := refines(m, kin_events)) is not None:
            target = fine
        elif not m.separate and (near := [e for e in options if nearby(m, e)]):
            target = near[-1]
        elif not m.separate and (same := [e for e in options if confirms(m, e)]):
            target = same[-1]  # same type, same place and time
        elif (rough := told_roughly(m, options)) is not None:
            target = rough  # "entered Polish airspace on Monday" after "crashed near X"
        elif (lede := told_in_full(m, options)) is not None:
            target = lede  # named in passing, then told in full
        if target is None:
            target = put_out_after(m, events)  # "A small fire on deck was put out by the crew"
        if target is None and broke_out(m):
            # "A drone hit the tanker. A fire broke out on board": what it caused
            just = [e for e in options if any(m.sentence - x.sentence < 2 for x in e.mentions)]
            target = just[-1] if just else last_told(m, options, events)
        if target is None:
            # "drones attacked X. A fire broke out in the Y district"
            target = strike_set_alight(m, events)
        if target is None and not m.separate:
            target = fire_after_strike(m, events)  # "Hits ..., where a warehouse caught fire"
        if target is None and not m.separate and m.bare and not indefinite(m.head):
            # "who was gunned down", "the shooting", long after: a mention with
            # no facts of its own names an event of its kind told before. With
            # one such event it is that one; with several, it is left out.
            kin = [e for e in events if any(x.type == m.type for x in e.mentions)]
            if len(kin) == 1:
                target = kin[0]
            elif kin:
                continue
        if target is None and not m.separate:
            target = retold_target(m, events)  # "set fire to the unit"
        if target is None:
            target = summed_up(m, summaries, acts)  # "This week: ..., a strike on X and ..."
        if target is None:
            target = told_after_update(m, events, updates)  # "the death toll from X rose"
        if target is None and (denied_part(m.head) or recapped(m, everything)):
            continue  # "denied any role in the blast", a closing summary: told events at most
        if target is None or other_means([m], target):
            everything.append(Event([m]))  # "a DDoS attack" is not the ransomware told
        elif means_of(m.head, target.mentions[0].head):
            # "a substation was damaged in an arson attack": the means names the act
            target.mentions.insert(0, m)
        else:
            target.mentions.append(m)
    events = fires_set_off(everything, agrees)  # "a fire broke out after the strike"
    restore_update_dates(events, updates)
    for m in (m for m in mentions if m.headline):
        # "Depot arson and shopping centre fire", "second fire hits signal box":
        # a headline's rank or named site points to one of the events told.
        told = pointed_to(m, events)
        if (
            told is not None
            and compatible(m, next(x for x in told.mentions if not x.headline))
            and same_arms(Event([m]), told)
        ):
            told.mentions.insert(0, m)
            continue
        # A headline's places are shorthand ("blast on Warsaw–Lublin railway"):
        # it joins the event of its type and time that the body tells first.
        options = [
            e
            for e in events
            if compatible(m, next((x for x in e.mentions if not x.headline), e.mentions[0]))
            and all(same_date(m.date, x.date) for x in e.mentions)
            and not other_means([m], e)
            and same_arms(Event([m]), e)  # "Drones hit Kyiv" is not the missile on Sumy
            and not another_town(m, e)
        ]
        if not options and m.place and not names_a_town(m):
            # "the drone that crashed near Vilnius" over a body that calls it an
            # intrusion near Vilnius: the headline's place names the event, or
            # a wider area the telling does not name ("Sabotage in the Baltics"
            # over a fire in Tartu), unless the weapons differ.
            options = [
                e
                for e in events
                if same_arms(Event([m]), e)
                and any(
                    x.area is None or same_place(m.place, x.place) or same_place(m.place, x.area)
                    for x in e.mentions
                    if x.place
                )
            ]
        if options:
            # "...; Russian jet enters Estonian airspace": the event by the same agent
            best = max(
                options,
                key=lambda e: (
                    affinity(m, e)[0],
                    bool(m.perpetrator) and any(x.perpetrator == m.perpetrator for x in e.mentions),
                    -events.index(e),
                ),
            )
            best.mentions.insert(0, m)
        else:
            events.append(Event([m]))
    events = under_headings(events)  # "FINLAND – Ferry cable cut", then the item told
    # A question names an event at most: never one of its own ("Is the minister aware ...?")
    events = [e for e in events if not all(asked(m.head) for m in e.mentions)]
    ordered = sorted(told_ahead(events), key=lambda e: e.position)
    events = join_boardings(digest_items(consolidate(ordered)))
    return join_detentions(events)  # "A cable is damaged. Police seize the tanker X."
