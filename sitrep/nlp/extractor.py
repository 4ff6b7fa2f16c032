"""From an article to events: run the pipeline, read each trigger's arguments, merge repeats.

One event = one type of action, at one place, on one day. Each sentence with triggers yields
at most one event per sub-event type (specific explosive types absorb the generic "attack"
words beside them); events of the same type, place and day told twice (headline, lead, body)
are merged and keep every evidence span.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitrep.model import Actor, Article, Event, Evidence, Fatalities, Place
from sitrep.nlp.arguments import (
    PRECISION_RANK,
    evidence_of,
    find_sources,
    in_dateline,
    is_irrealis,
    link_actors,
    main_parties,
    place_phrase,
    token_distance,
)
from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.cues import contains_phrase, is_photo_caption, load_cues
from sitrep.nlp.place_reading import ArticlePlaces, article_countries, gazetteer, own_place_phrases, site_country
from sitrep.settings import PIPELINE_VERSION

GENERIC_TYPES = frozenset({"armed_clash", "attack", "looting_property_destruction", "peaceful_protest",
                           "arrests"})
BACKGROUND_AGE_DAYS = 7
LOOSE_DATE_FLAGS = frozenset({"date_from_publication", "date_from_statement"})
LOCATION_FLAGS = frozenset({"location_from_context", "location_approximate", "location_from_article_country"})
CROWD_ACTORS = {"protests": "protesters", "riots": "rioters"}
RETOLD_TYPES = frozenset({"armed_clash", "attack"})  # one attack told as a clash in the headline
TERRITORY_TYPES = frozenset({"government_regains_territory", "non_state_actor_overtakes_territory"})
#: Acts that, told in a later sentence with nothing of their own to tell them apart, are part of
#: an event whose type absorbs them (_part_of): burning in a riot, arrests at a protest, a
#: hostage shot during an abduction.
PART_TYPES = frozenset({"looting_property_destruction", "arrests", "attack"})


@dataclass
class _Draft:
    """A mutable event under construction; frozen into an Event at the end."""

    sub_event_type: str
    event_type: str
    trigger: Span
    sentence: Span
    location: Place | None = None
    location_evidence: Evidence | None = None
    date: str | None = None
    date_precision: str = "week"
    date_evidence: Evidence | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    actor1_evidence: Evidence | None = None
    actor2_evidence: Evidence | None = None
    fatalities: Fatalities = field(default_factory=Fatalities)
    fatalities_evidence: Evidence | None = None
    injured: int | None = None
    injured_evidence: Evidence | None = None
    sources: list[tuple[str, Evidence]] = field(default_factory=list)
    background: bool = False
    weak: bool = False  # neither a date nor a place of its own: kept only if it merges
    anaphoric: bool = False  # "the attack": refers back to an event already told
    flags: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class _Context:
    published: dt.date | None
    countries: tuple[str, ...]
    dateline: object | None
    resolved: dict = field(default_factory=dict)
    main_place: tuple[Place, Evidence] | None = None
    places: ArticlePlaces | None = None  # the place layer's reading of the article (on first use)
    located: frozenset | None = None  # context countries that the article's own places are in
    reference: dt.date | None = None  # the day the article speaks from, when not ``published``


@lru_cache(maxsize=1)
def _services():
    from sitrep.nlp.actors import ActorDictionary

    return gazetteer(), ActorDictionary.load()


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _resolve_span(place: Span, ctx: _Context) -> tuple[Place, Evidence] | None:
    """The place of an event told at one place mention: the place layer's reading
    (:class:`~sitrep.nlp.place_reading.ArticlePlaces`), unless it is a namesake abroad;
    cached per article."""
    key = (place.start, place.end)
    if key not in ctx.resolved:
        if ctx.places is None:
            ctx.places = ArticlePlaces(place.doc, ctx.countries)
        found = ctx.places.read(place)
        if found is not None and ctx.countries and found.country not in ctx.countries and (
                place.label_ == "GAZ" or found.precision not in ("country", "admin1") and not _is_capital(found)) and (
                place.label_ == "GAZ" or _located(place.doc, ctx)):
            # a namesake abroad ("Mons", "Basrah" in a Somali story told with Somali towns) is
            # not where this article's events happen (a whole province or state abroad,
            # "Florida", is kept); when the context countries come only from country names and
            # demonyms ("an American soldier was shot in Fallujah"), a major place abroad
            # stays. The place layer keeps the reading (dev set: events F1 0.753 without this
            # rule, 0.765 with it; geoparsing end to end, LGL acc@161 0.824 without, 0.797 with).
            found = None
        ctx.resolved[key] = (found, evidence_of(place_phrase(place))) if found is not None else None
    return ctx.resolved[key]


def _located(doc: Doc, ctx: _Context) -> frozenset:
    """The context countries in which the article names towns or admin units of its own."""
    from sitrep.geo.resolver import resolve_place

    if ctx.located is None:
        gazetteer, _ = _services()
        found = set()
        for _, phrase in own_place_phrases(doc):
            hit = resolve_place(phrase, context_countries=ctx.countries, gazetteer=gazetteer)
            if hit is not None and hit.precision != "country" and hit.country in ctx.countries:
                found.add(hit.country)
        ctx.located = frozenset(found)
    return ctx.located


def _is_capital(place: Place) -> bool:
    gazetteer, _ = _services()
    country = gazetteer.country_by_code(place.country) if place.country else None
    return country is not None and country.lat is not None and place.lat is not None and (
        abs(country.lat - place.lat) < 0.05 and abs(country.lon - place.lon) < 0.05)


def _places_in(sent: Span, ctx: _Context) -> list[tuple[Span, Place, Evidence]]:
    found = []
    for place in sent.doc.spans["places"]:
        if place.start < sent.start or place.end > sent.end or in_dateline(place):
            continue
        resolved = _resolve_span(place, ctx)
        if resolved is not None:
            found.append((place, *resolved))
    return found


def _unresolved_place(sent: Span, ctx: _Context, trigger: Span | None = None) -> Span | None:
    """A place name of the sentence (from the statistical NER) that the gazetteer cannot place;
    with a trigger, the one tied to it in the parse, else the nearest, never a modifier."""
    tagged = [p for p in sent.doc.spans["places"] if sent.start <= p.start and p.end <= sent.end]
    found = [p for p in tagged + [s for s in _named_settlements(sent) if not any(
             s.start < t.end and t.start < s.end for t in tagged)]
             if p.label_ != "GAZ" and not in_dateline(p) and _resolve_span(p, ctx) is None]
    if trigger is not None:
        found = sorted((p for p in found if not _is_modifier(p)),
                       key=lambda p: (not _linked(p, trigger), token_distance(p, trigger)))
    return found[0] if found else None


NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "-"})


def _proper_run(sent: Span, i: int, step: int) -> tuple[int, int]:
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
    the place tagger missed (a rare name read as a number or a nationality): the gazetteer
    lacks most of them, but their words keep two such places apart (see ``_compatible``)."""
    doc = sent.doc
    nouns = load_cues().settlement_nouns
    found = []
    for tok in sent:
        if tok.lower_ not in nouns:
            continue
        runs = [_proper_run(sent, tok.i - 1, -1)]
        if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "of":
            runs.append(_proper_run(sent, tok.i + 2, 1))
        for start, end in runs:
            if start < end and (doc[start].text[:1].isupper() or doc[start].lower_ in {"al", "el"}) \
                    and not any(doc[k].ent_type_ in {"PERSON", "ORG"} for k in range(start, end)):
                found.append(Span(doc, start, end, label="SETTLEMENT"))
    return found


def _linked(place: Span, trigger: Span) -> bool:
    """True when the place hangs off the trigger's clause in the parse ("struck X in Y")."""
    anchors = {trigger.root.i, trigger.root.head.i}
    token = place.root
    for _ in range(8):
        if token.i in anchors:
            return True
        if token.head.i == token.i or token.dep_ in {"relcl", "advcl", "ccomp"} and token.head.i not in anchors:
            return False
        token = token.head
    return False


