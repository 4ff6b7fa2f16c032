"""Deaths told at another place in a sentence that names no act of its own ("Four more people were
killed in X", "they went on to Y, where they killed ten others", "locals reported three dead in
X, Y and Z"): the act told before goes on there. ACLED codes one event per place, so each such
place is an event of the act last told (its type, actors and day unless the sentence dates it);
several places share no toll (flag ``toll_not_split``, as ``place_split``), while the one place
of a sentence takes the sentence's own figure ("four more were killed in X": four, there).

Kept narrow, as a sentence without a trigger is most often the toll or an aside of an event told
already: the death word must be the sentence's own statement (not a clause about someone or
something, "the unrest which left scores dead", "a rumour that a pair died"), its place must
hang on it, and a place the act was already told at, near it or lying in the area it was told for
adds nothing (the toll of that event); a sentence that opens as another incident is no continuation.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from sitrep.events.acts import is_aggregate, told_separately
from sitrep.events.background import is_background
from sitrep.events.context import ArticleContext, places_in
from sitrep.events.dating import choose_date
from sitrep.events.kinds import KILLING_EVENT_TYPES
from sitrep.events.merge import DISTINCT_TOWNS_KM, coarse, inside, place_key
from sitrep.events.mention import EventMention, Flag
from sitrep.events.place_choice import in_other_clause, is_linked, is_modifier, is_reference, names_a_party
from sitrep.events.place_split import PLACE_GUESS_FLAGS, SITE_PRECISIONS, Site, coordinated_sites
from sitrep.geo.distance import haversine_km
from sitrep.model import Evidence, Fatalities
from sitrep.nlp.arguments import denied_by_quantifier, evidence_of, is_irrealis
from sitrep.nlp.casualties import find_casualties
from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import doc_text, span_text
from sitrep.nlp.toll_update import counts_a_period, toll_update_verb

#: Dependencies a place phrase climbs by to the word it hangs on ("in the city of X, Y and Z").
PLACE_PATH_DEPS = frozenset({"pobj", "prep", "conj", "compound", "nmod", "appos"})
#: Dependencies of a clause told about a noun or aside, not stated by the sentence.
ASIDE_DEPS = frozenset({"relcl", "acl", "csubj", "csubjpass", "nsubj", "nsubjpass", "appos", "pobj"})


def continued_deaths(sent: Span, ctx: ArticleContext, before: list[EventMention]) -> list[EventMention]:
    """The events of the act last told in ``before`` at the places where ``sent`` (a sentence with
    no trigger) tells deaths, one per place; none when the sentence tells no such deaths, no
    act was told before, or its places are the act's own."""
    source = next((m for m in reversed(before) if not (m.weak or m.anaphoric or m.background)
                   and m.event_type in KILLING_EVENT_TYPES), None)
    if source is None or told_separately(sent):
        return []  # "In a separate incident, two were killed in X": another act, of a type unknown
    for word in sent:
        if not _states_deaths(word):
            continue
        reach = _anchors(word)
        anchor = sent.doc[min(reach):max(reach) + 1]  # its root, or the span, holds every anchor
        if is_aggregate(anchor) or any(c.lower_ in load_cues().tally_prepositions for c in word.children):
            continue  # "3,000 have been killed in X since 2015": a tally, not an act
        sites = coordinated_sites(anchor, ctx) or _own_site(anchor, ctx)
        sites = [s for s in sites if _hangs_on(s[0], word) and _elsewhere(s, source)]
        if sites:
            found = [_at(source, site, anchor, word, ctx) for site in sites]
            if len(found) == 1:
                _own_toll(found[0], sent)
            return found
    return []


def _own_toll(mention: EventMention, sent: Span) -> None:
    """The deaths and injuries the sentence states, for the one place it tells them at: there
    is nothing to share them out with, and the act told before has its own figure."""
    found = find_casualties(sent)
    mention.fatalities, mention.fatalities_evidence = found.killed, found.killed_evidence
    mention.injured, mention.injured_evidence = found.injured, found.injured_evidence


def _states_deaths(word: Token) -> bool:
    """A death word the sentence states ("were killed", "died", "three dead", "was shot"), not
    one in a clause about a noun ("the violence that killed", "a report that two died") or
    a noun itself ("the dead")."""
    if word.lemma_.lower() not in load_cues().continued_death_words or word.pos_ not in {"VERB", "ADJ"}:
        return False
    if word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.pos_ != "NUM":
        return False  # "the dead bodies", but "three dead"
    if _denied_or_unreal(word) or _later_death(word):
        return False
    tok = word
    while tok.head.i != tok.i:
        if _where_clause(tok):
            return True  # "X, where they killed six": the clause tells what happened at X
        if tok.dep_ in ASIDE_DEPS:
            return False
        tok = tok.head
    return True


def _denied_or_unreal(word: Token) -> bool:
    """A death denied ("no one was killed", "four were not killed") or only feared or foreseen
    ("more could die", "fear more will be killed"): nothing happened at the place."""
    if is_irrealis(word.doc[word.i:word.i + 1]):
        return True
    verbs = [word]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)  # "nobody was hurt or killed": the subject is the first verb's
    return any(denied_by_quantifier(verb) for verb in verbs)


