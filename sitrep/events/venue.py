"""Where an agreement was made: the place of the talks or the signing ("signed the accord in X",
"talks that began in the capital X"), not the war zone it concerns. ACLED codes an agreement at
its venue; the conflict's own places are where its sentences are usually set, so without this
an accord signed abroad lands in the war zone's country."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.events.context import ArticleContext, places_in
from sitrep.events.mention import LOCATION_FLAGS, EventMention, Flag
from sitrep.events.place_choice import is_distance_landmark, is_linked
from sitrep.model import Evidence, Place
from sitrep.nlp.arguments import token_distance
from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import sentences

VENUE_PREPOSITIONS = frozenset({"in", "at"})


def _is_venue_word(tok: Token) -> bool:
    words = load_cues().venue_words
    return tok.lemma_.lower() in words or tok.lower_ in words


def _governed_by_venue(prep: Token) -> bool:
    """ "signed ... in X", "a declaration signed in X", "talks in X", "talks began in X": the
    preposition hangs off a word of meeting or signing, off the noun its verb acts on, or off a
    verb whose subject is such a word."""
    head = prep.head
    if _is_venue_word(head) or head.dep_ in {"dobj", "pobj", "nsubjpass"} and _is_venue_word(head.head):
        return True
    return head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and _is_venue_word(c) for c in head.children)


def _described(span: Span) -> Token:
    """The noun a name stands in apposition or compound to ("the capital, X", "the X capital Y"
    -> "capital"), else the name's root."""
    anchor = span.root
    while anchor.dep_ in {"appos", "compound"} and anchor.head.i > span.start - 4 and anchor.head.pos_ in {"NOUN", "PROPN"} \
            and anchor.head.i not in range(span.start, span.end):
        anchor = anchor.head
    return anchor


def venue_in(sent: Span, ctx: ArticleContext, trigger: Span | None = None) -> tuple[Place, Evidence] | None:
    """The place of the sentence at which talks or a signing happened: the first, or with a
    trigger the nearest to it ("the truce signed in X follows a deal signed in Y")."""
    found = [(span, place, ev) for span, place, ev in places_in(sent, ctx)
             if (anchor := _described(span)).dep_ == "pobj" and anchor.head.lower_ in VENUE_PREPOSITIONS
             and not is_distance_landmark(span) and _governed_by_venue(anchor.head)]
    if not found:
        return None
    if trigger is not None:
        found.sort(key=lambda f: token_distance(f[0], trigger))
    return found[0][1], found[0][2]


def article_venue(sent: Span, ctx: ArticleContext) -> tuple[Place, Evidence] | None:
    """The venue the article names nearest before the sentence, else the first one after it."""
    before, after = None, None
    for other in sentences(sent.doc):
        found = venue_in(other, ctx)
        if found is None:
            continue
        if other.start < sent.start:
            before = found
        elif after is None:
            after = found
    return before or after


def place_at_venue(mention: EventMention, trigger: Span, ctx: ArticleContext) -> None:
    """An agreement goes to the venue its own sentence names; failing that, when its sentence
    ties no place to the trigger, to the venue the article names."""
    if mention.sub_event_type != "agreement":
        return
    found = venue_in(trigger.sent, ctx, trigger)
    if found is None and not _placed_by_trigger(mention, trigger):
        found = article_venue(trigger.sent, ctx)
    if found is not None:
        mention.location, mention.location_evidence = found
        mention.flags -= LOCATION_FLAGS | {Flag.LOCATION_LANDMARK, Flag.LOCATION_FROM_ARTICLE}


def _placed_by_trigger(mention: EventMention, trigger: Span) -> bool:
    """Whether the mention's place is a name of its own sentence tied to the trigger."""
    ev = mention.location_evidence
    if mention.location is None or ev is None or mention.flags & (LOCATION_FLAGS | {Flag.LOCATION_LANDMARK}):
        return False
    sent = trigger.sent
    if not (sent.start_char <= ev.start_char and ev.end_char <= sent.end_char):
        return False
    span = sent.doc.char_span(ev.start_char, ev.end_char, alignment_mode="expand")
    return span is not None and is_linked(span, trigger) and not _names_a_party(span, trigger)


def _names_a_party(span: Span, trigger: Span) -> bool:
    """A place inside the subject of the agreeing verb ("the rebels of X agreed") says who
    agreed, not where."""
    verb = trigger.root if trigger.root.pos_ in {"VERB", "AUX"} else trigger.root.head
    return any(c.dep_ in {"nsubj", "nsubjpass"} and span.root in c.subtree for c in verb.children)
