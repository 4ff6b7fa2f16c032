"""Conventions that follow from an event's final sub-type, applied once merging has settled it
(a mention first told as a protest can end up a riot): who the crowd is, and whether the
event can carry a toll at all."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.events.mention import EventMention
from sitrep.model import Fatalities
from sitrep.nlp.arguments import load_role_conventions
from sitrep.nlp.codebook import load_codebook

if TYPE_CHECKING:
    from sitrep.nlp.actors import ActorDictionary
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


def tolls_by_final_type(mentions: list[EventMention]) -> None:
    """An arrest, an agreement or a peaceful protest kills no one by definition (codebook
    ``deadly``): a toll in its sentence ("detained a suspect in last month's killings") counts the
    victims of another act, so the event carries none."""
    codebook = load_codebook()
    for mention in mentions:
        if not codebook.entry(mention.sub_event_type).deadly:
            mention.fatalities, mention.fatalities_evidence = Fatalities(), None


def apply_type_conventions(mentions: list[EventMention], actors: ActorDictionary) -> None:
    crowd_by_final_type(mentions, actors)
    tolls_by_final_type(mentions)
