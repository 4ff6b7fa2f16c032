"""Words that name no new act: a tally of years of killings told in reported speech or from a
dated start ('had killed 30 civilians since 2015', 'have been killed since the invasion began in
February 2022'); explosives or grenades found, seized or made safe ('the discovery of 60 IEDs',
'seizing pistols and grenades'); arrests made in a fight ('killed two militants and arrested
three others') or named only as a modifier ('a search-and-arrest operation'); and the raids an
arrest operation was made in ('arrested 23 men during raids'). A plain arrest, and a raid that
kills, stay events."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.events.acts import is_arrest_setting
from sitrep.events.extractor import Extractor
from sitrep.model import Article

PUB = "2024-05-21"


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published=PUB)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "banned"), [
    ("Turkish drones struck a car near Sidakan on Monday, killing two men. A rights monitor said Turkish strikes "
     "had killed more than 30 civilians in Duhok province since 2015.", "attack"),
    ("A missile hit an apartment block in Dnipro on Tuesday, killing five people. More than 9,000 civilians have "
     "been killed since Russia launched its invasion in February 2022, the UN says.", "attack"),
])
def test_tally_from_a_distant_start_is_no_event(text, banned):
    assert banned not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), [
    ("Gunmen killed a policeman in Tank on Friday. Attacks on police have doubled in the district since the army "
     "withdrew in March 2021.", "armed_clash"),
    ("A roadside bomb wounded two soldiers in Bannu on Friday, police said. Bombings of police stations have "
     "soared in the province since the militants regrouped in October 2020.", "remote_explosive_landmine_ied"),
])
def test_acts_counted_since_a_dated_start_add_no_event(text, sub_type):
    assert _types(text).count(sub_type) == 1


@pytest.mark.model
@pytest.mark.parametrize(("text", "banned"), [
    ("Soldiers repelled an attack on a base near Bama on Tuesday, killing six insurgents. A statement on Friday "
     "said patrols in the Sambisa forest ended with the seizure of 45 primed homemade IEDs and "
     "detonators hidden in a culvert.", "remote_explosive_landmine_ied"),
    ("Gunmen killed two guards at a mine near Gao on Monday. Police said on Tuesday they had seized two grenades "
     "and a rifle in a house in Gao.", "grenade"),
    ("Police arrested six gang members in Guayaquil on Sunday, seizing pistols and grenades.", "grenade"),
])
def test_explosives_found_or_seized_are_no_explosion(text, banned):
    assert banned not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A suicide bomber killed five people at a market in Kabul on Monday. The interior ministry said its forces "
    "killed two militants and arrested three others in a raid on a hideout in Jalalabad on Sunday night.",
    "A suicide bomber killed five people at a market in Kabul on Monday. Early on Tuesday, special forces raided a "
    "hideout in Kandahar, killing three militants and arresting two others after a brief firefight.",
    "Israeli forces shot dead a teenager in Tammun on 3 May. On 5 May, soldiers killed a man during a "
    "search-and-arrest operation in Qabatiya, the ministry said.",
])
def test_arrests_in_a_fight_or_as_a_modifier_are_no_arrest_event(text):
    assert "arrests" not in _types(text)


def _raid_triggers(nlp, text: str):
    extractor = Extractor(nlp=nlp)
    doc = extractor.nlp(extractor.new_doc(Article(id="t", text=text, published=PUB)))
    triggers = list(doc.spans["triggers"])
    return [t for t in triggers if t.root.lemma_.lower() == "raid"], triggers


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police arrested 23 young men during raids in Monywa on Tuesday on suspicion of supporting the resistance.",
    "In Mogadishu, police said they arrested 14 suspected militants in raids on shops in the Bakara market on Saturday.",
    "Soldiers detained 11 suspects in a series of raids in Kirkuk on Monday, the army said.",
])
def test_raids_an_arrest_was_made_in_are_the_arrest_operation(nlp, text):
    raids, triggers = _raid_triggers(nlp, text)
    assert raids and all(is_arrest_setting(r, triggers) for r in raids)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Armed men killed at least seven soldiers on Monday in a raid on a military post near Tenenkou.",
    "Police arrested four suspects in a raid on a hideout near Kaduna on Monday, killing two of them.",
    "Troops detained six militants during a raid in Gwoza that killed three others, the army said.",
])
def test_raids_that_kill_are_no_arrest_operation(nlp, text):
    raids, triggers = _raid_triggers(nlp, text)
    assert not any(is_arrest_setting(r, triggers) for r in raids)


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type"), [
    ("Police said on Monday that they had arrested four men in Kabul on suspicion of planning attacks.", "arrests"),
    ("Armed men killed at least seven soldiers on Monday in a raid on a military post near Tenenkou.",
     "armed_clash"),
    ("Police dismantled two explosive devices planted under a bridge in Nablus on Tuesday.", "disrupted_weapons_use"),
])
def test_plain_arrests_deadly_raids_and_defusals_stay(text, sub_type):
    assert sub_type in _types(text)


@pytest.mark.model
def test_joining_a_campaign_before_a_tally_is_no_clash():
    text = ("The rebels have taken nine of the province's 12 districts since they joined the allied offensive in "
            "March 2022, a spokesman said on Monday.")
    assert "armed_clash" not in _types(text)
