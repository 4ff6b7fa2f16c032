"""A rising toll ("the death toll rose to 31 on Thursday", "the number of people killed climbed to
16", "four more bodies were recovered, taking the toll to 44") names no new act: it updates the
toll of an act told by day or description. One event, on the act's day, with the latest toll;
the update's day only bounds the act. Sentences and places written for these tests."""

from __future__ import annotations

import pytest

import sitrep


def killing_events(text: str, published: str) -> list:
    return [e.to_dict() for e in sitrep.extract(text, published=published)
            if e.event_type in ("battles", "explosions_remote_violence", "violence_against_civilians")]


@pytest.mark.parametrize(("published", "text", "day", "toll"), [
    ("2024-03-14",
     "Toll from Quetta market bombing climbs to 31\n\n"
     "QUETTA, Pakistan (AP) — The death toll from a bombing at a crowded vegetable market in Quetta rose "
     "to 31 on Thursday as more victims succumbed to their wounds, hospital officials said.\n\n"
     "A bomb hidden on a motorcycle exploded near the market on Tuesday evening, killing 22 people on "
     "the spot, police said.", "2024-03-12", 31),
    ("2025-02-13",
     "PESHAWAR — Rescuers recovered five more bodies from the debris on Thursday, raising the toll from "
     "the bombing of a mosque in Peshawar to 37. A suicide bomber had blown himself up among worshippers "
     "during prayers in the mosque on Wednesday, police said.", "2025-02-12", 37),
    ("2024-11-22",
     "The death toll from an attack on a convoy of passenger vehicles in Kurram district rose to 47 on "
     "Friday, officials said. Gunmen opened fire on the convoy in Kurram on Thursday.", "2024-11-21", 47),
    ("2024-01-18",
     "KARACHI — Rescuers pulled three more bodies from the rubble on Wednesday, bringing the death toll "
     "from Monday's blast at a political rally in Bajaur to 44, officials said. The explosion tore through "
     "a tent where hundreds of party workers had gathered.", "2024-01-15", 44),
])
def test_a_toll_update_is_the_act_on_its_own_day_with_the_latest_toll(published, text, day, toll):
    found = killing_events(text, published)
    assert len(found) == 1, found
    assert found[0]["date"] == day
    assert found[0]["fatalities"]["best"] == toll


@pytest.mark.parametrize(("text", "toll"), [
    ("PESHAWAR — The number of people killed in a suicide bombing at a police checkpoint in Bannu on "
     "Monday has risen to 12, police said on Wednesday.", 12),
    ("The number of soldiers killed in an ambush near Djibo on Monday rose to 35 on Wednesday, the army said.", 35),
    ("Four more bodies were recovered on Wednesday, taking the number killed in Monday's attack on the "
     "village of Kombori to 16, a local official said.", 16),
])
def test_a_counted_toll_set_to_a_figure_is_the_toll(text, toll):
    found = killing_events(text, "2022-11-03")
    assert len(found) == 1, found
    assert found[0]["date"] == "2022-10-31"
    assert found[0]["fatalities"]["best"] == toll


def test_more_deaths_of_an_act_on_a_later_day_stay_that_day():
    """Deaths told with their own act on a day ("two more soldiers were killed on Friday, bringing
    the toll to seven") are no update of an earlier act's day."""
    text = ("Militants attacked an army post near Mir Ali on Tuesday, killing five soldiers. Two more soldiers "
            "were killed in a second attack on the post on Friday, bringing the toll to seven.")
    days = {e["date"] for e in killing_events(text, "2024-05-11")}
    assert "2024-05-10" in days


@pytest.mark.parametrize("text", [
    "The death toll from the attack on a church in Maiduguri a day earlier rose to 41 on Monday after six of "
    "the wounded died, a hospital official said.\n\nOn Sunday, 35 people were killed when a suicide bomber "
    "blew himself up inside the church during the morning service.",
    "The toll from the attack on a market in Gao rose to 41 on Monday as more of the wounded died, officials "
    "said.\n\nOn Sunday, 35 people were killed when a suicide bomber blew himself up among traders at the market.",
])
def test_a_toll_raised_after_the_act_is_told_is_the_latest_toll(text):
    found = killing_events(text, "2024-06-10")
    assert [(e["date"], e["fatalities"]["best"]) for e in found] == [("2024-06-09", 41)]


@pytest.mark.parametrize(("text", "toll"), [
    ("PESHAWAR — At least 44 people were killed on Sunday when a suicide bomber blew himself up at a political "
     "rally in Bajaur district. On Monday, the toll rose to 54 as more of the injured died in hospital.", 54),
    ("Gunmen killed 12 villagers in Koro on Sunday, local officials said. Rescuers found six more bodies in the "
     "bush on Monday, bringing the death toll to 18.", 18),
    ("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing nine people. By Monday evening the "
     "number of people killed had climbed to 15, police said.", 15),
])
def test_a_later_sentence_that_raises_the_toll_gives_the_latest_toll(text, toll):
    found = killing_events(text, "2023-07-31")
    assert [(e["date"], e["fatalities"]["best"]) for e in found] == [("2023-07-30", toll)]


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a farmer in Koro on Sunday. Attacks in the district have been frequent, bringing the "
    "death toll this month to at least 80, a local official said.",
    "Gunmen shot dead a farmer in Koro on Sunday. The number of people killed in the district since January "
    "has risen to 300, officials said.",
])
def test_a_toll_over_a_stretch_of_time_is_no_latest_toll_of_the_act(text):
    found = killing_events(text, "2023-07-31")
    assert [(e["date"], e["fatalities"]["best"]) for e in found if not e["background"]] == [("2023-07-30", 1)]


@pytest.mark.parametrize("tail", [
    "Medics said 1,400 more had died since the truce collapsed, raising the toll of the whole war to over 48,000.",
    "Another 1,400 have died since the truce ended, pushing the toll of the war beyond 48,000, medics say.",
    "The war's death toll has risen to 48,200, according to the health ministry.",
    "The total number of people killed in the conflict has climbed to 48,200, the ministry said.",
    "Since the war began, the death toll has reached 48,200, the ministry said.",
    "That brought the cumulative death toll of the offensive to 48,200, the ministry said.",
])
def test_a_war_wide_running_total_is_no_latest_toll_of_the_strike(tail):
    """A running total of a whole war or offensive told after a strike ("taking the overall toll of
    the war to 48,000", "since the war began, the toll has reached ...") counts every act of the
    war: the strike keeps its own count."""
    text = ("An airstrike on a house in Deir al-Balah killed seven people on Monday, medics said. " + tail)
    found = killing_events(text, "2025-03-04")
    assert [e["fatalities"]["best"] for e in found if not e["background"]] == [7]
