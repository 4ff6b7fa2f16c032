"""Conventions of the final sub-type: the crowd of a riot is rioters (ACLED), whatever the
sentence that first told it called the crowd; a type that kills no one by definition carries no toll."""

from __future__ import annotations

import pytest

from sitrep.events.conventions import crowd_by_final_type
from sitrep.events.mention import EventMention, Flag
from sitrep.model import Actor, Evidence


def _mention(sub_type: str, event_type: str, actor1: Actor) -> EventMention:
    ev = Evidence(0, 5, "xxxxx")
    return EventMention(sub_type, event_type, sentence=ev, trigger=ev, type_evidence=ev, actor1=actor1)


@pytest.mark.parametrize(("sub_type", "event_type", "expected"), [
    ("violent_demonstration", "riots", "rioters"),
    ("mob_violence", "riots", "rioters"),
    ("peaceful_protest", "protests", "protesters"),
])
def test_crowd_follows_the_final_sub_type(sub_type, event_type, expected):
    from sitrep.events.extractor import default_extractor

    crowd = Actor("Protesters (Chile)", "protesters", mention="demonstrators", country="CL")
    mention = _mention(sub_type, event_type, crowd)
    crowd_by_final_type([mention], default_extractor().actors)
    assert mention.actor1.type == expected
    assert mention.actor1.mention == "demonstrators"  # the words of the text stay its evidence
    if expected == "rioters":
        assert "Chile" in mention.actor1.name


def test_an_armed_actor_of_a_riot_is_left_alone():
    from sitrep.events.extractor import default_extractor

    police = Actor("Police Forces of Chile", "state_forces", mention="police", country="CL")
    mention = _mention("violent_demonstration", "riots", police)
    crowd_by_final_type([mention], default_extractor().actors)
    assert mention.actor1 == police


@pytest.mark.parametrize("sub_type", ["arrests", "agreement", "peaceful_protest", "looting_property_destruction"])
def test_a_type_that_kills_no_one_carries_no_toll(sub_type):
    from sitrep.events.conventions import tolls_by_final_type
    from sitrep.model import Fatalities
    from sitrep.nlp.codebook import load_codebook

    entry = load_codebook().entry(sub_type)
    mention = _mention(sub_type, entry.event_type, Actor("Police Forces of Chile", "state_forces"))
    mention.fatalities, mention.fatalities_evidence = Fatalities(6, 6, None), Evidence(10, 20, "killed six")
    tolls_by_final_type([mention])
    assert mention.fatalities == Fatalities() and mention.fatalities_evidence is None


@pytest.mark.parametrize("sub_type", ["attack", "armed_clash", "excessive_force_against_protesters"])
def test_a_deadly_type_keeps_its_toll(sub_type):
    from sitrep.events.conventions import tolls_by_final_type
    from sitrep.model import Fatalities
    from sitrep.nlp.codebook import load_codebook

    entry = load_codebook().entry(sub_type)
    mention = _mention(sub_type, entry.event_type, Actor("Police Forces of Chile", "state_forces"))
    mention.fatalities = Fatalities(6, 6, None)
    tolls_by_final_type([mention])
    assert mention.fatalities.best == 6


@pytest.mark.model
def test_a_suspects_arrest_does_not_carry_the_toll_of_what_they_are_suspected_of():
    import sitrep

    text = ("Police detained three men in Quetta on Saturday on suspicion of killing nine miners "
            "in an ambush last month.")
    arrests = [e for e in sitrep.extract(text, published="2024-03-09") if e.sub_event_type == "arrests"]
    assert arrests and all(e.fatalities.best is None for e in arrests)


def _armed(name: str, actor_type: str, country: str) -> Actor:
    return Actor(name, actor_type, mention=name.lower(), country=country)


def _article(*actors: Actor):
    from sitrep.nlp.actors import ActorMention

    out, at = [], 0
    for actor in actors:
        out.append(ActorMention(at, at + len(actor.mention), actor.mention, actor))
        at += len(actor.mention) + 1
    return lambda country: out


@pytest.mark.parametrize(("one_side", "expected"), [
    (_armed("Military Forces of Iraq", "state_forces", "IQ"), "Islamic State"),
    (_armed("Islamic State", "rebel_group", None), "Military Forces of Iraq"),
    (_armed("Kataib Hezbollah", "political_militia", None), "Military Forces of Iraq"),
])
def test_a_battle_with_one_side_named_is_fought_against_the_articles_other_camp(one_side, expected):
    from sitrep.events.conventions import opponents_by_final_type

    group = _armed("Islamic State", "rebel_group", None)
    article = _article(group, _armed("Military Forces of Iraq", "state_forces", "IQ"), group)
    mention = _mention("armed_clash", "battles", one_side)
    opponents_by_final_type([mention], article)
    assert mention.actor2 is not None and mention.actor2.name == expected


@pytest.mark.parametrize("sub_type", ["attack", "peaceful_protest", "looting_property_destruction"])
def test_types_without_an_implied_opponent_keep_actor2_empty(sub_type):
    from sitrep.events.conventions import opponents_by_final_type
    from sitrep.nlp.codebook import load_codebook

    article = _article(_armed("Al Shabaab", "rebel_group", None),
                       _armed("Military Forces of Somalia", "state_forces", "SO"))
    mention = _mention(sub_type, load_codebook().entry(sub_type).event_type, _armed("Al Shabaab", "rebel_group", None))
    opponents_by_final_type([mention], article)
    assert mention.actor2 is None


