"""Merging the repeated mentions of one event inside an article: the headline, the lead and the
body tell it again, "the attack" refers back to it.

Everything here reads plain :class:`~sitrep.events.mention.EventMention` data, never the Doc:
the tests of compatibility (:func:`same_kind`, :func:`same_day`, :func:`same_place`,
:func:`compatible`) are written so that a cross-article incident layer can reuse them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sitrep.events.kinds import CROWD_TYPES, GENERIC_TYPES, KILLING_EVENT_TYPES, ORGANISED_ARMED_TYPES, PART_TYPES, RETOLD_TYPES, TERRITORY_TYPES
from sitrep.events.mention import LOCATION_FLAGS, LOOSE_DATE_FLAGS, EventMention, Flag, unnamed_flag
from sitrep.events.named_side import generic_group, names_generic_side
from sitrep.geo.distance import haversine_km
from sitrep.geo.normalize import norm_key
from sitrep.model import Fatalities, Place
from sitrep.nlp.arguments import PRECISION_RANK
from sitrep.nlp.casualties import counted_vaguely, toll_sides
from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.cues import contains_phrase, load_cues
from sitrep.nlp.dates import names_a_day

#: Two loosely dated tellings (publication or statement date) further apart are two events.
LOOSE_DATE_DAYS = 4
COARSE_PRECISIONS = frozenset({"country", "admin1"})
#: Precisions of a place below its province: a town, or a region such as a district.
LOCAL_PRECISIONS = frozenset({"town", "region"})
#: Two towns that their own sentences name further apart than this are two places, in one province too.
DISTINCT_TOWNS_KM = 25.0
#: Flags of a place that its sentence does not name itself (context, article, landmark, stand-in).
GUESSED_PLACE_FLAGS = LOCATION_FLAGS | {Flag.LOCATION_LANDMARK, Flag.LOCATION_FROM_ARTICLE}
#: Flags of a place taken from the sentences around or the article, the sentence naming none.
UNSTATED_PLACE_FLAGS = frozenset({Flag.LOCATION_FROM_CONTEXT, Flag.LOCATION_FROM_ARTICLE})
#: Prepositions a trigger's words may end with ("strikes on").
RETELLING_PREPOSITIONS = frozenset({"on", "in", "at", "against", "of"})
#: Event types of a crowd's acts and of the force used on it, whose phases an article tells apart.
CROWD_EVENT_TYPES = frozenset({"protests", "riots"})
#: Organised armed actors that are not the state's: their acts are never a crowd's.
NON_STATE_ARMED_TYPES = ORGANISED_ARMED_TYPES - {"state_forces"}
#: Event types of armed violence (a fight, a blast, an attack on civilians), which a crowd does not carry out.
ARMED_ACT_TYPES = KILLING_EVENT_TYPES - CROWD_EVENT_TYPES


def spans_provinces(place: Place) -> bool:
    """A named region in no one province ("Sinai", "Darfur", "Nagorno-Karabakh"): as coarse as a
    province, it may hold any town of its country told by a retelling."""
    return place.precision == "region" and place.admin1 is None


def coarse(place: Place) -> bool:
    """A country, a province or a region wider than one province: a retelling may name a town in it."""
    return place.precision in COARSE_PRECISIONS or spans_provinces(place)


def place_key(place: Place | None) -> tuple:
    """What makes two places one place for merging: country and gazetteer name."""
    if place is None:
        return (None,)
    return (place.country, place.name)


def opponent_kind(mention: EventMention) -> str | None:
    """Who was hit: "civilians", an organised armed actor ("armed"), or unknown (None)."""
    if mention.actor2 is None:
        return None
    if mention.actor2.type == "civilians":
        return "civilians"
    return "armed" if mention.actor2.type in ORGANISED_ARMED_TYPES else None


def retold_attack(a: EventMention, b: EventMention) -> bool:
    """A clash and an attack can be one event told twice (a headline's "attack" that the body
    shows to be a massacre), but not when one hits civilians and the other is fought against
    an armed opponent: "villagers were killed after fighting between the army and rebels"."""
    if {a.sub_event_type, b.sub_event_type} != RETOLD_TYPES:
        return False
    kinds = {opponent_kind(a), opponent_kind(b)}
    if "civilians" in kinds and (fought(a) or fought(b)):
        return False  # fighting in a village is no retelling of the massacre of its people
    return kinds != {"civilians", "armed"}


def fought(mention: EventMention) -> bool:
    """A clash told by a word of fighting between two sides ("clashes", "a gunfight"), which an
    attack on people who could not fight back is not (``cues.json``: ``reciprocal_triggers``)."""
    trigger = getattr(mention, "trigger", None)  # stored events (incidents) carry no trigger
    if mention.sub_event_type != "armed_clash" or trigger is None:
        return False
    return has_reciprocal_word(trigger.text)


def has_reciprocal_word(text: str) -> bool:
    """A word of fighting between two sides in ``text`` ("clashes", "fighting"; ``cues.json``:
    ``reciprocal_triggers``)."""
    words = load_cues().reciprocal_triggers
    return any(w in words or w.endswith(("s", "d")) and w[:-1] in words or w.endswith(("es", "ed")) and w[:-2] in words
               for w in re.findall(r"[a-z]+", text.lower()))  # "clashes", "battled"; not "fighter"


def part_of(part: EventMention, whole: EventMention) -> bool:
    """Houses burned during a raid, looting in a riot, arrests at a dispersed protest: such a
    mention is part of the event whose type absorbs it (codebook ``absorbs``), told in another
    sentence. Where the codebook says so (``absorbs_without_toll``), one told before the whole
    with its own dead counted is not: a raid that killed 20 and abducted others is two events,
    also when a headline told the abduction first; a captive shot as he fled, told after his
    abduction, belongs to it."""
    kind = part_kind(part)
    if kind not in PART_TYPES or kind == "arrests" and getattr(part, "holds_suspects", False):
        return False  # the arrest of those accused of the riot is an investigation of its own
    if kind == "arrests" and held_on_a_later_day(part, whole):
        return False  # "on Friday police said they had arrested 31 people": a round-up after the riot
    if getattr(part, "told_apart", False) and not getattr(whole, "told_apart", False):
        return False  # "a day after the ambush, granaries were looted", "the herders hit back and torched a depot"
    entry = load_codebook().entry(whole.sub_event_type)
    if kind in entry.absorbs_without_toll and counts_dead(part) \
            and (part.sentence.start_char <= whole.sentence.start_char or part.raid_killing):
        return False  # a killing its own sentence tells beside the taking: a headline's abduction holds neither
    return kind in entry.absorbs or kind in entry.absorbs_materiel and getattr(part, "materiel", False)


def held_on_a_later_day(arrest: EventMention, whole: EventMention) -> bool:
    """Arrests dated to a day after the day of the protest or riot they might belong to: NOTES
    keep arrests made during it in its event, but a distinct arrest operation (the round-up of
    looters the next day, or the total police give by a later day) is an `arrests` event of its
    own. A date the arrest takes from the page or the story has no day of its own."""
    if whole.date_precision != "day" or not arrest.date or not whole.date \
            or {Flag.DATE_FROM_PUBLICATION, Flag.DATE_FROM_CONTEXT} & arrest.flags:
        return False  # no day of its own: nothing says when the arrests were made
    if getattr(arrest, "beside_crowd", True):  # stored events (incidents) keep no sentence
        return False  # "said on Tuesday they had arrested 52 people during the riot"
    return arrest.date > whole.date


def counts_dead(mention: EventMention) -> bool:
    """Whether the mention tells dead of its own, by a figure or by a vague word ("killed 12",
    "slaughtered dozens of villagers", "killing some patients"): NOTES code a raid that kills some
    and abducts others as two events, however the dead are counted. A told zero is no dead.
    Stored events (the incident layer) keep no toll span: only their figure counts."""
    best, told = mention.fatalities.best, getattr(mention, "fatalities_evidence", None)
    return bool(best) or best is None and told is not None and counted_vaguely(told.text)


def told_apart_of_kind(event: EventMention, mention: EventMention) -> bool:
    """An event of the mention's own type that its sentence told apart from the act it might
    have been part of ("the herders retaliated and torched a depot"): "the depot was set alight
    in X", told after it, retells it rather than the attack it answered."""
    return event.sub_event_type == mention.sub_event_type and part_kind(mention) in PART_TYPES \
        and getattr(event, "told_apart", False)


