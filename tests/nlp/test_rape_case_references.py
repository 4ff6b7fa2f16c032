"""A rape named as what a court case, a charge or a trial is about ("a statutory rape case",
"charged with rape") refers to the proceedings, not to an act of sexual violence told as news."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize(
    "text",
    [
        "The former minister has ignored a summons on Monday in a rape case that he calls political.",
        "A judge on Monday postponed the rape trial of the former governor until March.",
        "The senator was charged with rape on Monday and released on bail.",
        "Prosecutors on Monday sought a warrant in the sexual assault case against the coach.",
    ],
)
def test_legal_proceedings_tell_no_sexual_violence(text):
    events = sitrep.extract(text, published="2025-06-04")
    assert [e.sub_event_type for e in events if e.sub_event_type == "sexual_violence"] == []


def test_a_rape_told_as_news_still_counts():
    text = "Soldiers raped two women in the village of Minova on Monday, residents said."
    events = sitrep.extract(text, published="2025-06-04")
    assert [e.sub_event_type for e in events] == ["sexual_violence"]
