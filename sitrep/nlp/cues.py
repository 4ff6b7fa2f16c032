"""Cue word lists (speech verbs, background and irrealis markers, place modifiers), from data."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Cues:
    speech_verbs: frozenset[str]
    attribution_phrases: tuple[str, ...]
    background_cues: tuple[str, ...]
    irrealis_markers: frozenset[str]
    direction_words: frozenset[str]
    admin_words: frozenset[str]
    aggregate_cues: tuple[str, ...]
    anaphoric_determiners: frozenset[str]
    reference_words: frozenset[str]
    partial_control_cues: tuple[str, ...]
    caption_credits: tuple[str, ...]
    campaign_nouns: frozenset[str]
    campaign_launch_verbs: frozenset[str]
    facility_words: frozenset[str]
    place_statement_nouns: frozenset[str]
    place_statement_verbs: frozenset[str]
    retelling_prepositions: frozenset[str]
    territory_words: frozenset[str]
    reciprocal_triggers: frozenset[str]
    elsewhere_phrases: tuple[str, ...]
    accusation_verbs: frozenset[str] = frozenset()
    party_references: tuple[str, ...] = ()
    member_nouns: frozenset[str] = frozenset()
    separate_event_cues: tuple[str, ...] = ()
    sequence_prepositions: frozenset[str] = frozenset()
    settlement_nouns: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset()
    weapon_mishap_nouns: frozenset[str] = frozenset()
    separate_event_determiners: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()
    speaker_prepositions: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    protest_target_prepositions: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    raw = json.loads(resources.files("sitrep.nlp").joinpath("data/cues.json").read_text())
    return Cues(
        speech_verbs=frozenset(raw["speech_verbs"]),
        attribution_phrases=tuple(raw["attribution_phrases"]),
        background_cues=tuple(raw["background_cues"]),
        irrealis_markers=frozenset(raw["irrealis_markers"]),
        direction_words=frozenset(raw["direction_words"]),
        admin_words=frozenset(raw["admin_words"]),
        aggregate_cues=tuple(raw["aggregate_cues"]),
        anaphoric_determiners=frozenset(raw["anaphoric_determiners"]),
        reference_words=frozenset(raw["reference_words"]),
        partial_control_cues=tuple(raw["partial_control_cues"]),
        caption_credits=tuple(raw["caption_credits"]),
        campaign_nouns=frozenset(raw["campaign_nouns"]),
        campaign_launch_verbs=frozenset(raw["campaign_launch_verbs"]),
        facility_words=frozenset(raw["facility_words"]),
        place_statement_nouns=frozenset(raw["place_statement_nouns"]),
        place_statement_verbs=frozenset(raw["place_statement_verbs"]),
        retelling_prepositions=frozenset(raw["retelling_prepositions"]),
        territory_words=frozenset(raw["territory_words"]),
        reciprocal_triggers=frozenset(raw["reciprocal_triggers"]),
        elsewhere_phrases=tuple(raw["elsewhere_phrases"]),
        accusation_verbs=frozenset(raw.get("accusation_verbs", ())),
        party_references=tuple(raw.get("party_references", ())),
        member_nouns=frozenset(raw.get("member_nouns", ())),
        separate_event_cues=tuple(raw.get("separate_event_cues", ())),
        sequence_prepositions=frozenset(raw.get("sequence_prepositions", ())),
        settlement_nouns=frozenset(raw.get("settlement_nouns", ())),
        telling_verbs=frozenset(raw.get("telling_verbs", ())),
        weapon_mishap_nouns=frozenset(raw.get("weapon_mishap_nouns", ())),
        separate_event_determiners=frozenset(raw.get("separate_event_determiners", ())),
        origin_prepositions=frozenset(raw.get("origin_prepositions", ())),
        speaker_prepositions=frozenset(raw.get("speaker_prepositions", ())),
        site_nouns=frozenset(raw.get("site_nouns", ())),
        protest_target_prepositions=frozenset(raw.get("protest_target_prepositions", ())),
    )


@lru_cache(maxsize=64)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p.strip()) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


#: A credit at the end of a paragraph: "[File Photo: AFP]", "{Getty}", "/ Supplied", "Photo: AFP".
#: A source in round brackets ("... said. (Xinhua)") ends many news paragraphs, so only a
#: bracketed credit that says "photo" counts there.
_CREDIT_TAIL = re.compile(r"(?:[\[{]([^\[\]{}]{1,40})[\]}]|\(([^()]{0,30}photo[^()]{0,30})\)"
                          r"|(?:^|\s)/\s*([^/\n]{1,30})|photo\s*:\s*([^:\n]{1,30}))\s*$", re.IGNORECASE)


def is_photo_caption(paragraph: str) -> bool:
    """True when a paragraph ends with a photo credit: a picture's caption retells or recalls
    an event ("a boy wounded in the bombing is treated at a hospital in X"), it never reports
    one of its own, and its place is where the picture was taken."""
    found = _CREDIT_TAIL.search(paragraph.strip())
    if found is None:
        return False
    credit = next(g for g in found.groups() if g is not None)
    return found.group(0).strip().lower().startswith("photo") or contains_phrase(credit, load_cues().caption_credits)


def contains_phrase(text: str, phrases: Iterable[str]) -> bool:
    """True when one of the cue phrases occurs in ``text`` as whole words ("day after" is not
    found in "Sunday after", "% of" is found in "40% of")."""
    phrases = tuple(phrases)
    return bool(phrases) and _phrase_pattern(phrases).search(text) is not None