def test_an_unknown_side_or_a_named_opponent_is_left_alone():
    from sitrep.events.conventions import opponents_by_final_type

    article = _article(_armed("Al Shabaab", "rebel_group", None),
                       _armed("Military Forces of Somalia", "state_forces", "SO"))
    gunmen = _mention("armed_clash", "battles", _armed("Unidentified Armed Group (Somalia)", "unknown", "SO"))
    named = _mention("armed_clash", "battles", _armed("Al Shabaab", "rebel_group", None))
    named.actor2 = _armed("Macawisley", "political_militia", None)
    opponents_by_final_type([gunmen, named], article)
    assert gunmen.actor2 is None and named.actor2.name == "Macawisley"


@pytest.mark.parametrize(("sub_type", "actor2"), [
    ("government_regains_territory", _armed("Civilians (Mali)", "civilians", "ML")),
    ("government_regains_territory", _armed("Police Forces of Mali", "state_forces", "ML")),
    ("armed_clash", _armed("Security Forces of Mali", "state_forces", "ML")),
])
def test_a_battle_against_civilians_or_its_own_state_takes_the_articles_opponent(sub_type, actor2):
    """A town regained from "residents", or a clash of the army against its own police, was
    taken from or fought against the article's armed opponent."""
    from sitrep.events.conventions import opponents_by_final_type

    article = _article(_armed("JNIM: Group for Support of Islam and Muslims", "rebel_group", None),
                       _armed("Military Forces of Mali", "state_forces", "ML"))
    mention = _mention(sub_type, "battles", _armed("Military Forces of Mali", "state_forces", "ML"))
    mention.actor2 = actor2
    opponents_by_final_type([mention], article)
    assert mention.actor2.type == "rebel_group"


@pytest.mark.parametrize(("sub_type", "actor1", "held_by", "people"), [
    ("non_state_actor_overtakes_territory", _armed("M23: March 23 Movement", "rebel_group", None),
     _armed("Military Forces of the Democratic Republic of Congo", "state_forces", "CD"), "CD"),
    ("government_regains_territory", _armed("Military Forces of Ukraine", "state_forces", "UA"),
     _armed("Military Forces of Russia", "state_forces", "RU"), "RU"),
    ("non_state_actor_overtakes_territory", _armed("Viv Ansanm", "political_militia", None),
     _armed("Police Forces of Haiti", "state_forces", "HT"), "HT"),
])
def test_a_town_is_taken_from_the_force_holding_it_never_from_its_people(sub_type, actor1, held_by, people):
    """A town whose sentence names its people ("a town of 5,000 people", "killing thousands")
    was taken from the article's force of the other camp, also where that force is a state's:
    unlike people arrested in a war between states, a town's inhabitants are no side."""
    from sitrep.events.conventions import opponents_by_final_type

    mention = _mention(sub_type, "battles", actor1)
    mention.actor2 = _armed(f"Civilians ({people})", "civilians", people)
    opponents_by_final_type([mention], _article(actor1, held_by, held_by))
    assert mention.actor2.name == held_by.name


def test_people_arrested_in_a_war_between_states_stay_civilians():
    from sitrep.events.conventions import opponents_by_final_type

    russia = _armed("Military Forces of Russia", "state_forces", "RU")
    mention = _mention("arrests", "strategic_developments", _armed("Police Forces of Ukraine", "state_forces", "UA"))
    mention.actor2 = _armed("Civilians (Ukraine)", "civilians", "UA")
    opponents_by_final_type([mention], _article(russia, russia))
    assert mention.actor2.type == "civilians"


def test_a_clash_between_two_states_keeps_both():
    from sitrep.events.conventions import opponents_by_final_type

    article = _article(_armed("Hezbollah", "rebel_group", None), _armed("Military Forces of Israel", "state_forces", "IL"))
    mention = _mention("armed_clash", "battles", _armed("Military Forces of Israel", "state_forces", "IL"))
    mention.actor2 = _armed("Military Forces of Syria", "state_forces", "SY")
    opponents_by_final_type([mention], article)
    assert mention.actor2.name == "Military Forces of Syria"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The Islamic State still holds several villages in Anbar, where Iraqi troops have been deployed since January. "
     "Islamic State fighters clashed with a patrol near Rutba on Sunday, a local official said.",
     ("rebel_group", "state_forces")),
    ("Al-Shabaab has controlled much of the Hiraan countryside this year, and Somali troops have struggled to "
     "dislodge it. Fighting broke out in Bulo Burde on Tuesday as the militants attacked the town from three sides.",
     ("rebel_group", "state_forces")),
    ("Government forces have surrounded the rebel stronghold of Bambari. The rebels have held Bambari since March. "
     "Soldiers clashed for hours on the outskirts of Bambari on Friday, residents said.",
     ("state_forces", "rebel_group")),
])
def test_a_clash_told_with_one_side_takes_the_other_from_the_article(text, expected):
    import sitrep

    clashes = [e for e in sitrep.extract(text, published="2024-03-11") if e.sub_event_type == "armed_clash"]
    assert clashes
    assert (clashes[0].actor1.type, clashes[0].actor2.type if clashes[0].actor2 else None) == expected


@pytest.mark.parametrize("sub_type", ["arrests", "disrupted_weapons_use"])
def test_a_state_act_told_the_other_way_round_changes_places(sub_type):
    from sitrep.events.conventions import state_sides_by_final_type
    from sitrep.events.extractor import default_extractor
    from sitrep.nlp.codebook import load_codebook

    mention = _mention(sub_type, load_codebook().entry(sub_type).event_type, _armed("New IRA", "rebel_group", None))
    mention.actor2 = _armed("Police Forces of the United Kingdom", "state_forces", "GB")
    state_sides_by_final_type([mention], default_extractor().actors)
    assert (mention.actor1.type, mention.actor2.name) == ("state_forces", "New IRA")