def _is_modifier(place: Span) -> bool:
    """A place name used to qualify a noun ("a US marine", "the Red Sea port city", "Dagestan's
    capital Makhachkala"), not as a location."""
    root = place.root
    cues = load_cues()
    head = root.head
    placed = {i for p in place.doc.spans["places"] for i in range(p.start, p.end)}
    if root.dep_ == "poss":
        # "Somalia's capital", "his Amman home" hold the place; "Iraq's Anbar province" names it
        return not (head.lemma_.lower() in cues.admin_words | cues.facility_words | cues.territory_words
                    | cues.site_nouns and head.i not in placed
                    and not any(c.i in placed for c in head.children if c.dep_ in {"compound", "appos"}))
    if head.i == place.end and head.lemma_.lower() in cues.admin_words | cues.facility_words | cues.site_nouns:
        return False  # "the Mudiyah district", "the Tal Afar market", "his Amman home": where it is
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= place.end \
        and root.head.pos_ in {"NOUN", "PROPN"} \
        and not any(p.start <= root.head.i < p.end for p in place.doc.spans["places"])


DISTANCE_WORDS = frozenset({"kilometres", "kilometers", "km", "miles"})


def _is_reference(place: Span) -> bool:
    """A landmark, not the event's place: "east of Aden", "Amara, south of Baghdad", "from the
    border with Niger", a possessive ("Dagestan's capital Makhachkala") or a name used as a
    modifier ("the Red Sea port city of Hodeidah", "a US Marine")."""
    landmark_words = load_cues().direction_words | DISTANCE_WORDS
    doc = place.doc
    if _is_modifier(place):
        return True
    before = [t.lower_ for t in doc[max(place.sent.start, place.start - 3):place.start]]
    if before and before[-1] in {"from", "toward", "towards", "border"}:
        return True
    return len(before) > 1 and before[-1] == "of" and before[-2] in landmark_words


PARTY_ENTITIES = frozenset({"PERSON", "NORP", "ORG"})


def _names_a_party(place: Span, precision: str | None, trigger: Span) -> bool:
    """The place says who, not where: it describes a person or the source in the parse rather
    than the act. A country acting ("Israel captured the town"); a name inside an apposition
    about a person ("Ali, a driver from Kirkuk, was shot"); the origin of a person or group
    ("fighters from Chad", "Omar of Kenya", "Scotland's Andy Murray"); what a protest is against
    ("marched against the war in Gaza"); or a name in the attribution ("according to a
    Kabul radio station", "officials in Doha said", "speaking from Mosul")."""
    cues = load_cues()
    doc = place.doc
    root = place.root
    if precision == "country":
        subject = root
        while subject.dep_ == "conj" and subject.head.i != subject.i:
            subject = subject.head
        if subject.dep_ == "nsubj":
            return True
    if root.dep_ == "poss" and root.head.ent_type_ == "PERSON":
        return True  # "England's Dan Wheldon": where he is from
    placed = {i for p in doc.spans["places"] for i in range(p.start, p.end)}
    place_nouns = cues.admin_words | cues.facility_words | cues.territory_words
    speech = cues.speech_verbs
    anchor = trigger.root.head if trigger.root.head.lemma_.lower() not in speech else trigger.root
    for tok in [root, *root.ancestors]:
        if tok.i in {trigger.root.i, anchor.i} or tok.head.i == tok.i:
            return False
        head = tok.head
        if tok.dep_ == "appos" and tok.pos_ in {"NOUN", "PROPN"} and tok.i not in placed \
                and tok.lemma_.lower() not in place_nouns and tok.ent_type_ not in {"GPE", "LOC", "FAC"}:
            return True
        if tok.dep_ == "prep" and tok.lower_ in cues.origin_prepositions and head.ent_type_ in PARTY_ENTITIES \
                and head.i not in placed:
            return True
        if tok.dep_ == "prep" and tok.lower_ in cues.protest_target_prepositions and head.i == trigger.root.i \
                and _is_protest(trigger):
            return True  # "protested against the war in Gaza": what is protested, not where
        if tok.dep_ in {"prep", "agent"} and any(doc[i:i + 2].text.lower() in cues.attribution_phrases
                                                 for i in (tok.i - 1, tok.i) if i >= 0):
            return True  # "according to ...", "quoted by ..."
        if head.pos_ == "VERB" and head.lemma_.lower() in speech and (
                tok.dep_ in {"nsubj", "advcl"} or tok.dep_ == "prep" and tok.lower_ in cues.speaker_prepositions):
            return True  # the speaker, or where it spoke from
    return False


PROTEST_TYPES = frozenset({"peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters",
                           "violent_demonstration"})


@lru_cache(maxsize=1)
def _protest_words() -> frozenset[str]:
    """The one-word triggers of a peaceful protest in the codebook ("protest", "march")."""
    entry = load_codebook().entry("peaceful_protest")
    return frozenset(p for p in entry.phrases if " " not in p and "|" not in p)


def _is_protest(trigger: Span) -> bool:
    return trigger.label_ in PROTEST_TYPES or trigger.root.lemma_.lower() in _protest_words()


CLAUSE_DEPS = frozenset({"relcl", "advcl"})


def _in_other_clause(place: Span, trigger: Span) -> bool:
    """The place belongs to a relative or adverbial clause about someone or something else
    ("troops who have bases in Turkey patrolled the zone", "a law that regulates parties in
    Bahrain"), not to the act's clause. A clause on the trigger or a verb conjoined with it
    ("killed and wounded when they attacked the town of Z") or on an event noun ("clashes that
    broke out in Z") is the act's."""
    cues = load_cues()
    event_nouns = cues.place_statement_nouns | cues.reciprocal_triggers | cues.campaign_nouns
    root = trigger.root
    anchors = {root.i, root.head.i} | {t.i for t in root.conjuncts}
    for tok in [place.root, *place.root.ancestors]:
        if tok.i in anchors:
            return False
        if tok.dep_ in CLAUSE_DEPS and tok.head.i not in anchors and tok.head.lemma_.lower() not in event_nouns \
                and not _at_the_time(tok):
            return True
    return False


def _at_the_time(verb) -> bool:
    """A clause telling what someone was doing when the act happened ("gunmen who were hiding
    in the bushes", "while planting a bomb"): where they were is where it happened. A lasting
    state ("migrants who have been living in Assam") is not."""
    if verb.tag_ != "VBG":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "mark"}}
    return bool(aux & {"was", "were", "is", "are", "while"}) and "been" not in aux


def _consistent(candidates: list[tuple[Span, Place, Evidence]]) -> list[tuple[Span, Place, Evidence]]:
    """Drop towns that contradict a province named in the same sentence: "Nyaung Pin Thar
    village in Bago region" cannot be the Nyaung Pin Thar of Yangon."""
    provinces = {(p.country, p.admin1) for _, p, _ in candidates if p.precision == "admin1" and p.admin1}
    if not provinces:
        return candidates
    countries = {c for c, _ in provinces}
    return [(s, p, e) for s, p, e in candidates
            if p.precision in {"admin1", "country"} or p.country not in countries or (p.country, p.admin1) in provinces]


def _choose_place(trigger: Span, ctx: _Context) -> tuple[Place | None, Evidence | None]:
    """The event's place: a sub-country place linked to the trigger in the parse, else the
    nearest one; landmarks ("east of X") and whole countries only when nothing else is there."""
    best = None
    for span, place, ev in _consistent(_places_in(trigger.sent, ctx)):
        if place.precision == "country" and _is_modifier(span):
            continue  # "US military", "US-led": whose forces, not where
        if _names_a_party(span, place.precision, trigger) or _in_other_clause(span, trigger):
            continue
        rank = PRECISION_RANK.get(place.precision, 3)
        key = (_is_reference(span), rank == 3, not _linked(span, trigger), token_distance(span, trigger), rank)
        if best is None or key < best[0]:
            best = (key, place, ev)
    if best is None:
        return None, None
    return best[1], best[2]


def _is_landmark_choice(trigger: Span, ctx: _Context, evidence: Evidence | None) -> bool:
    """Whether the place chosen for the trigger is only a landmark or a modifier ("Amhara
    residents", "east of X"): the best the sentence offers, but no better than a place told
    elsewhere (see ``_merge_into``)."""
    return evidence is not None and any(
        ev == evidence and _is_reference(span) for span, _, ev in _places_in(trigger.sent, ctx))


