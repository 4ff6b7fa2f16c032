"""Which act a sentence tells, for classes of wording that used to give the wrong type or a
false event. Each table pairs wordings that must tell the act with near wordings that must not."""

from __future__ import annotations

import pytest

import sitrep

PUBLISHED = "2024-03-13"
CLASH = "armed_clash"
SUICIDE = "suicide_bomb"
OVERTAKES = "non_state_actor_overtakes_territory"
REGAINS = "government_regains_territory"
TRANSFER = "non_violent_transfer_of_territory"
BASE = "headquarters_or_base_established"
BOMBING = "remote_explosive_landmine_ied"


def sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published=PUBLISHED)]


# Generic fighting words told as a state of a war tell no act; dated to the days of one
# episode ("since Saturday", "on Tuesday") they still do.
ONGOING = [
    ("Fighting between troops and the militia has raged in Kadugli since March 3.", CLASH, False),
    ("Since 2011, clashes between herders and the army have claimed thousands of lives in Jonglei.", CLASH, False),
    ("Clashes between soldiers and rebels still flared up often around Bunia, despite a lull elsewhere in "
     "the province.", CLASH, False),
    ("Despite the lull in the north, soldiers and rebels near Bunia still clashed frequently.", CLASH, False),
    ("The district of Kalay has seen fierce fighting between the junta and resistance groups.", CLASH, False),
    ("Clashes between the rebels and the army continue in the hills around Bamenda.", CLASH, False),
    ("Heavy fighting has raged since Saturday around Kadugli between troops and the militia.", CLASH, True),
    ("Clashes between troops and rebels continued on Tuesday near Bunia, killing four soldiers.", CLASH, True),
    ("Fighting raged in Kalay on Monday between junta troops and resistance fighters.", CLASH, True),
    # a count of months from another day is a stretch of the war, a count of days an episode
    ("The war in the north broke out last summer, and clashes go on some nine months later.", CLASH, False),
    ("Clashes between the militia and the army around Bamenda continue two years later.", CLASH, False),
    ("The army entered Bunia on Monday, and clashes with the rebels continue two days later in its suburbs.",
     CLASH, True),
]


# A past act reported with caution by a perfect infinitive happened as far as the text tells;
# the same infinitive after a verb of plan or hope did not.
HEDGED = [
    ("An officer said Monday's explosion by the gate of a Kismayo army camp seemed to have been "
     "set off by a suicide bomber.", SUICIDE),
    ("The explosion at the hotel in Kabul on Monday is believed to have been caused by a suicide "
     "attacker, police said.", SUICIDE),
    ("Rebels were reported to have captured the town of Kidal on Monday.", OVERTAKES),
    ("The militia claims to have seized the town of Bunia on Monday.", OVERTAKES),
    ("The rebels hope to have seized the town of Kidal by June.", None),
    ("The militia expects to have captured the town of Bunia before the rains.", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), HEDGED)
def test_hedged_past_is_an_act(text, sub_type):
    types = set(sub_types(text))
    assert (sub_type in types) if sub_type else not types, types


# The withdrawal of the side that lost a town is part of the territory change told beside it.
WITHDRAWAL_BESIDE_CHANGE = [
    ("The army said on Saturday it had retaken the town of Kidal from the rebels. The rebels said they "
     "had withdrawn from Kidal to avoid being encircled.", REGAINS),
    ("Jihadists seized the town of Djibo on Saturday, residents said. Soldiers withdrew from Djibo on "
     "Saturday after a night of fighting.", OVERTAKES),
    ("Troops recaptured Tawila from the militia on Monday. The militia pulled out of Tawila on Monday "
     "as the army advanced.", REGAINS),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), WITHDRAWAL_BESIDE_CHANGE)
def test_withdrawal_is_part_of_the_territory_change(text, sub_type):
    assert sub_types(text) == [sub_type]


# A withdrawal told alone, or under a deal, is a non-violent transfer (the deal is its frame,
# not an agreement of its own); a deal told alone is an agreement.
TRANSFERS = [
    ("Government troops withdrew from the town of Aguelhok on Saturday, handing it to the rebels under the "
     "accord.", {TRANSFER}),
    ("Soldiers finished pulling out of the town of Aguelhok on Sunday as part of a peace deal with the "
     "rebels, an official said.", {TRANSFER}),
    ("The militia pulled out of Tawila on Saturday under a ceasefire agreement brokered by Qatar.", {TRANSFER}),
    ("Foreign troops began their withdrawal from the airport in Kabul on Monday under the accord.", {TRANSFER}),
    ("The rebels and the government signed a ceasefire deal in Doha on Monday.", {"agreement"}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), TRANSFERS)
def test_withdrawal_alone_or_under_a_deal_is_a_transfer(text, expected):
    assert set(sub_types(text)) == expected