def part_kind(mention: EventMention) -> str:
    """The type a mention has as a possible part of another event: a clash that names no one on
    the other side ("gunmen stormed the compound", told beside the abduction of the people in
    it) is the assault of that act, as an attack would be; one fought against a named side
    ("police fought the kidnappers") is a battle of its own."""
    if mention.sub_event_type == "armed_clash" and mention.actor2 is None \
            and getattr(mention, "trigger", None) is not None and not fought(mention):
        return "attack"
    return mention.sub_event_type


def generic_retelling(generic: EventMention, event: EventMention) -> bool:
    """ "An attack that hit the town on Tuesday" beside the air strike on it, "attacked the base"
    beside its capture: a word that names the act only in general (codebook ``generic_phrases``)
    retells an act of one of its entry's ``generic_retells`` on the same day — unless it counts
    dead of its own or names another perpetrator ("an air strike on the rebels after they attacked
    a patrol" tells two acts; codebook ``toll_retells`` lists the acts it retells even so, where an
    unnamed group on either side of it is no other perpetrator beside one of unnamed men). Any
    word of its type retells those of its entry's ``wholly_retells`` ("battled their way into a village" beside its capture) when told at the same town and not as
    fighting resumed or renewed. (Whether the two share a place is :func:`compatible`'s to test.)"""
    trigger = getattr(generic, "trigger", None)  # stored events (incidents) carry no trigger
    if trigger is None or not generic.date or generic.date != event.date:
        return False
    entry = load_codebook().entry(generic.sub_event_type)
    if event.sub_event_type not in entry.generic_retells or (
            generic.fatalities.best and event.sub_event_type not in entry.toll_retells):
        return False
    if not _general_words(trigger.text, entry.generic_phrases) and (
            event.sub_event_type not in entry.wholly_retells or generic.renewed or not same_town(generic, event)):
        return False
    if not _named_actor1(generic) or event.actor1 is None or generic.actor1.name == event.actor1.name:
        return True
    return event.sub_event_type in entry.toll_retells and generic_group(event.actor1) and (
        generic_group(generic.actor1) or generic_group(generic.actor2))


def _general_words(text: str, generic: tuple[str, ...]) -> bool:
    """The trigger is a generic word, or a phrase that opens with one ("opened fire on police":
    the shooting names no act of its own beside the suicide bombing it was part of)."""
    low = text.lower()
    return low in generic or " ".join(low.split()[:2]) in generic


def same_town(a: EventMention, b: EventMention) -> bool:
    """Both told at one town: fighting told only for a province or region beside the capture
    of a town in it ("the region that saw clashes") may be fought elsewhere in it."""
    la, lb = a.location, b.location
    return la is not None and lb is not None and la.precision == lb.precision == "town" \
        and place_key(la) == place_key(lb)


def same_kind(a: EventMention, b: EventMention) -> bool:
    """The same type of action: the same sub-type, the generic clash/attack words as one, the two
    territory changes, a part and its whole, a generic word that retells a specific act, or a
    codebook refinement of the other."""
    book = load_codebook()
    return a.sub_event_type == b.sub_event_type or retold_attack(a, b) \
        or {a.sub_event_type, b.sub_event_type} == TERRITORY_TYPES or part_of(a, b) or part_of(b, a) \
        or generic_retelling(a, b) or generic_retelling(b, a) \
        or book.refines(a.sub_event_type, b.sub_event_type) or book.refines(b.sub_event_type, a.sub_event_type)


def loosely_dated(a: EventMention, b: EventMention) -> bool:
    """Whether either mention's date is only a bound (publication or statement date)."""
    return bool(LOOSE_DATE_FLAGS & a.flags) or bool(LOOSE_DATE_FLAGS & b.flags)


def same_day(a: EventMention, b: EventMention) -> bool:
    """The same day, or (one loosely dated) days at most ``LOOSE_DATE_DAYS`` apart."""
    fallback = loosely_dated(a, b)
    if a.date != b.date and not fallback:
        return False
    if fallback and a.date and b.date:
        if abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) > LOOSE_DATE_DAYS:
            return False
    return True


def same_place(a: EventMention, b: EventMention) -> bool:
    """The same place, or one of them missing, or one a coarser area (the country, a province,
    a region across provinces) that can hold the other: a town of another province, or another
    province, is another place."""
    if a.location is None or b.location is None:
        return True
    if Flag.LOCATION_APPROXIMATE in a.flags and Flag.LOCATION_APPROXIMATE in b.flags and \
            (a.location.mention or "").lower() != (b.location.mention or "").lower():
        return False  # two places the gazetteer lacks, both stood in for by the same known place
    if place_key(a.location) == place_key(b.location):
        return True
    if district_holds(a, b) or district_holds(b, a):
        return True  # "a blast in X district", then "the bomber struck at 4 pm" in the article's town of X
    if article_stand_in(a, b) or article_stand_in(b, a):
        return True  # "an attack in western X" at the article's main town, then the body's town of X
    if loosely_dated(a, b) and a.location.admin1 and a.location.admin1 == b.location.admin1 \
            and not distinct_towns(a, b) and not distinct_districts(a, b):
        return True  # an undated retelling (headline) of the dated event in the same province
    la, lb = a.location, b.location
    if la.country != lb.country:
        return False
    return coarse(lb) and inside(la, lb) or coarse(la) and inside(lb, la)


def district_holds(district: EventMention, town: EventMention) -> bool:
    """Whether ``district`` is told at a district (admin2 unit) and ``town`` at a town of that
    district that its own sentence does not name (taken from the article or its context)."""
    d, t = district.location, town.location
    return d is not None and t is not None and d.precision == "region" and t.precision == "town" \
        and d.admin2 is not None and d.country == t.country and d.admin2 == t.admin2 \
        and bool(UNSTATED_PLACE_FLAGS & town.flags) and not UNSTATED_PLACE_FLAGS & district.flags


