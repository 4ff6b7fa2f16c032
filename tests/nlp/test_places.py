"""Place mentions: what the gazetteer-backed tagger adds to the NER, and what it refuses."""

from __future__ import annotations

import pytest

from sitrep.nlp.arguments import in_dateline

pytestmark = pytest.mark.model


def places(nlp, text):
    doc = nlp(text)
    return [p.text for p in doc.spans["places"]]


def test_name_after_town_of_is_a_place_even_when_ner_says_organisation(nlp):
    assert "Kikla" in places(nlp, "The clashes erupted in the town of Kikla, in the western mountains.")


@pytest.mark.parametrize(("text", "name"), [
    ("Youths threw stones at police overnight in the naval city of Toulon.", "Toulon"),  # NER: organisation
    ("Youths torched cars overnight in the eastern city of Nancy.", "Nancy"),  # NER: person
    ("Insurgents advanced on the north-eastern city of Maiduguri on Monday.", "Maiduguri"),
])
def test_town_named_after_city_of_is_a_place_though_wordnet_lists_it(nlp, text, name):
    assert name in places(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("In Mandalay, soldiers on Tuesday arrested a monk and two of his students, a relative said.", "Mandalay"),
    ("Soldiers on Tuesday detained a monk near Mandalay, his brother said.", "Mandalay"),
    ("Rangoon residents said soldiers fired into the air on Tuesday.", "Rangoon"),
    ("Calcutta residents said soldiers fired into the air on Tuesday.", "Calcutta"),
])
def test_a_big_city_the_ner_missed_is_a_place_though_wordnet_lists_it(nlp, text, name):
    """A city of a million people is that city when its name stands untagged as a proper noun."""
    assert name in places(nlp, text)


def test_names_in_place_slots_are_relabelled(nlp):
    found = places(nlp, "Government troops shelled Kafr Nabl and Khan Sheikhoun in southern Idlib on Monday.")
    assert {"Kafr Nabl", "Khan Sheikhoun", "Idlib"} <= set(found)


def test_split_country_name_is_joined(nlp):
    assert "Burkina Faso" in places(nlp, "Gunmen killed ten people in Burkina Faso on Monday.")


def test_country_name_split_around_of_the_is_joined(nlp):
    found = places(nlp, "Polio cases were reported in the Democratic Republic of the Congo last week.")
    assert found == ["the Democratic Republic of the Congo"]


def test_common_words_are_not_towns(nlp):
    found = places(nlp, "The Prime Minister met the Secretary at the Center for Homeland Security.")
    assert not {"Minister", "Secretary", "Center", "Homeland"} & set(found)


def test_dateline_city_is_not_the_event_place(nlp):
    from sitrep.nlp.extractor import extract_events

    text = "SANAA, June 16 (Xinhua) -- An airstrike hit a vehicle in the town of Haydan on Monday."
    doc = nlp(text)
    assert not [p for p in doc.spans["places"] if p.text == "SANAA" and not in_dateline(p)]
    events = extract_events(text, published="2020-06-16")
    assert events and all(e.location is None or e.location.name != "Sanaa" for e in events)


def groups(nlp, text):
    doc = nlp(text)
    return ([p.text for p in doc.spans["places"]], [p.text for p in doc.spans["place_adjectives"]],
            [p.text for p in doc.spans["place_embedded"]])


def test_demonyms_are_place_adjectives_not_event_places(nlp):
    doc = nlp("Syrian troops and Russian jets shelled Aleppo while European leaders met.")
    adjectives = {p.text: p.kb_id_ for p in doc.spans["place_adjectives"]}
    assert adjectives.get("Syrian") == "SY" and adjectives.get("Russian") == "RU"
    assert adjectives.get("European") == "Europe"
    found = [p.text for p in doc.spans["places"]]
    assert "Aleppo" in found and not {"Syrian", "Russian", "European"} & set(found)


def test_plural_demonyms_are_people(nlp):
    _, adjectives, _ = groups(nlp, "Thousands of Syrians fled to Turkey.")
    assert "Syrians" not in adjectives


