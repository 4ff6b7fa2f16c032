"""A side told only generically in one telling of an act ("Gang attack kills 70" above the
text) and by its name in another ("members of the X gang killed ...") is the named group:
ACLED names the perpetrator whenever the report does. Which actors are generic descriptions
comes from the actor dictionary's country templates ("Unidentified Gang ({country})")."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from sitrep.model import Actor
from sitrep.nlp.actors import ACTORS_FILE, DATA_PACKAGE
from sitrep.nlp.affiliation import GENERIC_DOER_TYPES, NAMED_GROUP_TYPES



@lru_cache(maxsize=1)
def _generic_stems() -> frozenset[str]:
    """Names of the dictionary's non-state country templates without their country part
    ("Unidentified Gang", "Rebels"); templates named after a state ("Mutiny of ...") are no
    generic group."""
    raw = json.loads(resources.files(DATA_PACKAGE).joinpath(ACTORS_FILE).read_text(encoding="utf-8"))
    return frozenset(e["name"].split(" ({")[0] for e in raw["entries"]
                     if "({country})" in e["name"] and e.get("type") in GENERIC_DOER_TYPES)


def generic_group(actor: Actor | None) -> bool:
    """The actor is a generic non-state description ("Unidentified Gang (Haiti)")."""
    if actor is None or actor.type not in GENERIC_DOER_TYPES:
        return False
    return actor.name.split(" (")[0] in _generic_stems()


def names_generic_side(kept: Actor | None, told: Actor | None, opposite: Actor | None) -> bool:
    """``told`` (another telling's side) names the group ``kept`` only describes: a named
    non-state group, not the act's other side."""
    return generic_group(kept) and told is not None and told.type in NAMED_GROUP_TYPES \
        and not generic_group(told) and (opposite is None or opposite.name != told.name)