def test_an_arrest_with_only_a_non_state_side_named_was_made_by_the_state():
    from sitrep.events.conventions import state_sides_by_final_type
    from sitrep.events.extractor import default_extractor

    mention = _mention("arrests", "strategic_developments", _armed("Islamic State", "rebel_group", None))
    mention.actor2 = Actor("Civilians (Iraq)", "civilians", mention="men", country="IQ")
    state_sides_by_final_type([mention], default_extractor().actors)
    assert mention.actor1.type == "state_forces" and mention.actor2.name == "Islamic State"


def test_a_battle_is_not_turned_round_by_the_state_convention():
    from sitrep.events.conventions import state_sides_by_final_type
    from sitrep.events.extractor import default_extractor

    mention = _mention("armed_clash", "battles", _armed("Islamic State", "rebel_group", None))
    mention.actor2 = _armed("Military Forces of Iraq", "state_forces", "IQ")
    state_sides_by_final_type([mention], default_extractor().actors)
    assert mention.actor1.name == "Islamic State"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The PKK has waged an insurgency against the Turkish state for decades.\n\n"
     "Police in Diyarbakir detained a man on Monday, the governor said.", "PKK: Kurdistan Workers' Party"),
    ("Al-Shabaab militants have attacked several towns in the region this year.\n\n"
     "Kenyan police arrested three people in Garissa on Friday.", "Al Shabaab"),
    ("A New IRA suspect was arrested by police in Belfast on Tuesday.", "New IRA"),
])
def test_those_arrested_in_an_article_about_an_armed_group_are_its_members(text, expected):
    import sitrep

    arrests = [e for e in sitrep.extract(text, published="2024-03-11") if e.sub_event_type == "arrests"]
    assert arrests and arrests[0].actor1.type == "state_forces" and arrests[0].actor2.name == expected


@pytest.mark.model
def test_people_arrested_at_a_protest_are_not_made_members_of_a_group():
    import sitrep

    text = "Thousands marched against the new tax in Nairobi on Tuesday.\n\nPolice arrested 40 people at the rally."
    for e in sitrep.extract(text, published="2024-03-11"):
        assert e.actor2 is None or e.actor2.type in {"state_forces", "civilians", "protesters"}


@pytest.mark.parametrize(("sub_type", "taken"), [
    ("abduction_forced_disappearance", _armed("Police Forces of the Philippines", "state_forces", "PH")),
    ("abduction_forced_disappearance", _armed("Government of Nigeria", "state_forces", "NG")),
    ("sexual_violence", _armed("Military Forces of Sudan", "state_forces", "SD")),
])
def test_people_taken_or_assaulted_are_civilians_whatever_their_office(sub_type, taken):
    from sitrep.events.conventions import victims_by_final_type
    from sitrep.events.extractor import default_extractor
    from sitrep.nlp.codebook import load_codebook

    mention = _mention(sub_type, load_codebook().entry(sub_type).event_type,
                       _armed("Unidentified Armed Group (Nigeria)", "unknown", "NG"))
    mention.actor2 = taken
    victims_by_final_type([mention], default_extractor().actors)
    assert mention.actor2.type == "civilians" and mention.actor2.mention == taken.mention


def test_an_abduction_read_with_the_state_as_taker_is_left_as_read():
    from sitrep.events.conventions import victims_by_final_type
    from sitrep.events.extractor import default_extractor

    gang = _armed("Unidentified Gang (Haiti)", "political_militia", "HT")
    mention = _mention("abduction_forced_disappearance", "violence_against_civilians",
                       _armed("Police Forces of Haiti", "state_forces", "HT"))
    mention.actor2 = gang
    victims_by_final_type([mention], default_extractor().actors)
    assert mention.actor2 == gang


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Gunmen abducted two police officers near Zamboanga on Sunday.",
    "Suspected bandits kidnapped three soldiers on a highway near Kaduna on Friday.",
])
def test_abducted_officers_are_coded_as_civilians(text):
    import sitrep

    events = [e for e in sitrep.extract(text, published="2024-03-11")
              if e.sub_event_type == "abduction_forced_disappearance"]
    assert events and events[0].actor2.type == "civilians"


@pytest.mark.parametrize(("sub_type", "actor2", "expected"), [
    ("government_regains_territory", None, "Military Forces of Nigeria"),
    ("chemical_weapon", _armed("Civilians (Nigeria)", "civilians", "NG"), "Military Forces of Nigeria"),
    ("non_state_actor_overtakes_territory", None, "ISWAP: Islamic State West Africa Province"),
    ("suicide_bomb", _armed("Military Forces of Nigeria", "state_forces", "NG"),
     "ISWAP: Islamic State West Africa Province"),
])
def test_an_event_with_no_actor1_takes_the_articles_main_party(sub_type, actor2, expected):
    """No sentence named who acted: the article's state side acted, or its armed opponent
    where the type is a non-state one or the state's forces were the target."""
    from sitrep.events.conventions import actor1_from_article
    from sitrep.nlp.codebook import load_codebook

    group = _armed("ISWAP: Islamic State West Africa Province", "rebel_group", None)
    army = _armed("Military Forces of Nigeria", "state_forces", "NG")
    mention = _mention(sub_type, load_codebook().entry(sub_type).event_type, None)
    mention.actor2 = actor2
    actor1_from_article([mention], _article(group, army, army))
    assert mention.actor1 is not None and mention.actor1.name == expected
    assert mention.actor1_evidence is not None


def test_a_crowd_event_or_an_article_without_parties_leaves_actor1_alone():
    from sitrep.events.conventions import actor1_from_article

    protest = _mention("peaceful_protest", "protests", None)
    no_party = _mention("armed_clash", "battles", None)
    actor1_from_article([protest], _article(_armed("Military Forces of Chad", "state_forces", "TD")))
    actor1_from_article([no_party], _article(_armed("Civilians (Chad)", "civilians", "TD")))
    assert protest.actor1 is None and no_party.actor1 is None


