"""Forces owned by the speaker: "the defence ministry said its forces had captured X", "Hamas said
its fighters fired rockets". A doer told only as "its/their forces" inside what a speaker said
is the speaker's own force: the group itself when the speaker is an armed group, the country's
military when the speaker is its government (a ministry, a general staff). Without this the act
has no actor and a territory change falls back to the non-state sub-type.

The words are data (``nlp/data/cues.json``: ``state_party_nouns``, ``armed_doer_nouns``,
``speech_verbs``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sitrep.events.clauses import clause_verb
from sitrep.events.mention import EventMention
from sitrep.model import Evidence
from sitrep.nlp.cues import load_cues

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from sitrep.nlp.actors import ActorDictionary

#: Owner words that point back to the speaker ("its forces", "their troops").
OWNER_WORDS = frozenset({"its", "their"})
#: Dependencies through which a reported clause hangs under the verb of saying.
REPORTED_DEPS = frozenset({"ccomp", "conj", "xcomp", "advcl"})
#: How many clause steps up from the act to the verb of saying.
REACH = 3


def _owned_doer(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is a force noun owned by "its"/"their"."""
    cues = load_cues()
    forces = cues.state_party_nouns | cues.armed_doer_nouns
    for c in verb.children:
        if c.dep_ == "nsubj" and (c.lemma_.lower() in forces or c.lower_ in forces) \
                and any(k.dep_ == "poss" and k.lower_ in OWNER_WORDS for k in c.children):
            return c
    return None


def _speaker(verb: Token) -> Token | None:
    """The subject of the verb of saying that ``verb``'s clause is reported under."""
    speech = load_cues().speech_verbs
    for _ in range(REACH):
        if verb.dep_ not in REPORTED_DEPS or verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.lemma_.lower() in speech:
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def speaker_forces(mention: EventMention, trigger: Span, country: str | None, actors: ActorDictionary) -> None:
    """Give a mention with no actor1 the speaker's force (see the module docstring)."""
    if mention.actor1 is not None:
        return
    verb = clause_verb(trigger)
    doer = _owned_doer(verb)
    speaker = _speaker(verb) if doer is not None else None
    if speaker is None:
        return
    doc = trigger.doc
    span = doc[speaker.left_edge.i: speaker.right_edge.i + 1]
    found = [m for m in actors.find(span, country=country) if m.actor.type not in ("civilians", "unknown")]
    if not found:
        return
    said = found[0].actor
    if said.name.startswith("Government of") and said.country:
        military = actors.normalise("armed forces", country=said.country)
        said = replace(military, mention=doer.text) if military.type == "state_forces" else said
    mention.actor1 = said
    mention.actor1_evidence = Evidence(doer.idx, doer.idx + len(doer.text), doer.text)
