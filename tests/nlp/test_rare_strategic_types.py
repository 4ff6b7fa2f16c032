"""Strategic developments told with everyday words: a group giving up its weapons changes its
activity; forces building or opening a post establish a base; weapons found, dismantled or
defused were never used (no explosion, no shelling). Seizures and handovers of people stay what
they are."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-03-09")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), [
    # giving up weapons changes the group's activity
    ("The rebel movement handed over 300 rifles to United Nations monitors in Bunia on Saturday.",
     "change_to_group_activity"),
    ("Observers confirmed on Monday that the militia had decommissioned its heavy weapons at a depot outside "
     "Kananga.", "change_to_group_activity"),
    ("Fighters laid down their arms at a ceremony in Bangui on Friday.", "change_to_group_activity"),
    # building or opening a post establishes a base
    ("Army engineers built a forward operating base outside Kidal last week.", "headquarters_or_base_established"),
    ("Peacekeepers opened a new camp near Bunia on Wednesday, the mission said.", "headquarters_or_base_established"),
    ("Government troops established a new outpost at Tessalit on Sunday.", "headquarters_or_base_established"),
])
def test_strategic_developments_in_everyday_words(text, sub_type):
    assert sub_type in _types(text)


@pytest.mark.model
def test_seizing_weapons_from_suspects_is_no_change_of_activity():
    assert "change_to_group_activity" not in _types("Police seized weapons and arrested two men in Belfast on Monday.")



DISRUPTED = "disrupted_weapons_use"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers discovered three IEDs under a culvert near Gwoza on Thursday.", DISRUPTED),
    ("Police found an explosive vest and detonators in a house in Mombasa on Thursday.", DISRUPTED),
    ("Engineers dismantled two rocket launchers outside Kirkuk on Thursday, the army said.", DISRUPTED),
    ("Several landmines were unearthed by troops near Tessalit on Thursday.", DISRUPTED),
    ("Rebels fired rockets at the airport in Kirkuk on Thursday.", "shelling_artillery_missile_attack"),
])
def test_weapons_found_or_defused_were_not_used(text, expected):
    assert _types(text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Romanian air defences said on Tuesday they had shot down 12 of 15 drones launched at Constanta overnight.",
    "The army intercepted two rockets fired by militants toward Sderot on Wednesday.",
    "Air defence units shot down a drone sent by the rebels over Goma on Friday, the governor said.",
    "Three missiles launched from the sea were intercepted over Odesa on Monday, the navy said.",
])
def test_weapons_shot_down_or_intercepted_struck_nothing(text):
    """What an interception acted on never struck: no air or missile strike besides the disruption."""
    assert _types(text) == [DISRUPTED]


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), [
    # a plural the lemmatizer reads as another word ("bases" as "basis")
    ("The navy set up three coastal bases near Mombasa on Tuesday.", "headquarters_or_base_established"),
    ("Militants have set up new camps in the hills above Tillaberi, the army said on Friday.",
     "headquarters_or_base_established"),
    # a force leaving or handing over its post gives up territory without a fight
    ("French soldiers handed over their last camp in Menaka to the national army on Monday.",
     "non_violent_transfer_of_territory"),
    ("Italian troops left the air base at Herat on Thursday, ending their mission.", "non_violent_transfer_of_territory"),
    ("The withdrawal of the peacekeepers from the garrison at Kindu was completed on Friday.",
     "non_violent_transfer_of_territory"),
    ("Rebel fighters vacated the barracks in Bria on Sunday after the deal.", "non_violent_transfer_of_territory"),
    # the side that leaves named by two nouns joined ("troops and their equipment")
    ("The withdrawal of Belgian troops and equipment from the camp at Kindu ended on Friday.",
     "non_violent_transfer_of_territory"),
    ("The ministry said the withdrawal of the soldiers and armoured vehicles from the base near Gao is complete.",
     "non_violent_transfer_of_territory"),
])
def test_bases_set_up_left_or_handed_over(text, sub_type):
    assert sub_type in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The villagers handed over two suspects to the police in Menaka on Monday.",
    "Soldiers left the market at Herat before noon on Thursday.",
    "The talks laid the basis for a new deal in Bria on Sunday.",
])
def test_other_handovers_and_departures_change_no_territory(text):
    types = _types(text)
    assert "non_violent_transfer_of_territory" not in types and "headquarters_or_base_established" not in types


LOOTING = "looting_property_destruction"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Soldiers bulldozed a row of market stalls in Rafah on Thursday.",
    "Militants blew up the only bridge into Palma on Friday.",
    "Unknown men set fire to two mosques in Kaduna overnight on Saturday.",
    "Police destroyed about 40 shanties on the edge of Karachi on Monday.",
    "Settlers destroyed a school in the hamlet of Khan al-Ahmar on Tuesday.",
])
def test_property_destroyed_without_a_fight(text):
    assert LOOTING in _types(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), [
    ("A drone strike destroyed three houses in Saraqib on Monday.", "air_drone_strike"),
    ("Gunmen attacked Bama on Monday, killing nine people and destroying dozens of homes.", "attack"),
])
def test_destruction_in_a_strike_or_attack_is_part_of_it(text, sub_type):
    assert _types(text) == [sub_type]


@pytest.mark.model
def test_destroying_vehicles_in_a_fight_is_no_property_destruction():
    assert LOOTING not in _types("The army destroyed two rebel trucks near Menaka on Monday.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "On Friday soldiers came across an arms dump holding rifles and grenades in the hills outside Gao, "
    "the army said.",
    "Police stumbled upon a weapons stash containing grenades and pistols in a farmhouse near Mosul on Tuesday.",
    "Troops seized a cache of rifles and hand grenades hidden in a cave near Kidal on Monday.",
    "Marines uncovered a stockpile of grenades and ammunition in a warehouse in Marawi on Sunday.",
])
def test_a_weapons_store_found_is_a_disruption_not_a_grenade_attack(text):
    """Grenades listed among the contents of a store that was found were never thrown: the find
    is disrupted weapons use, whatever verb (came across, stumbled upon, seized) or store noun
    (dump, stash, stockpile) tells it."""
    assert _types(text) == [DISRUPTED]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rebels said on Sunday they had set up a new military camp on a ridge above Kalehe.",
    "Residents said the militia had established a training camp near Beni last week.",
    "The insurgents have built a new camp outside Palma, satellite images released on Monday show.",
])
def test_a_camp_set_up_is_a_base_established(text):
    assert "headquarters_or_base_established" in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police found a cache of cocaine and cash in a house in Guayaquil on Monday.",
    "Customs officers seized a stash of heroin hidden in a lorry at the port on Tuesday.",
])
def test_a_store_of_drugs_is_no_weapons_find(text):
    assert DISRUPTED not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Troops recovered a cache of rifles and ammunition after a gunfight with militants near Gwoza on Monday.",
    "Police seized an arms dump of pistols and grenades following an exchange of fire with bandits near Zurmi "
    "on Sunday.",
    "Soldiers found a stockpile of explosives after clashes with insurgents outside Mocimboa da Praia on Friday.",
    "Soldiers recovered explosives and detonators after a firefight with al-Shabaab near Afgoye on Tuesday.",
])
def test_weapons_taken_after_a_fight_belong_to_the_fight(text):
    """Arms recovered after a fight are its spoils (as arrests inside a clash belong to it): no
    disrupted weapons use beside the fight."""
    assert DISRUPTED not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police exchanged fire with the kidnappers at Izombe on Friday, killing two of them. Three pistols and a "
    "locally made explosive device were recovered from the scene, the spokesman said.",
    "Security forces killed five militants in an intelligence-based operation near Mir Ali on Thursday, the army "
    "said. It said arms and ammunition were recovered.",
    "Troops repelled an attack by insurgents on their base at Damasak on Wednesday, killing six. Two machine guns "
    "and a rocket launcher were recovered, the statement added.",
])
def test_weapons_recovered_right_after_a_fight_belong_to_the_fight(text):
    """Arms recovered, told without a day of their own in the sentence right after a fight, are that
    fight's spoils, as when one sentence tells both: no disrupted weapons use beside the fight."""
    assert DISRUPTED not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police clashed with gunmen in Orlu on Monday, killing two. On Friday, detectives seized a cache of rifles "
    "in a house in Owerri.",
    "Soldiers fought militants near Gwoza on Tuesday. Two days ago, troops discovered a stockpile of explosives "
    "hidden in a farmhouse near Bama.",
])
def test_a_seizure_with_its_own_day_after_a_fight_stays(text):
    """A seizure the text dates on its own is its own act, even right after a fight."""
    assert DISRUPTED in _types(text)