def test_the_side_acted_on_is_never_also_the_actor():
    from sitrep.events.conventions import actor1_from_article

    army = _armed("Military Forces of Chad", "state_forces", "TD")
    mention = _mention("attack", "violence_against_civilians", None)
    mention.actor2 = army
    actor1_from_article([mention], _article(army))
    assert mention.actor1 is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type", "expected"), [
    ("Nigerian soldiers have fought Boko Haram around Bama since May.\n\nAid agencies say food prices have "
     "doubled in the region.\n\nFighting in Gwoza on Saturday left the town in ruins, residents said.",
     "armed_clash", ("state_forces", "rebel_group")),
    ("Chadian troops have pushed north against the FACT rebels for a week.\n\nThe election commission will "
     "publish results on Friday.\n\nHeavy fighting was reported in Nokou on Sunday.",
     "armed_clash", ("state_forces", "rebel_group")),
    ("Syrian government forces have besieged the rebel enclave for months.\n\nThe United Nations called for a "
     "pause.\n\nA chemical attack in Douma on Saturday killed 40 people, medics said.",
     "chemical_weapon", ("state_forces", "civilians")),
])
def test_an_act_told_in_a_paragraph_of_its_own_was_done_by_the_articles_main_party(text, sub_type, expected):
    import sitrep

    events = [e for e in sitrep.extract(text, published="2024-03-11") if e.sub_event_type == sub_type
              and ("Gwoza" in e.evidence[-1].text or "Nokou" in e.evidence[-1].text or "Douma" in e.evidence[-1].text)]
    assert events
    assert (events[0].actor1.type, events[0].actor2.type if events[0].actor2 else None) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    ("Soldiers seized power in a coup in Niamey on Wednesday, state television said.", "Niger"),
    ("A military takeover in Conakry on Sunday ended the president's rule, witnesses said.", "Guinea"),
    ("The coup in Bamako on Tuesday was led by colonels.", "Mali"),
])
def test_a_coup_is_the_military_acting_against_the_government(text, country):
    import sitrep

    coups = [e for e in sitrep.extract(text, published="2024-03-11") if e.sub_event_type == "other"]
    assert coups
    assert coups[0].actor1.name == f"Military Forces of {country}"
    assert coups[0].actor2 is not None and coups[0].actor2.name == f"Government of {country}"


@pytest.mark.parametrize(("sub_type", "event_type", "actor2", "crowd"), [
    ("protest_with_intervention", "protests", None, "protesters"),
    ("excessive_force_against_protesters", "protests", _armed("Civilians (Kenya)", "civilians", "KE"), "protesters"),
    ("violent_demonstration", "riots", _armed("Rioters (Kenya)", "rioters", "KE"), "rioters"),
])
def test_a_crowd_event_told_from_the_forces_side_is_the_crowds(sub_type, event_type, actor2, crowd):
    """ "Police detained dozens of marchers": the crowd is actor1, the police the force that
    intervened."""
    from sitrep.events.conventions import crowd_before_force
    from sitrep.events.extractor import default_extractor

    police = _armed("Police Forces of Kenya", "state_forces", "KE")
    mention = _mention(sub_type, event_type, police)
    mention.actor2 = actor2
    crowd_before_force([mention], default_extractor().actors)
    assert mention.actor1.type == crowd and "Kenya" in mention.actor1.name
    assert mention.actor2 == police


def test_a_force_against_an_armed_side_or_outside_a_crowd_event_stays_actor1():
    from sitrep.events.conventions import crowd_before_force
    from sitrep.events.extractor import default_extractor

    police = _armed("Police Forces of Kenya", "state_forces", "KE")
    riot = _mention("violent_demonstration", "riots", police)
    riot.actor2 = _armed("Al Shabaab", "rebel_group", None)
    clash = _mention("armed_clash", "battles", police)
    crowd_before_force([riot, clash], default_extractor().actors)
    assert riot.actor1 == police and clash.actor1 == police and clash.actor2 is None


@pytest.mark.parametrize(("sub_type", "dead", "injured"), [
    ("remote_explosive_landmine_ied", 4, None),
    ("air_drone_strike", None, 12),
    ("suicide_bomb", 1, 3),
])
def test_the_unnamed_victims_of_a_deadly_blast_are_civilians(sub_type, dead, injured):
    from sitrep.events.conventions import victims_of_deadly_acts
    from sitrep.events.extractor import default_extractor
    from sitrep.model import Fatalities

    mention = _mention(sub_type, "explosions_remote_violence", _armed("Unidentified Armed Group (Mali)", "unknown", "ML"))
    mention.fatalities, mention.injured = Fatalities(dead, None, None), injured
    victims_of_deadly_acts([mention], default_extractor().actors)
    assert mention.actor2 is not None and mention.actor2.name == "Civilians (Mali)"


def test_a_blast_with_no_victims_or_a_named_target_or_a_battle_is_left_alone():
    from sitrep.events.conventions import victims_of_deadly_acts
    from sitrep.events.extractor import default_extractor
    from sitrep.model import Fatalities

    gunmen = _armed("Unidentified Armed Group (Mali)", "unknown", "ML")
    harmless = _mention("shelling_artillery_missile_attack", "explosions_remote_violence", gunmen)
    named = _mention("remote_explosive_landmine_ied", "explosions_remote_violence", gunmen)
    named.actor2, named.fatalities = _armed("Military Forces of Mali", "state_forces", "ML"), Fatalities(3, None, None)
    clash = _mention("armed_clash", "battles", gunmen)
    clash.fatalities = Fatalities(3, None, None)
    victims_of_deadly_acts([harmless, named, clash], default_extractor().actors)
    assert harmless.actor2 is None and clash.actor2 is None
    assert named.actor2.name == "Military Forces of Mali"


