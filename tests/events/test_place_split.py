"""One event per place: an act told at several coordinated places is one event at each of them
(``sitrep.events.place_split``), read by the real pipeline. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def places(text: str, published: str = "2019-05-15", sub_type: str | None = None) -> list[str]:
    events = extract_events(text, published=published)
    return [e.location.name for e in events if sub_type is None or e.sub_event_type == sub_type]


@pytest.mark.parametrize("text", [
    "Government artillery shelled Ariha, Saraqib and Idlib on Monday.",  # objects of the verb
    "Government artillery shelled the towns of Ariha and Saraqib as well as Idlib on Monday.",
    "Russian forces shelled Kharkiv, Kyiv and Mykolaiv on Monday.",
])
def test_an_act_on_listed_towns_is_one_event_per_town(nlp, text):
    events = extract_events(text, published="2019-05-15")
    assert len(events) == 3 and len({e.id for e in events}) == 3
    assert {e.sub_event_type for e in events} == {"shelling_artillery_missile_attack"}
    assert {e.date for e in events} == {"2019-05-13"}
    assert all(e.evidence == events[0].evidence and e.actor1 == events[0].actor1 for e in events)


@pytest.mark.parametrize("text", [
    "Protests were held in several towns, including Kassala, Atbara and Port Sudan, on Thursday.",
    "On Thursday demonstrators marched in towns such as Kassala, Atbara and Port Sudan.",
])
def test_a_protest_in_several_listed_towns_is_one_event_per_town(nlp, text):
    assert sorted(places(text, "2019-01-05")) == ["Atbara", "Kassala", "Port Sudan"]


def test_phrases_of_one_act_at_two_towns_are_two_events(nlp):
    assert sorted(places("Air strikes hit a market in Ariha and a school in Saraqib on Sunday.")) == [
        "Arīḩā", "Saraqib"]
    assert sorted(places("Soldiers exchanged fire with militants in Kandahar and in Helmand on Saturday night.",
                         "2019-01-07")) == ["Helmand Province", "Kandahār"]
    assert sorted(places("Rioters torched shops in Lahore and in Karachi on Friday.")) == ["Karachi", "Lahore"]
    assert sorted(places("Protesters clashed with police in the eastern city of Benghazi and in Misrata on Sunday.")) \
        == ["Benghazi", "Misratah"]


def test_territory_taken_in_several_towns_is_one_event_per_town(nlp):
    events = extract_events("Rebels seized Bunia as well as Mahagi on Friday, residents said.", published="2020-06-08")
    assert sorted(e.location.name for e in events) == ["Bunia", "Mahagi"]
    assert {e.sub_event_type for e in events} == {"non_state_actor_overtakes_territory"}


@pytest.mark.parametrize("text", [
    "Air strikes on Ariha and Saraqib killed 12 people on Monday.",
    "Gunmen attacked Gao and Timbuktu on Monday, killing 12 people.",
])
def test_one_toll_for_several_places_is_not_shared_out(nlp, text):
    events = extract_events(text, published="2019-05-15")
    assert len(events) == 2
    assert all(e.fatalities.best is None and "toll_not_split" in e.flags for e in events)


@pytest.mark.parametrize("text, where", [
    ("Fighting broke out on the road between Gao and Ansongo on Monday.", None),  # a route
    ("Bandits attacked the town of Anka in Zamfara State on Tuesday.", "Anka"),  # a town and its state
    ("A bomb exploded in Kismayo, Lower Juba, Somalia on Sunday, killing three.", "Kismayo"),  # an address
    ("Gunmen attacked a checkpoint in Gao, Mali, on Monday.", "Gao"),
    ("Fighters from Gao and Timbuktu attacked Mopti on Monday.", "Mopti"),  # where the attackers come from
    ("Fighters from Gao and Timbuktu stormed the town of Douentza on Monday.", "Douentza"),
])
def test_places_that_are_not_several_sites_give_one_event(nlp, text, where):
    found = places(text)
    assert len(found) == 1
    assert where is None or found == [where]


def test_the_places_of_an_event_told_again_are_each_that_event(nlp):
    text = ("Protests turned violent across Sudan on Thursday, with crowds burning tyres and stoning police.\n\n"
            "The demonstrations spread to Kassala, Atbara and Port Sudan.")
    events = extract_events(text, published="2019-01-05")
    assert sorted(e.location.name for e in events) == ["Atbara", "Kassala", "Port Sudan"]
    assert len({(e.sub_event_type, e.date) for e in events}) == 1
    assert events[0].date == "2019-01-03"


def test_towns_of_one_province_loosely_dated_stay_apart(nlp):
    text = ("Ethiopian troops have recaptured Kombolcha, the government said.\n\n"
            "Troops also took control of Bati and Dessie, the army said.")
    found = places(text, "2021-12-07")
    assert sorted(found) == ["Batī", "Dessie", "Kombolcha"]


def test_places_of_another_verb_are_not_sites_of_the_act(nlp):
    events = extract_events("Gunmen detonated a car bomb, ambushed a convoy and seized Gao and Timbuktu on Monday.",
                            published="2022-03-09")
    seized = sorted(e.location.name for e in events if e.sub_event_type == "non_state_actor_overtakes_territory")
    assert seized == ["Gao", "Timbuktu"]
    assert len([e for e in events if e.sub_event_type == "remote_explosive_landmine_ied"]) == 1


def test_parties_and_places_hanging_on_one_phrase_give_one_event(nlp):
    assert len(places("The ceasefire agreement was signed by Khartoum and Juba on Monday.", "2022-03-09")) == 1
    assert places("Soldiers clashed with rebels and allied militias in Kafr Nabl town in the Jabal al-Zawiya area "
                  "on Monday.", "2022-03-09") == ["Kafranbel"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # names the place tagger misses, listed with a town it knows, are sites of the act too
        ("Government troops took control of Gondar, Azezo, Tikil Dingay and Kola Diba on Monday, state media "
         "said.", {"Gondar", "Azezo"}),
        ("Militiamen burned Bambari, Ngakobo and Kouango on Friday, the prefect said.", {"Kouango", "Ngakobo"}),
        ("Troops shelled the villages of Binnish, Taftanaz and Sarmada in Idlib province on Monday.",
         {"Binnish", "Taftanaz"}),
    ],
)
def test_list_mates_the_gazetteer_lacks_are_sites_at_the_listed_town(text, names):
    import sitrep

    events = sitrep.extract(text, published="2024-03-09")
    mentions = {e.location.mention for e in events if e.location is not None}
    assert names <= mentions
    for e in events:
        if e.location.geonames_id is None:  # placed at the listed town, approximately
            assert e.location.precision == "region" and "location_approximate" in e.flags


@pytest.mark.parametrize("text", [
    "Government artillery shelled Ariha, Walamo and Saraqib on Monday.",
    "Rebels captured Walamo, Bunia and Mahagi on Friday, residents said.",
    "Troops retook Kidal, Tessalit and Walamo on Sunday.",
    "Protesters blocked roads in several towns, including Kassala, Walamo and Atbara, on Thursday.",
])
def test_a_tagged_name_the_gazetteer_lacks_is_a_site_of_the_list(nlp, text):
    # "Walamo" is read as a place by the tagger but is in no gazetteer: still one of the sites
    events = extract_events(text, published="2020-06-10")
    assert len(events) == 3
    unknown = [e for e in events if e.location.mention == "Walamo"]
    assert len(unknown) == 1 and unknown[0].location.precision == "region"
    assert unknown[0].location.geonames_id is None and "location_approximate" in unknown[0].flags


def test_a_name_listed_after_two_known_towns_is_one_site(nlp):
    events = extract_events("Government troops took control of Bati, Kersa, Walamo and Degan on Monday.",
                            published="2020-06-10")
    mentions = [e.location.mention for e in events]
    assert sorted(mentions) == ["Bati", "Degan", "Kersa", "Walamo"]


@pytest.mark.parametrize("text, names", [
    ("Gunmen burned houses in the villages of Kolotu, Mbarasi and Tembaya in Ituri on Sunday.",
     {"Kolotu", "Mbarasi", "Tembaya"}),
    ("Militants looted shops in the communities of Tosa-Mbiya and Ofonjo in Taraba State on Sunday.",
     {"Tosa-Mbiya", "Ofonjo"}),
    ("On Sunday the hills of Kabagu and Nyarugo were seized by rebels in Rutshuru territory.",
     {"Kabagu", "Nyarugo"}),
    ("Artillery pounded the suburbs of Ain Zuhra, Beit Mahla and Kafr Rumi near Aleppo on Sunday.",
     {"Ain Zuhra", "Beit Mahla", "Kafr Rumi"}),
])
def test_names_listed_after_a_settlement_noun_are_one_event_each(nlp, text, names):
    # names the gazetteer lacks (and the tagger often misses): each stands in the place the
    # sentence gives, approximately, with its own words
    events = extract_events(text, published="2020-06-10")
    assert {e.location.mention for e in events} >= names
    listed = [e for e in events if e.location.mention in names]
    assert len(listed) == len(names) and len({e.id for e in listed}) == len(names)
    assert len({e.sub_event_type for e in listed}) == 1 and {e.date for e in listed} == {"2020-06-07"}
    for e in listed:
        assert e.location.geonames_id is None and e.location.precision == "region"
        assert "location_approximate" in e.flags and e.fatalities.best is None


@pytest.mark.parametrize("text, names", [
    ("Gunmen burned houses in Kolotu, Mbarasi and Tembaya villages in Ituri on Sunday.",
     {"Kolotu", "Mbarasi", "Tembaya"}),
    ("Soldiers set fire to homes in nearby Dogo Rafi and Kwasa-Tenu hamlets in Kaduna State on Sunday.",
     {"Dogo Rafi", "Kwasa-Tenu"}),
    ("On Sunday militiamen looted shops in the Ofonjo and Tosa Mbiya communities in Taraba State.",
     {"Ofonjo", "Tosa Mbiya"}),
])
def test_names_listed_before_a_plural_settlement_noun_are_one_event_each(nlp, text, names):
    # "X, Y and Z villages": the noun after the names counts them as places, each its own event;
    # the province that only says where they lie is no event of its own
    events = extract_events(text, published="2020-06-10")
    assert {e.location.mention for e in events} == names
    assert len({e.id for e in events}) == len(names) and {e.date for e in events} == {"2020-06-07"}
    assert all(e.fatalities.best is None for e in events)


@pytest.mark.parametrize("text", [
    "Gunmen burned houses in Kolotu village in Ituri on Sunday.",
    "Gunmen burned houses in Ituri on Sunday, Kolotu and Mbarasi villagers said.",
])
def test_one_name_before_a_settlement_noun_is_no_list(nlp, text):
    events = extract_events(text, published="2020-06-10")
    assert len(events) == 1 and "toll_not_split" not in events[0].flags


@pytest.mark.parametrize("text", [
    "Clashes broke out in Ituri on Sunday as militiamen tried to take the villages of Kolotu and Mbarasi.",
    "Fighting erupted in Taraba State on Sunday after herders who had fled the communities of Ofonjo and "
    "Tosa-Mbiya returned.",
    "Soldiers killed five militants in Rutshuru territory on Sunday, a spokesman of the villages of Kabagu "
    "and Nyarugo said.",
])
def test_a_list_of_settlements_of_another_verb_is_no_list_of_sites(nlp, text):
    events = extract_events(text, published="2020-06-10")
    assert len(events) == 1 and "toll_not_split" not in events[0].flags


@pytest.mark.parametrize("text, town", [
    ("Syrian artillery shelled the villages of Umm Tawil and Khirbet Saba, as well as a school in Manbij, on Sunday.",
     "Manbij"),
    ("Gunmen raided the hamlets of Dogo Rafi and Kwasa, as well as a market in Kaduna, on Sunday.", "Kaduna"),
])
def test_the_sentences_own_place_beside_a_list_of_settlements_is_a_site_too(nlp, text, town):
    mentions = sorted(e.location.mention for e in extract_events(text, published="2020-06-10"))
    assert len(mentions) == 3 and any(town in m for m in mentions)


@pytest.mark.parametrize("text, published, first", [
    ("Government forces recaptured Dessie, the army said on Monday. Government forces have also taken control of "
     "Bati, Walamo and Degan, officials said.", "2021-12-06", "Dessie"),
    ("Government forces recaptured Kombolcha, the army said on Monday. The army has also taken control of Bati, "
     "Walamo and Kersa, officials said.", "2021-12-06", "Kombolcha"),
    ("Government forces recaptured Mosul, the army said on Monday. The army has also taken control of Tal Afar, "
     "Walamo and Sinjar, officials said.", "2020-06-15", "Mosul"),
])
def test_a_listed_name_the_gazetteer_lacks_stays_apart_from_an_event_of_its_province(nlp, text, published, first):
    # "Walamo" stands in at a listed town, approximately; it is still a place the sentence names,
    # not a stand-in that a loosely dated event told before it in the province may take in
    mentions = [e.location.mention for e in extract_events(text, published=published)]
    assert "Walamo" in mentions and first in mentions and len(mentions) == 4


@pytest.mark.parametrize("text,first", [
    ("At least seven people died on Friday in the violent riots in Kenya, the government said.\n\n"
     "Rioters burned tyres and looted shops in Kisumu on Friday.\n\n"
     "The riots engulfed Kisumu as well as the towns of Nakuru, Eldoret and Kitale.", "Kisumu"),
    ("Eleven people were killed on Tuesday in the clashes in Nigeria, police said.\n\n"
     "Herders attacked farmers in Lafia on Tuesday.\n\n"
     "The clashes spread from Lafia to Keffi, Akwanga and Doma.", "Lafia"),
])
def test_a_toll_of_the_country_is_not_given_to_one_of_the_listed_places(nlp, text, first):
    """A toll told for the whole country, folded into the event at a town before the sentence
    that lists that town among others, is a toll of all the places."""
    events = extract_events(text, published="2022-03-09")
    assert first in {e.location.name for e in events} and len(events) >= 3
    assert all(e.fatalities.best is None for e in events)


def test_a_toll_of_the_country_stays_with_the_one_place_told(nlp):
    events = extract_events("At least seven people died on Friday in the violent riots in Kenya, the government said.\n\n"
                            "Rioters burned tyres and looted shops in Kisumu on Friday.", published="2022-03-09")
    assert [(e.location.name, e.fatalities.best) for e in events] == [("Kisumu", 7)]
@pytest.mark.parametrize("text", [
    "Four die as rebel shells pound Darfur towns\nRebel artillery shelled Nyala and Zalingei on Tuesday, "
    "killing four residents, local officials said.",
    "Shelling of Darfur cities leaves four dead\nOn Tuesday rebel gunners shelled Geneina and Nyala, officials said.",
])
def test_a_headline_across_a_wide_region_is_one_of_the_towns_its_lead_lists(nlp, text):
    events = extract_events(text, published="2023-06-14")
    assert len(events) == 2 and all(e.location.precision == "town" for e in events)
    assert sorted(e.fatalities.best or 0 for e in events) == [0, 4]


@pytest.mark.parametrize("text, where", [
    # the parse breaks the list at a bracketed aside or a locator; the text still lists the towns
    ("Youths clashed with police on Monday in Kano, Zaria (North), Bauchi (North-East) and Jos (Centre).",
     ["Bauchi", "Jos", "Kano", "Zaria"]),
    ("Protesters set fire to cars on Sunday in Thies, Kolda (South), Tambacounda (East) and Podor (North).",
     ["Kolda", "Podor", "Tambacounda", "Thiès"]),
    ("Rioters looted shops on Tuesday in Bukavu in South Kivu, Uvira in South Kivu and Kindu.",
     ["Bukavu", "Kindu", "Uvira"]),
])
def test_a_list_the_parse_broke_off_is_read_from_the_text(nlp, text, where):
    assert sorted(places(text, "2021-03-10")) == where


@pytest.mark.parametrize("text, where", [
    ("A bomb exploded in Maiduguri, Borno State, on Monday, police said.", "Maiduguri"),  # an address
    ("Gunmen attacked a market in Gao (Mali) on Monday.", "Gao"),  # an aside, no list
])
def test_a_place_and_its_aside_are_no_list(nlp, text, where):
    assert places(text, "2021-03-10") == [where]


@pytest.mark.parametrize("text", [
    "Rebels said rockets hit the villages of Kolotu, Mbarasi and Tembaya in Ituri.",
    "Witnesses said gunmen burned houses in Kolotu, Mbarasi and Tembaya villages in Ituri.",
])
def test_an_event_at_a_listed_place_is_not_weak(nlp, text):
    # a weak mention (no date or place of its own) is kept only if it merges; one event per
    # listed place names its place, so none of them is weak, whatever the mention was
    from sitrep.events.assembly import new_mention
    from sitrep.events.extractor import default_extractor
    from sitrep.events.place_choice import choose_place
    from sitrep.events.place_split import split_by_place
    from sitrep.model import Article

    extractor = default_extractor()
    doc = extractor.nlp(extractor.new_doc(Article(id="t", text=text, published="2020-06-10")))
    ctx = extractor.context(doc, published="2020-06-10")
    trigger = next(iter(doc.spans["triggers"]))
    mention = new_mention(trigger.label_, trigger)
    mention.location, mention.location_evidence = choose_place(trigger, ctx)
    mention.weak = True
    split = split_by_place(mention, trigger, ctx)
    assert len(split) == 3 and not any(m.weak for m in split)


@pytest.mark.parametrize("text, published, towns", [
    # the riot word sits in a clause of its own; the towns hang on the protest word
    ("On Sunday demonstrators blocked highways in three districts, among them Kassala, Atbara and "
     "Port Sudan; looting and arson were also reported.", "2019-01-08", ["Atbara", "Kassala", "Port Sudan"]),
    ("Crowds marched through Kassala, Atbara and Port Sudan on Sunday, and some of them looted shops.",
     "2019-01-08", ["Atbara", "Kassala", "Port Sudan"]),
    # two riot words of one sentence: the towns hang on the second
    ("Residents reported more arson on Friday, with council offices in Gulu, Lira and Soroti set ablaze "
     "by protesters.", "2019-01-12", ["Gulu", "Lira", "Soroti"]),
])
def test_a_riot_word_beside_a_protest_at_listed_towns_is_a_riot_in_each(nlp, text, published, towns):
    assert sorted(places(text, published, "violent_demonstration")) == towns
    assert not places(text, published, "peaceful_protest")


@pytest.mark.parametrize("text, published", [
    ("Thousands marched in Gulu and Lira on Tuesday; police used tear gas on protesters in Mbale.",
     "2019-01-10"),
    ("Students rallied in Gulu, Lira and Soroti on Tuesday, while in Mbale rioters burned a police post.",
     "2019-01-10"),
])
def test_an_act_at_a_place_of_its_own_does_not_take_the_list_of_another(nlp, text, published):
    """One act, not one per town of the protest beside it (where the act is placed is another matter)."""
    events = extract_events(text, published=published)
    assert len([e for e in events if e.sub_event_type != "peaceful_protest"]) == 1


@pytest.mark.parametrize("text", [
    "Air defences shot down 31 drones overnight over the Karsk, Velmora and Darvi regions, the ministry said on Tuesday.",
    "The air force said it shot down 40 drones on Monday, mostly over the Kharkiv, Sumy and Poltava regions.",
])
def test_an_interception_tally_over_listed_regions_is_one_event(nlp, text):
    events = [e for e in extract_events(text, published="2019-05-15") if e.sub_event_type == "disrupted_weapons_use"]
    assert len(events) == 1


@pytest.mark.parametrize("text, towns", [
    ("On Monday warplanes struck a depot in Ariha, a bridge in Saraqib and a school in Idlib.",
     ["Arīḩā", "Idlib", "Saraqib"]),
    ("The attacks included air strikes on a hospital in Aleppo, a market in Idlib and a school in Homs, the monitor "
     "said.", ["Aleppo", "Homs", "Idlib"]),
    ("Warplanes carried out strikes on an army base in Daraa, a checkpoint in Homs and a bakery in Hama on Monday.",
     ["Dar‘ā", "Homs", "Ḩamāh"]),
])
def test_listed_sites_each_with_its_town_are_one_event_per_town(nlp, text, towns):
    # the parser reads "a bridge in Y" as an aside of the town before it
    assert sorted(places(text, sub_type="air_drone_strike")) == sorted(towns)


@pytest.mark.parametrize("text", [
    "On Monday warplanes struck a depot in Ariha, a town in Idlib province.",
    "Gunmen attacked a checkpoint in Ariha, a town near Saraqib, on Monday.",
])
def test_a_town_and_its_aside_stay_one_event(nlp, text):
    assert len(places(text)) == 1



@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked checkpoints in Kirkuk and Diyala provinces overnight.", ["Diyala Governorate", "Kirkuk"]),
    ("Police arrested dozens of suspects in Herat and Farah provinces on Sunday.", ["Farah", "Herāt"]),
])
def test_names_listed_before_a_plural_area_noun_are_one_event_each(nlp, text, expected):
    """"in X and Y provinces": X names a province as Y does (it qualifies no noun), and Y, which the
    parser hangs on the plural noun, is a place of the list too."""
    assert sorted(places(text)) == expected
