"""Which place of a sentence is where the act happened (``choose_place``), read from the parse
by the real pipeline: a place that describes a person, a source or a participant is not it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def chosen(nlp, text: str, verb: str) -> str | None:
    """The mention sitrep picks as the place of ``verb`` (its first occurrence) in ``text``."""
    from sitrep.events.extractor import default_extractor
    from sitrep.events.place_choice import choose_place

    doc = nlp(text)
    start = text.index(verb)
    trigger = doc.char_span(start, start + len(verb), alignment_mode="expand")
    place, evidence = choose_place(trigger, default_extractor().context(doc))
    return None if place is None else (evidence.text if evidence is not None else place.name)


def test_place_in_an_apposition_about_the_victim_is_not_the_event_place(nlp):
    assert chosen(nlp, "Omar Bashir, a taxi driver from Mombasa, was shot dead by police on Saturday.", "shot") is None
    assert chosen(nlp, "Omar Bashir, a taxi driver from Mombasa, was shot dead by police in Nairobi on Saturday.",
                  "shot") == "Nairobi"


def test_place_of_the_source_is_not_the_event_place(nlp):
    assert chosen(nlp, "Two guards were shot dead overnight, according to a statement from the Interior Ministry "
                       "in Nairobi.", "shot") is None
    assert chosen(nlp, "Three soldiers were killed in the ambush, an official at the Defence Ministry in Bamako "
                       "said on Monday.", "killed") is None


def test_country_acting_is_not_the_event_place(nlp):
    assert chosen(nlp, "Ethiopia captured the disputed hill after two days of fighting.", "captured") is None
    assert chosen(nlp, "Ethiopia captured Mekelle after two days of fighting.", "captured") == "Mekelle"


def test_place_in_a_relative_clause_about_someone_else_is_not_the_event_place(nlp):
    assert chosen(nlp, "Peacekeepers who have their headquarters in Nairobi patrolled the camp on Sunday.",
                  "patrolled") is None
    assert chosen(nlp, "The rebels burned two farms that belonged to traders who moved to Kisumu years ago.",
                  "burned") is None
    # what someone was doing at the time tells where it happened
    assert chosen(nlp, "Police shot two men who were hiding in a farmhouse near Kisumu.", "shot") == "near Kisumu"


def test_name_of_the_building_or_site_hit_is_the_event_place(nlp):
    assert chosen(nlp, "A judge was shot dead outside his Mombasa home, the first such killing in Kenya this year.",
                  "shot") == "Mombasa"
    assert chosen(nlp, "Rebels shelled Libya's oil installations overnight.", "shelled") == "Libya"
    # an embassy is whose, not where
    assert chosen(nlp, "Protesters marched to the US embassy on Sunday.", "marched") is None


def test_place_owning_a_person_is_where_they_are_from(nlp):
    assert chosen(nlp, "A hunter was shot in the leg by Scotland's Gareth Jones during the trip.", "shot") is None


def test_what_a_protest_is_against_is_not_where_it_was(nlp):
    assert chosen(nlp, "Thousands of students marched against the bombing of Gaza on Friday.", "marched") is None
    assert chosen(nlp, "Thousands of students marched in Rabat against the bombing of Gaza.", "marched") == "Rabat"


@pytest.mark.parametrize(
    ("text", "verb", "town"),
    [
        ("Gunmen raided a clinic in Gusau, in Zamfara State, on Friday and abducted two nurses.",
         "abducted", "Gusau"),
        ("A bomb exploded in Morelia, the capital of Michoacan state, on Monday, wounding four people.",
         "wounding", "Morelia"),
        ("Troops shelled Saraqib in Idlib province overnight and killed three fighters.", "killed", "Saraqib"),
    ],
)
def test_a_province_that_only_locates_a_town_is_not_the_event_place(nlp, text, verb, town):
    assert chosen(nlp, text, verb) == town
