"""Actor roles and types that follow from the event type, the side a mention is on, and the
actor dictionary's word classes (sentences written for these tests)."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from sitrep.model import ACTOR_TYPES
from sitrep.nlp.actors import ActorDictionary
from sitrep.nlp.arguments import RoleConvention, load_role_conventions, role_data


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _events(text: str, published: str = "2024-03-06"):
    from sitrep.nlp.extractor import extract_events

    return extract_events(text, published=published)


def _types_of(text: str, sub_event_type: str | None = None, *, event_type: str | None = None
              ) -> tuple[str | None, str | None]:
    """Actor types of the first event of the sub-type (or, with ``event_type``, of the type)."""
    events = [e for e in _events(text) if e.sub_event_type == sub_event_type or e.event_type == event_type]
    assert events, (text, [e.sub_event_type for e in _events(text)])
    e = events[0]
    return (e.actor1.type if e.actor1 else None, e.actor2.type if e.actor2 else None)


# ---------------------------------------------------------------- data file
def test_role_conventions_are_well_formed():
    conventions = load_role_conventions()
    codebook = json.loads(resources.files("sitrep.nlp.data").joinpath("codebook.json").read_text())
    for sub_type, conv in conventions.items():
        assert sub_type in codebook["types"], sub_type
        assert isinstance(conv, RoleConvention)
    raw = json.loads(resources.files("sitrep.nlp.data").joinpath("actor_roles.json").read_text())
    assert raw["version"] and raw["observer_verbs"]


def test_implied_actors_are_dictionary_words(actors):
    """Every phrase a convention implies is named by the actor dictionary, with the right type."""
    expected = {"rioters": "rioters", "civilians": "civilians", "security forces": "state_forces",
                "the government": "state_forces", "government forces": "state_forces", "the military": "state_forces"}
    for conv in load_role_conventions().values():
        for phrase in (conv.crowd, conv.unnamed_actor1, conv.unnamed_actor2, conv.actor2_against_non_state):
            if phrase:
                actor = actors.normalise(phrase, country="KE")
                assert actor.type == expected[phrase], phrase
                assert actor.type in ACTOR_TYPES
    victims = role_data()["casualties_without_target"]["actor2"]
    assert actors.normalise(victims, country="KE").type == "civilians"


# ---------------------------------------------------------------- conventions by event type
@pytest.mark.model
@pytest.mark.parametrize(
    "text, sub_event_type, actor1_type",
    [
        # the crowd of a violent demonstration is rioters, whatever the text calls it
        ("Hundreds of protesters hurled stones at police and torched cars in Lagos on Monday.", "violent_demonstration",
         "rioters"),
        ("Angry protesters stormed the parliament building in Nairobi on Tuesday, throwing rocks at officers.",
         "violent_demonstration", "rioters"),
        ("Rioters burned tyres and threw stones at riot police in Dakar on Friday.", "violent_demonstration", "rioters"),
        # arrests are made by the state
        ("Three suspects were arrested in Kano on Monday.", "arrests", "state_forces"),
        ("Police in Lahore arrested 14 people on Tuesday.", "arrests", "state_forces"),
        # a town retaken with no one named was retaken by the state
        ("The town was recaptured on Friday, the defence ministry said.", "government_regains_territory",
         "state_forces"),
        ("Eastern Mosul was retaken by Iraqi forces last month.", "government_regains_territory", "state_forces"),
    ],
)
def test_actor1_type_implied_by_the_event_type(text, sub_event_type, actor1_type):
    a1, _ = _types_of(text, sub_event_type)
    assert a1 == actor1_type


@pytest.mark.model
@pytest.mark.parametrize(
    "text, sub_event_type",
    [
        ("Gunmen shot dead a lawyer outside his home in Kaduna on Saturday.", "attack"),
        ("Gunmen killed a teacher and two traders in Zamfara on Monday.", "attack"),
        ("Armed men abducted a pastor and his wife in Kogi State on Sunday.", "abduction_forced_disappearance"),
        ("Bandits kidnapped a driver near Katsina on Wednesday.", "abduction_forced_disappearance"),
    ],
)
def test_violence_against_civilians_is_aimed_at_civilians(text, sub_event_type):
    assert _types_of(text, sub_event_type) == ("unknown", "civilians")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, actor1",
    [
        ("The Taliban took control of Ghazni city on Thursday.", "Taliban"),
        ("Jihadists captured the town of Djibo on Friday, residents said.", "Unidentified jihadist group (Burkina Faso)"),
        ("Islamic State fighters seized Sirte on Monday after the militants routed the defenders.", "Islamic State"),
    ],
)
def test_territory_taken_by_a_non_state_group_was_lost_by_the_state(text, actor1):
    e = next(e for e in _events(text) if e.sub_event_type == "non_state_actor_overtakes_territory")
    assert e.actor1.name == actor1
    assert e.actor2 is not None and e.actor2.type == "state_forces"


# ---------------------------------------------------------------- sides and roles
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Islamic State militants seized Ramadi on Sunday as the jihadists overran the last army positions.",
        "Islamic State fighters seized Sirte on Monday after the militants routed the defenders.",
    ],
)
def test_a_generic_word_beside_a_named_group_is_that_group(text):
    e = next(e for e in _events(text) if e.sub_event_type == "non_state_actor_overtakes_territory")
    assert e.actor1.name == "Islamic State"
    assert e.actor2.type == "state_forces"  # not "the jihadists" as the group's own opponent


@pytest.mark.model
def test_opponents_named_between_stay_opponents():
    e = _events("Clashes between the army and the RSF killed 20 people in Omdurman on Saturday.")[0]
    assert {e.actor1.type, e.actor2.type} == {"state_forces", "rebel_group"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Five soldiers were wounded on Monday when militants threw a grenade at a military vehicle in Pulwama.",
        "Three policemen were hurt when a grenade exploded under a police vehicle in Cotabato on Friday.",
    ],
)
def test_a_force_whose_vehicle_was_hit_is_actor2(text):
    a1, a2 = _types_of(text, "grenade")
    assert a2 == "state_forces" and a1 in {"rebel_group", "unknown"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb hit a convoy of Kenyan troops outside Mandera town on Thursday, officials said.",
        "A landmine struck a patrol of Chadian soldiers near Bol on Wednesday, according to local sources.",
        "An explosive device targeted a column of Nigerian troops on the road to Gwoza on Friday.",
    ],
)
def test_the_force_a_convoy_or_patrol_is_made_of_is_the_target(text):
    e = next(e for e in _events(text) if e.sub_event_type == "remote_explosive_landmine_ied")
    assert e.actor2 is not None and e.actor2.type == "state_forces", (e.actor1, e.actor2)
    assert e.actor1 is not None and e.actor1.type in {"rebel_group", "unknown"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Four civilians were killed in an airstrike on Saraqib on Monday, a monitoring group and activists said.",
        "A bomb exploded at a bus station in Jos on Monday, killing three people, and police are investigating the blast.",
    ],
)
def test_who_reports_or_investigates_is_not_a_party(text):
    e = _events(text)[0]
    assert e.actor1 is None or e.actor1.type not in {"protesters", "state_forces"}
    assert e.actor2 is not None and e.actor2.type == "civilians"


# ---------------------------------------------------------------- dictionary: person nouns
@pytest.mark.parametrize(
    "text",
    ["a man was shot", "the gunmen killed two women and a boy", "attackers abducted the hosts and staff"],
)
def test_people_named_by_person_nouns_are_civilians(actors, text):
    types = [m.actor.type for m in actors.find(text, country="NG")]
    assert "civilians" in types


@pytest.mark.model
@pytest.mark.parametrize(
    "text, sub_event_type, actor1",
    [
        ("The Sudanese army said on Monday it had recaptured the town of Wad Madani.", "government_regains_territory",
         "Military Forces of Sudan"),
        ('"We took the town after heavy fighting," a TPLF spokesman said on Tuesday.', "armed_clash",
         "TPLF: Tigray People's Liberation Front"),
        ("Al-Shabaab said it had killed 20 soldiers in an attack on a base near Kismayo on Monday.", "armed_clash",
         "Al Shabaab"),
    ],
)
def test_a_speaker_that_says_it_acted_is_actor1(text, sub_event_type, actor1):
    e = next(e for e in _events(text) if e.sub_event_type == sub_event_type)
    assert e.actor1 is not None and e.actor1.name == actor1


@pytest.mark.model
def test_a_speaker_reporting_someone_elses_act_is_not_actor1():
    e = _events("The army said a bomb exploded in the market on Monday, killing four people.")[0]
    assert e.actor1 is None or e.actor1.type != "state_forces"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Attackers threw a grenade into a bar frequented by soldiers in Bujumbura on Sunday, killing three people.",
        "A roadside bomb hit a bus carrying pilgrims near Baqubah on Friday, killing six people.",
    ],
)
def test_the_agent_of_a_describing_participle_is_not_the_perpetrator(text):
    e = _events(text)[0]
    assert e.actor1.type == "unknown" and e.actor2.type == "civilians"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, trigger_word, expected",
    [
        ("Al-Shabaab fighters had held Bardhere for a year. Al-Shabaab lost dozens of men there. "
         "Somali troops recaptured the town on Monday.", "recaptured", "Al Shabaab"),
        ("The Taliban have pressed on across the north. Taliban commanders claimed more districts on Sunday. "
         "Afghan forces retook the district centre on Tuesday.", "retook", "Taliban"),
    ],
)
def test_a_state_that_regained_territory_took_it_from_the_articles_main_opponent(nlp, actors, text, trigger_word,
                                                                                  expected):
    from sitrep.nlp.arguments import link_actors

    doc = nlp(text)
    trigger = next(doc[t.i:t.i + 1] for t in doc if t.text == trigger_word)
    country = "SO" if "Somali" in text else "AF"
    sentence = actors.find(trigger.sent, country=country, targets=True)
    without = link_actors(sentence, trigger, event_type="battles", sub_event_type="government_regains_territory")
    assert without.actor1.type == "state_forces" and without.actor2 is None
    linked = link_actors(sentence, trigger, event_type="battles", sub_event_type="government_regains_territory",
                         article_mentions=actors.find(doc, country=country))
    assert linked.actor2 is not None and linked.actor2.name == expected
    assert doc.text[linked.actor2_evidence.start_char:linked.actor2_evidence.end_char] == linked.actor2_evidence.text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A car bomb went off outside a police academy in Mogadishu on Thursday, killing 11 recruits.",
        "A suicide bomber blew himself up near an army checkpoint in Bosaso on Monday, killing four soldiers.",
        "A roadside bomb exploded beside a military convoy in Jalalabad on Monday.",
    ],
)
def test_a_force_where_a_blast_went_off_is_its_target_not_its_author(text):
    e = _events(text)[0]
    assert e.actor1 is None or e.actor1.type != "state_forces"
    assert e.actor2 is not None and e.actor2.type == "state_forces"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A car bomb went off outside a police academy in Mogadishu on Thursday, killing 11 recruits.\n\n"
        "The government attributed the bombing to al-Shabaab.",
        "A car bomb went off outside a police academy in Mogadishu on Thursday, killing 11 recruits.\n\n"
        "Officials blamed the bombing on al-Shabaab.",
    ],
)
def test_the_group_an_act_is_attributed_to_is_actor1_and_the_one_who_says_so_is_not_a_party(text):
    e = next(e for e in _events(text) if e.sub_event_type == "remote_explosive_landmine_ied")
    assert e.actor1 is not None and e.actor1.name == "Al Shabaab"
    assert e.actor2 is None or e.actor2.name != "Government of Somalia"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A grenade was thrown into a crowd of villagers in Yala on Thursday night, wounding three. "
        "Police said the attacker fled on a motorcycle.",
        "A grenade was thrown into a crowd of villagers in Yala on Thursday night, wounding three. "
        "Police are searching for the attacker.",
        "A bomb exploded at a bus stop in Pattani on Friday, killing two students. "
        "Police believe insurgents planted the device.",
        "A village chief was shot dead outside his house in Raman district on Sunday night. "
        "Investigators were checking whether the killing was linked to a land dispute.",
        "A rubber tapper was shot dead on a road in Yala on Friday. "
        "Police were trying to determine the motive for the killing.",
        "A shopkeeper was shot dead in Jolo on Tuesday. "
        "Detectives were verifying whether he had received threats.",
    ],
)
def test_who_reports_or_investigates_in_the_next_sentence_is_not_the_perpetrator(text):
    e = _events(text)[0]
    assert e.actor1 is not None and e.actor1.type != "state_forces"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The NPA handed over 300 rifles to government officials in Davao on Monday.",
        "The MILF announced on Tuesday that it was ending its armed struggle against the Philippine government.",
    ],
)
def test_a_group_changing_its_own_activity_has_no_opponent(text):
    a1, a2 = _types_of(text, "change_to_group_activity")
    assert (a1, a2) == ("rebel_group", None)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The IRA announced an end to its campaign.", "PIRA: Provisional Irish Republican Army"),
        ("Police found a New IRA arms dump.", "New IRA"),
        ("Basque separatist group ETA handed over its weapons.", "ETA: Basque Homeland and Freedom"),
        ("The Provisional IRA decommissioned its arsenal.", "PIRA: Provisional Irish Republican Army"),
    ],
)
def test_european_separatist_groups_are_named(actors, text, name):
    names = [m.actor.name for m in actors.find(text)]
    assert name in names and not any("IRA" in n and n != name for n in names)


# ---------------------------------------------------------------- sides the parse alone misleads on
@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Two policemen wounded in grenade attack in Mombasa\n\n"
    "A grenade was thrown at a patrol car in Mombasa on Monday evening, officials said.",
    "Four soldiers killed in roadside bomb blast in Gao\n\n"
    "A roadside bomb struck a convoy near Gao on Monday, the army said.",
    "Three troopers injured by IED explosion in Pattani\n\n"
    "An IED exploded beside a patrol in Pattani on Monday morning.",
])
def test_headline_victims_are_not_the_perpetrator(text):
    """ "Soldiers killed in bomb blast": the soldiers are the victims, never actor1."""
    actor1, _ = _types_of(text, event_type="explosions_remote_violence")
    assert actor1 != "state_forces"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Seven policemen killed as insurgents raid station in Borno\n\n"
    "The raid began shortly after midnight on Friday, officials said.",
    "Twelve troops killed as jihadists storm base in Mopti\n\n"
    "The assault began at dawn on Friday, a local official said.",
])
def test_headline_participle_dead_force_is_not_the_attacker(text):
    """A headline that drops the auxiliary of its toll verb and goes on with "as" ("troops
    killed as militants storm ...") tells the force's dead: the participle has no object, so the
    force was hit and is never actor1 of the battle."""
    assert _types_of(text, event_type="battles")[0] != "state_forces"


@pytest.mark.model
def test_headline_force_killing_with_an_object_stays_the_attacker():
    text = "Troops killed nine insurgents as they stormed a camp in Borno on Friday, the army said."
    assert _types_of(text, event_type="battles")[0] == "state_forces"


@pytest.mark.model
def test_headline_killers_with_an_object_stay_agents():
    text = "Soldiers killed five militants in an airstrike near Gao on Monday, the army said."
    assert _types_of(text, event_type="explosions_remote_violence")[0] == "state_forces"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hundreds of teachers held a protest outside the military base in Kaduna on Tuesday over unpaid wages.",
    "Thousands of students demonstrated against the government in Kampala on Tuesday.",
    "Several hundred farmers marched to the police headquarters in Nakuru on Tuesday to demand land titles.",
])
def test_protested_state_is_not_the_intervening_force(text):
    """What a crowd protests against or gathers at is not the force that intervened."""
    assert _types_of(text, event_type="protests") == ("protesters", None)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police fired tear gas to disperse protesters in Kampala on Tuesday.",
    "Demonstrators were beaten by soldiers in Kaduna on Tuesday.",
])
def test_intervening_force_is_kept(text):
    assert _types_of(text, event_type="protests")[1] == "state_forces"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A patrol of soldiers narrowly escaped a roadside bomb near Yala on Monday.",
    "A squad of rangers survived an IED blast outside Pattani on Monday morning.",
    "Two policemen sustained injuries in a grenade explosion in Basra on Monday.",
])
def test_who_suffered_the_act_is_its_victim(text):
    """The subject of a verb of suffering ("escaped", "survived", "sustained injuries") is who
    the act hit, never who carried it out."""
    actor1, actor2 = _types_of(text, event_type="explosions_remote_violence")
    assert actor1 != "state_forces" and actor2 == "state_forces"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A grenade was thrown at a minibus in Basra on Monday. A soldier sustained injuries to his leg.",
    "A bomb went off beside a shop in Yala on Monday. Two rangers were wounded, officials said.",
])
def test_victim_of_the_next_sentence_is_not_lent_as_perpetrator(text):
    assert _types_of(text, event_type="explosions_remote_violence")[0] != "state_forces"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Several men stormed an army base near Gao on Monday, killing three soldiers.",
    "Several men stormed a police station in Guayaquil on Monday, killing two officers.",
])
def test_plain_men_who_attack_are_an_unidentified_armed_group(text):
    """ "Several men stormed a police station": not civilians, an unidentified armed group
    (NOTES), fighting the force it attacked."""
    assert _types_of(text, event_type="battles") == ("unknown", "state_forces")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Three guards were killed and five police officers abducted at the prison in Guayaquil on Monday.",
    "Two soldiers were wounded and four policemen kidnapped near Gao on Monday.",
])
def test_passives_sharing_one_auxiliary_keep_their_victims(text):
    assert _types_of(text, "abduction_forced_disappearance")[0] != "state_forces"


@pytest.mark.model
@pytest.mark.parametrize("text, actor2_type", [
    ("Police made several arrests in Lima on Thursday.", "civilians"),
    ("Dozens of arrests were carried out in Nairobi on Monday, officials said.", "civilians"),
    ("Police made several arrests in Maiduguri on Thursday after Boko Haram attacked a market in the town.",
     "rebel_group"),
])
def test_arrests_of_no_one_named_took_civilians(text, actor2_type):
    """An arrest whose text names no one arrested took civilians, unless the article is about
    an armed group (then its members, ``opponent_replaces_civilians``)."""
    assert _types_of(text, "arrests") == ("state_forces", actor2_type)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kachin Independence Army fighters shelled a junta post near Bhamo. Soldiers arrested three "
    "journalists in Myitkyina on Tuesday.",
    "Boko Haram fighters raided a village near Bama on Sunday. On Monday police detained two students in "
    "Maiduguri, their families said.",
    "Al-Shabaab fighters attacked a base near Afgoye on Friday. Police in Mogadishu arrested four reporters on "
    "Saturday, a rights group said.",
])
def test_people_arrested_by_their_civilian_calling_stay_civilians(text):
    """Journalists, students or activists arrested in an article about an armed group are
    civilians, not that group's members."""
    assert _types_of(text, "arrests") == ("state_forces", "civilians")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Soldiers regained control of Kidal on Monday, freeing residents. The army has been fighting JNIM in the region "
    "for months.",
    "Soldiers recaptured the village of Midsayap on Monday and civilians returned home. The army has fought the Moro "
    "Islamic Liberation Front in the area since January.",
])
def test_territory_is_taken_from_the_armed_opponent_not_from_residents(text):
    assert _types_of(text, "government_regains_territory") == ("state_forces", "rebel_group")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The soldiers were patrolling near Yala when a roadside bomb exploded under their truck on Monday.",
    "Police officers were escorting a convoy in Pattani on Monday when a bomb went off beside them.",
])
def test_who_was_busy_when_the_act_struck_did_not_carry_it_out(text):
    """ "X were doing Y when a bomb exploded": X were overtaken by the act, not its perpetrators."""
    assert _types_of(text, event_type="explosions_remote_violence") == ("unknown", "state_forces")