def test_places_inside_organisation_names_are_embedded_not_event_places(nlp):
    found, _, embedded = groups(nlp, "Environment Canada and the Kentucky State Police issued warnings.")
    assert {"Canada", "Kentucky"} <= set(embedded)
    assert not {"Canada", "Kentucky"} & set(found)


@pytest.mark.parametrize("text, name", [
    ("An Ohio-based charity said its staff had been kidnapped near Jacmel.", "Ohio"),
    ("The London-based monitor reported strikes on Idlib overnight.", "London"),
    ("A Geneva headquartered agency said fighting had closed the road to Goma.", "Geneva"),
    ("The New York-based Committee to Protect Journalists condemned the arrest.", "New York"),
])
def test_home_of_an_organisation_is_embedded_not_an_event_place(nlp, text, name):
    found, _, embedded = groups(nlp, text)
    assert name in embedded
    assert name not in found


def test_generic_words_inside_organisation_names_are_not_places(nlp):
    _, _, embedded = groups(nlp, "The Central Bank and the Federal Reserve raised rates.")
    assert not {"Central", "Federal"} & set(embedded)


def test_titles_holidays_and_diseases_are_not_places(nlp):
    found = places(nlp, "Sen. Mitch McConnell spoke at City Hall on Easter about the West Nile virus in Texas.")
    assert "Texas" in found
    assert not {"Sen.", "Sen", "City Hall", "Easter", "West Nile", "City Hall on Easter"} & set(found)


def test_surname_of_a_person_named_in_full_is_not_a_place(nlp):
    found = places(nlp, "President Mikheil Saakashvili spoke in Tbilisi. Later Saakashvili flew to Batumi.")
    assert "Saakashvili" not in found and "Tbilisi" in found


def test_one_word_person_entity_in_a_place_slot_stays_a_place(nlp):
    found = places(nlp, "Another ambush had been staged on Friday in Sebba, in the northern Yagha province.")
    assert "Sebba" in found


def test_metonymic_city_as_organisation_is_a_place(nlp):
    assert "Edmonton" in places(nlp, "Edmonton needs to start planning for more snow.")


def test_stopword_lists_load():
    from sitrep.nlp.places import load_stopwords

    stop = load_stopwords()
    assert "sen." in stop["titles"] and "easter" in stop["not_places"] and "virus" in stop["disease_words"]
    assert "continent_adjectives" not in stop  # they live in sitrep/geo/data/areas.tsv


def test_stopword_lists_are_named_word_classes():
    import json
    from importlib import resources

    from sitrep.nlp.places import STOPWORD_LISTS, load_stopwords

    raw = json.loads(resources.files("sitrep.nlp").joinpath("data/place_stopwords.json").read_text("utf-8"))
    stop = load_stopwords()
    for key in STOPWORD_LISTS:
        classes = {name: words for name, words in raw[key].items() if not name.startswith("_")}
        assert classes and all(words and all(w == w.lower() for w in words) for words in classes.values())
        assert stop[key] == frozenset(w for words in classes.values() for w in words)
    # a class holds its members, not only the one an article needed
    assert {"striker", "goalkeeper", "winger", "quarterback"} <= stop["person_titles"]
    assert {"memorial day", "labour day", "diwali"} <= stop["not_places"]
    # proper names are no generic words: "Columbia" is a place in a South Carolina story
    assert not {"columbia", "victoria", "union city"} & stop["generic_words"]


def test_upper_case_dateline_city_is_a_place_but_not_an_event_place(nlp):
    doc = nlp("INNISFAIL - Nine-year-old skater Anna Stevens is lacing her skates for success.")
    found = [p for p in doc.spans["places"] if p.text == "INNISFAIL"]
    assert found and in_dateline(found[0])


def test_call_sign_is_not_a_place(nlp):
    assert "WBKO" not in places(nlp, "COLUMBIA, Ky. (WBKO) - A Metcalfe County man was shot on Friday.")


def test_counties_and_cities_inside_organisation_names_are_embedded(nlp):
    _, _, embedded = groups(nlp, "A man was struck by a vehicle in Glasgow. He was lodged in the Laurel County "
                                 "Detention Center, the Glasgow Police Department said.")
    assert {"Laurel County", "Glasgow"} <= set(embedded)


