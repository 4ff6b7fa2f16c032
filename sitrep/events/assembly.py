"""From a processed Doc to the article's event mentions: per sentence, the acts its triggers tell,
each with its place, date, actors, sources, background and casualties. This is the part of the
event layer that reads spaCy spans; what follows it (``merge``, ``freeze``) reads mentions only.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from sitrep.events.acts import (
    another,
    counted_further,
    describes_referred_event,
    is_anaphoric,
    kills_counted,
    causes_toll,
    told_act,
    told_of_referred_event,
    told_separately,
    telling_triggers,
)
from sitrep.events.actor_choice import choose_actors
from sitrep.events.background import is_background
from sitrep.events.captives import holds_suspects, named_as_offence
from sitrep.events.kinds import CROWD_ACTORS
from sitrep.events.materiel import destroys_materiel
from sitrep.events.clauses import sequence_scope, told_as_renewed, told_as_reply, told_in_sequence
from sitrep.events.context import ArticleContext, main_place, town_within
from sitrep.events.continued_deaths import continued_deaths, raise_toll
from sitrep.events.dating import (choose_date, coordinated_days, dated_by_other_words, dates_another_act, fallback_date,
                                  in_picture_caption)
from sitrep.events.merge import coarse, place_key
from sitrep.events.mention import EventMention, Flag
from sitrep.events.place_choice import choose_place, is_landmark_choice, is_modifier_choice, unnamed_settlement
from sitrep.events.place_fallback import (
    inherited_place,
    place_elsewhere,
    place_in_article_country,
    place_in_named_country,
    unresolved_place,
    village_within,
)
from sitrep.events.place_shares import share_out
from sitrep.events.place_split import split_by_place
from sitrep.events.scope import spread_over_unit, with_nationwide_events
from sitrep.events.venue import place_at_venue
from sitrep.nlp.sentences import doc_text, group_spans, sentence_paragraph, span_text
from sitrep.model import Evidence, Fatalities, Place
from sitrep.nlp.arguments import evidence_of, sentence_sources
from sitrep.nlp.casualties import (Casualties, casualties_of_act, figure_at, included_share, lent_toll_back, sentence_casualties,
                                   tells_bare_toll, tells_several_acts, told_of_earlier_act)
from sitrep.nlp.toll_update import tells_toll_update
from sitrep.nlp.codebook import load_codebook
from sitrep.nlp.cues import contains_phrase, load_cues


def assemble_mentions(doc: Doc, ctx: ArticleContext) -> list[EventMention]:
    """Every event mention of the article in text order, each placed (the article's country
    as the last resort)."""
    triggers_by_sent: dict[int, list[Span]] = {}
    for trig in doc.spans["triggers"]:
        triggers_by_sent.setdefault(trig.sent.start, []).append(trig)
    mentions: list[EventMention] = []
    for sent in doc.sents:
        if sent.start in triggers_by_sent:
            triggers = triggers_by_sent[sent.start]
            if mentions and (_shares_alone(triggers) or tells_bare_toll(sent)) and not in_picture_caption(sent) \
                    and share_out(sent, ctx, mentions):
                continue  # "six of the dead were in A and three in B": the split act's places' shares
            if mentions and deaths_alone(triggers) and not in_picture_caption(sent):
                found = continued_deaths(sent, ctx, mentions)  # "three other worshippers died in X"
                if found:
                    mentions.extend(found)
                    continue
            mentions.extend(mentions_for_sentence(sent, triggers, ctx))
        elif mentions and not in_picture_caption(sent):
            if share_out(sent, ctx, mentions):
                continue
            found = continued_deaths(sent, ctx, mentions)  # "four more were killed in X"
            if not found:
                raise_toll(sent, mentions)  # "the toll rose to 54 on Monday": the latest toll of the act
            mentions.extend(found)
    place_in_article_country(doc, mentions, ctx)
    return mentions


def _shares_alone(triggers: list[Span]) -> bool:
    """Whether a sentence's triggers only tell people dying or refer back to an act told before
    ("six of the dead were in A, where the raids hit a market"): no new act."""
    return deaths_alone([t for t in triggers if not is_anaphoric(t)])


def deaths_alone(triggers: list[Span]) -> bool:
    """Whether a sentence's triggers only tell people dying ("three other worshippers died"): no
    act is named, so deaths it places elsewhere continue the act told before."""
    words = load_cues().actless_death_words
    return all(t.root.lemma_.lower() in words for t in triggers)


def new_mention(sub_type: str, trigger: Span) -> EventMention:
    """A bare mention of ``sub_type`` told by ``trigger``: its sentence as evidence."""
    sent = trigger.sent
    return EventMention(
        sub_type, load_codebook().entry(sub_type).event_type,
        sentence=Evidence(sent.start_char, sent.end_char, span_text(sent)),
        trigger=Evidence(trigger.start_char, trigger.end_char, span_text(trigger)),
        type_evidence=evidence_of(trigger),
        plural=trigger.root.tag_ in {"NNS", "NNPS"},
        holds_suspects=holds_suspects(trigger),
        beside_crowd=names_a_crowd_act(sent),
        materiel=destroys_materiel(trigger),
        renewed=told_as_renewed(trigger),
        in_lead=in_lead(sent),
        evidence=[evidence_of(sent)],
    )


def names_a_crowd_act(sent: Span) -> bool:
    """The sentence has a trigger of a protest or riot ("arrested 52 people during the riot"):
    an arrest it tells is tied to that crowd's act, whatever day the sentence gives it. Not a
    riot's act named as what people are held for ("suspected of looting", "for rioting")."""
    codebook = load_codebook()
    return any(codebook.entry(t.label_).event_type in CROWD_ACTORS and not named_as_offence(t)
               for t in sent.doc.spans.get("triggers", ()) if sent.start <= t.start < sent.end)