def _place_elsewhere(draft: _Draft, country: str) -> None:
    """ "In another part of the country": the text says the event was not where the story is,
    so the place inherited from the context is wrong; the country is all that is known."""
    place = _country_place(country)
    if place is not None:
        draft.location, draft.location_evidence = place, None
        draft.flags -= {"location_from_article"}


def _place_in_named_country(draft: _Draft, sent: Span, ctx: _Context) -> None:
    """A recalled earlier event ("In June 2015, Mali's government signed a peace agreement")
    need not have happened at the article's main place: the article's country, when its
    sentence names it (even as a modifier or demonym), is the safer place. Another country
    named there is more likely whose forces acted ("a U.S. airstrike")."""
    if not ctx.countries:
        return
    gazetteer, _ = _services()
    names = [p for p in sent.doc.spans["places"] if sent.start <= p.start and p.end <= sent.end]
    names += [a for a in sent.doc.spans["place_adjectives"] if sent.start <= a.start and a.end <= sent.end]
    for span in sorted(names, key=lambda x: x.start):
        hit = gazetteer.country(span.text)
        place = _country_place(hit.country) if hit is not None and hit.country == ctx.countries[0] else None
        if place is not None:
            draft.location, draft.location_evidence = replace(place, mention=span.text), evidence_of(span)
            draft.flags.discard("location_from_article")
            return


def _inherited_place(sent: Span, ctx: _Context) -> tuple[Place | None, Evidence | None]:
    """No place in the sentence: the nearest earlier place in the same paragraph, else the
    article's most mentioned place below country level."""
    doc = sent.doc
    i = sent.start - 1
    while i > 0:
        prev = doc[i].sent
        if "\n" in doc[prev.end - 1].text_with_ws:
            break
        specific = [p for p in _places_in(prev, ctx) if p[1].precision != "country"]
        if specific:
            return specific[-1][1], specific[-1][2]
        i = prev.start - 1
    if ctx.main_place is not None:
        return ctx.main_place
    return None, None


def _main_place(doc: Doc, ctx: _Context) -> tuple[Place, Evidence] | None:
    counts: Counter[tuple] = Counter()
    first: dict[tuple, tuple[Place, Evidence]] = {}
    for sent in doc.sents:
        for _, place, ev in _places_in(sent, ctx):
            if place.precision == "country":
                continue
            key = _place_key(place)
            counts[key] += 1
            first.setdefault(key, (place, ev))
    if not counts:
        return None
    return first[counts.most_common(1)[0][0]]


def _choose_date(trigger: Span, ctx: _Context) -> tuple[str | None, str, Evidence | None, bool]:
    """The date nearest the trigger, in its own words rather than in a clause aside, and in its
    clause rather than outside it ("Saturday's attack occurred where a bomber killed 28 last
    month"), never in a clause about another action elsewhere (see ``_other_actions``); a statement date ("said Tuesday") only bounds the
    event, so it is used with week precision when nothing better is in the sentence."""
    from sitrep.nlp.dates import anchor_relative, find_dates, relative_anchor

    best = None
    elsewhere, aside = _other_actions(trigger)
    clause = {t.i for t in _clause_verb(trigger).subtree}
    dateline = ctx.dateline
    dateline_ends = [p.end_char for p in trigger.doc.spans["places"]
                     if trigger.sent.start <= p.start < trigger.sent.end and in_dateline(p)]
    for m in find_dates(trigger.sent, ctx.published):
        if dateline is not None and m.start_char < dateline.end_char and dateline.start_char < m.end_char:
            continue  # "SANAA, June 16 --" dates the dispatch, not the event
        if any(0 <= m.start_char - end <= 3 for end in dateline_ends):
            continue  # "Bangkok, May 12 (AP)"
        span = trigger.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None or span.root.i in elsewhere:
            continue
        if m.relative and m.offset_days is not None and span.root.i not in clause:
            continue  # "hit ..., the government said, two weeks after it was closed": the closure's
        key = (m.is_statement, span.root.i not in clause, span.root.i in aside, m.relative,
               token_distance(span, trigger))
        if best is None or key < best[0]:
            best = (key, m)
    if best is None:
        return None, "week", None, False
    m = best[1]
    if m.relative and m.offset_days is not None:  # "one day after ...": count from the lede's day
        anchor = relative_anchor(trigger.doc, ctx.published, trigger.sent.start_char)
        if anchor is not None:
            m = anchor_relative(m, anchor)
    precision = "week" if m.is_statement and m.precision == "day" else m.precision
    return m.date, precision, Evidence(m.start_char, m.end_char, m.text), m.is_statement


def _is_background(draft: _Draft, ctx: _Context) -> bool:
    """An earlier event recalled as context: dated (the middle of its window) more than a week
    before publication, in an earlier month, or introduced by a cue before its trigger ("comes
    two days after", "last month")."""
    sent, trigger = draft.sentence, draft.trigger
    before = sent.doc.text[sent.start_char:trigger.start_char].lower()
    if contains_phrase(before, load_cues().background_cues):
        return True
    now = ctx.published or ctx.reference
    if now is None or draft.date is None or "date_from_publication" in draft.flags:
        return False
    event_day = dt.date.fromisoformat(draft.date)
    if draft.date_precision == "year":
        return event_day.year < now.year
    if draft.date_precision == "month" and (event_day.year, event_day.month) < (now.year, now.month):
        return True
    return (now - event_day).days > BACKGROUND_AGE_DAYS  # "between December 6-16" told on the 20th


def _fallback_date(draft: _Draft, ctx: _Context) -> None:
    """No date in the sentence: the publication (or dateline) date, flagged, precision week;
    without either, the article's latest explicit date (the day its report speaks from)."""
    day = ctx.published or ctx.reference
    anchor = ctx.dateline.date if ctx.dateline is not None else (day.isoformat() if day else None)
    draft.date = anchor
    draft.date_precision = "week"
    draft.flags.add("date_from_publication")


CLAUSE_BREAKS = frozenset({"relcl", "advcl", "acl", "ccomp", "parataxis"})


def _clause_verb(trigger: Span):
    """The verb of the trigger's clause (the trigger itself when it is the verb)."""
    verb = trigger.root
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and verb.dep_ not in CLAUSE_BREAKS:
        verb = verb.head
    return verb


def _other_actions(trigger: Span) -> tuple[frozenset[int], frozenset[int]]:
    """Tokens of the trigger's clause that tell other actions than its own, as two sets:

    * elsewhere: a relative clause of place or time about something else ("on the outskirts,
      where rebels launched an offensive on Sunday"), a parenthetical clause, or an earlier or
      later action told as a gerund after "after"/"before" ("took 40% of the town after ousting
      the militants from its farms yesterday"); a date there dates that other action, never
      the event;
    * aside: other subordinate clauses and coordinated verbs ("seized the north in 2012, but
      were driven out in 2013", "protesters who marched on Saturday"); a date there is used
      only when the trigger's own words have none.
    """
    verb = _clause_verb(trigger)
    # a clause that qualifies a noun trigger ("the attack that took place on Sunday") is its own
    qualifies = range(trigger.start, trigger.end) if trigger.root.pos_ in {"NOUN", "PROPN"} else range(0)
    elsewhere: set[int] = set()
    aside: set[int] = set()
    sequence = load_cues().sequence_prepositions
    for tok in verb.subtree:
        if tok.i == verb.i or tok.head.i in qualifies or tok.left_edge.i <= trigger.start <= tok.right_edge.i:
            continue
        if tok.dep_ == "parataxis" or tok.dep_ == "relcl" and any(
                c.dep_ == "advmod" and c.lower_ in {"where", "when"} for c in tok.children) or (
                tok.dep_ == "pcomp" and tok.pos_ == "VERB" and tok.head.lower_ in sequence):
            elsewhere.update(t.i for t in tok.subtree)
        elif tok.dep_ in CLAUSE_BREAKS or tok.dep_ == "conj" and tok.head.i == verb.i and tok.pos_ in {"VERB", "AUX"}:
            aside.update(t.i for t in tok.subtree)
    return frozenset(elsewhere), frozenset(aside - elsewhere)


