"""Round 27 of the incident rules, on the date and toll of events found:
a timeline's entries told as paragraphs under a heading that is only their
date. Sentences written for these tests (not from any corpus or gold set);
each text opens with a headline line, as an article does."""

from __future__ import annotations

import datetime as dt

from incident_support import found_on, toll

from annotate.incident_heading_dates import heading_date

THURSDAY = dt.date(2026, 3, 5)
found = found_on(THURSDAY)

TIMELINE = (
    "Timeline: attacks on dissidents abroad\n\n"
    "Prosecutors on Wednesday charged a man over the latest attack. "
    "Here is a timeline of key incidents.\n\n"
    "{first}\n\n"
    "Marek Tomasz, a blogger, is found unconscious in his flat by a friend. "
    "He spends nine days in intensive care. "
    "Doctors later say he was poisoned with a nerve agent.\n\n"
    "{second}\n\n"
    "Olga Brandt, a publisher who fled in 2021, is shot dead outside her office. "
    "Police say the gunman escaped on foot.\n\n"
    "{third}\n\n"
    "Investigators say Tomasz was poisoned with a military nerve agent.\n\n"
    "{fourth}\n\n"
    "Prosecutors charge a suspect with attempted murder.\n"
)
HEADINGS = {
    "first": "14 March 2025 – Gdansk, Poland",
    "second": "2 June 2025 – Madrid, Spain",
    "third": "4 November 2025 – Gdansk",
    "fourth": "20 January 2026",
}


def _dated(events, words: str) -> str | None:
    event = next(e for e in events if words in e.text)
    return event.date.iso if event.date else None


def test_a_paragraph_under_a_date_heading_takes_its_day(nlp):
    events = found(nlp, TIMELINE.format(**HEADINGS))
    assert _dated(events, "he was poisoned") == "2025-03-14"
    assert _dated(events, "shot dead") == "2025-06-02"


def test_each_entry_keeps_its_own_toll(nlp):
    # the shooting under the next heading is another event: its dead are not
    # the poisoned man's
    events = found(nlp, TIMELINE.format(**HEADINGS))
    poisoned = next(e for e in events if "he was poisoned" in e.text)
    shot = next(e for e in events if "shot dead" in e.text)
    assert toll(poisoned) == (None, 1)
    assert toll(shot) == (1, None)


def test_a_later_finding_on_someone_named_above_is_not_dated_by_its_heading(nlp):
    events = found(nlp, TIMELINE.format(**HEADINGS))
    assert "2025-11-04" not in {e.date.iso for e in events if e.date}


def test_a_charge_under_a_heading_is_not_the_events_day(nlp):
    events = found(nlp, TIMELINE.format(**HEADINGS))
    assert "2026-01-20" not in {e.date.iso for e in events if e.date}


def test_a_heading_without_a_year_takes_the_headlines(nlp):
    text = TIMELINE.format(**HEADINGS).replace("14 March 2025", "14 September")
    text = text.replace("Timeline: attacks", "Timeline: 2024 attacks", 1)
    assert _dated(found(nlp, text), "he was poisoned") == "2024-09-14"


def test_only_the_line_right_above_a_paragraph_counts():
    text = "News\n\n14 March 2025\n\nA fire broke out. More text.\n\nA second paragraph.\n"
    assert heading_date(text, text.index("fire"), 0) == ("14 March 2025", True)
    assert heading_date(text, text.index("second"), 0) is None
    # a sentence that opens with a date is no heading
    text = "News\n\n14 March 2025 was cold. Then\n\nA fire broke out.\n"
    assert heading_date(text, text.index("fire"), 0) is None
    # the page's own date line above the body is the report's day
    text = "News\n\n24 September\n\nA fire broke out.\n"
    assert heading_date(text, text.index("fire"), text.index("A fire")) is None


LIVE = (
    "Ukraine live: strikes on Kharkiv and Zaporizhzhia\n\n"
    "09:10\n"
    "Kharkiv's mayor says a drone hit an apartment block in the city's Kyivskyi district "
    "at about 2 a.m., killing three people.\n\n"
    "09:40\n"
    "The governor of Zaporizhzhia says a ballistic missile struck a factory on the edge "
    "of the city at about 4 a.m. Two workers were injured.\n\n"
    "11:15\n"
    "Two more bodies have been pulled from the rubble in Kyivskyi district. "
    "The death toll from the {weapon} strike now stands at five, with 12 injured.\n"
)


def test_a_toll_told_back_goes_to_the_event_of_its_weapon(nlp):
    # the drone strike's risen toll is not the missile's, told in between
    events = found(nlp, LIVE.format(weapon="drone"))
    drone = next(e for e in events if "drone hit" in e.text)
    missile = next(e for e in events if "missile struck" in e.text)
    assert toll(drone) == (5, 12)
    assert toll(missile) == (None, 2)


def test_a_toll_told_back_by_the_other_weapon_goes_to_that_event(nlp):
    events = found(nlp, LIVE.format(weapon="missile"))
    missile = next(e for e in events if "missile struck" in e.text)
    drone = next(e for e in events if "drone hit" in e.text)
    assert toll(missile) == (5, 12)
    assert toll(drone) == (3, None)