# ---------------------------------------------------------------- destroyed property
@pytest.mark.parametrize("text", [
    "Soldiers set fire to dozens of houses in Taungdwin village on Monday, a villager said.",
    "Municipal officials razed some 80 shops in the Kawanda market in Uganda on Friday.",
    "Armed men looted shops and torched vehicles in Bukavu on Sunday, witnesses said.",
])
def test_destroyed_homes_and_shops_make_civilians_the_target(text):
    """Burning, razing or looting people's houses and shops is aimed at civilians, though no
    sentence names the owners."""
    assert _types_of(text, "looting_property_destruction")[1] == "civilians"


@pytest.mark.parametrize("text", [
    "Militiamen ransacked the central market in Tambura on Thursday, traders said.",
    "Gunmen looted a clinic in Kamituga and stole its medicines on Saturday.",
    "Rebels plundered the health centre at Oicha on Monday, a nurse said.",
    "Fighters set fire to a primary school and a church in Mweso on Tuesday.",
])
def test_looted_markets_clinics_and_schools_make_civilians_the_target(text):
    """A market, a clinic, a school or a place of worship looted or burned is people's property
    too: the unnamed target is civilians."""
    assert _types_of(text, "looting_property_destruction")[1] == "civilians"


@pytest.mark.parametrize("text", [
    "Retreating troops blew up two bridges near the town of Vilnok in Ukraine on Sunday.",
    "Unknown men set fire to three trucks on the road to Pendembu on Tuesday, police said.",
    "Rebels burned a fuel depot beside a row of shops in Mabanda on Friday, police said.",
])
def test_destroyed_infrastructure_or_vehicles_have_no_implied_target(text):
    """A bridge or a truck destroyed implies no owner as actor2."""
    events = [e for e in _events(text) if e.sub_event_type == "looting_property_destruction"]
    assert events and events[0].actor2 is None