def _clause_text(trigger: Span) -> str:
    """The words of the trigger's own clause: its verb's subtree without subordinate clauses
    ("fired rockets into Eritrea", not "..., escalating a conflict that has killed hundreds")."""
    verb = _clause_verb(trigger)
    skip: set[int] = set()
    for tok in verb.subtree:
        if tok.i != verb.i and tok.dep_ in CLAUSE_BREAKS and not (tok.left_edge.i <= trigger.start <= tok.right_edge.i):
            skip.update(t.i for t in tok.subtree)
    return " ".join(t.text for t in verb.subtree if t.i not in skip).lower()


def _is_aggregate(trigger: Span) -> bool:
    """Tolls and campaigns over long periods ("the war has killed", "in recent weeks")."""
    clause = _clause_text(trigger)
    return contains_phrase(clause, load_cues().aggregate_cues)


def _is_campaign_launch(trigger: Span) -> bool:
    """ "Started a major offensive", "an operation was launched": the start of a campaign is
    not itself a concrete event; the fighting it brings is told by other words."""
    cues = load_cues()
    root = trigger.root
    return root.lemma_.lower() in cues.campaign_nouns and root.dep_ in {"dobj", "nsubjpass"} \
        and root.head.lemma_.lower() in cues.campaign_launch_verbs


def _is_mishap(trigger: Span) -> bool:
    """ "The crash of an unidentified drone", "the wreckage of a missile": the weapon named is
    what fell or was found, no strike was made with it."""
    head = trigger.root.head
    return trigger.root.dep_ == "pobj" and head.lower_ == "of" and \
        head.head.lemma_.lower() in load_cues().weapon_mishap_nouns


def _takes_no_ground(trigger: Span) -> bool:
    """ "Captured three officers", "seized motorcycles": the verb of a territory change with an
    object that is no place (a name, a settlement or facility word, 'control') is no territory
    change."""
    cues = load_cues()
    objects = [c for c in trigger.root.children if c.dep_ == "dobj"]
    if not objects or trigger.end - trigger.start > 1:
        return False  # "seized control", "fell to", or an object the phrase itself names
    ground = cues.admin_words | cues.facility_words | cues.territory_words
    for obj in _share_of(objects[0]):
        if obj.pos_ == "PROPN" or any(p.start <= obj.i < p.end for p in trigger.doc.spans["places"]):
            return False
        if obj.lemma_.lower() in ground:
            return False
    return True


def _share_of(obj) -> list:
    """The object and, for a share ("40% of the town", "most of Jisreen"), the whole it is a
    share of: the whole tells whether the object is ground."""
    out = [obj]
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _is_partial_control(trigger: Span) -> bool:
    """ "Seized almost all of X", "entered the northern neighbourhood": fighting, not control."""
    clause = _clause_text(trigger)
    return contains_phrase(clause, load_cues().partial_control_cues)


def _is_anaphoric(trigger: Span) -> bool:
    """A noun with a definite determiner ("the attack", "the airstrikes"): it refers back to an
    event already told rather than telling a new one."""
    root = trigger.root
    if root.pos_ != "NOUN":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return False  # "the killing of five militants" tells its own event
    dets = load_cues().anaphoric_determiners
    return any(c.dep_ in {"det", "poss"} and (c.lower_ in dets or c.ent_type_ == "DATE") for c in root.children)


def _describes_referred_event(trigger: Span, triggers: list[Span]) -> bool:
    """ "The attack, which was carried out using an explosive device": a specific trigger inside
    the phrase of a referring generic one adds detail to the event referred to."""
    if trigger.label_ in GENERIC_TYPES:
        return False
    for other in triggers:
        if other.label_ in GENERIC_TYPES and _is_anaphoric(other):
            root = other.root
            if root.left_edge.i <= trigger.start and trigger.end - 1 <= root.right_edge.i:
                return True
    return False


YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _told_act(trigger: Span) -> bool:
    """ "We seized the town", "five buses were burned": a finite past-tense verb heading its
    clause tells an act that was done, even with no date or place of its own; not when its sentence speaks of another year
    (undated history: "since late 2014, when the rebels seized the capital")."""
    root = trigger.root
    verb = root.head if root.dep_ == "conj" else root
    past_passive = root.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)
    return (root.tag_ == "VBD" or past_passive) and root.dep_ in {"ROOT", "ccomp", "conj"} \
        and not YEAR.search(trigger.sent.text)


def _told_of_referred_event(trigger: Span, triggers: list[Span]) -> bool:
    """ "Twenty civilians were killed in the attack": an undated toll told of an event referred
    to ("in/during the attack" hangs off the trigger's verb) retells that event; it is no new
    one ("despite the airstrikes, we seized the village" is)."""
    root = trigger.root
    preps = load_cues().retelling_prepositions
    for other in triggers:
        if other is trigger or not _is_anaphoric(other):
            continue
        head = other.root.head
        if head.dep_ == "prep" and head.lower_ in preps and head.head.i == root.i:
            return True
    return False


def _same_act(a: Span, b: Span) -> bool:
    """Two triggers that the parse ties together: one is the other's head or subject."""
    return a.root.head.i == b.root.i or b.root.head.i == a.root.i


