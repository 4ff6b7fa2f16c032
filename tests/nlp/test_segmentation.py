"""One event per action, place and day: splitting, merging and what is not an event."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def test_strikes_on_two_named_towns_are_two_events(nlp):
    events = extract_events(
        "Government troops shelled Kafr Nabl and Khan Sheikhoun in southern Idlib on Monday.",
        published="2019-05-15",
    )
    assert sorted(e.location.name for e in events) == ["Kafranbel", "Khān Shaykhūn"]
    assert {e.sub_event_type for e in events} == {"shelling_artillery_missile_attack"}
    assert all(e.date == "2019-05-13" and "toll_not_split" in e.flags for e in events)


def test_headline_lead_and_body_tell_one_event(nlp):
    text = (
        "Car bomb kills four soldiers in Somalia\n\n"
        "A car bomb exploded next to an army convoy in the town of Afgooye on Sunday, killing four "
        "soldiers, officials said on Monday.\n\n"
        "The bomb went off as the convoy passed a checkpoint, a witness said."
    )
    events = extract_events(text, published="2023-03-06")
    bombs = [e for e in events if e.sub_event_type == "remote_explosive_landmine_ied"]
    assert len(bombs) == 1
    assert bombs[0].date == "2023-03-05" and bombs[0].fatalities.best == 4
    assert len(bombs[0].evidence) >= 2


def test_the_attack_refers_back_and_adds_no_event(nlp):
    text = (
        "Gunmen stormed a market in the town of Mubi on Friday, killing nine traders.\n\n"
        "Nobody has claimed the attack."
    )
    events = extract_events(text, published="2022-07-02")
    assert len(events) == 1
    assert len(events[0].evidence) == 2


def test_threats_and_plans_are_not_events(nlp):
    text = "The militia threatened to attack the airport in Misrata next week."
    assert extract_events(text, published="2021-01-10") == []


def test_aggregate_tolls_are_not_events(nlp):
    text = "Airstrikes on the province have killed more than 300 civilians in recent months, the UN said."
    assert extract_events(text, published="2021-01-10") == []


def test_year_only_history_is_not_coded(nlp):
    text = "Rebels seized the northern city of Kidal in 2012."
    assert extract_events(text, published="2021-01-10") == []


def test_background_cues_match_whole_words(nlp):
    # "Sunday after" must not read as the background cue "day after"
    events = extract_events(
        "Coaches carrying wounded fighters pulled out of the encircled Waer quarter of Homs on Sunday "
        "after an accord between the opposition and the authorities let the evacuation restart.",
        published="2016-12-18",
    )
    assert events and not any(e.background for e in events)


def test_detail_in_a_referring_sentence_refines_the_event(nlp):
    text = (
        "Fighters ambushed a patrol of troops outside the town of Lawdar on Tuesday, leaving four "
        "soldiers dead, local officials said.\n\n"
        "According to an army officer, the group has admitted the attack, in which a roadside bomb "
        "was used."
    )
    events = extract_events(text, published="2024-05-01")
    assert len(events) == 1
    assert events[0].sub_event_type == "remote_explosive_landmine_ied"
    assert events[0].date == "2024-04-30"
    assert len(events[0].evidence) == 2


def test_a_clash_told_after_a_massacre_is_its_own_event(nlp):
    # the killings refer back to the massacre; the fighting with the rebels is a second act
    text = (
        "Troops shot dead 17 villagers in the town of Uvira on Friday.\n\n"
        "The shootings followed a gun battle that same day between soldiers and a militia outside "
        "Uvira, a district administrator told reporters."
    )
    events = extract_events(text, published="2023-05-08")
    assert sorted(e.sub_event_type for e in events) == ["armed_clash", "attack"]
    assert all(e.date == "2023-05-05" for e in events)


def test_a_pronoun_subject_killing_workers_is_an_attack(nlp):
    text = (
        "Rebels raided the town of Beni on Monday.\n\n"
        "They killed eleven farm workers near Beni in March."
    )
    events = extract_events(text, published="2021-06-10")
    earlier = [e for e in events if e.background]
    assert [(e.sub_event_type, e.date, e.date_precision) for e in earlier] == [("attack", "2021-03-15", "month")]


def test_an_exchange_of_counted_prisoners_is_an_agreement(nlp):
    events = extract_events(
        "An exchange of some 180 prisoners held by the two warring sides got under way in Yemen on Sunday.",
        published="2023-05-02",
    )
    assert [(e.sub_event_type, e.date) for e in events] == [("agreement", "2023-04-30")]


@pytest.mark.parametrize("paragraph, caption", [
    ("Smoke rises over the city after the strike [File Photo: AFP]", True),
    ("A boy is treated at a clinic, June 3, 2021 {Getty}", True),
    ("Fighters rest after the battle on Sunday. / Supplied", True),
    ("Residents flee the town on Friday. Photo: Reuters", True),
    ("Mourners gather outside the morgue in Goma on May 2, 2020. Credit: AFP Photo", True),
    ("Police fire tear gas at students in Lagos on August 3. Picture: REUTERS", True),
    ("A wounded man is carried to an ambulance in Bamako. Image: Jean Doe/AFP/Getty Images", True),
    ("The army gave credit: to the militias for the advance, officials said.", False),
    ("Rebels said the image: was faked by state media.", False),
    ("Rebels attacked the town on Monday, officials said. (Xinhua)", False),
    ("Rebels attacked the town on Monday, killing 5 people, officials said.", False),
])
def test_photo_captions_are_told_by_their_credit(paragraph, caption):
    from sitrep.nlp.cues import is_photo_caption

    assert is_photo_caption(paragraph) is caption


def test_a_photo_caption_adds_no_event(nlp):
    text = (
        "Three officers died on Tuesday when gunmen stormed a police post in the town of Lafia, "
        "police said.\n\n"
        "A nurse tends to a man hurt in the shooting, at a clinic in Makurdi, Nigeria, Oct. 4, 2022. [Agencies]\n\n"
        "The gunmen fled."
    )
    events = extract_events(text, published="2022-10-05")
    assert [e.location.name for e in events] == ["Lafia"]


def test_a_referring_sentence_gives_the_place_the_lead_left_vague(nlp):
    text = (
        "A suicide bomber set off explosives among shoppers in north-eastern Nigeria on Saturday, "
        "leaving seven people dead, police said.\n\n"
        "The attack in the town of Gwoza came a day after a roadside bomb struck a minibus near Bama."
    )
    events = extract_events(text, published="2022-10-09")
    bombing = next(e for e in events if e.sub_event_type == "suicide_bomb")
    assert bombing.location.name == "Gwoza" and bombing.date == "2022-10-08" and not bombing.background
    assert len(bombing.evidence) == 2
    earlier = next(e for e in events if e.sub_event_type == "remote_explosive_landmine_ied")
    assert earlier.location.name == "Bama" and earlier.background


def test_the_drone_strike_refers_to_no_rocket_fire(nlp):
    text = (
        "Rockets struck the airport of El Obeid on Sunday, officials said.\n\n"
        "A drone strike also killed two fighters on Sunday.\n\n"
        "The drone strike happened in the town of Dilling."
    )
    events = {e.sub_event_type: e for e in extract_events(text, published="2021-03-02")}
    assert events["shelling_artillery_missile_attack"].location.name == "El Obeid"
    assert events["air_drone_strike"].location.name == "Dilling"
    assert len(events["air_drone_strike"].evidence) == 2


def test_an_earlier_act_of_the_same_type_in_a_clause_of_its_own_is_its_own_event(nlp):
    events = extract_events(
        "A prisoner swap began in Yemen on Sunday, the largest since the two sides released about "
        "400 detainees in March 2019.",
        published="2021-06-10",
    )
    assert sorted((e.date, e.date_precision, e.background) for e in events) == [
        ("2019-03-15", "month", True), ("2021-06-06", "day", False)]
    assert {e.sub_event_type for e in events} == {"agreement"}


def test_the_launch_of_an_offensive_is_not_an_event(nlp):
    assert extract_events("Rebels launched a major offensive on the town of Bentiu on Monday.",
                          published="2021-06-10") == []


def test_a_date_in_a_where_clause_dates_another_action(nlp):
    events = extract_events(
        "Heavy clashes broke out between soldiers and rebels near the town of Bentiu, where the "
        "rebels launched an offensive on Monday.",
        published="2021-06-10",
    )
    assert [(e.sub_event_type, e.date, e.date_precision) for e in events] == [("armed_clash", "2021-06-10", "week")]


def test_a_date_of_a_coordinated_verb_does_not_date_the_trigger(nlp):
    # "in late 2014" is the seizure's (year-only history: not coded), "March 2016" the rout's
    text = "Insurgents overran the eastern provinces in late 2014, only to be driven out by an offensive begun in March 2016."
    assert extract_events(text, published="2019-03-17") == []


def test_without_a_publication_date_the_latest_explicit_date_anchors_the_report(nlp):
    text = (
        "The monitor said on Friday, July 8, 2016, that rebels shelled the city of Aleppo.\n\n"
        "It also said clashes raged near Aleppo."
    )
    events = {e.sub_event_type: e for e in extract_events(text, published=None)}
    assert events["armed_clash"].date == "2016-07-08" and events["armed_clash"].date_precision == "week"


def test_a_story_that_names_no_country_is_placed_by_its_sites_country_domain(nlp):
    text = "Police detained 30 people during a rally outside the parliament on Tuesday."
    local = extract_events(text, published="2022-05-04", url="https://www.example.lk/news/1")
    assert local and {e.location.country for e in local} == {"LK"}
    generic = extract_events(text, published="2022-05-04", url="https://www.example.com/news/1")
    assert generic and all(e.location is None for e in generic)


def test_a_window_ending_well_before_publication_is_background(nlp):
    # same month as the article, but over a week before it, recalled after the article's news
    events = extract_events("Airstrikes hit a market in Saada on Tuesday, killing 12 people, residents said. "
                            "Colville said airstrikes killed 40 civilians in Taiz between December 6-9.",
                            published="2017-12-20")
    assert [(e.date, e.date_precision, e.background) for e in events] == [
        ("2017-12-19", "day", False), ("2017-12-07", "month", True)]


def test_an_older_window_that_is_the_articles_only_subject_is_news(nlp):
    # a report of killings some days back, when they are what the article is about (NOTES.md)
    events = extract_events("Colville said airstrikes killed 40 civilians in Taiz between December 6-9.",
                            published="2017-12-20")
    assert [(e.date, e.date_precision, e.background) for e in events] == [("2017-12-07", "month", False)]


def test_the_incident_occurred_in_x_narrows_the_place(nlp):
    text = (
        "A local official said on Thursday that gunmen had shot dead 23 villagers in northern Ethiopia last week.\n\n"
        "The incident happened in Ebinat district, in the Amhara region."
    )
    events = extract_events(text, published="2021-04-29")
    assert len(events) == 1
    assert events[0].location.admin1 == "Amara" and events[0].location.precision != "country"
    assert len(events[0].evidence) == 2


def test_a_place_that_only_qualifies_people_does_not_replace_the_events_place(nlp):
    # "Kaduna residents" says who the victims were, not where the attack took place
    text = (
        "Gunmen killed 12 villagers in northern Nigeria on Sunday.\n\n"
        "Residents said gunmen targeted Kaduna residents in the attack."
    )
    events = extract_events(text, published="2021-04-27")
    assert [e.location.name for e in events] == ["Nigeria"]


def test_a_name_before_a_facility_word_is_the_place(nlp):
    events = extract_events("A bomb exploded in the Baidoa market on Sunday, police in Mogadishu said.",
                            published="2021-04-27")
    assert [e.location.name for e in events] == ["Baidoa"]


def test_a_headline_seizure_and_the_dated_recapture_are_one_event(nlp):
    text = (
        "Rebels seize Tigray town\n\n"
        "Government forces recaptured a town in the Tigray region on Sunday, the army said."
    )
    events = extract_events(text, published="2020-11-17")
    assert [(e.sub_event_type, e.date) for e in events] == [("government_regains_territory", "2020-11-15")]


def test_no_casualties_in_the_next_sentence_is_a_toll_of_zero(nlp):
    text = ("Clashes broke out between troops and rebels near Aleppo on Thursday, the monitor said. "
            "It said no casualties were reported.")
    events = extract_events(text, published="2016-08-05")
    assert [(e.sub_event_type, e.fatalities.best) for e in events] == [("armed_clash", 0)]


def test_an_undated_toll_of_the_attack_retells_it(nlp):
    text = (
        "A local official said on Thursday that gunmen had shot dead 23 villagers in northern Ethiopia last week.\n\n"
        "The regional spokesman told reporters that 23 civilians died in the attack."
    )
    events = extract_events(text, published="2021-04-29")
    assert [(e.sub_event_type, e.date) for e in events] == [("attack", "2021-04-22")]
    assert len(events[0].evidence) == 2


def test_despite_the_airstrikes_a_seizure_is_still_told(nlp):
    text = (
        "Military jets bombed the village of Tabayin on Wednesday.\n\n"
        "\"Despite the air raids, we captured the army camp,\" a resistance spokesman said."
    )
    events = extract_events(text, published="2023-05-26")
    assert "non_state_actor_overtakes_territory" in {e.sub_event_type for e in events} or \
        "government_regains_territory" in {e.sub_event_type for e in events}


@pytest.mark.parametrize("burning", ["The mob later burnt a police van.", "Then the crowd set two police vans on fire."])
def test_burning_after_a_riot_is_part_of_the_riot(nlp, burning):
    text = "Rioters stormed the police post in the town of Nawada on Friday, officials said.\n\n" + burning
    events = extract_events(text, published="2021-06-13")
    assert [e.sub_event_type for e in events] == ["violent_demonstration"]
    assert len(events[0].evidence) == 2


def test_an_undated_quoted_seizure_is_told_and_typed_by_its_own_sentence(nlp):
    # the soldiers of the sentence before do not make the rebels' seizure a government one
    text = (
        "Soldiers attacked the rebels near the town of Kidal on Monday.\n\n"
        "\"We seized the town,\" a rebel spokesman said."
    )
    events = extract_events(text, published="2021-06-10")
    assert sorted(e.sub_event_type for e in events) == ["armed_clash", "non_state_actor_overtakes_territory"]


def test_a_recalled_event_that_names_the_country_is_placed_in_it(nlp):
    text = (
        "Four soldiers died on Sunday when jihadists overran an army post in the town of Douentza.\n\n"
        "Mali's authorities and several rebel movements had signed a ceasefire accord in May 2018."
    )
    agreement = next(e for e in extract_events(text, published="2021-06-10") if e.sub_event_type == "agreement")
    assert agreement.background and agreement.location.precision == "country" and agreement.location.country == "ML"


def test_an_undated_past_act_in_a_sentence_about_an_earlier_year_is_history(nlp):
    assert extract_events("The nation has known no peace since early 2016, when militiamen overran the capital.",
                          published="2022-05-04") == []


@pytest.mark.parametrize("text, published, sub_types", [
    # a referring mention joins the event told with a date and place, not a bare burning
    ("Officials said armed men shot dead 26 villagers in the town of Dessie on Monday.\n\n"
     "\"They were shooting people and burning homes,\" a survivor said.\n\n"
     "A militia spokesman denied any role in the attack.", "2021-04-29", ["attack"]),
    # capturing people is no territory change
    ("Rebels ambushed an army convoy near the town of Kidal on Monday, killing six soldiers.\n\n"
     "The rebels also captured three officers.", "2021-06-10", ["armed_clash"]),
    # arrests told after a dispersed protest are its intervention
    ("Officers used tear gas to scatter demonstrators in Kandy on Monday.\n\n"
     "Dozens of them were detained for obstructing a highway, a police spokesman said.", "2022-05-04",
     ["protest_with_intervention"]),
])
def test_mentions_that_are_part_of_the_told_event(nlp, text, published, sub_types):
    assert [e.sub_event_type for e in extract_events(text, published=published)] == sub_types


@pytest.mark.parametrize("claim", [
    "On Sunday the militants had also claimed responsibility for another assault, in which three "
    "policemen died when a roadside bomb went off in Nineveh province.",
    "The group said on Sunday it was behind another attack, one in which a roadside bomb left three "
    "policemen dead in Nineveh province.",
])
def test_responsibility_for_another_attack_is_background(nlp, claim):
    text = "Militants stormed a checkpoint outside Haditha on Tuesday and shot dead five soldiers.\n\n" + claim
    events = {e.sub_event_type: e for e in extract_events(text, published="2022-12-21")}
    assert not events["armed_clash"].background
    assert events["remote_explosive_landmine_ied"].background


def test_clashes_between_communities_stay_a_clash_told_elsewhere_in_the_country(nlp):
    text = (
        "Officials said armed men shot dead 8 villagers in the town of Jijiga on Sunday.\n\n"
        "Earlier this month, fighting between rival clans left 6 people dead elsewhere in the country."
    )
    events = {e.sub_event_type: e for e in extract_events(text, published="2021-04-29")}
    clash = events["armed_clash"]
    assert clash.background and clash.location.precision == "country" and clash.location.country == "ET"
    assert events["attack"].location.name == "Jijiga"


def test_a_relative_date_of_the_statement_clause_does_not_date_the_event(nlp):
    # "ten days after it had reopened" counts from the reopening, in the statement's clause
    text = ("Rocket fire struck the airport of Dongola, the authorities said on Saturday, "
            "ten days after it had reopened.")
    events = extract_events(text, published="2019-09-15")
    assert [(e.sub_event_type, e.date, e.background) for e in events] == [
        ("shelling_artillery_missile_attack", "2019-09-14", False)]


def test_a_date_of_the_main_clause_does_not_date_an_act_told_in_a_where_clause(nlp):
    # "Saturday's" dates the attack of the main clause; the car bomb is dated "last month"
    text = (
        "A suicide bomber blew himself up at a bazaar in the town of Samarra on Saturday, leaving six people dead.\n\n"
        "Saturday's blast hit the same bazaar where a car bomb had killed 31 people and "
        "injured 55 last month."
    )
    events = {e.sub_event_type: e for e in extract_events(text, published="2008-09-07")}
    earlier = events["remote_explosive_landmine_ied"]
    assert (earlier.date, earlier.date_precision, earlier.background) == ("2008-08-15", "month", True)
    assert events["suicide_bomb"].date == "2008-09-06"


def test_separately_tells_a_new_event_of_the_same_type(nlp):
    text = (
        "A drone struck the airport of El Obeid on Monday, the state government said.\n\n"
        "Separately, a drone strike killed two militia commanders as they were trying to seize the city of "
        "El Obeid.\n\n"
        "The drone strike happened in the town of Dilling."
    )
    strikes = [e for e in extract_events(text, published="2021-03-02") if e.sub_event_type == "air_drone_strike"]
    assert len(strikes) == 2
    assert sorted(e.location.name for e in strikes) == ["Dilling", "El Obeid"]
    assert "told_separately" in next(e for e in strikes if e.location.name == "Dilling").flags


def test_a_stated_place_replaces_a_name_from_another_clause(nlp):
    # "as they tried to reach El Obeid" names where they were heading, not where the strike hit
    text = (
        "A drone strike killed two commanders as they tried to reach El Obeid.\n\n"
        "The strike happened in the town of Dilling."
    )
    strikes = [e for e in extract_events(text, published="2021-03-02") if e.sub_event_type == "air_drone_strike"]
    assert [e.location.name for e in strikes] == ["Dilling"]


def test_a_partial_advance_beside_a_capture_is_its_own_clash(nlp):
    text = ("Troops retook half of Saraqib on Tuesday, after driving the jihadists out of the farmland "
            "to its south on Monday.")
    events = extract_events(text, published="2019-05-15")
    kinds = {e.sub_event_type: e for e in events}
    assert set(kinds) == {"armed_clash", "government_regains_territory"}
    assert kinds["armed_clash"].date == "2019-05-14"
    assert kinds["government_regains_territory"].date == "2019-05-13"


def test_villages_the_gazetteer_lacks_stay_apart(nlp):
    text = (
        "Syrian forces swept into Qarmiyah farms following fierce fighting with the rebels.\n\n"
        "Farther north, the army's Tiger Forces battled their way into Zubaydiyat town."
    )
    events = [e for e in extract_events(text, published="2018-03-14") if e.event_type == "battles"]
    assert len(events) == 2
    assert sorted(e.location.mention for e in events) == ["Qarmiyah", "Zubaydiyat"]


def test_a_neighbouring_country_as_landmark_is_not_the_place(nlp):
    text = (
        "Gunmen killed seven villagers on Sunday in Burkina Faso, officials said.\n\n"
        "The attack targeted the people of Tanwalbougou village, some 20 kilometres from Niger."
    )
    events = extract_events(text, published="2021-11-02")
    assert events and all(e.location.country == "BF" for e in events)


def test_a_dated_reference_joins_the_event_of_that_day(nlp):
    text = (
        "Rockets struck the airport of El Obeid, the state government said on Saturday.\n\n"
        "Separately, a drone strike near El Obeid killed two fighters.\n\n"
        "The state government blamed Saturday's attacks on the airport on a rival militia."
    )
    events = {e.sub_event_type: e for e in extract_events(text, published="2021-06-06")}
    assert len(events["shelling_artillery_missile_attack"].evidence) == 2
    assert len(events["air_drone_strike"].evidence) == 1


def test_a_report_that_is_negated_still_tells_the_attack(nlp):
    # "did not mention": the telling is negated, not the attack; "another" makes it a new one
    text = (
        "Gunmen attacked an army post in the Mopti region on Sunday.\n\n"
        "The ministry did not mention another attack on Sunday in the same region that left a dozen "
        "soldiers dead."
    )
    events = extract_events(text, published="2021-06-08")
    assert len(events) == 2
    assert "told_separately" in events[1].flags


def test_two_unknown_villages_of_one_province_are_two_events(nlp):
    text = (
        "Jihadists attacked the village of Tongomayel in the Sahel region on Sunday.\n\n"
        "On the same day, militants raided the village of Sibouloumbou in the Sahel region."
    )
    events = extract_events(text, published="2021-06-08")
    assert sorted(e.location.mention for e in events) == ["Sibouloumbou", "Tongomayel"]
    assert all(e.location.name == "Sahel Region" and e.location.precision == "region" for e in events)


def test_a_landmark_is_no_place_of_a_referring_mention(nlp):
    text = (
        "Soldiers clashed with militants in the town of Afgooye on Friday.\n\n"
        "Mogadishu's police chief was wounded in the fighting."
    )
    events = extract_events(text, published="2021-06-08")
    assert len(events) == 1 and len(events[0].evidence) == 2


def test_the_crash_of_a_drone_is_no_strike(nlp):
    text = "Villagers near Kassala said on Monday that a drone of unknown origin had crashed outside the city."
    assert extract_events(text, published="2024-04-29") == []


def test_a_headline_attack_on_civilians_told_below_is_an_attack(nlp):
    text = (
        "Attack: 7 dead as gunmen strike Mandera\n\n"
        "Police say gunmen shot dead seven villagers in a raid on a market in Mandera on Monday."
    )
    events = extract_events(text, published="2019-03-05")
    assert [e.sub_event_type for e in events] == ["attack"]


def test_the_victims_figure_comes_from_a_sentence_that_tells_no_event(nlp):
    text = (
        "Soldiers killed no fewer than 18 insurgents, among them a senior commander.\n\n"
        "According to an officer, the insurgents died during an operation near the town of Balcad on Friday."
    )
    events = extract_events(text, published="2022-10-08")
    assert len(events) == 1 and events[0].fatalities.best == 18



def test_a_caption_told_again_below_counts_only_once(nlp):
    text = (
        "A drone strike near Kassala killed two fighters. (Reuters)\n\n"
        "A drone hit the airport of Kassala on Saturday, the authorities said.\n\n"
        "Separately, a drone strike near Kassala killed two fighters."
    )
    events = extract_events(text, published="2021-06-06")
    port = next(e for e in events if e.date == "2021-06-05")
    assert port.fatalities.best is None and len(port.evidence) == 1


def test_no_casualties_in_plural_attacks_holds_for_each(nlp):
    text = (
        "Rockets slammed into the airport of Kassala early on Saturday.\n\n"
        "A drone also struck the airport of Kassala on Saturday.\n\n"
        "The authorities blamed Saturday's attacks on a rival militia and said nobody was hurt."
    )
    events = extract_events(text, published="2021-06-06")
    assert len(events) == 2 and all(e.fatalities.best == 0 for e in events)


def test_a_killing_during_an_abduction_is_part_of_it():
    from sitrep import extract

    text = ("Bandits kidnap 14 farmers near Gusau\n\n"
            "GUSAU, March 6 -- Armed bandits kidnapped 14 farmers working in their fields outside the town of "
            "Gusau on Monday, residents said on Wednesday.\n\n"
            "One farmer was shot dead when he tried to run away, a local leader said.")
    events = extract(text, published="2024-03-06")
    assert [e.sub_event_type for e in events] == ["abduction_forced_disappearance"]
    assert events[0].fatalities.best == 1 and events[0].date == "2024-03-04"
