"""The event's place when its sentence gives no resolved one: a village the gazetteer lacks (kept
by its words), the nearest earlier place of the paragraph, the article's main place or country;
and "the incident occurred in X" statements that narrow the place of the event told before."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from sitrep.events.context import ArticleContext, names_group, places_in, resolve_span
from sitrep.events.dateline_place import dateline_place, paragraph_places
from sitrep.events.merge import inside
from sitrep.events.mention import LOCATION_FLAGS, EventMention, Flag
from sitrep.events.place_choice import is_distance_landmark, is_linked, is_modifier, is_reference
from sitrep.events.state_parties import names_state
from sitrep.model import Evidence, Place
from sitrep.nlp.arguments import PRECISION_RANK, evidence_of, in_dateline, token_distance
from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import group_spans


def unresolved_place(sent: Span, ctx: ArticleContext, *, trigger: Span | None = None) -> Span | None:
    """A place name of the sentence (from the statistical NER) that the gazetteer cannot place;
    with a trigger, the one tied to it in the parse, else the nearest, never a modifier."""
    tagged = [p for p in group_spans(sent.doc, "places") if sent.start <= p.start and p.end <= sent.end]
    found = [p for p in tagged + [s for s in _named_settlements(sent) if not any(
             s.start < t.end and t.start < s.end for t in tagged)]
             if p.label_ != "GAZ" and not in_dateline(p) and not names_group(p, ctx) and resolve_span(p, ctx) is None]
    if trigger is not None:
        found = sorted((p for p in found if not is_modifier(p)),
                       key=lambda p: (not is_linked(p, trigger), token_distance(p, trigger)))
    return found[0] if found else None


NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "-"})


def proper_run(sent: Span, i: int, step: int) -> tuple[int, int]:
    """The run of proper-noun words (and "al-" particles) from token ``i`` going back (step -1)
    or forward (step 1) within the sentence, as [start, end); empty when there is none."""
    doc, idx, j = sent.doc, [], i
    while sent.start <= j < sent.end and (doc[j].tag_ in {"NNP", "NNPS"} or doc[j].lower_ in NAME_PARTICLES):
        idx.append(j)
        j += step
    if not idx:
        return 0, 0
    start, end = min(idx), max(idx) + 1
    while start < end and doc[start].lower_ in NAME_PARTICLES - {"al", "el"}:
        start += 1
    while start < end and doc[end - 1].lower_ in NAME_PARTICLES:
        end -= 1
    return start, end


def _named_settlements(sent: Span) -> list[Span]:
    """Names of villages and towns told as such ("Jisreen town", "the village of Noaka") that
    the place tagger missed (a rare name read as a number, a nationality or a person): the
    gazetteer lacks most of them, but their words keep two such places apart (see
    ``merge.same_place``). A name the NER takes for an organisation is left out."""
    doc = sent.doc
    nouns = load_cues().settlement_nouns
    found = []
    for tok in sent:
        if tok.lower_ not in nouns:
            continue
        runs = [proper_run(sent, tok.i - 1, -1)]
        if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of":
            runs.append(proper_run(sent, tok.i + 2, 1))
        for start, end in runs:
            if start < end and (doc[start].text[:1].isupper() or doc[start].lower_ in {"al", "el"}) \
                    and not any(doc[k].ent_type_ == "ORG" for k in range(start, end)):
                found.append(Span(doc, start, end, label="SETTLEMENT"))
    return found


def village_within(mention: EventMention, trigger: Span, ctx: ArticleContext) -> None:
    """ "Raided the hamlet of Tondibi in the Sahel region": the event is at the village
    the gazetteer lacks, somewhere in the province it names; it keeps the province's point
    but the village's words, so that two villages of one province stay two events."""
    unknown = unresolved_place(trigger.sent, ctx, trigger=trigger)
    if unknown is not None and is_linked(unknown, trigger):
        mention.location = replace(mention.location, mention=unknown.text, precision="region")
        mention.location_evidence = evidence_of(unknown)
        mention.flags.add(Flag.LOCATION_APPROXIMATE)


def inherited_place(sent: Span, ctx: ArticleContext) -> tuple[Place | None, Evidence | None]:
    """No place in the sentence: the nearest earlier place in the same paragraph (not one named
    only to measure a distance from), else the article's most mentioned place below country level,
    else the dispatch's dateline city when the paragraph names no place (``dateline_place``): an
    article that sets its acts nowhere else tells them where the reporter stands."""
    doc = sent.doc
    i = sent.start - 1
    while i > 0:
        prev = doc[i].sent
        if "\n" in doc[prev.end - 1].text_with_ws:
            break
        specific = [p for p in places_in(prev, ctx, capitals=False) if p[1].precision != "country" and not is_distance_landmark(p[0])
                    and not names_state(p[0], p[1], ctx)]
        if specific:
            return specific[-1][1], specific[-1][2]
        i = prev.start - 1
    if ctx.main_place is not None:
        return ctx.main_place
    dateline = dateline_place(doc, ctx)
    if dateline is not None and not paragraph_places(sent, ctx):
        return dateline
    return None, None


def place_elsewhere(mention: EventMention, country: str, ctx: ArticleContext) -> None:
    """ "In another part of the country": the text says the event was not where the story is,
    so the place inherited from the context is wrong; the country is all that is known."""
    place = ctx.country_place(country)
    if place is not None:
        mention.location, mention.location_evidence = place, None
        mention.flags -= {Flag.LOCATION_FROM_ARTICLE}