# Bases set up in the plural (spaCy's lemma of "bases" is "basis") and military facilities
# opened are bases established; a civilian facility is not.
BASES = [
    ("Turkish forces have set up three more military bases near Duhok, officials told reporters on Monday.",
     BASE, True),
    ("The army built two new bases outside Tillaberi on Friday, officials said.", BASE, True),
    ("Russia opened a new military training facility near Bangui on Saturday.", BASE, True),
    ("The ministry opened a new hospital facility in Bangui on Saturday.", BASE, False),
    ("Workers in Zakho are paid on a daily basis, a trader said on Monday.", BASE, False),
]


# Power seized is a coup (strategic development "other"), never a territory change.
POWER = [
    ("Soldiers seized power in Conakry on Sunday and dissolved the government.", "other"),
    ("Officers who took power in Niamey on Wednesday suspended the constitution, state television said.", "other"),
    ("The rebels seized the town of Kidal on Sunday.", OVERTAKES),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), POWER)
def test_power_seized_is_a_coup(text, sub_type):
    types = set(sub_types(text))
    assert sub_type in types and not (sub_type == "other" and types & {OVERTAKES, REGAINS}), types


# Explosions that someone heard, or that echoed, tell a sound, not a bombing; an explosion that struck or killed
# is one.
HEARD = [
    ("A fisherman in Varno heard three loud explosions late on Monday, minutes before the river burst its "
     "banks.", BOMBING, False),
    ("Loud explosions were heard in Goma on Tuesday morning, residents said.", BOMBING, False),
    ("Explosions heard across Srinagar on Saturday night, a lawmaker posted.", BOMBING, False),
    ("An explosion killed ten people at a market in Goma on Tuesday.", BOMBING, True),
    # a sound that carried: 'echoed', 'reverberated', 'rang out'
    ("Explosions echoed across the city of Varno on Monday night as families sheltered in cellars.", BOMBING, False),
    ("Blasts reverberated through the old town of Lowen on Tuesday evening.", BOMBING, False),
    ("Two loud explosions rang out over the harbour before dawn, residents said.", BOMBING, False),
]


# Acts of any kind inside what a place "has seen" or "has witnessed" tell the state of a war,
# reached through participles ("ranging from", "with the army calling in"); an act with a verb
# of its own, or dated, still tells one.
WITNESSED = [
    ("Over four years of war the hill town of Varno has endured sniper fire, shelling and repeated "
     "air strikes.", "air_drone_strike", False),
    ("Few corners of Lowen province have experienced anything but war, with drone strikes hitting its "
     "markets again and again.", "air_drone_strike", False),
    ("For a decade the farmers of Tessin county have endured kidnappings by gangs demanding ransom.",
     "abduction_forced_disappearance", False),
    ("The port of Mocha has seen calm since the two sides signed a truce in Geneva in May.", "agreement", True),
    ("Army jets bombed Homs on Monday, residents said.", "air_drone_strike", True),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type", "told"), ONGOING + BASES + HEARD + WITNESSED)
def test_sub_type_told_or_not(text, sub_type, told):
    types = sub_types(text)
    assert (sub_type in types) == told, types


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The number of police officers killed by bandits in Katsina this year so far rose to 27 on Monday.",
    "Gunmen have abducted 140 travellers on the highway so far this month, officials said on Monday.",
    "Militants have attacked 12 schools in the region in recent weeks, the ministry said on Monday.",
    "Kidnappings and robberies remain high in Lagos State, the police chief said on Friday.",
    "Extortion, kidnapping and murder remains high in Port Harcourt, according to the governor.",
    "Lagos is once more facing a sharp spike in kidnappings by gangs that began in March, aid workers said.",
    "The spike in abductions on the Abuja-Kaduna highway since June worries transport unions.",
    "Doctors in Kano are alarmed by a sharp rise in attacks and kidnappings targeting clinics since January.",
    "The militia has torched 30 villages in Ituri in the past month, a rights group said on Tuesday.",
    "Herders raided farms near Obudu several times in the past few weeks, villagers told reporters.",
    "The toll was lower than over the previous days of fighting near Kherson, the ministry added.",
    "Two cartels have been engaged in bloody feuding around Culiacán for months, residents said.",
    "Rival militias have been engaged in clashes over the gold mines near Mongbwalu.",
    "More than 1,800 murders were registered in the state between January and August.",
])
def test_counts_over_a_period_are_no_event(text):
    assert sub_types(text) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen kidnapped nine travellers near Lorvia on Monday, police said, amid a spike in abductions.",
    "Herders raided farms near Obudu on Sunday, after weeks in which attacks remained high.",
])
def test_an_act_told_beside_a_trend_is_still_an_event(text):
    assert sub_types(text) != []


