"""Conventions that follow from an event's final sub-type, applied once merging has settled it
(a mention first told as a protest can end up a riot): who the crowd is, who the other side of
a battle is when no sentence names it, and whether the event can carry a toll at all."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.events.mention import EventMention, Flag
from sitrep.model import Evidence, Fatalities
from sitrep.nlp.arguments import article_opponent, load_role_conventions
from sitrep.nlp.codebook import load_codebook

if TYPE_CHECKING:
    from sitrep.nlp.actors import ActorDictionary, ActorMention

#: The actor mentions of the whole article, read with a context country.
ArticleMentions = Callable[["str | None"], Sequence["ActorMention"]]


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


def opponents_by_final_type(mentions: list[EventMention], article_mentions: ArticleMentions) -> None:
    """A battle whose sentences name one side only was fought against the article's main party
    of the other camp (``actor_roles.json``: ``opponent_from_article``, ``opponent_after_merge``).
    Read after merging, so that the implied opponent never decides which tellings are one event."""
    conventions = load_role_conventions()
    for mention in mentions:
        conv = conventions.get(mention.sub_event_type)
        if conv is None or not (conv.opponent_from_article or conv.opponent_after_merge) or mention.actor2 is not None:
            continue
        a1 = mention.actor1
        country = a1.country if a1 and a1.country else mention.location.country if mention.location else None
        opponent = article_opponent(a1, article_mentions(country))
        if opponent is not None:
            mention.actor2 = opponent.actor
            mention.actor2_evidence = Evidence(opponent.start_char, opponent.end_char, opponent.text)
            mention.flags.add(Flag.ACTOR_FROM_CONTEXT)


def tolls_by_final_type(mentions: list[EventMention]) -> None:
    """An arrest, an agreement or a peaceful protest kills no one by definition (codebook
    ``deadly``): a toll in its sentence ("detained a suspect in last month's killings") counts the
    victims of another act, so the event carries none."""
    codebook = load_codebook()
    for mention in mentions:
        if not codebook.entry(mention.sub_event_type).deadly:
            mention.fatalities, mention.fatalities_evidence = Fatalities(), None


def apply_type_conventions(mentions: list[EventMention], actors: ActorDictionary,
                           article_mentions: ArticleMentions | None = None) -> None:
    crowd_by_final_type(mentions, actors)
    if article_mentions is not None:
        opponents_by_final_type(mentions, article_mentions)
    tolls_by_final_type(mentions)
