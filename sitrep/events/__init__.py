"""The event layer: from a processed Doc to the events of one article.

``assembly`` reads the Doc's sentences and triggers into :class:`EventMention` s (with
``acts``, ``place_choice``, ``place_fallback``, ``dating``, ``actor_choice``, ``background``);
``merge``, ``confidence``, ``ids`` and ``freeze`` work on mentions alone; ``extractor`` holds
the :class:`Extractor` that runs it all.
"""

from __future__ import annotations

from sitrep.events.extractor import Extractor, default_extractor
from sitrep.events.mention import EventMention, Flag

__all__ = ["EventMention", "Extractor", "Flag", "default_extractor"]