# A raid told first as a killing with its toll, then as people carried off, is two events (an
# attack and an abduction); an attack word with no dead is the abduction itself.
@pytest.mark.parametrize("text", [
    "Bandits stormed Dan Kano village in Zamfara State on Friday, killing 12 villagers. Forty "
    "women were also abducted by the gunmen, residents said.",
    "Gunmen shot dead three farmers near Rutshuru on Tuesday. Six aid workers were kidnapped in "
    "the same village, officials said.",
    "Four civilians were killed in Rijana on Sunday as armed men looted shops. The gunmen also "
    "took 15 passengers hostage in Rijana on Sunday, police said.",
])
def test_a_killing_with_its_toll_before_an_abduction_is_an_attack_of_its_own(text):
    kinds = sub_types(text)
    assert "abduction_forced_disappearance" in kinds and "attack" in kinds, kinds


@pytest.mark.parametrize("text", [
    "Bandits abducted 40 students from a school in Kagara on Wednesday. The attack began at "
    "night, a teacher said.",
    "Gunmen kidnapped six aid workers near Rutshuru on Tuesday. The attack took place at dawn, "
    "officials said.",
])
def test_an_attack_word_without_dead_stays_part_of_the_abduction(text):
    assert sub_types(text) == ["abduction_forced_disappearance"]


# Armed men who "stormed" or "attacked" a place with no armed defender named, told beside the
# abduction of the people there, carried out that abduction; a fight with a force named stays
# a battle of its own.
@pytest.mark.parametrize("text", [
    "Gunmen kidnapped nine traders in Birnin Gwari on Monday. The gunmen stormed the compound in "
    "four pick-up trucks, a witness said.",
    "Masked men in several cars stormed the compound of a construction firm near Kirkuk on Tuesday. "
    "Eleven engineers were abducted, an officer said.",
    "Armed men stormed a lodge at Kalehe on Friday. Seven guests were taken hostage by the "
    "armed men, residents said.",
])
def test_an_assault_on_a_place_told_beside_an_abduction_is_that_abduction(text):
    assert sub_types(text) == ["abduction_forced_disappearance"], text


@pytest.mark.parametrize("text", [
    "Gunmen kidnapped nine traders from a market in Birnin Gwari on Monday. The gunmen later "
    "clashed with soldiers near the market, a witness said.",
    "Eleven engineers were abducted from a farm near Kirkuk on Tuesday. Police fought the "
    "kidnappers near the farm for an hour, an officer said.",
])
def test_a_fight_with_a_named_force_beside_an_abduction_stays_a_battle(text):
    kinds = sub_types(text)
    assert "abduction_forced_disappearance" in kinds and CLASH in kinds, kinds


# Fighting told by a word of two sides ("clashes", "a gunfight", "an exchange of fire") at the
# place and day of a killing of civilians is a battle of its own, not a retelling of the
# killing; a bare "attack" or "raid" there still retells it.
@pytest.mark.parametrize("text", [
    "Soldiers killed 14 villagers in Kalehe on Tuesday, residents said. Heavy clashes broke out "
    "around Kalehe on Tuesday as the army advanced.",
    "Gunmen shot dead six farmers near Mubi on Friday. A gunfight near Mubi on Friday left the "
    "area tense, police said.",
    "Rebels executed nine villagers in Beni on Monday. An exchange of fire broke out in Beni on "
    "Monday, a witness said.",
])
def test_fighting_beside_a_killing_of_civilians_is_a_battle_of_its_own(text):
    assert sub_types(text) == ["attack", CLASH], text


@pytest.mark.parametrize("text", [
    "Gunmen attacked a village near Mubi on Friday, killing six farmers. The attack near Mubi on "
    "Friday lasted two hours, police said.",
    "Gunmen killed six farmers near Mubi on Friday. The raid near Mubi on Friday lasted two hours, "
    "police said.",
])
def test_an_attack_word_beside_a_killing_of_civilians_retells_it(text):
    assert sub_types(text) == ["attack"], text


# "Murdered" tells a killing of civilians as "killed" beside "civilians" does.
@pytest.mark.parametrize("text", [
    "Two aid workers were brutally murdered near Mekelle on Tuesday, the charity said.",
    "Suspected jihadists murdered 14 traders on the road to Tera on Sunday.",
    "Gunmen murdered a village chief and his wife in Dogo on Monday, police said.",
])
def test_a_murder_is_an_attack(text):
    assert sub_types(text) == ["attack"], text


