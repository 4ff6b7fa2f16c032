"""Cue word lists (speech verbs, background and irrealis markers, place modifiers), from data."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import MISSING, dataclass, fields
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
    #: words that spread what a sentence tells over a whole country ("nationwide", "in the
    #: capital and other cities"), and the sub-event types so told that are one event of the country
    nationwide_phrases: tuple[str, ...] = ()
    #: sub-event types that, told with no place of their own, are acts of the whole country (a
    #: prisoner swap, a peace accord, the whole nation said to be in disorder): never the article's main town
    countrywide_types: frozenset[str] = frozenset()
    #: words before a country that make it the neighbour across a border ("near the border with
    #: X"), not a country the story is told in
    neighbour_phrases: tuple[str, ...] = ()
    nationwide_types: frozenset[str] = frozenset()
    #: prepositions that, before the country's name, spread an act over it ("across Chile")
    nationwide_prepositions: frozenset[str] = frozenset()
    #: prepositions that put an object beside the act's target ("a bridge near homes")
    vicinity_prepositions: frozenset[str] = frozenset()
    accusation_verbs: frozenset[str] = frozenset()
    #: verbs whose subject, a bare country name, is that country's military ("Russia shelled X")
    state_strike_verbs: frozenset[str] = frozenset()
    #: participles whose "by X" names a backer of the noun they describe ("backed by X")
    backer_participles: frozenset[str] = frozenset()
    #: nouns whose "with the N of X" names a backer ("with the support of X")
    backer_nouns: frozenset[str] = frozenset()
    #: strike verbs that tell an armed act only with a fire word as object ("traded fire")
    state_fire_trade_verbs: frozenset[str] = frozenset()
    #: what such a verb trades when it tells fighting ("fire", "shells", "blows")
    state_fire_nouns: frozenset[str] = frozenset()
    #: words opening a clause that tells a past act as the setting of another ("since X invaded")
    state_setting_marks: frozenset[str] = frozenset()
    #: places of a war of words ("clashed at the UN Security Council", "at the talks")
    state_forum_nouns: frozenset[str] = frozenset()
    #: verbs of a deal whose subject, a bare country name, is that country's government
    state_party_verbs: frozenset[str] = frozenset()
    #: words of a strike or an assault whose "on X" is the place hit ("dropped bombs on X")
    strike_on_words: frozenset[str] = frozenset()
    party_references: tuple[str, ...] = ()
    member_nouns: frozenset[str] = frozenset()
    #: nouns of a body of troops or vehicles on the move ("a convoy of X troops"): X takes its role
    formation_nouns: frozenset[str] = frozenset()
    #: words for a force's craft or men whose "of X" names their owner ("jets of the X air force")
    owner_of_nouns: frozenset[str] = frozenset()
    separate_event_cues: tuple[str, ...] = ()
    #: words before a trigger that recall another event than the news ("in another raid"):
    #: a background mention so told is never merged into a news event of its day
    other_event_recall_cues: tuple[str, ...] = ()
    sequence_prepositions: frozenset[str] = frozenset()
    settlement_nouns: frozenset[str] = frozenset()
    list_settlement_nouns: frozenset[str] = frozenset()
    #: nouns and determiners of a settlement told without its name ("a town in the X region",
    #: "the city"): see ``events.place_choice.unnamed_settlement``
    unnamed_settlement_nouns: frozenset[str] = frozenset()
    unnamed_settlement_determiners: frozenset[str] = frozenset()
    #: words naming an act of its event type only in general ("the strikes on X")
    family_words: frozenset[str] = frozenset()
    #: nouns of a hit installation or settlement that a later sentence may name again at its town
    retold_target_nouns: frozenset[str] = frozenset()
    list_area_nouns: frozenset[str] = frozenset()
    #: lemmas of a death a sentence with no act of its own tells ("four more were killed in X")
    continued_death_words: frozenset[str] = frozenset()
    #: lemmas of a trigger that tells deaths alone, no act ("three worshippers died")
    actless_death_words: frozenset[str] = frozenset()
    #: prepositions of the place of such a death ("killed in X", "shot at X")
    continued_death_prepositions: frozenset[str] = frozenset()
    #: prepositions that make a death count a tally over time ("killed since 2015")
    tally_prepositions: frozenset[str] = frozenset()
    #: words that make a stated death a later one of the wounded, not an act at its place
    #: ("later died in hospital in X", "died of their wounds in X")
    later_death_words: frozenset[str] = frozenset()
    #: lemmas of the wounded ("the injured", "died of his wounds"): their death came later
    wounded_words: frozenset[str] = frozenset()
    #: lemmas that make a sentence count the dead of an act ("six of the dead", "five bodies")
    share_death_words: frozenset[str] = frozenset()
    #: words of the remainder of a toll ("the rest in B", "the others in B")
    share_rest_words: frozenset[str] = frozenset()
    #: words of a count over a stretch of time ("this year", "since"), which is no share of one act
    share_tally_words: frozenset[str] = frozenset()
    #: subjects that deny a death ("no one was killed", "nobody died", "none died")
    nobody_words: frozenset[str] = frozenset()
    #: nouns of a first-level unit ("province", "governorate"): "X province" may mean the province
    province_nouns: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset()
    weapon_mishap_nouns: frozenset[str] = frozenset()
    collective_nouns: frozenset[str] = frozenset()
    separate_event_determiners: frozenset[str] = frozenset()
    separate_event_ordinals: frozenset[str] = frozenset()
    #: lemmas that tell fighting as taken up again or going on ("renewed fighting", "fighting
    #: resumed", "launched another offensive"): a battle of its own beside a capture
    renewal_words: frozenset[str] = frozenset()
    #: verbs telling an act joined to them as an answer to another ("retaliated and torched a depot")
    reply_verbs: frozenset[str] = frozenset()
    perpetrator_nouns: frozenset[str] = frozenset()
    #: people held as those accused of an act ("twelve suspects", "the accused"): their arrest is an
    #: investigation of its own, not part of the riot or lynching they are accused of
    suspect_nouns: frozenset[str] = frozenset()
    #: words that, hanging on the people arrested, make them suspects ("two youths accused of arson",
    #: "the man behind the rumour")
    suspect_modifiers: frozenset[str] = frozenset()
    #: lemmas of verbs and nouns whose object is people held, charged or tried (events/retold.py)
    holding_words: frozenset[str] = frozenset()
    #: fighting materiel ("tank", "howitzer") and vehicles not marked as civilians' ("army
    #: trucks", "two vehicles"; not "aid trucks"): destroyed in a fight, part of it (events/materiel.py)
    materiel_nouns: frozenset[str] = frozenset()
    #: verbs of taking arms from a fight's dead or routed ("weapons were recovered from the
    #: killed"): told with the battle, part of it (events/spoils.py)
    spoils_verbs: frozenset[str] = frozenset()
    #: ground told as a sweep ("swathes of territory", "several towns"): with no day of its own,
    #: the outcome of a campaign, not one change of territory (events/acts.py: is_sweeping_gain)
    sweep_cues: tuple[str, ...] = ()
    #: prepositions of what a place has long been under or cut off by ("under bombardment since
    #: October", "cut off by fighting for months"): a state, not one act (events/acts.py)
    condition_prepositions: frozenset[str] = frozenset()
    #: verbs of stopping on the way ("intercept") that tell a disrupted weapons use only when
    #: what they stop is a weapon, not people, a boat or a vehicle (nlp/triggers.py: intercepts_no_weapon)
    interception_verbs: frozenset[str] = frozenset()
    intercepted_weapon_nouns: frozenset[str] = frozenset()
    intercepted_other_nouns: frozenset[str] = frozenset()
    intercepted_craft_nouns: frozenset[str] = frozenset()
    interception_sequel_verbs: frozenset[str] = frozenset()
    materiel_vehicle_nouns: frozenset[str] = frozenset()
    civilian_vehicle_modifiers: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()
    #: prepositions by which a change of territory names the side that lost the ground
    loser_prepositions: frozenset[str] = frozenset()
    loser_preposition_types: frozenset[str] = frozenset()
    #: prepositions (and adverbs making "with" one: "together with") naming a side that acted with the doer
    ally_prepositions: frozenset[str] = frozenset()
    ally_with_adverbs: frozenset[str] = frozenset()
    #: what ties a generic doer to the named group it belongs to ("gunmen from X", "fighters loyal to X")
    affiliation_prepositions: frozenset[str] = frozenset()
    affiliation_words: frozenset[str] = frozenset()
    #: phrases that tell a change of territory happened without fighting ("fell without a fight")
    bloodless_cues: tuple[str, ...] = ()
    #: nouns of a store of weapons ("an arms cache", "a stash of grenades"): the arms in it were found, not used
    weapon_store_nouns: frozenset[str] = frozenset()
    #: verbs and nouns of forces finding, seizing or making safe weapons ("defused a bomb", "the
    #: discovery of 60 IEDs"): the weapons they take hold of were not used
    weapon_find_words: frozenset[str] = frozenset()
    #: words for killing in combat ("neutralised"), besides the toll verbs: see ``killing_verbs``
    fight_kill_verbs: frozenset[str] = frozenset()
    #: nouns of a police or army operation: one that an arrest was made in ("arrested 14 in
    #: raids on shops") is the arrest operation, no attack or clash of its own
    arrest_setting_nouns: frozenset[str] = frozenset()
    #: verbs of firing or striking at people, prepositions and verbs of going that make a
    #: gathering the scene of a shooting ("fired at a rally", "shot as he left a rally"), no protest
    scene_harm_verbs: frozenset[str] = frozenset()
    scene_prepositions: frozenset[str] = frozenset()
    scene_leaving_verbs: frozenset[str] = frozenset()
    #: area nouns ("across the state") and the types whose total over them is an act with the story's place
    spread_unit_nouns: frozenset[str] = frozenset()
    spread_unit_types: frozenset[str] = frozenset()
    #: phrases telling that people held were not seen again ("their whereabouts remain unknown"):
    #: an arrest so told is an enforced disappearance
    disappeared_cues: tuple[str, ...] = ()
    #: verbs that tell a taking of people only by moving them ("led away", "carried off"): done by
    #: state forces with nothing else said, an arrest, not an abduction
    taking_verbs: frozenset[str] = frozenset()
    #: callings of people outside any armed group ("a former lawmaker", "journalists"): arrested, they are civilians
    civilian_office_nouns: frozenset[str] = frozenset()
    speaker_prepositions: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    #: nouns of a route named after its ends ("the X-Y highway"): the ends are landmarks
    route_nouns: frozenset[str] = frozenset()
    #: prepositions of a stretch between two coordinated places ("between X and Y")
    span_prepositions: frozenset[str] = frozenset()
    protest_target_prepositions: frozenset[str] = frozenset()
    unarmed_victim_nouns: frozenset[str] = frozenset()
    armed_victim_nouns: frozenset[str] = frozenset()
    #: armed forces as the doer of a crowd's verb ("fighters marched into the town": no protest)
    armed_doer_nouns: frozenset[str] = frozenset()
    #: words that make people armed doers ("armed men killed seven")
    armed_modifiers: frozenset[str] = frozenset()
    #: a crowd of unarmed people as the doer of a killing ("villagers burned alive a man"): mob violence
    crowd_doer_nouns: frozenset[str] = frozenset()
    flight_verbs: frozenset[str] = frozenset()
    vehicle_prepositions: frozenset[str] = frozenset()
    toll_verbs: frozenset[str] = frozenset()
    #: prepositions whose phrase says what a taking was to someone ("as part of a sweep"), not
    #: which share of the ground was taken
    role_prepositions: frozenset[str] = frozenset()
    #: verbs by which a force only went into a place ("entered"): a fight unless control is stated
    entry_cues: tuple[str, ...] = ()
    #: words that say a place is now held or free ("back under army control", "was liberated")
    control_stated_words: frozenset[str] = frozenset()
    #: prepositions under which such a word tells a contest, not a hold ("battling for control")
    contested_prepositions: frozenset[str] = frozenset()
    toll_prepositions: frozenset[str] = frozenset()
    distance_words: frozenset[str] = frozenset()
    #: nouns that name a country's capital without naming it ("the capital", "the Armenian capital")
    capital_nouns: frozenset[str] = frozenset()
    #: words before such a noun that make it another capital or money ("the provincial capital")
    capital_qualifiers: frozenset[str] = frozenset()
    #: nouns that describe a named place before it ("the capital, X", "the city of X"): a
    #: landmark told as "40 km from the city of X" is still a landmark
    landmark_nouns: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    state_party_nouns: frozenset[str] = frozenset()
    backing_verbs: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    dealing_nouns: frozenset[str] = frozenset()
    state_force_nouns: frozenset[str] = frozenset()
    ongoing_verbs: frozenset[str] = frozenset()
    ongoing_adverbs: frozenset[str] = frozenset()
    witness_verbs: frozenset[str] = frozenset()
    #: words telling how often acts of a kind happen ("kidnappings have become common", "raids
    #: kill hundreds every year"): see ``events.acts.is_generic_statement``
    frequency_words: frozenset[str] = frozenset()
    #: verbs of laying a mine or bomb ("a mine laid by troops", "soldiers planted the bomb"):
    #: their doer is the one who set the explosive, even a state's force
    laying_verbs: frozenset[str] = frozenset()
    #: nouns of a change in how often acts happen ("a spike in kidnappings"): counts, not acts
    trend_nouns: frozenset[str] = frozenset()
    #: aggregate cues followed by their stretch of time ("over the past"): see ``events.acts.is_aggregate``
    open_period_cues: tuple[str, ...] = ()
    #: words whose "for" names a habit ("notorious for", "known for"), and verbs of blame whose
    #: "for" does so unless the act has its own time or place ("criticised for using barrel bombs")
    reputation_words: frozenset[str] = frozenset()
    #: words that restrict what an act hits ("used only against legitimate targets"): in a reported
    #: claim with no place of its own, they tell a practice, not an act (``events.acts.is_claimed_practice``)
    restriction_words: frozenset[str] = frozenset()
    #: "if"/"unless" opening a condition, and the verbs after which "if" asks whether instead
    conditional_marks: frozenset[str] = frozenset()
    #: phrases right before an act that tell it was passed over for another ("instead of storming X")
    forgone_phrases: tuple[str, ...] = ()
    question_verbs: frozenset[str] = frozenset()
    censure_verbs: frozenset[str] = frozenset()
    hedging_verbs: frozenset[str] = frozenset()
    perception_verbs: frozenset[str] = frozenset()
    defence_verbs: frozenset[str] = frozenset()
    #: verbs that hold an attack off only with a particle ("pushed back", "fought off"), and the particles
    defence_particle_verbs: frozenset[str] = frozenset()
    defence_particles: frozenset[str] = frozenset()
    held_off_nouns: frozenset[str] = frozenset()
    #: verbs of ground changing hands whose "to" names the side that took it ("fell to the rebels")
    fallen_to_verbs: frozenset[str] = frozenset()
    #: words of moving on a place ("advancing towards X", "a push towards X"): X is no landmark
    approach_heads: frozenset[str] = frozenset()
    #: people attacked standing up to their attackers ("villagers confronted the raiders"):
    #: verbs with their subjects, and phrases true whoever says them ("fought back")
    resistance_verbs: frozenset[str] = frozenset()
    resistance_phrases: tuple[str, ...] = ()
    resisting_subject_nouns: frozenset[str] = frozenset()
    #: what a side killed in a battle tried to do: an assault (it attacked) or a stopping (it defended)
    attempt_verbs: frozenset[str] = frozenset()
    assault_verbs: frozenset[str] = frozenset()
    #: assaults that, only tried ("tried to storm the airport"), were still made
    attempted_assault_verbs: frozenset[str] = frozenset()
    #: round-ups that irregular armed doers make, or that a killing follows, are no arrests
    roundup_verbs: frozenset[str] = frozenset()
    roundup_harm_verbs: frozenset[str] = frozenset()
    irregular_armed_nouns: frozenset[str] = frozenset()
    stopping_verbs: frozenset[str] = frozenset()
    #: verbs of a side moving on the other's ground ("the rebels advanced on the town"): it attacked
    advance_verbs: frozenset[str] = frozenset()
    venue_words: frozenset[str] = frozenset()
    dispersal_verbs: frozenset[str] = frozenset()
    force_verbs: frozenset[str] = frozenset()
    border_nouns: frozenset[str] = frozenset()
    #: head words of the names of groups, operations, laws ("Movement", "Operation", "Convention")
    name_heads: frozenset[str] = frozenset()
    #: small words between a name's capitalised words ("of", "for", "the")
    name_connectors: frozenset[str] = frozenset()
    #: verbs of a beginning ("the war started", "began shelling"): see ``events.acts.is_onset``
    onset_verbs: frozenset[str] = frozenset()
    #: verbs of an outbreak in a "since" clause ("killed since clashes broke out in May"): the
    #: start of the violence a toll is counted from, see ``events.acts.is_onset``
    outbreak_verbs: frozenset[str] = frozenset()
    #: verbs of sliding "into" fighting ("tensions exploded into open fighting", "the country
    #: descended into war"): the onset of a war, see ``events.acts.is_onset``
    descent_verbs: frozenset[str] = frozenset()
    #: participles that describe a group's arms ("armed with grenades", "carrying rockets"): see
    #: ``nlp.triggers.carried_as_arms``
    armament_verbs: frozenset[str] = frozenset()
    #: verbs whose object is an earlier or later act ("the raid followed clashes on Monday"):
    #: a date in that object is the other act's
    sequence_verbs: frozenset[str] = frozenset()
    #: sequence verbs whose object came first ("followed"): the act told with them lies between
    #: that act's day and the report's (an "after" clause's day is passed over, not a bound)
    later_sequence_words: frozenset[str] = frozenset()
    #: verbs and adjectives whose "to" infinitive happened ("managed to", "continued to", "was able to")
    realised_to_verbs: frozenset[str] = frozenset()
    #: "governor preposition" pairs that name an earlier act as what a later one is about
    #: ("arrest for", "connection with", "accuse of"): see ``events.retold``
    cause_links: frozenset[str] = frozenset()
    #: words that make a strike two-sided ("traded fire", "shelled each other"): both doers are sides
    two_sided_words: tuple[str, ...] = ()
    #: marks that close or continue a phrase, so never begin a sentence ("," ")" "”"), and the
    #: straight quotes that close one when glued to the word before (see ``nlp.paragraphs``)
    closing_marks: frozenset[str] = frozenset()
    glued_closing_quotes: frozenset[str] = frozenset()
    #: prepositions of the airspace an interception tally is spread over ("shot down 30 drones
    #: over the X, Y and Z regions"): one tally, not an interception at each place
    airspace_prepositions: frozenset[str] = frozenset()
    #: sub-event types whose places after such a preposition are one airspace, not sites
    airspace_tally_types: frozenset[str] = frozenset()
    #: "the two communities", "rival gangs", "gunmen of two clans": a battle whose sides
    #: the sentence counts as two of one kind (quantifier words, then the kind nouns)
    same_kind_quantifiers: frozenset[str] = frozenset()
    same_kind_nouns: frozenset[str] = frozenset()
    #: words after a count of the dead that name at least half of it ("most of them police
    #: officers", "mainly soldiers"): a force so named is who the act hit
    majority_share_cues: tuple[str, ...] = ()
    #: words that tell an act as one more beside one told before ("also struck", "another village")
    added_act_cues: tuple[str, ...] = ()
    #: words of an accusation ("on suspicion of", "accused of") and the -ing words of backing a
    #: group that may follow ("supporting", "spying for"): people so held are its suspected backers
    accusation_words: tuple[str, ...] = ()
    backing_words: tuple[str, ...] = ()
    #: a riot's acts as what people are held for ("on suspicion of violent disorder", "for
    #: rioting"): people so held are rioters
    riot_offence_words: tuple[str, ...] = ()
    #: short words that put a riot's act as what people are held for ("arrested for looting")
    held_for_words: tuple[str, ...] = ()
    #: nouns of a whole settlement ("the Y town of X": X lies in Y), not of a part of one
    #: ("the Y district of X": Y lies in X); see ``nlp.place_reading.container``
    whole_settlement_nouns: frozenset[str] = frozenset()

    @property
    def killing_verbs(self) -> frozenset[str]:
        """The one list of verbs of killing or wounding: the toll verbs and the combat words
        ("neutralised"). An arrest joined to one ("killed two and arrested three") is made in
        that fight; a round-up joined to one ("rounded up and slaughtered") took captives."""
        return self.toll_verbs | self.fight_kill_verbs


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Every field of :class:`Cues` from the key of that name in ``data/cues.json``, as the
    field's type (a frozenset of words or a tuple of phrases); keys of fields with a default
    may be absent."""
    raw = json.loads(resources.files("sitrep.nlp").joinpath("data/cues.json").read_text())
    values = {}
    for f in fields(Cues):
        make = frozenset if str(f.type).startswith("frozenset") else tuple
        values[f.name] = make(raw[f.name] if f.default is MISSING else raw.get(f.name, ()))
    return Cues(**values)