def _separate_acts(by_type: dict[str, Span], labelled: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Triggers of a type already taken for the sentence that tell another act of that type, in
    a clause of their own: "the biggest prisoner exchange since both sides freed 1,000
    detainees in 2020" is two agreements. They become drafts too (merged again if same day)."""
    extra = []
    for label, trig in labelled:
        kept = by_type.get(label)
        if kept is None or trig is kept or _is_anaphoric(trig):
            continue
        elsewhere, aside = _other_actions(kept)
        if trig.root.i in elsewhere | aside:
            extra.append((label, trig))
    return extra


TOLL_VERBS = frozenset({"kill", "die", "injure", "wound", "hurt", "shoot"})
TOLL_PREPOSITIONS = frozenset({"in", "by", "during", "from", "amid", "of"})


def _is_toll_of_other(trigger: Span, triggers: list[Span]) -> bool:
    """A generic death or injury clause that counts the victims of another act the sentence names
    ("nine were killed in the strikes", "no one was hurt as a result of the raid", "the blast
    killed two"): it is that act's toll, not an attack of its own."""
    if trigger.label_ not in GENERIC_TYPES:
        return False
    verb = trigger.root if trigger.root.lemma_.lower() in TOLL_VERBS else None
    if verb is None:
        verb = next((t for t in trigger if t.lemma_.lower() in TOLL_VERBS and t.pos_ == "VERB"), None)
    if verb is None:
        return False
    for other in triggers:
        if other is trigger or other.label_ == trigger.label_ or other.start < trigger.end and trigger.start < other.end:
            continue
        node = other.root
        if node.dep_ in ("nsubj", "appos") and (node.head.i == verb.i or node.head.head.i == verb.i):
            return True  # "the blast killed two", "a third attack, a car bomb, killed one"
        steps = 0
        while node.dep_ in ("pobj", "pcomp", "prep", "agent") and steps < 6:
            node = node.head
            steps += 1
            if node.i == verb.i:
                return True
            if node.dep_ == "prep" and node.lower_ not in TOLL_PREPOSITIONS and node.lower_ != "as":
                break
    return False


def _drafts_for_sentence(sent: Span, triggers: list[Span], ctx: _Context) -> list[_Draft]:
    codebook = load_codebook()
    by_type: dict[str, Span] = {}
    labelled: list[tuple[str, Span]] = []
    partial: set[int] = set()  # territory verbs read as fighting: their own act, never absorbed
    for trig in triggers:
        if is_irrealis(trig) or _is_aggregate(trig) or _is_campaign_launch(trig) or _is_mishap(trig):
            continue
        if _is_toll_of_other(trig, triggers):
            continue
        label = trig.label_
        if label in TERRITORY_TYPES and _takes_no_ground(trig):
            continue
        if label in TERRITORY_TYPES and _is_partial_control(trig):
            label = "armed_clash"
            partial.add(trig.start)
        labelled.append((label, trig))
        if label not in by_type or (_is_anaphoric(by_type[label]) and not _is_anaphoric(trig)):
            by_type[label] = trig  # "the killings occurred after fighting": the fighting tells the event
    # a specific trigger absorbs the generic words beside it, unless it only refers back
    # ("the airstrikes came after rebels killed 20 troops": the killing is the news)
    telling = {t for t, s in by_type.items() if t not in GENERIC_TYPES and not _is_anaphoric(s)}
    if telling:  # ... but "the attack in X took place a day after a bomber struck Y" still refers back
        by_type = {t: s for t, s in by_type.items() if t not in GENERIC_TYPES or s.start in partial
                   or _is_anaphoric(s) and not any(_same_act(s, by_type[o]) for o in telling)}
    specific = [s for t, s in by_type.items() if t not in GENERIC_TYPES]
    by_type = {t: s for t, s in by_type.items()  # "the helicopters attacked": one act
               if t not in GENERIC_TYPES or not any(_same_act(s, other) for other in specific)}
    for sub_type in list(by_type):
        if sub_type in by_type and not _is_anaphoric(by_type[sub_type]):  # "the killings came after fighting"
            for absorbed in codebook.entry(sub_type).absorbs:
                if absorbed in by_type and by_type[absorbed].start not in partial:
                    by_type.pop(absorbed)
    _, actors = _services()
    caption = is_photo_caption(_paragraph_text(sent))
    drafts = []
    for sub_type, trig in list(by_type.items()) + _separate_acts(by_type, labelled):
        entry = codebook.entry(sub_type)
        draft = _Draft(sub_type, entry.event_type, trig, sent, evidence=[evidence_of(sent)])
        draft.location, draft.location_evidence = _choose_place(trig, ctx)
        if _is_landmark_choice(trig, ctx, draft.location_evidence):
            draft.flags.add("location_landmark")
            if draft.location.precision == "country" and _unresolved_place(sent, ctx, trig) is not None:
                # "Dambam, about 16 km from the border with Niger": the village the gazetteer
                # lacks is the place, the neighbouring country is not; placed below as an
                # unknown village (a province as landmark still bounds where the event was)
                draft.location, draft.location_evidence = None, None
                draft.flags.discard("location_landmark")
        if draft.location is not None and draft.location.precision in {"admin1", "country"}:
            _village_within(draft, sent, ctx)
        draft.date, draft.date_precision, draft.date_evidence, statement = _choose_date(trig, ctx)
        if statement:
            draft.flags.add("date_from_statement")
        draft.anaphoric = _is_anaphoric(trig) or _describes_referred_event(trig, triggers) or (
            draft.date is None and _told_of_referred_event(trig, triggers))
        draft.weak = draft.date is None and (draft.location is None or draft.location.precision == "country") \
            and _unresolved_place(sent, ctx) is None and not _told_act(trig)
        if caption:
            draft.flags.add("photo_caption")
        if _told_separately(sent) or _another(trig):
            draft.flags.add("told_separately")
        if draft.date is None:
            _fallback_date(draft, ctx)
        if draft.location is None:
            draft.location, draft.location_evidence = _inherited_place(sent, ctx)
            if draft.location is not None:
                draft.flags.add("location_from_context")
                if ctx.main_place is not None and draft.location is ctx.main_place[0]:
                    draft.flags.add("location_from_article")
                if ctx.countries and contains_phrase(sent.text, load_cues().elsewhere_phrases):
                    _place_elsewhere(draft, ctx.countries[0])
                unknown = _unresolved_place(sent, ctx, trig)
                if unknown is not None:  # a village the gazetteer lacks: keep its words
                    draft.location = replace(draft.location, mention=unknown.text, precision="region")
                    draft.location_evidence = evidence_of(unknown)
                    draft.flags.add("location_approximate")
        country = draft.location.country if draft.location else (ctx.countries[0] if ctx.countries else None)
        mentions = actors.find(sent, country=country, targets=True)
        linked = link_actors(mentions, trig, event_type=entry.event_type, sub_event_type=sub_type,
                             normalise=lambda text: actors.normalise(text, country=country))
        draft.actor1, draft.actor2 = linked.actor1, linked.actor2
        draft.actor1_evidence, draft.actor2_evidence = linked.actor1_evidence, linked.actor2_evidence
        if linked.actor2_targeted:
            draft.flags.add("actor2_targeted")
        if entry.event_type in CROWD_ACTORS and (draft.actor1 is None or draft.actor1.type == "civilians"):
            crowd = actors.normalise(CROWD_ACTORS[entry.event_type], country=country)
            draft.actor1 = replace(crowd, mention=draft.actor1.mention if draft.actor1 else None)
            if draft.actor1_evidence is None:
                draft.actor1_evidence = evidence_of(trig)  # the protest itself implies its crowd
        elif entry.event_type not in CROWD_ACTORS:
            _parties_referred_to(draft, sent, country)
            _actors_from_context(draft, sent, country)
            if draft.actor1 is None and entry.unnamed_actor1 and (  # no perpetrator named anywhere near
                    draft.actor2 is not None or not entry.unnamed_actor1_needs_actor2):
                draft.actor1 = actors.normalise(entry.unnamed_actor1, country=country)
                draft.flags.add("actor1_unnamed")
        if draft.actor2 is None and entry.unnamed_actor2:  # tear gas, live rounds: a force intervened
            draft.actor2 = replace(actors.normalise(entry.unnamed_actor2, country=country), mention=trig.text)
            draft.actor2_evidence = evidence_of(trig)
            draft.flags.add("actor2_unnamed")
        _retype(draft, entry)
        draft.sources = find_sources(sent)
        draft.background = _is_background(draft, ctx)
        if draft.background and draft.date_precision == "year":
            continue  # year-only history is context, not a codable event
        if draft.background and "location_from_article" in draft.flags:
            _place_in_named_country(draft, sent, ctx)
        drafts.extend(_split_by_place(draft, ctx))
    _add_casualties(drafts, sent)
    return drafts


def _told_separately(sent: Span) -> bool:
    """ "Separately, two commanders were killed in a drone strike": a sentence that opens with a
    cue of a distinct incident tells a new event, even of the type, day and area of one told
    before (so it is never folded into an earlier event; later retellings may join it)."""
    opening = sent.text.lstrip().lower()
    return any(opening.startswith(cue) and not opening[len(cue):len(cue) + 1].isalnum()
               for cue in load_cues().separate_event_cues)


def _village_within(draft: _Draft, sent: Span, ctx: _Context) -> None:
    """ "Attacked the village of Noaka in the Centre-Nord region": the event is at the village
    the gazetteer lacks, somewhere in the province it names; it keeps the province's point
    but the village's words, so that two villages of one province stay two events."""
    unknown = _unresolved_place(sent, ctx, draft.trigger)
    if unknown is not None and _linked(unknown, draft.trigger):
        draft.location = replace(draft.location, mention=unknown.text, precision="region")
        draft.location_evidence = evidence_of(unknown)
        draft.flags.add("location_approximate")


def _another(trigger: Span) -> bool:
    """ "Another attack in the same region": a trigger noun so determined is a further event."""
    dets = load_cues().separate_event_determiners
    return any(c.dep_ == "det" and c.lower_ in dets for c in trigger.root.children)


def _coordinated(a: Span, b: Span) -> bool:
    """True when two place names belong to coordinated phrases in the parse ("X, Y and Z";
    "strikes on a hospital in X and a prison in Y")."""
    def lineage(span: Span) -> list[int]:
        ids, tok = [span.root.i], span.root
        for _ in range(5):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            ids.append(tok.i)
        return ids

    doc = a.doc
    up_a, up_b = lineage(a), lineage(b)
    for i in up_a:
        for j in up_b:
            if i != j and (doc[i].dep_ == "conj" and doc[i].head.i == j or doc[j].dep_ == "conj" and doc[j].head.i == i):
                return True
    return False


def _split_by_place(draft: _Draft, ctx: _Context) -> list[_Draft]:
    """One event per place: "strikes on X, Y and Z" are three events. The sentence's toll
    cannot be shared out, so split events carry none (flag ``toll_not_split``)."""
    linked = [(span, place, ev) for span, place, ev in _places_in(draft.sentence, ctx)
              if place.precision in {"town", "region"} and _linked(span, draft.trigger)
              and not _is_reference(span)]
    group = [item for item in linked if any(_coordinated(item[0], other[0]) for other in linked
                                            if other[0] is not item[0])]
    if len(group) < 2 or len({_place_key(p) for _, p, _ in group}) < 2:
        return [draft]
    out = []
    for _, place, ev in group:
        part = replace(draft, location=place, location_evidence=ev, flags=set(draft.flags) | {"toll_not_split"},
                       evidence=list(draft.evidence), sources=list(draft.sources))
        out.append(part)
    return out


ORGANISED_ARMED_TYPES = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia"})


def _paragraph_text(sent: Span) -> str:
    """The paragraph (text between line breaks) that holds the sentence."""
    text = sent.doc.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char - 1)
    return text[start:end if end >= 0 else len(text)]


