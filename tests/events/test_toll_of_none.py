"""A statement that no one was killed, standing apart from the act in an article that tells no
deaths (``conventions.tolls_of_none_stated_apart``), read by the real pipeline. Texts written
for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import extract_events

pytestmark = pytest.mark.model


def tolls(text: str, published: str = "2022-06-15") -> dict[str, int | None]:
    return {e.sub_event_type: e.fatalities.best for e in extract_events(text, published=published)}


@pytest.mark.parametrize("text", [
    "Insurgents shelled the town of Kafr Naha with mortars on Monday, a monitoring group said.\n\n"
    "Residents said several houses were damaged and families fled to nearby farms.\n\n"
    "So far no fatalities have been recorded.",
    "A mob attacked two chapels in the town of Ruvendi on Tuesday over a land dispute.\n\n"
    "Officials said more than 40 people were detained; they had no report of any casualties.",
])
def test_a_statement_of_no_deaths_apart_from_the_act_gives_none(text):
    assert 0 in tolls(text).values()


def test_a_statement_of_what_one_device_caused_is_that_acts_only():
    from sitrep.nlp.casualties import no_deaths_statements
    from sitrep.events.extractor import default_extractor

    doc = default_extractor().nlp("Gunmen threw a grenade at a police post in Tarin on Monday. Later a youth hurled a "
                        "device at a shop. The device caused no casualties. No one was hurt in Tarin either.")
    assert [s.text for s in no_deaths_statements(doc)] == ["No one was hurt in Tarin either."]


def test_no_zero_beside_a_death_figure():
    text = ("Insurgents shelled the town of Kafr Naha on Monday, killing two farmers.\n\n"
            "Gunmen attacked a checkpoint in Sarmin on Tuesday.\n\n"
            "Residents said the market reopened on Wednesday.\n\n"
            "Traders said prices of bread had doubled.\n\n"
            "No deaths were reported in Sarmin.")
    # three sentences on: past the reach of the act's own sentence (quantities.json
    # no_casualty_reach), so only the article-wide reading could give a zero here
    assert 0 not in tolls(text).values()
