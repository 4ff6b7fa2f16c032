"""Merging mentions of one article, on hand-built ``EventMention``s (no model needed)."""

from __future__ import annotations

from dataclasses import replace

import pytest

import sitrep
from sitrep.events.merge import compatible, merge_mentions, same_day, same_kind, same_place
from sitrep.events.mention import LOOSE_DATE_FLAGS, EventMention, Flag
from sitrep.model import Evidence, Fatalities, Place

TOWN_A = Place("Alpha", country="XA", admin1="North", lat=1.0, lon=1.0, precision="town", geonames_id=1)
TOWN_B = Place("Beta", country="XA", admin1="South", lat=2.0, lon=2.0, precision="town", geonames_id=2)
PROVINCE = Place("North", country="XA", admin1="North", lat=1.1, lon=1.1, precision="admin1")
TOWN_C = Place("Gamma", country="XA", admin1="North", lat=1.05, lon=1.05, precision="town", geonames_id=3)


def mention(sub_type: str = "air_drone_strike", event_type: str = "explosions_remote_violence", *, at: int = 0,
            place: Place | None = TOWN_A, date: str | None = "2024-03-04", flags: set[Flag] | None = None,
            **fields) -> EventMention:
    sentence = Evidence(at, at + 40, "x" * 40)
    return EventMention(sub_type, event_type, sentence=sentence, trigger=Evidence(at + 5, at + 10, "xxxxx"),
                        type_evidence=Evidence(at + 5, at + 10, "xxxxx"), location=place, date=date,
                        flags=set(flags or ()), evidence=[sentence], **fields)


def test_same_event_told_twice_is_compatible():
    assert compatible(mention(), mention(at=100))


def test_other_day_or_other_town_is_another_event():
    assert not same_day(mention(), mention(at=100, date="2024-03-06"))
    assert not same_place(mention(), mention(at=100, place=TOWN_B))
    assert not compatible(mention(), mention(at=100, place=TOWN_B))


def test_loose_date_tolerates_a_few_days():
    loose = mention(at=100, date="2024-03-07", flags={Flag.DATE_FROM_PUBLICATION})
    assert same_day(mention(), loose)
    assert not same_day(mention(), mention(at=100, date="2024-03-12", flags={Flag.DATE_FROM_PUBLICATION}))


def test_a_coarser_place_is_compatible():
    assert same_place(mention(), mention(at=100, place=PROVINCE))
    assert same_place(mention(), mention(at=100, place=COUNTRY))
    assert same_place(mention(at=100, place=PROVINCE), mention(place=WIDE_REGION))


OTHER_PROVINCE = Place("South", country="XA", admin1="South", lat=2.1, lon=2.1, precision="admin1")
COUNTRY = Place("Xland", country="XA", lat=1.2, lon=1.2, precision="country")


def test_a_province_holds_only_its_own_towns_and_not_another_province():
    assert not same_place(mention(place=TOWN_B), mention(at=100, place=PROVINCE))
    assert not same_place(mention(place=PROVINCE), mention(at=100, place=OTHER_PROVINCE))
    assert same_place(mention(place=TOWN_B), mention(at=100, place=OTHER_PROVINCE))
    clash = mention("armed_clash", "battles", place=PROVINCE)
    other = mention("armed_clash", "battles", at=100, place=OTHER_PROVINCE)
    assert len(merge_mentions([clash, other])) == 2


def test_different_kinds_do_not_merge_but_clash_and_attack_may():
    protest = mention("peaceful_protest", "protests", at=100)
    assert not same_kind(mention(), protest)
    assert same_kind(mention("armed_clash", "battles"), mention("attack", "violence_against_civilians", at=100))


def test_background_and_news_merge_only_when_told_of_one_day():
    # a context cue ("following a drone strike") on the news event's own day: one event
    assert compatible(mention(), mention(at=100, background=True))
    # a day apart, both dated by their own words: an earlier event recalled
    assert not compatible(mention(), mention(at=100, background=True, date="2024-03-03"))
    # a day apart, the news only bounded by its statement: still one event
    stated = mention(at=100, date="2024-03-05", flags={Flag.DATE_FROM_STATEMENT})
    assert compatible(mention(background=True), stated)
    # two days apart, or another town: two events
    assert not compatible(mention(background=True, date="2024-03-02"), stated)
    assert not compatible(mention(background=True), mention(at=100, place=TOWN_C))


def test_merge_keeps_every_evidence_and_the_dated_report():
    headline = mention(date="2024-03-08", flags={Flag.DATE_FROM_PUBLICATION})
    body = mention(at=100, fatalities=Fatalities(best=3), fatalities_evidence=Evidence(110, 117, "3 dead"))
    [event] = merge_mentions([headline, body])
    assert event is headline
    assert event.date == "2024-03-04" and Flag.DATE_FROM_PUBLICATION not in event.flags
    assert event.fatalities.best == 3
    assert [e.start_char for e in event.evidence] == [0, 100]


def test_two_towns_stay_two_events_in_text_order():
    events = merge_mentions([mention(at=100, place=TOWN_B), mention()])
    assert [e.location.name for e in events] == ["Alpha", "Beta"]