def _paragraph_neighbours(sent: Span) -> list[Span]:
    """The sentences just before and after, if they are in the same paragraph."""
    doc = sent.doc
    out = []
    if sent.start > 0 and "\n" not in doc[sent.start - 1].text_with_ws:
        out.append(doc[sent.start - 1].sent)
    if sent.end < len(doc) and "\n" not in doc[sent.end - 1].text_with_ws:
        out.append(doc[sent.end].sent)
    return out


def _actors_from_context(draft: _Draft, sent: Span, country: str | None) -> None:
    """Fill a missing perpetrator, or the missing opponent of a battle, from the neighbouring
    sentences of the paragraph ("... clashed on Sunday. Al Shabaab claimed the attack.")."""
    needs_actor1 = draft.actor1 is None
    needs_actor2 = draft.actor2 is None and draft.event_type == "battles"
    if not (needs_actor1 or needs_actor2):
        return
    _, actors = _services()
    taken = {a.name for a in (draft.actor1, draft.actor2) if a is not None}
    for other in _paragraph_neighbours(sent):
        for mention in actors.find(other, country=country):
            actor = mention.actor
            if actor.type not in ORGANISED_ARMED_TYPES or actor.name in taken:
                continue
            evidence = Evidence(mention.start_char, mention.end_char, mention.text)
            if needs_actor1:
                draft.actor1, draft.actor1_evidence, needs_actor1 = actor, evidence, False
            elif needs_actor2:
                draft.actor2, draft.actor2_evidence, needs_actor2 = actor, evidence, False
            taken.add(actor.name)
            draft.flags.add("actor_from_context")
            if not (needs_actor1 or needs_actor2):
                return


def _parties_referred_to(draft: _Draft, sent: Span, country: str | None) -> None:
    """ "Both sides freed detainees": an agreement that names its parties only as "both sides"
    is between the article's main government side and its main armed opponent."""
    if draft.sub_event_type != "agreement" or (draft.actor1 and draft.actor2):
        return
    if not contains_phrase(sent.text, load_cues().party_references):
        return
    _, actors = _services()
    government, opponent = main_parties(actors.find(sent.doc, country=country))
    for name, mention in (("actor1", government), ("actor2", opponent)):
        if getattr(draft, name) is None and mention is not None:
            setattr(draft, name, mention.actor)
            setattr(draft, f"{name}_evidence", Evidence(mention.start_char, mention.end_char, mention.text))
            draft.flags.add("actor_from_context")


def _retype(draft: _Draft, entry) -> None:
    """Apply the codebook's by_target / by_actor rules (civilians attacked, who took territory).
    A clash is fought by both sides: "clashes between people from the two groups killed 18"
    stays a clash whoever the dead were."""
    targets = dict(entry.by_target)
    if targets and draft.trigger.root.lemma_.lower() not in load_cues().reciprocal_triggers:
        victim_civilian = draft.actor2 is not None and draft.actor2.type == "civilians"
        victim_armed = draft.actor2 is not None and draft.actor2.type in ORGANISED_ARMED_TYPES
        new = targets.get("civilians") if victim_civilian else targets.get("armed") if victim_armed else None
        if new:
            draft.sub_event_type = new
            draft.event_type = load_codebook().entry(new).event_type
    by_actor = dict(entry.by_actor)  # who took it: only an actor the sentence itself names
    if by_actor and draft.actor1 is not None and "actor_from_context" not in draft.flags:
        kind = "state" if draft.actor1.type == "state_forces" else "non_state"
        if kind in by_actor:
            draft.sub_event_type = by_actor[kind]
            draft.event_type = load_codebook().entry(by_actor[kind]).event_type


def _add_casualties(drafts: list[_Draft], sent: Span) -> None:
    """Casualties of a sentence go to its most specific event only (never counted twice); a next
    sentence that only says no casualties were reported gives 0."""
    if not drafts:
        return
    from sitrep.nlp.casualties import find_casualties_near

    if "toll_not_split" in drafts[0].flags:
        return
    # "... It said no casualties were reported."; "troops killed 13 militants. The militants were killed in ..."
    found = find_casualties_near(sent, borrow_figures=False, borrow_from_eventless=True)
    target = next((d for d in drafts if not d.anaphoric), drafts[0])  # the toll is the telling event's
    target.fatalities = found.killed
    target.fatalities_evidence = found.killed_evidence
    target.injured = found.injured
    target.injured_evidence = found.injured_evidence


def _place_key(place: Place | None) -> tuple:
    if place is None:
        return (None,)
    return (place.country, place.name)


def _opponent_kind(draft: _Draft) -> str | None:
    if draft.actor2 is None:
        return None
    if draft.actor2.type == "civilians":
        return "civilians"
    return "armed" if draft.actor2.type in ORGANISED_ARMED_TYPES else None


def _retold_attack(a: _Draft, b: _Draft) -> bool:
    """A clash and an attack can be one event told twice (a headline's "attack" that the body
    shows to be a massacre), but not when one hits civilians and the other is fought against
    an armed opponent: "villagers were killed after fighting between the army and rebels"."""
    if {a.sub_event_type, b.sub_event_type} != RETOLD_TYPES:
        return False
    return {_opponent_kind(a), _opponent_kind(b)} != {"civilians", "armed"}


def _part_of(part: _Draft, whole: _Draft) -> bool:
    """Houses burned during a raid, looting in a riot, arrests at a dispersed protest: such a
    mention is part of the event whose type absorbs it (codebook ``absorbs``), told in another
    sentence."""
    return part.sub_event_type in PART_TYPES and part.sub_event_type in load_codebook().entry(whole.sub_event_type).absorbs


def _compatible(a: _Draft, b: _Draft) -> bool:
    """Two mentions of one event: same type of action (the generic clash/attack words count as
    one), same day (or one of them undated), same place (or one of them coarser)."""
    book = load_codebook()
    same_type = a.sub_event_type == b.sub_event_type or _retold_attack(a, b) \
        or {a.sub_event_type, b.sub_event_type} == TERRITORY_TYPES or _part_of(a, b) or _part_of(b, a) \
        or book.refines(a.sub_event_type, b.sub_event_type) or book.refines(b.sub_event_type, a.sub_event_type)
    if not same_type or a.background != b.background:
        return False
    loose_dates = LOOSE_DATE_FLAGS
    fallback = bool(loose_dates & a.flags) or bool(loose_dates & b.flags)
    if a.date != b.date and not fallback:
        return False
    if fallback and a.date and b.date:
        if abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) > 4:
            return False
    if a.location is None or b.location is None:
        return True
    if "location_approximate" in a.flags and "location_approximate" in b.flags and \
            (a.location.mention or "").lower() != (b.location.mention or "").lower():
        return False  # two places the gazetteer lacks, both stood in for by the same known place
    if _place_key(a.location) == _place_key(b.location):
        return True
    if fallback and a.location.admin1 and a.location.admin1 == b.location.admin1:
        return True  # an undated retelling (headline) of the dated event in the same province
    coarse = {"country", "admin1"}
    return a.location.country == b.location.country and (
        a.location.precision in coarse or b.location.precision in coarse)


def _named_actor1(draft: _Draft) -> bool:
    return draft.actor1 is not None and "actor1_unnamed" not in draft.flags


