"""The event codebook: ACLED sub-event types and their trigger phrases, read from data.

A phrase such as ``"air strike|raid"`` becomes a spaCy Matcher pattern on lower-cased lemmas:
tokens are separated by spaces, ``a|b`` means either word, and ``*`` allows a few unrelated
tokens in between ("protesters were shot"; the codebook's ``gap_words`` says how many, three
unless it says otherwise). A token ``$name`` stands for the codebook's
word class of that name (its one-word members as alternatives, each longer member as a phrase of
its own), so one phrase covers every killing verb or every word for a combatant.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import product
from typing import Any

#: the tokens a phrase's "*" lets in when the codebook does not say ("protesters were shot")
DEFAULT_GAP_WORDS = 3


@dataclass(frozen=True, slots=True)
class CodebookEntry:
    sub_event_type: str
    event_type: str
    priority: int
    definition: str
    phrases: tuple[str, ...]
    needs: tuple[str, ...] = ()
    #: (cue group, phrase) pairs: phrases that tell this type only in a sentence with a cue of
    #: that group ("clash" is a riot when protesters are in the sentence, a battle otherwise)
    cued_phrases: tuple[tuple[str, str], ...] = ()
    #: verbs that tell this type only when their doer is a crowd of unarmed people (cue list
    #: ``crowd_doer_nouns``: "villagers beat the suspect to death")
    crowd_doer_phrases: tuple[str, ...] = ()
    #: verbs that tell this type only when an armed force does them to a place (cue list
    #: ``armed_doer_nouns``: "troops entered the town", "rebels rolled into the capital")
    armed_place_phrases: tuple[str, ...] = ()
    #: verbs that tell this type only when an armed force does them, as subject or passive agent
    #: ("the army killed the commander", "he was killed by troops"): a bare "was killed" may be
    #: the toll of an act told elsewhere
    armed_doer_phrases: tuple[str, ...] = ()
    #: verbs that tell this type only when their subject is a place ("the town fell")
    place_subject_phrases: tuple[str, ...] = ()
    #: nouns that tell this type only as the head of their phrase ("a coup", not "coup leaders"
    #: or "anti-coup protesters")
    head_noun_phrases: tuple[str, ...] = ()
    #: words that tell this type's act, not when they are a participle describing a noun ("a
    #: kidnapped doctor", "the abducted girls" were freed: victims of an act told elsewhere)
    act_phrases: tuple[str, ...] = ()
    #: words that tell this type only as a noun ("strikes on the depot"), not as a verb ("the
    #: deal was struck on Monday")
    noun_phrases: tuple[str, ...] = ()
    by_target: tuple[tuple[str, str], ...] = ()
    by_actor: tuple[tuple[str, str], ...] = ()
    absorbs: tuple[str, ...] = ()
    #: (other type, new type): this type's act, told in one sentence with an act of the other
    #: type, is the new type ("marched ... and police arrested nine": a protest the police
    #: intervened in, not a peaceful protest beside an arrest operation)
    becomes_beside: tuple[tuple[str, str], ...] = ()
    absorbs_without_toll: tuple[str, ...] = ()
    #: types that are part of this one only when they destroy a fighting side's materiel ("two
    #: army vehicles were torched" told beside an ambush: ``events/materiel.py``)
    absorbs_materiel: tuple[str, ...] = ()
    refines: tuple[str, ...] = ()
    #: types whose act a telling of this type with no date of its own (a headline, a lead dated
    #: only by the page or a statement) may retell at the same place: its word ("strike", "bomb
    #: attack") was only a default reading of the weapon, which the dated telling names
    undated_retells: tuple[str, ...] = ()
    #: types whose trigger loses to this type's where the two overlap, whatever the priorities
    #: ("stun grenades" fired at a crowd are no grenade attack)
    outranks: tuple[str, ...] = ()
    #: phrases of this type that win over any overlapping trigger of another type, whatever the
    #: priorities: "missile strikes killed" is a missile attack, though "strikes killed" alone
    #: tells an air strike; "small arms fire and explosions" is one exchange of fire, a battle
    outranking_phrases: tuple[str, ...] = ()
    transitive_senses: tuple[str, ...] = ()
    #: trigger words that tell this type only when no armed force does them: "fighters marched
    #: into the town" and "the rebels' march on the capital" are an advance, not a protest
    armed_senses: tuple[str, ...] = ()
    #: (trigger verb, nouns) pairs: the verb means something else when one of the nouns is what
    #: it acts on ("executed arrest warrants", "captured on video")
    object_senses: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: trigger words that tell this type only when none of the ``yields_to`` types is told in
    #: the same sentence: protesters who "clashed" with police firing tear gas were dispersed,
    #: those who threw stones rioted
    yielding_phrases: tuple[str, ...] = ()
    yields_to: tuple[str, ...] = ()
    #: words that, governing the trigger, make it a reference to an earlier or hoped-for act
    #: ("broke the ceasefire", "called for a truce"), not a telling of the act
    referred_by: tuple[str, ...] = ()
    #: words that, governing the trigger noun, make it a reference only when no clause hung on the
    #: noun tells its making: "deployed under a bilateral agreement" is an old accord, "left under
    #: a deal reached on Tuesday" a new one
    referred_by_bare: tuple[str, ...] = ()
    #: words that, opening the clause the trigger noun is the subject of, make it the start point of
    #: a period, an earlier act ("since a truce was declared"), not a telling of the act
    referring_marks: tuple[str, ...] = ()
    #: trigger verbs that, in a clause describing a group or a place, tell what the group does
    #: in general, not an act ("militias battling over the mines", "a valley where
    #: two clans are fighting a feud")
    standing_senses: tuple[str, ...] = ()
    #: nouns that name a campaign: after a preposition they tell the setting of another act or
    #: of the story ("captured the city in a lightning offensive", "amid a renewed offensive"),
    #: not an act of their own
    setting_nouns: tuple[str, ...] = ()
    #: gathering nouns that, as where or at what a shooting by no state force was done ("a
    #: gunman fired at a rally", "shot as he left a rally"), name its scene, no protest
    scene_senses: tuple[str, ...] = ()
    #: weapon words that, inside a store of weapons (a noun of the cue list ``weapon_store_nouns``
    #: above them: "a cache of rifles and grenades", "a dump containing grenades"), name arms
    #: kept, not used
    stored_senses: tuple[str, ...] = ()
    found_senses: tuple[str, ...] = ()
    #: verbs of setting people free ("rescue", "release"): a trigger naming those people
    #: ("rescued 14 kidnapped passengers", "the abducted pupils were released", "freed 12
    #: hostages") tells their captivity from an act told elsewhere, no act of the sentence
    freed_by: tuple[str, ...] = ()
    #: phrases that tell the sentence's act as the outcome of a fight ("recovered rifles after a
    #: gunfight"): what was found or taken there belongs to the fight, not an event of this type
    spoils_cues: tuple[str, ...] = ()
    unnamed_actor1: str | None = None
    unnamed_actor2: str | None = None
    unnamed_actor1_needs_actor2: bool = False
    #: False for a type that by definition kills no one (a toll beside it is another act's)
    deadly: bool = True
    #: trigger words that name the act only in general ("a blast", "the bombing"): such an event
    #: is, in the days of the article's acts of one of the ``episode_types`` ("suicide bombers
    #: struck", "regime air strikes"), one of those acts (``conventions.generic_by_episode``)
    generic_phrases: tuple[str, ...] = ()
    episode_types: tuple[str, ...] = ()
    #: types whose act such a generic word, told at the same place on the same day with no dead of
    #: its own, only retells ("an attack that hit the town" beside the air strike on it:
    #: ``merge.generic_retelling``)
    generic_retells: tuple[str, ...] = ()
    #: those of ``generic_retells`` that a generic word retells even with dead of its own: the
    #: shooting of the guards that opened a suicide bombing is part of it
    toll_retells: tuple[str, ...] = ()
    #: those of ``generic_retells`` that any trigger word of this type retells, not only a generic
    #: one ("battled their way into a village" beside its capture), unless told as fighting
    #: resumed or renewed (cue list ``renewal_words``: ``merge.generic_retelling``)
    wholly_retells: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Codebook:
    version: int
    entries: tuple[CodebookEntry, ...]
    cue_groups: tuple[tuple[str, tuple[str, ...]], ...]
    #: phrases whose words trigger nothing, though a trigger word is among them ("riot police")
    inert_phrases: tuple[str, ...] = ()
    #: (cue group, sub-event types) pairs: a group an article lends to its sentences without a
    #: cue when most of its sentences with triggers name it (a cue, or a trigger of those types):
    #: police and youths who clash in a riot report are rioting, whatever the sentence says
    article_cues: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: cue groups whose cued phrases tell their type only when no state force is the other side
    #: (rival crowds that clash riot among themselves; with the police they demonstrate)
    crowd_only_cues: tuple[str, ...] = ()
    #: cue groups whose cued phrases tell their type only when no non-state armed doer does the
    #: act: police who fire on a rally use force on a protest; a gunman who does attacks it
    state_doer_cues: tuple[str, ...] = ()
    #: how many unrelated tokens a phrase's "*" lets in ("killed more than a dozen soldiers")
    gap_words: int = DEFAULT_GAP_WORDS

    def entry(self, sub_event_type: str) -> CodebookEntry:
        for entry in self.entries:
            if entry.sub_event_type == sub_event_type:
                return entry
        raise KeyError(sub_event_type)

    def refines(self, specific: str, general: str) -> bool:
        """True when ``specific`` is a more precise telling of ``general`` (suicide bombing of a
        car bomb)."""
        return general in self.entry(specific).refines

    def cues(self, group: str) -> tuple[str, ...]:
        return dict(self.cue_groups)[group]


def expand_word_classes(phrase: str, classes: dict[str, tuple[str, ...]]) -> list[str]:
    """The phrases ``phrase`` stands for once each ``$class`` token is replaced by its members:
    "$kill * $armed" -> ["kill|murder * soldier|rebel", "shoot dead * soldier|rebel", ...]."""
    options: list[list[str]] = []
    for token in phrase.split():
        if "$" not in token:
            options.append([token])
            continue
        members = [m for part in token.split("|") for m in (classes[part[1:]] if part.startswith("$") else (part,))]
        single = "|".join(m for m in members if " " not in m)
        options.append(([single] if single else []) + [m for m in members if " " in m])
    return [" ".join(combo) for combo in product(*options)]


def _word_classes(raw: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """The codebook's word classes; a member ``cues:<list>`` brings in that list of the cue data
    (the victim nouns), so a class and the rules that read the list keep the same words, and a
    member ``$name`` the members of a class defined before it."""
    from sitrep.nlp.cues import load_cues

    cues = load_cues()
    classes: dict[str, tuple[str, ...]] = {}
    for name, members in raw.items():
        words: list[str] = []
        for member in members:
            if member.startswith("cues:"):
                words += sorted(getattr(cues, member[5:]))
            else:
                words += list(classes[member[1:]]) if member.startswith("$") else [member]
        classes[name] = tuple(dict.fromkeys(words))
    return classes


def phrase_to_pattern(phrase: str, gap_words: int = DEFAULT_GAP_WORDS) -> list[dict[str, Any]]:
    """Turn ``"fire * rocket|rockets"`` into a Matcher token pattern on the lower-cased lemma
    (the trigger component lower-cases lemmas first, so headline case does not matter); ``*``
    lets in up to ``gap_words`` tokens."""
    pattern: list[dict[str, Any]] = []
    for token in phrase.split():
        if token == "*":
            pattern.append({"OP": f"{{0,{gap_words}}}"})
            continue
        words = token.split("|")
        pattern.append({"LEMMA": {"IN": words}})
    return pattern


@lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """Read the packaged codebook (``sitrep/nlp/data/codebook.json``)."""
    raw = json.loads(resources.files("sitrep.nlp").joinpath("data/codebook.json").read_text())
    classes = _word_classes(raw.get("word_classes", {}))

    def expand(phrases) -> tuple[str, ...]:
        return tuple(p for phrase in phrases for p in expand_word_classes(phrase, classes))

    entries = tuple(
        CodebookEntry(
            sub_event_type=name,
            event_type=spec["event_type"],
            priority=int(spec["priority"]),
            definition=spec["definition"],
            phrases=expand(spec.get("phrases", ())),
            needs=tuple(spec.get("needs", ())),
            cued_phrases=tuple((group, phrase) for group, phrases in spec.get("cued_phrases", {}).items()
                               for phrase in expand(phrases)),
            place_subject_phrases=expand(spec.get("place_subject_phrases", ())),
            armed_place_phrases=expand(spec.get("armed_place_phrases", ())),
            armed_doer_phrases=expand(spec.get("armed_doer_phrases", ())),
            crowd_doer_phrases=expand(spec.get("crowd_doer_phrases", ())),
            head_noun_phrases=expand(spec.get("head_noun_phrases", ())),
            act_phrases=expand(spec.get("act_phrases", ())),
            noun_phrases=expand(spec.get("noun_phrases", ())),
            by_target=tuple(spec.get("by_target", {}).items()),
            by_actor=tuple(spec.get("by_actor", {}).items()),
            absorbs=tuple(spec.get("absorbs", ())),
            becomes_beside=tuple(spec.get("becomes_beside", {}).items()),
            absorbs_without_toll=tuple(spec.get("absorbs_without_toll", ())),
            absorbs_materiel=tuple(spec.get("absorbs_materiel", ())),
            refines=tuple(spec.get("refines", ())),
            undated_retells=tuple(spec.get("undated_retells", ())),
            outranks=tuple(spec.get("outranks", ())),
            outranking_phrases=expand(spec.get("outranking_phrases", ())),
            transitive_senses=tuple(spec.get("transitive_senses", ())),
            armed_senses=tuple(spec.get("armed_senses", ())),
            object_senses=tuple((verb, tuple(nouns)) for verb, nouns in spec.get("object_senses", {}).items()),
            yielding_phrases=tuple(spec.get("yielding_phrases", ())),
            yields_to=tuple(spec.get("yields_to", ())),
            referred_by=tuple(spec.get("referred_by", ())),
            referred_by_bare=tuple(spec.get("referred_by_bare", ())),
            referring_marks=tuple(spec.get("referring_marks", ())),
            standing_senses=tuple(spec.get("standing_senses", ())),
            setting_nouns=tuple(spec.get("setting_nouns", ())),
            scene_senses=tuple(spec.get("scene_senses", ())),
            stored_senses=tuple(spec.get("stored_senses", ())),
            found_senses=tuple(spec.get("found_senses", ())),
            freed_by=tuple(spec.get("freed_by", ())),
            spoils_cues=tuple(spec.get("spoils_cues", ())),
            deadly=bool(spec.get("deadly", True)),
            unnamed_actor1=spec.get("unnamed_actor1"),
            unnamed_actor2=spec.get("unnamed_actor2"),
            unnamed_actor1_needs_actor2=bool(spec.get("unnamed_actor1_needs_actor2", False)),
            generic_phrases=tuple(spec.get("generic_phrases", ())),
            episode_types=tuple(spec.get("episode_types", ())),
            generic_retells=tuple(spec.get("generic_retells", ())),
            toll_retells=tuple(spec.get("toll_retells", ())),
            wholly_retells=tuple(spec.get("wholly_retells", ())),
        )
        for name, spec in raw["types"].items()
    )
    groups = tuple((k, tuple(v)) for k, v in raw["cue_groups"].items())
    return Codebook(version=int(raw["version"]), entries=entries, cue_groups=groups,
                    inert_phrases=expand(raw.get("inert_phrases", ())),
                    article_cues=tuple((k, tuple(v)) for k, v in raw.get("article_cues", {}).items()),
                    crowd_only_cues=tuple(raw.get("crowd_only_cues", ())),
                    state_doer_cues=tuple(raw.get("state_doer_cues", ())),
                    gap_words=int(raw.get("gap_words", DEFAULT_GAP_WORDS)))