def article_stand_in(first: EventMention, later: EventMention) -> bool:
    """Whether ``first`` (a headline or lead) stands at the article's main place only in lieu of
    a vaguer place its own words name ("in western X", "a village of Y territory"), and ``later``,
    told further down in the same country, has a place of its own or of the sentences around:
    the stand-in says nothing of where the act was, so the later telling may say it.
    Only a stand-in of the headline or lead (``in_lead``), and not when the later telling is told
    as one more act ("drones also struck X", "raided another village": :func:`told_as_more`) or
    counts other dead than the stand-in ("killing five" above "killing two" at X)."""
    f, t = first.location, later.location
    return f is not None and t is not None and f.country == t.country and first.in_lead \
        and first.sentence.start_char < later.sentence.start_char \
        and Flag.LOCATION_FROM_ARTICLE in first.flags and Flag.LOCATION_FROM_CONTEXT not in first.flags \
        and Flag.LOCATION_FROM_ARTICLE not in later.flags \
        and not told_as_more(later) and not other_toll(first, later)


def told_as_more(mention: EventMention) -> bool:
    """Told as another act (:func:`told_as_another`), or as one more beside the act told before
    by a word of its clause (cues.json ``added_act_cues``: "also", "another") before the trigger
    or among the few words after it ("struck X too", "raided another village")."""
    trigger = getattr(mention, "trigger", None)
    if trigger is None:
        return False
    if told_as_another(mention):
        return True
    start = mention.sentence.start_char
    before = mention.sentence.text[:max(0, trigger.start_char - start)]
    after = " ".join(mention.sentence.text[trigger.end_char - start:].split()[:ADDED_ACT_WINDOW])
    cues = load_cues().added_act_cues
    return contains_phrase(before.lower(), cues) or contains_phrase(after.lower(), cues)


#: Words after the trigger in which an "another"/"too" still tells of it ("raided another village").
ADDED_ACT_WINDOW = 4


def other_toll(a: EventMention, b: EventMention) -> bool:
    """Both count their dead, and the figures differ: not a running total raising the first."""
    x, y = a.fatalities.best, b.fatalities.best
    return bool(x) and bool(y) and x != y and not (a.running_toll or b.running_toll)


def distinct_towns(a: EventMention, b: EventMention) -> bool:
    """Two towns, each named by its own sentence, far apart ("X was retaken; other towns were
    retaken on Saturday, including Y"): two places even in one province, whatever the dates."""
    if a.location is None or b.location is None or GUESSED_PLACE_FLAGS & (a.flags | b.flags):
        return False
    la, lb = a.location, b.location
    if la.precision != "town" or lb.precision != "town" or None in (la.lat, la.lon, lb.lat, lb.lon):
        return False
    if names_its_province(la) or names_its_province(lb):
        return False  # "Yemen's Hajjah" may be the province, which holds the other town
    return haversine_km(la.lat, la.lon, lb.lat, lb.lon) > DISTINCT_TOWNS_KM


def distinct_districts(a: EventMention, b: EventMention) -> bool:
    """Two places below their province, each named by its own sentence, in two districts (admin2
    units), one of them told as another act ("in a separate incident in Y district", "another raid
    on a village of Y"): two acts, however loosely either is dated. Without such words a district
    may only be the wider area of the other place's act. Not a telling dated only by the page (a
    headline: "two more held over the X attack" names the place of the act it recalls), and not a
    town that shares its province's name (it may mean the province)."""
    if a.location is None or b.location is None or GUESSED_PLACE_FLAGS & (a.flags | b.flags) \
            or Flag.DATE_FROM_PUBLICATION in a.flags | b.flags:
        return False
    if not any(Flag.TOLD_SEPARATELY in m.flags or told_as_more(m) for m in (a, b)):
        return False
    la, lb = a.location, b.location
    if la.precision not in LOCAL_PRECISIONS or lb.precision not in LOCAL_PRECISIONS:
        return False
    if not la.admin2 or not lb.admin2 or norm_key(la.admin2) == norm_key(lb.admin2):
        return False
    return not (names_its_province(la) or names_its_province(lb))


def names_its_province(place: Place) -> bool:
    """A town that shares its name with its province ("Hajjah", "Kandahar"): the words may
    mean either."""
    if not place.admin1:
        return False
    province = norm_key(place.admin1)
    return any(norm_key(name) in province for name in (place.name, place.mention) if name)


def district_of_province(district: Place, place: Place) -> bool:
    """Whether ``district`` is a district (admin2 unit) of the province that ``place`` may mean:
    a town or area that shares its province's name ("clashes in X", then "in X's district of
    Y"). The district is the more precise place of the event, though the town ranks finer."""
    return place.precision != "country" and another_district_of_its_province(district, place) \
        and may_mean_province(place)


def guessed_over_district(keep: EventMention, other: EventMention) -> bool:
    """A district its sentence names for the event, and a retelling placed only by the article
    or the sentences around at another place of that province (the article's town): the guess
    never replaces the district."""
    d, o = keep.location, other.location
    return d is not None and o is not None and not GUESSED_PLACE_FLAGS & keep.flags \
        and bool(UNSTATED_PLACE_FLAGS & other.flags) and another_district_of_its_province(d, o)


def another_district_of_its_province(district: Place, place: Place) -> bool:
    """``district`` is a district (admin2 unit) of the province ``place`` lies in, and not the
    one ``place`` lies in: the test both :func:`district_of_province` and
    :func:`guessed_over_district` share."""
    return district.precision == "region" and district.admin2 is not None and district.admin1 is not None \
        and district.country == place.country and district.admin1 == place.admin1 \
        and district.admin2 != place.admin2


def may_mean_province(place: Place) -> bool:
    """A province, a town that shares its province's name, or a place told as "X province"
    (``cues.json``: ``province_nouns``) whatever the gazetteer made of X."""
    words = re.findall(r"[a-z]+", (place.mention or "").lower())
    return place.precision == "admin1" or names_its_province(place) \
        or bool(words) and words[-1] in load_cues().province_nouns


def compatible(a: EventMention, b: EventMention) -> bool:
    """Two mentions of one event: same type of action (the generic clash/attack words count as
    one), same day (or one of them undated), same place (or one of them coarser), both told
    across the country or neither."""
    if not same_kind(a, b) or a.background != b.background and not recalled_news(a, b):
        return False
    if other_phase(a, b) or crowd_beside_armed_group(a, b) or crowd_beside_armed_group(b, a):
        return False
    if (Flag.NATIONWIDE in a.flags) != (Flag.NATIONWIDE in b.flags):
        return False  # protests across the country are not the rally at one of its towns
    return (same_day(a, b) or reported_next_day(a, b) or reported_next_day(b, a)) and same_place(a, b)


def crowd_beside_armed_group(crowd: EventMention, act: EventMention) -> bool:
    """A crowd's protest or riot and the act of a non-state armed group (rebels, a militia) are two
    events: the stones thrown at police in a protest "against the killings" are not the massacre
    that caused it, though the codebook lets a riot refine an attack."""
    return crowd.event_type in CROWD_EVENT_TYPES and crowd.actor1 is not None and crowd.actor1.type in CROWD_TYPES \
        and act.event_type in ARMED_ACT_TYPES and act.actor1 is not None \
        and act.actor1.type in NON_STATE_ARMED_TYPES