def _merge_into(keep: _Draft, other: _Draft) -> None:
    """Fold a repeat mention into the kept event: prefer the more precise value of each field."""
    keep.weak = keep.weak and other.weak
    if load_codebook().refines(other.sub_event_type, keep.sub_event_type) or (
            other.anaphoric and keep.sub_event_type in GENERIC_TYPES and other.sub_event_type not in GENERIC_TYPES
            and other.event_type != "strategic_developments"):
        keep.sub_event_type, keep.event_type = other.sub_event_type, other.event_type
    loose_dates = LOOSE_DATE_FLAGS
    # a dated report replaces an undated telling (headline) — unless it only refers back
    dated_report = bool(loose_dates & keep.flags) and not loose_dates & other.flags and not other.anaphoric
    if _part_of(keep, other):  # the headline's "burned" was the riot told below
        keep.sub_event_type, keep.event_type = other.sub_event_type, other.event_type
    if {keep.sub_event_type, other.sub_event_type} == TERRITORY_TYPES and (dated_report or _named_actor1(
            other) and not _named_actor1(keep)):  # who took the town: the report that dates it or names them
        keep.sub_event_type = other.sub_event_type
    keep.evidence.extend(e for e in other.evidence if e not in keep.evidence)
    # a referring mention ("the attack in X") gives a place to an event that had none of its own
    stated_place = "location_from_context" in keep.flags and not LOCATION_FLAGS & other.flags
    finer = keep.location is not None and other.location is not None and "location_landmark" not in other.flags \
        and PRECISION_RANK[
        other.location.precision] < PRECISION_RANK[keep.location.precision] and (
        not other.anaphoric or _inside(other.location, keep.location) and not LOCATION_FLAGS & other.flags)
    if other.location is not None and (keep.location is None or dated_report or stated_place or finer):
        keep.location, keep.location_evidence = other.location, other.location_evidence
        keep.flags = (keep.flags - LOCATION_FLAGS) | (other.flags & LOCATION_FLAGS)
    if dated_report:
        keep.date, keep.date_precision, keep.date_evidence = other.date, other.date_precision, other.date_evidence
        keep.flags -= loose_dates
    if "actor2_targeted" in other.flags and "actor2_targeted" not in keep.flags and other.actor2 is not None \
            and keep.event_type == "explosions_remote_violence" and (keep.actor1 is None or keep.actor1.name != other.actor2.name):
        # a blast's target told later ("the blast targeted the intelligence agency") beats its casualties;
        # only for remote violence, whose type does not depend on who was hit
        keep.actor2, keep.actor2_evidence = other.actor2, other.actor2_evidence
        keep.flags = (keep.flags - {"actor2_unnamed"}) | {"actor2_targeted"}
    for name in ("actor1", "actor2"):
        unnamed = f"{name}_unnamed"
        if unnamed in keep.flags and getattr(other, name) is not None and unnamed not in other.flags:
            setattr(keep, name, None)  # a retelling names the perpetrator (or the force)
            setattr(keep, f"{name}_evidence", None)
            keep.flags.discard(unnamed)
        opposite = keep.actor2 if name == "actor1" else keep.actor1
        if getattr(keep, name) is None and getattr(other, name) is not None and (
                opposite is None or opposite.name != getattr(other, name).name):  # never both sides
            setattr(keep, name, getattr(other, name))
            setattr(keep, f"{name}_evidence", getattr(other, f"{name}_evidence"))
            if unnamed in other.flags:
                keep.flags.add(unnamed)
    if other.fatalities.best is not None and (keep.fatalities.best is None or dated_report):
        keep.fatalities, keep.fatalities_evidence = other.fatalities, other.fatalities_evidence
    if other.injured is not None and (keep.injured is None or dated_report):
        keep.injured, keep.injured_evidence = other.injured, other.injured_evidence
    names = {n.lower() for n, _ in keep.sources}
    keep.sources.extend((n, e) for n, e in other.sources if n.lower() not in names)
    if {keep.sub_event_type, other.sub_event_type} == RETOLD_TYPES and _opponent_kind(keep) == "civilians":
        # the headline's "attack" read as a clash; the body shows its victims were civilians
        keep.sub_event_type, keep.event_type = "attack", load_codebook().entry("attack").event_type


def _inside(place: Place, area: Place) -> bool:
    """Whether ``place`` can lie within ``area``: same country, and same province unless ``area``
    is the whole country (a referring "the attack in X" only narrows the place already told)."""
    return place.country == area.country and (area.precision == "country" or place.admin1 == area.admin1)


def _same_area(a: _Draft, b: _Draft) -> bool:
    """Can referring mention ``b`` ("the attack in X") be about event ``a``? Yes in the same
    province, or when ``a`` has no place of its own, or when ``b``'s sentence names ``a``'s place."""
    if a.location is None or b.location is None:
        return True
    if a.location.mention and a.location.mention.lower() in b.sentence.text.lower():
        return True  # "the attacks on Eritrea" after "rockets fired into Eritrea"
    if (LOCATION_FLAGS | {"location_landmark"}) & b.flags or \
            "location_from_context" in a.flags and a.location.country == b.location.country:
        return True  # one of them has no place of its own (a landmark, "Mogadishu's", is none)
    if a.location.country != b.location.country:
        return False
    return _place_key(a.location) == _place_key(b.location) or a.location.admin1 == b.location.admin1 \
        or {a.location.precision, b.location.precision} & {"country", "admin1"} != set()


def _may_refer_to(referring: _Draft, event: _Draft) -> bool:
    """ "The attack" may refer to any event, and "the attack, carried out with a bomb" may add
    detail to a generic one; "the drone strike" refers only to an event of its own kind (not to
    the rocket fire told just before it)."""
    kinds = {referring.sub_event_type, event.sub_event_type}
    return bool(kinds & GENERIC_TYPES) or len(kinds) == 1 \
        or load_codebook().refines(referring.sub_event_type, event.sub_event_type)


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """Fold repeats into one event; "the attack" joins the nearest event told in the same area
    (before it, else after it); a photo caption that retells no earlier event is dropped."""
    kept: list[_Draft] = []
    referring: list[_Draft] = []
    for draft in drafts:
        separate = "told_separately" in draft.flags
        target = next((c for c in kept if _compatible(c, draft)
                       and not (separate and c.sentence.start < draft.sentence.start)), None)
        if target is not None:
            _merge_into(target, draft)
        elif "photo_caption" in draft.flags:
            continue  # a caption only retells an event told before it
        elif draft.anaphoric:
            referring.append(draft)
        else:
            kept.append(draft)
    for draft in referring:
        before = [c for c in kept if c.sentence.start <= draft.sentence.start]
        after = [c for c in kept if c.sentence.start > draft.sentence.start]
        candidates = [c for c in list(reversed(before)) + after
                      if _same_area(c, draft) and _may_refer_to(draft, c) and not c.background]
        if not LOOSE_DATE_FLAGS & draft.flags:  # "Saturday's attacks": the events of that day first
            candidates.sort(key=lambda c: c.date != draft.date)
        # an event told with a date or a place of its own first, then a bare mention (headline)
        target = next((c for c in candidates if not c.weak), candidates[0] if candidates else None)
        if target is not None:
            _merge_into(target, draft)
            _none_killed_in_each(draft, [c for c in candidates if c is not target])
        else:
            kept.append(draft)
    kept.sort(key=lambda d: d.sentence.start)
    return [d for d in kept if not d.weak]


def _none_killed_in_each(referring: _Draft, others: list[_Draft]) -> None:
    """ "Saturday's attacks ..., but did not report any casualties": a plural reference with no
    one killed speaks of each event of that day it may refer to; a count could not be shared
    out, but none killed can."""
    if referring.fatalities.best != 0 or referring.trigger.root.tag_ not in {"NNS", "NNPS"}:
        return
    for event in others:
        if event.date == referring.date and event.fatalities.best is None:
            event.fatalities, event.fatalities_evidence = referring.fatalities, referring.fatalities_evidence


@lru_cache(maxsize=1)
def _confidence_weights() -> dict:
    from importlib import resources

    return json.loads(resources.files("sitrep.nlp").joinpath("data/confidence.json").read_text())


def _confidence(draft: _Draft) -> float:
    """How much to trust the event, from the weights in ``data/confidence.json``."""
    w = _confidence_weights()
    score = w["base"]
    if draft.sub_event_type not in GENERIC_TYPES:
        score += w["specific_type"]
    if not LOOSE_DATE_FLAGS & draft.flags:
        score += w["own_date"]
    if draft.location is None:
        score += w["no_place"]
    elif "location_approximate" in draft.flags:
        score += w["place_approximate"]
    elif {"location_from_context", "location_from_article_country"} & draft.flags:
        score += w["place_from_context"]
    else:
        score += w["own_place"].get(draft.location.precision, 0.0)
    if draft.actor1 is not None and "actor1_unnamed" not in draft.flags:
        score += w["actor1"]
    score += w["each_extra_mention"] * min(len(draft.evidence) - 1, w["extra_mentions_max"])
    return max(w["floor"], min(score, w["ceiling"]))