TRIAL = (
    "Trial opens over burning parcels\n\n"
    "Three men went on trial on Wednesday over parcels that caught fire at courier hubs.\n\n"
    "According to the indictment, a parcel caught fire at a logistics hub in Leipzig on "
    "July 22, 2024. A forklift driver was treated for smoke inhalation. The prosecutor told "
    'the judges that "it would have been in the hold of a cargo aircraft."\n\n'
    "{later}, a second parcel burst into flames at a sorting depot in Tamworth, "
    "prosecutors said.\n"
)


def test_a_bare_day_after_a_full_date_of_its_month_takes_that_year(nlp):
    # a trial tells events of an earlier year: never the publication's
    events = found(nlp, TRIAL.format(later="A week later, on July 29"))
    assert _dated(events, "Tamworth") == "2024-07-29"


def test_a_bare_day_of_another_month_does_not_take_that_year(nlp):
    events = found(nlp, TRIAL.format(later="On March 3"))
    assert _dated(events, "Tamworth") != "2024-03-03"


RISEN = (
    "Death toll from Odesa strike rises to 12\n\n"
    "ODESA — The number of people killed in a Russian missile strike on a block of flats "
    "in Odesa early on Tuesday has risen to 12, officials said on Thursday.\n\n"
    "{hurt}, the regional governor said.\n"
)


def test_a_part_of_the_hurt_still_in_hospital_is_no_cause_of_its_own(nlp):
    events = found(
        nlp, RISEN.format(hurt="Forty people were injured, 15 of whom remain in hospital")
    )
    assert toll(events[0]) == (12, 40)


def test_the_hurt_of_another_cause_are_not_the_strikes(nlp):
    # "when their car crashed": a cause of its own
    events = found(nlp, RISEN.format(hurt="Two rescuers were injured when their truck overturned"))
    assert toll(events[0]) == (12, None)


SAME_ATTACK = (
    "Missile strike on Dnipro kills nine\n\n"
    "KYIV — A Russian missile strike on an apartment building in Dnipro early on Tuesday "
    "killed nine people, officials said on Thursday.\n\n"
    "{second}, Russian drones hit an energy facility in Kremenchuk, injuring two workers, "
    "local officials said.\n"
)


def test_an_event_of_the_same_attack_takes_its_day(nlp):
    events = found(nlp, SAME_ATTACK.format(second="In the same overnight attack"))
    assert _dated_at(events, "Kremenchuk") == "2026-03-03"


def test_an_event_not_told_as_part_of_the_attack_is_not_dated_by_it(nlp):
    events = found(nlp, SAME_ATTACK.format(second="In a separate development"))
    assert _dated_at(events, "Kremenchuk") is None


def _dated_at(events, place: str) -> str | None:
    event = next(e for e in events if e.place == place)
    return event.date.iso if event.date else None


def test_an_untagged_count_of_days_is_counted_from_the_day_told_before(nlp):
    text = (
        "Tanker seized near Hormuz\n\n"
        "DUBAI — Iran's Revolutionary Guards seized an oil tanker near the Strait of Hormuz "
        "on Saturday, and Yemen's Houthi rebels struck a cargo ship in the Red Sea a day later.\n"
    )
    assert _dated_at(found(nlp, text), "Red Sea") == "2026-03-01"


def test_a_count_of_days_beside_the_events_own_day_keeps_that_day(nlp):
    text = (
        "Lorry set alight\n\n"
        "Shortly after 2am on Saturday 22 August 2025, firefighters were called to a fire at "
        "a warehouse in Billingham.\n\n"
        "Five days earlier, on the evening of Monday 17 August, a lorry belonging to the same "
        "company was set alight in a lay-by near Sedgefield.\n"
    )
    lorry = next(e for e in found(nlp, text) if "lorry" in e.text)
    assert lorry.date.iso == "2025-08-17"


ROUNDUP = (
    "Hybrid threats this week\n\n"
    "Our weekly round-up of sabotage and cyberattacks across Europe.\n\n"
    "• Wednesday – Netherlands: Websites of nine Dutch towns were knocked offline for hours "
    "by a distributed denial-of-service attack. Officials said a similar attack in Belgium "
    "last year had lasted days.\n\n"
    "• Friday – France: A Ukrainian man was stabbed outside a cultural centre in Lyon.\n"
)


def test_a_round_up_line_labelled_with_its_weekday_takes_that_day(nlp):
    # published on Thursday 5 March 2026: the last Wednesday and Friday before it
    events = found(nlp, ROUNDUP)
    assert _dated_at(events, "Netherlands") == "2026-03-04"
    assert _dated_at(events, "Lyon") == "2026-02-27"


def test_a_weekday_label_dates_only_its_lines_first_sentence(nlp):
    events = found(nlp, ROUNDUP)
    assert "2026-03-04" not in {e.date.iso for e in events if e.place == "Belgium" and e.date}