def other_phase(a: EventMention, b: EventMention) -> bool:
    """Two kinds of crowd act (a march, its dispersal, a riot) told on two days that the text
    names ("a silent march on Friday" beside the clashes of Saturday, the dispersal of Tuesday's
    rally beside the shooting at Monday's), or days apart however dated (a statement's day, a
    date from the sentences around): a part or a refinement of an act happens on its day, so
    another day tells another phase of the episode. Not a day only bounded by the page's."""
    if a.sub_event_type == b.sub_event_type or not a.date or not b.date or a.date == b.date \
            or not {a.event_type, b.event_type} <= CROWD_EVENT_TYPES:
        return False
    if named_day(a) and named_day(b):
        return True
    return days_apart(a, b) > 1 and Flag.DATE_FROM_PUBLICATION not in a.flags | b.flags


def named_day(mention: EventMention) -> bool:
    """Whether the mention is dated to a day that the text names, in its own sentence or the
    sentences around (not the publication's or a statement's day)."""
    return mention.date_precision == "day" and not {Flag.DATE_FROM_PUBLICATION, Flag.DATE_FROM_STATEMENT} & mention.flags


def reported_next_day(report: EventMention, act: EventMention) -> bool:
    """ ``report`` dated by other words of its sentence than its trigger's (a statement's or a later
    state's day: "officials on Friday disclosed the detention", "the country was tense on Tuesday after
    troops fired on protesters") a day after ``act`` of the same type, which its own words date:
    the act told again on the day it was reported (whether the places agree is :func:`same_place`'s
    to test). Not an act told as another or as renewed ("another three were held on Saturday")."""
    if not report.dated_by_other_words or act.dated_by_other_words or not report.date or not act.date:
        return False
    if report.sub_event_type != act.sub_event_type or act.date_precision != "day":
        return False
    if report.renewed or act.renewed or LOOSE_DATE_FLAGS & (report.flags | act.flags) \
            or Flag.TOLD_SEPARATELY in report.flags | act.flags:
        return False
    return (dt.date.fromisoformat(report.date) - dt.date.fromisoformat(act.date)).days == 1


def recalled_news(a: EventMention, b: EventMention) -> bool:
    """One told as news, the other as context by a cue of its sentence ("a day after 80 died in
    the drone strike", "ten mourners perished following an air raid") yet dated within a day of it
    (the same day, or a day apart with one date only a bound or a report's: :func:`reported_next_day`):
    the news event retold, not an earlier one. Not when the context one is told as another act ("in another raid", cues.json
    ``other_event_recall_cues``), nor at another town, nor when both days are the texts' own."""
    if not a.date or not b.date:
        return False
    recalled = a if a.background else b
    if told_as_another(recalled):
        return False
    la, lb = a.location, b.location
    if la is not None and lb is not None and la.precision == lb.precision == "town" and place_key(la) != place_key(lb):
        return False
    apart = days_apart(a, b)
    return apart == 0 or apart == 1 and (loosely_dated(a, b) and not (LOOSE_DATE_FLAGS & a.flags and LOOSE_DATE_FLAGS & b.flags)
                                         or reported_next_day(a, b) or reported_next_day(b, a))


def told_as_another(mention: EventMention) -> bool:
    """Whether words before the trigger in its sentence tell the act as another than one told
    already ("in another raid", "a similar attack"): cues.json ``other_event_recall_cues``."""
    trigger = getattr(mention, "trigger", None)  # stored events (incidents) carry no trigger
    if trigger is None:
        return False
    before = mention.sentence.text[:max(0, trigger.start_char - mention.sentence.start_char)]
    return contains_phrase(before.lower(), load_cues().other_event_recall_cues)


def _named_actor1(mention: EventMention) -> bool:
    return mention.actor1 is not None and Flag.ACTOR1_UNNAMED not in mention.flags


def _dated_in_own_words(mention: EventMention) -> bool:
    """Whether the mention's date comes from words of its own sentence ("said on Saturday")."""
    ev = mention.date_evidence
    return ev is not None and mention.sentence.start_char <= ev.start_char < mention.sentence.end_char


def _sides_dead(keep: EventMention, other: EventMention) -> bool:
    """Whether two tellings of one event count the dead of different sides ("four border guards
    died" ... "nine raiders were shot dead in the firefight that followed"): NOTES sums the
    tolls of all sides of an event. Only one toll names the attackers; equal figures or a running
    total are more likely the same dead told again, and a toll of both sides is whole."""
    a, b = keep.fatalities_evidence, other.fatalities_evidence
    if a is None or b is None or keep.fatalities.best is None or other.fatalities.best is None:
        return False
    if keep.sides_summed or other.sides_summed or keep.running_toll or other.running_toll:
        return False
    if keep.fatalities.best == other.fatalities.best or a.start_char < b.end_char and b.start_char < a.end_char:
        return False
    return {toll_sides(a.text), toll_sides(b.text)} == {frozenset({"attackers"}), frozenset({"others"})}


def _summed(a: Fatalities, b: Fatalities) -> Fatalities:
    """Two sides' tolls added up; a bound of one side stands for its figure in the other's sum."""
    low = (a.best if a.low is None else a.low) + (b.best if b.low is None else b.low) \
        if a.low is not None or b.low is not None else None
    high = (a.best if a.high is None else a.high) + (b.best if b.high is None else b.high) \
        if a.high is not None or b.high is not None else None
    return Fatalities(a.best + b.best, low, high)


