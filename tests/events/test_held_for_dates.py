"""An arrest is not dated by the day of the deed its captives are held for: a date inside a
clause on the people held ("a youth thought to have left a parcel that blew up on Friday") is
that deed's (``clauses.held_for_words``)."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import default_extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def arrest_dates(text: str) -> list[str | None]:
    events = default_extractor().extract(Article(id="t", text=text, published="2024-03-06"))
    return [e.date for e in events if e.sub_event_type == "arrests"]


@pytest.mark.parametrize("text", [
    "Police in Lahore, Pakistan, arrested a youth thought to have left a parcel that blew up on Friday.",
    "Police in Kano, Nigeria, have detained the third accused over a clip that was posted on March 1, "
    "officials said on Sunday.",
])
def test_deed_day_is_not_the_arrest_day(text):
    dates = arrest_dates(text)
    assert dates and "2024-03-01" not in dates


@pytest.mark.parametrize("text, day", [
    ("Police in Lahore, Pakistan, on Tuesday arrested a youth thought to have left a parcel that blew up on Friday.",
     "2024-03-05"),
    ("Police arrested two men in Kano, Nigeria, on Monday.", "2024-03-04"),
])
def test_the_arrest_day_is_kept(text, day):
    assert arrest_dates(text) == [day]
