"""Conventions that follow from an event's final sub-type, applied once merging has settled it
(a mention first told as a protest can end up a riot): who the crowd is, who the other side of
a battle is when no sentence names it, and whether the event can carry a toll at all."""

from __future__ import annotations

import re

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from sitrep.events.actor_choice import actor_kinds, type_by_actor
from sitrep.events.attribution import generic_actor as _generic_actor, perpetrators_by_attribution
from sitrep.events.kinds import CROWD_ACTORS, CROWD_TYPES, ORGANISED_ARMED_TYPES, TERRITORY_TYPES
from sitrep.events.mention import EventMention, Flag
from sitrep.events.merge import days_apart, fought, has_reciprocal_word
from sitrep.model import Actor, Evidence, Fatalities
from sitrep.nlp.arguments import (ARMED_TYPES, NON_STATE_ARMED, article_opponent, backer_spans, load_role_conventions,
                                   main_parties, role_data, without_backers)
from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.cues import contains_phrase, load_cues
from sitrep.nlp.sentences import sentence_paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from sitrep.nlp.actors import ActorDictionary, ActorMention

#: The actor mentions of the whole article, read with a context country.
ArticleMentions = Callable[["str | None"], Sequence["ActorMention"]]
#: The sub-type of a town handed over without a battle.
NON_VIOLENT_TRANSFER = "non_violent_transfer_of_territory"


def crowd_by_final_type(mentions: list[EventMention], actors: ActorDictionary) -> None:
    """The crowd convention read again once merging has settled each event's sub-type: a riot
    told first as a protest ("protesters marched ..., then torched ...") is carried out by
    rioters, whatever its first sentence called the crowd (``actor_roles.json``: ``crowd``)."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        a1 = mention.actor1
        if conv is None or not conv.crowd or a1 is None or a1.type not in {"protesters", "civilians"}:
            continue
        country = a1.country or (mention.location.country if mention.location else None)
        mention.actor1 = replace(actors.normalise(conv.crowd, country=country), mention=a1.mention)


def crowd_before_force(mentions: list[EventMention], actors: ActorDictionary) -> None:
    """A protest or riot told from the force's side ("police detained dozens of demonstrators",
    "soldiers fired into the crowd") is the crowd's event: the crowd is actor1 and the force that
    intervened actor2, whichever of them the sentence made its subject."""
    for mention in mentions:
        a1, a2 = mention.actor1, mention.actor2
        crowd = CROWD_ACTORS.get(mention.event_type)
        if crowd is None or a1 is None or a1.type != "state_forces" \
                or not (a2 is None or a2.type in CROWD_TYPES or a2.type == "civilians"):
            continue
        country = a1.country or (mention.location.country if mention.location else None)
        mention.actor1 = replace(actors.normalise(crowd, country=country), mention=a2.mention if a2 else None)
        mention.actor1_evidence, mention.actor2, mention.actor2_evidence = mention.actor2_evidence, a1, mention.actor1_evidence


def opponents_by_final_type(mentions: list[EventMention], article_mentions: ArticleMentions,
                            doc: Doc | None = None) -> None:
    """A battle whose sentences name one side only was fought against the article's main party
    of the other camp (``actor_roles.json``: ``opponent_from_article``, ``opponent_after_merge``),
    and so was an agreement that names one party only ("the truce the president signed");
    an arrest in an article about an armed group took its members, also where the sentence says
    only "a man" (``opponent_replaces_civilians``; not when that party is another state's force:
    a man held as a spy for a foreign army is a civilian; a town named by its people was still taken
    from that force); a battle whose actor2 is a force of actor1's
    own state has its opponent still to find. Read after merging, so that the implied
    opponent never decides which tellings are one event."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        if conv is None or not (conv.opponent_from_article or conv.opponent_after_merge):
            continue
        if mention.actor2 is not None and not (conv.opponent_replaces_civilians and mention.actor2.type == "civilians"
                                               and not _named_by_civilian_office(mention)
                                               and not held_as_backers(mention.sentence.text)) \
                and not one_state(mention.actor1, mention.actor2):
            continue
        a1 = mention.actor1
        country = a1.country if a1 and a1.country else mention.location.country if mention.location else None
        opponent = article_opponent(a1, _without_backers(article_mentions(country), mention, doc))
        if opponent is not None and mention.actor2 is not None and mention.actor2.type == "civilians" \
                and opponent.actor.type == "state_forces" and mention.sub_event_type not in TERRITORY_TYPES:
            continue  # people arrested in a war between states are civilians; a town's people are no side
        if opponent is not None:
            mention.actor2 = opponent.actor
            mention.actor2_evidence = Evidence(opponent.start_char, opponent.end_char, opponent.text)
            mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def _without_backers(named: Sequence[ActorMention], mention: EventMention, doc: Doc | None) -> Sequence[ActorMention]:
    """The article's mentions but the forces the event's sentence names as a backer ("M23 rebels,
    backed by Rwandan troops, seized the town"): they fought on the doer's side, never lost."""
    sent = doc.char_span(mention.sentence.start_char, mention.sentence.end_char, alignment_mode="expand") \
        if doc is not None else None
    return named if sent is None else without_backers(named, backer_spans(sent))


def held_as_backers(sentence: str) -> bool:
    """The sentence holds people for backing a group from outside ("detained 12 people on
    suspicion of spying for the rebels", "accusing them of funding the resistance"): they are
    civilians accused of support, not the group's members, so the article's armed party does
    not replace them (cues.json ``accusation_words``, ``backing_words``)."""
    words = load_cues()
    return contains_phrase(sentence, _backing_phrases(words.accusation_words, words.backing_words))