def test_a_weak_mention_that_merges_into_nothing_is_dropped():
    assert merge_mentions([mention(weak=True)]) == []


def test_referring_mention_joins_the_event_told_before():
    told = mention()
    referring = mention(at=100, place=None, anaphoric=True)
    assert merge_mentions([told, referring]) == [told]
    assert len(told.evidence) == 2


TOWN_C = Place("Gamma", country="XA", admin1="North", lat=1.2, lon=1.2, precision="town", geonames_id=3)
SPLIT = {Flag.TOLL_NOT_SPLIT, Flag.DATE_FROM_PUBLICATION}


def sibling(place: Place, *, at: int = 100, **fields) -> EventMention:
    """One of the events that one trigger tells at several places (``place_split``)."""
    return mention(at=at, place=place, flags=set(SPLIT), **fields)


def test_places_told_together_never_merge_into_one_event():
    # loosely dated towns of one province would merge; told together by one trigger they are two
    events = merge_mentions([sibling(TOWN_A), sibling(TOWN_C)])
    assert [e.location.name for e in events] == ["Alpha", "Gamma"]


def test_a_listed_place_joins_an_event_at_its_place_or_province_only():
    earlier = mention(place=TOWN_C, flags={Flag.DATE_FROM_PUBLICATION})
    assert len(merge_mentions([earlier, sibling(TOWN_A)])) == 2  # another town of the province
    province = mention(place=PROVINCE)
    events = merge_mentions([province, sibling(TOWN_A), sibling(TOWN_C)])
    assert sorted(e.location.name for e in events) == ["Alpha", "Gamma"]  # one of them took the province's event


def test_an_event_told_again_at_several_places_is_that_event_at_each():
    told = mention(sub_type="violent_demonstration", event_type="riots", place=PROVINCE, date="2024-03-02",
                   fatalities=Fatalities(best=4))
    again = [mention("peaceful_protest", "protests", at=100, place=p, anaphoric=True, flags=set(SPLIT))
             for p in (TOWN_A, TOWN_C)]
    events = merge_mentions([told, *again])
    assert sorted(e.location.name for e in events) == ["Alpha", "Gamma"]
    assert {(e.sub_event_type, e.date) for e in events} == {("violent_demonstration", "2024-03-02")}
    assert sorted(e.fatalities.best or 0 for e in events) == [0, 4]  # the toll is not copied


def test_a_toll_of_all_the_places_told_later_is_not_given_to_one():
    events = merge_mentions([sibling(TOWN_A), sibling(TOWN_C),
                             mention(at=200, place=None, anaphoric=True, plural=True, fatalities=Fatalities(best=6))])
    assert [e.fatalities.best for e in events] == [None, None]


def test_a_toll_told_for_one_of_the_places_is_its_own():
    events = merge_mentions([sibling(TOWN_A), sibling(TOWN_C),
                             mention(at=200, place=TOWN_C, fatalities=Fatalities(best=6))])
    assert [e.fatalities.best for e in events] == [None, 6]


def test_a_grenade_is_a_more_precise_telling_of_a_blast():
    blast = mention("remote_explosive_landmine_ied")
    grenade = mention("grenade", at=100)
    assert compatible(blast, grenade)
    merged = merge_mentions([blast, grenade])
    assert [m.sub_event_type for m in merged] == ["grenade"]
    assert not compatible(blast, mention("grenade", at=100, place=TOWN_B))


def test_a_dated_report_keeps_the_town_when_it_only_inherited_the_province():
    told_at_town = mention(date="2024-03-08", flags={Flag.DATE_FROM_CONTEXT})
    follow_up = mention(at=100, place=PROVINCE, flags={Flag.LOCATION_FROM_CONTEXT})
    [event] = merge_mentions([told_at_town, follow_up])
    assert event.location is TOWN_A and event.date == "2024-03-04"


def test_a_dated_report_with_a_place_of_its_own_still_gives_its_place():
    headline = mention(place=PROVINCE, date="2024-03-08", flags={Flag.DATE_FROM_PUBLICATION})
    body = mention(at=100, place=TOWN_A)
    [event] = merge_mentions([headline, body])
    assert event.location is TOWN_A
    town_headline = mention(date="2024-03-08", flags={Flag.DATE_FROM_PUBLICATION})
    [event] = merge_mentions([town_headline, mention(at=100, place=PROVINCE)])
    assert event.location is PROVINCE  # a place stated by the dated report stands, as before


FAR_TOWN = Place("Gamma", country="XA", admin1="North", lat=1.6, lon=1.0, precision="town", geonames_id=3)
NEAR_TOWN = Place("Delta", country="XA", admin1="North", lat=1.05, lon=1.0, precision="town", geonames_id=4)


def test_two_far_towns_named_by_their_sentences_stay_apart_in_one_province():
    undated = mention(date="2024-03-05", flags={Flag.DATE_FROM_PUBLICATION})
    assert not same_place(undated, mention(at=100, place=FAR_TOWN))
    assert len(merge_mentions([undated, mention(at=100, place=FAR_TOWN)])) == 2