def _freeze(draft: _Draft, article_id: str) -> Event:
    field_evidence = [("sub_event_type", evidence_of(draft.trigger))]
    for name, ev in (("location", draft.location_evidence), ("date", draft.date_evidence),
                     ("actor1", draft.actor1_evidence), ("actor2", draft.actor2_evidence),
                     ("fatalities", draft.fatalities_evidence), ("injured", draft.injured_evidence)):
        if ev is not None:
            field_evidence.append((name, ev))
    if draft.sources:
        field_evidence.append(("reported_by", draft.sources[0][1]))
    first = draft.evidence[0]
    key = f"{article_id}|{draft.sub_event_type}|{first.start_char}|{draft.trigger.start_char}"
    return Event(
        id="e" + hashlib.sha1(key.encode()).hexdigest()[:15],
        article_id=article_id,
        event_type=draft.event_type,  # type: ignore[arg-type]
        sub_event_type=draft.sub_event_type,  # type: ignore[arg-type]
        date=draft.date,
        date_precision=draft.date_precision,  # type: ignore[arg-type]
        location=draft.location,
        actor1=draft.actor1,
        actor2=draft.actor2,
        fatalities=draft.fatalities,
        injured=draft.injured,
        reported_by=tuple(name for name, _ in draft.sources),
        background=draft.background,
        confidence=_confidence(draft),
        evidence=tuple(sorted(draft.evidence, key=lambda e: e.start_char)),
        field_evidence=tuple(field_evidence),
        flags=tuple(sorted(draft.flags)),
        pipeline_version=PIPELINE_VERSION,
    )


def events_from_doc(doc: Doc, *, article_id: str, published: str | None, url: str | None = None) -> list[Event]:
    """Read the events of one processed Doc (``url``: the page, whose domain may tell the
    country of a story that names none)."""
    from sitrep.nlp.dates import find_dateline, reference_date

    day = _parse_published(published)
    ctx = _Context(day, article_countries(doc) or site_country(url), find_dateline(doc.text, day),
                   reference=None if day else reference_date(doc.text))
    ctx.main_place = _main_place(doc, ctx)
    triggers_by_sent: dict[int, list[Span]] = {}
    for trig in doc.spans["triggers"]:
        triggers_by_sent.setdefault(trig.sent.start, []).append(trig)
    drafts: list[_Draft] = []
    for sent in doc.sents:
        if sent.start in triggers_by_sent:
            drafts.extend(_drafts_for_sentence(sent, triggers_by_sent[sent.start], ctx))
    if ctx.countries:
        fallback = _country_place(ctx.countries[0])
        for draft in drafts:
            if draft.location is None and fallback is not None:
                draft.location = fallback
                draft.flags.add("location_from_article_country")
                unknown = _unresolved_place(draft.sentence, ctx, draft.trigger)
                if unknown is not None:  # keep the words of the place the gazetteer lacks
                    draft.location = replace(fallback, mention=unknown.text)
                    draft.location_evidence = evidence_of(unknown)
                    draft.flags.add("location_approximate")
    events = _merge(_without_earlier_copies(drafts))
    _apply_place_statements(doc, events, ctx)
    return [_freeze(d, article_id) for d in events]


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _without_earlier_copies(drafts: list[_Draft]) -> list[_Draft]:
    """A sentence told again later in the article (a photo caption or summary that repeats the
    body, a headline printed twice): only the later copy counts, where the article tells it in
    context ("Separately, two commanders were killed ..."); the earlier one would fold the
    event into whatever was told first."""
    words = {d.sentence.start: _words_of(d.sentence.text) for d in drafts}
    return [d for d in drafts if not any(
        o.sentence.start > d.sentence.start and o.sub_event_type == d.sub_event_type
        and len(words[d.sentence.start]) > 20 and words[d.sentence.start] in words[o.sentence.start]
        for o in drafts)]


def _stated_place(sent: Span, ctx: _Context) -> tuple[Place, Evidence] | None:
    """The place a sentence like "The incident occurred in the district of X" gives: a definite
    noun for the event as subject of occur/happen/take place, and a sub-country place in that
    clause. Such a sentence tells no new event (it may name no type at all)."""
    cues = load_cues()
    for tok in sent:
        verb = tok.head
        if tok.dep_ != "nsubj" or tok.lemma_.lower() not in cues.place_statement_nouns \
                or verb.lemma_.lower() not in cues.place_statement_verbs \
                or not any(c.dep_ == "det" and c.lower_ in cues.anaphoric_determiners for c in tok.children):
            continue
        for span, place, ev in _places_in(sent, ctx):
            if place.precision != "country" and not _is_reference(span) and verb in span.root.ancestors:
                return place, ev
    return None


def _apply_place_statements(doc: Doc, events: list[_Draft], ctx: _Context) -> None:
    """ "The incident occurred in X": X narrows the place of the news event told just before,
    when it lies inside the place told so far (see ``_inside``)."""
    for sent in doc.sents:
        stated = _stated_place(sent, ctx)
        if stated is None:
            continue
        place, ev = stated
        told = [e for e in events if not e.background and e.sentence.start < sent.start]
        if not told:
            continue
        event = max(told, key=lambda e: e.sentence.start)
        current = event.location
        if current is None or PRECISION_RANK[place.precision] < PRECISION_RANK[current.precision] and _inside(
                place, current) or "location_from_context" in event.flags or _place_off_trigger(event):
            event.location, event.location_evidence = place, ev
            event.flags -= LOCATION_FLAGS
            if evidence_of(sent) not in event.evidence:  # already there when it retold the event
                event.evidence.append(evidence_of(sent))


def _place_off_trigger(event: _Draft) -> bool:
    """Whether the event's place is a name of its sentence that the parse does not tie to its
    trigger ("killed in a drone strike while trying to capture Tripoli"): only the nearest name,
    so a statement of where the event took place replaces it."""
    ev = event.location_evidence
    if ev is None:
        return False
    return any(ev.start_char <= p.start_char and p.end_char <= ev.end_char and not _linked(p, event.trigger)
               for p in event.trigger.doc.spans["places"])


def _country_place(iso2: str) -> Place | None:
    from sitrep.geo.resolver import resolve_place

    gazetteer, _ = _services()
    entry = gazetteer.country_by_code(iso2)
    if entry is None:
        return None
    place = resolve_place(entry.name, context_countries=(iso2,), gazetteer=gazetteer)
    return replace(place, mention=None) if place is not None else None


def warm_up() -> None:
    """Load the pipeline, gazetteer and actor dictionary now rather than on the first article."""
    from sitrep.nlp.pipeline import build_nlp

    events_from_doc(build_nlp()("Warplanes struck the town of Idlib in Syria on Monday."), article_id="warm-up",
                    published="2020-01-01")


def extract_events(text: str, *, published: str | None = None, url: str | None = None) -> list[Event]:
    """Extract the events of one article text."""
    article = Article(id=Article.make_id(text=text, url=url), text=text, published=published, url=url)
    return extract_article(article)


def extract_article(article: Article) -> list[Event]:
    from sitrep.nlp.pipeline import build_nlp

    doc = build_nlp()(article.text)
    events = events_from_doc(doc, article_id=article.id, published=article.published, url=article.url)
    return _confidence_model().rescore(events, doc)


@lru_cache(maxsize=1)
def _confidence_model():
    from sitrep.events.calibration import ConfidenceModel

    return ConfidenceModel.load()


def extract_articles(articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[tuple[Article, list[Event] | Exception]]:
    """Extract many articles, streamed through ``nlp.pipe``; a failing article yields its error."""
    from sitrep.nlp.pipeline import build_nlp

    nlp = build_nlp()
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size):
        try:
            events = events_from_doc(doc, article_id=article.id, published=article.published,
                                     url=article.url)
            yield article, _confidence_model().rescore(events, doc)
        except Exception as exc:  # one bad article never stops a batch; the caller records why
            yield article, exc
