"""One raid that kills some people and carries off others is two events (NOTES: an attack and an
abduction), not one abduction that takes the dead in, whether the dead are counted by a figure or
by a vague word ("dozens", "several"); a killing with no count of its own beside a kidnapping
stays part of it."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def events(text: str) -> list:
    return default_extractor().extract(Article(id="t", text=text, published="2024-06-12"))


@pytest.mark.parametrize("text, dead", [
    ("Gunmen killed nine villagers and abducted 25 others in a raid near Tsafe in Zamfara state on Sunday, police said.", 9),
    ("Armed men shot dead four farmers and kidnapped 12 others in Kajuru in Kaduna state on Monday, residents said.", 4),
    ("On Saturday bandits murdered three traders and seized 40 passengers on the highway near Birnin Gwari, police said.", 3),
])
def test_counted_dead_beside_a_kidnapping_are_an_attack(text, dead):
    found = {e.sub_event_type: e for e in events(text)}
    assert {"attack", "abduction_forced_disappearance"} <= set(found)
    assert found["attack"].fatalities.best == dead


@pytest.mark.parametrize("text, dead", [
    ("Gunmen abducted 30 passengers and killed three drivers near Birnin Gwari in Kaduna state on Monday.", 3),
    ("Bandits kidnapped 14 worshippers and shot dead two others at a church in Kajuru in Kaduna state on Sunday.", 2),
    ("Armed men seized 11 farmers and killed five villagers in Tsafe in Zamfara state on Friday, police said.", 5),
])
def test_counted_dead_told_after_the_kidnapping_are_an_attack(text, dead):
    found = {e.sub_event_type: e for e in events(text)}
    assert {"attack", "abduction_forced_disappearance"} <= set(found)
    assert found["attack"].fatalities.best == dead
    assert found["abduction_forced_disappearance"].fatalities.best is None


@pytest.mark.parametrize("text", [
    "Kidnappers abducted a priest in Kaduna state on Sunday and killed his driver, police said.",
    "Gunmen abducted a businessman in Kano on Monday and later killed him, police said.",
])
def test_uncounted_killing_stays_part_of_the_kidnapping(text):
    assert [e.sub_event_type for e in events(text)] == ["abduction_forced_disappearance"]


@pytest.mark.parametrize("text", [
    "Gunmen carried off 14 women from a village near Gusau in Zamfara state on Sunday, residents said.",
    "Bandits whisked away six travellers on the road to Funtua in Katsina state on Friday, police said.",
])
def test_people_carried_off_by_armed_men_are_abducted(text):
    assert "abduction_forced_disappearance" in [e.sub_event_type for e in events(text)]


@pytest.mark.parametrize("text", [
    "Floodwaters carried away 20 people in Maiduguri in Borno state on Sunday, officials said.",
    "Gunmen carried off dozens of cattle from a village near Gusau in Zamfara state on Sunday, residents said.",
])
def test_carried_off_by_no_armed_men_or_no_people_is_no_abduction(text):
    assert "abduction_forced_disappearance" not in [e.sub_event_type for e in events(text)]


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 farmers and kidnapped 20 others in northern Katsina state, police said on Wednesday.\n\n"
    "The attackers raided the village of Dandume on Monday night, residents said.",
    "Armed men shot dead seven people and abducted 15 others in Kaduna state, officials said on Wednesday.\n\n"
    "The gunmen stormed the village of Kauru on Sunday evening, a local leader said.",
])
def test_both_acts_of_one_raid_take_the_day_told_later(text):
    found = {e.sub_event_type: e for e in default_extractor().extract(
        Article(id="t", text=text, published="2024-06-12"))}
    assert {"attack", "abduction_forced_disappearance"} <= set(found)
    assert found["abduction_forced_disappearance"].date == found["attack"].date
    assert found["abduction_forced_disappearance"].date_precision == "day"
    assert found["abduction_forced_disappearance"].location.name == found["attack"].location.name


@pytest.mark.parametrize("text, dead", [
    ("Rebels accused of abductions and killings in eastern Congo\n\n"
     "Rebel fighters killed at least 11 villagers and abducted 20 others near Beni in North Kivu on Sunday night, "
     "local officials said.", 11),
    ("Kidnappings and murders in Nigeria's Zamfara state\n\n"
     "Bandits shot dead six farmers and kidnapped 30 others in a village near Tsafe on Saturday, police said.", 6),
    ("UN condemns abductions of civilians in Mali\n\n"
     "Jihadist fighters killed four men and kidnapped 15 others at a market near Douentza on Friday, the UN said.", 4),
])
def test_a_headline_naming_the_abduction_does_not_take_in_the_raids_killing(text, dead):
    found = [e for e in events(text) if e.sub_event_type == "attack"]
    assert [e.fatalities.best for e in found] == [dead]
    assert "abduction_forced_disappearance" in [e.sub_event_type for e in events(text)]


@pytest.mark.parametrize("text", [
    "Gunmen killed several nurses and abducted ten patients in Maiduguri in Borno state on Friday.",
    "Bandits shot dead dozens of farmers and kidnapped 15 others near Gusau in Zamfara state on Sunday, police said.",
    "Armed men abducted 20 travellers and killed some drivers near Birnin Gwari in Kaduna state on Monday.",
])
def test_dead_counted_by_a_vague_word_beside_a_kidnapping_are_an_attack(text):
    found = {e.sub_event_type: e for e in events(text)}
    assert {"attack", "abduction_forced_disappearance"} <= set(found)
    assert found["abduction_forced_disappearance"].fatalities.best is None


@pytest.mark.parametrize("text", [
    "Bandits stormed Gidan Mai village in Bungudu in Zamfara state on Friday and killed dozens of villagers. "
    "About 40 others were also abducted, residents said.",
    "Gunmen raided a market in Kajuru in Kaduna state on Sunday and shot dead scores of traders. "
    "Many women were also kidnapped by the gunmen, police said.",
    "Militiamen attacked Dugu village near Bunia in Ituri on Tuesday, killing several farmers. "
    "Twelve children were also abducted, a local official said.",
])
def test_a_raid_killing_told_before_its_kidnapping_with_a_vague_toll_is_an_attack(text):
    assert {"attack", "abduction_forced_disappearance"} <= {e.sub_event_type for e in events(text)}