def test_a_near_town_or_a_guessed_place_in_the_province_is_still_the_undated_event():
    undated = mention(date="2024-03-05", flags={Flag.DATE_FROM_PUBLICATION})
    assert same_place(undated, mention(at=100, place=NEAR_TOWN))
    guessed = mention(at=100, place=FAR_TOWN, flags={Flag.LOCATION_FROM_CONTEXT})
    assert same_place(undated, guessed)


DISTRICT = Place("Gamma", country="XA", admin1="North", admin2="Gamma", lat=1.3, lon=1.3, precision="region")
DISTRICT_TOWN = Place("Delta", country="XA", admin1="North", admin2="Gamma", lat=1.35, lon=1.32, precision="town")
OTHER_DISTRICT_TOWN = Place("Epsilon", country="XA", admin1="North", admin2="Zeta", lat=1.6, lon=1.6,
                            precision="town")


def _blast_in_district() -> EventMention:
    return mention("remote_explosive_landmine_ied", place=DISTRICT, fatalities=Fatalities(best=12),
                   fatalities_evidence=Evidence(5, 15, "12 killed"))


def test_a_retelling_in_the_articles_town_of_the_district_is_the_districts_event():
    for flag in (Flag.LOCATION_FROM_ARTICLE, Flag.LOCATION_FROM_CONTEXT):
        bomber = mention("suicide_bomb", at=100, place=DISTRICT_TOWN, flags={flag})
        [event] = merge_mentions([_blast_in_district(), bomber])
        assert event.sub_event_type == "suicide_bomb" and event.fatalities.best == 12
        assert event.location == DISTRICT_TOWN
    assert same_place(mention(at=100, place=DISTRICT_TOWN, flags={Flag.LOCATION_FROM_CONTEXT}),
                      mention(place=DISTRICT))


def test_a_town_named_by_its_own_sentence_or_in_another_district_stays_apart():
    named = mention("suicide_bomb", at=100, place=DISTRICT_TOWN)
    elsewhere = mention("suicide_bomb", at=100, place=OTHER_DISTRICT_TOWN, flags={Flag.LOCATION_FROM_ARTICLE})
    assert len(merge_mentions([_blast_in_district(), named])) == 2
    assert len(merge_mentions([_blast_in_district(), elsewhere])) == 2


WIDE_REGION = Place("Omega Peninsula", country="XA", lat=1.5, lon=1.5, precision="region")
PROVINCE_REGION = Place("Sigma Valley", country="XA", admin1="East", lat=3.0, lon=3.0, precision="region")


def test_a_referring_town_joins_the_event_told_across_a_region_of_several_provinces():
    for wide in (WIDE_REGION, PROVINCE):
        told = mention("attack", "violence_against_civilians", place=wide, fatalities=Fatalities(best=30),
                       fatalities_evidence=Evidence(5, 15, "30 killed"))
        referring = mention("attack", "violence_against_civilians", at=100, place=TOWN_A, anaphoric=True)
        [event] = merge_mentions([told, referring])
        assert event.location == TOWN_A and event.fatalities.best == 30


def test_a_referring_town_stays_apart_from_a_region_of_another_province():
    told = mention("attack", "violence_against_civilians", place=PROVINCE_REGION)
    referring = mention("attack", "violence_against_civilians", at=100, place=TOWN_A, anaphoric=True)
    assert len(merge_mentions([told, referring])) == 2


def test_a_headline_dated_by_publication_takes_a_retellings_day_from_context_when_days_back():
    def headline() -> EventMention:
        return mention(date="2024-03-08", flags={Flag.DATE_FROM_PUBLICATION}, date_precision="week")

    for day, expected in (("2024-03-05", "2024-03-05"), ("2024-03-06", "2024-03-06"), ("2024-03-07", "2024-03-08")):
        body = mention(at=100, date=day, date_precision="day", flags={Flag.DATE_FROM_CONTEXT})
        [event] = merge_mentions([headline(), body])
        assert event.date == expected
    referring = mention(at=100, date="2024-03-05", date_precision="day", flags={Flag.DATE_FROM_CONTEXT}, anaphoric=True)
    [event] = merge_mentions([headline(), referring])
    assert event.date == "2024-03-08"


def test_a_statement_day_yields_to_the_day_an_act_of_its_own_has_from_context():
    """"X was raided, a villager told reporters on Friday", then an act of that raid told below a "Wednesday":
    the statement's day only bounds the raid, the day before it is the raid's."""
    def said() -> EventMention:
        return mention(date="2024-03-08", date_precision="week", flags={Flag.DATE_FROM_STATEMENT})

    for day in ("2024-03-06", "2024-03-07", "2024-03-04"):
        event = said()
        merge_mentions([event, mention(at=100, date=day, date_precision="day", flags={Flag.DATE_FROM_CONTEXT})])
        assert (event.date, event.date_precision) == (day, "day")
        assert event.flags & {Flag.DATE_FROM_STATEMENT, Flag.DATE_FROM_CONTEXT} == {Flag.DATE_FROM_CONTEXT}
    kept = (
        {"date": "2024-03-08"},  # the statement's own day: nothing narrower
        {"date": "2024-03-09"},  # after the statement: another act's day
        {"date": "2024-03-02"},  # too far back for the statement to report it
        {"date": "2024-03-06", "anaphoric": True},  # "the attack": refers back, tells no day
    )
    for fields in kept:
        event = said()
        merge_mentions([event, mention(at=100, date_precision="day", flags={Flag.DATE_FROM_CONTEXT}, **fields)])
        assert (event.date, event.date_precision) == ("2024-03-08", "week")


