"""The event layer's data: an ``EventMention`` is one telling of an event in one sentence, with
its evidence per field, as plain typed data (no spaCy objects), so that merging, confidence and
ids can run on it without the Doc and later across articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from sitrep.model import Actor, DatePrecision, EventType, Evidence, Fatalities, Place, SubEventType


class Flag(StrEnum):
    """Why a value is less than what the text says outright; ``Event.flags`` holds the values."""

    __hash__ = str.__hash__  # a flag and its value are one set member (Enum hashes the name)

    DATE_FROM_PUBLICATION = "date_from_publication"
    DATE_FROM_STATEMENT = "date_from_statement"
    DATE_FROM_CONTEXT = "date_from_context"
    LOCATION_FROM_CONTEXT = "location_from_context"
    LOCATION_FROM_ARTICLE = "location_from_article"
    LOCATION_FROM_ARTICLE_COUNTRY = "location_from_article_country"
    LOCATION_APPROXIMATE = "location_approximate"
    LOCATION_LANDMARK = "location_landmark"
    ACTOR1_UNNAMED = "actor1_unnamed"
    ACTOR2_UNNAMED = "actor2_unnamed"
    ACTOR2_TARGETED = "actor2_targeted"
    ACTOR_FROM_CONTEXT = "actor_from_context"
    TOLL_NOT_SPLIT = "toll_not_split"
    PHOTO_CAPTION = "photo_caption"
    TOLD_SEPARATELY = "told_separately"
    NATIONWIDE = "nationwide"


LOOSE_DATE_FLAGS = frozenset({Flag.DATE_FROM_PUBLICATION, Flag.DATE_FROM_STATEMENT, Flag.DATE_FROM_CONTEXT})
LOCATION_FLAGS = frozenset({Flag.LOCATION_FROM_CONTEXT, Flag.LOCATION_APPROXIMATE,
                            Flag.LOCATION_FROM_ARTICLE_COUNTRY})


def unnamed_flag(role: str) -> Flag:
    """The flag of an actor role ("actor1", "actor2") filled with no name from the text."""
    return Flag(f"{role}_unnamed")


@dataclass(eq=False)
class EventMention:
    """One event as told in one sentence, then the event that its repeats are merged into.

    Mutable on purpose: assembly fills it field by field and merging folds repeats into it;
    :func:`sitrep.events.freeze.freeze_events` turns it into a frozen ``Event``. ``sentence``
    and ``trigger`` hold the Doc's raw character offsets (the trigger's span is found again with
    ``doc.char_span``); ``type_evidence`` is the trigger's evidence for ``sub_event_type``.
    """

    sub_event_type: SubEventType
    event_type: EventType
    sentence: Evidence
    trigger: Evidence
    type_evidence: Evidence
    plural: bool = False  # the trigger is a plural noun ("the attacks")
    holds_suspects: bool = False  # the trigger's verb holds people accused of an act ("arrested 12 suspects")
    beside_crowd: bool = False  # its sentence names a protest or riot ("arrested 52 during the riot")
    materiel: bool = False  # the trigger destroys a force's materiel ("two army trucks were torched")
    renewed: bool = False  # the trigger's clause tells the act as resumed or going on ("renewed fighting")
    location: Place | None = None
    location_evidence: Evidence | None = None
    date: str | None = None
    date_precision: DatePrecision = "week"
    date_evidence: Evidence | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    actor1_evidence: Evidence | None = None
    actor2_evidence: Evidence | None = None
    fatalities: Fatalities = field(default_factory=Fatalities)
    fatalities_evidence: Evidence | None = None
    injured: int | None = None
    injured_evidence: Evidence | None = None
    # a toll its sentence tells as the total of several acts ("killed in separate attacks"):
    # the event's only when the article tells no other act that day (``merge``)
    several_acts_toll: Fatalities | None = None
    # its toll is a running total told by an update ("the toll rose to 31", "bringing the number killed
    # to 16"): the latest toll of the act, never replaced by a first count told with the act's day
    running_toll: bool = False
    # its toll already sums the dead of two sides told apart (``merge._sides_dead``): never summed again
    sides_summed: bool = False
    several_acts_evidence: Evidence | None = None
    sources: list[tuple[str, Evidence]] = field(default_factory=list)
    background: bool = False
    weak: bool = False  # neither a date nor a place of its own: kept only if it merges
    anaphoric: bool = False  # "the attack": refers back to an event already told
    # the day is that of other words of the sentence ("officials on Friday disclosed the detention",
    # "the city was calm on Friday after troops fired on protesters"), not of the trigger's own
    dated_by_other_words: bool = False
    # triggers (start chars) of its sentence told as another act before or after its own ("the
    # airstrikes came after militiamen shot dead 12 police officers"): "the airstrikes" refers to neither
    apart_from: frozenset[int] = frozenset()
    # told as another act than one its sentence refers to ("a day after the ambush, granaries were
    # looted") or answers ("hit back and torched a depot"): never a part of another event
    told_apart: bool = False
    # the killing of a raid whose sentence also tells the taking of people, with its own dead
    # ("killed nine villagers and abducted 38 others"): never a part of an abduction told elsewhere
    raid_killing: bool = False
    # its sentence is in the headline or the first paragraph below it (the lead), where a vague
    # place ("in northern X") may stand for the act the body places more precisely
    in_lead: bool = False
    # a riot its sentence tells as fought between crowds ("supporters of two candidates clashed"):
    # the crowd is actor2 too (``actor_choice.rival_crowds``), read again once merging settles the event
    rival_crowds: bool = False
    flags: set[Flag] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
