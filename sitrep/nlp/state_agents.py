"""A country's name as the doer of a strike or as a party to a deal: it stands for the state
acting. News writes the state for its armed forces ("Russia shelled Kherson", "Israel bombed the
camp"); ACLED codes the country's military ("Military Forces of X"). The dictionary reads a
country's name only as a qualifier ("Russian troops"), so a bare name acting would leave the act
to "Unidentified Armed Group". A name counts as a striker only as the subject of a strike verb
(or its "by" agent), an armed act that takes ground or fights included ("Russia captured the
village", "Chad and Sudan clashed": each coordinated name a side): "Russia said", "Ukraine's
east", "the war in Ukraine" and "strikes on Iran" name no doer.

A country's name as a party to a deal ("India and Pakistan agreed to a ceasefire", "Congo and
Rwanda signed a peace deal") stands for its government ("Government of X"), each of the
coordinated names one party; "the army chiefs of X and Y agreed" for the force named ("Military
Forces of X"). A deal verb makes a party only when it tells a deal: an agreement trigger, or a
dealing noun as what it acts on ("exchanged prisoners", "reached a truce"), not "exchanged
fire" or "reached the outskirts".

The words are data (``data/cues.json``: ``state_strike_verbs``, ``state_party_verbs``,
``dealing_nouns``)."""

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
#: The sub-event type of a deal.
AGREEMENT = "agreement"


@lru_cache(maxsize=4)
def _country_names(actors: ActorDictionary) -> dict[str, str]:
    """Lower-case country names and aliases -> ISO-2 (not demonyms: "Russian" is a qualifier)."""
    return {n.lower(): iso for iso, c in actors.countries.items() for n in (c.name, *c.aliases) if n}


def _name_span(tok: Token) -> Span:
    """The whole name a head token ends ("the United States": its compounds and "the")."""
    left = min((c.i for c in tok.children if c.dep_ == "compound"), default=tok.i)
    return tok.doc[left:tok.i + 1]


def _strikes(tok: Token, verbs: frozenset[str], dealing: frozenset[str]) -> bool:
    """The token, or the first of the names coordinated with it ("X and Y exchanged fire": each
    a side), is the subject of a strike verb that tells no deal ("exchanged prisoners" does), or
    its passive "by" agent."""
    tok = first_name_conjunct(tok)
    if tok.dep_ == "nsubj":
        verb = tok.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and not _tells_deal(verb, dealing) \
            and _tells_armed_act(verb)
    if tok.dep_ == "pobj" and tok.head.lower_ == "by" and tok.head.dep_ == "agent":
        return tok.head.head.lemma_.lower() in verbs
    return False


def _owns_striking_craft(tok: Token, cues) -> bool:
    """The name owns the craft or men that a trigger word names ("drones of X struck", "troops
    of X raided"): as "X's drones", X's military is the doer (cues ``owner_of_nouns``)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in cues.owner_of_nouns:
        return False
    craft = prep.head
    doc = tok.doc
    return "triggers" in doc.spans and any(s.label_ != AGREEMENT and s.start <= craft.i < s.end
                                           for s in doc.spans["triggers"])


def _tells_armed_act(verb: Token) -> bool:
    """The strike verb tells an act of the article: not a past act set as the time of another
    ("a war that began when X invaded"), not a war of words ("clashed at the UN"); a verb of
    trading only with fire as what it trades ("traded fire", not "traded accusations"); any
    other only as an event trigger itself (not "attacked the decision")."""
    cues = load_cues()
    if _sets_time(verb, cues.state_setting_marks) or _at_forum(verb, cues.state_forum_nouns):
        return False
    if verb.lemma_.lower() in cues.state_fire_trade_verbs:
        return any(o.lemma_.lower() in cues.state_fire_nouns or o.lower_ in cues.state_fire_nouns
                   for o in verb.children if o.dep_ == "dobj")
    return _is_act_trigger(verb)


def _sets_time(verb: Token, marks: frozenset[str]) -> bool:
    """The verb heads a clause opened by a word of time ("since", "after", "when") that tells
    its act as the setting of another."""
    return verb.dep_ in ("advcl", "relcl", "pcomp", "pobj") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in marks and c.i < verb.i for c in verb.children) \
        or (verb.dep_ == "pcomp" and verb.head.lower_ in marks)


def _at_forum(verb: Token, forums: frozenset[str]) -> bool:
    """The verb's act is placed at a forum of words ("clashed at the UN Security Council")."""
    return any(g.lower_ in forums or any(c.lower_ in forums for c in g.children if c.dep_ == "compound")
               for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "during")
               for g in p.children if g.dep_ == "pobj")


#: Dependency links by which a trigger word tells the verb's own act ("struck the town with a
#: missile", "launched drones at the city"), not one in a clause of its own.
_OWN_ACT_LINKS = frozenset({"dobj", "prep", "pobj", "compound", "amod", "nmod", "dative", "conj", "xcomp", "nummod"})


def _is_act_trigger(verb: Token) -> bool:
    """The verb, or a word of what it acts on or with, is part of an event trigger of an armed
    kind (not an agreement)."""
    doc = verb.doc
    if "triggers" not in doc.spans:
        return False
    return any(s.label_ != AGREEMENT and (s.start <= verb.i < s.end or _acted_on(s.root, verb))
               for s in doc.spans["triggers"])


