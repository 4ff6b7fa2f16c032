"""A place that only qualifies a noun that is no place ("the X chief minister", "the X governor")
is not where the act was: the event is placed from its context instead. A place noun ("a X
suburb") or the act's own noun ("the X bombing") it qualifies still locates the act. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def places(text: str) -> list[str]:
    return sorted({e.location.name for e in extract_events(text, published="2021-12-15")})


@pytest.mark.parametrize(("text", "place"), [
    ("Maoists ambushed a patrol near Sukma on Monday.\n\nThe Chhattisgarh chief minister condemned the "
     "killing of a policeman on Sunday.", "Sukma"),
    ("Gunmen stormed a school in Kankara on Friday.\n\nThe Katsina governor condemned the abduction of 30 "
     "students on Friday.", "Kankara"),
])
def test_a_place_qualifying_an_office_gives_way_to_the_context(nlp, text, place):
    assert places(text) == [place]


@pytest.mark.parametrize(("text", "place"), [
    ("Youths torched cars overnight in a Paris suburb, police said.", "Paris"),
    ("The Kabul bombing killed 12 people on Tuesday, officials said.", "Kabul"),
])
def test_a_place_qualifying_a_place_or_the_act_stays(nlp, text, place):
    assert places(text) == [place]


@pytest.mark.parametrize(("text", "name", "reference"), [
    ("Bandits stormed a market in the Tsafe local government area on Sunday and killed four traders.",
     "Tsafe", False),
    ("Gunmen ambushed a lorry near a hamlet in the Mariga local government area in Niger.", "Mariga", False),
    ("Officials from the Mariga local government area office said the road was closed.", "Mariga", True),
])
def test_a_name_before_a_unit_of_several_words_names_the_unit(nlp, text, name, reference):
    from sitrep.events.place_choice import is_reference

    doc = nlp(text)
    [span] = [p for p in doc.spans["places"] if p.text == name]
    assert is_reference(span) is reference