@pytest.mark.parametrize("sub_type", ["disrupted_weapons_use", "armed_clash"])
def test_in_a_war_between_states_the_other_side_is_the_other_state(sub_type):
    """Air defences that downed drones, or troops that clashed, in an article whose only other
    armed party is another state's forces: that state is actor2."""
    from sitrep.events.conventions import opponents_by_final_type
    from sitrep.nlp.codebook import load_codebook

    russia = _armed("Military Forces of Russia", "state_forces", "RU")
    ukraine = _armed("Military Forces of Ukraine", "state_forces", "UA")
    article = _article(russia, ukraine, _armed("Police Forces of Russia", "state_forces", "RU"), ukraine)
    mention = _mention(sub_type, load_codebook().entry(sub_type).event_type, russia)
    opponents_by_final_type([mention], article)
    assert mention.actor2 is not None and mention.actor2.name == "Military Forces of Ukraine"


def test_an_armed_group_stays_the_opponent_of_a_state_before_another_state():
    from sitrep.events.conventions import opponents_by_final_type

    mali = _armed("Military Forces of Mali", "state_forces", "ML")
    article = _article(_armed("Military Forces of France", "state_forces", "FR"),
                       _armed("Military Forces of France", "state_forces", "FR"),
                       _armed("JNIM: Group for Support of Islam and Muslims", "rebel_group", None))
    mention = _mention("disrupted_weapons_use", "strategic_developments", mali)
    opponents_by_final_type([mention], article)
    assert mention.actor2.type == "rebel_group"


def test_a_state_of_unknown_country_takes_no_foreign_opponent():
    from sitrep.events.conventions import opponents_by_final_type

    forces = _armed("Military Forces", "state_forces", None)
    mention = _mention("armed_clash", "battles", forces)
    opponents_by_final_type([mention], _article(forces, _armed("Military Forces of Ukraine", "state_forces", "UA")))
    assert mention.actor2 is None


@pytest.mark.parametrize(("sub_type", "actor1", "expected"), [
    ("non_state_actor_overtakes_territory", Actor("Military Forces of Yemen", "state_forces", country="YE"),
     "government_regains_territory"),
    ("non_state_actor_overtakes_territory", Actor("Military Forces of Ukraine", "state_forces", country="UA"),
     "government_regains_territory"),
    ("government_regains_territory", Actor("Houthi Movement", "rebel_group", country="YE"),
     "non_state_actor_overtakes_territory"),
    ("government_regains_territory", Actor("Military Forces of Mali", "state_forces", country="ML"),
     "government_regains_territory"),
    ("non_state_actor_overtakes_territory", Actor("Islamic State", "rebel_group", country="IQ"),
     "non_state_actor_overtakes_territory"),
    # an unidentified taker says nothing about which camp took the town
    ("non_state_actor_overtakes_territory", Actor("Unidentified Armed Group (Mali)", "unknown", country="ML"),
     "non_state_actor_overtakes_territory"),
])
def test_who_took_the_town_decides_the_type_of_change_of_hands(sub_type, actor1, expected):
    from sitrep.events.conventions import territory_by_final_actor

    mention = _mention(sub_type, "battles", actor1)
    territory_by_final_actor([mention])
    assert mention.sub_event_type == expected


def test_a_clash_is_not_turned_into_a_change_of_hands():
    from sitrep.events.conventions import territory_by_final_actor

    mention = _mention("armed_clash", "battles", Actor("Military Forces of Mali", "state_forces", country="ML"))
    territory_by_final_actor([mention])
    assert mention.sub_event_type == "armed_clash"


def test_a_change_of_hands_whose_sides_disagree_with_its_type_is_left_as_read():
    """The taker of one telling and the type of another: no way to tell which is right."""
    from sitrep.events.conventions import territory_by_final_actor

    mention = _mention("government_regains_territory", "battles",
                       Actor("Rebels (Ethiopia)", "rebel_group", country="ET"))
    mention.actor2 = Actor("Military Forces of Ethiopia", "state_forces", country="ET")
    territory_by_final_actor([mention])
    assert mention.sub_event_type == "government_regains_territory"
    mention.actor2 = Actor("Military Forces of Russia", "state_forces", country="RU")
    mention.actor1 = Actor("Military Forces of Ukraine", "state_forces", country="UA")
    mention.sub_event_type = "non_state_actor_overtakes_territory"
    territory_by_final_actor([mention])  # two states: the state took it
    assert mention.sub_event_type == "government_regains_territory"


def _strike(actor1: Actor, actor2: Actor | None = None) -> EventMention:
    mention = _mention("air_drone_strike", "explosions_remote_violence", actor1)
    mention.actor2 = actor2
    return mention


@pytest.mark.parametrize("actor1", [
    _armed("Unidentified Military Forces (Yemen)", "unknown", "YE"),
    _armed("Houthi Movement", "rebel_group", None),
])
def test_a_strike_without_a_state_striker_takes_the_one_of_the_articles_other_strikes(actor1):
    from sitrep.events.conventions import state_actor1_from_peers

    coalition = _armed("Saudi-led Coalition", "state_forces", "SA")
    civilians = _armed("Civilians (Yemen)", "civilians", "YE")
    others = [_strike(coalition, civilians), _strike(coalition),
              _strike(_armed("Military Forces of the United States", "state_forces", "US"))]
    mention = _strike(actor1, civilians)
    state_actor1_from_peers([*others, mention])
    assert mention.actor1 == coalition
    # a group read as the striker was what the strike hit; unnamed victims are not
    expected_actor2 = actor1 if actor1.type == "rebel_group" else civilians
    assert mention.actor2 == expected_actor2