def _acted_on(word: Token, verb: Token) -> bool:
    """``word`` hangs from ``verb`` through objects and prepositions only."""
    while word.i != verb.i:
        if word.dep_ not in _OWN_ACT_LINKS or word.head.i == word.i:
            return False
        word = word.head
    return True


def first_name_conjunct(token: Token) -> Token:
    """The first name of a coordination ("between X and Y", "X and Y agreed"): a later name
    takes its role from the first."""
    while token.dep_ == "conj" and token.head.i < token.i and token.head.pos_ == "PROPN":
        token = token.head
    return token


def _tells_deal(verb: Token, dealing: frozenset[str]) -> bool:
    """The verb tells a deal: it is part of an agreement trigger ("agreed to stop firing"), or
    what it acts on (its object, or that of its preposition) is a dealing noun ("reached a
    truce", "exchanged prisoners"); "exchanged fire", "reached the outskirts" tell none."""
    doc = verb.doc
    if "triggers" in doc.spans and any(s.label_ == AGREEMENT and s.start <= verb.i < s.end
                                       for s in doc.spans["triggers"]):
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in dealing or o.lower_ in dealing for o in objects)


def _party_to(tok: Token, verbs: frozenset[str], dealing: frozenset[str]) -> Token | None:
    """The subject of a verb telling a deal that the country's name stands in: the name itself
    or the first of coordinated names ("X and Y agreed"), or the noun it qualifies ("the envoys
    of X and Y signed"); None when the name is no party to a deal."""
    head = first_name_conjunct(tok)
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in verbs:
        return None
    return head if _tells_deal(verb, dealing) else None


def _state_words(tok: Token) -> tuple[str, ...]:
    """The dictionary words that a country's name in ``tok``'s role may stand for, the first
    naming a state force winning: its military when it strikes; when it is a party to a deal,
    the force its noun names ("the army chiefs of X"), else its government."""
    cues = load_cues()
    if _strikes(tok, cues.state_strike_verbs, cues.dealing_nouns) or _owns_striking_craft(tok, cues):
        return (FORCE_WORD,)
    party = _party_to(tok, cues.state_party_verbs, cues.dealing_nouns)
    if party is None:
        return ()
    if party.i == first_name_conjunct(tok).i:
        return (GOVERNMENT_WORD,)
    return (_name_span(party).text, GOVERNMENT_WORD)


def state_agents(sent: Span, found: Sequence[ActorMention], actors: ActorDictionary) -> list[ActorMention]:
    """``found`` plus the country names in ``sent`` that strike, as their military, and those
    that are parties to a deal, as their government (or the force their noun names)."""
    names = _country_names(actors)
    taken = [(m.start_char, m.end_char) for m in found]
    out = list(found)
    for tok in sent:
        words = _state_words(tok) if tok.pos_ == "PROPN" else ()
        if not words:
            continue
        span = _name_span(tok)
        text = span.text[4:] if span.text.lower().startswith("the ") else span.text
        iso = names.get(text.lower())
        if iso is None or any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        agent = next((a for a in (actors.normalise(w, country=iso) for w in words) if a.type == "state_forces"),
                     None)
        if agent is None:
            continue
        out.append(ActorMention(span.start_char, span.end_char, span.text,
                                actor=replace(agent, mention=span.text, country=iso)))
    return out


def _named_forces(mentions: Sequence[ActorMention]) -> set[str]:
    """The names of the state forces that ``mentions`` name with their country ("Israeli
    troops", "Turkey's army", a striking country's name): not the generic ones."""
    return {m.actor.name for m in mentions if not m.generic and m.actor.type == "state_forces" and m.actor.country}


def foreign_owner(found: Sequence[ActorMention], country: str | None,
                  article_mentions: Sequence[ActorMention] = ()) -> list[ActorMention]:
    """``found`` with its generic force words ("soldiers", "the army") given to the one foreign
    force the sentence itself names with its country, when it is the same kind of force: "the
    Israeli military said two soldiers were killed in southern Lebanon", "clashed with Turkish
    commandos in northern Iraq, killing seven soldiers" tell that force's own men, not the
    place's. A generic word otherwise takes the place's country (``country``); that stays when
    the sentence names more than one force, or the place's own force anywhere in the article
    (``article_mentions``), for then the place's soldiers are parties of the story ("Russian
    shelling killed two soldiers" in an article about Ukrainian troops). A force named only
    elsewhere in the article owns none ("shot down by air defences" near "Ukrainian drones")."""
    if country is None:
        return list(found)
    told = [m for m in found if not m.generic]
    named = _named_forces(told)
    if len(named) != 1 or any(m.actor.country == country for m in article_mentions
                              if not m.generic and m.actor.type == "state_forces"):
        return list(found)
    (force,) = named
    owner = next(m.actor for m in told if m.actor.name == force)
    if owner.country == country:
        return list(found)
    out = []
    for m in found:
        own = m.generic and m.actor.type == "state_forces" and m.actor.country == country \
            and _force_kind(m.actor.name) == _force_kind(force)
        out.append(replace(m, actor=replace(owner, mention=m.text), generic=False) if own else m)
    return out


def _force_kind(name: str) -> str:
    """A force's name without its country ("Military Forces of Israel": "Military Forces")."""
    return name.partition(" of ")[0]
