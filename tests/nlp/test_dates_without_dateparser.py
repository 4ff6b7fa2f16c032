"""The date rules that no longer ask dateparser give its answers, and the per-kind prefilters
never hide a match of their pattern (real dateparser, no model needed)."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from sitrep.nlp.dates import _dateparse_uncached, _full_date, _month_year, _patterns, _prefilters


@pytest.mark.parametrize("year", [1000, 1999, 2000, 2019, 2020, 2023, 2024, 2100, 9999])
def test_full_date_is_dateparsers_reading(year):
    for month in (1, 2, 4, 12):
        for day in (0, 1, 15, 28, 29, 30, 31, 32, 99):
            expected = _dateparse_uncached(f"{calendar.month_name[month]} {day}, {year}", dt.date(2020, 6, 16))[0]
            assert _full_date(year, month, day, dt.date(2020, 6, 16)) == expected, (year, month, day)


def test_full_date_of_an_odd_year_is_left_to_dateparser():
    assert _full_date(12, 3, 5, None) == _dateparse_uncached("March 5, 12", None)[0]


@pytest.mark.parametrize("base", [dt.date(2019, 1, 1), dt.date(2019, 2, 28), dt.date(2020, 1, 29),
                                  dt.date(2020, 1, 31), dt.date(2021, 1, 30), dt.date(2021, 3, 31),
                                  dt.date(2022, 6, 15), dt.date(2024, 12, 31)])
def test_month_year_is_dateparsers_reading(base):
    for month in range(1, 13):
        parsed, period = _dateparse_uncached(calendar.month_name[month], base)
        expected = None if parsed is None or period != "month" else (
            parsed.year - 1 if dt.date(parsed.year, month, 1) > base else parsed.year)
        assert _month_year(month, base) == expected, (month, base)


SENTENCES = [
    "Gunmen attacked a village on Monday, two days after troops shelled the town on 4th of March.",
    "Between December 6-16, 2019, clashes killed dozens; in early September 2012 the rebels withdrew.",
    "Over the last two days, and for more than a week since last Friday, the army has shelled the city.",
    "Three weeks ago, a bomb exploded; a month later, protesters gathered in March, as they did in 2014.",
    "The raid came a few days earlier, late on Tuesday night, weeks before the vote of Feb. 3.",
    "Troops retook the bridge on the 3rd of this month and drones hit it overnight into Sunday.",
    "The city marked two years since the siege, and residents mark six months after the flood.",
    "No date is named in this sentence at all.",
]


def test_prefilters_find_every_match_of_their_pattern():
    prefilters = _prefilters()
    seen = set()
    for text in SENTENCES:
        for kind, pattern in _patterns():
            for m in pattern.finditer(text):
                seen.add(kind)
                if kind in prefilters:
                    assert prefilters[kind].search(m.group(0)), (kind, m.group(0))
    assert set(prefilters) <= seen