def _later_death(word: Token) -> bool:
    """A later death of someone wounded in the act ("two of the injured later died in hospital
    in X", "died of his wounds at X"): the place is where they died, not where the act was."""
    cues = load_cues()
    for child in word.children:
        if child.dep_ == "conj":
            continue  # "killed four and later burned the market": another act's words
        words = {t.lemma_.lower() for t in child.subtree}
        if child.dep_ in {"nsubj", "nsubjpass"} or child.dep_ == "prep" and child.lower_ == "of":
            if words & cues.wounded_words:
                return True  # "two of the injured died", "died of his wounds"
        if words & cues.later_death_words:
            return True  # "later died", "died in hospital"
    return False


def _where_clause(tok: Token) -> bool:
    """Whether a "where" clause tells what happened at ``tok`` ("X, where they killed six")."""
    return any(c.lower_ == "where" for c in tok.children)


def _anchors(word: Token) -> set[int]:
    """The words a place of the death hangs on: the death word, the count it qualifies ("three
    dead in X"), or the word a "where" clause hangs on, a verb ("stopped at X where they killed")
    or a place ("the town of X, where they killed"), with the preposition of that place ("went
    to X, where they killed")."""
    anchors = {word.i}
    if word.dep_ == "amod" and word.head.pos_ == "NUM" or _where_clause(word):
        anchors.add(word.head.i)
        if _where_clause(word) and word.head.dep_ == "pobj":
            anchors.add(word.head.head.i)
    return anchors


def _hangs_on(place: Span, word: Token) -> bool:
    """The place is where the death happened: the object of "in" or "at" on the death word ("killed
    in X", "killed in the city of X", "killed in X, Y and Z") or on another of its ``_anchors``; not
    a place of another act ("launched operations in X, killing", "entered homes near X and shot")
    or of a victim ("the governor of X was killed")."""
    anchors = _anchors(word)
    if place.root.i in anchors:
        return True  # "X, where they killed ..."
    tok = place.root
    for _ in range(8):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in PLACE_PATH_DEPS:
            return False
        if head.i in anchors:
            return tok.dep_ == "prep" and tok.lower_ in load_cues().continued_death_prepositions
        tok = head
    return False


def _own_site(anchor: Span, ctx: ArticleContext) -> list[Site]:
    """The one place of the sentence that hangs on the death word ("killed in X"), if any."""
    for span, place, ev in places_in(anchor.sent, ctx):
        if place.precision in SITE_PRECISIONS and is_linked(span, anchor) and not is_reference(span) \
                and not is_modifier(span) and not names_a_party(span, place.precision, anchor) \
                and not in_other_clause(span, anchor):
            return [(span, place, ev)]
    return []


def _elsewhere(site: Site, source: EventMention) -> bool:
    """A place the act was not told at: not its own, not in the area it was told for, and not
    near it (a village by the act's town is more likely where that act killed, told more
    precisely, than another act)."""
    own, place = source.location, site[1]
    if own is None:
        return True
    if place_key(own) == place_key(place) or None not in (own.lat, own.lon, place.lat, place.lon) \
            and haversine_km(own.lat, own.lon, place.lat, place.lon) <= DISTINCT_TOWNS_KM:
        return False
    return bool(PLACE_GUESS_FLAGS & source.flags) or not (coarse(own) and inside(place, own))


def _at(source: EventMention, site: Site, anchor: Span, word: Token, ctx: ArticleContext) -> EventMention:
    """The source's act at ``site``, told by ``word`` in ``anchor``'s sentence (dated by it when it
    names a day)."""
    sent = anchor.sent
    date, precision, date_ev, loose = choose_date(anchor, ctx)
    own_day = date is not None and date_ev is not None and sent.start_char <= date_ev.start_char < sent.end_char \
        and loose is None
    flags = (set(source.flags) - PLACE_GUESS_FLAGS) | {Flag.TOLL_NOT_SPLIT}
    if site[1].geonames_id is None:
        flags.add(Flag.LOCATION_APPROXIMATE)
    mention = replace(source, location=site[1], location_evidence=site[2],
                      sentence=Evidence(sent.start_char, sent.end_char, span_text(sent)),
                      trigger=evidence_of(anchor.doc[word.i:word.i + 1]),
                      date=date if own_day else source.date,
                      date_precision=precision if own_day else source.date_precision,
                      date_evidence=date_ev if own_day else source.date_evidence,
                      fatalities=Fatalities(), fatalities_evidence=None, injured=None, injured_evidence=None,
                      several_acts_toll=None, several_acts_evidence=None,
                      flags=flags, evidence=[evidence_of(sent)], sources=list(source.sources),
                      anaphoric=False, weak=False)
    if own_day:  # "two were killed in X in March": recalled, whatever the act before was
        mention.background = is_background(mention, text=doc_text(sent.doc), now=ctx.published or ctx.reference)
    return mention


def raise_toll(sent: Span, before: list[EventMention]) -> bool:
    """A sentence with no act of its own that raises a toll ("on Monday the toll rose to 54 as
    more of the wounded died", "rescuers found four more bodies, taking the toll to 20"): no new
    act, the latest toll of the act last told, which takes it when it is higher than the count
    told with the act. Returns whether it did."""
    verb = toll_update_verb(sent)
    if told_separately(sent) or verb is None or is_aggregate(sent.doc[verb.i:verb.i + 1]) or counts_a_period(verb):
        return False  # "bringing the toll this month to 107": a tally of many acts
    source = next((m for m in reversed(before) if not (m.weak or m.anaphoric or m.background)
                   and m.event_type in KILLING_EVENT_TYPES), None)
    found = find_casualties(sent)
    best = found.killed.best
    if source is None or best is None or source.fatalities.best is not None and best <= source.fatalities.best:
        return False
    source.fatalities, source.fatalities_evidence, source.running_toll = found.killed, found.killed_evidence, True
    return True
