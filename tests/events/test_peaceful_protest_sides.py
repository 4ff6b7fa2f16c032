"""A peaceful protest has no second side (ACLED: no force intervened): police who watch, escort
or line the route of a peaceful march are not its actor2. A protest a force acts on keeps it."""

from __future__ import annotations

import pytest

from sitrep import extract


def _protests(text: str):
    return [e for e in extract(text, published="2021-05-12") if e.event_type == "protests"]


@pytest.mark.parametrize("text", [
    "Thousands of farmers held a peaceful rally in Warsaw on Tuesday, watched by police.",
    "Thousands of pensioners marched peacefully to the parliament in Bucharest on Thursday, escorted by police.",
    "A peaceful march by about 2,000 teachers went ahead in Harare on Wednesday under heavy police presence.",
])
def test_police_beside_a_peaceful_protest_are_not_its_actor2(text):
    events = _protests(text)
    assert [e.sub_event_type for e in events] == ["peaceful_protest"]
    assert events[0].actor1.type == "protesters"
    assert events[0].actor2 is None


@pytest.mark.parametrize("text", [
    "Police lobbed tear gas canisters at demonstrators in Nairobi on Tuesday.",
    "Riot police used water cannon to break up a march by students in Santiago on Monday.",
])
def test_a_force_that_acted_on_the_crowd_stays_actor2(text):
    events = _protests(text)
    assert events and events[0].sub_event_type != "peaceful_protest"
    assert events[0].actor2 is not None and events[0].actor2.type == "state_forces"


def test_the_convention_clears_only_the_types_that_name_it():
    from sitrep.events.conventions import no_actor2_by_final_type
    from sitrep.events.mention import EventMention, Flag
    from sitrep.model import Actor, Evidence

    ev = Evidence(0, 5, "xxxxx")
    crowd = Actor("Protesters (Chile)", "protesters", mention="marchers", country="CL")
    police = Actor("Police Forces of Chile", "state_forces", mention="police", country="CL")
    peaceful = EventMention("peaceful_protest", "protests", sentence=ev, trigger=ev, type_evidence=ev,
                            actor1=crowd, actor2=police, actor2_evidence=ev)
    peaceful.flags.add(Flag.ACTOR2_TARGETED)
    dispersed = EventMention("protest_with_intervention", "protests", sentence=ev, trigger=ev, type_evidence=ev,
                             actor1=crowd, actor2=police, actor2_evidence=ev)
    no_actor2_by_final_type([peaceful, dispersed])
    assert peaceful.actor2 is None and peaceful.actor2_evidence is None
    assert Flag.ACTOR2_TARGETED not in peaceful.flags
    assert dispersed.actor2 == police


@pytest.mark.parametrize("text", [
    "Marchers were beaten with batons by police outside the court in Bulawayo on Friday.",
    "Riot police beat protesters with batons in Minsk on Sunday.",
])
def test_a_crowd_beaten_by_a_force_is_a_protest_with_intervention(text):
    events = _protests(text)
    assert [e.sub_event_type for e in events] == ["protest_with_intervention"]
    assert events[0].actor2 is not None and events[0].actor2.type == "state_forces"


def test_a_crowd_that_beats_someone_is_no_intervention():
    assert all(e.sub_event_type != "protest_with_intervention"
               for e in extract("Protesters beat a traffic warden in Lagos on Monday.", published="2021-05-12"))


def test_a_peaceful_protest_whose_sentence_tells_force_keeps_the_force():
    """Force used on the crowd means the sub-type is what was misread: the force stays."""
    from sitrep.events.conventions import no_actor2_by_final_type
    from sitrep.events.mention import EventMention
    from sitrep.model import Actor, Evidence

    said = Evidence(0, 60, "The marchers reached the square, where guards shot one of them.")
    crowd = Actor("Protesters (Chile)", "protesters", mention="marchers", country="CL")
    guards = Actor("Security Forces of Chile", "state_forces", mention="guards", country="CL")
    mention = EventMention("peaceful_protest", "protests", sentence=said, trigger=said, type_evidence=said,
                           actor1=crowd, actor2=guards, actor2_evidence=said)
    no_actor2_by_final_type([mention])
    assert mention.actor2 == guards
