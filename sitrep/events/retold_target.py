"""An act told at a province or a region, whose target the next sentences name again at a town
of it: "drones struck an oil refinery in the X region overnight ... Falling debris set fire to
the refinery in the city of Y". A report often names the province in its lead and the town only
when it tells what happened at the target; the sentence that does may tell no act of its own
(a fire, debris, damage), so no mention carries the town to the merge. The town is the act's
place, as a careful coder would put it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from sitrep.events.context import ArticleContext, places_in
from sitrep.events.merge import GUESSED_PLACE_FLAGS, coarse, inside
from sitrep.events.mention import EventMention
from sitrep.events.place_choice import is_linked
from sitrep.model import Evidence, Place
from sitrep.nlp.arguments import PRECISION_RANK, evidence_of
from sitrep.nlp.cues import load_cues

#: How many sentences after the act's own a retelling of its target may stand.
REACH = 3
INDEFINITE = frozenset({"a", "an"})
#: Prepositions that tie a place to the noun right before them as where it stands.
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})
#: Prepositions that tie a place to the target as where it came from or went, not where it was.
MOVEMENT_PREPOSITIONS = frozenset({"from", "to", "toward", "towards", "for"})


def target_noun(trigger: Span) -> Token | None:
    """The installation or settlement the act's clause tells as hit without naming it ("struck an
    oil refinery", "an attack on a village"): an indefinite noun of ``cues.json``
    ``retold_target_nouns`` tied to the trigger in the parse."""
    nouns = load_cues().retold_target_nouns
    doc = trigger.doc
    for tok in trigger.sent:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in nouns:
            continue
        if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children) \
                and (tok.i in {t.i for t in trigger} or is_linked(doc[tok.i:tok.i + 1], trigger)):
            return tok
    return None


def retold_at(sent: Span, noun: Token, area: Place, ctx: ArticleContext) -> tuple[Place, Evidence] | None:
    """The finer place inside ``area`` that ``sent`` gives the same target told again with a
    definite article ("the refinery in the city of Y", "the village of W", "the Y depot")."""
    determiners = load_cues().anaphoric_determiners
    lemma = noun.lemma_.lower()
    for tok in sent:
        if tok.lemma_.lower() != lemma or tok.tag_ != "NN" \
                or not any(c.dep_ == "det" and c.lower_ in determiners for c in tok.children):
            continue
        phrase = target_phrase(tok)
        for span, place, ev in places_in(sent, ctx):
            if span.root.i in phrase and not moved_along(span.root, tok) and inside(place, area) \
                    and PRECISION_RANK[place.precision] < PRECISION_RANK[area.precision]:
                return place, ev
    return None


def target_phrase(noun: Token) -> set[int]:
    """The words of the target's phrase: its subtree, and a place phrase right after it that the
    parser hung on the verb instead ("set the refinery in the city of Y ablaze")."""
    words = {t.i for t in noun.subtree}
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].dep_ == "prep" and doc[noun.i + 1].lower_ in PLACE_PREPOSITIONS:
        words |= {t.i for t in doc[noun.i + 1].subtree}
    return words


def moved_along(place: Token, noun: Token) -> bool:
    """Whether a preposition of movement stands between the place and the target noun ("the bus
    from X", "the convoy heading to Y"): the place is not where the target was hit."""
    tok = place
    while tok.i != noun.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in MOVEMENT_PREPOSITIONS:
            return True
        tok = tok.head
    return False


def following_sentences(sent: Span) -> list[Span]:
    """Up to ``REACH`` sentences after ``sent``, in its paragraph and the next one."""
    doc, found, breaks = sent.doc, [], 0
    i = sent.end
    while i < len(doc) and len(found) < REACH:
        if "\n" in doc[i - 1].text_with_ws:
            breaks += 1
            if breaks > 1:
                break
        nxt = doc[i].sent
        if nxt.text.strip():
            found.append(nxt)
        i = nxt.end
    return found


def places_by_retold_target(doc: Doc, events: list[EventMention], ctx: ArticleContext) -> None:
    """Each news event told at a coarse place (a country, a province, a region across provinces)
    whose target the next sentences name again at a place inside it takes that place. A
    sentence that tells another event ends the search: what follows is that event's."""
    starts = {e.sentence.start_char: e for e in events}
    for event in events:
        if event.background or event.location is None or not coarse(event.location):
            continue
        trigger = doc.char_span(event.trigger.start_char, event.trigger.end_char, alignment_mode="expand")
        noun = target_noun(trigger) if trigger is not None else None
        if noun is None:
            continue
        for sent in following_sentences(trigger.sent):
            other = starts.get(sent.start_char)
            if other is not None and other is not event:
                break
            found = retold_at(sent, noun, event.location, ctx)
            if found is not None:
                event.location, event.location_evidence = found
                event.flags -= GUESSED_PLACE_FLAGS
                if evidence_of(sent) not in event.evidence:
                    event.evidence.append(evidence_of(sent))
                break