def test_brand_and_person_names_are_not_embedded_places(nlp):
    found, _, embedded = groups(nlp, "A 1992 Toyota Corolla struck the Toyota. "
                                     "He was honored at the Lincoln Day Dinner.")
    assert not {"Toyota", "Lincoln"} & (set(found) | set(embedded))


def test_united_party_name_has_no_embedded_country(nlp):
    _, _, embedded = groups(nlp, "Yevdokimov, a United Russia member, has resigned.")
    assert "Russia" not in embedded


def test_name_after_a_title_is_a_person_everywhere_in_the_article(nlp):
    found = places(nlp, "The removal of President Saakashvili was discussed in Tbilisi. Saakashvili refused.")
    assert "Saakashvili" not in found and "Tbilisi" in found


def test_name_before_village_after_a_locative_is_a_place(nlp):
    found = places(nlp, "Ten farmers were killed on Monday at Kologo village, the local mayor said.")
    assert "Kologo" in found


def test_places_the_ner_misreads_as_products_or_organisations(nlp):
    # en_core_web_md tags these PRODUCT / ORG; each is a known place in a place slot
    doc = nlp("Fighters tried to escape the city of Manbij after the shelling on Khanasir town.")
    assert {s.text for s in doc.spans["places"]} >= {"Manbij", "Khanasir"}
    doc = nlp("The talks ended last Thursday in Geneva.")
    assert "last Thursday" not in {s.text for s in doc.spans["places"]}


def test_month_names_are_never_places(nlp):
    doc = nlp("Gunmen killed five villagers in May, and talks resumed in June near Aleppo.")
    assert {s.text for s in doc.spans["places"]} == {"Aleppo"}


def test_country_abbreviations_are_places_or_embedded(nlp):
    """"the UAE" (which the NER leaves untagged) and "the DPRK" (tagged an organisation) are
    the countries; "US" inside "US Special Forces" is an embedded place."""
    found, _, embedded = groups(nlp, "He met the Prime Minister of the UAE. Against the backdrop that "
                                     "the DPRK and the United States lack trust, US Special Forces left.")
    assert {"UAE", "DPRK"} <= set(found)
    assert "US" in embedded and "US" not in found


def test_state_postal_codes_in_capitals_are_not_abbreviations(nlp):
    found, _, embedded = groups(nlp, "SHOOTING IN PORTLAND OR NEAR SALEM LEAVES ONE DEAD")
    assert "OR" not in found + embedded


def test_the_eu_is_an_embedded_place_never_an_event_place(nlp):
    found, _, embedded = groups(nlp, "Lowering the cost of the EU's airports is part of a new EU Aviation Strategy.")
    assert embedded.count("EU") == 2 and "EU" not in found


def test_an_abbreviation_that_is_an_english_word_is_no_country(nlp):
    """A headline's "CAR" that the tagger takes for a proper noun is still no Central African
    Republic; "UAE" is no English word."""
    from spacy.tokens import Doc

    from sitrep.nlp.places import NAME

    tagger = nlp.get_pipe(NAME)
    words = ["CAR", "BOMB", "NEAR", "THE", "UAE", "BORDER"]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN"])
    found = [s.text for s in tagger(doc).spans["places"]]
    assert "CAR" not in found and "UAE" in found


@pytest.mark.parametrize("text, name", [
    ("Fighting spread to Goma on Monday. Aid workers in Goma said shells fell near the airport. "
     "Goma is home to a million people.", "Goma"),
    ("Troops entered Bunia after a week of fighting. Officials in Bunia said markets reopened, "
     "and Bunia traders returned.", "Bunia"),
    ("Gunmen attacked a checkpoint near Beni in North Kivu. Beni has seen repeated raids this "
     "year, and Beni residents marched to demand protection.", "Beni"),
])
def test_a_name_read_as_a_place_once_is_a_place_everywhere_in_the_article(nlp, text, name):
    """The NER tags some occurrences of a town a person or an organisation; one name keeps one
    sense within an article."""
    assert places(nlp, text).count(name) == text.count(name)