@pytest.mark.parametrize("text, day", [
    ("Soldiers raided a farming village in Kayin state, killing 12 villagers, a farmer told reporters on Friday.\n\n"
     "The troops arrived on Wednesday. They shot the men and burned their houses, the resident said.", "2024-03-06"),
    ("Gunmen attacked a market town in Zamfara state, killing nine traders, police said on Saturday.\n\n"
     "The attackers came on motorcycles on Thursday. They shot the traders and set fire to stalls.", "2024-03-07"),
])
def test_an_act_told_below_a_statement_dates_the_event_it_belongs_to(text, day):
    [event] = sitrep.extract(text, published="2024-03-09")
    assert (event.date, event.date_precision) == (day, "day")


def test_a_window_of_its_own_words_leaves_the_day_a_telling_has():
    """"Troops regained X" dated "yesterday" by the sentences around, then "the rebels withdrew from
    X over the last four days": the span holds the day, it does not replace it."""
    for span in ("2024-03-06", "2024-03-05", "2024-03-10"):
        event = mention(date="2024-03-07", date_precision="day", flags={Flag.DATE_FROM_CONTEXT})
        window = mention(at=100, date=span, date_precision="week",
                         date_evidence=Evidence(120, 143, "over the last four days"))
        assert merge_mentions([event, window]) == [event]
        assert (event.date, event.date_precision) == ("2024-03-07", "day")
    event = mention(date="2024-03-08", date_precision="week", flags={Flag.DATE_FROM_PUBLICATION})
    merge_mentions([event, mention(at=100, date="2024-03-06", date_precision="week")])
    assert (event.date, event.date_precision) == ("2024-03-06", "week")  # the page's day holds no told day


def test_a_retelling_dated_by_its_own_words_gives_the_day_a_loose_date_only_bounds():
    for loose, told in ((Flag.DATE_FROM_STATEMENT, "2024-03-08"), (Flag.DATE_FROM_PUBLICATION, "2024-03-08"),
                        (Flag.DATE_FROM_CONTEXT, "2024-03-07")):
        for day in ("2024-03-05", "2024-03-07"):
            event = mention(date=told, date_precision="week", flags={loose})
            retold = mention(at=100, place=None, date=day, date_precision="day", anaphoric=True,
                             date_evidence=Evidence(120, 126, "Monday"))
            assert merge_mentions([event, retold]) == [event]
            assert (event.date, event.date_precision) == (day, "day") and not event.flags & {loose}
            assert event.date_evidence.text == "Monday"


def test_a_retelling_keeps_the_events_day_when_it_is_later_far_back_or_loose_itself():
    cases = (
        ("2024-03-09", set()),  # after the statement that bounds it: not this event's day
        ("2024-02-20", set()),  # weeks back: an earlier event recalled, told as "the attack"
        ("2024-03-06", {Flag.DATE_FROM_CONTEXT}),  # the retelling has no day of its own either
    )
    for day, flags in cases:
        event = mention(date="2024-03-08", date_precision="week", flags={Flag.DATE_FROM_STATEMENT})
        retold = mention(at=100, place=None, date=day, date_precision="day", anaphoric=True, flags=flags)
        merge_mentions([event, retold])
        assert event.date == "2024-03-08"
    dated = mention(date="2024-03-08", date_precision="day")
    merge_mentions([dated, mention(at=100, place=None, date="2024-03-07", date_precision="day", anaphoric=True)])
    assert dated.date == "2024-03-08"  # a day of its own is never replaced


def test_a_retelling_weeks_back_dates_an_event_only_the_publication_dated():
    """A report weeks after the act: the page's day is no day of the event, the retelling's is."""
    for day in ("2024-02-20", "2023-12-30"):
        event = mention(date="2024-03-08", date_precision="week", flags={Flag.DATE_FROM_PUBLICATION})
        retold = mention(at=100, place=None, date=day, date_precision="day", anaphoric=True,
                         date_evidence=Evidence(120, 130, "February 20"))
        assert merge_mentions([event, retold]) == [event]
        assert (event.date, event.date_precision) == (day, "day") and Flag.DATE_FROM_PUBLICATION not in event.flags


@pytest.mark.parametrize("text, day", [
    ("Gunmen stormed a chapel near Kaduna and shot dead 12 worshippers, a rights group said in a "
     "report.\n\nThe massacre on March 2 was the worst in the state this year, according to the group.", "2024-03-02"),
    ("Soldiers burned down dozens of homes and killed 30 villagers in Gao, according to an inquiry by a local "
     "rights group.\n\nThe killings on March 5 prompted thousands of residents to flee, the investigators found.",
     "2024-03-05"),
])
def test_a_report_weeks_later_takes_the_day_of_the_massacre_it_names(text, day):
    [event] = sitrep.extract(text, published="2024-04-20")
    assert (event.date, event.date_precision) == (day, "day")