@pytest.mark.model
@pytest.mark.parametrize(
    "text, event_type",
    [
        ("A mortar round hit a school in Gao on Friday, killing two pupils, according to a bulletin by the Malian army.",
         "explosions_remote_violence"),
        ("A statement by the Kenyan police said a roadside bomb killed three traders near Mandera on Sunday.",
         "explosions_remote_violence"),
        ("Two rockets landed near the airport in Kabul on Monday, killing a guard, a report by the Afghan army said.",
         "explosions_remote_violence"),
        ("A gang was accused by police on Sunday of kidnapping nine aid workers in Croix-des-Bouquets.",
         "violence_against_civilians"),
        ("The rebels were blamed by the army for the killing of 12 villagers near Beni on Thursday.",
         "violence_against_civilians"),
        ("The militia was accused by the Nigerian police of abducting 20 farmers near Jos on Monday.",
         "violence_against_civilians"),
    ],
)
def test_who_tells_or_alleges_an_act_is_not_actor1(text, event_type):
    """ "A statement by the army", "accused by police of kidnapping": whoever the statement or
    the accusation is by tells of the act; the accused is its alleged perpetrator."""
    events = [e for e in _events(text) if e.event_type == event_type]
    assert events, [e.sub_event_type for e in _events(text)]
    actor1 = events[0].actor1
    assert actor1 is None or actor1.type != "state_forces"
    if event_type == "violence_against_civilians":
        assert actor1 is not None