def test_a_person_named_in_full_keeps_his_surname_out_of_the_places(nlp):
    found = places(nlp, "Colonel Ahmed Kidal led the column into Gao. Kidal said Gao was calm.")
    assert "Kidal" not in found and "Gao" in found


@pytest.mark.parametrize("text, unit", [
    ("Gunmen killed five farmers in the Mangu LGA of Plateau State on Sunday.", "Mangu LGA"),
    ("Bandits raided a market in Zuru Local Government Area of Kebbi State.", "Zuru Local Government Area"),
    ("Militia fighters burned homes in the Djugu Territory of Ituri Province on Monday.", "Djugu Territory"),
    ("Insurgents attacked a checkpoint in the Spin Boldak District of Kandahar Province on Friday.",
     "Spin Boldak District"),
])
def test_unit_the_ner_takes_for_an_organisation_is_a_place(nlp, text, unit):
    """"the X District of Y", "X Local Government Area of Y": the NER often tags the unit as an
    organisation (taking "of" along); a known name and a unit word make it a place."""
    assert any(unit in found for found in places(nlp, text))


@pytest.mark.parametrize("text, unit", [
    ("Gunmen killed three traders at a market in Ado Local Government Area on Friday.", "Ado Local Government Area"),
    ("Flooding displaced hundreds of families in Song Local Government Area of Adamawa this week.",
     "Song Local Government Area"),
    ("Police arrested two kidnappers near Obi Local Government Area on Saturday.", "Obi Local Government Area"),
    ("Herders and farmers clashed at a village in Bali Local Government Area on Sunday.",
     "Bali Local Government Area"),
])
def test_unit_named_like_an_english_word_is_a_place_after_a_locative(nlp, text, unit):
    """A unit whose name is also an English word ("Ado", "Song"), with the adjective "Local"
    in its unit words, is no common phrase after "in", "at" or "near"."""
    assert unit in places(nlp, text)


@pytest.mark.parametrize("text, unit", [
    ("Bandits abducted a teacher in the Gusau Local Government Area of Zamfara on Monday evening.",
     "Gusau Local Government Area"),
    ("Gunmen abducted a nurse in the Maru Local Government Area of Zamfara on Tuesday evening.",
     "Maru Local Government Area"),
    ("Herders killed a farmer in the Guma Local Government Area of Benue last month.",
     "Guma Local Government Area"),
])
def test_unit_inside_a_longer_organisation_entity_is_a_place(nlp, text, unit):
    """The NER may run on past the unit ("the X Local Government Area of Y" plus what follows):
    the unit up to its "of" is the place."""
    assert unit in places(nlp, text)


def test_department_of_a_country_stays_an_organisation(nlp):
    found = places(nlp, "A spokesman for the U.S. Department of State in Washington declined to comment.")
    assert "U.S. Department" not in found


def test_organisation_named_after_a_unit_stays_an_organisation(nlp):
    assert not {"Kaduna State Government", "Kaduna State"} & set(
        places(nlp, "The Kaduna State Government said on Monday that schools would reopen."))
    assert "Borno Emergency Management Agency" not in places(
        nlp, "The Borno Emergency Management Agency sent food to the camps.")


@pytest.mark.parametrize("text, dateline, scene", [
    ("Lusaka — Gunmen who stormed the town of Kitwe on Monday killed four people.", ["Lusaka"], "Kitwe"),
    ("Gaborone — Police in Francistown arrested six men after a night of looting.", ["Gaborone"], "Francistown"),
    ("Nairobi -- Bandits raided cattle pens near Marsabit, elders said.", ["Nairobi"], "Marsabit"),
    ("Kampala, Uganda — A truck bomb exploded in Gulu on Sunday.", ["Kampala", "Uganda"], "Gulu"),
    ("WIRE SERVICE, HOUSTON, TX, Tues. May 3, 2022: Gunmen shot two guards in Laredo.", ["HOUSTON"], "Laredo"),
    ("AGENCY DESK, PHOENIX, AZ, Thurs. June 9, 2022: A bomb went off in Yuma.", ["PHOENIX", "AZ"], "Yuma"),
])
def test_a_dateline_in_title_case_or_with_its_state_is_the_reporters_place(nlp, text, dateline, scene):
    """A line that opens with names and a dash ("Lusaka —"), or an upper-case dateline with its
    state's abbreviation and a date cut off as a sentence of its own, tells where the reporter
    is; the place of the events is the one the story names after it."""
    doc = nlp(text)
    found = {p.text: in_dateline(p) for p in doc.spans["places"]}
    assert all(found.get(name) is True for name in dateline)
    assert found.get(scene) is False