def test_a_photo_caption_never_gives_its_day_to_the_event_it_retells():
    for loose in (Flag.DATE_FROM_PUBLICATION, Flag.DATE_FROM_STATEMENT, Flag.DATE_FROM_CONTEXT):
        headline = mention(date="2024-03-08", date_precision="week", flags={loose})
        caption = mention(at=100, date="2024-03-07", date_precision="day", flags={Flag.PHOTO_CAPTION})
        assert merge_mentions([headline, caption]) == [headline]
        assert headline.date == "2024-03-08" and loose in headline.flags
    report = mention(at=100, date="2024-03-07", date_precision="day")
    headline = mention(date="2024-03-08", date_precision="week", flags={Flag.DATE_FROM_PUBLICATION})
    merge_mentions([headline, report])
    assert headline.date == "2024-03-07"  # a dated report still gives its day


def test_a_statement_day_replaces_the_publication_day_of_a_headline():
    for words, day in (("on Sunday", "2024-03-03"), ("Monday, March 4", "2024-03-04"), ("yesterday", "2024-03-05")):
        headline = mention(date="2024-03-06", flags={Flag.DATE_FROM_PUBLICATION})
        said = mention(at=100, date=day, date_precision="week", date_evidence=Evidence(120, 120 + len(words), words),
                       flags={Flag.DATE_FROM_STATEMENT})
        [event] = merge_mentions([headline, said])
        assert (event.date, event.date_precision) == (day, "week")
        assert event.flags & {Flag.DATE_FROM_PUBLICATION, Flag.DATE_FROM_STATEMENT} == {Flag.DATE_FROM_STATEMENT}


def test_a_statement_window_leaves_the_publication_day_of_a_headline():
    for words, day in (("this week", "2024-03-04"), ("earlier this week", "2024-03-04"),
                      ("over the past two days", "2024-03-05")):
        headline = mention(date="2024-03-06", flags={Flag.DATE_FROM_PUBLICATION})
        said = mention(at=100, date=day, date_precision="week", date_evidence=Evidence(120, 120 + len(words), words),
                       flags={Flag.DATE_FROM_STATEMENT})
        [event] = merge_mentions([headline, said])
        assert event.date == "2024-03-06" and Flag.DATE_FROM_PUBLICATION in event.flags


def test_a_headline_across_a_wide_region_joins_one_of_its_listed_towns():
    # "shells hit towns of the Omega Peninsula" above "shells hit Alpha and Beta": one event per town
    headline = mention(place=WIDE_REGION, fatalities=Fatalities(best=2))
    events = merge_mentions([headline, sibling(TOWN_A), sibling(TOWN_B)])
    assert sorted(e.location.name for e in events) == ["Alpha", "Beta"]
    assert sorted(e.fatalities.best or 0 for e in events) == [0, 2]


def test_a_listed_place_stood_in_for_by_a_wide_region_holds_no_other_town():
    # "raids on Alpha and Zeta", Zeta unknown and stood in for by the region around it: an event
    # told at a town of that region is not Zeta's
    stand_in = sibling(WIDE_REGION)
    stand_in.flags.add(Flag.LOCATION_APPROXIMATE)
    headline = mention(place=TOWN_C, flags={Flag.DATE_FROM_PUBLICATION})
    events = merge_mentions([headline, stand_in, sibling(TOWN_A)])
    assert sorted(e.location.name for e in events) == ["Alpha", "Gamma", "Omega Peninsula"]


def test_a_country_toll_folded_into_one_listed_town_is_cleared_whatever_its_date():
    """The town event, dated by the publication only, takes the country-wide report's day and
    place when they merge; its toll is still one of all the places listed after."""
    for country_flags in (set(), {Flag.DATE_FROM_PUBLICATION}):
        town = mention(place=TOWN_A, flags={Flag.DATE_FROM_PUBLICATION})
        country = mention(at=50, place=COUNTRY, flags=set(country_flags), fatalities=Fatalities(best=9))
        events = merge_mentions([town, country, sibling(TOWN_A, at=200), sibling(TOWN_B, at=200)])
        assert [e.fatalities.best for e in events] == [None, None]


@pytest.mark.model
@pytest.mark.parametrize("assault", ["Gunmen stormed a compound in Gao on Monday.",
                                     "Armed men raided the village of Tessit on Monday."])
def test_same_kind_reads_stored_events_without_a_trigger(assault):
    # the incident layer compares stored Events (no spaCy trigger) with merge.same_kind
    clash = sitrep.extract(assault, published="2024-05-08")
    abduction = sitrep.extract("Gunmen kidnapped 12 travellers near Gao on Monday.", published="2024-05-08")
    assert [e.sub_event_type for e in clash] == ["armed_clash"] and clash[0].actor2 is None
    assert [e.sub_event_type for e in abduction] == ["abduction_forced_disappearance"]
    assert isinstance(same_kind(clash[0], abduction[0]), bool)
    assert isinstance(same_kind(abduction[0], clash[0]), bool)