@pytest.mark.model
def test_an_attack_by_a_group_keeps_its_agent():
    """The 'by' of an act itself still names who did it."""
    e = next(e for e in _events("Shelling by the Malian army hit a market in Gao on Friday, killing two traders.")
             if e.event_type == "explosions_remote_violence")
    assert e.actor1 is not None and e.actor1.type == "state_forces"


# ---------------------------------------------------------------- who lost the ground
@pytest.mark.model
@pytest.mark.parametrize(
    "text, sub_event_type, loser_type",
    [
        ("Pro-government fighters recaptured the town of Kismu from the rebels on Tuesday.",
         "government_regains_territory", "rebel_group"),
        ("Fighters loyal to the governor retook the village of Kismu from al-Shabaab on Tuesday.",
         "government_regains_territory", "rebel_group"),
        ("Forces loyal to the president recaptured the airport in Kismu on Tuesday after a battle with rebels.",
         "government_regains_territory", "rebel_group"),
        ("Al-Shabaab fighters captured the town of Kismu from government troops on Tuesday.",
         "non_state_actor_overtakes_territory", "state_forces"),
    ],
)
def test_the_side_a_town_was_taken_from_is_actor2(text, sub_event_type, loser_type):
    """'From X' and 'a battle with X' name the side that lost the ground, never the taker."""
    e = next(e for e in _events(text) if e.event_type == "battles")
    assert e.sub_event_type == sub_event_type
    assert e.actor2 is not None and e.actor2.type == loser_type


@pytest.mark.model
@pytest.mark.parametrize(
    "text, sub_event_type, actor1_type",
    [
        ("A feared gang from the hills was accused by police on Tuesday of abducting nine nurses near Les Cayes.",
         "abduction_forced_disappearance", "political_militia"),
        ("That gang got blamed for kidnapping four engineers outside Maracay last week.",
         "abduction_forced_disappearance", "political_militia"),
        ("Separatist rebels were suspected of planting the roadside bomb that killed two policemen in Kumba on Monday.",
         "remote_explosive_landmine_ied", "rebel_group"),
        ("A local militia was accused of staging the raid on a market in Baidoa on Friday that killed four traders.",
         "attack", "identity_militia"),
    ],
)
def test_the_accused_of_a_passive_accusation_is_actor1(text, sub_event_type, actor1_type):
    """ "X was accused of / blamed for / suspected of <act>": X did the act, as in the active."""
    assert _types_of(text, sub_event_type)[0] == actor1_type