@pytest.mark.parametrize("text, name", [
    ("Lusaka was calm on Monday after riots in Ndola.", "Lusaka"),
    ("Gunmen attacked Ndola — a town near Kitwe — on Monday.", "Ndola"),
    ("Gunmen attacked Ndola — a town near Kitwe — on Monday.", "Kitwe"),
    ("Troops in Gulu - the army said - killed two rebels.", "Gulu"),
])
def test_a_place_before_a_dash_inside_the_story_is_no_dateline(nlp, text, name):
    doc = nlp(text)
    found = [p for p in doc.spans["places"] if p.text == name]
    assert found and not in_dateline(found[0])


@pytest.mark.parametrize(("text", "name"), [
    ("Floods hit the port city of Tobruk; Wadi Tobruk overflowed and residents in Tobruk fled.", "Tobruk"),
    ("Gen. Musa Kallam, who leads the brigade, said militants stormed Kallam town on Friday.", "Kallam"),
    ("Gunmen raided Talisay, Cebu, on Sunday. Governor Rosa Cebu condemned the raid in Cebu.", "Cebu"),
])
def test_name_the_text_calls_a_place_stays_a_place_though_a_person_shares_it(nlp, text, name):
    assert name in places(nlp, text)


def test_person_surname_not_called_a_place_is_still_no_place(nlp):
    found = places(nlp, "Interior Minister Omer Batumi spoke in Ankara. Later Batumi visited the wounded.")
    assert "Batumi" not in found and "Ankara" in found


@pytest.mark.parametrize(("text", "name"), [
    ("Gunmen shot six farmers near Tessoumbi, a town some 70 km south-west of Dosso.", "Tessoumbi"),
    ("Bandits looted Garoubel, a small village 35 kilometres east of Maradi, on Friday.", "Garoubel"),
    ("Kalfou Dan, a market town north of Zinder, was raided by gunmen overnight.", "Kalfou Dan"),
])
def test_name_described_as_a_town_in_apposition_is_a_place(nlp, text, name):
    assert name in places(nlp, text)


@pytest.mark.parametrize("text", [
    "Amadou Issa, a farmer from the region, said gunmen came at night.",
    "Police arrested Moussa Kane, a trader from Zinder, on Friday.",
])
def test_person_described_in_apposition_is_no_place(nlp, text):
    assert not {"Amadou Issa", "Moussa Kane", "Issa", "Kane"} & set(places(nlp, text))


def test_name_before_a_title_with_a_place_noun_is_no_place(nlp):
    doc = nlp("Ibrahim Sanda, a district commissioner, said the road was closed.")
    assert not {"Ibrahim Sanda", "Sanda"} & {p.text for p in doc.spans["places"]}


@pytest.mark.parametrize("text", [
    "Displaced families fled north of Benghazi, a spokesman said.",  # NER: organisation
    "Gunmen stopped the truck some 15 miles from Benghazi, witnesses said.",
    "The convoy was heading from Benghazi, officials said.",
])
def test_town_that_is_an_english_noun_is_a_place_after_from_or_a_direction(nlp, text):
    assert "Benghazi" in places(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("The senator read a letter from Lincoln's office to the crowd.", "Lincoln"),
    ("Volunteers from Wagner's private army crossed the border.", "Wagner"),
])
def test_owner_after_from_is_not_relabelled_a_place(nlp, text, name):
    assert name not in places(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("Three soldiers died in the fighting in the Hamid Sultani district.", "Hamid Sultani"),
    ("Gunmen killed a teacher in the Jalal Rahimi district.", "Jalal Rahimi"),
])
def test_a_name_the_ner_takes_for_a_person_before_district_in_a_place_slot_is_a_place(nlp, text, name):
    assert name in places(nlp, text)


