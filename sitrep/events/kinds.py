"""Groups of sub-event types that the event rules treat alike (codebook names)."""

from __future__ import annotations

#: The generic words of a family ("fighting", "attack", "protest"): a specific type beside
#: them in one sentence absorbs them, and they may be refined by a later retelling.
GENERIC_TYPES = frozenset({"armed_clash", "attack", "looting_property_destruction", "peaceful_protest",
                           "arrests"})
#: Generic words that a specific type beside them takes in only where its codebook ``absorbs``
#: says so: an arrest told beside a bombing or a kidnapping ("recovered grenades and
#: apprehended 13") is an operation of its own, while arrests at a protest belong to it.
ABSORBED_ONLY_BY_CODEBOOK = frozenset({"arrests"})
#: One attack told as a clash in the headline.
RETOLD_TYPES = frozenset({"armed_clash", "attack"})
TERRITORY_TYPES = frozenset({"government_regains_territory", "non_state_actor_overtakes_territory"})
#: Acts that, told in a later sentence with nothing of their own to tell them apart, are part of
#: an event whose type absorbs them (see ``merge.part_of``): burning in a riot, arrests at a
#: protest, a hostage shot during an abduction, the withdrawal of the side that lost a town.
PART_TYPES = frozenset({"looting_property_destruction", "arrests", "attack", "non_violent_transfer_of_territory"})
PROTEST_TYPES = frozenset({"peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters",
                           "violent_demonstration"})
#: The crowd of a protest or riot, when the text names none (the actor dictionary's words).
CROWD_ACTORS = {"protests": "protesters", "riots": "rioters"}
#: Actor types of a crowd: a clash or attack it carries out is a riot (codebook ``by_actor``).
CROWD_TYPES = frozenset(CROWD_ACTORS.values())
#: Event types whose acts kill: a toll told as the total of several acts spans the events of
#: these types on its day (``merge``), not an arrest or a protest told beside them.
KILLING_EVENT_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians", "riots"})
ORGANISED_ARMED_TYPES = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia"})
