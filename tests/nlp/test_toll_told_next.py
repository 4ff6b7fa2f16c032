"""An act told without its dead, then a sentence that tells only a toll (no act, place, day or
incident of its own): a careful coder puts that toll on the act just told, not on a second event
nor on nothing (NOTES: fatalities)."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub_type", "killed", "injured"),
    [
        ("Insurgents overran a border police post near Paletwa in Chin State on Wednesday. "
         "Eleven policemen were killed, a local official said.", "non_state_actor_overtakes_territory", 11, None),
        ("A drone hit a crowded bus station in Kosti on Thursday. Twenty passengers were killed and "
         "45 others injured, medics said.", "air_drone_strike", 20, 45),
        ("Fighters of the RSF captured the town of Um Rawaba after heavy fighting on Saturday.\n\n"
         "The town's hospital received 17 bodies, a doctor told reporters.", "non_state_actor_overtakes_territory", 17, None),
        ("Federal police raided a drug gang's safe house in Manaus on Wednesday. The gang's leader and "
         "three of his men were killed.", None, 4, None),
        ("Armed men ambushed an army patrol near Tillia on Monday. Six soldiers lost their lives, the "
         "defence ministry said.", None, 6, None),
        ("Artillery fire hit the Zamzam displacement camp on Tuesday. Nine people were killed, among "
         "them four children, aid workers said.", "shelling_artillery_missile_attack", 9, None),
    ],
)
def test_toll_of_next_sentence_goes_to_the_act(text, sub_type, killed, injured):
    events = sitrep.extract(text, published="2025-03-14")
    assert len(events) == 1
    if sub_type is not None:
        assert events[0].sub_event_type == sub_type
    assert events[0].fatalities.best == killed
    assert events[0].injured == injured


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a war's toll, not the act's
        "Rebels took the town of Walikale on Sunday. At least 7,000 people have been killed in the "
        "conflict since January.",
        # another incident, at another place
        "Bandits attacked a church in Kajuru on Sunday. Separately, eight farmers were killed in "
        "Bokkos on Monday, police said.",
        # the act told with its dead uncounted: the figure after may be one side's only
        "Troops pounded rebel positions around Datu Piang with artillery on Tuesday, inflicting heavy "
        "casualties on the rebels. Three soldiers were killed, sources said.",
        # a total since the start of a campaign
        "Arakan Army fighters overran a navy outpost in Kyaukpyu on Friday. Since the start of the "
        "offensive, more than 600 soldiers have been killed, the group said.",
    ],
)
def test_toll_of_another_incident_or_period_is_not_lent(text):
    events = sitrep.extract(text, published="2025-03-14")
    assert events
    assert events[0].fatalities.best is None
