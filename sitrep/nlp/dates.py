"""Date mentions in news text, resolved against the publication date.

Conventions follow ``shared/eval/NOTES.md`` ("Dates"):

* a day-precision date for explicit dates and expressions relative to publication
  ("on Sunday", "yesterday", "late on Monday", "overnight", "March 10");
* ``week`` for about-a-week windows ("last week" -> Thursday of the previous Monday-Sunday
  week, "over a week ago" -> ten days before publication) and short windows that end at
  publication ("over the last two days", "since Friday", "for more than a week" -> their
  middle; up to ``upto_max_days``, longer ones are durations);
* ``month`` for month windows ("in March", "last month", "earlier this month",
  "between March 3-12", "in early May"): the midpoint of the known window;
  "last <Month>" is never this month or the one before it in the same year (a year back then);
* ``year`` for "in 2017" (July 2).

Expressions dated relative to *another* event ("two days after", "days earlier", "the same
day") cannot be anchored here: they are returned with ``relative=True``, precision ``week``,
``offset_days`` set, and ``date`` = publication date + offset as a guess; callers should
re-anchor them on the event they refer to (or ignore them). Hours count in whole days ("72
hours before" three days); fewer than a day's hours ("hours after") date nothing.

A day word inside a quotation ("'the deal we signed today', the envoy said") counts from the
speaker's day: the statement day told with it, else none (the act takes its episode's day).

Durations ("for three days", "a five-year-long war", "since 2014", "aged 25") are skipped, and
so is every phrase that cannot be parsed: no mention ever silently carries the publication date.

Cue words live in ``data/date_cues.json``; explicit dates are parsed with ``dateparser``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.nlp.cues import load_cues
from sitrep.nlp.sentences import doc_ents, doc_text, sentences

Precision = Literal["day", "week", "month", "year"]

_DATA = Path(__file__).parent / "data" / "date_cues.json"


@dataclass(frozen=True)
class DateMention:
    start_char: int  # offsets into the Doc's text
    end_char: int
    text: str
    date: str  # ISO YYYY-MM-DD (best single-day estimate inside the window)
    precision: Precision
    relative: bool  # True: relative to another event, not to publication (see module doc)
    is_statement: bool = False  # the date of a statement/report ("said on Tuesday")
    offset_days: int | None = None  # for relative mentions: offset from the anchor event
    dateline: bool = False  # the dispatch's own date ("SANAA, June 16 --", "Bangkok, May 12 (AP)")
    quoted: bool = False  # a day word inside a quotation: counted from the speaker's day (``_anchor_quoted``)


@lru_cache(maxsize=1)
def _cues() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def date_cues() -> dict:
    """The cue table of ``data/date_cues.json``, read once (the dating of events reads it too)."""
    return _cues()


_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

#: A month name; the stop after an abbreviation ("Dec.") is part of it, the one after a full name
#: ending a sentence ("in March.") is not: it is the sentence's, whose head is the main verb.
_MON = (r"(?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))")
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMW = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|few|\d{1,3})"
_UNIT = r"(?:hour|day|week|month|year)s?"
_DAYNUM = r"(\d{1,2})(?:st|nd|rd|th)?"

_WORD_NUM = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "a few": 3, "few": 3, "several": 3}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern]]:
    c = _cues()
    parts = _alt(k for k in c["month_parts"])
    wd_pre = _alt(c["weekday_prefixes"])
    day_parts = _alt(c["day_parts"])
    bare_pre = _alt(c["bare_month_prefixes"])
    anch = _alt(k for k in c["anchorless_relative"] if not k.startswith("_"))
    ord_months = _alt(c["ordinal_day_months"])
    I = re.IGNORECASE
    pats = [
        # between December 6-16 / December 6 to 16 / from December 6 to 16
        ("range", re.compile(rf"\b(?:(?:between|from)\s+)?(?P<mon>{_MON})\s+(?P<d1>\d{{1,2}})\s*(?:-|–|and|to)\s*(?P<d2>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?\b", I)),
        # between 1 and 15 July / from 6 to 16 December / 6-16 December 2024 (the day first)
        ("range", re.compile(rf"\b(?:(?:between|from)\s+(?:the\s+)?)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|and|to)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<year>\d{{4}}))?\b", I)),
        # Thursday, August 4, 2016 / Dec. 31 / March 10, 2024
        ("mdy", re.compile(rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MON})\s+{_DAYNUM}\b(?:,?\s+(?P<year>\d{{4}})\b)?", I)),
        # 22 December 2013 / 4th of March
        ("dmy", re.compile(rf"\b(?:(?P<wd>{_WD}),?\s+)?{_DAYNUM}\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<year>\d{{4}})\b)?", I)),
        # (early) September 2012
        ("my", re.compile(rf"\b(?:(?P<part>{parts})[\s-]?)?(?P<mon>{_MON}),?\s+(?P<year>\d{{4}})\b", I)),
        # windows that end at publication: "over the last two days", "since Friday",
        # "for more than a week" -> the middle of the window
        ("upto", re.compile(rf"\b(?:(?:over|in|during)\s+the\s+(?:last|past)\s+(?P<n>{_NUMW})\s+(?P<unit>days|weeks?)"
                            rf"|for\s+(?:(?P<approx>more than|over|nearly|about|almost)\s+)?(?P<n2>a|one|two)\s+(?P<unit2>weeks?)"
                            rf"|since\s+(?:last\s+)?(?P<wd>{_WD}))\b", I)),
        # "marks three years since" / "the 38th anniversary of": the day N years before the day it
        # is held, a day only of the words the closing "since"/"of" opens (``recalled_act_words``)
        ("anniversary", re.compile(rf"\b(?:(?:{_alt(c['anniversary_openers'])})\s+(?:exactly\s+|just\s+)?(?P<n>{_NUMW})\s+(?P<unit>years?|months?)\s+(?:since|after)"
                                   rf"|(?<![-\w])(?P<nth>\d{{1,3}}(?:st|nd|rd|th)|{_alt(c['anniversary_ordinals'])})\s+anniversary\s+of)\b", I)),
        ("ago", re.compile(rf"\b(?:(?P<approx>just over|a little over|over|more than|about|nearly|almost)\s+)?(?P<n>{_NUMW})\s+(?P<unit>{_UNIT})\s+ago\b", I)),
        ("rel_other", re.compile(rf"\b(?:(?P<approx>just over|a little over|over|more than|about|nearly|almost)\s+)?(?:(?P<n>{_NUMW})\s+)?(?P<unit>{_UNIT})\s+(?P<dir>after|before|earlier|later|prior)\b", I)),
        ("anchorless", re.compile(rf"\b(?:{anch})\b", I)),
        # on the 14th / the 21st of last month (a day of a month the text names by its place in time)
        ("ordday", re.compile(rf"\b(?:on\s+the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)(?=\s*[,.;:)]|\s*$|\s+of\s+(?:{ord_months})\b)"
                              rf"|the\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)(?=\s+of\s+(?:{ord_months})\b))"
                              rf"(?:\s+of\s+(?P<which>{ord_months}))?", I)),
        # Tuesday last week / on Monday of last week: that weekday of the previous Monday-Sunday week
        ("weekday", re.compile(rf"\b(?:on\s+)?(?P<wd>{_WD})\s+(?P<prev_week>{_alt(c['previous_week_suffixes'])})\b", I)),
        ("window", re.compile(rf"\b(?:{_alt(c['relative_windows'])})\b", I)),
        ("weekday", re.compile(rf"\b(?:(?:{_alt(c['night_span_openers'])})\s+(?:from\s+|of\s+)?{_WD}(?:\s+night)?\s+(?:into|to)"
                               rf"|{_WD}\s+night\s+into)\s+(?P<wd>{_WD})\b", I)),
        ("weekday", re.compile(rf"\b(?:{_alt(c['overnight_weekday_prefixes'])})\s+(?P<wd>{_WD})\b", I)),
        ("relday", re.compile(rf"\b(?:{_alt(c['relative_days'])})(?:\s+(?:{day_parts}))?\b", I)),
        ("weekday", re.compile(rf"\b(?:(?P<pre>{wd_pre})\s+)?(?:on\s+)?(?P<wd>{_WD})(?:'s)?(?:\s+(?P<dp>{day_parts}))?\b", I)),
        # in March / in early September / late August / at the start of March / late in July
        # (capitalised month, after a cue word or a part of the month: avoids "may")
        ("month", re.compile(rf"\b(?:(?P<lone_part>{parts})(?:\s+in\s+|[\s-]?)"
                             rf"|(?:{bare_pre})\s+(?:(?P<part>{parts})[\s-]?)?)(?P<mon>{_MON})(?![\w])", I)),
        # in 2014 / in early 2012 (year precision: history, not a codable event)
        ("year", re.compile(rf"\b(?:in|during)\s+(?:(?:{parts})[\s-]?)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–])", I)),
    ]
    return pats


@lru_cache(maxsize=1)
def _prefilters() -> dict[str, re.Pattern]:
    """Per pattern kind, words every match of it holds (matched with the same flags): a sentence
    without them is not searched with the whole pattern, whose optional leading groups make the
    regex engine try it at every word (most sentences name no date at all)."""
    I = re.IGNORECASE
    month = re.compile(_MON, I)
    return {"range": month, "mdy": month, "dmy": month, "my": month, "month": month,
            "upto": re.compile(r"last|past|week|since", I),
            "ago": re.compile(rf"{_UNIT}\s+ago\b", I),
            "anniversary": re.compile(r"(?:years?|months?)\s+(?:since|after)\b|anniversary\s+of\b", I),
            "rel_other": re.compile(rf"{_UNIT}\s+(?:after|before|earlier|later|prior)\b", I),
            "weekday": re.compile(_WD, I),
            "ordday": re.compile(r"\d(?:st|nd|rd|th)\b", I),
            "year": re.compile(r"(?:19|20)\d\d", I)}


def weekday_of(published: dt.date) -> str:
    """English weekday name of a date ('Monday')."""
    return calendar.day_name[published.weekday()]


def last_weekday(published: dt.date, weekday: int) -> dt.date:
    """The most recent day with ``weekday`` (0=Monday) on or before ``published``."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _mid(year: int, month: int, lo: int, hi: int) -> dt.date:
    hi = min(hi, calendar.monthrange(year, month)[1])
    return dt.date(year, month, (lo + hi) // 2)


def _month_window(year: int, month: int, part: str | None) -> dt.date:
    if part:
        lo, hi = _cues()["month_parts"][part.lower().strip("- ")] if part.lower().strip("- ") in _cues()["month_parts"] else (1, 31)
        return _mid(year, month, lo, hi)
    return dt.date(year, month, 15)


def _month_num(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def is_month_name(word: str) -> bool:
    """Whether the word names a month, in full or abbreviated ("March", "Sept", "dec.")."""
    return word.lower().rstrip(".") in _MONTHS


def _year_for(month: int, day: int, base: dt.date | None) -> int | None:
    if base is None:
        return None
    year = base.year
    try:
        if dt.date(year, month, min(day, 28)) > base:
            year -= 1
    except ValueError:
        return None
    return year


def _coming(month: int, day: int, base: dt.date | None) -> bool:
    """A day of the month named without a year that falls a few weeks after ``base`` in its
    year ("talks resume on June 3", "the deadline of July 1" in a May report): a day to come,
    never the same day of the year before (cue ``coming_days``)."""
    if base is None:
        return False
    for year in (base.year, base.year + 1):  # "on January 10" in a late-December report
        try:
            ahead = (dt.date(year, month, day) - base).days
        except ValueError:
            return False
        if 0 < ahead <= _cues()["coming_days"]:
            return True
    return False


def _dateparse(text: str, base: dt.date | None):
    # Without a base, dateparser reads the clock: only base-anchored parses are memoised.
    return _dateparse_cached(text, base) if base is not None else _dateparse_uncached(text, base)


@lru_cache(maxsize=8192)
def _dateparse_cached(text: str, base: dt.date):
    return _dateparse_uncached(text, base)


def _dateparse_uncached(text: str, base: dt.date | None):
    from dateparser.date import DateDataParser

    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time(12))
    try:
        data = DateDataParser(languages=["en"], settings=settings).get_date_data(text)
    except Exception:  # dateparser raises on some odd inputs
        return None, None
    if data is None or data.date_obj is None:
        return None, None
    return data.date_obj.date(), data.period


def _full_date(year: int, month: int, day: int, base: dt.date | None) -> dt.date | None:
    """The day of an explicit date, None when there is no such day ("February 30"). dateparser
    reads "<Month> <day>, <year>" as exactly that day for a four-digit year (checked for every
    day number 0-99 of many years, leap years included), so it is asked only about the odd
    year below 1000 ("March 5, 0012"), which it reads its own way: it costs about a millisecond
    a call, more than the rest of the date component per sentence."""
    if 1000 <= year <= 9999:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return _dateparse(f"{calendar.month_name[month]} {day}, {year}", base)[0]


def _month_year(month: int, base: dt.date) -> int | None:
    """The year of a month named without one ("in March"): the latest on or before ``base``.
    dateparser reads "February" on a base day past the 28th its own way (from 31 January 2020,
    February 2016), so that case alone is still asked of it; every other month and day gives
    the plain answer (checked against dateparser for every month on 9,000 days of 1995-2030)."""
    if month == 2 and base.day >= 29:
        parsed, period = _dateparse(calendar.month_name[month], base)
        if parsed is None or period != "month":
            return None
        return parsed.year - 1 if dt.date(parsed.year, month, 1) > base else parsed.year
    return base.year if month <= base.month else base.year - 1


def _is_duration(text: str, start: int, end: int) -> bool:
    c = _cues()
    before = text[max(0, start - 25):start].lower().rstrip()
    after = text[end:end + 6].lower()
    for cue in c["duration_before"]:
        if re.search(rf"\b{re.escape(cue)}$", before):
            return not (cue == "since" and dates_recalled_act(text, end))
    return any(after.startswith(cue) for cue in c["duration_after"])


def dates_recalled_act(text: str, end: int) -> bool:
    """Whether the date ending at ``end`` opens the clause of a recalled act ("since May 2020,
    when gunmen burned a market"): after "since" it dates that act, it is no duration (cue list
    ``recalled_act_openers``)."""
    after = text[end:end + 8].lower()
    return any(re.match(rf"{re.escape(cue)}\b", after) for cue in _cues()["recalled_act_openers"])


def recalls_by_anniversary(text: str) -> bool:
    """Whether a date mention's words count an old act back from its commemoration ("marks
    three years since", "the 20th anniversary of"): the day is that act's, never the
    commemoration's own."""
    return any(kind == "anniversary" and pat.fullmatch(text) for kind, pat in _patterns())


#: ``_resolve``'s answer for a day to come: no event date, and no part of it is read again.
COMING = "coming"


def _resolve(kind: str, m: re.Match, base: dt.date | None, default_year: int | None, *,
             coming: bool = True):
    """-> (date, precision, relative, offset), ``COMING`` (unless ``coming`` is False: the day
    of the year before) or None."""
    c = _cues()
    g = m.groupdict()
    txt = m.group(0)
    low = txt.lower()
    if kind == "range":
        mon = _month_num(g["mon"])
        d1, d2 = int(g["d1"]), int(g["d2"])
        if not (1 <= d1 < d2 <= 31):
            return None
        if coming and not g.get("year") and _coming(mon, d1, base):
            return COMING
        year = int(g["year"]) if g.get("year") else (_year_for(mon, d1, base) or default_year)
        if year is None:
            return None
        return _mid(year, mon, d1, d2), "month", False, None
    if kind in ("mdy", "dmy"):
        mon = _month_num(g["mon"])
        day = int(m.group(3) if kind == "mdy" else m.group(2))
        if g.get("year"):
            year = int(g["year"])
        elif coming and _coming(mon, day, base):
            return COMING
        else:
            year = _year_for(mon, day, base) or default_year
            if year is None:
                return None
        parsed = _full_date(year, mon, day, base)
        if parsed is None:
            return None
        return parsed, "day", False, None
    if kind == "my":
        mon = _month_num(g["mon"])
        return _month_window(int(g["year"]), mon, g.get("part")), "month", False, None
    if kind == "month":
        if base is None and default_year is None:
            return None
        mon = _month_num(g["mon"])
        if base is not None:
            year = _month_year(mon, base)
            if year is None:
                return None
            if year == base.year and base.month - mon <= 1 and low.split()[0] in c["last_month_prefixes"]:
                year -= 1  # "last October" in an October report, "last February" in March: a year back
        else:
            year = default_year
        return _month_window(year, mon, g.get("part") or g.get("lone_part")), "month", False, None
    if kind == "year":
        return dt.date(int(g["year"]), 7, 2), "year", False, None
    if base is None:
        return None
    if kind == "upto":
        if g.get("wd"):
            start = last_weekday(base - dt.timedelta(days=1), _WEEKDAYS[g["wd"].lower()])
            days = (base - start).days
        else:
            n_s = (g.get("n") or g.get("n2")).lower()
            n = int(n_s) if n_s.isdigit() else _WORD_NUM.get(n_s)
            unit = (g.get("unit") or g.get("unit2")).lower().rstrip("s")
            if not n:
                return None
            days = n * c["unit_days"][unit]
        if not 1 <= days <= c["upto_max_days"]:
            return None
        return base - dt.timedelta(days=-(-days // 2)), "week", False, None
    if kind == "anniversary":
        return _anniversary_day(g, base)
    if kind == "ago":
        n_s = g["n"].lower()
        n = int(n_s) if n_s.isdigit() else _WORD_NUM.get(n_s)
        if not n:
            return None
        unit = g["unit"].lower().rstrip("s")
        days = _count_days(n, unit)
        if g.get("approx"):
            days += c["approx_extra_days"].get(g["approx"].lower(), 0) * (1 if unit == "week" else 0)
        prec = c["unit_precision"][unit]
        if unit == "day" and g.get("approx"):
            prec = "week"
        return base - dt.timedelta(days=days), prec, False, None
    if kind == "rel_other":
        if not g.get("n") and g["unit"].lower() in ("weeks", "months", "years"):
            return None  # "weeks before the election", "months after the truce": no count told
        n = g.get("n")
        n = 1 if not n else (_WORD_NUM.get(n.lower()) or (int(n) if n.isdigit() else 1))
        unit = g["unit"].lower().rstrip("s")
        if unit == "hour" and n < c["hours_per_day"]:
            return None  # "hours after": the same day as something the text may never date
        days = _count_days(n, unit)
        if g.get("approx") and unit != "hour":
            days += c["approx_extra_days"].get(g["approx"].lower(), 0)
        off = c["relative_direction"][g["dir"].lower()] * days
        guess = base + dt.timedelta(days=min(off, 0))
        return guess, "week", True, off
    if kind == "anchorless":
        off = c["anchorless_relative"][low]
        return base + dt.timedelta(days=min(off, 0)), "week", True, off
    if kind == "window":
        w = c["relative_windows"][low]
        unit = w["unit"]
        if unit == "prev_week":
            monday = base - dt.timedelta(days=base.weekday() + 7)
            return monday + dt.timedelta(days=3), "week", False, None
        if unit == "this_week":
            monday = base - dt.timedelta(days=base.weekday())
            end = max(monday, base - dt.timedelta(days=1))
            return monday + (end - monday) // 2, "week", False, None
        if unit == "prev_month":
            prev = base.replace(day=1) - dt.timedelta(days=1)
            return _month_window(prev.year, prev.month, w.get("part")), "month", False, None
        if unit == "this_month":
            end = max(1, base.day - 1)
            return dt.date(base.year, base.month, (1 + end) // 2), "month", False, None
        if unit == "prev_year":
            return dt.date(base.year - 1, 7, 2), "year", False, None
        if unit == "this_year":
            start = dt.date(base.year, 1, 1)
            return start + (base - start) // 2, "year", False, None
        return None
    if kind == "relday":
        key = re.sub(r"\s+(?:%s)$" % "|".join(c["day_parts"]), "", low) if low not in c["relative_days"] else low
        if key not in c["relative_days"]:
            return None
        return base + dt.timedelta(days=c["relative_days"][key]), "day", False, None
    if kind == "ordday":
        return None if base is None else _ordinal_day(int(g["d"] or g["d2"]), g.get("which"), base)
    if kind == "weekday":
        wd = _WEEKDAYS[g["wd"].lower()]
        if g.get("prev_week"):
            return base - dt.timedelta(days=base.weekday() + 7 - wd), "day", False, None
        d = last_weekday(base, wd)
        if (g.get("pre") or "").lower() == "last" and d == base:
            d -= dt.timedelta(days=7)
        return d, "day", False, None
    return None


def _anniversary_day(g: dict, base: dt.date):
    """The day of the act a commemoration held on ``base`` recalls ("marks three years since",
    "the fifth anniversary of"):
    the same day N years (months) back, so the recalled act carries its own day and meets the
    text's other telling of it, instead of becoming a second act on the commemoration day."""
    if g.get("nth"):
        nth = g["nth"].lower()
        n, months = (int(nth[:-2]) if nth[:-2].isdigit() else _cues()["anniversary_ordinals"].get(nth)), 0
    else:
        n_s = g["n"].lower()
        n = int(n_s) if n_s.isdigit() else _WORD_NUM.get(n_s)
        months = 1 if g["unit"].lower().startswith("month") else 0
    if not n:
        return None
    total = n if months else 12 * n
    year, month = divmod(base.year * 12 + base.month - 1 - total, 12)
    if year < 1:
        return None
    day = min(base.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day), "day", True, None  # relative: it dates no other sentence


def _ordinal_day(day: int, which: str | None, base: dt.date):
    """"on the 14th": that day of the publication month, or of the month before when the 14th
    is still to come; "the 21st of last month": that day of the month named
    (``ordinal_day_months``). None for a day the month lacks."""
    shift = _cues()["ordinal_day_months"].get((which or "").lower(), None)
    if shift is None:
        shift = 0 if day <= base.day else -1
    month_start = base.replace(day=1)
    if shift < 0:
        month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
    try:
        return month_start.replace(day=day), "day", False, None
    except ValueError:
        return None


def _count_days(n: int, unit: str) -> int:
    """Whole days in ``n`` units; hours count whole days only ("72 hours before" three days,
    "hours after" the same day)."""
    if unit == "hour":
        return n // _cues()["hours_per_day"]
    return n * _cues()["unit_days"][unit]


_PERIOD = re.compile(rf"\s*(?:the\s+)?(?:(?P<n>{_NUMW})\s+)?(?P<unit>{_UNIT})\b", re.IGNORECASE)


def period_days(text: str) -> int | None:
    """Whole days of the stretch of time that ``text`` opens with ("two days" 2, "48 hours" 2,
    "week" 7, "three years" 1095); None when it opens with no unit of time ("jihadist footholds")."""
    m = _PERIOD.match(text)
    if not m:
        return None
    n_s = (m.group("n") or "one").lower()
    n = int(n_s) if n_s.isdigit() else _WORD_NUM.get(n_s, 1)
    return _count_days(n, m.group("unit").lower().rstrip("s"))


def short_period(days: int) -> bool:
    """A stretch short enough to tell one episode of an act ("over the past 36 hours"), not a
    toll or campaign over a long period (data: ``short_period_days``)."""
    return days <= _cues()["short_period_days"]


def names_a_day(text: str) -> bool:
    """Whether a date phrase names one day ("on Monday", "December 18", "yesterday") rather
    than a window ("this week", "last month") or a count from another event."""
    kinds = [kind for kind, pat in _patterns() if pat.search(text)]
    return bool(kinds) and kinds[0] in ("mdy", "dmy", "relday", "weekday")


def _explicit_base(text: str) -> dt.date | None:
    """Latest explicit full date (with year) in ``text``; the anchor when publication is unknown."""
    best = None
    for kind, pat in _patterns():
        if kind not in ("mdy", "dmy"):
            continue
        for m in pat.finditer(text):
            if m.group("year"):
                r = _resolve(kind, m, None, None)
                if r and (best is None or r[0] > best):
                    best = r[0]
    return best


def _statement(doc: Doc, start: int, end: int) -> bool:
    from sitrep.nlp.toll_update import dates_toll_update

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    heads = set(_cues()["statement_heads"])
    tok = span.root
    if dates_toll_update(tok):
        return True  # "the toll rose to 18 on Wednesday": the update's day only bounds the act
    for step in range(3):
        head = tok.head
        if head == tok:
            return False
        if head.lemma_.lower() in heads and head.i not in range(span.start, span.end):
            if _event_report(head) or _after_reported_clause(head, span):
                return False  # "a dozen were said to be dead ... on Friday": the event's own date
            return tok.dep_ in ("npadvmod", "pobj", "prep", "advmod", "compound", "nmod", "amod", "tmod", "obl") or tok.dep_ == "nummod"
        if tok.dep_ not in ("pobj", "prep", "compound", "advmod", "amod", "nummod", "det", "appos"):
            return False
        if tok.dep_ == "prep" and head.pos_ in ("NOUN", "PROPN") and head.i not in range(span.start, span.end):
            return _claimed_act(head)  # "an attack on Saturday": the date of the noun it modifies
        if tok.dep_ == "prep" and _statement_participle(head):
            return True  # "in a statement issued on Tuesday": the statement's day
        tok = head
    return False


def _statement_participle(verb: Token) -> bool:
    """A participle that tells a statement noun's making ("a statement issued on Tuesday", "a
    release signed on Monday"): the date in its phrase is the statement's, which only bounds the
    act the statement tells (``statement_nouns``). A clause with a subject or an auxiliary is
    what the statement says ("wrote in its statement that troops had burned a camp on Monday",
    parsed as a clause of the noun): its date is the act's."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" \
        and verb.head.lemma_.lower() in _cues()["statement_nouns"] \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children)


def _claimed_act(noun: Token) -> bool:
    """A definite act that a claim takes as object ("the group claimed the attack on Tuesday"):
    the parser hangs the date on the act, but the act was told before and the day is the
    claim's, which comes after it (``claim_verbs``)."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _cues()["claim_verbs"] \
        and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its") for c in noun.children)


def _after_reported_clause(head: Token, span: Span) -> bool:
    """A date between the reported clause and a statement verb that follows it ("gunmen killed
    five in Kano, Nigeria, on Thursday, officials said"): English tells the speaker's day after
    the verb, so a day before it that closes the reported clause is that clause's, even when the
    parser, misled by an apposition, hangs it on the verb."""
    return span.end <= head.i and (any(
        c.dep_ == "ccomp" and c.right_edge.i < span.start for c in head.children)
        or _closes_first_conjunct(head, span))


def _closes_first_conjunct(head: Token, span: Span) -> bool:
    """A date that ends an act's clause, the statement verb hung on that act as a conjunct and
    its speaker after the date ("gunmen seized 20 people early on Sunday, police said on
    Monday", parsed as "seized ... and said" or with "said" a clause of "seized"): the date is
    the act's; a speaker before the date ("police on Sunday said ...") makes it the statement's."""
    if head.dep_ not in ("conj", "advcl", "parataxis") or head.head.i >= span.start:
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(c.left_edge.i >= span.end for c in subjects)


def _told_as_past(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb a date phrase belongs to is in the past tense ("militants stormed the
    town on June 3", "two were killed on June 3"; a past form with a subject and no auxiliary,
    which the tagger may read as a participle, too), as against a day to come ("talks resume
    on June 3", "the deadline of June 3")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = next((t for t in [span.root, *span.root.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    deps = {c.dep_: c for c in verb.children}
    finite_participle = verb.tag_ == "VBN" and "nsubj" in deps and "aux" not in deps and "auxpass" not in deps
    return verb.tag_ == "VBD" or finite_participle or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _event_report(head) -> bool:
    """A passive report verb with a result complement ("are reported dead/killed") states the
    event itself, not a statement about it."""
    kids = list(head.children)
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in kids):
        return False
    results = set(_cues().get("event_report_complements", []))
    return any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lemma_.lower() in results for c in kids)


def _names_something(doc: Doc, end: int) -> bool:
    """True when the word right after a date is a lowercase noun it modifies."""
    rest = doc_text(doc)[end:end + 30]
    m = re.match(r"\s+([a-z]+)", rest)
    if not m:
        return False
    span = doc.char_span(end + m.start(1), end + m.end(1))
    return span is not None and span[0].pos_ == "NOUN"


#: Capitalised words allowed between a date and the head word of the name it opens.
_NAME_RUN = 3


def _in_name(doc: Doc, start: int, end: int) -> bool:
    """A day that opens the name of a group or an operation ("the May 9 Movement", whose
    fighters are no event of May 9): capitalised words follow it straight away, up to a head
    word of such names, with no "and" or "the" between. A date after a preposition ("on May 9
    Government Forces shelled ...") is a date whatever follows it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if span.start > 0 and doc[span.start - 1].pos_ == "ADP":
        return False
    heads = load_cues().name_heads
    for tok in doc[span.end:span.end + _NAME_RUN]:
        if not (tok.is_alpha and tok.text[:1].isupper()):
            return False
        if tok.lower_ in heads:
            return True
    return False


def _names_a_custom(text: str, end: int) -> bool:
    """A weekday right before a noun of a weekly custom ("Friday prayers", "Sunday mass", the
    "Sunday market": ``weekly_custom_nouns``): it names which day of the week the act fell on,
    a date only when the sentence gives no other."""
    m = re.match(r"\s+([A-Za-z]+)", text[end:])
    return m is not None and m.group(1).lower() in _cues()["weekly_custom_nouns"]


def _part_of_name(doc: Doc, start: int, end: int) -> bool:
    """A day word that is part of a name, not a date: a first name before a surname ("Monday
    Okafor, the police chief"), a title word after a capitalised name ("the Daily Today",
    "Lagos Today reported")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    first, last = span[0], span[-1]
    if len(span) == 1 and first.text[:1].isupper() and last.i + 1 < len(doc):
        after = doc[last.i + 1]
        before = doc[first.i - 1] if first.i > first.sent.start else None
        named = after.ent_type_ == "PERSON" or (first.dep_ == "compound" and first.head.i == after.i
                                                 and after.pos_ == "PROPN" and after.ent_type_ != "DATE")
        if named and after.text[:1].isupper() and (before is None or before.pos_ not in ("ADP", "VERB", "AUX")):
            return True
    if first.text == "Today" and first.i > first.sent.start:
        before = doc[first.i - 1]
        return before.text[:1].isupper() and before.pos_ == "PROPN"
    return False


def _explicit_follows(text: str, end: int, found: list[DateMention], offset: int) -> bool:
    """True when a relative day word is glossed by an explicit date right after it, in
    parentheses or after a comma ("yesterday (June 24)", "yesterday, 9 August", "on Friday
    (Jun. 28)"): the explicit date is what the text means; the word may count from another
    day than publication (a quoted statement)."""
    gap = re.match(r"\s*(?:,|\()\s*", text[end:end + 4])
    if gap is None:
        return False
    at = offset + end + gap.end()
    return any(m.start_char == at and m.precision == "day" and not m.relative for m in found)


def date_anchor(doc: Doc, published: dt.date | None) -> tuple[dt.date | None, int | None]:
    """The day relative expressions count from and the year of dates given without one:
    ``published``, else the latest explicit full date (with a year) of the Doc, else no day and
    the Doc's last year number."""
    if published is not None:
        return published, published.year
    base = _explicit_base(doc_text(doc))
    if base is not None:
        return base, base.year
    years = re.findall(r"\b((?:19|20)\d\d)\b", doc_text(doc))
    return None, int(years[-1]) if years else None


def _ents_within(span: Span | Doc, ents: tuple[Span, ...] | None) -> list[Span] | tuple[Span, ...]:
    """``span.ents`` (the entities from its start that end inside it, up to the first that runs
    past its end), taken from the Doc's ``ents`` when the caller listed them once: ``Span.ents``
    lists every entity of the Doc anew on each call."""
    if ents is None:
        return span.ents
    if not isinstance(span, Span):
        return ents
    out = []
    for ent in ents:
        if ent.start >= span.start:
            if ent.end > span.end:
                break
            out.append(ent)
    return out


def find_dates(span: Span | Doc, published: dt.date | None, *,
               anchor: tuple[dt.date | None, int | None] | None = None,
               ents: tuple[Span, ...] | None = None) -> list[DateMention]:
    """Date mentions of ``span``, resolved against ``published``; sorted by position.

    With ``published=None`` only explicit dates are resolved; relative expressions are then
    anchored on the latest explicit full date (with a year) in the span's document, if any.
    ``anchor``: ``date_anchor(doc, published)`` and ``ents``: ``doc.ents``, when the caller
    has them already (the date component, sentence after sentence).
    """
    # the text is cut from the Doc's, read once (``Span.text`` joins its tokens anew)
    if isinstance(span, Span):
        doc, offset = span.doc, span.start_char
        text = doc_text(doc)[offset:span.end_char] if len(span) else span.text
    else:
        doc, offset, text = span, 0, doc_text(span)
    base, default_year = anchor if anchor is not None else date_anchor(doc, published)

    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    customs: set[int] = set()  # weekdays naming a weekly custom ("Friday prayers")

    def overlaps(s: int, e: int) -> bool:
        return any(s < te and ts < e for ts, te in taken)

    prefilters = _prefilters()
    searched: dict[re.Pattern, bool] = {}  # several kinds share a prefilter: searched once
    for kind, pat in _patterns():
        words = prefilters.get(kind)
        if words is not None:
            if words not in searched:
                searched[words] = words.search(text) is not None
            if not searched[words]:
                continue
        for m in pat.finditer(text):
            s, e = m.start(), m.end()
            if overlaps(s, e):
                continue
            if kind in ("year", "my", "month", "mdy", "dmy", "range", "weekday") and _is_duration(text, s, e):
                taken.append((s, e))
                continue
            if kind in ("mdy", "dmy") and not m.group("year") and (
                    _names_something(doc, offset + e) or _in_name(doc, offset + s, offset + e)):
                taken.append((s, e))  # "the 14th October battalion", "the May 9 Movement": part of a name
                continue
            if kind in ("weekday", "relday") and _part_of_name(doc, offset + s, offset + e):
                taken.append((s, e))
                continue
            if kind in ("weekday", "relday") and _explicit_follows(text, e, out, offset):
                taken.append((s, e))  # "yesterday (June 24)": the date itself, not the word
                continue
            res = _resolve(kind, m, base, default_year)
            if res == COMING and _told_as_past(doc, offset + s, offset + e):
                res = _resolve(kind, m, base, default_year, coming=False)  # "stormed on June 3": last year's
            if res == COMING:
                taken.append((s, e))  # "by June 3": neither the day nor its month dates an event
                continue
            if res is None:
                continue
            date, prec, rel, off = res
            if kind == "month" and base is not None and date > base and _last_year_follows(text, e):
                date = _month_window(date.year - 1, date.month, m.group("part") or m.group("lone_part"))
            if not rel and base is not None and date > base and kind not in ("year",):
                taken.append((s, e))  # "by June 2027" read whole: its month alone is no past June
                continue  # future date: a forecast, not an event date
            taken.append((s, e))
            if kind == "weekday" and _names_a_custom(text, e):
                customs.add(offset + s)
            out.append(DateMention(offset + s, offset + e, m.group(0), _iso(date), prec, rel,
                                   _statement(doc, offset + s, offset + e), off,
                                   quoted=kind == "relday" and _in_quotation(doc_text(doc), offset + s)))

    # NER DATE entities the rules missed (e.g. numeric dates), parsed by dateparser.
    for ent in _ents_within(span, ents):
        if ent.label_ != "DATE":
            continue
        s, e = ent.start_char - offset, ent.end_char - offset
        if overlaps(s, e) or _is_duration(text, s, e):
            continue
        if not re.search(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}", ent.text):
            continue  # anything else of use is matched by the rules above
        parsed, period = _dateparse(ent.text, base)
        if parsed is None or period != "day" or (base is not None and parsed > base):
            continue
        taken.append((s, e))
        out.append(DateMention(ent.start_char, ent.end_char, ent.text, _iso(parsed), "day", False,
                               _statement(doc, ent.start_char, ent.end_char)))
    if customs and any(d.start_char not in customs for d in out):
        out = [d for d in out if d.start_char not in customs]  # "in March last year ... during Friday prayers"
    out.sort(key=lambda d: d.start_char)
    out = _in_last_year(out, doc_text(doc), base)
    return _anchor_on_statement(_anchor_quoted(out, base), doc_text(doc))


def _last_year_follows(text: str, end: int) -> bool:
    """Whether a year-back window ("last year") follows a month at ``end`` ("in November last
    year", "November of last year"): in an early-November report the month is the one a year
    back, not a November to come (whose middle lies past publication)."""
    back = [k for k, w in _cues()["relative_windows"].items() if not k.startswith("_") and w.get("unit") == "prev_year"]
    return bool(back) and re.match(rf"\s*,?\s*(?:of\s+)?(?:{_alt(back)})\b", text[end:], re.IGNORECASE) is not None


def _window_unit(mention: DateMention) -> str | None:
    """The unit of a relative window mention ("last year" -> ``prev_year``), else None."""
    w = _cues()["relative_windows"].get(mention.text.lower())
    return w["unit"] if w else None


def _year_as_bound(text: str, year: DateMention, since: int) -> bool:
    """Whether a blocker word ("since", "than") stands among the few words before ``year`` and
    after the previous date mention (ending at char ``since``): "than in all of last year"."""
    words = re.findall(r"[A-Za-z]+", text[max(since, year.start_char - 40):year.start_char])
    return any(w.lower() in _cues()["year_window_blockers"] for w in words[-4:])


def _in_last_year(mentions: list[DateMention], text: str, base: dt.date | None) -> list[DateMention]:
    """A day or month told without a year in a span that also says "last year" ("on June 16
    last year", "Last year, ... on April 20", "in March last year") is of the year before
    publication, not of the year the bare date would get: those mentions are moved back to that
    year and the year-wide "last year" mention, which they make precise, is dropped. "Since/than
    last year" bounds a period and changes nothing."""
    if base is None:
        return mentions
    years = [m for i, m in enumerate(mentions) if _window_unit(m) == "prev_year"
             and not _year_as_bound(text, m, mentions[i - 1].end_char if i else 0)]
    if not years:
        return mentions
    month = re.compile(_MON, re.IGNORECASE)
    moved, out = False, []
    for m in mentions:
        if (m.relative or m.precision not in ("day", "month") or not month.search(m.text)
                or re.search(r"\b(?:19|20)\d\d\b", m.text)):
            out.append(m)
            continue
        day = dt.date.fromisoformat(m.date)
        try:
            day = day.replace(year=base.year - 1)
        except ValueError:  # 29 February
            day = day.replace(year=base.year - 1, day=28)
        out.append(replace(m, date=_iso(day)))
        moved = True
    if not moved:
        return mentions
    return [m for m in out if not any(m.start_char == y.start_char for y in years)]


def _in_quotation(text: str, char: int) -> bool:
    """Whether ``char`` lies inside a quotation opened earlier in its paragraph (more opening
    than closing curly quotes before it, or an odd number of straight ones)."""
    before = text[text.rfind("\n", 0, char) + 1:char]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _anchor_quoted(mentions: list[DateMention], base: dt.date | None) -> list[DateMention]:
    """A day word inside a quotation ("'the deal signed today is a milestone,' she said") counts
    from the day the speaker spoke, not from publication: from the statement day told with it
    outside the quotation ("..., she said on Tuesday"); without one it is dropped, and the act
    takes the day of its episode from the sentences around it."""
    if base is None or not any(m.quoted for m in mentions):
        return mentions
    stmt = next((m for m in mentions if m.is_statement and not m.quoted and not m.relative
                 and m.precision == "day"), None)
    out = []
    for m in mentions:
        if not m.quoted:
            out.append(m)
        elif stmt is not None:
            shift = dt.date.fromisoformat(m.date) - base
            out.append(replace(m, date=_iso(dt.date.fromisoformat(stmt.date) + shift)))
    return out


def _anchor_on_statement(mentions: list[DateMention], text: str = "") -> list[DateMention]:
    """"Overnight" next to a statement day D is dated D (NOTES, "Dates"), not publication; next to
    a day of the act itself ("overnight on Saturday", "an overnight raid on Saturday"), that day."""
    cues = set(_cues().get("statement_anchored", []))
    days = [m for m in mentions if not m.is_statement and not m.relative and m.precision == "day"
            and m.text.lower() not in cues]
    own = days[0] if days else None
    if own is not None and len(days) > 1 and re.fullmatch(r"\s*into\s*", text[own.end_char:days[1].start_char]):
        own = days[1]  # "overnight Friday into Saturday": the night ends on the later day
    stmt = own or next((m for m in mentions if m.is_statement and not m.relative and m.precision == "day"), None)
    if stmt is None:
        return mentions
    return [replace(m, date=stmt.date) if m.text.lower() in cues and not m.is_statement else m
            for m in mentions]


def anchor_relative(mention: DateMention, anchor: str | dt.date) -> DateMention:
    """Re-date a mention relative to another event ("one day after", "just over a week after",
    "the next day") on that event's date ``anchor`` (ISO string or date): ``anchor +
    offset_days``. Precision: ``day`` for a day count ("one day after", "the previous day"),
    else the mention's own (``week``). Mentions that are not relative are returned unchanged.
    """
    if not mention.relative or mention.offset_days is None:
        return mention
    day = dt.date.fromisoformat(anchor) if isinstance(anchor, str) else anchor
    date = day + dt.timedelta(days=mention.offset_days)
    exact = re.search(r"\b(?:day|days|hours?)\b", mention.text, re.IGNORECASE) and not re.search(
        r"\b(?:over|more than|about|nearly|almost|few|several)\b|^days\b", mention.text.strip(), re.IGNORECASE)
    exact = exact or mention.text.lower() in _cues()["anchorless_relative"]
    return replace(mention, date=_iso(date), precision="day" if exact else mention.precision, relative=False)


def event_date(mentions: list[DateMention]) -> DateMention | None:
    """The mention most likely to date the event itself.

    The first mention that is neither a statement date nor relative to another event; else the
    first statement date, with precision ``week`` (NOTES: the statement date stands in for an
    undated event); else the first relative mention.
    """
    for m in mentions:
        if not m.is_statement and not m.relative:
            return m
    for m in mentions:
        if not m.relative:
            prec = "week" if m.precision == "day" else m.precision
            return DateMention(m.start_char, m.end_char, m.text, m.date, prec, False, True)
    return mentions[0] if mentions else None


_DATELINE = re.compile(
    rf"^\s*(?P<place>[A-Z][A-Z .'\-]+(?:,\s*[A-Za-z .]+)?),\s+(?P<date>{_MON}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{_MON}(?:\s+\d{{4}})?)\s*(?:\((?P<agency>[^)]{{2,40}})\))?\s*(?:--|—|–|-|:)",
    re.MULTILINE,
)


def find_dateline(text: str, published: dt.date | None = None) -> DateMention | None:
    """A news dateline ("SANAA, June 16 (Xinhua) --") at the start of a paragraph.

    The year is taken from the dateline, else from ``published`` (the most recent such day on
    or before it), else from the latest explicit year in the text; None if none is known.
    """
    m = _DATELINE.search(text)
    if not m:
        return None
    dtext = m.group("date")
    mon_m = re.search(_MON, dtext)
    day_m = re.search(r"\b(\d{1,2})\b(?!\d)", dtext.replace(mon_m.group(0), " ", 1))
    year_m = re.search(r"\b(\d{4})\b", dtext)
    if not (mon_m and day_m):
        return None
    mon, day = _month_num(mon_m.group(0)), int(day_m.group(1))
    if year_m:
        year = int(year_m.group(1))
    elif published:
        year = _year_for(mon, day, published)
    else:
        years = re.findall(r"\b((?:19|20)\d\d)\b", text)
        year = int(years[-1]) if years else None
    if year is None:
        return None
    try:
        d = dt.date(year, mon, day)
    except ValueError:
        return None
    s = m.start("date")
    return DateMention(s, s + len(dtext), dtext, _iso(d), "day", False, True)


def relative_anchor(doc: Doc, before_char: int) -> dt.date | None:
    """The date a relative expression at ``before_char`` most likely counts from ("comes one day
    after ...", "just over a week after ..."): the last day-precision date that is neither a
    statement date nor relative, stated before ``before_char`` (in practice the news event of
    the lede); None when there is none. Reads the Doc's ``date_mentions``; use with
    ``anchor_relative``."""
    best = None
    for sent in sentences(doc):
        if sent.start_char >= before_char:
            break
        for m in date_mentions(sent):
            if m.end_char <= before_char and m.precision == "day" and not m.relative and not m.is_statement:
                best = m
    return dt.date.fromisoformat(best.date) if best is not None else None


def statement_anchor(sent: Span, before_char: int) -> dt.date | None:
    """The day a relative count in ``sent`` at ``before_char`` counts from when the sentence
    tells it in a statement ("the governor announced on Thursday that a depot had burned two
    days earlier", "rebels struck a base the previous day, police said on Monday"): the statement's
    day, when no day of an act comes before the count in the sentence (that day is the anchor,
    as in ``relative_anchor``). The count is the speaker's, made on the day he spoke, not on the
    lead's day. None otherwise."""
    days = [m for m in date_mentions(sent) if not m.relative and m.precision == "day"]
    if any(not m.is_statement and m.end_char <= before_char for m in days):
        return None
    before = [m for m in days if m.is_statement and m.end_char <= before_char]
    after = [m for m in days if m.is_statement and m.start_char >= before_char]
    stated = before[-1] if before else after[0] if after else None  # the nearest before it, else the next
    return dt.date.fromisoformat(stated.date) if stated is not None else None


# --- the spaCy component ----------------------------------------------------------------------

NAME = "sitrep_dates_v1"

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)  # set before the pipeline runs: dt.date | None
for _ext in ("dateline", "reference_date", "date_anchor"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
if not Span.has_extension("date_mentions"):
    Span.set_extension("date_mentions", default=None)


class DatesMissingError(LookupError):
    """A Doc that no ``sitrep_dates_v1`` component has read."""


def date_mentions(sent: Span) -> list[DateMention]:
    """The date mentions of a sentence, as the ``sitrep_dates_v1`` component found them (a span
    over two sentences, which a phrase across a line break can have as its ``.sent``, is read
    on demand)."""
    found = sent._.date_mentions
    if found is None:
        doc = sent.doc
        if doc._.date_anchor is None:
            raise DatesMissingError(f"the Doc was not read by a pipeline with {NAME}")
        found = _sentence_dates(sent, doc._.date_anchor, _dateline_ends(doc), doc_ents(doc))
    return found


def phrase_dates(head: Token) -> list[DateMention]:
    """The date mentions inside the phrase ``head`` heads (its subtree) that are no statement's:
    a date of the phrase's own act ("a bomb that went off on Sunday"), where "said on Monday"
    dates only the telling."""
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    return [m for m in date_mentions(head.sent) if start <= m.start_char and m.end_char <= end and not m.is_statement]


def _dateline_ends(doc: Doc) -> dict[int, list[int]]:
    """Token start -> end offsets of the dispatch places ("SANAA,", "Bangkok, May 12 (AP)")."""
    from sitrep.nlp.arguments import in_dateline

    ends: dict[int, list[int]] = {}
    for place in doc.spans.get("places", ()):
        if in_dateline(place):
            ends.setdefault(place.start, []).append(place.end_char)
    return ends


def _sentence_dates(sent: Span, anchor: tuple[dt.date | None, int | None],
                    dispatch: dict[int, list[int]], ents: tuple[Span, ...]) -> list[DateMention]:
    """``find_dates`` of the sentence, the dispatch's own date marked ``dateline``: the Doc's
    dateline, or a date right after a dispatch place of the sentence (``_dateline_ends``)."""
    dateline = sent.doc._.dateline
    dateline_ends = [e for start, ends in dispatch.items() if sent.start <= start < sent.end for e in ends]
    return [replace(m, dateline=True)
            if dateline is not None and m.start_char < dateline.end_char and dateline.start_char < m.end_char
            or any(0 <= m.start_char - end <= 3 for end in dateline_ends) else m
            for m in find_dates(sent, sent.doc._.published, anchor=anchor, ents=ents)]


@Language.component(NAME, requires=["doc.sents", "doc.ents", "token.dep", "doc.spans"],
                    assigns=["doc._.dateline", "doc._.reference_date", "doc._.date_anchor", "span._.date_mentions"])
def date_component(doc: Doc) -> Doc:
    """Date mentions of every sentence (``sent._.date_mentions``), resolved against
    ``doc._.published`` (set before the pipeline runs; None: see ``find_dates``), the
    dispatch's dateline (``doc._.dateline``) and, for a Doc without a publication date, the day
    it is taken to report from (``doc._.reference_date``, the latest explicit full date)."""
    published = doc._.published
    anchor = date_anchor(doc, published)
    doc._.dateline = find_dateline(doc_text(doc), published)
    doc._.reference_date = anchor[0] if published is None else None
    doc._.date_anchor = anchor
    dispatch = _dateline_ends(doc)
    ents = doc_ents(doc)
    for sent in sentences(doc):
        sent._.date_mentions = _sentence_dates(sent, anchor, dispatch, ents)
    return doc