def merge_into(keep: EventMention, other: EventMention) -> None:
    """Fold a repeat mention into the kept event: prefer the more precise value of each field."""
    keep.rival_crowds = keep.rival_crowds or other.rival_crowds
    keep.weak = keep.weak and other.weak
    only_published = Flag.DATE_FROM_PUBLICATION in keep.flags  # its telling says nothing of when it was
    page_day = (keep.date, keep.date_precision)
    keep.background = keep.background and other.background  # news once told as news
    if load_codebook().refines(other.sub_event_type, keep.sub_event_type) or (
            other.anaphoric and keep.sub_event_type in GENERIC_TYPES and other.sub_event_type not in GENERIC_TYPES
            and other.event_type != "strategic_developments"):
        keep.sub_event_type, keep.event_type = other.sub_event_type, other.event_type
    loose_dates = LOOSE_DATE_FLAGS
    # a dated report replaces an undated telling (headline) — unless it only refers back
    # (never a photo caption: its day is the picture's)
    dated_report = bool(loose_dates & keep.flags) and not loose_dates & other.flags and not other.anaphoric \
        and Flag.PHOTO_CAPTION not in other.flags
    if part_of(keep, other) or generic_retelling(keep, other):  # the headline's "burned" was the riot told below
        keep.sub_event_type, keep.event_type = other.sub_event_type, other.event_type
    if {keep.sub_event_type, other.sub_event_type} == TERRITORY_TYPES and (dated_report or _named_actor1(
            other) and not _named_actor1(keep)):  # who took the town: the report that dates it or names them
        if keep.sub_event_type != other.sub_event_type and _named_actor1(other):
            # the sub-type says who took it: the sides go with it (never one side's type, the other's names)
            keep.actor1, keep.actor1_evidence = other.actor1, other.actor1_evidence
            keep.actor2, keep.actor2_evidence = other.actor2, other.actor2_evidence
        keep.sub_event_type = other.sub_event_type
    elif {keep.sub_event_type, other.sub_event_type} == TERRITORY_TYPES and not _dated_in_own_words(keep) \
            and _dated_in_own_words(other) and _named_actor1(other) and not other.anaphoric:
        # a telling with no date of its own (a headline: "X says Y retaken as Z overruns ...")
        # beside the dated statement that tells who took the town: the statement's sides and sub-type
        keep.sub_event_type = other.sub_event_type
        keep.actor1, keep.actor1_evidence = other.actor1, other.actor1_evidence
        keep.actor2, keep.actor2_evidence = other.actor2, other.actor2_evidence
    keep.evidence.extend(e for e in other.evidence if e not in keep.evidence)
    # a referring mention ("the attack in X") gives a place to an event that had none of its own
    stated_place = Flag.LOCATION_FROM_CONTEXT in keep.flags and not LOCATION_FLAGS & other.flags
    finer = keep.location is not None and other.location is not None and Flag.LOCATION_LANDMARK not in other.flags \
        and ((PRECISION_RANK[other.location.precision] < PRECISION_RANK[keep.location.precision]
              and not district_of_province(keep.location, other.location))
             or district_of_province(other.location, keep.location)) and (
        not other.anaphoric or inside(other.location, keep.location) and not LOCATION_FLAGS & other.flags)
    # a dated report gives its date, and its place unless it only inherited a coarser one from
    # context ("the fire sent three to hospital" after "demonstrators torched an office in X")
    inherited_coarser = keep.location is not None and other.location is not None \
        and Flag.LOCATION_FROM_CONTEXT in other.flags and not LOCATION_FLAGS & keep.flags \
        and PRECISION_RANK[other.location.precision] > PRECISION_RANK[keep.location.precision]
    if other.location is not None and not guessed_over_district(keep, other) and (
            keep.location is None or dated_report and not inherited_coarser or stated_place or finer
            or article_stand_in(keep, other) and not (coarse(other.location) and inside(keep.location, other.location))):
        keep.location, keep.location_evidence = other.location, other.location_evidence
        # the place's provenance goes with it: a guess (article, landmark) replaced by a named town is none
        keep.flags = (keep.flags - GUESSED_PLACE_FLAGS) | (other.flags & GUESSED_PLACE_FLAGS)
    if dated_report:
        if not window_holds_day(other, keep):  # "over the last four days" only bounds the day told
            _take_date(keep, other)
            keep.flags -= loose_dates
    elif context_day_within_bound(keep, other) or context_names_page_day(keep, other):
        _take_date(keep, other)
        keep.flags = (keep.flags - loose_dates) | {Flag.DATE_FROM_CONTEXT}
    elif statement_bounds_headline(keep, other):
        # "X seizes Y" above the text, "X said on Monday it took Y" below: the statement's day
        _take_date(keep, other)
        keep.flags = (keep.flags - loose_dates) | (other.flags & loose_dates)
    elif loose_dates & keep.flags and other.anaphoric and other.date_precision == "day" \
            and not loose_dates & other.flags and keep.date and other.date and other.date <= keep.date \
            and (days_apart(keep, other) <= LOOSE_DATE_DAYS or loose_dates & keep.flags == {Flag.DATE_FROM_PUBLICATION}):
        # "the airstrike on Monday afternoon": a retelling that dates the event by its own words
        # gives the day that a statement, the publication or the sentences around only bound;
        # however far back, when only the publication dated it ("the massacre on May 2" in a
        # report weeks later: the page's day is no day of the event)
        _take_date(keep, other)
        keep.flags -= loose_dates
    elif reported_next_day(keep, other):  # "disclosed on Friday the detention", "detained on Thursday night"
        _take_date(keep, other)
    if only_published and other.background and page_day != (keep.date, keep.date_precision) == (
            other.date, other.date_precision):
        # "Market bombing: three held" above "the bombing of the market on May 2": the
        # headline, dated only by the page, told no news of its own; the act is the recalled one
        keep.background = True
    if Flag.ACTOR2_TARGETED in other.flags and Flag.ACTOR2_TARGETED not in keep.flags and other.actor2 is not None \
            and keep.event_type == "explosions_remote_violence" and (keep.actor1 is None or keep.actor1.name != other.actor2.name):
        # a blast's target told later ("the blast targeted the intelligence agency") beats its casualties;
        # only for remote violence, whose type does not depend on who was hit
        keep.actor2, keep.actor2_evidence = other.actor2, other.actor2_evidence
        keep.flags = (keep.flags - {Flag.ACTOR2_UNNAMED}) | {Flag.ACTOR2_TARGETED}
    for name in ("actor1", "actor2"):
        unnamed = unnamed_flag(name)
        if names_generic_side(getattr(keep, name), getattr(other, name),
                              keep.actor2 if name == "actor1" else keep.actor1) \
                and not other.anaphoric and _dated_in_own_words(other):
            # the act told again in its own words names its doer (not a sentence about such acts)
            setattr(keep, name, getattr(other, name))  # "Gang attack kills 70" above "the X gang killed"
            setattr(keep, f"{name}_evidence", getattr(other, f"{name}_evidence"))
        if unnamed in keep.flags and getattr(other, name) is not None and unnamed not in other.flags:
            setattr(keep, name, None)  # a retelling names the perpetrator (or the force)
            setattr(keep, f"{name}_evidence", None)
            keep.flags.discard(unnamed)
        opposite = keep.actor2 if name == "actor1" else keep.actor1
        if getattr(keep, name) is None and getattr(other, name) is not None and (
                opposite is None or opposite.name != getattr(other, name).name):  # never both sides
            setattr(keep, name, getattr(other, name))
            setattr(keep, f"{name}_evidence", getattr(other, f"{name}_evidence"))
            if unnamed in other.flags:
                keep.flags.add(unnamed)
    if _sides_dead(keep, other):
        keep.fatalities = _summed(keep.fatalities, other.fatalities)
        keep.sides_summed = True
    elif other.fatalities.best is not None and (keep.fatalities.best is None or dated_report and not keep.running_toll
                                              or other.running_toll and not keep.running_toll
                                              and (same_kind(other, keep) or not named_day(other) or other.date == keep.date)):
        # the latest toll: a running total ("the toll rose to 31") beats a first count told with the act
        keep.fatalities, keep.fatalities_evidence = other.fatalities, other.fatalities_evidence
        keep.running_toll = other.running_toll
    if keep.several_acts_toll is None:
        keep.several_acts_toll, keep.several_acts_evidence = other.several_acts_toll, other.several_acts_evidence
    if other.injured is not None and (keep.injured is None or dated_report):
        keep.injured, keep.injured_evidence = other.injured, other.injured_evidence
    names = {n.lower() for n, _ in keep.sources}
    keep.sources.extend((n, e) for n, e in other.sources if n.lower() not in names)
    if {keep.sub_event_type, other.sub_event_type} == RETOLD_TYPES and opponent_kind(keep) == "civilians":
        # the headline's "attack" read as a clash; the body shows its victims were civilians
        keep.sub_event_type, keep.event_type = "attack", load_codebook().entry("attack").event_type


def _take_date(keep: EventMention, other: EventMention) -> None:
    """``keep`` takes ``other``'s date, with its evidence and whether other words than the trigger's gave it."""
    keep.date, keep.date_precision, keep.date_evidence = other.date, other.date_precision, other.date_evidence
    if other.date_evidence is not None:
        keep.dated_by_other_words = other.dated_by_other_words