@pytest.mark.parametrize("guess", [Flag.LOCATION_FROM_ARTICLE, Flag.LOCATION_LANDMARK])
def test_a_guessed_place_replaced_by_a_named_town_leaves_no_guess_behind(guess):
    """A bare telling placed by a guess takes the town its dated retelling names; the event is
    then at a named town, and a listed act at another town of the province stays its own event."""
    bare = mention(place=TOWN_C, date="2024-03-03", flags={guess, Flag.DATE_FROM_CONTEXT})
    named = mention(at=100, place=TOWN_A, date="2024-03-03")
    events = merge_mentions([bare, named, sibling(TOWN_C, at=200, date="2024-03-04")])
    assert [e.location.name for e in events] == ["Alpha", "Gamma"]
    assert guess not in events[0].flags


def test_a_guessed_place_that_stays_keeps_its_guess():
    bare = mention(place=TOWN_C, date="2024-03-03", flags={Flag.LOCATION_FROM_ARTICLE, Flag.DATE_FROM_CONTEXT})
    coarser = mention(at=100, place=PROVINCE, date="2024-03-03", flags={Flag.DATE_FROM_CONTEXT})
    [event] = merge_mentions([bare, coarser])
    assert event.location is TOWN_C and Flag.LOCATION_FROM_ARTICLE in event.flags


@pytest.mark.parametrize("sub_type,event_type,day", [
    ("attack", "violence_against_civilians", "2024-01-14"),  # "the January 14 attack on the church"
    ("remote_explosive_landmine_ied", "explosions_remote_violence", "2024-02-02"),  # "the bombing on Feb 2"
    ("abduction_forced_disappearance", "violence_against_civilians", "2023-12-20"),  # "the Dec 20 kidnapping"
])
def test_a_headline_dated_only_by_the_page_that_takes_a_recalled_acts_day_is_background(sub_type, event_type, day):
    """"Market bombing: three held" over a body that dates the attack weeks back: the
    headline tells no news of its own, so the event is the recalled act."""
    headline = mention(sub_type, event_type, date="2024-03-08", date_precision="week",
                       flags={Flag.DATE_FROM_PUBLICATION})
    recalled = mention(sub_type, event_type, at=100, date=day, date_precision="day", anaphoric=True,
                       background=True)
    [event] = merge_mentions([headline, recalled])
    assert event.date == day
    assert event.background


def test_a_headline_told_as_news_by_its_own_day_stays_news():
    headline = mention("attack", "violence_against_civilians", date="2024-03-07", date_precision="day")
    recalled = mention("attack", "violence_against_civilians", at=100, date="2024-03-07", date_precision="day",
                       anaphoric=True, background=True)
    [event] = merge_mentions([headline, recalled])
    assert not event.background


def _crowd(sub_type: str, *, at: int = 0, date: str = "2024-03-12", precision: str = "day",
           flags: set[Flag] | None = None) -> EventMention:
    event_type = {"violent_demonstration": "riots"}.get(sub_type, "protests")
    return mention(sub_type, event_type, at=at, date=date, date_precision=precision, flags=flags)


def test_crowd_acts_on_two_named_days_are_two_phases():
    dispersal = _crowd("protest_with_intervention", flags={Flag.DATE_FROM_CONTEXT})
    shooting = _crowd("excessive_force_against_protesters", at=100, date="2024-03-11")
    assert not compatible(dispersal, shooting)
    march = _crowd("peaceful_protest", date="2024-03-15")
    riot = _crowd("violent_demonstration", at=100, date="2024-03-16", flags={Flag.DATE_FROM_CONTEXT})
    assert not compatible(riot, march)
    stated = _crowd("protest_with_intervention", at=100, date="2024-03-14", precision="week",
                    flags={Flag.DATE_FROM_STATEMENT})
    assert not compatible(riot, stated)  # a statement two days before the riot tells another act


def test_crowd_acts_bounded_only_by_the_page_or_of_one_day_still_merge():
    headline = _crowd("excessive_force_against_protesters", date="2024-03-12", precision="week",
                      flags={Flag.DATE_FROM_PUBLICATION})
    assert compatible(headline, _crowd("peaceful_protest", at=100, date="2024-03-11"))
    assert compatible(_crowd("protest_with_intervention"), _crowd("peaceful_protest", at=100))
    # other kinds of act keep the loose days of a part told apart (a raid and the houses it burned)
    raid = mention("attack", "violence_against_civilians", date="2024-03-11")
    burned = mention("looting_property_destruction", "strategic_developments", at=100, date="2024-03-12",
                     flags={Flag.DATE_FROM_CONTEXT}, date_precision="day")
    assert compatible(raid, burned) == compatible(raid, replace(burned, date="2024-03-11"))


def test_a_headline_takes_the_day_the_sentences_around_give_its_retelling():
    headline = _crowd("protest_with_intervention", precision="week", flags={Flag.DATE_FROM_PUBLICATION})
    [event] = merge_mentions([headline, _crowd("protest_with_intervention", at=100, flags={Flag.DATE_FROM_CONTEXT})])
    assert (event.date, event.date_precision) == ("2024-03-12", "day")
    assert event.flags & LOOSE_DATE_FLAGS == {Flag.DATE_FROM_CONTEXT}