@lru_cache(maxsize=1)
def _backing_phrases(accusations: tuple[str, ...], backings: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{a} {b}" for a in sorted(accusations) for b in sorted(backings))


def held_by_accusation(mentions: list[EventMention], actors: ActorDictionary) -> None:
    """An arrest whose people the parse read as civilians (or no one) is coded by what the
    sentence holds them for (``actor_roles.json``: ``accused_actor2``): held for a riot's acts
    ("on suspicion of violent disorder", "for rioting") they are rioters; held as suspects of an
    act ("arrested two suspects", :func:`captives.holds_suspects`) that unidentified perpetrators
    carried out in the week before, they are that unidentified armed group, not the article's
    main party nor civilians. Not where the sentence holds them as a group's backers or by a
    civilian calling, nor suspects of an article that tells a riot within that week (the riot's
    crowd or bystanders). Read before :func:`opponents_by_final_type`, which would put the
    article's main armed party in place of the civilians."""
    spec = role_data()["accused_actor2"]
    riots = [m for m in mentions if m.sub_event_type in spec["riot_types"]]
    for mention in mentions:
        a2 = mention.actor2
        if mention.sub_event_type not in spec["sub_event_types"] or (a2 is not None and a2.type != "civilians") \
                or _named_by_civilian_office(mention) or held_as_backers(mention.sentence.text):
            continue
        if held_for_riot(mention.sentence.text):
            phrase = spec["riot_offence"]
        elif mention.holds_suspects and _unidentified_act_before(mention, mentions, spec["episode_days"]) \
                and not any(_news_within(riot, mention, spec["episode_days"]) for riot in riots):
            phrase = spec["suspects"]
        else:
            continue
        country = (a2.country if a2 else None) or (mention.location.country if mention.location else None) \
            or (mention.actor1.country if mention.actor1 else None)
        mention.actor2 = replace(actors.normalise(phrase, country=country), mention=a2.mention if a2 else None)
        mention.flags.discard(Flag.ACTOR2_UNNAMED)


def _unidentified_act_before(arrest: EventMention, mentions: list[EventMention], days: int) -> bool:
    """The article tells an act by unidentified perpetrators (actor1 of type ``unknown``) at most
    ``days`` before the arrest: its suspects are those perpetrators. Where only a named group
    acted, the suspects are left to the article's main party (:func:`opponents_by_final_type`)."""
    return any(m is not arrest and m.sub_event_type != arrest.sub_event_type and m.actor1 is not None
               and m.actor1.type == "unknown" and _news_within(m, arrest, days)
               and not (m.date and arrest.date and m.date > arrest.date) for m in mentions)


def _news_within(a: EventMention, b: EventMention, days: int) -> bool:
    """Two news events (not background) at most ``days`` apart, or undated."""
    if a.background or b.background:
        return False
    return not (a.date and b.date) or days_apart(a, b) <= days


def held_for_riot(sentence: str) -> bool:
    """The sentence holds people for a riot's acts ("on suspicion of violent disorder", "charged
    with rioting", "arrested for looting"; cues.json ``riot_offence_words`` after
    ``accusation_words`` or ``held_for_words``)."""
    words = load_cues()
    return contains_phrase(sentence, _riot_phrases(words.accusation_words + words.held_for_words,
                                                   words.riot_offence_words))


@lru_cache(maxsize=1)
def _riot_phrases(leads: tuple[str, ...], offences: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{a} {o}" for a in sorted(leads) for o in sorted(offences))


def _named_by_civilian_office(mention: EventMention) -> bool:
    """The people taken are named by a civilian calling ("a former lawmaker", "two journalists",
    cues.json ``civilian_office_nouns``): they are civilians, not members of the article's group."""
    evidence = mention.actor2_evidence
    if evidence is None:
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", evidence.text)}
    return bool(words & load_cues().civilian_office_nouns)


@dataclass(frozen=True, slots=True)
class ArticleActor1:
    """Which main party of the article an event with no actor1 takes (``actor_roles.json``:
    ``article_actor1``)."""

    non_state_types: frozenset[str]
    skip_event_types: frozenset[str]


@lru_cache(maxsize=1)
def load_article_actor1() -> ArticleActor1:
    spec = role_data()["article_actor1"]
    return ArticleActor1(frozenset(spec["non_state_types"]), frozenset(spec["skip_event_types"]))


def actor1_from_article(mentions: list[EventMention], article_mentions: ArticleMentions) -> None:
    """An event whose sentences name no actor1 at all (a headline, "the capture of X", a coup
    told without its authors) was carried out by one of the article's main parties: the
    non-state one where the type says so or actor2 is the state's forces, else the state's."""
    spec = load_article_actor1()
    for mention in mentions:
        if mention.actor1 is not None or mention.event_type in spec.skip_event_types:
            continue
        a2 = mention.actor2
        country = a2.country if a2 and a2.country else mention.location.country if mention.location else None
        government, insurgent = main_parties(article_mentions(country))
        non_state = mention.sub_event_type in spec.non_state_types or (a2 is not None and a2.type == "state_forces")
        party = insurgent if non_state else government
        if party is None or (a2 is not None and party.actor.name == a2.name):
            continue
        mention.actor1 = party.actor
        mention.actor1_evidence = Evidence(party.start_char, party.end_char, party.text)
        mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def state_actor1_from_peers(mentions: list[EventMention]) -> None:
    """An act only states' forces carry out (an air strike) told with another actor1, an
    unidentified aircraft or the group the strike hit, was carried out by the state force that
    the article's other events of that type name most often as actor1 (``actor_roles.json``:
    ``state_from_article``); a non-state group read as actor1 was the target, where no other is
    named. Left as read where the article's other strikes name no state force."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        a1, a2 = mention.actor1, mention.actor2
        if conv is None or not conv.state_from_article or a1 is None or a1.type == "state_forces" \
                or a1.type in NON_STATE_ARMED and a2 is not None and a2.type == "state_forces":
            continue  # a group's strike on the state's forces (armed groups fly drones too)
        peers = Counter(m.actor1.name for m in mentions if m.sub_event_type == mention.sub_event_type
                        and m.actor1 is not None and m.actor1.type == "state_forces")
        if not peers:
            continue
        name = peers.most_common(1)[0][0]
        peer = next(m for m in mentions if m.actor1 is not None and m.actor1.name == name)
        if a2 is not None and a2.name == name:
            continue
        if a1.type in NON_STATE_ARMED and (a2 is None or a2.type == "civilians"):
            mention.actor2, mention.actor2_evidence = a1, mention.actor1_evidence
        mention.actor1, mention.actor1_evidence = peer.actor1, peer.actor1_evidence
        mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def striker_from_peers(mentions: list[EventMention]) -> None:
    """A strike told with no striker at all (the type's unnamed perpetrator: "a ballistic missile
    hit an enterprise", "a barrage killed 39") in an article whose other strikes of the kinds the
    type lists (``actor_roles.json``: ``striker_from_peers``) name one state force as striker,
    those of its own type first, was that force's: a roundup of one state's strikes tells them
    all. Left as read where those strikes name two state forces or none, where that force is the
    act's own target, or where the text names the striker or calls it unknown (the words, not
    the default, made actor1: "unidentified drones")."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        a1, a2 = mention.actor1, mention.actor2
        if conv is None or not conv.striker_from_peers or a1 is None or a1.type != "unknown" \
                or Flag.ACTOR1_UNNAMED not in mention.flags:
            continue
        peer = _one_state_striker(mention, mentions, conv.striker_from_peers)
        if peer is None or a2 is not None and a2.name == peer.actor1.name:
            continue
        mention.actor1, mention.actor1_evidence = peer.actor1, peer.actor1_evidence
        mention.flags.discard(Flag.ACTOR1_UNNAMED)
        mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def _one_state_striker(mention: EventMention, mentions: Sequence[EventMention],
                       kinds: frozenset[str]) -> EventMention | None:
    """A strike of ``kinds`` by the one state force that the article's other strikes of
    ``mention``'s own type name, else of the other ``kinds``; None when they name two or none."""
    peers = [m for m in mentions if m is not mention and not m.background and m.sub_event_type in kinds
             and m.actor1 is not None and m.actor1.type == "state_forces"]
    for tier in ([m for m in peers if m.sub_event_type == mention.sub_event_type], peers):
        names = {m.actor1.name for m in tier}
        if len(names) == 1:
            return tier[0]
        if names:
            return None
    return None


@lru_cache(maxsize=1)
def day_peer_kinds() -> frozenset[str]:
    """The event and sub-event types whose unidentified perpetrator a same-day peer names
    (``actor_roles.json``: ``day_peer_perpetrator``)."""
    spec = role_data()["day_peer_perpetrator"]
    return frozenset(spec["event_types"]) | frozenset(spec["sub_event_types"])


def _day_peer_group(mention: EventMention, mentions: Sequence[EventMention], kinds: frozenset[str]) -> EventMention | None:
    """The one other act of ``kinds`` on ``mention``'s day whose actor1 is a non-state armed
    group, or None when there is none or they name two groups."""
    peers = {m.actor1.name: m for m in mentions
             if m is not mention and m.date == mention.date and kinds & {m.event_type, m.sub_event_type}
             and m.actor1 is not None and m.actor1.type in NON_STATE_ARMED}
    return next(iter(peers.values())) if len(peers) == 1 else None


def perpetrators_from_day_peers(mentions: list[EventMention]) -> None:
    """An act whose perpetrator the sentences leave unidentified (gunmen, bombers, or no one),
    told on the day of the article's other acts that one non-state group carried out, was that
    group's: one episode, one perpetrator ("a militia raided a camp at dawn ... masked men
    set fire to the tents"). Left as read when that day's acts name two groups or none, or the group is the
    act's own target."""
    kinds = day_peer_kinds()
    for mention in mentions:
        a1 = mention.actor1
        if mention.date is None or not kinds & {mention.event_type, mention.sub_event_type} \
                or (a1 is not None and a1.type != "unknown"):
            continue
        peer = _day_peer_group(mention, mentions, kinds)
        if peer is None or (mention.actor2 is not None and mention.actor2.name == peer.actor1.name):
            continue
        mention.actor1, mention.actor1_evidence = peer.actor1, peer.actor1_evidence
        mention.flags.discard(Flag.ACTOR1_UNNAMED)
        mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def _with_convention(mentions: list[EventMention], key: str):
    """The mentions whose final sub-type's role convention (``actor_roles.json``) sets ``key``."""
    conventions = load_role_conventions()
    return [m for m in mentions if getattr(conventions.get(m.sub_event_type), key, False)]


def state_actor1_from_article(mentions: list[EventMention], article_mentions: ArticleMentions,
                              attributed_group: ActorMention | None = None) -> None:
    """An act mostly states' forces carry out (an air strike) whose striker no sentence of the
    event names, and none of the article's other strikes either (:func:`state_actor1_from_peers`):
    an unidentified aircraft the text does not call unidentified, or a group lent by a
    neighbouring sentence. A state force the event's own sentence names beside it ("French air
    strikes") struck, and the lent group was its target; else the article's main state force
    did (``actor_roles.json``: ``state_from_article``)."""
    for mention in _with_convention(mentions, "state_from_article"):
        a1, a2 = mention.actor1, mention.actor2
        if a1 is None or a1.type == "state_forces":
            continue
        lent = a1.type in NON_STATE_ARMED and not _told_in_event(mention, mention.actor1_evidence) \
            and not _blamed(mention, attributed_group)
        if not (lent or a1.type == "unknown" and Flag.ACTOR1_UNNAMED in mention.flags):
            continue
        if lent and a2 is not None and a2.type == "state_forces" and _told_in_event(mention, mention.actor2_evidence):
            _swap_sides(mention)
            continue
        country = a1.country or (mention.location.country if mention.location else None)
        government, _ = main_parties(article_mentions(country))
        if government is None or a2 is not None and a2.name == government.actor.name:
            continue
        if lent and (a2 is None or a2.type == "civilians"):
            mention.actor2, mention.actor2_evidence = a1, mention.actor1_evidence
        mention.actor1 = government.actor
        mention.actor1_evidence = Evidence(government.start_char, government.end_char, government.text)
        mention.flags.discard(Flag.ACTOR1_UNNAMED)
        mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def _blamed(mention: EventMention, group: ActorMention | None) -> bool:
    """The mention's actor1 is the group the article holds responsible (``attribution``: "the
    medics blamed X for the strike"), read from those words: the article's own verdict on who
    struck, not a group lent by a neighbouring sentence."""
    ev = mention.actor1_evidence
    return group is not None and ev is not None and mention.actor1 is not None \
        and mention.actor1.name == group.actor.name and ev.start_char == group.start_char


def _told_in_event(mention: EventMention, evidence: Evidence | None) -> bool:
    """The evidence lies in one of the sentences that tell the event (not lent by another)."""
    return evidence is not None and any(s.start_char <= evidence.start_char < s.end_char
                                        for s in (mention.sentence, *mention.evidence))


@dataclass(frozen=True, slots=True)
class CasualtiesWithoutTarget:
    """Who the victims of a deadly act with no named target are (``actor_roles.json``:
    ``casualties_without_target``)."""

    event_types: frozenset[str]
    actor2: str
    series_sub_event_types: frozenset[str]


@lru_cache(maxsize=1)
def load_casualties_without_target() -> CasualtiesWithoutTarget:
    spec = role_data()["casualties_without_target"]
    return CasualtiesWithoutTarget(frozenset(spec["event_types"]), spec["actor2"],
                                   frozenset(spec["series_sub_event_types"]))


def victims_of_deadly_acts(mentions: list[EventMention], actors: ActorDictionary) -> None:
    """A blast that killed or wounded people had victims even where no sentence names them:
    they are the type's default victims (civilians)."""
    spec = load_casualties_without_target()
    for mention in mentions:
        if mention.actor2 is not None or mention.event_type not in spec.event_types:
            continue
        if not (mention.fatalities.best or mention.fatalities.low or mention.injured) \
                and not (mention.sub_event_type in spec.series_sub_event_types
                         and _series_hit_civilians(mention, mentions)):
            continue
        country = mention.location.country if mention.location else mention.actor1.country if mention.actor1 else None
        mention.actor2 = replace(actors.normalise(spec.actor2, country=country), mention=None)
        mention.flags.add(Flag.ACTOR2_UNNAMED)


def _series_hit_civilians(mention: EventMention, mentions: list[EventMention]) -> bool:
    """Another blast of the article by the same perpetrator hit civilians named as such: this one
    is of that series (a second device), whose toll the text gives only for the whole."""
    a1 = mention.actor1
    return a1 is not None and any(
        other is not mention and other.event_type == mention.event_type and other.actor1 is not None
        and other.actor1.name == a1.name and other.actor2 is not None and other.actor2.type == "civilians"
        and Flag.ACTOR2_UNNAMED not in other.flags for other in mentions)


#: Event types fought between two armed sides, where a kind of group cannot face itself.
TWO_SIDED_TYPES = frozenset({"battles", "explosions_remote_violence"})


def one_side_told_twice(mentions: list[EventMention], actors: ActorDictionary,
                        article_mentions: ArticleMentions) -> None:
    """A battle or strike whose two sides are non-state groups of one type, one of them named
    and the other told only by a generic word of that kind ("the rebels", "the terrorists") that
    no sentence tied to a name: one side told twice ("troops engaged the terrorists ... ISWAP
    fighters"). The generic one gives way to the article's main state force, the side a group
    of the kind fights; left as read where the article names none."""
    for mention in mentions:
        a1, a2 = mention.actor1, mention.actor2
        if mention.event_type not in TWO_SIDED_TYPES or a1 is None or a2 is None \
                or a1.type != a2.type or a1.type not in NON_STATE_ARMED or a1.name == a2.name:
            continue
        generic1, generic2 = (_generic_actor(a, actors) for a in (a1, a2))
        if generic1 == generic2:
            continue
        country = mention.location.country if mention.location else a1.country
        government, _ = main_parties(article_mentions(country))
        if government is None:
            continue
        evidence = Evidence(government.start_char, government.end_char, government.text)
        if generic1:
            mention.actor1, mention.actor1_evidence = government.actor, evidence
        else:
            mention.actor2, mention.actor2_evidence = government.actor, evidence
        mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def one_state(a1: Actor | None, a2: Actor | None) -> bool:
    """Both actors are forces of one state ("Iraqi forces" and "Iraqi security forces"): one side
    of a battle, never each other's opponent."""
    return a1 is not None and a2 is not None and a1.type == a2.type == "state_forces" \
        and a1.country is not None and a1.country == a2.country


def state_sides_by_final_type(mentions: list[EventMention], actors: ActorDictionary,
                              doc: Doc | None = None) -> None:
    """An act only the state carries out (an arrest, an interception) told with a non-state
    actor1: that actor is the side acted on. It changes places with a state actor2 ("a militant
    arrested by police" read the other way round), or, with none, the unnamed state actor of
    the type takes its place (``actor_roles.json``: ``state_acts``, ``unnamed_actor1``). An
    armed group that itself made the arrest ("RSF troops rounded up 12 men", "men detained by
    al-Shabaab") took people it has no right to hold: an abduction (:func:`seized_by_armed_group`)."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        a1, a2 = mention.actor1, mention.actor2
        if conv is None or not conv.state_acts or a1 is None or a1.type == "state_forces":
            continue
        if doc is not None and mention.sub_event_type == "arrests" and seized_by_armed_group(doc, mention):
            _retype(mention, "abduction_forced_disappearance")
            if a2 is None:
                country = a1.country or (mention.location.country if mention.location else None)
                mention.actor2 = replace(actors.normalise("civilians", country=country), mention=None)
            continue
        if a2 is not None and a2.type == "state_forces":
            _swap_sides(mention)
        elif conv.unnamed_actor1 and (a2 is None or a2.type == "civilians"):
            country = a1.country or (mention.location.country if mention.location else None)
            mention.actor2, mention.actor2_evidence = a1, mention.actor1_evidence
            _put_unnamed_actor1(mention, actors.normalise(conv.unnamed_actor1, country=country))


def non_state_sides_by_final_type(mentions: list[EventMention], actors: ActorDictionary,
                                  doc: Doc | None = None) -> None:
    """An act only armed groups carry out (a suicide bomb, a roadside bomb) told with a state force
    as actor1: the sentence made the force's dead or its spokesman the doer ("a bomber was shot
    dead by troops", "police said a bomb killed two rangers"). The force changes places with a
    non-state actor2; otherwise it gives way to the unnamed perpetrator, the victims left as read
    (``actor_roles.json``: ``non_state_acts``). Not where the sentence says the force laid the
    explosive (:func:`laid_the_explosive`: "a landmine laid by junta troops")."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        a1, a2 = mention.actor1, mention.actor2
        if conv is None or not conv.non_state_acts or a1 is None or a1.type != "state_forces":
            continue
        if doc is not None and laid_the_explosive(doc, mention.actor1_evidence):
            continue
        if a2 is not None and (a2.type in NON_STATE_ARMED or a2.type == "unknown"):
            _swap_sides(mention)
            continue
        country = a1.country or (mention.location.country if mention.location else None)
        _put_unnamed_actor1(mention, actors.normalise(role_data()["unnamed_perpetrators"]["actor"], country=country))


def disappeared_after_arrest(mentions: list[EventMention], actors: ActorDictionary, doc: Doc | None) -> None:
    """An arrest whose sentence, or the next one of its paragraph, tells the people held as not
    seen again ("have not been seen since", "their whereabouts remain unknown"; cue list
    ``disappeared_cues``) is an enforced disappearance, whoever held them (ACLED:
    ``abduction_forced_disappearance``, state forces included)."""
    if doc is None:
        return
    cues = load_cues().disappeared_cues
    for mention in mentions:
        if mention.sub_event_type != "arrests":
            continue
        trigger = doc.char_span(mention.trigger.start_char, mention.trigger.end_char, alignment_mode="expand")
        if trigger is None or not len(trigger):
            continue
        sent = trigger.sent
        texts = [sent.text]
        if sent.end < len(doc):
            following = doc[sent.end].sent
            if paragraph_of(following) == paragraph_of(sent):
                texts.append(following.text)
        if not any(contains_phrase(t.lower(), cues) for t in texts):
            continue
        _retype(mention, "abduction_forced_disappearance")
        if mention.actor2 is None:
            country = (mention.actor1.country if mention.actor1 else None) or \
                (mention.location.country if mention.location else None)
            mention.actor2 = replace(actors.normalise("civilians", country=country), mention=None)


def taken_by_state(mentions: list[EventMention], doc: Doc | None) -> None:
    """An abduction told only by a verb of moving people (cue list ``taking_verbs``: "soldiers
    led away three suspects", "police carried off the men") whose doer is a state force is an
    arrest: the state's taking is a detention unless the text tells the held as disappeared."""
    if doc is None:
        return
    verbs = load_cues().taking_verbs
    for mention in mentions:
        if mention.sub_event_type != "abduction_forced_disappearance" or mention.actor1 is None \
                or mention.actor1.type != "state_forces":
            continue
        trigger = doc.char_span(mention.trigger.start_char, mention.trigger.end_char, alignment_mode="expand")
        if trigger is not None and len(trigger) and trigger.root.lemma_.lower() in verbs:
            _retype(mention, "arrests")


def seized_by_armed_group(doc: Doc, mention: EventMention) -> bool:
    """The event's actor1 is a non-state armed group and the doer of its trigger verb: its
    subject ("RSF troops rounded up 12 men") or the agent of its passive ("elders detained by
    al-Shabaab"). A group named as the one held ("militants were arrested") is no doer."""
    a1, evidence = mention.actor1, mention.actor1_evidence
    if a1 is None or a1.type not in NON_STATE_ARMED or evidence is None:
        return False
    span = doc.char_span(evidence.start_char, evidence.end_char, alignment_mode="expand")
    trigger = doc.char_span(mention.trigger.start_char, mention.trigger.end_char, alignment_mode="expand")
    if span is None or trigger is None or not len(span) or not len(trigger):
        return False
    root, verb = span.root, trigger.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i != verb.i:
        root = root.head.head  # "fighters of the X": the fighters are the doers
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return root.head.head.i == verb.i
    return root.dep_ == "nsubj" and root.head.i == verb.i


def laid_the_explosive(doc: Doc, evidence: Evidence | None) -> bool:
    """Whether the actor at ``evidence`` is the doer of a verb of laying a mine or bomb (cue list
    ``laying_verbs``): its subject ("soldiers planted mines") or the agent of its passive ("a
    landmine laid by junta troops", "a bomb planted by the army")."""
    if evidence is None:
        return False
    span = doc.char_span(evidence.start_char, evidence.end_char, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root, verbs = span.root, load_cues().laying_verbs
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        verb = root.head.head
    elif root.dep_ == "nsubj":
        verb = root.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs


def territory_by_final_actor(mentions: list[EventMention]) -> None:
    """Who took a town decides the type of the change of hands: the codebook's ``by_actor``
    rule read again on the final actor1, which the sentence rule did not see where the taker
    came from the paragraph, the article or another telling ("troops withdrew from the town,
    surrounded by the other state's army"). Not where actor2 is of the camp the type names:
    then the two tellings merged into the event disagree on who took the town from whom, and
    the event is left as read."""
    codebook = load_codebook()
    for mention in mentions:
        a1, a2 = mention.actor1, mention.actor2
        if mention.event_type != "battles" or a1 is None or a1.type not in ARMED_TYPES - {"unknown"}:
            continue
        new = type_by_actor(codebook.entry(mention.sub_event_type), a1.type)
        if new is None or a2 is not None and a2.type in ARMED_TYPES - {"unknown"} and not set(
                actor_kinds(a2.type)) & set(actor_kinds(a1.type)):
            continue
        mention.sub_event_type = new


def attackers_by_territory(mentions: list[EventMention], article_mentions: ArticleMentions | None = None,
                           doc: Doc | None = None) -> None:
    """A clash told with a reciprocal word ("clashes", "fighting", "X and Y clashed") does not say
    who started it; ACLED's actor1 is the side that attacked. Where the article tells one side
    taking ground from the other (a town seized or retaken, news not background), or advancing
    ("the rebels have been advancing on the town"), and not the other, that side was on the
    attack: it is actor1 of the clash (``actor_roles.json``: ``attacker_takes_ground``; the
    reciprocal words: :func:`merge.fought`, or one in the clash's own sentence)."""
    advancing: dict[str | None, frozenset[str]] = {}
    for mention in _with_convention(mentions, "attacker_takes_ground"):
        a1, a2 = mention.actor1, mention.actor2
        if a1 is None or a2 is None or not {a1.type, a2.type} <= ORGANISED_ARMED_TYPES or not _reciprocal(mention):
            continue
        country = mention.location.country if mention.location else a1.country
        if country not in advancing:
            advancing[country] = _advancing(doc, article_mentions(country)) if article_mentions and doc else frozenset()
        on_attack2 = _takes_ground(a2, a1, mentions) or a2.name in advancing[country]
        on_attack1 = _takes_ground(a1, a2, mentions) or a1.name in advancing[country]
        if on_attack2 and not on_attack1:
            _swap_sides(mention)


def _reciprocal(mention: EventMention) -> bool:
    """The clash is told by a word of fighting between two sides, its trigger or a word of its
    own sentence ("heavy gunfire as the army clashes with the rebels"), or its tellings name
    neither side ("gunfire was heard in the city"): either way they do not say who attacked."""
    if fought(mention):
        return True
    return mention.sub_event_type == "armed_clash" and (
        has_reciprocal_word(mention.sentence.text)
        or not any(_told_in_event(mention, e) for e in (mention.actor1_evidence, mention.actor2_evidence)))


def _advancing(doc: Doc, found: Sequence[ActorMention]) -> frozenset[str]:
    """The names of the actors the article tells advancing: the subject of an advance verb, or
    of a verb going on with one ("the rebels continue to advance"), also through "who"
    (``cues.json``: ``advance_verbs``). "The advancing troops" says nothing of who attacked whom."""
    verbs = load_cues().advance_verbs
    names = set()
    for found_mention in found:
        span = doc.char_span(found_mention.start_char, found_mention.end_char, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        heads = [root.head] if root.dep_ == "nsubj" else []
        heads += [c for c in root.children if c.dep_ == "relcl"
                  and any(s.dep_ == "nsubj" and s.tag_ in {"WP", "WDT"} for s in c.children)]
        if any(v.lemma_.lower() in verbs or any(x.dep_ == "xcomp" and x.lemma_.lower() in verbs for x in v.children)
               for v in heads):
            names.add(found_mention.actor.name)
    return frozenset(names)


def _takes_ground(taker: Actor, loser: Actor, mentions: list[EventMention]) -> bool:
    """The article tells ``taker`` seizing or retaking ground (news, not background) from
    ``loser`` (or an actor of its type: "Gaddafi forces" and "the army"), or from no side it names."""
    return any(m.sub_event_type in TERRITORY_TYPES and not m.background and m.actor1 is not None
               and m.actor1.name == taker.name and (m.actor2 is None or m.actor2.type == loser.type)
               for m in mentions)


def bloodless_transfers(mentions: list[EventMention]) -> None:
    """A town taken without fighting changed hands without a battle (NOTES: a town that "fell
    without a fight", or was handed over under a deal, is a non-violent transfer): a territory
    change one of whose tellings says so (cues.json ``bloodless_cues``) becomes
    ``non_violent_transfer_of_territory``."""
    cues = load_cues()
    for mention in mentions:
        if mention.sub_event_type not in TERRITORY_TYPES or mention.background:
            continue
        texts = [mention.sentence.text, *(e.text for e in mention.evidence)]
        if any(contains_phrase(t, cues.bloodless_cues) for t in texts):
            _retype(mention, NON_VIOLENT_TRANSFER)


def transfers_under_deal(mentions: list[EventMention]) -> None:
    """A town that changed hands on the day the article tells a deal (an evacuation deal, a
    pact that ends a mutiny) was handed over under it (NOTES: handed over under a deal is a
    non-violent transfer): a territory change dated to the day of an act that the transfer type
    absorbs (codebook: an agreement), both news, becomes ``non_violent_transfer_of_territory``."""
    deal_types = load_codebook().entry(NON_VIOLENT_TRANSFER).absorbs
    deal_days = {m.date for m in mentions if m.sub_event_type in deal_types
                 and not m.background and m.date and m.date_precision == "day"}
    for mention in mentions:
        if mention.sub_event_type in TERRITORY_TYPES and not mention.background and mention.date in deal_days:
            _retype(mention, NON_VIOLENT_TRANSFER)


def _retype(mention: EventMention, sub_type: str) -> None:
    """Give the event another sub-type, and that sub-type's event type."""
    mention.sub_event_type = sub_type
    mention.event_type = load_codebook().entry(sub_type).event_type


def victims_by_final_type(mentions: list[EventMention], actors: ActorDictionary) -> None:
    """The people an abduction or a sexual assault took are coded as civilians, whatever
    their office (``actor_roles.json``: ``victims_are_civilians``)."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        a2 = mention.actor2
        if conv is None or not conv.victims_are_civilians or a2 is None or a2.type == "civilians":
            continue
        if mention.actor1 is None or mention.actor1.type == "state_forces" and a2.type != "state_forces":
            continue  # who took whom is unclear: left as read
        country = a2.country or (mention.location.country if mention.location else None)
        mention.actor2 = replace(actors.normalise("civilians", country=country), mention=a2.mention)


def state_parties_by_final_type(mentions: list[EventMention], actors: ActorDictionary) -> None:
    """A coup is the state's military against its own government (``actor_roles.json``:
    ``state_parties``): an actor of another type that the sentence put into the event, or an
    actor2 that is actor1 again, gives way to the type's unnamed actor of that side."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        if conv is None or not conv.state_parties:
            continue
        a1, a2 = mention.actor1, mention.actor2
        country = _state_country(mention)
        if a1 is not None and a1.type != "state_forces" and conv.unnamed_actor1:
            _put_unnamed_actor1(mention, actors.normalise(conv.unnamed_actor1, country=country))
        a1 = mention.actor1
        if a2 is not None and conv.unnamed_actor2 and (
                a2.type != "state_forces" or a1 is not None and a1.name == a2.name):
            _put_unnamed_actor2(mention, actors.normalise(conv.unnamed_actor2, country=country))


def _state_country(mention: EventMention) -> str | None:
    """The country of the event's place, else that of its first state-force actor."""
    country = mention.location.country if mention.location else None
    return country or next((a.country for a in (mention.actor1, mention.actor2)
                            if a is not None and a.type == "state_forces"), None)


def _swap_sides(mention: EventMention) -> None:
    """actor1 and actor2 change places, each with its evidence."""
    mention.actor1, mention.actor2 = mention.actor2, mention.actor1
    mention.actor1_evidence, mention.actor2_evidence = mention.actor2_evidence, mention.actor1_evidence


def _put_unnamed_actor1(mention: EventMention, actor: Actor) -> None:
    """``actor`` as the event's actor1, implied by its type: no words of the text are its evidence."""
    mention.actor1 = replace(actor, mention=None)
    mention.actor1_evidence = None
    mention.flags.add(Flag.ACTOR1_UNNAMED)


def _put_unnamed_actor2(mention: EventMention, actor: Actor) -> None:
    """``actor`` as the event's actor2, implied by its type: no words of the text are its evidence."""
    mention.actor2 = replace(actor, mention=None)
    mention.actor2_evidence = None
    mention.flags.add(Flag.ACTOR2_UNNAMED)


def no_actor2_by_final_type(mentions: list[EventMention]) -> None:
    """A type with no second side once merging has settled it (``actor_roles.json``:
    ``no_actor2_after_merge``): a peaceful protest had no force intervene, so the police or
    officials its sentences name (counting the crowd, standing by) are not its actor2. Kept
    where its sentences tell force used (``force_words``: "shot", "tear gas"): then the force
    acted on the crowd and the sub-type, not the force, is what the sentences got wrong."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        if conv is None or not conv.no_actor2_after_merge or mention.actor2 is None:
            continue
        texts = [mention.sentence.text, *(e.text for e in mention.evidence)]
        if not any(contains_phrase(t, conv.force_words) for t in texts):
            mention.actor2, mention.actor2_evidence = None, None
            mention.flags.discard(Flag.ACTOR2_TARGETED)
            mention.flags.discard(Flag.ACTOR2_UNNAMED)


def rival_crowds_by_final_type(mentions: list[EventMention], actors: ActorDictionary) -> None:
    """A riot one of whose sentences tells it as fought between crowds ("supporters of the two
    candidates clashed"; ``EventMention.rival_crowds``) has the crowd on both sides
    (``actor_roles.json``: ``rival_crowds``): actor2 is the crowd too, not the civilians or nobody
    that another telling of it (a headline, the damage done) read. A force or group read as
    the other side stays."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        a2 = mention.actor2
        if not mention.rival_crowds or conv is None or not conv.rival_crowds or not conv.crowd \
                or a2 is not None and a2.type != "civilians":
            continue
        country = mention.location.country if mention.location else None
        crowd = actors.normalise(conv.crowd, country=country)
        mention.actor2 = replace(crowd, mention=a2.mention if a2 else None)
        mention.flags.discard(Flag.ACTOR2_UNNAMED)
        mention.flags.discard(Flag.ACTOR2_TARGETED)


def tolls_by_final_type(mentions: list[EventMention]) -> None:
    """An arrest, an agreement or a peaceful protest kills no one by definition (codebook
    ``deadly``): a toll in its sentence ("detained a suspect in last month's killings") counts the
    victims of another act, so the event carries none."""
    codebook = load_codebook()
    for mention in mentions:
        if not codebook.entry(mention.sub_event_type).deadly:
            mention.fatalities, mention.fatalities_evidence = Fatalities(), None


#: Days apart that one episode of acts spans: dated to the day, the next day at most; else a week.
EPISODE_DAYS = 1
EPISODE_DAYS_LOOSE = 7


def in_episode(a: EventMention, b: EventMention) -> bool:
    """Whether two dated mentions fall within one episode of the article's acts."""
    if not a.date or not b.date:
        return False
    loose = a.date_precision != "day" or b.date_precision != "day"
    return days_apart(a, b) <= (EPISODE_DAYS_LOOSE if loose else EPISODE_DAYS)


def generic_by_episode(mentions: list[EventMention]) -> None:
    """An act told only by a generic word (codebook ``generic_phrases``: "the second blast",
    "regime bombing on the town") in the days of the article's acts of one of the type's
    ``episode_types`` ("suicide bombers struck the city", "a wave of air strikes") is one of those
    acts, unless the article tells an act of the generic type by a word of its own (a roadside
    bomb) in those days too."""
    codebook = load_codebook()
    for mention in mentions:
        entry = codebook.entry(mention.sub_event_type)
        if not entry.generic_phrases or mention.type_evidence.text.lower() not in entry.generic_phrases:
            continue  # the type evidence: a generic word, or the word inside its phrase that says more
        near = [m for m in mentions if m is not mention and in_episode(m, mention)]
        kinds = {m.sub_event_type for m in near if m.sub_event_type in entry.episode_types}
        specific = any(m.sub_event_type == mention.sub_event_type
                       and m.type_evidence.text.lower() not in entry.generic_phrases for m in near)
        if len(kinds) == 1 and not specific:
            _retype(mention, kinds.pop())


def apply_type_conventions(mentions: list[EventMention], actors: ActorDictionary,
                           article_mentions: ArticleMentions | None = None,
                           attributed_group: ActorMention | None = None, doc: Doc | None = None) -> None:
    """The conventions of the events' final sub-types, in order. ``attributed_group``: the named
    group the article holds responsible (``attribution.attributed``); a bomber whom
    :func:`non_state_sides_by_final_type` has only just made the doer (a suicide bomber shot dead
    by troops, read with the troops as actor1) is that group's, as one read so from the start.
    ``doc``: the article, where a clash's attacker is read from what the article tells."""
    generic_by_episode(mentions)
    crowd_by_final_type(mentions, actors)
    crowd_before_force(mentions, actors)
    taken_by_state(mentions, doc)
    disappeared_after_arrest(mentions, actors, doc)
    state_sides_by_final_type(mentions, actors, doc)
    victims_by_final_type(mentions, actors)
    non_state_sides_by_final_type(mentions, actors, doc)
    perpetrators_by_attribution(mentions, attributed_group, actors)
    perpetrators_from_day_peers(mentions)
    victims_of_deadly_acts(mentions, actors)
    state_parties_by_final_type(mentions, actors)
    state_actor1_from_peers(mentions)
    held_by_accusation(mentions, actors)
    striker_from_peers(mentions)
    if article_mentions is not None:
        one_side_told_twice(mentions, actors, article_mentions)
        actor1_from_article(mentions, article_mentions)
        state_actor1_from_article(mentions, article_mentions, attributed_group)
        opponents_by_final_type(mentions, article_mentions, doc)
    territory_by_final_actor(mentions)
    attackers_by_territory(mentions, article_mentions, doc)
    bloodless_transfers(mentions)
    transfers_under_deal(mentions)
    rival_crowds_by_final_type(mentions, actors)
    no_actor2_by_final_type(mentions)
    tolls_by_final_type(mentions)


def resisted_attacks(mentions: list[EventMention], statements: Callable[[], list[Span]],
                     actors: ActorDictionary) -> None:
    """An attack on civilians told in a paragraph that says the people attacked fought back
    (``nlp.resistance``: "residents rushed to confront the gunmen", "they were guarding their
    homes when they were ambushed") was a battle against armed locals: an ``armed_clash`` whose
    actor2 is a local militia (NOTES: attacks that meet resistance, self-defence groups).
    ``statements`` reads those sentences, only for articles that tell such an attack."""
    attacks = [m for m in mentions
               if m.sub_event_type == "attack" and m.actor2 is not None and m.actor2.type == "civilians"]
    found = statements() if attacks else []
    if not found:
        return
    spans = [paragraph_of(s) for s in found]
    for mention in attacks:
        a2 = mention.actor2
        told = [mention.sentence, *mention.evidence]
        if not any(e.start_char < end and start < e.end_char for e in told for start, end in spans):
            continue
        _retype(mention, "armed_clash")
        country = a2.country or (mention.location.country if mention.location else None)
        mention.actor2 = replace(actors.normalise(RESISTING_ACTOR, country=country), mention=a2.mention)


#: Who the attacked people are once they fought back (``actors.json``).
RESISTING_ACTOR = "communal militia"


def paragraph_of(sentence: Span) -> tuple[int, int]:
    """The characters of the paragraph a sentence is in: a telling of the attack there ("gunmen
    raided the village. Villagers confronted them") is what the resistance answered."""
    return sentence_paragraph(sentence)


def tolls_of_none_stated_apart(mentions: list[EventMention], statements: list[Span]) -> None:
    """A deadly act told before a sentence that says no one was killed, in an article that tells
    no deaths at all, killed no one: its toll is 0, not unknown ("mobs burned churches ... No
    deaths were reported"). Background acts are left as read (the statement is about the news)."""
    if not statements:
        return
    codebook = load_codebook()
    last = max(s.start_char for s in statements)
    for mention in mentions:
        if mention.background or not codebook.entry(mention.sub_event_type).deadly:
            continue
        if mention.fatalities.best is not None or mention.fatalities.low is not None:
            continue
        if mention.sentence.start_char > last:
            continue
        first = min((s for s in statements if s.start_char >= mention.sentence.start_char),
                    key=lambda s: s.start_char, default=None)
        if first is None:
            continue
        mention.fatalities = Fatalities(0)
        mention.fatalities_evidence = Evidence(first.start_char, first.end_char, first.text)
