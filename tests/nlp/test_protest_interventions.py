"""A protest that a force acted on is told by what the force did: detaining the marchers,
breaking up the crowd, stun grenades (no grenade attack). A later sentence that tells the force
at work refines a protest first told as peaceful, so the article gives one event, not two."""

from __future__ import annotations

import pytest

import sitrep


def _types(text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published="2024-05-14")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Riot police detained about thirty demonstrators outside the parliament in Tbilisi on Monday.",
    "Officers arrested two protesters during a sit-in in front of the ministry in Lima on Monday.",
    "Soldiers fired into the air to break up a student protest in Dhaka on Monday, then dispersed the "
    "remaining crowd.",
    "Police dispersed a large crowd of opposition marchers in Nairobi on Monday.",
    "Police threw stun grenades at protesters gathered in front of the city hall in Skopje on Monday.",
])
def test_force_used_on_a_protest_is_an_intervention(text):
    types = _types(text)
    assert types == ["protest_with_intervention"], types


@pytest.mark.model
def test_stun_grenades_outside_a_protest_stay_as_read():
    # no protest in the sentence: the intervention phrase needs one, the grenade reading stays
    assert "protest_with_intervention" not in _types(
        "Gunmen threw a grenade at a police patrol in Mombasa on Monday.")


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Thousands of teachers marched through central Bogota on Monday to demand higher pay. "
     "Police later fired tear gas at the marchers in Bogota.",
     "protest_with_intervention"),
    ("Hundreds of students rallied in Conakry on Monday against the junta. "
     "Security forces opened fire on the protesters in Conakry, killing three, witnesses said.",
     "excessive_force_against_protesters"),
])
def test_a_later_telling_of_force_refines_the_protest(text, expected):
    types = _types(text)
    assert types == [expected], types


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # "clashes" beside the force's tear gas or killings: the protest it dispersed or fired on
    ("Marchers clashed with police in Valparaiso on Monday, and officers fired tear gas to push them back.",
     "protest_with_intervention"),
    ("There were clashes between protesters and riot police, who used water cannon, outside the "
     "parliament in Tirana on Monday.", "protest_with_intervention"),
    ("Two demonstrators were shot dead in Bamako on Monday during clashes with soldiers.",
     "excessive_force_against_protesters"),
    # stones or arson beside the clashes: the crowd rioted, whatever the police did
    ("Demonstrators clashed with police and hurled stones at officers firing tear gas in Valparaiso on Monday.",
     "violent_demonstration"),
    ("Protesters clashed with riot police in Tirana on Monday and set fire to two cars.",
     "violent_demonstration"),
])
def test_clashes_beside_a_force_at_work_tell_the_intervention(text, expected):
    types = _types(text)
    assert types == [expected], types


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the force was used: breaking up the crowd is its purpose, not a plan
    "Troops fired shots into the air on Tuesday to disperse hundreds of protesters outside the court in Harare.",
    "Police fired rounds into the air to disperse the demonstrators gathered in front of the palace in Lome on Tuesday.",
    "On Tuesday gendarmes charged with batons to disperse the crowd of marchers near the ministry in Conakry.",
])
def test_force_used_to_disperse_a_crowd_is_an_intervention(text):
    types = _types(text)
    assert types == ["protest_with_intervention"], types


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Police threatened on Tuesday to disperse the protesters camped outside the court in Harare.",
    "The governor said police would fire tear gas to disperse any demonstrators in Lome.",
])
def test_a_dispersal_only_intended_is_no_intervention(text):
    assert "protest_with_intervention" not in _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # live fire at a crowd is lethal force, whatever its purpose
    "Soldiers fired live bullets at demonstrators outside the electoral commission in Conakry on Tuesday.",
    "Gendarmes opened fire to disperse the protesters blocking the bridge in Bamako on Tuesday.",
    "On Tuesday police opened fire on a protest of opposition supporters in Kinshasa.",
    "Troops used gunfire to disperse hundreds of marchers in Mandalay on Tuesday.",
])
def test_live_fire_at_a_crowd_is_excessive_force(text):
    types = _types(text)
    assert types == ["excessive_force_against_protesters"], types


@pytest.mark.model
def test_a_dispersal_ordered_is_no_intervention():
    assert "protest_with_intervention" not in _types(
        "The interior minister on Tuesday ordered the gendarmes to disperse the protesters camped in Niamey.")
@pytest.mark.parametrize("text", [
    "Demonstrators marched on the mission headquarters in Goma on Tuesday, and U.N. peacekeepers shot two "
    "of them dead.",
    "UN peacekeepers fired tear gas at hundreds of protesters outside their base in Bunia on Monday.",
    "Protesters gathered in Bangassou on Friday; peacekeeping forces dispersed the crowd with warning shots.",
])
def test_a_un_force_that_intervenes_is_the_protests_actor2(text):
    events = [e for e in sitrep.extract(text, published="2024-05-14") if e.event_type == "protests"]
    assert events and all(e.actor2 is not None and e.actor2.type == "external_other" for e in events), \
        [(e.sub_event_type, e.actor2) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # "fired on/at" the crowd, without "opened": shots at people, lethal force
    "Security forces fired on protesters in Sanandaj on Tuesday, killing three, a rights group said.",
    "Soldiers fired at demonstrators gathered outside the governor's office in Kirkuk on Tuesday, wounding four.",
    "On Tuesday gendarmes fired upon a crowd of marchers near the prefecture in Kindia.",
])
def test_firing_on_a_crowd_is_excessive_force(text):
    types = _types(text)
    assert types == ["excessive_force_against_protesters"], types


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # what they fired was less-lethal: the crowd was dispersed, not shot
    "Police fired at protesters with rubber bullets in Sanandaj on Tuesday.",
    "Riot police fired on the marchers with water cannon outside the parliament in Tbilisi on Tuesday.",
])
def test_firing_less_lethal_rounds_on_a_crowd_stays_an_intervention(text):
    types = _types(text)
    assert types == ["protest_with_intervention"], types
