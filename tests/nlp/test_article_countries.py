"""The countries an article is about, from its place names when it names no country."""

from __future__ import annotations

import pytest

from sitrep.nlp.extractor import _article_countries

pytestmark = pytest.mark.model


def test_two_namesakes_abroad_do_not_add_a_country(nlp):
    text = ("Fighting was reported near Mogadishu on Monday. Elders in Basra and Balad said the "
            "militants had withdrawn towards Kismayo and Baidoa.")
    countries = _article_countries(nlp(text))
    assert countries[:1] == ("SO",)
    assert "IQ" not in countries


def test_two_countries_with_equal_evidence_are_both_kept(nlp):
    text = "Convoys left Mosul and Kirkuk for Aleppo and Homs."
    assert set(_article_countries(nlp(text))) == {"IQ", "SY"}
