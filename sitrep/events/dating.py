"""The event's day: the date phrase nearest the trigger in its own clause (a statement date only
bounds it), else the day of the episode that another sentence gives, else the publication or
dateline date, flagged; and the publication date itself, checked."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from itertools import islice
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitrep.errors import PublishedDateError
from sitrep.events.background import BACKGROUND_AGE_DAYS
from sitrep.events.acts import told_separately
from sitrep.events.clauses import (clause_verb, held_for_words, other_actions, other_acts_words, other_dated_act_words,
                                   sequence_clause)
from sitrep.events.context import ArticleContext
from sitrep.nlp.sentences import doc_text, group_spans, paragraph_bounds, sentence_index, sentence_paragraph, sentences
from sitrep.events.mention import EventMention, Flag
from sitrep.model import SUB_EVENT_TYPES_BY_TYPE, Evidence
from sitrep.nlp.arguments import token_distance
from sitrep.nlp.cues import contains_phrase, is_photo_caption, load_cues

if TYPE_CHECKING:
    from sitrep.nlp.dates import DateMention


def parse_published(published: str | None) -> dt.date | None:
    """The publication day of ``published`` (YYYY-MM-DD, or an ISO timestamp read to its day);
    None when it is empty. Anything else raises :class:`~sitrep.errors.PublishedDateError`."""
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except (TypeError, ValueError):
        raise PublishedDateError(published) from None


def choose_date(trigger: Span, ctx: ArticleContext) -> tuple[str | None, str, Evidence | None, Flag | None]:
    """The date nearest the trigger, in its own words rather than in a clause aside, and in its
    clause rather than outside it ("Saturday's attack occurred where a bomber killed 28 last
    month"), never in a clause about another action elsewhere (see ``other_actions``), never the
    page's or dispatch's own date (``dispatch_date``); a statement date ("said Tuesday") only
    bounds the event, so it is used with week precision when nothing better is in the sentence.
    Returns the date, its precision and evidence, and the flag of a loose date (a statement's,
    or a count from an undated act: ``uncounted_flag``) or None."""
    from sitrep.nlp.dates import anchor_relative, relative_anchor, statement_anchor

    best = bound = None
    elsewhere, aside = other_actions(trigger)
    clause = {t.i for t in clause_verb(trigger).subtree}
    others = other_acts_words(trigger) | held_for_words(trigger) | other_dated_act_words(trigger)
    now = ctx.published or ctx.reference
    earlier = earlier_act_words(trigger)
    for m in sentence_dates(trigger.sent):
        if dispatch_date(m, trigger.sent, now):
            continue  # "July 29, 2024" above the text, "(AP) NAME October 10 2019 CITY ..."
        if earlier and not m.relative and not m.is_statement and m.precision == "day":
            span = trigger.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
            if span is not None and span.root.i not in earlier and _sequence_scope(span) is None:
                m = replace(m, is_statement=True)  # "talks were halted on Friday after rebels shelled X"
        if follows_another_act(m, trigger):
            bound = bound or bounded_day(m, trigger.sent, now)
            continue  # "the raid followed a decree on Monday": the decree's day bounds the raid's
        span = trigger.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is None or span.root.i in elsewhere or span.root.i in others:
            continue  # another act's day ("arrested over the June 5 attack")
        recalled = recalled_act_words(span)
        if recalled and (trigger.root.i not in recalled or crowd_at_commemoration(m, trigger)):
            continue  # "the worst raid since May 2020, when ...": the recalled act's day, not the raid's
        if m.relative and m.offset_days is not None and (span.root.i not in clause and not counts_back_to(span, trigger)
                                                         and not dates_toll_of(span, trigger)
                                                         or counts_from_another(span, trigger)):
            continue  # "struck ..., officials said, ten days after it had reopened": the reopening's
        key = (m.is_statement, span.root.i not in clause and not recalled, span.root.i in aside and not recalled,
               m.relative, token_distance(span, trigger))
        if best is None or key < best[0]:
            best = (key, m)
    if best is None:
        if bound is not None:
            return bound.date, bound.precision, Evidence(bound.start_char, bound.end_char, bound.text), None
        return None, "week", None, None
    m = best[1]
    if m.relative and m.offset_days is not None:
        # "one day after ...": count from the last day told before it, the lede's or one earlier
        # in the sentence ("on May 3 gunmen raided X, and two days later Y"), or from the day of
        # the statement that tells it ("a day earlier, the monitor reported on Friday, ...")
        anchor = statement_anchor(trigger.sent, m.start_char) or relative_anchor(trigger.doc, m.start_char)
        if anchor is None:
            return m.date, m.precision, Evidence(m.start_char, m.end_char, m.text), uncounted_flag(m, ctx)
        m = anchor_relative(m, anchor)
    precision = "week" if m.is_statement and m.precision == "day" else m.precision
    return m.date, precision, Evidence(m.start_char, m.end_char, m.text), (
        Flag.DATE_FROM_STATEMENT if m.is_statement else None)


def dates_toll_of(span: Span, trigger: Span) -> bool:
    """ "The next day, four men were killed when gunmen opened fire": the day hangs on the toll
    verb whose "when" clause holds the trigger, so it dates the act the clause tells."""
    verb = clause_verb(trigger)
    return verb.dep_ == "advcl" and verb.head.lemma_.lower() in load_cues().toll_verbs \
        and span.root.head.i == verb.head.i


#: The event types whose acts a reaction follows ("a curfew after gunmen killed six"): violence.
VIOLENT_TYPES = ("battles", "explosions_remote_violence", "violence_against_civilians")
CROWD_TYPES = ("protests", "riots")


def earlier_act_words(trigger: Span) -> frozenset[int]:
    """The words of the clause that "after" introduces when the trigger's act stands in it and the
    act it comes before is no event the sentence tells ("talks were suspended on Wednesday after
    rebels attacked a base"): a day told outside the clause is the later act's, which only bounds
    the trigger's (on or before it), like a statement's day. Empty otherwise."""
    if not any(trigger.label_ in SUB_EVENT_TYPES_BY_TYPE[t] for t in VIOLENT_TYPES):
        return frozenset()  # "convoys moved once a truce let them": a deal is dated with what it allows
    found = sequence_clause(trigger.root)
    if found is None or found[0] != "after" or found[1] == frozenset():
        return frozenset()
    words = found[1]
    sent = trigger.sent
    if any(t.root.i not in words for t in group_spans(trigger.doc, "triggers") if t.sent.start == sent.start):
        return frozenset()  # "troops retook the town on Sunday after rebels fled": the main act is one too
    return words


def recalled_act_words(span: Span) -> frozenset[int]:
    """The words of the act that a "since DATE, when ..." date ``span`` dates ("the deadliest
    blast since March 2019, when a bomber killed 40 at a hotel": the clause "when" opens); that
    date is the recalled act's own, never the day of the act the sentence compares with it.
    A commemoration's count back ("marks three years since soldiers killed 21", "the 20th
    anniversary of the siege") dates the words
    after it in the sentence, the act it recalls. Empty for any other date."""
    from sitrep.nlp.dates import dates_recalled_act, recalls_by_anniversary

    doc = span.doc
    if recalls_by_anniversary(span.text):
        return _anniversary_words(span)
    if span.start == 0 or doc[span.start - 1].lower_ != "since" or not dates_recalled_act(doc_text(doc), span.end_char):
        return frozenset()
    when = next((t for t in doc[span.end:span.end + 2] if t.lower_ == "when"), None)
    if when is None or when.dep_ != "advmod" or when.head.i == when.i:
        return frozenset()
    return frozenset(t.i for t in when.head.subtree)


def _anniversary_words(span: Span) -> frozenset[int]:
    """The words after a commemoration's count back that tell the recalled act: the clause or
    phrase its closing "since"/"after"/"of" opens ("marks two years since the army seized power",
    not the ", and police fired" that goes on with the commemoration day)."""
    link = span[-1]
    root = link.head if link.dep_ == "mark" else link
    words = frozenset(t.i for t in root.subtree if t.i >= span.end)
    return words or frozenset(range(span.end, span.sent.end))


def crowd_at_commemoration(mention, trigger: Span) -> bool:
    """Whether ``trigger`` is a crowd word inside the count back of a commemoration held by people
    ("crowds marked the fifth anniversary of the killing of protesters"): it tells the gathering
    of the commemoration day, whose day the count back is not. When a country or a day holds it
    ("the country marks a year since protests in which soldiers shot 50"), the crowd is the
    recalled act's."""
    from sitrep.nlp.dates import recalls_by_anniversary

    if not (recalls_by_anniversary(mention.text) and any(
            trigger.label_ in SUB_EVENT_TYPES_BY_TYPE[t] for t in CROWD_TYPES)):
        return False
    span = trigger.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return span is not None and _held_by_people(span)


def _held_by_people(span: Span) -> bool:
    """The subject of the verb that holds the commemoration ``span`` tells is a plural of people
    ("thousands", "crowds", "residents"), not a place, an organisation or a day ("Sudan marks",
    "today marks"): the first subject up the verbs that govern the count back."""
    token = span.root
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject.tag_ in ("NNS", "NNPS", "CD") and subject.ent_type_ not in _NOT_PEOPLE
        if token.head.i == token.i:
            return False
        token = token.head
    return False


_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "ORG", "DATE"})


def dated_by_other_words(trigger: Span, evidence: Evidence | None) -> bool:
    """Whether the day ``choose_date`` found in the trigger's sentence lies outside the trigger's
    own words: not in the phrase the trigger heads, nor (for a noun that is the subject of its
    verb, "a raid on Monday killed five", or in the phrase of a verb that tells it happening,
    "five died in a raid on Monday": ``_tells_the_act``) in its verb's. Such a day may be a
    report's or a later state's ("officials on Friday disclosed the detention", "calm returned on
    Friday after troops fired on the crowd"), the act itself a day earlier."""
    if evidence is None:
        return False
    span = trigger.doc.char_span(evidence.start_char, evidence.end_char, alignment_mode="expand")
    if span is None or span.root.sent.start != trigger.root.sent.start:
        return False
    if counts_back_to(span, trigger):
        return False  # "a day after [the trigger's act]": the day counted is the act's own
    owner = trigger.root
    if owner.pos_ in ("NOUN", "PROPN") and owner.dep_ in ("nsubj", "nsubjpass") and owner.head.i != owner.i:
        owner = owner.head
    elif owner.pos_ in ("NOUN", "PROPN") and owner.dep_ == "pobj" and owner.head.dep_ == "prep" \
            and _tells_the_act(owner.head.head, owner.head):
        owner = owner.head.head  # "five died in a raid on Tuesday": the verb's day is the raid's
    while owner.dep_ == "conj" and owner.head.i != owner.i:
        owner = owner.head  # "attacked the school on Friday and abducted students": one day for both verbs
    return all(t.i != span.root.i for t in owner.subtree)


def _tells_the_act(verb: Token, prep: Token) -> bool:
    """A verb whose prepositional phrase holds the act tells it happening ("died in a raid",
    "was taken in a kidnapping"); one of speech tells a report of it ("reported on the
    abduction"), and one the act came after or before another act (``sequence_prepositions``)."""
    cues = load_cues()
    return verb.pos_ == "VERB" and prep.lower_ not in cues.sequence_prepositions \
        and verb.lemma_.lower() not in cues.speech_verbs | cues.telling_verbs


def dates_another_act(trigger: Span) -> bool:
    """Whether the trigger's sentence dates a deadly act that the trigger's act answers ("arrested
    over the June 5 attack"): the arrest is told as an act of its own, though undated."""
    others = other_acts_words(trigger)
    if not others:
        return False
    for m in sentence_dates(trigger.sent):
        span = trigger.doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is not None and span.root.i in others:
            return True
    return False


def uncounted_flag(mention, ctx: ArticleContext) -> Flag | None:
    """The flag of a count from an act the text does not date ("charged two days after the
    police held her"): its day is the publication day less the count, as loose as the
    publication day itself (a statement day told with it is closer); a guess older than
    ``BACKGROUND_AGE_DAYS`` ("three years after") still tells a past episode, unflagged."""
    now = ctx.published or ctx.reference
    if now is None or (now - dt.date.fromisoformat(mention.date)).days > BACKGROUND_AGE_DAYS:
        return None
    return Flag.DATE_FROM_PUBLICATION


def in_sequence_clause(mention, sent: Span) -> bool:
    """A date inside a clause that "after"/"before" introduces ("rallied after the council
    voted the law down on Friday", "entered the suburb before the ceasefire began on Sunday"):
    the day of that earlier or later act, never the day of the episode."""
    found = _sequence_clause(mention, sent)
    return found is not None and found[0] in load_cues().sequence_prepositions


def _sequence_clause(mention, sent: Span) -> tuple[str, frozenset[int]] | None:
    """The sequence word of a date in another act's clause and the words of that act
    (:func:`~sitrep.events.clauses.sequence_clause`), or None."""
    span = sent.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
    return sequence_clause(span.root) if span is not None else None


def follows_another_act(mention, trigger: Span) -> bool:
    """A date in the object of a sequence verb ("the raid followed a decree on Monday") told of a
    trigger outside that object: the other act's day, never the trigger's."""
    found = _sequence_clause(mention, trigger.sent)
    return found is not None and found[0] in load_cues().sequence_verbs and trigger.root.i not in found[1]


def bounded_day(mention, sent: Span, now: dt.date | None):
    """The day of an episode told as coming after another act of a recent day ("the operation
    followed a decree of Monday", reported on Wednesday): the middle of the days from that act
    to the report (NOTES, "Dates": a window the text bounds), precision week. None when the date
    is no such bound, or when the earlier act is an event the text tells ("followed clashes on
    Monday"): its day then stands for the episode, as any day of a sentence nearby."""
    if now is None or mention.precision != "day" or mention.relative:
        return None
    found = _sequence_clause(mention, sent)
    if found is None or found[0] not in load_cues().later_sequence_words:
        return None
    if any(t.root.i in found[1] for t in group_spans(sent.doc, "triggers") if t.sent.start == sent.start):
        return None
    gap = (now - dt.date.fromisoformat(mention.date)).days
    if not 0 <= gap <= BACKGROUND_AGE_DAYS:
        return None
    middle = dt.date.fromisoformat(mention.date) + dt.timedelta(days=-(-gap // 2))
    return replace(mention, date=middle.isoformat(), precision="week", is_statement=False)


def _sequence_scope(span: Span):
    """The words that "after"/"before" ending a relative date introduce ("two days after [rebels
    raided X]"), None when the date ends otherwise."""
    word = span[-1]
    if word.lower_ not in {"after", "before"}:
        return None
    if word.dep_ == "mark":
        return word.head
    return next((c for c in word.children if c.dep_ in {"pobj", "pcomp"}), None) if word.dep_ == "prep" else None


def counts_back_to(span: Span, trigger: Span) -> bool:
    """A relative date "N days after" whose "after" introduces the trigger's own act ("Monday's
    raid follows by three days a bombing that killed 12"): the trigger's day is the day told
    before it less N, though the date stands in the main clause."""
    scope = _sequence_scope(span)
    if span[-1].lower_ != "after" or scope is None or not scope.left_edge.i <= trigger.root.i <= scope.right_edge.i:
        return False
    sequence = load_cues().sequence_prepositions
    tok = trigger.root  # "a day after he was arrested following a rally": the rally is earlier still
    while tok.i != scope.i and tok.head.i != tok.i:
        if tok.lower_ in sequence:
            return False
        tok = tok.head
    return True


def counts_from_another(span: Span, trigger: Span) -> bool:
    """A relative date whose "after"/"before" introduces another act that a trigger tells ("the
    attack came two days after a mine killed 26"), told of a trigger outside that act: it dates
    the other act from the trigger's, never the trigger."""
    scope = _sequence_scope(span)
    if scope is None or scope.left_edge.i <= trigger.root.i <= scope.right_edge.i:
        return False
    return any(scope.left_edge.i <= t.root.i <= scope.right_edge.i for t in group_spans(trigger.doc, "triggers"))


#: How many sentences below an opening told before any date may give it the lead's day.
LEAD_LOOKAHEAD = 5


def sentence_dates(sent: Span) -> list:
    """The date mentions of ``sent`` (``sitrep_dates_v1``) that are not the dispatch's dateline
    ("SANAA, June 16 --", "Bangkok, May 12 (AP)"): that dates the dispatch, not an event."""
    from sitrep.nlp.dates import date_mentions

    return [m for m in date_mentions(sent) if not m.dateline]


def _paragraph_start(text: str, char: int) -> int:
    return paragraph_bounds(text, char)[0]


def _last_char(sent: Span) -> int:
    """The offset of the sentence's last character that is not white space: a sentence may end
    with the line break and the indent of the next line, which are no part of its paragraph."""
    return sent.start_char + max(len(sent.text.rstrip()), 1) - 1


def _paragraph_text(sent: Span) -> str:
    start, end = sentence_paragraph(sent)
    return doc_text(sent.doc)[start:end]


#: How many opening words a paragraph shares with the caption below it when it is that
#: caption's alt text ("A soldier smiles in the capital" over "A soldier smiles in the capital
#: Bujumbura, May 14. [AFP]").
_REPEATED_WORDS = 4


def _lines_after(text: str, char: int, count: int) -> list[str]:
    """The next ``count`` non-empty lines after the paragraph that holds ``char``, stripped (read
    line by line: the rest of a long article is not split for each sentence)."""
    lines: list[str] = []
    end = text.find("\n", char)
    while end >= 0 and len(lines) < count:
        following = text.find("\n", end + 1)
        line = text[end + 1:following if following >= 0 else len(text)].strip(" \t•")
        if line:
            lines.append(line)
        end = following
    return lines


def _is_credit_line(line: str) -> bool:
    return line.lower().rstrip(".") in load_cues().caption_credits


#: The end of a paragraph told as a sentence: a stop, then closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")


def _credited(paragraph: str, following: list[str]) -> bool:
    """A paragraph told as a sentence whose next line is only a credit: a caption ends with a
    stop, a headline or a byline over the agency's name ("AFP", "Associated Press") does not."""
    return bool(following) and _is_credit_line(following[0]) \
        and _SENTENCE_END.search(paragraph.strip(" \t•")) is not None


def _picture_caption(text: str, paragraph: str, after: int) -> bool:
    """A paragraph (ending at ``after``) that captions a picture: credited (``is_photo_caption``),
    saying what a picture shows ("a handout picture released by ... shows"), told as a sentence
    and followed by a line that is only a credit ("Associated Press"), or repeated, as alt text
    is, by the caption below it. Its date is the picture's, never the day of the episode around it."""
    from sitrep.nlp.dates import date_cues

    if is_photo_caption(paragraph) or contains_phrase(paragraph, date_cues()["picture_phrases"]):
        return True
    following = _lines_after(text, after, 2)
    if not following:
        return False
    if _credited(paragraph, following):
        return True
    opening = paragraph.strip(" \t•").split()[:_REPEATED_WORDS]
    if len(opening) < _REPEATED_WORDS or following[0].split()[:_REPEATED_WORDS] != opening:
        return False
    return is_photo_caption(following[0]) or _credited(following[0], following[1:])


def in_picture_caption(sent: Span) -> bool:
    """Whether ``sent`` lies in a paragraph that captions a picture (``_picture_caption``)."""
    found = sent.doc.user_data.setdefault(_CAPTION_KEY, {})
    if sent.start not in found:  # asked of each sentence around every undated trigger
        found[sent.start] = _picture_caption(doc_text(sent.doc), _paragraph_text(sent), _last_char(sent))
    return found[sent.start]


_CAPTION_KEY = "sitrep_picture_captions"


def dispatch_date(mention, sent: Span, now: dt.date | None) -> bool:
    """The page's or the dispatch's own date ("July 29, 2024" above the text, "Published Monday,
    June 26", "Bijapur, Jan 6 (PTI)"): the publication day, in a line with no verb or at the head
    of its line (at most a place before it). It dates the report, never an event."""
    if now is None or mention.date != now.isoformat():
        return False
    text = doc_text(sent.doc)
    if not any(t.pos_ in ("VERB", "AUX") for t in sent if not mention.start_char <= t.idx < mention.end_char):
        return True
    head = text[_paragraph_start(text, mention.start_char):mention.start_char]
    return len(head.split()) <= 4 and re.search(r"\d", mention.text) is not None \
        and not mention.text.lower().startswith(("on ", "in "))


def context_date(trigger: Span, ctx: ArticleContext):
    """The day of the episode that an undated sentence tells part of (NOTES, "Dates": the text
    dates the event, in another sentence): the date of the nearest earlier sentence of its
    paragraph that has one, else of the nearest later sentence of the paragraph, else of the
    nearest earlier sentence of the article, and for an opening told before any date of the
    article (headline, lead) and under no dateline (``_after_dateline``), of the first of the next
    ``LEAD_LOOKAHEAD`` sentences that has one
    (none of this for a distinct incident: "Separately, ...").
    Only a day of news counts: a day-precision date
    within a week of publication (a statement date stands in for the event, precision week as
    in its own sentence); a window ("last week"), an older date (background told before, unless
    earlier in the sentence's own paragraph: the sentence goes on with that older episode) or a
    date counted from another event ends the search; a day inside an "after"/"before" clause
    (``in_sequence_clause``) is another act's and is passed over, though a recent day that the
    sentence's episode came after ("the raid followed a decree on Monday") bounds it
    (``bounded_day``) when nothing else dates that sentence. The dispatch's own date and picture
    captions (``in_picture_caption``, not counted in the opening's look ahead) are passed over.
    Returns ``(DateMention, is_statement)`` or None."""
    from sitrep.nlp.dates import event_date

    doc = trigger.doc
    sent = trigger.sent
    text = doc_text(doc)
    para = _paragraph_start(text, sent.start_char)
    sents = sentences(doc)
    idx = sentence_index(sent)
    # a distinct incident ("Separately, ...") is no part of the episode told before it
    earlier = [] if told_separately(sent) else sents[:idx][::-1]
    order = [s for s in earlier if s.start_char >= para]
    order += [s for s in sents[idx + 1:] if _paragraph_start(text, s.start_char) == para]
    order += [s for s in earlier if s.start_char < para]
    now = ctx.published or ctx.reference
    if not told_separately(sent) and _first_dated(doc, now) >= idx and not _after_dateline(sents[:idx + 1]):
        # the opening, before any date of the article: the lead's day told just below it (the
        # captions between them not counted)
        below = islice((s for s in sents[idx + 1:] if not in_picture_caption(s)), LEAD_LOOKAHEAD)
        order += [s for s in below if s not in order]
    for other in order:
        if in_picture_caption(other):
            continue
        dated = [m for m in sentence_dates(other) if not m.relative and not dispatch_date(m, other, now)]
        bounds = {m: bounded_day(m, other, now) for m in dated}
        found = [m for m in dated if bounds[m] is None and not in_sequence_clause(m, other)]
        if not found:
            bound = next((b for b in bounds.values() if b is not None), None)
            if bound is not None:
                return bound, False  # the episode came after another act's recent day
            continue
        best = event_date(found)
        if best is None or not (best.precision == "day" or best.is_statement and best.precision == "week"):
            return None
        if now is not None and (now - dt.date.fromisoformat(best.date)).days > BACKGROUND_AGE_DAYS \
                and not (other.start_char < sent.start_char and other.start_char >= para):
            return None  # an older day dates only the sentences of its own paragraph that follow it
        return best, best.is_statement
    return None


def _after_dateline(sents: list[Span]) -> bool:
    """Whether a dispatch's dateline ("KABUL, May 3 --") opens one of ``sents``: the dispatch then
    dates its opening paragraphs itself, and a day told further down (an earlier episode recalled
    below the lead) is no day of theirs."""
    from sitrep.nlp.dates import date_mentions

    return any(m.dateline for s in sents for m in date_mentions(s))


def _first_dated(doc: Doc, now: dt.date | None) -> int:
    """The index of the Doc's first sentence that gives a date of its own (not relative, not
    the dispatch's; the number of sentences when none does), found once per Doc, day and
    reading of its dates."""
    found = doc.user_data.setdefault(_FIRST_DATED_KEY, {})
    key = (now, doc._.date_anchor)
    if key not in found:
        sents = sentences(doc)
        found[key] = next((i for i, o in enumerate(sents) for m in sentence_dates(o) if not m.relative
                           and not dispatch_date(m, o, now) and not in_picture_caption(o)), len(sents))
    return found[key]


_FIRST_DATED_KEY = "sitrep_first_dated_sentence"


def fallback_date(mention: EventMention, ctx: ArticleContext, trigger: Span | None = None) -> None:
    """No date in the sentence: the day of the episode it tells part of (``context_date``, flag
    ``date_from_context``); else the publication (or dateline) date, flagged, precision week;
    without either, the article's latest explicit date (the day its report speaks from)."""
    found = context_date(trigger, ctx) if trigger is not None else None
    if found is not None:
        m, statement = found
        mention.date, mention.date_precision = m.date, m.precision
        mention.date_evidence = Evidence(m.start_char, m.end_char, m.text)
        mention.flags.add(Flag.DATE_FROM_CONTEXT)
        if statement:
            mention.flags.add(Flag.DATE_FROM_STATEMENT)
        return
    day = ctx.published or ctx.reference
    anchor = ctx.dateline.date if ctx.dateline is not None else (day.isoformat() if day else None)
    mention.date = anchor
    mention.date_precision = "week"
    mention.flags.add(Flag.DATE_FROM_PUBLICATION)


def coordinated_days(trigger: Span, evidence: Evidence | None) -> list[DateMention]:
    """The other days told beside the day ``choose_date`` gave the trigger's act, joined to it by
    "and" ("clashes went on on Friday and Saturday", "three dead on Friday and four more on
    Saturday"): each is a day of its own act (NOTES: one type of action at one place on one day).
    Only days told outright (no statement's, no count from another day) and none already the
    act's; empty when the act's day is not such a day."""
    if evidence is None:
        return []
    doc = trigger.doc
    own = doc.char_span(evidence.start_char, evidence.end_char, alignment_mode="expand")
    if own is None:
        return []
    found = []
    for m in sentence_dates(trigger.sent):
        if m.precision != "day" or m.is_statement or m.relative or m.start_char == evidence.start_char:
            continue
        span = doc.char_span(m.start_char, m.end_char, alignment_mode="expand")
        if span is not None and _joined_days(_day_word(own), _day_word(span)) and all(m.date != f.date for f in found):
            found.append(m)
    return found


def _joined_days(a: Token, b: Token) -> bool:
    """Two day words joined by "and": the days themselves ("on Friday and Saturday"), their
    prepositions ("on Friday and on Saturday") or the words those hang on ("three dead on Friday
    and four more on Saturday"), never two verbs: those tell two acts, each a trigger of its own
    ("raided the town on Friday and left on Saturday")."""
    return any(_conjoined(x, y) and not (_is_verb(x) and _is_verb(y))
               for x in _day_chain(a) for y in _day_chain(b))


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


def _day_word(span: Span) -> Token:
    """The word that names the day in a date phrase ("Sunday" in "on Sunday")."""
    root = span.root
    return next((c for c in root.children if c.dep_ == "pobj" and c.i < span.end), root) if root.dep_ == "prep" else root


def _day_chain(day: Token) -> list[Token]:
    """A day word, its preposition and the word that holds the preposition ("Friday", "on",
    "dead"), as far as the parse has them."""
    chain = [day]
    if day.dep_ == "pobj" and day.head.dep_ in ("prep", "conj"):
        chain += [day.head, day.head.head]
    return chain


def _conjoined(a: Token, b: Token) -> bool:
    return a.i != b.i and (a.dep_ == "conj" and a.head.i == b.i or b.dep_ == "conj" and b.head.i == a.i)
