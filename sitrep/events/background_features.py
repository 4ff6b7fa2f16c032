"""What the learned background classifier sees of one event: named sparse features.

The rules (``background.is_background``) decide from one cue list and the event's age. Whether an
article recalls an event as context also shows in how old the event is against the article's
lead event, how precisely it is dated, the tense of its trigger ("had seized", "has been"), the
words around the trigger and in its paragraph, where it stands in the article, and whether the
events near it are background too. The features are read from the final ``Event``s of an
article (the rules' flag included) and the Doc they came from.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from sitrep.events.learned_features import trigger_span
from sitrep.model import Event
from sitrep.nlp.cues import contains_phrase, load_cues
from sitrep.nlp.sentences import doc_text, paragraph_bounds, sentence_index

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
#: Ages in days (publication day minus event day) and gaps to the lead event, as buckets.
AGE_EDGES = (-1, 0, 1, 3, 7, 14, 31, 92, 366)
#: Older than this (or in an earlier month) and flagged by the rules: background whatever the model says.
LONG_PAST_DAYS = 31
#: How many days before the lead event an earlier day of the same episode may be (``episode_cue``).
EPISODE_DAYS = 7
#: How much of the article's opening holds a periodic report's covered days (``report_window``).
REPORT_HEAD_CHARS = 1000
#: The longest window a periodic report covers, and how many days before publication it may end.
REPORT_MAX_DAYS, REPORT_MAX_LAG = 16, 10
_MONTH = "|".join(m.lower() for m in calendar.month_name if m)
#: Day ranges in one month: "12-19 May", "between 3 and 9 March", "May 12 to 19".
_DAY_RANGES = (
    re.compile(rf"\b(?P<a>\d{{1,2}})\s*(?:-|\u2013|to|and)\s*(?P<b>\d{{1,2}})\s+(?P<m>{_MONTH})\b", re.IGNORECASE),
    re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<a>\d{{1,2}})\s*(?:-|\u2013|to|and)\s*(?P<b>\d{{1,2}})\b", re.IGNORECASE),
)


@lru_cache(maxsize=1)
def background_words() -> tuple[str, ...]:
    raw = json.loads(resources.files("sitrep.events").joinpath("data/background_words.json").read_text())
    return tuple(raw["phrases"])


@lru_cache(maxsize=1)
def _episode_pattern() -> re.Pattern[str]:
    raw = json.loads(resources.files("sitrep.events").joinpath("data/background_words.json").read_text())
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in raw["episode_phrases"]) + r")\b", re.IGNORECASE)


def episode_cue(event: Event, day: dt.date | None, lead: Event, text: str) -> bool:
    """An event of the week up to the lead event's day, in its country, in an article that tells
    one episode over several days ("fighting resumed", "the following day"): an earlier day of
    the article's own story (news), not an incident recalled as context."""
    lead_day = _day(lead)
    if day is None or lead_day is None or lead is event or not 0 <= (lead_day - day).days <= EPISODE_DAYS:
        return False
    country = event.location.country if event.location else None
    if country is None or country != (lead.location.country if lead.location else None):
        return False
    return _episode_pattern().search(text) is not None


@lru_cache(maxsize=1)
def _report_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = json.loads(resources.files("sitrep.events").joinpath("data/background_words.json").read_text())

    def alternation(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in words) + r")\b", re.IGNORECASE)

    return alternation(raw["report_phrases"]), alternation(raw["weekly_phrases"])