@lru_cache(maxsize=64)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p.strip()) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


#: A credit at the end of a paragraph: "[File Photo: AFP]", "{Getty}", "/ Supplied", "Photo: AFP",
#: "Picture: Reuters", "Image: X/AFP", "Credit: AFP Photo".
#: A source in round brackets ("... said. (Xinhua)") ends many news paragraphs, so only a
#: bracketed credit that says "photo" counts there.
_CREDIT_TAIL = re.compile(r"(?:[\[{]([^\[\]{}]{1,40})[\]}]|\(([^()]{0,30}photo[^()]{0,30})\)"
                          r"|(?:^|\s)/\s*([^/\n]{1,30})|(?:photo|picture|image|credit)\s*:\s*([^:\n]{1,30}))\s*$", re.IGNORECASE)
#: The last characters of a stripped paragraph that ends with a bracketed credit (the search
#: tries the whole pattern at every character, and most paragraphs hold no credit at all).
_CREDIT_ENDS = ("]", "}", ")")


def is_photo_caption(paragraph: str) -> bool:
    """True when a paragraph ends with a photo credit: a picture's caption retells or recalls
    an event ("an injured woman receives care at a clinic in X"), it never reports
    one of its own, and its place is where the picture was taken."""
    paragraph = paragraph.strip()
    if not (paragraph.endswith(_CREDIT_ENDS) or "/" in paragraph or ":" in paragraph):
        return False  # every credit ends with a bracket or holds a slash or colon: no search
    found = _CREDIT_TAIL.search(paragraph)
    if found is None:
        return False
    credit = next(g for g in found.groups() if g is not None)
    return found.group(0).strip().lower().startswith("photo") or contains_phrase(credit, load_cues().caption_credits)


def find_phrases(text: str, phrases: Iterable[str]) -> list[re.Match[str]]:
    """Every whole-word occurrence of the cue phrases in ``text``, in order."""
    phrases = tuple(phrases)
    return list(_phrase_pattern(phrases).finditer(text)) if phrases else []


def contains_phrase(text: str, phrases: Iterable[str]) -> bool:
    """True when one of the cue phrases occurs in ``text`` as whole words ("day after" is not
    found in "Sunday after", "% of" is found in "40% of")."""
    phrases = tuple(phrases)
    return bool(phrases) and _phrase_pattern(phrases).search(text) is not None