def window_holds_day(window: EventMention, told: EventMention) -> bool:
    """Whether ``window`` is dated by a span of about a week in its own words ("over the last four
    days", "last week") that holds the day ``told`` has ("yesterday", from its sentence or the
    sentences around): the day, not the span, is the event's (NOTES, "Dates")."""
    return bool(window.date and told.date) and window.date_precision == "week" and told.date_precision == "day" \
        and not LOOSE_DATE_FLAGS & window.flags and days_apart(window, told) <= LOOSE_DATE_DAYS


def context_day_within_bound(keep: EventMention, other: EventMention) -> bool:
    """A telling dated only by a bound and a retelling told as an act of its own (not "the attack")
    that the sentences around date to a day inside that bound: the retelling's day is the event's.
    The bound is the publication day, when the day is too far back for the page's day to be the
    event's (two days or more: "X seizes Y" is often printed the day of the act), or a statement's
    day, the act's day coming before it ("soldiers burned a village, a villager told reporters on Friday";
    below, "the killings on Wednesday" gave the day)."""
    if not (keep.date and other.date) or other.date_precision != "day" or other.anaphoric \
            or LOOSE_DATE_FLAGS & other.flags != {Flag.DATE_FROM_CONTEXT}:
        return False
    if Flag.DATE_FROM_PUBLICATION in keep.flags:
        return days_apart(keep, other) > 1
    return Flag.DATE_FROM_STATEMENT in keep.flags and other.date < keep.date \
        and days_apart(keep, other) <= LOOSE_DATE_DAYS


def context_names_page_day(keep: EventMention, other: EventMention) -> bool:
    """A telling dated only by the page (a headline) and a retelling that the sentences around
    date to the page's own day ("on Tuesday, police fired tear gas ..."): the act is of that day,
    no longer only bounded by it, so a telling of another day is another act."""
    return keep.flags & LOOSE_DATE_FLAGS == {Flag.DATE_FROM_PUBLICATION} and keep.date_precision != "day" \
        and other.flags & LOOSE_DATE_FLAGS == {Flag.DATE_FROM_CONTEXT} and other.date_precision == "day" \
        and not other.anaphoric and bool(keep.date) and keep.date == other.date


def statement_bounds_headline(keep: EventMention, other: EventMention) -> bool:
    """A telling dated by the publication (headline) and a retelling dated by the statement that
    reported it ("rebels took the camp, a spokesman said on Monday"), days before publication:
    the statement day bounds the event more closely than the page's day (NOTES, "Dates")."""
    return Flag.DATE_FROM_PUBLICATION in keep.flags and Flag.DATE_FROM_STATEMENT in other.flags \
        and Flag.DATE_FROM_PUBLICATION not in other.flags and not other.anaphoric \
        and bool(keep.date) and bool(other.date) and other.date < keep.date \
        and other.date_evidence is not None and names_a_day(other.date_evidence.text)


def inside(place: Place, area: Place) -> bool:
    """Whether ``place`` can lie within ``area``: same country, and same province unless ``area``
    is the whole country (a referring "the attack in X" only narrows the place already told)."""
    return place.country == area.country and (area.precision == "country" or spans_provinces(area)
                                              or place.admin1 == area.admin1)


def same_area(a: EventMention, b: EventMention) -> bool:
    """Can referring mention ``b`` ("the attack in X") be about event ``a``? Yes in the same
    province, or when ``a`` has no place of its own, or when ``b``'s sentence names ``a``'s place."""
    if a.location is None or b.location is None:
        return True
    if a.location.mention and a.location.mention.lower() in b.sentence.text.lower():
        return True  # "the attacks on Eritrea" after "rockets fired into Eritrea"
    if (LOCATION_FLAGS | {Flag.LOCATION_LANDMARK}) & b.flags or \
            Flag.LOCATION_FROM_CONTEXT in a.flags and a.location.country == b.location.country:
        return True  # one of them has no place of its own (a landmark, "Mogadishu's", is none)
    if a.location.country != b.location.country:
        return False
    return place_key(a.location) == place_key(b.location) or a.location.admin1 == b.location.admin1 \
        or coarse(a.location) or coarse(b.location)


def days_apart(a: EventMention, b: EventMention) -> int:
    """How many days lie between the dates of two dated mentions."""
    return abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days)


def other_days(a: EventMention, b: EventMention) -> bool:
    """Both dated to the day by their own words, days apart: "the agreement they signed last
    Thursday" is not the accord signed on Tuesday, "the clashes that erupted on Monday" not the
    demolitions of Saturday."""
    if LOOSE_DATE_FLAGS & (a.flags | b.flags) or a.date_precision != "day" or b.date_precision != "day" \
            or not a.date or not b.date:
        return False
    return days_apart(a, b) > 1


def may_refer_to(referring: EventMention, event: EventMention) -> bool:
    """ "The attack" may refer to any event, and "the attack, carried out with a bomb" may add
    detail to a generic one; "the drone strike" refers only to an event of its own kind (not to
    the rocket fire told just before it), and so does fighting told as resumed or going on ("the
    fighting has resumed" is no retelling of the capture or the air strike told before it). None
    refers to the act its own sentence tells it came after or before (``apart_from``)."""
    kinds = {referring.sub_event_type, event.sub_event_type}
    trigger = getattr(event, "trigger", None)  # stored events (incidents) carry no trigger
    if trigger is not None and trigger.start_char in referring.apart_from:
        return False  # "the airstrikes came after militiamen shot dead 12 police officers": not the killing
    if referring.renewed and referring.sub_event_type != event.sub_event_type:
        return False
    return bool(kinds & GENERIC_TYPES) or len(kinds) == 1 \
        or load_codebook().refines(referring.sub_event_type, event.sub_event_type) \
        or names_family_only(referring) and referring.event_type == event.event_type


def names_family_only(mention: EventMention) -> bool:
    """Whether the mention's trigger names its act only by its event type ("the strikes on X",
    ``cues.json``: ``family_words``), not by a sub-type ("the drone strikes"): its sub-type is a
    default reading, so it may refer to an act of another sub-type of that type."""
    words = [w for w in re.findall(r"[a-z]+", mention.trigger.text.lower()) if w not in RETELLING_PREPOSITIONS]
    return bool(words) and all(w in load_cues().family_words for w in words)