def _range_window(line: str, now: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first day range of ``line`` that ends in the days before ``now`` and spans at most
    ``REPORT_MAX_DAYS`` (the year is the publication's, or the one before for a later month)."""
    for pattern in _DAY_RANGES:
        for m in pattern.finditer(line):
            month = [n.lower() for n in calendar.month_name].index(m["m"].lower())
            year = now.year - (month > now.month)
            try:
                start, end = dt.date(year, month, int(m["a"])), dt.date(year, month, int(m["b"]))
            except ValueError:
                continue
            if 0 <= (end - start).days <= REPORT_MAX_DAYS and 0 <= (now - end).days <= REPORT_MAX_LAG:
                return start, end
    return None


def report_window(text: str, now: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days a periodic report says it covers, in its opening: a day range on a line that
    names the report ("the reporting period (3-9 May)", "Weekly | 8-14 June"), else the week
    up to publication when the opening calls itself weekly. A weekly digest or situation report
    tells every incident of its window as news, however many days before publication."""
    if now is None:
        return None
    report, weekly = _report_words()
    lines = text[:REPORT_HEAD_CHARS].split("\n")
    for line in lines:
        window = _range_window(line, now) if report.search(line) else None
        if window:
            return window
    if any(weekly.search(line) for line in lines):
        return now - dt.timedelta(days=7), now
    return None


def bucket(value: int, edges: Sequence[int] = AGE_EDGES) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _day(event: Event) -> dt.date | None:
    try:
        return dt.date.fromisoformat(event.date) if event.date else None
    except ValueError:
        return None


def _place_name(event: Event) -> str | None:
    return event.location.name if event.location else None


def _evidence_text(event: Event, name: str) -> str:
    return next((ev.text for field, ev in event.field_evidence if field == name), "")


def _start(event: Event) -> int:
    return event.evidence[0].start_char if event.evidence else 0


def _tense(trigger: Span) -> dict[str, float]:
    """The trigger's tag and the auxiliaries of the verb that tells it ("has been", "had")."""
    root = trigger.root
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    f = {f"tag={root.tag_}": 1.0, f"verb_tag={verb.tag_}": 1.0}
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass"):
            f[f"aux={child.lemma_.lower()}_{child.tag_}"] = 1.0
    return f


def _governors(trigger: Span) -> dict[str, float]:
    """The words that put the trigger under another clause: "(comes days) after", "following",
    "since", "when" on the path from the trigger up to its sentence's root, and that root."""
    f = {f"dep={trigger.root.dep_}": 1.0}
    token = trigger.root
    while token.head.i != token.i:
        for child in token.children:
            if child.dep_ in ("mark", "advmod") and child.i < token.i:
                f[f"gov={child.lower_}"] = 1.0
        token = token.head
        if token.dep_ == "prep" or token.pos_ == "ADP" or token.dep_ == "mark":
            f[f"gov={token.lower_}"] = 1.0
    f[f"root={token.lemma_.lower()}"] = 1.0
    return f


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _phrase_set() -> tuple[frozenset[str], int]:
    phrases = frozenset(" ".join(p.lower().split()) for p in background_words())
    return phrases, max(len(p.split()) for p in phrases)


def _words(prefix: str, text: str) -> dict[str, float]:
    """One feature per cue word or phrase found in ``text`` as whole words (as word n-grams:
    one pass over the text, not one search per cue)."""
    phrases, longest = _phrase_set()
    words = _WORD.findall(text.lower())
    found = {" ".join(words[i:i + n]) for n in range(1, longest + 1) for i in range(len(words) - n + 1)}
    return {f"{prefix}={p}": 1.0 for p in phrases & found}


def _date_features(event: Event, day: dt.date | None, now: dt.date | None) -> dict[str, float]:
    """How old and how precisely dated the event is, against the publication day."""
    f = {f"prec={event.date_precision if day else 'none'}": 1.0}
    f.update((f"flag={flag}", 1.0) for flag in event.flags if flag.startswith("date_"))
    if day is not None and now is not None:
        f[f"age{bucket((now - day).days)}"] = 1.0
        f["earlier_month"] = float((day.year, day.month) < (now.year, now.month))
        f["earlier_year"] = float(day.year < now.year)
        f["long_past"] = float((now - day).days > LONG_PAST_DAYS)
    return f


def _window_feature(event: Event, day: dt.date | None, text: str, now: dt.date | None) -> dict[str, float]:
    """Whether the event is dated to a day inside the window the article says it reports on."""
    window = report_window(text, now) if day is not None and event.date_precision == "day" else None
    return {"in_report_window": 1.0} if window and window[0] <= day <= window[1] else {}


def _article_features(event: Event, day: dt.date | None, events: Sequence[Event], text: str) -> dict[str, float]:
    """Where the event stands among the article's events: against the lead (first) event and the
    latest dated one, its rank, and the rules' flags of its neighbours."""
    f: dict[str, float] = {}
    ordered = sorted(events, key=_start)
    lead = ordered[0]
    f["lead"] = float(lead is event)
    lead_day = _day(lead)
    if day is not None and lead_day is not None and lead is not event:
        f[f"lead_gap{bucket((lead_day - day).days)}"] = 1.0
    days = [d for d in (_day(e) for e in events) if d is not None]
    if day is not None and days:
        f[f"latest_gap{bucket((max(days) - day).days)}"] = 1.0
    if lead is not event:
        f["lead_same_type"] = float(lead.event_type == event.event_type)
        f["lead_same_place"] = float(_place_name(lead) == _place_name(event))
        f["lead_rule"] = float(lead.background)
        f["episode_cue"] = float(episode_cue(event, day, lead, text))
    rank = next((i for i, e in enumerate(ordered) if e is event), 0)
    f[f"rank{bucket(rank, (0, 1, 2, 4))}"] = 1.0
    if rank:
        f["previous_rule"] = float(ordered[rank - 1].background)
    para = paragraph_bounds(text, _start(event))
    f["paragraph_rule"] = float(any(e.background for e in events
                                    if e is not event and para[0] <= _start(e) < para[1]))
    return f


def _sentence_features(event: Event, trigger: Span, text: str, now: dt.date | None) -> dict[str, float]:
    """The trigger's sentence and paragraph: position, tense, governing clause, cue words."""
    sent = trigger.sent
    para = paragraph_bounds(text, _start(event))
    f = {f"sentence{bucket(sentence_index(sent), (0, 1, 2, 4, 8))}": 1.0,
         f"paragraph{bucket(text.count(chr(10), 0, para[0]), (0, 1, 2, 4, 8))}": 1.0}
    f.update(_tense(trigger))
    f.update(_governors(trigger))
    before = text[sent.start_char:trigger.start_char]
    f.update(_words("before", before))
    f.update(_words("after", text[trigger.end_char:sent.end_char]))
    f.update(_words("para_before", text[para[0]:sent.start_char]))
    f.update(_words("date", _evidence_text(event, "date")))
    f["cue_before"] = float(contains_phrase(before.lower(), load_cues().background_cues))
    years = [int(y) for y in _YEAR.findall(sent.text)]
    if now is not None and years:
        f["older_year_in_sentence"] = float(min(years) < now.year)
    return f


def background_features(event: Event, doc: Doc, events: Sequence[Event], now: dt.date | None) -> dict[str, float]:
    """Features of ``event`` (one of the article's final ``events``) of ``doc``; ``now``: the
    publication (or reference) day."""
    day, text = _day(event), doc_text(doc)
    f: dict[str, float] = {"bias": 1.0, "rule": float(event.background)}
    f.update(_date_features(event, day, now))
    f.update(_window_feature(event, day, text, now))
    f.update(_article_features(event, day, events, text))
    trigger = trigger_span(event, doc)
    if trigger is not None:
        f.update(_sentence_features(event, trigger, text, now))
    return f
