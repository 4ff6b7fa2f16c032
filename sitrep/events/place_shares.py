"""Per-place shares of the dead of an act told at several places. ``place_split`` gives such an
act one event per place and no toll (a toll of all the places is no place's own; NOTES: deaths
spread over places with no per-place figure stay null). A later sentence may give the figure of
each place: "six of the dead were in A and three in B", "five of the victims were from A and
four from B", "A counted five bodies, B four", "in A, five were killed; in B, three", "four died
in A and the rest in B". Each place's event then takes its own share, never the whole toll and
never a share the text does not state (a place the sentence gives no figure keeps none; "the
rest" is a share only when the act's total was stated).

Read from word order, not the parse, which often misreads the gapped clauses of such lists: the
sentence's places of the act and its figures must alternate (place, figure, place, figure or
figure, place, figure, place), so that each figure stands beside one place. Cue words are data
(``cues.json``: ``share_death_words``, ``share_rest_words``, ``share_tally_words``)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.events.context import ArticleContext, places_in
from sitrep.events.kinds import KILLING_EVENT_TYPES
from sitrep.events.merge import place_key
from sitrep.events.mention import EventMention, Flag
from sitrep.events.place_split import PLACE_GUESS_FLAGS
from sitrep.model import Evidence, Fatalities
from sitrep.nlp.casualties import find_casualties, parse_quantity
from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import doc_text

#: Entity labels of numbers that count no people ("on 3 May", "at 5 pm", "40 km").
NOT_COUNTS = frozenset({"DATE", "TIME", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "CARDINAL_AGE"})


def split_act(before: list[EventMention]) -> list[EventMention]:
    """The events of the act last told when it was split by place and none of its places has a
    toll yet: the act a following sentence's shares belong to (empty otherwise). An act of the
    same type told after it with no place of its own ("the gunmen opened fire on farmers") is
    that act retold, not another one."""
    told = [m for m in before if not (m.weak or m.anaphoric or m.background) and m.event_type in KILLING_EVENT_TYPES]
    source = next((m for m in reversed(told) if Flag.TOLL_NOT_SPLIT in m.flags), None)
    if source is None:
        return []
    group = [m for m in before if Flag.TOLL_NOT_SPLIT in m.flags and m.location is not None
             and m.trigger.start_char == source.trigger.start_char]
    keys = {place_key(m.location) for m in group}
    if len(keys) < 2 or any(m.fatalities.best is not None for m in group):
        return []
    after = next(k for k, m in enumerate(told) if m is source) + 1
    if not all(_retells(m, source, keys) for m in told[after:]):
        return []
    return group


def _retells(mention: EventMention, source: EventMention, keys: set[tuple]) -> bool:
    """An act told after the split act that is still part of its story: one of its type placed
    only by the context ("the gunmen opened fire on farmers"), or one at one of its places ("four
    died in A when a bomb hit a monastery", "soldiers repelled the attacks" placed at A)."""
    if mention.event_type == source.event_type and PLACE_GUESS_FLAGS & mention.flags:
        return True
    return mention.location is not None and place_key(mention.location) in keys


def share_out(sent: Span, ctx: ArticleContext, before: list[EventMention]) -> bool:
    """Give each place of the act last told (split by place) the share of its dead that
    ``sent`` states; returns whether it did."""
    group = split_act(before)
    if not group:
        return False
    items = _items(sent, ctx, group)
    pairs = _pairs(items) if _counts_dead(sent) else []
    if not pairs:
        return _one_place_share(sent, items)
    total = _total(group[0], sent.doc)
    shares = _shares(pairs, total)
    if not shares:
        return False
    for member, (q, toks) in shares:
        start, end = min(t.idx for t in toks), max(t.idx + len(t) for t in toks)
        evidence = Evidence(start, end, doc_text(sent.doc)[start:end])
        for m in group:
            if place_key(m.location) == place_key(member.location):
                m.fatalities, m.fatalities_evidence = q, evidence
    return True


def _one_place_share(sent: Span, items: list[tuple[int, str, object]]) -> bool:
    """The dead of one place of the act, told with its wounded ("a woman was killed and three
    children were wounded in A"): the sentence names that place alone, and its killed figure (the
    casualty reader's, which tells the dead from the wounded) is that place's share."""
    members = {id(m): m for _, kind, m in items if kind == "P"}
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    if len(members) != 1 or lemmas & load_cues().share_tally_words or any(e.label_ == "DATE" for e in sent.ents):
        return False
    found = find_casualties(sent)
    if found.killed.best is None or found.killed_evidence is None:
        return False
    member = next(iter(members.values()))
    member.fatalities, member.fatalities_evidence = found.killed, found.killed_evidence
    if member.injured is None and found.injured is not None:
        member.injured, member.injured_evidence = found.injured, found.injured_evidence
    return True


def _counts_dead(sent: Span) -> bool:
    """The sentence counts the dead: a death word, no wounded, no count over a stretch of time."""
    cues = load_cues()
    lemmas = {t.lemma_.lower() for t in sent} | {t.lower_ for t in sent}
    return bool(lemmas & cues.share_death_words) and not lemmas & cues.wounded_words \
        and not lemmas & cues.share_tally_words


def _items(sent: Span, ctx: ArticleContext, group: list[EventMention]) -> list[tuple[int, str, object]]:
    """The sentence's places of the act ("P", its event), figures ("N", the number's tokens) and
    remainder words ("R"), in text order. Other places and numbers in a place name are left out."""
    keys = {place_key(m.location): m for m in group}
    items: list[tuple[int, str, object]] = []
    in_place: set[int] = set()
    found: set[tuple] = set()
    for span, place, _ in places_in(sent, ctx):
        in_place |= set(range(span.start, span.end))
        member = keys.get(place_key(place))
        if member is not None:
            items.append((span.start, "P", member))
            found.add(place_key(place))
    for key, member in keys.items():
        if key not in found:  # a village the gazetteer lacks, placed by the words the act named it with
            span = _named_again(sent, member)
            if span is not None and not in_place & set(range(span.start, span.end)):
                in_place |= set(range(span.start, span.end))
                items.append((span.start, "P", member))
    rest = load_cues().share_rest_words
    seen: set[int] = set()
    for tok in sent:
        if tok.i in in_place or tok.i in seen:
            continue
        if _is_count(tok):
            run = [tok]
            while run[-1].i + 1 < sent.end and _is_count(sent.doc[run[-1].i + 1]):
                run.append(sent.doc[run[-1].i + 1])
            seen |= {t.i for t in run}
            items.append((tok.i, "N", run))
        elif tok.lower_ in rest and tok.i > sent.start and sent.doc[tok.i - 1].lower_ == "the":
            items.append((tok.i, "R", [sent.doc[tok.i - 1], tok]))
    return sorted(items, key=lambda x: x[0])


def _named_again(sent: Span, member: EventMention) -> Span | None:
    """The words of the sentence that name the event's place as the act's sentence did ("Kawuri"),
    whole words only; None when they are absent."""
    ev = member.location_evidence
    names = {n for n in (member.location.name, ev.text if ev is not None else None) if n}
    text = sent.text
    for name in sorted(names, key=len, reverse=True):
        m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        if m:
            return sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end())
    return None