def place_in_named_country(mention: EventMention, sent: Span, ctx: ArticleContext) -> None:
    """A recalled earlier event ("Back in 2019, Chad's rulers signed a truce with the rebels")
    need not have happened at the article's main place: the article's home country
    (``ArticleContext.home_country``), when its sentence names it (even as a modifier or
    demonym), is the safer place. Another country named there is more likely whose forces
    acted ("a U.S. airstrike", "the Israeli withdrawal" in a story told from Gaza)."""
    if not ctx.countries:
        return
    gazetteer = ctx.gazetteer
    home = ctx.home_country(sent.doc)
    names = [p for p in group_spans(sent.doc, "places") if sent.start <= p.start and p.end <= sent.end]
    names += [a for a in group_spans(sent.doc, "place_adjectives") if sent.start <= a.start and a.end <= sent.end]
    for span in sorted(names, key=lambda x: x.start):
        hit = gazetteer.country(span.text)
        place = ctx.country_place(hit.country) if hit is not None and hit.country == home else None
        if place is not None:
            mention.location, mention.location_evidence = replace(place, mention=span.text), evidence_of(span)
            mention.flags.discard(Flag.LOCATION_FROM_ARTICLE)
            return


def _stated_place(sent: Span, ctx: ArticleContext) -> tuple[Place, Evidence] | None:
    """The place a sentence like "The incident occurred in the district of X" gives: a definite
    noun for the event as subject of occur/happen/take place, and a sub-country place in that
    clause. Such a sentence tells no new event (it may name no type at all)."""
    cues = load_cues()
    for tok in sent:
        if tok.dep_ != "nsubj" or tok.lemma_.lower() not in cues.place_statement_nouns:
            continue  # the head is read only for a subject of that kind
        verb = tok.head
        if verb.lemma_.lower() not in cues.place_statement_verbs \
                or not any(c.dep_ == "det" and c.lower_ in cues.anaphoric_determiners for c in tok.children):
            continue
        for span, place, ev in places_in(sent, ctx):
            if place.precision != "country" and not is_reference(span) and verb in span.root.ancestors:
                return place, ev
    return None


def apply_place_statements(doc: Doc, events: list[EventMention], ctx: ArticleContext) -> None:
    """ "The incident occurred in X": X narrows the place of the news event told just before,
    when it lies inside the place told so far (see ``merge.inside``)."""
    for sent in doc.sents:
        stated = _stated_place(sent, ctx)
        if stated is None:
            continue
        place, ev = stated
        told = [e for e in events if not e.background and e.sentence.start_char < sent.start_char]
        if not told:
            continue
        event = max(told, key=lambda e: e.sentence.start_char)
        current = event.location
        if current is None or PRECISION_RANK[place.precision] < PRECISION_RANK[current.precision] and inside(
                place, current) or Flag.LOCATION_FROM_CONTEXT in event.flags or _place_off_trigger(event, doc):
            event.location, event.location_evidence = place, ev
            event.flags -= LOCATION_FLAGS
            if evidence_of(sent) not in event.evidence:  # already there when it retold the event
                event.evidence.append(evidence_of(sent))
            # the statement's own reading ("the drone strike" at X) is that event, not a new one
            events[:] = [e for e in events if not (
                e is not event and e.anaphoric and e.sub_event_type == event.sub_event_type
                and e.evidence == [evidence_of(sent)])]


def _place_off_trigger(event: EventMention, doc: Doc) -> bool:
    """Whether the event's place is a name of its sentence that the parse does not tie to its
    trigger ("died in an air raid as they advanced on Sirte"): only the nearest name,
    so a statement of where the event took place replaces it."""
    ev = event.location_evidence
    if ev is None:
        return False
    trigger = trigger_span(doc, event)
    return any(ev.start_char <= p.start_char and p.end_char <= ev.end_char
               and (not is_linked(p, trigger) or _in_clause_below(p, trigger))
               for p in group_spans(doc, "places"))


def _in_clause_below(place: Span, trigger: Span) -> bool:
    """Whether the place hangs off a clause of its own under the trigger's verb ("a drone strike
    killed two men as they tried to reach X"): what someone was doing, not where the act was."""
    anchors = {trigger.root.i, trigger.root.head.i}
    token = place.root
    for _ in range(8):
        if token.i in anchors or token.head.i == token.i:
            return False
        if token.dep_ in {"advcl", "relcl", "ccomp"}:
            return True
        token = token.head
    return False


def trigger_span(doc: Doc, mention: EventMention) -> Span:
    """The Doc's span of the mention's trigger (its offsets are the span's own)."""
    return doc.char_span(mention.trigger.start_char, mention.trigger.end_char)


def place_in_article_country(doc: Doc, mentions: list[EventMention], ctx: ArticleContext) -> None:
    """Mentions still without a place: the article's home country, flagged; a place name of the
    sentence that the gazetteer lacks keeps its words (``location_approximate``)."""
    if not ctx.countries:
        return
    fallback = ctx.country_place(ctx.home_country(doc))
    for mention in mentions:
        if mention.location is None and fallback is not None:
            mention.location = fallback
            mention.flags.add(Flag.LOCATION_FROM_ARTICLE_COUNTRY)
            trigger = trigger_span(doc, mention)
            unknown = unresolved_place(trigger.sent, ctx, trigger=trigger)
            if unknown is not None:  # keep the words of the place the gazetteer lacks
                mention.location = replace(fallback, mention=unknown.text)
                mention.location_evidence = evidence_of(unknown)
                mention.flags.add(Flag.LOCATION_APPROXIMATE)