def in_lead(sent: Span) -> bool:
    """Whether the sentence is in the first two paragraphs of the text: the headline and the
    lead below it (or the first two of a text with no headline)."""
    text = doc_text(sent.doc)
    begin, _ = sentence_paragraph(sent)
    return sum(1 for line in text[:begin].split("\n") if line.strip()) < LEAD_PARAGRAPHS


#: Paragraphs of the lead: the headline and the first paragraph below it.
LEAD_PARAGRAPHS = 2


def said_more_by(trig: Span, sub_type: str, triggers: list[Span]) -> Span | None:
    """A trigger of the same type inside the phrase of a trigger that names its act only in
    general (codebook ``generic_phrases``): "an explosion from a bomb planted in a cart", "a third
    attack, a motorcycle bomb": that word tells what the act was, so the event's type rests on it
    (``conventions.generic_by_episode`` reads the type evidence, not the generic word)."""
    generic = load_codebook().entry(sub_type).generic_phrases
    if trig.text.lower() not in generic:
        return None
    return next((t for t in triggers if t.label_ == sub_type and t.start != trig.start
                 and t.text.lower() not in generic and _in_phrase_of(t, trig)), None)


def _in_phrase_of(inner: Span, word: Span) -> bool:
    """``inner`` is said of ``word``: inside its phrase ("an explosion from a bomb planted in a
    cart"), or in a phrase hung on the verb it is the subject of, which the parser often does
    ("the third blast, from a device hidden in a cart, struck ...")."""
    root = word.root
    if inner.root.i in {t.i for t in root.subtree}:
        return True
    tok = inner.root
    while tok.dep_ in ("pobj", "prep", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == root.head.i and root.dep_ in ("nsubj", "nsubjpass") and inner.root.pos_ in ("NOUN", "PROPN")


def beside_referred_act(trig: Span, triggers: list[Span]) -> bool:
    """ "A day after the ambush, granaries were looted": an act its sentence tells as coming
    before or after one it only refers back to ("the attack") is another act than that one, not
    a part of it, whatever their day and place."""
    return any(t.start != trig.start and is_anaphoric(t) and trig.root.i not in scope
               for t in triggers if (scope := sequence_scope(t)))


def generic_holder(trig: Span, sub_type: str, triggers: list[Span]) -> Span | None:
    """The generic word of the same type whose phrase holds ``trig`` ("the third blast, from a
    device hidden in a cart" for "device hidden"): what it is counted or determined by ("third",
    "another") counts the act ``trig`` tells."""
    return next((g for g in triggers if g.start != trig.start
                 and (more := said_more_by(g, sub_type, triggers)) is not None and more.start == trig.start), None)


def mentions_for_sentence(sent: Span, triggers: list[Span], ctx: ArticleContext) -> list[EventMention]:
    codebook = load_codebook()
    caption = in_picture_caption(sent)
    mentions = []
    labels: dict[int, str] = {}  # id of a mention -> the type its trigger told before re-typing
    for sub_type, trig in telling_triggers(triggers):
        entry = codebook.entry(sub_type)
        mention = new_mention(sub_type, trig)
        said_more = said_more_by(trig, sub_type, triggers)
        if said_more is not None:
            mention.type_evidence = evidence_of(said_more)
        mention.apart_from = frozenset(t.start_char for t in triggers
                                       if t.start != trig.start and told_in_sequence(trig, t))
        _place_from_sentence(mention, trig, ctx)
        if in_other_act(mention.location_evidence, mention, triggers):
            mention.location, mention.location_evidence = None, None  # placed from the context below
            mention.flags.discard(Flag.LOCATION_LANDMARK)
        mention.date, mention.date_precision, mention.date_evidence, loose = choose_date(trig, ctx)
        if in_other_act(mention.date_evidence, mention, triggers):  # "came after bombings on Saturday"
            mention.date, mention.date_precision, mention.date_evidence, loose = None, "week", None, None
        if loose is not None:
            mention.flags.add(loose)
        else:
            mention.dated_by_other_words = dated_by_other_words(trig, mention.date_evidence)
        mention.anaphoric = is_anaphoric(trig) or describes_referred_event(trig, triggers) or (
            mention.date is None and told_of_referred_event(trig, triggers))
        mention.weak = mention.date is None and (mention.location is None or mention.location.precision == "country") \
            and unresolved_place(sent, ctx) is None and not in_unnamed_town(mention, trig) \
            and not told_act(trig) and not causes_toll(trig) and not dates_another_act(trig) \
            and not spread_over_unit(trig)
        if caption:
            mention.flags.add(Flag.PHOTO_CAPTION)
        holder = generic_holder(trig, sub_type, triggers)
        if told_separately(sent) or another(trig) or holder is not None and another(holder):
            mention.flags.add(Flag.TOLD_SEPARATELY)
        mention.told_apart = told_as_reply(trig) or beside_referred_act(trig, triggers)
        if mention.date is None and (counted_further(trig) or holder is not None and counted_further(holder)):
            mention.flags.add(Flag.TOLD_SEPARATELY)
            mention.anaphoric = mention.weak = False
        if mention.date is None:
            fallback_date(mention, ctx, trig)
        if mention.location is None:
            _place_from_context(mention, trig, ctx)
        country = mention.location.country if mention.location else (ctx.countries[0] if ctx.countries else None)
        choose_actors(mention, trig, entry, country=country, actors=ctx.actors,
                      article_mentions=ctx.article_actor_mentions(sent.doc, country))
        place_at_venue(mention, trig, ctx)
        mention.sources = list(sentence_sources(sent))
        mention.background = is_background(mention, text=doc_text(sent.doc), now=ctx.published or ctx.reference)
        if mention.background and mention.date_precision == "year":
            continue  # year-only history is context, not a codable event
        if mention.background and Flag.LOCATION_FROM_ARTICLE in mention.flags and (
                mention.location is None or mention.location.precision == "country" or unnamed_settlement(trig) is None):
            # a recalled act in "the city" is at the article's town, not in a country the sentence names
            place_in_named_country(mention, sent, ctx)
        for day in split_by_day(mention, trig):
            told = split_by_place(day, trig, ctx, triggers)
            labels.update((id(m), sub_type) for m in told)
            mentions.extend(told)
    mentions = without_parts_of_retyped(mentions, labels)
    mentions = with_nationwide_events(mentions, sent, ctx)
    if lent_toll_back(sent):  # "Rebels overran the post. Eight soldiers were killed.": that act's dead
        for mention in mentions:
            mention.anaphoric = True
    add_casualties(mentions, sent)
    return mentions


def split_by_day(mention: EventMention, trigger: Span) -> list[EventMention]:
    """One mention per day the act is told on, when the sentence gives each day a toll of its
    own ("two dead on Friday and three more on Saturday": ``dating.coordinated_days``), the same
    in all else (NOTES: one type of action at one place on one day). Each day's toll is its
    share (``add_casualties``). Days told with no toll of their own ("clashes went on on Friday
    and Saturday") stay one mention: such a sentence often only tells how long one episode ran."""
    days = coordinated_days(trigger, mention.date_evidence) if mention.date_precision == "day" else []
    told = [mention.date_evidence, *days]
    if not days or not all(_toll_of_day(trigger.sent, ev.start_char, ev.end_char) for ev in told):
        return [mention]
    return [mention] + [replace(mention, date=m.date, date_precision=m.precision,
                                date_evidence=Evidence(m.start_char, m.end_char, m.text), flags=set(mention.flags),
                                evidence=list(mention.evidence), sources=list(mention.sources))
                        for m in days]


def _toll_of_day(sent: Span, start: int, end: int) -> bool:
    """Whether the sentence gives the day told at ``start:end`` a death toll of its own
    (``casualties.figure_at``)."""
    return figure_at(sent, "killed", [(start, end)]) is not None


def without_parts_of_retyped(mentions: list[EventMention], labels: dict[int, str]) -> list[EventMention]:
    """A part told in one sentence with an act that its victims or doers re-typed into a type
    that absorbs it (codebook ``absorbs``): "raiders shot dead eight farmers and torched their
    huts in an assault on the hamlet" tells one attack on civilians, as the sentence would had
    its word been one of an attack from the start (``acts.telling_triggers``), so the burning is
    no event of its own and the toll is the attack's. Not a part told apart from it (a reply,
    another day, another place)."""
    book = load_codebook()
    wholes = [m for m in mentions if m.sub_event_type != labels.get(id(m), m.sub_event_type) and not m.anaphoric]
    if not wholes:
        return mentions
    return [m for m in mentions if not any(
        m is not w and m.sub_event_type in book.entry(w.sub_event_type).absorbs
        and m.sub_event_type == labels.get(id(m)) and not m.told_apart and not m.anaphoric
        and m.date == w.date and place_key(m.location) == place_key(w.location) for w in wholes)]


def in_unnamed_town(mention: EventMention, trigger: Span) -> bool:
    """A new act the sentence places in a town it does not name and in no other place ("fired
    rockets from within the city", "were chased from the village"): the town the article tells
    of is a place of its own, not a bare mention (one that only refers back, "the blast shook
    the city", stays one)."""
    return mention.location is None and not mention.anaphoric and unnamed_settlement(trigger) is not None


def _place_from_sentence(mention: EventMention, trigger: Span, ctx: ArticleContext) -> None:
    """The place the trigger's sentence gives (see ``place_choice.choose_place``)."""
    sent = trigger.sent
    mention.location, mention.location_evidence = choose_place(trigger, ctx)
    if is_modifier_choice(trigger, ctx, mention.location_evidence) and mention.location.precision != "country":
        mention.location, mention.location_evidence = None, None  # placed from the context below
        return
    if is_landmark_choice(trigger, ctx, mention.location_evidence):
        mention.flags.add(Flag.LOCATION_LANDMARK)
        if mention.location.precision == "country" and (
                unresolved_place(sent, ctx, trigger=trigger) is not None
                or ctx.home_country(sent.doc) not in {None, mention.location.country}):
            # "Dambam, about 16 km from the border with Niger", "X, a town near the frontier
            # with Chad": the village is the place, the neighbouring country is not; placed
            # below as an unknown village or from the context (a province as landmark still
            # bounds where the event was)
            mention.location, mention.location_evidence = None, None
            mention.flags.discard(Flag.LOCATION_LANDMARK)
    if mention.location is not None and _province_wide(mention.location) \
            and unnamed_settlement(trigger) is not None and unresolved_place(sent, ctx, trigger=trigger) is None:
        # "recaptured a village in the X province": the town the article names in X, if any (a whole
        # country is no bound: the article's main town there need not be the one meant)
        found = town_within(sent.doc, ctx, mention.location)
        if found is not None:
            mention.location, mention.location_evidence = found
            mention.flags.add(Flag.LOCATION_FROM_ARTICLE)
            return
    if mention.location is not None and mention.location.precision in {"admin1", "country"}:
        village_within(mention, trigger, ctx)
    if mention.location is not None and names_part_of_country(mention.location):
        # "shelling in eastern Chad": the part of the country the article names
        # more precisely elsewhere ("in X province"), rather than the capital's point
        found = main_place(sent.doc, ctx, mention.location.country)
        if found is not None:
            mention.location, mention.location_evidence = found
            mention.flags.add(Flag.LOCATION_FROM_ARTICLE)


def _province_wide(place: Place) -> bool:
    """A province, or a region as wide as one or wider (``coarse``), never a whole country."""
    return place.precision != "country" and (coarse(place) or place.precision == "region" and place.name == place.admin1)


def in_other_act(evidence: Evidence | None, mention: EventMention, triggers: list[Span]) -> bool:
    """Whether ``evidence`` lies in the phrase of an act told as coming before or after the
    mention's own ("the strikes came after rebels killed 15 soldiers in X on Monday"): X and
    Monday are that act's place and day."""
    if evidence is None or not mention.apart_from:
        return False
    doc = triggers[0].doc
    scope = {i for t in triggers if t.start_char in mention.apart_from for i in sequence_scope(t)}
    span = doc.char_span(evidence.start_char, evidence.end_char, alignment_mode="expand")
    return span is not None and span.root.i in scope


def names_part_of_country(place: Place) -> bool:
    """A whole country named by one of its parts ("northern Iraq", "eastern Congo", "the south
    of Colombia"): its capital is no better a point than the article's places there."""
    if place.precision != "country" or not place.mention:
        return False
    words = set(place.mention.lower().replace("'s", " ").replace("-", " ").split())
    own = set(place.name.lower().replace("-", " ").split())
    return bool((words - own) & load_cues().direction_words)


def _place_from_context(mention: EventMention, trigger: Span, ctx: ArticleContext) -> None:
    """No place in the sentence: the paragraph's or the article's (see ``inherited_place``)."""
    sent = trigger.sent
    mention.location, mention.location_evidence = inherited_place(sent, ctx)
    if mention.location is not None:
        mention.flags.add(Flag.LOCATION_FROM_CONTEXT)
        if ctx.main_place is not None and mention.location is ctx.main_place[0]:
            mention.flags.add(Flag.LOCATION_FROM_ARTICLE)
        if ctx.countries and contains_phrase(sent.text, load_cues().elsewhere_phrases):
            place_elsewhere(mention, ctx.countries[0], ctx)
        unknown = unresolved_place(sent, ctx, trigger=trigger)
        if unknown is not None:  # a village the gazetteer lacks: keep its words
            mention.location = replace(mention.location, mention=unknown.text, precision="region")
            mention.location_evidence = evidence_of(unknown)
            mention.flags.add(Flag.LOCATION_APPROXIMATE)
        elif Flag.LOCATION_FROM_ARTICLE in mention.flags:
            _countrywide_act(mention, ctx)


def _countrywide_act(mention: EventMention, ctx: ArticleContext) -> None:
    """An act of the whole country told with no place of its own (``cues.json``:
    ``countrywide_types``: a prisoner swap, a peace accord) is the country's, not the town the
    article names most: that town is where other acts of the story happened, but its country is
    the story's (the first country named may be the other party to a swap)."""
    if mention.sub_event_type not in load_cues().countrywide_types or mention.location is None:
        return
    place = ctx.country_place(mention.location.country)
    if place is not None:
        mention.location, mention.location_evidence = place, None
        mention.flags = (mention.flags - {Flag.LOCATION_FROM_ARTICLE}) | {Flag.LOCATION_FROM_ARTICLE_COUNTRY}


def _share_of_place_or_day(found: Casualties, target: EventMention, sent: Span, *, place_first: bool = False) -> Casualties:
    """A toll the sentence gives per place or per day: the share of the event's own place or
    day, when the sentence names it (``casualties.figure_at``). With ``place_first`` (events at
    other places in one sentence) the event's place, then its trigger, decide alone before all
    its words together: a day the sentence gives to the other act may have been read as its own."""
    if found.killed.best is None or found.killed_evidence is None:
        return found
    anchors = [(ev.start_char, ev.end_char) for ev in (target.location_evidence, target.date_evidence, target.trigger)
               if ev is not None and sent.start_char <= ev.start_char and ev.end_char <= sent.end_char]
    share = None
    if place_first:
        for ev in (target.location_evidence, target.trigger):
            if ev is not None and sent.start_char <= ev.start_char and ev.end_char <= sent.end_char:
                share = figure_at(sent, "killed", [(ev.start_char, ev.end_char)])
                if share is not None:
                    break
    share = share or (figure_at(sent, "killed", anchors) if anchors else None)
    if share is None or share[0] is None or share[0].best is None:
        return found
    q, toks = share
    start, end = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
    acled = min(x for x in (q.best, q.low) if x is not None)
    return replace(found, killed=Fatalities(q.best, q.low, q.high),
                   killed_evidence=Evidence(start, end, doc_text(sent.doc)[start:end]), acled_killed=acled)


def joins_other_act(target: EventMention, others: list[Span], doc: Doc) -> bool:
    """The event's act is joined by "and" to another act of the sentence, each at a place of its
    own ("died in a bombing at one market and in a shooting in another town"): a toll told
    there is the acts' total. Verbs joined by "and" ("killed 20 and captured 3") and a list of
    means with no places ("fired tear gas, rubber bullets") tell one act."""
    trigger = doc.char_span(target.trigger.start_char, target.trigger.end_char)
    if trigger is None or trigger.root.pos_ not in NOUNS:
        return False
    return any(other.root.pos_ in NOUNS and _coordinated(trigger.root, other.root) and _apart(trigger.root, other.root)
               for other in others)


NOUNS = frozenset({"NOUN", "PROPN"})


def _coordinated(a: Token, b: Token) -> bool:
    return _coordinated_below(a, b) or _coordinated_below(b, a)


def _coordinated_below(low: Token, high: Token) -> bool:
    """``low`` hangs under ``high`` through a coordination ("and in ..."), with no verb between."""
    joined = False
    tok = low
    while tok.head.i != tok.i and tok.i != high.i:
        joined |= tok.dep_ == "conj"
        tok = tok.head
        if tok.i != high.i and tok.pos_ in {"VERB", "AUX"}:
            return False
    return joined and tok.i == high.i


def _apart(a: Token, b: Token) -> bool:
    """Each act names a place of its own (one act's words are those under its noun, less the other
    act's when that one hangs below it)."""
    own_a, own_b = _own_places(a, b), _own_places(b, a)
    return bool(own_a) and bool(own_b) and not own_a & own_b


def _own_places(act: Token, other: Token) -> frozenset[str]:
    below = {t.i for t in act.subtree}
    if act.is_ancestor(other):
        below -= {t.i for t in other.subtree}
    return frozenset(p.text.lower() for p in group_spans(act.doc, "places") if p.start in below)


def add_casualties(mentions: list[EventMention], sent: Span) -> None:
    """Casualties of a sentence go to its most specific event only (never counted twice); a next
    sentence that only says no casualties were reported gives 0."""
    if not mentions:
        return
    raid_killing = _raid_killing(mentions, sent)
    target = raid_killing or next((d for d in mentions if not d.anaphoric), mentions[0])
    if Flag.TOLL_NOT_SPLIT in target.flags:
        _none_at_every_place(mentions, target, sent)
        return  # one toll for an act at several places is not shared out among them
    # "... It said no casualties were reported."; "troops killed 13 militants. The militants were killed in ..."
    others = [t for t in group_spans(sent.doc, "triggers") if sent.start <= t.start < sent.end and not is_anaphoric(t)
              and (t.end_char <= target.trigger.start_char or t.start_char >= target.trigger.end_char)]
    found = casualties_of_act(sent, others) or sentence_casualties(sent)
    days = [d for d in mentions if d.trigger.start_char == target.trigger.start_char and d.date != target.date]
    if days:
        _tolls_by_day([target, *days], found, sent)
        return
    whole = found
    apart = [m for m in mentions if m is not target and not m.anaphoric and m.location is not None
             and target.location is not None and m.location.name != target.location.name]
    found = _share_of_place_or_day(found, target, sent, place_first=bool(apart))
    if found is not whole:
        _shares_of_other_places(mentions, target, whole, found, sent)
    else:
        found = _included_share(found, target, sent)
    if found.killed.best and (tells_several_acts(sent.text) or joins_other_act(target, others, sent.doc)):
        target.several_acts_toll, target.several_acts_evidence = found.killed, found.killed_evidence
    elif not told_of_earlier_act(sent, found.killed_evidence, target.trigger.start_char, "killed"):
        target.fatalities = found.killed
        target.fatalities_evidence = found.killed_evidence
        target.raid_killing = target is raid_killing and bool(found.killed.best)
        target.running_toll = found.killed.best is not None and tells_toll_update(sent)
    if not told_of_earlier_act(sent, found.injured_evidence, target.trigger.start_char, "injured"):
        target.injured = found.injured
        target.injured_evidence = found.injured_evidence


def _none_at_every_place(mentions: list[EventMention], target: EventMention, sent: Span) -> None:
    """An act told at several places whose telling says no one was killed ("drones struck A and
    B. No casualties were reported"): none is a toll every place holds, unlike a figure, which is
    never shared out; each place's event of the act is given 0 (NOTES: an explicit statement of
    no casualties gives 0), and 0 injured when the statement says so."""
    found = sentence_casualties(sent)
    if found.killed.best != 0 or found.killed_evidence is None:
        return
    for m in mentions:
        if Flag.TOLL_NOT_SPLIT in m.flags and m.trigger.start_char == target.trigger.start_char \
                and m.fatalities.best is None:
            m.fatalities, m.fatalities_evidence = found.killed, found.killed_evidence
            if found.injured == 0 and m.injured is None:
                m.injured, m.injured_evidence = 0, found.injured_evidence


def _included_share(found: Casualties, target: EventMention, sent: Span) -> Casualties:
    """The share an "including nine in X" phrase gives to the event's place X of a toll spread
    over an area (``casualties.included_share``)."""
    ev = target.location_evidence
    if found.killed.best is None or ev is None or not (sent.start_char <= ev.start_char and ev.end_char <= sent.end_char):
        return found
    share = included_share(sent, (ev.start_char, ev.end_char))
    if share is None:
        return found
    q, toks = share
    start, end = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
    acled = min(x for x in (q.best, q.low) if x is not None)
    return replace(found, killed=Fatalities(q.best, q.low, q.high),
                   killed_evidence=Evidence(start, end, doc_text(sent.doc)[start:end]), acled_killed=acled)


def _shares_of_other_places(mentions: list[EventMention], target: EventMention, whole: Casualties,
                            own: Casualties, sent: Span) -> None:
    """The other events of a sentence that splits its toll by place ("two soldiers died in a
    blast near A, and gunmen shot dead a worker in B"): each takes its own place's share, when
    that is another figure than the target's (no dead counted twice); the injured stay the target's."""
    taken = {own.killed_evidence.start_char} if own.killed_evidence else set()
    for other in mentions:
        if other is target or other.anaphoric or other.fatalities.best is not None \
                or other.trigger.start_char == target.trigger.start_char:
            continue
        share = _share_of_place_or_day(whole, other, sent, place_first=True)
        if share is whole or share.killed_evidence is None or share.killed_evidence.start_char in taken:
            continue
        taken.add(share.killed_evidence.start_char)
        other.fatalities, other.fatalities_evidence = share.killed, share.killed_evidence


def _raid_killing(mentions: list[EventMention], sent: Span) -> EventMention | None:
    """The killing of a raid that also took people ("gunmen abducted 20 passengers and killed two
    drivers"): the counted dead are the killing's own, wherever the sentence tells it, so the
    raid stays two events (codebook ``absorbs_without_toll``), not an abduction with a toll."""
    book = load_codebook()
    for m in mentions:
        if m.anaphoric or not any(o is not m and m.sub_event_type in book.entry(o.sub_event_type).absorbs_without_toll
                                  for o in mentions):
            continue
        trigger = sent.doc.char_span(m.trigger.start_char, m.trigger.end_char)
        if trigger is not None and kills_counted(trigger):
            return m
    return None


def _tolls_by_day(days: list[EventMention], found: Casualties, sent: Span) -> None:
    """The toll of an act told on several days goes to each day only as the share the sentence
    gives it ("two dead on Friday and three more on Saturday"); a toll of all the days is no
    day's own, so it stays unset (as a toll spread over places does)."""
    for day in days:
        share = _share_of_place_or_day(found, day, sent)
        if share is not found:
            day.fatalities, day.fatalities_evidence = share.killed, share.killed_evidence