def test_a_strike_is_left_as_read_without_a_state_striker_elsewhere():
    from sitrep.events.conventions import state_actor1_from_peers

    drone = _armed("Unidentified Military Forces (Sudan)", "unknown", "SD")
    clash = _mention("armed_clash", "battles", _armed("Military Forces of Sudan", "state_forces", "SD"))
    mention = _strike(drone, _armed("Civilians (Sudan)", "civilians", "SD"))
    state_actor1_from_peers([clash, mention])
    assert mention.actor1 == drone


def test_a_groups_drone_strike_on_the_states_forces_keeps_its_sides():
    """Armed groups fly drones too: a group read as the striker of a state force is not swapped,
    nor replaced by the state striker of the article's other strikes."""
    from sitrep.events.conventions import state_actor1_from_peers, state_sides_by_final_type
    from sitrep.events.extractor import default_extractor

    group, army = _armed("Rapid Support Forces", "rebel_group", "SD"), _armed("Military Forces of Sudan", "state_forces", "SD")
    mention = _strike(group, army)
    state_sides_by_final_type([mention], default_extractor().actors)
    assert (mention.actor1, mention.actor2) == (group, army)
    others = [_strike(army, _armed("Civilians (Sudan)", "civilians", "SD")), _strike(army)]
    state_actor1_from_peers([*others, mention])
    assert (mention.actor1, mention.actor2) == (group, army)


def _blast(sub_type: str, actor1: Actor, actor2: Actor | None = None) -> EventMention:
    mention = _mention(sub_type, "explosions_remote_violence", actor1)
    mention.actor2 = actor2
    return mention


@pytest.mark.parametrize(("first", "second"), [
    ("suicide_bomb", "remote_explosive_landmine_ied"),
    ("remote_explosive_landmine_ied", "remote_explosive_landmine_ied"),
    ("suicide_bomb", "suicide_bomb"),
    ("remote_explosive_landmine_ied", "grenade"),
])
def test_a_second_device_of_a_bombing_that_hit_civilians_hit_them_too(first, second):
    """A bomb told without a toll, beside another bomb of the same perpetrator whose sentence
    names civilian victims, is of that series: its actor2 is civilians."""
    from sitrep.events.conventions import victims_of_deadly_acts
    from sitrep.events.extractor import default_extractor

    group = _armed("Boko Haram", "rebel_group", "NG")
    hit = _blast(first, group, _armed("Civilians (Nigeria)", "civilians", "NG"))
    later = _blast(second, group)
    victims_of_deadly_acts([hit, later], default_extractor().actors)
    assert later.actor2 is not None and later.actor2.type == "civilians"
    assert Flag.ACTOR2_UNNAMED in later.flags


def test_a_bomb_beside_another_perpetrators_or_an_air_campaign_or_a_default_keeps_no_victims():
    """Not when the civilians were hit by someone else, when the acts are air strikes or shelling
    (a campaign hits sites as often as people), or when the other blast's civilians were
    themselves only a default."""
    from sitrep.events.conventions import victims_of_deadly_acts
    from sitrep.events.extractor import default_extractor

    group = _armed("Boko Haram", "rebel_group", "NG")
    other = _armed("Unidentified Armed Group (Nigeria)", "unknown", "NG")
    air = _armed("Military Forces of Nigeria", "state_forces", "NG")
    people = _armed("Civilians (Nigeria)", "civilians", "NG")
    by_other = [_blast("suicide_bomb", other, people), _blast("remote_explosive_landmine_ied", group)]
    strikes = [_blast("air_drone_strike", air, people), _blast("air_drone_strike", air)]
    shelling = [_blast("shelling_artillery_missile_attack", air, people), _blast("shelling_artillery_missile_attack", air)]
    defaulted = [_blast("suicide_bomb", group, people), _blast("remote_explosive_landmine_ied", group)]
    defaulted[0].flags.add(Flag.ACTOR2_UNNAMED)
    for pair in (by_other, strikes, shelling, defaulted):
        victims_of_deadly_acts(pair, default_extractor().actors)
        assert pair[1].actor2 is None


# An agreement whose sentence names one party only (a ceasefire "now in force", a deal "the
# president signed") was made with the article's main party of the other camp.


def _agreement(actor1: Actor) -> EventMention:
    return _mention("agreement", "strategic_developments", actor1)


@pytest.mark.parametrize(("article", "expected"), [
    ((_armed("Lord's Resistance Army", "rebel_group", None), _armed("Government of Uganda", "state_forces", "UG"),
      _armed("Lord's Resistance Army", "rebel_group", None)), "Lord's Resistance Army"),
    ((_armed("Military Forces of Armenia", "state_forces", "AM"), _armed("Government of Azerbaijan", "state_forces", "AZ"),
      _armed("Military Forces of Armenia", "state_forces", "AM")), "Military Forces of Armenia"),
])
def test_an_agreement_with_one_party_named_was_made_with_the_articles_other_camp(article, expected):
    from sitrep.events.conventions import opponents_by_final_type

    government = next(a for a in article if a.name.startswith("Government"))
    mention = _agreement(government)
    opponents_by_final_type([mention], _article(*article))
    assert mention.actor2 is not None and mention.actor2.name == expected