# An attack that names no target but kills people named as persons or by nationality hit
# civilians; a named soldier among the dead keeps it a fight.
@pytest.mark.parametrize("text", [
    "Militants ambushed a convoy near Mocimboa da Praia on Tuesday, killing John Harrison and four "
    "others.",
    "Rebels raided a mission near Bunia on Sunday, killing two Italians.",
    "Militants attacked Tse Akaa village in Benue State on Monday and killed Mr Terkura Iorfa, 52.",
])
def test_an_attack_that_kills_named_or_national_people_is_on_civilians(text):
    events = sitrep.extract(text, published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["attack"], text
    assert events[0].actor2 is not None and events[0].actor2.type == "civilians"


@pytest.mark.parametrize("text", [
    "Militants ambushed a patrol near Mocimboa da Praia on Tuesday, killing Sergeant John Harrison "
    "and four other soldiers.",
    "Insurgents attacked an army post near Kidal on Sunday, killing three Malian soldiers.",
])
def test_an_attack_that_kills_named_soldiers_stays_a_clash(text):
    assert sub_types(text) == [CLASH], text


# What a group is known or blamed for is a habit, not an act; an act told beside it, or blamed
# with a time and place of its own, still is one.
@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type", "told"), [
    ("The militia, notorious for torching chapels across Plateau State, entered Jos on Friday.",
     "looting_property_destruction", False),
    ("The group is infamous for abducting schoolgirls in Borno.", "abduction_forced_disappearance", False),
    ("A gang known for kidnappings and killings on the Kaduna highway was blamed for the raid.",
     "abduction_forced_disappearance", False),
    ("The gunmen, known for kidnappings on the Abuja-Kaduna highway, abducted six travellers near "
     "Kaduna on Sunday.", "abduction_forced_disappearance", True),
    ("The army was condemned for shelling Homs on Monday, killing four civilians.",
     "shelling_artillery_missile_attack", True),
])
def test_what_a_group_is_known_for_is_no_act(text, sub_type, told):
    types = sub_types(text)
    assert (sub_type in types) == told, types


# An act in a clause of condition ("if", "unless") did not happen; "if" that asks whether
# ("checking if", "unclear if") leaves the act possible, so it is still told.
@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type", "told"), [
    ("Sanctions follow automatically if chemical weapons are used in attacks on Idlib.", "chemical_weapon", False),
    ("The resolution adopted on Monday imposes sanctions if chlorine gas is used in Idlib.",
     "chemical_weapon", False),
    ("Schools in Maiduguri close if insurgents attack the nearby villages.", CLASH, False),
    ("Traders in Bunia shut their shops if militiamen loot the market.", "looting_property_destruction", False),
    ("Police in Kano were checking if gunmen had abducted any pupils from the school.",
     "abduction_forced_disappearance", True),
    ("It is unclear if soldiers killed the two men in Bunia on Monday.", "attack", True),
])
def test_an_act_under_a_condition_is_no_event(text, sub_type, told):
    types = sub_types(text)
    assert (sub_type in types) == told, types


# Explosive acts worded without the usual nouns: a bomb told in a relative clause ("a bomb that
# went off"), a target "attacked with bombs", ships or gunboats that pound a coast, strikes "from
# the air and the ground". Each case pairs the wording with a near one that tells no such act.
@pytest.mark.model
@pytest.mark.parametrize(("text", "near", "sub_type"), [
    ("A bomb that exploded near a market in Jalalabad on Monday killed three people.",
     "Police said the bomb that was found near the school in Jalalabad did not explode.", BOMBING),
    ("A bomb which detonated under a bus in Peshawar on Sunday wounded nine.",
     "A bomb which police found under a bus in Peshawar on Sunday was defused.", BOMBING),
    ("Police detained a man suspected of leaving a bomb that went off outside a bank in Mosul on Tuesday.",
     "Police detained a man suspected of leaving a bag outside a bank in Mosul on Tuesday.", BOMBING),
    ("Five shops in Quetta were attacked with bombs overnight, police said.",
     "Five shops in Quetta were searched for bombs overnight, police said.", BOMBING),
    ("Several clinics were attacked by bombs on Sunday in Bajaur district.",
     "Several clinics were visited by doctors on Sunday in Bajaur district.", BOMBING),
    ("Government warships pounded rebel positions near Hodeidah on Monday.",
     "US warships arrived off the coast of Yemen on Monday.", "shelling_artillery_missile_attack"),
    ("Two navy gunboats pounded militia positions near Sirte on Monday.",
     "Two navy gunboats docked at the port of Sirte on Monday.", "shelling_artillery_missile_attack"),
    ("Troops launched air and ground attacks on rebel camps in Maguindanao on Wednesday.",
     "Troops launched a ground search for the missing hikers in Maguindanao on Wednesday.", "air_drone_strike"),
    ("The offensive, which included air and ground attacks, drove the rebels out of Datu Piang on Monday.",
     "Heavy rain pounded the town of Datu Piang on Monday.", "air_drone_strike"),
])
def test_explosive_acts_without_the_usual_nouns(text, near, sub_type):
    assert sub_type in sub_types(text), sub_types(text)
    assert sub_type not in sub_types(near), sub_types(near)