def _is_count(tok: Token) -> bool:
    return (tok.like_num or tok.pos_ == "NUM") and tok.ent_type_ not in NOT_COUNTS and not tok.is_punct


def _pairs(items: list[tuple[int, str, object]]) -> list[tuple[EventMention, str, list[Token]]]:
    """Places and figures paired by order, when they alternate one way throughout (each place
    once): [(event, "N" or "R", tokens)], else empty."""
    if not items or len(items) % 2:
        return []
    kinds = [k for _, k, _ in items]
    place_first = kinds[0] == "P"
    pairs = []
    for a, b in zip(items[::2], items[1::2]):
        place, figure = (a, b) if place_first else (b, a)
        if place[1] != "P" or figure[1] == "P":
            return []
        pairs.append((place[2], figure[1], figure[2]))
    places = [place_key(m.location) for m, _, _ in pairs]
    return pairs if len(set(places)) == len(places) else []


def _total(member: EventMention, doc) -> int | None:
    """The toll told with the act, in the sentence it was told in (None when none is)."""
    ev = member.sentence
    span = doc.char_span(ev.start_char, ev.end_char, alignment_mode="expand") if ev is not None else None
    return find_casualties(span).killed.best if span is not None else None


def _shares(pairs, total: int | None) -> list[tuple[EventMention, tuple[Fatalities, list[Token]]]]:
    """Each place's share: its figure, or for "the rest" the total less the others' figures
    (only with a stated total). Empty when the figures exceed the total or one is unreadable."""
    shares, rest = [], None
    for member, kind, toks in pairs:
        if kind == "R":
            if rest is not None:
                return []
            rest = (member, toks)
            continue
        q = parse_quantity(" ".join(t.text for t in toks))
        if q is None or q.best is None:
            return []
        shares.append((member, (Fatalities(q.best, q.low, q.high), toks)))
    counted = sum(f.best for _, (f, _) in shares)
    if total is not None and counted > total:
        return []
    if rest is not None:
        if total is None or total - counted <= 0 or not shares:
            return []
        shares.append((rest[0], (Fatalities(total - counted), rest[1])))
    return shares
