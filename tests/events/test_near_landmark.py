"""A town the text places near another one ("X, a village about 15 km east of Y", "X, a village
near Y") is not read as a namesake far from Y, in another country or across it
(``context.near_its_landmark``): the gazetteer lacks the village, so it is placed at Y.
A reading about as far from Y as told stands. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.events.extractor import Extractor
from sitrep.model import Article

pytestmark = pytest.mark.model


def places(nlp, text: str) -> list[tuple[str, str | None]]:
    extractor = Extractor(nlp=nlp)
    events = extractor.extract(Article(id="t", text=text, published="2024-03-10"))
    return [(e.location.name, e.location.country) for e in events if e.location is not None]


@pytest.mark.parametrize(("text", "landmark"), [
    ("Gunmen killed six herders in Bang, a village near Bocaranga, on Friday.", "CF"),
    ("Rebels burned houses in Bang, a village about 12 km west of Bocaranga, on Friday.", "CF"),
    ("Jihadists killed four traders in Toro, a village near Mokolo, on Sunday.", "CM"),
    ("Soldiers shelled Toro, a hamlet about 10 km north of Mokolo, killing two women on Sunday.", "CM"),
    ("Gunmen killed three farmers in Kona, a village near Mopti, on Monday.", "ML"),
    ("An air strike hit Kona, a village 20 km east of Mopti, killing five people on Monday.", "ML"),
])
def test_a_namesake_far_from_the_told_landmark_gives_way_to_it(nlp, text, landmark):
    found = places(nlp, text)
    assert found and all(country == landmark for _, country in found)


@pytest.mark.parametrize(("text", "town"), [
    ("Gunmen killed two police officers in Fallujah, about 60 km west of Baghdad, on Sunday.", "Fall"),
    ("Troops shelled Kafranbel, a town near Maarat al-Numan, killing four people on Sunday.", "Kafranbel"),
    ("Bandits abducted nine travellers in Garko, a town about 40 km south of Kano, on Monday.", "Garko"),
])
def test_a_town_about_as_far_as_told_stands(nlp, text, town):
    assert any(town in name for name, _ in places(nlp, text))