OPERATION = (
    "Navy detains tanker\n\n"
    "TALLINN — The navy on Tuesday detained a tanker suspected of damaging a data cable.\n\n"
    "At 14:30 on 3 March, a navy boarding team boarded the vessel off Naissaar.\n\n"
    '"We acted fast," the commander said.\n\n'
    "{during}, a Russian fighter jet entered Estonian airspace near the island of Vaindloo.\n"
)


def test_an_hour_during_the_operation_told_before_takes_its_day(nlp):
    events = found(nlp, OPERATION.format(during="During the operation, at 16:40"))
    assert _dated_at(events, "Vaindloo") == "2026-03-03"


def test_an_hour_alone_far_from_any_day_is_not_dated_by_it(nlp):
    events = found(nlp, OPERATION.format(during="Later, at 16:40"))
    assert _dated_at(events, "Vaindloo") is None


def test_a_timeline_line_dates_what_its_main_clause_was_done_by(nlp):
    text = (
        "Timeline: attacks on an arms maker\n\n"
        "Police charged four men on Thursday. Here is how the incidents unfolded.\n\n"
        "3 August 2025 — Three lorries are destroyed by fire at a depot in Olomouc. "
        "Nobody is hurt.\n"
    )
    assert _dated_at(found(nlp, text), "Olomouc") == "2025-08-03"


def test_a_timeline_line_does_not_date_a_fire_told_in_passing(nlp):
    # "after a fire in Brno": the line's event is the arrest, the fire is dated elsewhere
    text = (
        "Timeline: attacks on an arms maker\n\n"
        "Police charged four men on Thursday. Here is how the incidents unfolded.\n\n"
        "3 August 2025 — Police question two men over their links to a group that was "
        "suspected of an arson attack in Brno.\n"
    )
    events = found(nlp, text)
    assert "2025-08-03" not in {e.date.iso for e in events if e.place == "Brno" and e.date}


NIGHT = (
    "Fact check: no blast in Constanta\n\n"
    "The posts are false. On Sunday, fragments of a Russian drone were found in a field "
    "near the village of Vadu Nou, {after} Russian strikes on the Ukrainian port of Izmail.\n"
)


def test_strikes_told_as_the_night_before_a_dated_finding_take_its_day(nlp):
    events = found(nlp, NIGHT.format(after="after a night of"))
    assert _dated_at(events, "Izmail") == "2026-03-01"


def test_strikes_over_weeks_before_a_finding_are_not_dated_by_it(nlp):
    events = found(nlp, NIGHT.format(after="after weeks of"))
    assert "2026-03-01" not in {e.date.iso for e in events if e.place == "Izmail" and e.date}


COUNTED = (
    "Men torched warehouse on Russian orders, jury told\n\n"
    "The blaze at a warehouse in Dartford on the night of 14 April 2024 took 60 "
    "firefighters to bring under control, the court was told on Monday.\n\n"
    "{count}, the prosecution alleges, the men set alight a van parked outside a "
    "courier business in Gravesend, on 30 March.\n"
)


def test_a_bare_day_told_with_a_count_from_the_day_before_takes_its_year(nlp):
    # published in March 2026: 30 March alone would be 2025
    events = found(nlp, COUNTED.format(count="Two weeks earlier"))
    assert _dated_at(events, "Gravesend") == "2024-03-30"


def test_a_bare_day_far_from_the_count_keeps_its_own_year(nlp):
    # eleven months before 14 April 2024 is May 2023, nowhere near 30 March
    events = found(nlp, COUNTED.format(count="Eleven months earlier"))
    assert _dated_at(events, "Gravesend") != "2024-03-30"


WEEKDAY = (
    "Drones over air base\n\n"
    "On the night of Monday, {day}, soldiers at Casement Aerodrome observed several "
    "unidentified drones over the airfield.\n"
)


def test_a_weekday_with_its_day_after_a_comma_is_that_day(nlp):
    # published on Thursday 5 March 2026: "Monday" alone would be 2 March
    assert _dated_at(found(nlp, WEEKDAY.format(day="16 February")), "Casement Aerodrome") == (
        "2026-02-16"
    )


def test_a_weekday_followed_by_no_day_keeps_its_own(nlp):
    text = WEEKDAY.format(day="soon after dark").replace(", soon", " soon")
    assert _dated_at(found(nlp, text), "Casement Aerodrome") == "2026-03-02"


LAST_MONTH = (
    "Europe's shadow war\n\n"
    "In February 2023 a gas pipeline was torn open on the seabed. Police blamed an anchor.\n\n"
    "The latest incident came {when}. On 19 February an explosion tore through a depot "
    "near Karnobat, killing one soldier.\n"
)


def test_last_month_told_before_a_bare_day_sets_the_frame_to_now(nlp):
    events = found(nlp, LAST_MONTH.format(when="only last month"))
    assert _dated_at(events, "Karnobat") == "2026-02-19"


def test_the_same_month_told_with_its_year_just_before_still_gives_it(nlp):
    events = found(nlp, LAST_MONTH.format(when="soon after"))
    assert _dated_at(events, "Karnobat") == "2023-02-19"
