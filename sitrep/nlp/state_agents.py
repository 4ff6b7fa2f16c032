"""A country's name as the doer of a strike: "Russia shelled Kherson", "Russia fired missiles at
Dnipro", "Israel bombed the camp". News writes the state for its armed forces; ACLED codes the
country's military ("Military Forces of X"). The dictionary reads a country's name only as a
qualifier ("Russian troops"), so a bare name acting would leave the act to "Unidentified Armed
Group". Only the subject of a strike verb (or its "by" agent) counts: "Russia said", "Ukraine's
east" and "the war in Ukraine" name no doer.

A country's name as a party to a deal ("India and Pakistan agreed to a ceasefire", "Congo and
Rwanda signed a peace deal") stands for its government in the same way ("Government of X"),
each of the coordinated names one party.

The verbs are data (``data/cues.json``: ``state_strike_verbs``, ``state_party_verbs``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.nlp.actors import ActorMention
from sitrep.nlp.cues import load_cues

if TYPE_CHECKING:
    from sitrep.nlp.actors import ActorDictionary

#: The generic force word whose country template names a state's military.
FORCE_WORD = "armed forces"
#: The word whose country template names a state's government.
GOVERNMENT_WORD = "the government"


@lru_cache(maxsize=4)
def _country_names(actors: ActorDictionary) -> dict[str, str]:
    """Lower-case country names and aliases -> ISO-2 (not demonyms: "Russian" is a qualifier)."""
    return {n.lower(): iso for iso, c in actors.countries.items() for n in (c.name, *c.aliases) if n}


def _name_span(tok: Token) -> Span:
    """The whole name a head token ends ("the United States": its compounds and "the")."""
    left = min((c.i for c in tok.children if c.dep_ == "compound"), default=tok.i)
    return tok.doc[left:tok.i + 1]


def _strikes(tok: Token, verbs: frozenset[str]) -> bool:
    """The token is the subject of a strike verb, or its passive "by" agent."""
    if tok.dep_ == "nsubj":
        return tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in verbs
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent":
        return tok.head.head.lemma_.lower() in verbs
    return False


def _party_to(tok: Token, verbs: frozenset[str]) -> bool:
    """The token is the subject of a deal verb, coordinated with it ("X and Y agreed"), or
    the country of its envoys ("the envoys of X and Y signed")."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    return head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX") and head.head.lemma_.lower() in verbs


def _state_word(tok: Token) -> str | None:
    """The dictionary word that a country's name in ``tok``'s role stands for: its military
    when it strikes, its government when it is a party to a deal, else None."""
    cues = load_cues()
    if _strikes(tok, cues.state_strike_verbs):
        return FORCE_WORD
    if _party_to(tok, cues.state_party_verbs):
        return GOVERNMENT_WORD
    return None


def state_agents(sent: Span, found: Sequence[ActorMention], actors: ActorDictionary) -> list[ActorMention]:
    """``found`` plus the country names in ``sent`` that strike, as their military, and those
    that are parties to a deal, as their government."""
    names = _country_names(actors)
    taken = [(m.start_char, m.end_char) for m in found]
    out = list(found)
    for tok in sent:
        word = _state_word(tok) if tok.pos_ == "PROPN" else None
        if word is None:
            continue
        span = _name_span(tok)
        text = span.text[4:] if span.text.lower().startswith("the ") else span.text
        iso = names.get(text.lower())
        if iso is None or any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        force = actors.normalise(word, country=iso)
        if force.type != "state_forces":
            continue
        out.append(ActorMention(span.start_char, span.end_char, span.text,
                                actor=replace(force, mention=span.text, country=iso)))
    return out