def test_a_person_named_near_a_district_stays_a_person(nlp):
    assert "Jalal Rahimi" not in places(nlp, "The minister met Jalal Rahimi in the district capital.")


@pytest.mark.parametrize(("text", "name"), [
    ("Drones attacked Ukraine's Donetsk region overnight.", "Donetsk"),
    ("Two soldiers died in fighting in Ukraine's eastern Donetsk region on Friday.", "Donetsk"),
    ("Shelling was reported in the Kharkiv and Donetsk regions.", "Donetsk"),
])
def test_name_wordnet_lists_is_a_place_before_a_unit_noun(nlp, text, name):
    assert name in places(nlp, text)


@pytest.mark.parametrize("text", [
    "Officials from the Capital region met on Monday.",
])
def test_generic_word_before_a_unit_noun_stays_no_place(nlp, text):
    assert places(nlp, text) == []


def test_unit_noun_makes_the_noun_place_pick_its_namesake_in_that_unit():
    from sitrep.nlp.extractor import extract_events

    text = ("A missile strike killed four people on Monday in Kostiantynivka, a town in Ukraine's eastern "
            "Donetsk region, the governor said.\n\nIn the south, a drone hit a car near Kherson on Monday, "
            "killing one man.")
    found = {e.location.name: e.location.admin1 for e in extract_events(text, published="2024-05-08")}
    assert found.get("Kostyantynivka") == "Donetsk Oblast"


@pytest.mark.parametrize("text, name", [
    ("Meanwhile in Gao, gunmen killed 12 soldiers on Thursday.", "Gao"),
    ("In Kidal, a bomb wounded four peacekeepers on Monday.", "Kidal"),
    ("Elsewhere in Bunia, militiamen torched 30 homes overnight on Sunday.", "Bunia"),
    ("Near Dori, jihadists ambushed a convoy on Friday, killing nine.", "Dori"),
])
def test_a_place_opened_by_a_preposition_is_no_dateline(nlp, text, name):
    """"In X," opening a roundup's paragraph is where the act happened, even with its day a few
    words on; a dateline ("GAO, Thursday (AP) --") has no preposition before the city."""
    doc = nlp(text)
    found = [p for p in doc.spans["places"] if p.text == name]
    assert found and not in_dateline(found[0])


@pytest.mark.parametrize("text, name", [
    ("Meanwhile in Gao, gunmen killed 12 soldiers on Thursday.", "Gao"),
    ("In Timbuktu, attackers shot dead three traders on Monday.", "Timbuktu"),
])
def test_a_roundup_paragraphs_opening_place_is_the_event_place(text, name):
    import sitrep

    events = sitrep.extract(text, published="2024-06-11")
    assert events and all(e.location is not None and e.location.name == name for e in events)


@pytest.mark.parametrize(("text", "name"), [
    ("Russian jets dropped bombs on Kramatorsk on Monday, officials said.", "Kramatorsk"),  # NER: person
    ("Jihadists launched an attack on Sebba before dawn on Friday.", "Sebba"),  # NER: person
    ("Warplanes carried out two raids on Saraqib overnight, monitors said.", "Saraqib"),
    ("The army said guided bombs fell on Kostiantynivka on Tuesday afternoon.", "Kostiantynivka"),
])
def test_name_a_strike_fell_on_is_a_place(nlp, text, name):
    """What bombs, raids or an assault fell on is a place when the gazetteer knows the name,
    whatever entity label the NER gave it."""
    assert name in places(nlp, text)


@pytest.mark.parametrize("text", [
    "The council called on Kramatorsk officials to resign.",
    "Sanctions on Ahmed were lifted last year.",
    "He relied on Sebba for advice.",
])
def test_name_after_on_without_a_strike_stays_unplaced(nlp, text):
    assert places(nlp, text) == []