@pytest.mark.parametrize("text, published, phases", [
    ("Troops disperse protesters in Tikrit with tear gas\n\nOn Tuesday, residents of Tikrit returned to the "
     "streets to protest against the curfew. Troops fired tear gas to disperse them. The Tuesday rally came after "
     "troops opened fire on protesters in Tikrit on Monday.", "2024-03-12",
     {("protest_with_intervention", "2024-03-12"), ("excessive_force_against_protesters", "2024-03-11")}),
    ("Police scatter rally in Sokoto\n\nOn Friday, students gathered in Sokoto to protest against fee increases. "
     "Police fired tear gas to disperse them. On Thursday, police had opened fire on demonstrators in Sokoto, "
     "killing one.", "2024-03-15",
     {("protest_with_intervention", "2024-03-15"), ("excessive_force_against_protesters", "2024-03-14")}),
    ("Rioters torch shops in Jos\n\nRioters torched shops in Jos on Saturday. Police fired tear gas to disperse "
     "protesters in Jos, residents said on Thursday.", "2024-03-17",
     {("violent_demonstration", "2024-03-16"), ("protest_with_intervention", "2024-03-14")}),
])
def test_a_dispersal_and_a_shooting_or_riot_of_other_days_stay_two_events(text, published, phases):
    events = sitrep.extract(text, published=published)
    assert {(e.sub_event_type, e.date) for e in events} == phases


def _lead_at_main_town() -> EventMention:
    """A lead naming only a part of its country, placed at the article's main town for want of better."""
    return mention("abduction_forced_disappearance", "violence_against_civilians", place=TOWN_A,
                   flags={Flag.LOCATION_FROM_ARTICLE}, in_lead=True)


@pytest.mark.parametrize("flags", [set(), {Flag.LOCATION_FROM_CONTEXT}])
def test_a_lead_at_the_articles_main_town_joins_the_body_telling_at_its_town(flags):
    body = mention("abduction_forced_disappearance", "violence_against_civilians", at=100, place=TOWN_B, flags=flags)
    assert same_place(_lead_at_main_town(), body)
    [event] = merge_mentions([_lead_at_main_town(), body])
    assert event.location == TOWN_B and Flag.LOCATION_FROM_ARTICLE not in event.flags


def test_the_articles_main_town_told_later_or_twice_or_abroad_stays_apart():
    body = mention("abduction_forced_disappearance", "violence_against_civilians", at=100, place=TOWN_B)
    later = replace(_lead_at_main_town(), sentence=Evidence(200, 240, "x" * 40), trigger=Evidence(205, 210, "xxxxx"))
    assert len(merge_mentions([body, later])) == 2  # the body's town told first: the stand-in is another act
    both_guessed = mention("abduction_forced_disappearance", "violence_against_civilians", at=100, place=TOWN_B,
                           flags={Flag.LOCATION_FROM_ARTICLE, Flag.LOCATION_FROM_CONTEXT})
    assert len(merge_mentions([_lead_at_main_town(), both_guessed])) == 2
    abroad = mention("abduction_forced_disappearance", "violence_against_civilians", at=100,
                     place=Place("Omega", country="XB", lat=3.0, lon=3.0, precision="town", geonames_id=9))
    assert len(merge_mentions([_lead_at_main_town(), abroad])) == 2
    inherited = mention("abduction_forced_disappearance", "violence_against_civilians", place=TOWN_A,
                        flags={Flag.LOCATION_FROM_ARTICLE, Flag.LOCATION_FROM_CONTEXT})
    assert len(merge_mentions([inherited, body])) == 2  # no place of its own words at all: not this case


def test_a_lead_at_the_articles_main_town_takes_a_district_of_another_province():
    district = Place("Gamma", country="XA", admin1="South", admin2="Gamma", lat=2.3, lon=2.3, precision="region")
    body = mention("abduction_forced_disappearance", "violence_against_civilians", at=100, place=district)
    [event] = merge_mentions([_lead_at_main_town(), body])
    assert event.location == district