def test_an_agreement_with_both_parties_named_is_left_alone():
    from sitrep.events.conventions import opponents_by_final_type

    mention = _agreement(_armed("Government of Uganda", "state_forces", "UG"))
    mention.actor2 = _armed("ADF: Allied Democratic Forces", "rebel_group", None)
    opponents_by_final_type([mention], _article(_armed("Lord's Resistance Army", "rebel_group", None)))
    assert mention.actor2.name == "ADF: Allied Democratic Forces"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Talks between the Colombian government and the ELN rebels resumed in Havana this month. The ELN said "
    "its fighters had attacked a pipeline last year. The ceasefire that the president signed on Tuesday "
    "will last six months, officials said.",
    "The ELN has fought the Colombian army for decades, and ELN units still hold parts of Arauca. A "
    "ceasefire was signed in Caracas on Tuesday by the government, officials said.",
])
def test_a_truce_told_with_the_government_alone_is_with_the_articles_armed_group(text):
    import sitrep

    deals = [e for e in sitrep.extract(text, published="2024-05-09") if e.sub_event_type == "agreement"]
    assert deals
    assert deals[0].actor2 is not None and deals[0].actor2.type == "rebel_group"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rebels captured the town of Kerru on Thursday, residents said. The town fell without a fight, one of them said.",
    "Militia fighters took control of the town of Kerru on Thursday without firing a shot, residents said.",
    "Government troops retook the town of Kerru on Monday without any resistance, the army said.",
])
def test_a_town_taken_without_a_fight_is_a_non_violent_transfer(text):
    from sitrep.nlp.extractor import extract_events

    types = [e.sub_event_type for e in extract_events(text, published="2024-03-08")]
    assert "non_violent_transfer_of_territory" in types, types
    assert not {"government_regains_territory", "non_state_actor_overtakes_territory"} & set(types)


@pytest.mark.model
def test_a_town_taken_after_fighting_stays_a_battle():
    from sitrep.nlp.extractor import extract_events

    text = "Rebels seized the town of Kerru on Tuesday after heavy fighting that killed twelve soldiers."
    types = [e.sub_event_type for e in extract_events(text, published="2024-03-08")]
    assert types == ["non_state_actor_overtakes_territory"], types


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [
    # a group the country also fights, named in the coup's sentence, is no party to the coup
    ("Gabon has been governed by army officers since a coup in August 2023, while the country also "
     "faces attacks by Boko Haram in the north.", "Gabon"),
    # the crowd dispersed beside it, and the military read as both sides
    ("Soldiers dispersed supporters of the junta that took power in a putsch in Guinea last week, "
     "the ministry said on Friday.", "Guinea"),
    # rebels fighting the junta since the coup are not the ones who staged it
    ("Sudan has been in turmoil since a coup last October, with rebels of the SPLM-N fighting "
     "government troops in the south.", "Sudan"),
])
def test_a_coup_is_the_militarys_against_its_own_government(text, country):
    import sitrep

    coups = [e for e in sitrep.extract(text, published="2024-03-02") if e.sub_event_type == "other"]
    assert coups
    assert (coups[0].actor1.name, coups[0].actor1.type) == (f"Military Forces of {country}", "state_forces")
    assert (coups[0].actor2.name, coups[0].actor2.type) == (f"Government of {country}", "state_forces")


def test_a_coup_told_with_its_state_parties_is_left_alone():
    from sitrep.events.conventions import state_parties_by_final_type
    from sitrep.events.extractor import default_extractor

    army = Actor("Military Forces of Mali", "state_forces", mention="the army", country="ML")
    government = Actor("Government of Mali", "state_forces", mention="the government", country="ML")
    mention = _mention("other", "strategic_developments", army)
    mention.actor2 = government
    state_parties_by_final_type([mention], default_extractor().actors)
    assert (mention.actor1, mention.actor2) == (army, government)
    assert Flag.ACTOR1_UNNAMED not in mention.flags and Flag.ACTOR2_UNNAMED not in mention.flags


def _sides(text: str, sub_type: str) -> tuple[str | None, str | None]:
    """The actor types of the article's first event of ``sub_type``, read by the real pipeline."""
    import sitrep

    event = next(e for e in sitrep.extract(text, published="2022-06-15") if e.sub_event_type == sub_type)
    return (event.actor1.type if event.actor1 else None, event.actor2.type if event.actor2 else None)



_REBELS_FIRST = ("rebel_group", "state_forces")
_STATE_FIRST = ("state_forces", "rebel_group")


@pytest.mark.model
@pytest.mark.parametrize(("text", "sub_type", "expected"), [
    # a clash told with a reciprocal word: the side the article shows taking ground attacked
    ("Insurgents took control of Mocimboa da Praia from government soldiers on Monday.\n\n"
     "Heavy fighting between soldiers and insurgents raged in Macomia on Tuesday, a resident said.",
     "armed_clash", _REBELS_FIRST),
    ("Rebels captured the town of Bunia on Sunday, forcing government troops to flee.\n\n"
     "Clashes between government troops and rebels broke out in Beni on Monday, officials said.",
     "armed_clash", _REBELS_FIRST),
    ("The guerrillas overran the town of Tame on Saturday after soldiers withdrew.\n\n"
     "Heavy clashes between soldiers and guerrillas erupted in Arauca on Sunday.",
     "armed_clash", _REBELS_FIRST),
    ("Government troops retook the town of Ansongo from the rebels on Sunday.\n\n"
     "The rebels and the army clashed near Menaka on Monday, a local official said.",
     "armed_clash", _STATE_FIRST),
    ("Soldiers recaptured the town of Kidal from rebel fighters on Friday.\n\n"
     "Fighting between rebels and soldiers continued near Tessalit on Saturday, residents said.",
     "armed_clash", _STATE_FIRST),
    # an air strike told beside a group lent by the paragraph: the state named with the strike struck
    ("Rebel fighters attacked army positions near Faya on Monday. French airstrikes were ordered against the "
     "column on Tuesday.", "air_drone_strike", _STATE_FIRST),
    ("Rebels launched a raid on the town of Bardai on Monday. British airstrikes were called in to halt the "
     "advance on Tuesday, officials said.", "air_drone_strike", _STATE_FIRST),
    ("Insurgents stormed an outpost near Kidal on Sunday. American drone strikes were used to break up the "
     "assault on Monday.", "air_drone_strike", _STATE_FIRST),
    # an air strike nobody is named for: the article's main state force
    ("The army said eleven soldiers died in an ambush near Diffa on Monday. "
     "Air strikes later killed twelve of the attackers, a security source said.",
     "air_drone_strike", ("state_forces", "unknown")),
    ("The army said seven soldiers were killed when their patrol was ambushed near Ayorou on Sunday. "
     "Airstrikes on Monday killed nine of the assailants, the army added.",
     "air_drone_strike", ("state_forces", "unknown")),
])
def test_sides_the_sentence_leaves_open_follow_what_the_article_tells(text, sub_type, expected):
    assert _sides(text, sub_type) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Army units abandoned their positions in Kerru overnight without a fight, residents said on Thursday.",
    "Rebels took over Kerru on Monday after the garrison pulled out without any fighting, a spokesman said.",
    "Rebels seized Kerru on Friday, and the governor said no fighting took place.",
    "Soldiers left their barracks in Kerru on Tuesday without a fight, the army said.",
    "Insurgents quit their trenches around Kerru on Sunday without a fight, the army said.",
    "Militiamen abandoned the checkpoint outside Kerru on Monday without a battle, residents said.",
    "No clashes were reported in Kerru on Tuesday, the police said.",
    "Troops moved into Kerru on Wednesday and no fighting took place, a local official said.",
])
def test_fighting_told_as_absent_is_no_battle(text):
    """A fight the sentence denies ("without a fight", "no fighting") did not happen: no battle."""
    from sitrep.nlp.extractor import extract_events

    types = [e.sub_event_type for e in extract_events(text, published="2024-03-08")]
    assert "armed_clash" not in types, types


