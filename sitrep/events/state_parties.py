"""A country or a national capital that names a state acting, not a place: "groups supported
by Ankara", "a ceasefire deal with Kinshasa", "Moscow's forces". News writes a capital for its
government; read as a place it puts the event in the capital of a state that is only a party
(or a backer) of it. The role words are data (``nlp/data/cues.json``: ``state_party_nouns``,
``backing_verbs``, ``dealing_nouns``, ``speech_verbs``, ``stance_verbs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.model import Place
from sitrep.nlp.cues import load_cues
from sitrep.nlp.state_agents import first_name_conjunct

if TYPE_CHECKING:
    from sitrep.events.context import ArticleContext

#: How many nouns up from a preposition a dealing noun may stand ("an exchange of prisoners of
#: war between X and Y": "between" hangs off "war", two nouns below "exchange").
DEALING_REACH = 3


def _under_dealing(prep: Token, dealing: frozenset[str]) -> bool:
    """The preposition hangs off a dealing noun or verb, directly or through a few nouns."""
    tok = prep.head
    for _ in range(DEALING_REACH):
        if tok.lemma_.lower() in dealing or tok.lower_ in dealing:
            return True
        if tok.pos_ not in {"NOUN", "PROPN"} or tok.head.i == tok.i:
            return False
        tok = tok.head.head if tok.head.dep_ == "prep" else tok.head
    return False


def names_state(span: Span, place: Place, ctx: ArticleContext) -> bool:
    """Whether a country or national capital is named as a state party rather than as a place:
    the owner of a state's noun ("Moscow's forces", "Washington's efforts"), the backer of an
    agent phrase ("militias backed by Tehran"), the speaker of a statement or stance ("Zenda said",
    "Zenda denied any role"), or a side of a dealing ("talks with Kabul", "a
    prisoner swap between X and Y"). Any other place, or any other role, is not."""
    if place.precision != "country" and not ctx.is_capital(place):
        return False
    cues = load_cues()
    root = span.root
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in cues.state_party_nouns or root.head.lower_ in cues.state_party_nouns
    first = first_name_conjunct(root)
    if first.dep_ == "nsubj" and place.precision != "country":
        return first.head.lemma_.lower() in cues.speech_verbs | cues.stance_verbs
    if first.dep_ != "pobj":
        return False
    prep = first.head
    if prep.lower_ == "by":
        return prep.head.lemma_.lower() in cues.backing_verbs
    return prep.lower_ in {"with", "between"} and _under_dealing(prep, cues.dealing_nouns)


__all__ = ["DEALING_REACH", "names_state"]