def test_a_stand_in_below_the_lead_or_a_body_act_told_as_more_or_with_its_own_dead_stays_apart():
    body = mention("abduction_forced_disappearance", "violence_against_civilians", at=100, place=TOWN_B)
    deep = replace(_lead_at_main_town(), in_lead=False)
    assert len(merge_mentions([deep, body])) == 2  # below the lead: a story of its own
    for words in ("Rebels also seized two pupils at Beta.", "Rebels seized another two at Beta.",
                  "Rebels seized pupils there too."):
        start = words.index("seized")
        more = replace(body, sentence=Evidence(100, 100 + len(words), words),
                       trigger=Evidence(100 + start, 100 + start + 6, "seized"))
        assert len(merge_mentions([_lead_at_main_town(), more])) == 2, words
    lead_dead = replace(_lead_at_main_town(), fatalities=Fatalities(best=5))
    assert len(merge_mentions([lead_dead, replace(body, fatalities=Fatalities(best=2))])) == 2
    assert len(merge_mentions([lead_dead, replace(body, fatalities=Fatalities(best=5))])) == 1
    assert len(merge_mentions([lead_dead, body])) == 1  # the body's telling counts none of its own


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("Drones struck a village in northern Mali on Monday, killing five civilians, residents said. "
         "Officials in Gao said drones also struck Ansongo on Monday, killing two herders. "
         "Gao officials said the Gao hospital was full.", 2),
        ("Shelling hit a village in eastern Chad on Sunday, killing three people, witnesses said. "
         "Troops in Abeche said rebels also shelled Adre on Sunday, killing one soldier. "
         "Abeche officials said the Abeche clinic was overwhelmed.", 2),
        ("Gunmen raided a hamlet in western Niger on Friday, killing four farmers, a local chief said.\n\n"
         "In Tillaberi, officials said gunmen had raided another hamlet near Ayorou on Friday, killing nine "
         "traders.\n\nThe Tillaberi governor said the Tillaberi roads were closed.", 2),
        ("Air strikes hit a market in northern Burkina Faso on Thursday, killing 12 people, witnesses said.\n\n"
         "Sources in Djibo said an air strike hit Arbinda on Thursday, killing 40 people.\n\n"
         "Djibo residents said the Djibo market stayed shut.", 2),
        ("Mali junta extends its rule\n\nBAMAKO, March 19 - Mali's rulers said on Friday they would stay in "
         "power for five more years.\n\nThe decision drew criticism from parties.\n\nDrones struck a "
         "village in northern Mali on Monday, killing five civilians, residents said.\n\nOfficials in Gao "
         "said drones struck Ansongo on Monday.\n\nGao officials said the Gao hospital was full.", 2),
        ("Drones struck a village in northern Mali on Monday, killing five civilians, residents said.\n\n"
         "Officials in Gao said the drones struck near Ansongo on Monday.\n\n"
         "Gao officials said the Gao hospital was full.", 1),
        ("Drone strike kills five in northern Mali\n\nBAMAKO, March 19 - Drones struck a village in "
         "northern Mali on Monday, killing five civilians, residents said.\n\nOfficials in Gao said the "
         "drone struck a wedding in Ansongo on Monday, killing five people.\n\n"
         "Gao officials said the Gao hospital was full.", 1),
    ],
)
def test_a_vague_lead_joins_only_a_body_act_that_may_be_it(text, towns):
    """"A village in northern X", placed at the article's main town, is the act the body places
    at a town of X only when the lead tells it and the body tells no further act ("also struck",
    "another hamlet") nor other dead; otherwise two acts."""
    events = [e for e in sitrep.extract(text, published="2024-03-20") if e.event_type == "explosions_remote_violence"
              or e.sub_event_type == "attack"]
    assert len(events) == towns, [(e.sub_event_type, e.location and e.location.name) for e in events]


NEIGHBOUR_DISTRICT = Place("Theta", country="XA", admin1="North", admin2="Theta", lat=1.32, lon=1.36, precision="region")


def _another_raid(**fields) -> EventMention:
    # "in another raid, gunmen stormed a village of Gamma district" (a body sentence, its day from around it)
    return mention("attack", "violence_against_civilians", place=DISTRICT,
                   flags={Flag.DATE_FROM_CONTEXT, Flag.TOLD_SEPARATELY}, **fields)


@pytest.mark.parametrize("loose", [{Flag.DATE_FROM_CONTEXT}, {Flag.DATE_FROM_STATEMENT},
                                   {Flag.DATE_FROM_CONTEXT, Flag.DATE_FROM_STATEMENT}])
def test_acts_named_in_two_districts_of_a_province_stay_apart_however_loosely_dated(loose):
    # ... then "the week before, herders had killed a farmer in Theta district"
    earlier = mention("attack", "violence_against_civilians", at=100, place=NEIGHBOUR_DISTRICT, flags=set(loose))
    assert not same_place(_another_raid(), earlier)
    assert len(merge_mentions([_another_raid(), earlier])) == 2
    town = mention("attack", "violence_against_civilians", at=200, place=OTHER_DISTRICT_TOWN, flags=set(loose))
    assert len(merge_mentions([_another_raid(), town])) == 2


def test_a_page_dated_headline_a_guessed_place_or_one_district_still_joins_the_act():
    # "Two more held over the Gamma killings" above "another two suspects were seized in Theta district"
    headline = mention("arrests", "strategic_developments", place=DISTRICT, flags={Flag.DATE_FROM_PUBLICATION})
    arrest = mention("arrests", "strategic_developments", at=100, place=NEIGHBOUR_DISTRICT, flags={Flag.TOLD_SEPARATELY})
    assert same_place(headline, arrest)
    guessed = mention("attack", "violence_against_civilians", at=100, place=NEIGHBOUR_DISTRICT,
                      flags={Flag.DATE_FROM_CONTEXT, Flag.LOCATION_FROM_CONTEXT})
    assert len(merge_mentions([_another_raid(), guessed])) == 1
    same_district = mention("attack", "violence_against_civilians", at=100, place=DISTRICT_TOWN,
                            flags={Flag.DATE_FROM_CONTEXT})
    assert len(merge_mentions([_another_raid(), same_district])) == 1


def test_a_district_told_without_words_of_another_act_may_be_the_area_of_the_act():
    # "troops killed twelve rebels in Gamma district" then "the firefight began at dawn near Theta"
    clash = mention("armed_clash", "battles", place=DISTRICT)
    more = mention("armed_clash", "battles", at=100, place=NEIGHBOUR_DISTRICT, flags={Flag.DATE_FROM_CONTEXT})
    assert same_place(clash, more)
    assert len(merge_mentions([clash, more])) == 1
