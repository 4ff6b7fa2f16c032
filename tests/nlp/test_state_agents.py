"""A country's bare name as the doer of a strike is its military ("Russia shelled Kherson");
a country named as speaker, place or target is not (sentences written for these tests)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

HEAD = "KYIV, March 9 (Reuters) - "


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    import sitrep

    return [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None)
            for e in sitrep.extract(HEAD + text, published="2025-03-10")]


@pytest.mark.parametrize("text", [
    "Russia struck an apartment building in the city of Dnipro with a missile on Sunday, killing 9 people, "
    "the regional governor said.",
    "Russia fired missiles at the city of Dnipro on Sunday, killing 9 people, the regional governor said.",
    "Russia launched a missile attack on the city of Dnipro on Sunday, killing 9 people, the governor said.",
    "Russia shelled the city of Kherson on Sunday, killing 9 people, the regional governor said.",
    "Russia attacked Kharkiv with drones overnight, killing 3 people, the mayor said.",
])
def test_a_country_that_strikes_is_its_military(text):
    sides = _sides(text)
    assert sides, text
    assert sides[0][0] == "Military Forces of Russia", sides


def test_a_country_that_only_speaks_is_not_the_doer():
    sides = _sides("A missile struck an apartment building in Dnipro on Sunday, killing 9 people, "
                   "Ukraine said.")
    assert sides and all(a1 != "Military Forces of Ukraine" for a1, _ in sides), sides


@pytest.mark.parametrize(("text", "force"), [
    ("DAMASCUS, Oct 3 - Turkey shelled Kurdish-held villages near Kobani on Tuesday, killing four civilians, "
     "the SDF said.", "Military Forces of Turkey"),
    ("ISLAMABAD, May 7 - India fired missiles at nine sites in Pakistan overnight, killing 26 people, "
     "the Pakistani military said.", "Military Forces of India"),
])
def test_other_states_that_strike_are_their_militaries(text, force):
    import sitrep

    found = [e.actor1.name for e in sitrep.extract(text, published="2025-03-10") if e.actor1]
    assert found and found[0] == force, found


@pytest.mark.parametrize(("text", "parties"), [
    ("ADDIS ABABA, June 3 - Sudan and South Sudan signed a ceasefire agreement in Juba on Monday, "
     "officials said.", {"Government of Sudan", "Government of South Sudan"}),
    ("BAKU, June 3 - Armenia and Azerbaijan agreed on Monday to a truce along their border, the "
     "foreign ministry said.", {"Government of Armenia", "Government of Azerbaijan"}),
    ("KYIV, June 3 - Ukraine and Russia exchanged 90 prisoners of war each on Monday, the Ukrainian "
     "president said.", {"Government of Ukraine", "Government of Russia"}),
    ("ISLAMABAD, June 3 - The foreign ministers of India and Pakistan agreed on Monday to stop all firing "
     "along the border, officials said.", {"Government of India", "Government of Pakistan"}),
    ("KYIV, June 3 - Russia and Ukraine swapped 150 captives on Monday, officials said.",
     {"Government of Russia", "Government of Ukraine"}),
    # the force a party's noun names, as ACLED names the actor that acts (NOTES: Military Forces of X)
    ("ISLAMABAD, June 3 - The army chiefs of India and Pakistan agreed on Monday to stop all firing "
     "along the border, officials said.", {"Military Forces of India", "Military Forces of Pakistan"}),
])
def test_countries_party_to_a_deal_are_their_governments(text, parties):
    import sitrep

    deals = [e for e in sitrep.extract(text, published="2025-06-03") if e.sub_event_type == "agreement"]
    assert deals, text
    assert {a.name for a in (deals[0].actor1, deals[0].actor2) if a} == parties, deals[0]


def test_a_country_that_only_reports_a_deal_is_no_party():
    import sitrep

    text = ("KHARTOUM, June 3 - The army and the rebels signed a ceasefire agreement in Juba on Monday, "
            "Egypt said.")
    deals = [e for e in sitrep.extract(text, published="2025-06-03") if e.sub_event_type == "agreement"]
    assert deals and all(a.name != "Government of Egypt" for e in deals for a in (e.actor1, e.actor2) if a)


@pytest.mark.parametrize("text", [
    # an exchange of fire is no deal
    "ISLAMABAD, June 3 - India and Pakistan exchanged artillery fire across the frontier on Monday, "
    "killing four civilians, officials said.",
    "ISLAMABAD, June 3 - India and Pakistan exchanged heavy shelling along the border overnight, "
    "killing four villagers, officials said.",
    "BAMAKO, June 3 - Mali and Burkina Faso exchanged fire with jihadists near the border on Monday, "
    "killing four soldiers, officials said.",
    "BAMAKO, June 3 - Mali and Niger exchanged gunfire with the militants on Monday, killing six soldiers, "
    "the army said.",
    # reaching ground is no deal
    "KYIV, June 3 - Russia reached the outskirts of the town after heavy shelling on Monday, killing "
    "four civilians, officials said.",
    "KYIV, June 3 - Russia reached the edge of Pokrovsk on Monday after days of shelling that killed "
    "four civilians, the governor said.",
])
def test_a_country_that_exchanges_fire_or_reaches_ground_is_no_government(text):
    import sitrep

    events = sitrep.extract(text, published="2025-06-03")
    assert events, text
    named = {a.name for e in events for a in (e.actor1, e.actor2) if a}
    assert not [n for n in named if n.startswith("Government of")], named


@pytest.mark.parametrize(("text", "force"), [
    ("MOSCOW, May 4 - Russia captured the village of Sribne in the Kharkiv region on Saturday, "
     "the defence ministry said.", "Military Forces of Russia"),
    ("KHARTOUM, May 4 - Sudan recaptured the town of Bara in North Kordofan on Saturday after heavy "
     "fighting, the army said.", "Military Forces of Sudan"),
    ("NIAMEY, May 4 - Niger retook the town of Tassara on Saturday after a week of fighting, "
     "the junta said.", "Military Forces of Niger"),
])
def test_a_country_that_takes_ground_is_its_military(text, force):
    import sitrep

    found = [e.actor1.name for e in sitrep.extract(text, published="2025-05-04") if e.actor1]
    assert found and found[0] == force, found


@pytest.mark.parametrize(("text", "sides"), [
    ("N'DJAMENA, May 4 - Chad and Sudan clashed near the border town of Adre on Saturday, "
     "leaving 12 soldiers dead, officials said.", ("Military Forces of Chad", "Military Forces of Sudan")),
    ("ASMARA, May 4 - Eritrea and Ethiopia traded artillery fire across the border on Saturday, "
     "wounding four soldiers, officials said.", ("Military Forces of Eritrea", "Military Forces of Ethiopia")),
    ("YEREVAN, May 4 - Armenia and Azerbaijan exchanged fire along their border overnight, "
     "the defence ministry said.", ("Military Forces of Armenia", "Military Forces of Azerbaijan")),
])
def test_coordinated_countries_that_fight_are_the_two_sides(text, sides):
    import sitrep

    events = [e for e in sitrep.extract(text, published="2025-05-04") if e.actor1]
    assert events, text
    assert (events[0].actor1.name, events[0].actor2.name if events[0].actor2 else None) == sides, events[0]


@pytest.mark.parametrize(("text", "struck"), [
    ("TEHRAN, May 4 - Israel launched air strikes on Iran on Saturday, killing 20 people in Tehran, "
     "state media said.", "Military Forces of Iran"),
    ("KYIV, May 4 - Missiles hit Ukraine overnight, killing three people in Odesa, the governor said.",
     "Military Forces of Ukraine"),
    ("BEIRUT, May 4 - Strikes on Lebanon killed five people on Saturday, the health ministry said.",
     "Military Forces of Lebanon"),
])
def test_a_country_struck_is_no_doer(text, struck):
    import sitrep

    events = sitrep.extract(text, published="2025-05-04")
    assert events, text
    assert all(e.actor1 is None or e.actor1.name != struck for e in events), events