def merge_mentions(mentions: list[EventMention]) -> list[EventMention]:
    """Fold repeats into one event; "the attack" joins the nearest event told in the same area
    (before it, else after it), never one of another day when both are dated by their own words,
    nor a background event unless it is one too; a photo caption that retells no earlier event is dropped.
    The events one trigger tells at several places ("strikes on X and Y", ``place_split``) stay
    apart: no event takes in two of them. A headline or lead with no date of its own whose weapon
    word read another kind of remote violence joins the act the body dates at its town
    (:func:`undated_retelling`). A part that fits both an event of its own type told
    apart from the act it answers and that act joins the former (:func:`told_apart_of_kind`).
    Returns the events in text order, without the weak mentions that merged into nothing."""
    kept: list[EventMention] = []
    referring: list[EventMention] = []
    told: dict[int, set[int]] = {}  # id of a kept event -> the triggers folded into it
    borrowed: set[int] = set()  # ids of kept events whose toll a retelling at another place gave

    def keep(mention: EventMention) -> None:
        kept.append(mention)
        told[id(mention)] = {mention.trigger.start_char}

    def fold(target: EventMention, mention: EventMention) -> None:
        if mention.fatalities.best and Flag.TOLL_NOT_SPLIT not in mention.flags and not (
                mention.location is not None and place_key(mention.location) == place_key(target.location)
                and not LOCATION_FLAGS & mention.flags) and any(
                told[id(target)] & told[id(c)] for c in kept if c is not target):
            # "the attacks killed six" after strikes on X and Y: a toll of all the places, not shared
            # out ("six were killed in X" is X's)
            mention.fatalities, mention.fatalities_evidence = Fatalities(), None
        toll, where = target.fatalities, place_key(target.location)
        merge_into(target, mention)  # may take the mention's place too
        told[id(target)].add(mention.trigger.start_char)
        if target.fatalities is not toll:
            borrowed.discard(id(target))
            if place_key(mention.location) != where and Flag.TOLL_NOT_SPLIT not in mention.flags:
                borrowed.add(id(target))  # a split place's own toll is its share (``place_shares``)

    def holds_sibling(event: EventMention, mention: EventMention) -> bool:
        return mention.trigger.start_char in told[id(event)]

    for mention in mentions:
        separate = Flag.TOLD_SEPARATELY in mention.flags
        fits = [c for c in kept if compatible(c, mention) and not holds_sibling(c, mention)
                and not told_at_other_places(c, mention)
                and not (separate and c.sentence.start_char < mention.sentence.start_char)]
        target = next((c for c in fits if told_apart_of_kind(c, mention)), fits[0] if fits else None)
        if target is not None:
            fold(target, mention)
        elif Flag.PHOTO_CAPTION in mention.flags:
            continue  # a caption only retells an event told before it
        elif mention.anaphoric:
            referring.append(mention)
        else:
            keep(mention)
    for mention in referring:
        at = mention.sentence.start_char
        before = [c for c in kept if c.sentence.start_char <= at]
        after = [c for c in kept if c.sentence.start_char > at]
        candidates = [c for c in list(reversed(before)) + after
                      if same_area(c, mention) and may_refer_to(mention, c) and (not c.background or mention.background)
                      and not other_days(c, mention)
                      and not (holds_sibling(c, mention) and Flag.TOLL_NOT_SPLIT not in mention.flags)]
        if not LOOSE_DATE_FLAGS & mention.flags:  # "Saturday's attacks": the events of that day first
            candidates.sort(key=lambda c: c.date != mention.date)
        # an event told with a date or a place of its own first, then a bare mention (headline)
        target = next((c for c in candidates if not c.weak), candidates[0] if candidates else None)
        if Flag.TOLL_NOT_SPLIT in mention.flags:  # one of the places of "the attacks hit X and Y"
            target = next((c for c in candidates if place_key(c.location) == place_key(mention.location)
                           and not holds_sibling(c, mention)), target)
            if target is not None and holds_sibling(target, mention):
                # the event referred to, told at another of its places: the same act here too
                mention = told_at_another_place(target, mention)
                target = None
        if target is not None:
            fold(target, mention)
            _none_killed_in_each(mention, [c for c in candidates if c is not target])
        else:
            keep(mention)
    _undated_into_acts(kept, told, fold)
    for event in kept:
        if id(event) in borrowed and any(told[id(event)] & told[id(c)] for c in kept if c is not event):
            # "nine died in the protests in Senegal" folded into the event at X before the
            # sentence that tells the protests at X, Y and Z: a toll of all the places
            event.fatalities, event.fatalities_evidence = Fatalities(), None
    _one_act_each_day(kept, told)
    _raid_partners_share_day(kept)
    kept.sort(key=lambda m: m.sentence.start_char)
    kept = [m for m in kept if not m.weak]
    _total_of_one_act(kept)
    return kept


def _undated_into_acts(kept: list[EventMention], told: dict[int, set[int]], fold) -> None:
    """An event kept apart only because its telling with no date of its own read the weapon
    another way (:func:`undated_retelling`) joins the one act it retells, the later telling
    folded into the earlier as in the main pass; with two such acts at the place (a series),
    which one it retells is unknown and it stays."""
    for event in list(kept):
        if not any(c is event for c in kept):
            continue  # folded already
        acts = [c for c in kept if c is not event and undated_retelling(event, c)]
        if len(acts) != 1:
            continue
        first, later = sorted((event, acts[0]), key=lambda m: m.sentence.start_char)
        fold(first, later)
        first.sub_event_type, first.event_type = acts[0].sub_event_type, acts[0].event_type  # the act's reading
        told[id(first)] |= told[id(later)]
        kept.remove(later)


def undated_retelling(undated: EventMention, act: EventMention) -> bool:
    """A telling with no date of its own (a headline, a lead dated only by the page, a statement
    or the sentences around) whose type only read the weapon word by default (codebook
    ``undated_retells``: "Strike on X", "bomb attack on X") retells the act of another such type
    that the body dates to a day in its own words at the same place, up to ``LOOSE_DATE_DAYS``
    before that bound ("Bomb attack on X kills nine" above "warplanes dropped bombs on X on
    Monday"). Acts of one kind are :func:`compatible`'s to join. Never an act told apart, as
    another or resumed, a side or a toll that differs from the act's, or another place."""
    if not LOOSE_DATE_FLAGS & undated.flags or LOOSE_DATE_FLAGS & act.flags or not named_day(act):
        return False
    if act.sub_event_type not in load_codebook().entry(undated.sub_event_type).undated_retells \
            or same_kind(undated, act):
        return False
    if (Flag.TOLL_NOT_SPLIT in undated.flags | act.flags or Flag.TOLD_SEPARATELY in undated.flags
            or undated.renewed or told_as_another(undated)):
        return False
    if undated.background != act.background or (Flag.NATIONWIDE in undated.flags) != (Flag.NATIONWIDE in act.flags):
        return False
    if undated.location is None or act.location is None or place_key(undated.location) != place_key(act.location):
        return False
    if undated.date and not 0 <= (dt.date.fromisoformat(undated.date) - dt.date.fromisoformat(act.date)).days \
            <= LOOSE_DATE_DAYS:
        return False
    if any(other_side(undated, act, role) for role in ("actor1", "actor2")):
        return False  # "strike on an army base" above "a drone hit the market on Monday": another strike
    return undated.fatalities.best is None or act.fatalities.best is None \
        or undated.fatalities.best == act.fatalities.best or undated.running_toll or act.running_toll


def other_side(a: EventMention, b: EventMention, role: str) -> bool:
    """Both tellings name a party in ``role`` (not a stand-in for an unnamed one), of two kinds."""
    x, y = getattr(a, role), getattr(b, role)
    unnamed = unnamed_flag(role)
    return x is not None and y is not None and unnamed not in a.flags and unnamed not in b.flags and x.type != y.type