def _shelling(actor1: Actor, actor2: Actor | None = None, *, unnamed: bool = False) -> EventMention:
    from sitrep.events.mention import Flag

    mention = _mention("shelling_artillery_missile_attack", "explosions_remote_violence", actor1)
    mention.actor2 = actor2
    if unnamed:
        mention.flags.add(Flag.ACTOR1_UNNAMED)
    return mention


_NOBODY_UA = _armed("Unidentified Armed Group (Ukraine)", "unknown", "UA")
_RUSSIA = _armed("Military Forces of Russia", "state_forces", "RU")
_UKRAINE = _armed("Military Forces of Ukraine", "state_forces", "UA")
_CIVILIANS_UA = _armed("Civilians (Ukraine)", "civilians", "UA")


@pytest.mark.parametrize("peer_types", [
    ("shelling_artillery_missile_attack",),  # "Russian troops shelled X ... A missile hit Y"
    ("air_drone_strike", "air_drone_strike"),  # "Russia attacked X with drones ... a missile struck Y"
    ("shelling_artillery_missile_attack", "air_drone_strike"),
])
def test_a_strike_with_no_striker_takes_the_one_state_striker_of_the_articles_other_strikes(peer_types):
    from sitrep.events.conventions import striker_from_peers

    peers = [_mention(t, "explosions_remote_violence", _RUSSIA) for t in peer_types]
    mention = _shelling(_NOBODY_UA, _CIVILIANS_UA, unnamed=True)
    striker_from_peers([*peers, mention])
    assert mention.actor1 == _RUSSIA
    assert mention.actor2 == _CIVILIANS_UA


def test_a_strike_with_no_striker_prefers_the_striker_of_its_own_type():
    """Both sides fly drones; the article's shelling is one side's."""
    from sitrep.events.conventions import striker_from_peers

    peers = [_shelling(_RUSSIA), _strike(_UKRAINE), _strike(_RUSSIA)]
    mention = _shelling(_NOBODY_UA, unnamed=True)
    striker_from_peers([*peers, mention])
    assert mention.actor1 == _RUSSIA


@pytest.mark.parametrize(("peers", "actor1", "actor2", "unnamed"), [
    # two state strikers in the other strikes: no telling whose
    ([_shelling(_RUSSIA), _shelling(_UKRAINE)], _NOBODY_UA, None, True),
    # no state striker elsewhere (an armed clash is no strike)
    ([_mention("armed_clash", "battles", _RUSSIA)], _NOBODY_UA, None, True),
    # the text itself calls the striker unknown ("unidentified rockets"): not the default
    ([_shelling(_RUSSIA)], _NOBODY_UA, None, False),
    # the peers' striker is this strike's target (rockets fired at its base)
    ([_strike(_RUSSIA)], _NOBODY_UA, _RUSSIA, True),
    # a group named as striker keeps it
    ([_shelling(_RUSSIA)], _armed("Hamas", "rebel_group", "PS"), None, False),
])
def test_a_strike_keeps_its_striker_without_one_state_striker_elsewhere(peers, actor1, actor2, unnamed):
    from sitrep.events.conventions import striker_from_peers

    mention = _shelling(actor1, actor2, unnamed=unnamed)
    striker_from_peers([*peers, mention])
    assert mention.actor1 == actor1


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "KYIV - Russian troops shelled the centre of Kherson on Friday, killing an elderly man.\n\n"
    "Later, a ballistic missile hit a warehouse in Kremenchuk on Friday, starting a fire.",
    "KYIV - Russian drones struck a school in Sumy on Friday, wounding four teachers.\n\n"
    "In the south, a missile slammed into a grain terminal in Izmail on Friday, officials said.",
])
def test_an_article_of_one_states_strikes_gives_it_the_missile_told_without_striker(text):
    from sitrep.events.extractor import default_extractor
    from sitrep.model import Article

    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-09"))
    shelling = [e for e in events if e.sub_event_type == "shelling_artillery_missile_attack"]
    assert shelling and all(e.actor1 is not None and e.actor1.name == "Military Forces of Russia" for e in shelling)
