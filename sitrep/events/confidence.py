"""How much to trust an event: a sum of named weights held in ``sitrep/nlp/data/confidence.json``
(a specific act, its own date and place, a named perpetrator, repeated mentions)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import Any

from sitrep.events.kinds import GENERIC_TYPES
from sitrep.events.mention import LOOSE_DATE_FLAGS, EventMention, Flag

WEIGHTS_PACKAGE = "sitrep.nlp"
WEIGHTS_FILE = "data/confidence.json"


@dataclass(frozen=True, slots=True)
class ConfidenceWeights:
    """The weights file as read: ``values`` maps each weight's name to its value."""

    values: MappingProxyType

    @classmethod
    def load(cls) -> ConfidenceWeights:
        """The packaged weights (read on each call: the owner keeps the result)."""
        text = resources.files(WEIGHTS_PACKAGE).joinpath(WEIGHTS_FILE).read_text()
        return cls(MappingProxyType(json.loads(text)))

    def __getitem__(self, name: str) -> Any:
        return self.values[name]


def score_confidence(mention: EventMention, weights: ConfidenceWeights) -> float:
    """How much to trust the event, from the weights: a base, plus or minus one weight for each
    trait, clamped between the floor and the ceiling."""
    w = weights
    score = w["base"]
    if mention.sub_event_type not in GENERIC_TYPES:
        score += w["specific_type"]
    if not LOOSE_DATE_FLAGS & mention.flags:
        score += w["own_date"]
    if mention.location is None:
        score += w["no_place"]
    elif Flag.LOCATION_APPROXIMATE in mention.flags:
        score += w["place_approximate"]
    elif {Flag.LOCATION_FROM_CONTEXT, Flag.LOCATION_FROM_ARTICLE_COUNTRY} & mention.flags:
        score += w["place_from_context"]
    else:
        score += w["own_place"].get(mention.location.precision, 0.0)
    if mention.actor1 is not None and Flag.ACTOR1_UNNAMED not in mention.flags:
        score += w["actor1"]
    score += w["each_extra_mention"] * min(len(mention.evidence) - 1, w["extra_mentions_max"])
    return max(w["floor"], min(score, w["ceiling"]))