def _one_act_each_day(events: list[EventMention], told: dict[int, set[int]]) -> None:
    """An act one trigger tells on several days (``assembly.split_by_day``) is one act on each:
    a day told only by a generic word ("medics said the raid killed four on Friday and two more
    on Saturday") takes the type, and the parties it names none of, of its other day's event,
    which the sentence it joined told ("rebels shelled the camp, killing six")."""
    for event in events:
        kin = next((c for c in events if c is not event and told[id(event)] & told[id(c)] and c.date != event.date),
                   None)
        if kin is None or Flag.TOLL_NOT_SPLIT in event.flags | kin.flags:  # one act's places: ``place_split``
            continue
        if event.sub_event_type in GENERIC_TYPES and kin.sub_event_type not in GENERIC_TYPES:
            event.sub_event_type, event.event_type = kin.sub_event_type, kin.event_type
        for role in ("actor1", "actor2"):
            if getattr(event, role) is None and getattr(kin, role) is not None:
                setattr(event, role, getattr(kin, role))
                setattr(event, f"{role}_evidence", getattr(kin, f"{role}_evidence"))
                event.flags = (event.flags - {unnamed_flag(role)}) | ({unnamed_flag(role)} & kin.flags)


def raid_partners(a: EventMention, b: EventMention) -> bool:
    """Two acts that one raid does and one sentence tells ("gunmen killed nine villagers and
    abducted 25 others"): types of which one keeps the other apart only for its own dead
    (codebook ``absorbs_without_toll``), first told in the same sentence, both news."""
    book = load_codebook()
    return _told_together(a, b) and not (a.background or b.background) \
        and (a.sub_event_type in book.entry(b.sub_event_type).absorbs_without_toll
             or b.sub_event_type in book.entry(a.sub_event_type).absorbs_without_toll)


def _told_together(a: EventMention, b: EventMention) -> bool:
    """First told in one sentence, or (a raid's killing) told in a sentence that the other act,
    first told in a headline, was told again in."""
    if a.sentence.start_char == b.sentence.start_char:
        return True
    killing, other = (a, b) if a.raid_killing else (b, a) if b.raid_killing else (None, None)
    return killing is not None and any(killing.sentence.start_char <= e.start_char < killing.sentence.end_char
                                       for e in other.evidence)


def _raid_partners_share_day(events: list[EventMention]) -> None:
    """The partner of a raid dated only loosely (the statement or the page: "... police said on
    Monday") takes the day, and the place inside its own, that a later retelling gave the other
    act ("the gunmen stormed the village on Saturday" joins the killing, a generic word, never
    the abduction): both were done in the one raid."""
    for event in events:
        if event.date_precision == "day" or not LOOSE_DATE_FLAGS & event.flags or not event.date:
            continue
        partner = next((o for o in events if o is not event and raid_partners(event, o) and o.date
                        and o.date_precision == "day" and o.date <= event.date
                        and days_apart(o, event) <= LOOSE_DATE_DAYS), None)
        if partner is None:
            continue
        _take_date(event, partner)
        if event.location is None or partner.location is not None and inside(partner.location, event.location) \
                and PRECISION_RANK[partner.location.precision] < PRECISION_RANK[event.location.precision]:
            event.location, event.location_evidence = partner.location, partner.location_evidence


def _total_of_one_act(events: list[EventMention]) -> None:
    """A toll told as the total of several acts or places ("13 killed in separate attacks",
    "six dead at three locations") is an event's own toll when the article tells no other act
    on its day (the parts were one event: one town, one night); otherwise it spans events and
    none takes it (their own figures, if told, stand)."""
    for event in events:
        if event.several_acts_toll is None or event.fatalities.best is not None:
            continue
        if not any(other is not event and other.date == event.date and other.event_type in KILLING_EVENT_TYPES
                   for other in events):
            event.fatalities, event.fatalities_evidence = event.several_acts_toll, event.several_acts_evidence


def told_at_other_places(a: EventMention, b: EventMention) -> bool:
    """One of the two is told at one of several places named together ("strikes on X and Y",
    ``place_split``) and the other names another place that does not hold it: two events, even
    in one province and loosely dated. A place from context, or a province, a region across
    provinces or a country that holds the listed place, can still be the same event."""
    if Flag.TOLL_NOT_SPLIT not in a.flags | b.flags or a.location is None or b.location is None:
        return False
    if place_key(a.location) == place_key(b.location) or _unstated_place(a) or _unstated_place(b):
        return False
    return not (named_area(a) and inside(b.location, a.location) or named_area(b) and inside(a.location, b.location))


def named_area(mention: EventMention) -> bool:
    """Whether the mention is told at a coarse area it names (a country, a province, a region
    across provinces), not at a stand-in area for a place the gazetteer lacks."""
    if mention.location is None or Flag.LOCATION_APPROXIMATE in mention.flags:
        return False
    return coarse(mention.location)


def _unstated_place(mention: EventMention) -> bool:
    """A place its sentence does not name (context, article, a stand-in); a listed name the
    gazetteer lacks (approximate, ``place_split``) is named all the same."""
    flags = mention.flags - {Flag.LOCATION_APPROXIMATE} if Flag.TOLL_NOT_SPLIT in mention.flags else mention.flags
    return bool((LOCATION_FLAGS | {Flag.LOCATION_FROM_ARTICLE}) & flags)


def told_at_another_place(event: EventMention, mention: EventMention) -> EventMention:
    """The event that ``mention`` refers to ("the attacks hit X, Y and Z"), at the
    place of ``mention``: its type, date and actors, the place and sentence of ``mention``, no
    toll (one toll for several places is not shared out)."""
    return replace(event, location=mention.location, location_evidence=mention.location_evidence,
                   sentence=mention.sentence, trigger=mention.trigger,
                   fatalities=Fatalities(), fatalities_evidence=None, injured=None, injured_evidence=None,
                   several_acts_toll=None, several_acts_evidence=None,
                   flags=(event.flags - LOCATION_FLAGS - {Flag.LOCATION_LANDMARK, Flag.LOCATION_FROM_ARTICLE})
                   | (mention.flags & LOCATION_FLAGS) | {Flag.TOLL_NOT_SPLIT},
                   evidence=[*event.evidence, *(e for e in mention.evidence if e not in event.evidence)],
                   sources=list(event.sources), anaphoric=False, weak=False)


def _none_killed_in_each(referring: EventMention, others: list[EventMention]) -> None:
    """ "The raids of Sunday ..., with no deaths reported": a plural reference with no
    one killed speaks of each event of that day it may refer to; a count could not be shared
    out, but none killed can."""
    if referring.fatalities.best != 0 or not referring.plural:
        return
    for event in others:
        if event.date == referring.date and event.fatalities.best is None:
            event.fatalities, event.fatalities_evidence = referring.fatalities, referring.fatalities_evidence


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def without_earlier_copies(mentions: list[EventMention]) -> list[EventMention]:
    """A sentence told again later in the article (a photo caption or summary that repeats the
    body, a headline printed twice): only the later copy counts, where the article tells it in
    context ("Separately, two commanders were killed ..."); the earlier one would fold the
    event into whatever was told first."""
    words = {m.sentence.start_char: _words_of(m.sentence.text) for m in mentions}
    return [m for m in mentions if not any(
        o.sentence.start_char > m.sentence.start_char and o.sub_event_type == m.sub_event_type
        and len(words[m.sentence.start_char]) > 20 and words[m.sentence.start_char] in words[o.sentence.start_char]
        for o in mentions)]
