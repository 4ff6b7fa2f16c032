"""The geoparsing benchmark's arithmetic (sitrep.eval.geo_bench) on tiny hand-built corpora."""

from __future__ import annotations

import json
import math
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from sitrep.eval import geo_bench as gb

LGL_XML = """<?xml version="1.0"?>
<articles>
  <article docid="1">
    <text>Flooding hit Paris and Lyon on Monday.</text>
    <toponyms>
      <toponym><start>13</start><end>18</end><phrase>Paris</phrase>
        <gaztag geonameid="2988507"><name>Paris</name><lat>48.85341</lat><lon>2.3488</lon></gaztag></toponym>
      <toponym><start>23</start><end>27</end><phrase>Lyon</phrase>
        <gaztag geonameid="2996944"><name>Lyon</name><lat>45.74846</lat><lon>4.84671</lon></gaztag></toponym>
      <toponym><start>0</start><end>0</end><phrase>Nowhere</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

GWN_XML = """<?xml version="1.0"?>
<articles>
  <article file="0"><text>The Paris office of the Syrian Observatory.</text><toponyms>
    <toponym><extractedName>Paris</extractedName><type>Literal_Modifier</type><start>4</start><end>9</end>
      <latitude>48.85341</latitude><longitude>2.3488</longitude></toponym>
    <toponym><extractedName>Syrian Observatory</extractedName><type>Non_Toponym</type><start>24</start><end>42</end></toponym>
  </toponyms></article>
</articles>
"""

# GeoVirus offsets are shifted by one character in the real corpus: the loader realigns them.
GEOVIRUS_XML = """<?xml version="1.0"?>
<articles>
  <article><source>x</source><text>Cases in Pandi, Bulacan.</text><locations>
    <location><name>Pandi</name><start>7</start><end>12</end><lat>14.87</lat><lon>120.95</lon><page>p</page></location>
  </locations></article>
</articles>
"""


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_haversine_known_distances():
    assert gb.haversine_km(0, 0, 0, 0) == 0
    # one degree of longitude on the equator = 2*pi*6371/360
    assert gb.haversine_km(0, 0, 0, 1) == pytest.approx(2 * math.pi * 6371 / 360, rel=1e-9)
    # antipodes: half the circumference (~ MAX_KM)
    assert gb.haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * 6371, rel=1e-9)
    assert gb.haversine_km(48.85341, 2.3488, 51.50853, -0.12574) == pytest.approx(343.5, abs=1.0)


def test_auc_extremes_and_trapezoid():
    assert gb.auc([]) == 0.0
    assert gb.auc([0, 0, 0]) == 0.0
    assert gb.auc([gb.MAX_KM] * 4) == pytest.approx(math.log1p(gb.MAX_KM) / math.log(gb.MAX_KM))
    # sorted, then trapezoid over x scaled to [0, 1]: ys = 0, y(e)
    e = 100.0
    y = math.log1p(e) / math.log(gb.MAX_KM)
    assert gb.auc([e, 0]) == pytest.approx(y / 2)
    assert gb.auc([0, e, e]) == pytest.approx((y / 2 + y) / 2)
    assert gb.auc([e]) == pytest.approx(y)


def test_error_summary():
    s = gb.error_summary([0.0, 100.0, 200.0, gb.MAX_KM])
    assert s["acc_161"] == 0.5
    assert s["median_km"] == 150.0
    assert s["mean_km"] == pytest.approx((300.0 + gb.MAX_KM) / 4)


def test_midpoint_matching_is_one_to_one_and_closest_first():
    gold = [(0, 10), (12, 20)]  # mids 5, 16
    pred = [(10, 20), (0, 9)]  # mids 15, 4.5: both within 10 of both golds
    assert gb.match_midpoints(gold, pred) == [(0, 1), (1, 0)]
    # one prediction can match only one gold
    assert gb.match_midpoints([(0, 10), (2, 12)], [(1, 11)]) == [(0, 0)]
    # mid-points exactly 10 apart do not match (strictly less than 10)
    assert gb.match_midpoints([(0, 10)], [(10, 20)]) == []
    assert gb.match_midpoints([(0, 10)], [(9, 19)]) == [(0, 0)]


def test_e2e_scores():
    s = gb.e2e_scores(tp=3, fp=1, fn=3, errors_km=[0, 10, 500])
    assert s["precision"] == 0.75 and s["recall"] == 0.5
    assert s["f1"] == pytest.approx(0.6)
    assert s["acc_161"] == pytest.approx(2 / 3)
    assert s["f1_x_acc_161"] == pytest.approx(0.4)
    assert gb.e2e_scores(0, 0, 0, [])["f1"] == 0.0


def test_load_corpus_formats(tmp_path):
    lgl = gb.load_corpus(_write(tmp_path, "lgl.xml", LGL_XML))
    assert [t.name for t in lgl[0].toponyms] == ["Nowhere", "Paris", "Lyon"]
    paris = lgl[0].toponyms[1]
    assert paris.geonames_id == 2988507 and paris.has_coords
    assert not lgl[0].toponyms[0].has_coords
    gwn = gb.load_corpus(_write(tmp_path, "gwn.xml", GWN_XML))
    assert [t.name for t in gwn[0].toponyms] == ["Paris"]  # Non_Toponym dropped
    gv = gb.load_corpus(_write(tmp_path, "gv.xml", GEOVIRUS_XML))
    t = gv[0].toponyms[0]
    assert gv[0].text[t.start:t.end] == "Pandi"  # realigned from 7..12 to 8..13


class _FakeResolver:
    """Paris resolves exactly, Lyon to Paris (392 km off), anything else to nothing."""

    def __init__(self):
        self.calls = []

    def __call__(self, name, *, context_countries, gazetteer, **_options):
        self.calls.append((name, tuple(context_countries)))
        if name in ("Paris", "Lyon"):
            return SimpleNamespace(name="Paris", country="FR", precision="town", lat=48.85341, lon=2.3488,
                                   geonames_id=2988507)
        return None


def test_score_given_names(tmp_path):
    docs = gb.load_corpus(_write(tmp_path, "lgl.xml", LGL_XML))
    fake = _FakeResolver()
    res = gb.score_given_names(docs, gazetteer=object(), resolve=fake)
    assert res.n == 2 and res.n_with_id == 2 and res.unresolved == 0  # "Nowhere" has no coordinates
    assert res.scores["acc_161"] == 0.5
    assert res.scores["exact_id"] == 0.5
    lyon_km = gb.haversine_km(48.85341, 2.3488, 45.74846, 4.84671)
    assert res.scores["mean_km"] == pytest.approx(lyon_km / 2)
    assert res.scores["auc"] == pytest.approx(gb.auc([0.0, lyon_km]))
    assert ("Lyon", ("FR",)) in fake.calls  # context: the other gold name's country


REACH_XML = """<?xml version="1.0"?>
<articles>
  <article docid="1">
    <text>Storms hit Paris and Zorblatiyah.</text>
    <toponyms>
      <toponym><start>11</start><end>16</end><phrase>Paris</phrase>
        <gaztag geonameid="4717560"><name>Paris</name><lat>33.66094</lat><lon>-95.55551</lon></gaztag></toponym>
      <toponym><start>21</start><end>32</end><phrase>Zorblatiyah</phrase>
        <gaztag geonameid="1"><name>Zorblatiyah</name><lat>35.0</lat><lon>36.0</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>
"""


def test_reachable_is_a_perfect_choice_among_the_candidates(tmp_path):
    """Paris, Texas, told with nothing else, is read as the French capital but is one of the
    candidates (reachable); an invented name has none: half the toponyms are reachable, none
    is resolved within 161 km. Another resolver gets no such figure."""
    from sitrep.geo.gazetteer import default_gazetteer

    docs = gb.load_corpus(_write(tmp_path, "reach.xml", REACH_XML))
    res = gb.score_given_names(docs, gazetteer=default_gazetteer())
    assert res.scores["acc_161"] == 0.0 and res.reachable == 0.5
    assert gb.score_given_names(docs, gazetteer=object(), resolve=_FakeResolver()).reachable is None


def test_score_end_to_end_with_given_predictions(tmp_path):
    docs = gb.load_corpus(_write(tmp_path, "lgl.xml", LGL_XML))
    paris = SimpleNamespace(name="Paris", country="FR", lat=48.85341, lon=2.3488)
    preds = [[(13, 18, "Paris", paris), (23, 27, "Lyon", None), (31, 37, "Monday", None)]]
    res = gb.score_end_to_end(docs, predictions=preds)
    # Paris and Lyon match; "Nowhere" (0..0) is missed; "Monday" is a false positive
    assert (res.tp, res.fp, res.fn) == (2, 1, 1)
    assert res.scores["acc_161"] == 0.5  # Lyon unresolved = MAX_KM
    assert res.scores["f1_x_acc_161"] == pytest.approx(res.scores["f1"] * 0.5)


def test_json_keys():
    given = gb.GivenResult({k: 0.1 for k in gb.GIVEN_KEYS})
    e2e = gb.E2EResult({k: 0.2 for k in gb.E2E_KEYS})
    out = gb.to_json_dict(given, e2e)
    assert set(out) == {"given_names", "end_to_end"}
    assert set(out["given_names"]) == {"acc_161", "exact_id", "mean_km", "median_km", "auc"}
    assert set(out["end_to_end"]) == {"precision", "recall", "f1", "acc_161", "f1_x_acc_161"}


def test_cli_given_json(tmp_path):
    from sitrep.cli.main import cli

    corpus = _write(tmp_path, "lgl.xml", LGL_XML)
    run = CliRunner().invoke(cli, ["eval-geo", str(corpus), "--regime", "given", "--format", "json"])
    assert run.exit_code == 0, run.output
    out = json.loads(run.output)
    assert set(out) == {"given_names"}
    assert set(out["given_names"]) == set(gb.GIVEN_KEYS)
    assert out["given_names"]["acc_161"] == 1.0  # the real gazetteer resolves Paris and Lyon


@pytest.mark.model
def test_cli_both_json_with_pipeline(tmp_path, nlp):
    from sitrep.cli.main import cli

    corpus = _write(tmp_path, "lgl.xml", LGL_XML)
    run = CliRunner().invoke(cli, ["eval-geo", str(corpus), "--format", "json", "--limit", "1"])
    assert run.exit_code == 0, run.output
    out = json.loads(run.output)
    assert set(out["end_to_end"]) == set(gb.E2E_KEYS)
    # at most Paris and Lyon can be found ("Nowhere" has no span in the text); the model decides
    assert 0.0 < out["end_to_end"]["recall"] <= 2 / 3 + 1e-4
    assert 0.0 <= out["end_to_end"]["acc_161"] <= 1.0


def test_place_point_uses_the_units_own_point():
    class G:  # the gazetteer has an area point for units (id 7), none for towns (id 8)
        def feature_point(self, gid):
            return (1.0, 2.0) if gid == 7 else None

    country = SimpleNamespace(precision="country", lat=5.0, lon=5.0, geonames_id=7)
    town = SimpleNamespace(precision="town", lat=5.0, lon=5.0, geonames_id=8)
    assert gb.place_point(country, G()) == (1.0, 2.0)
    assert gb.place_point(town, G()) == (5.0, 5.0)
    assert gb.place_point(country, None) == (5.0, 5.0)
    assert gb.place_point(None, G()) is None


def test_geovirus_counts_literal_toponyms_only(tmp_path):
    """LGL/GeoWebNews annotate demonyms and places inside organisation names; GeoVirus does not."""
    assert gb.load_corpus(_write(tmp_path, "lgl.xml", LGL_XML))[0].associative
    assert gb.load_corpus(_write(tmp_path, "gwn.xml", GWN_XML))[0].associative
    assert not gb.load_corpus(_write(tmp_path, "gv.xml", GEOVIRUS_XML))[0].associative


@pytest.mark.model
def test_predict_places_counts_adjectives_and_embedded_places_on_request(nlp):
    text = "Syrian troops entered Aleppo, Environment Canada said."
    with_assoc = next(iter(gb.predict_places([nlp(text)])))
    names = {p[2]: p[3] for p in with_assoc}
    assert {"Syrian", "Aleppo", "Canada"} <= set(names)
    assert names["Syrian"] is not None and names["Syrian"].country == "SY"
    literal = [p[2] for p in next(iter(gb.predict_places([nlp(text)], adjectives=False)))]
    assert "Aleppo" in literal and "Syrian" not in literal and "Canada" not in literal


def test_markdown_summary_shows_published_best():
    given = gb.GivenResult({"acc_161": 0.8, "exact_id": None, "mean_km": 1234.5, "median_km": 20.0, "auc": 0.3},
                           n=10, unresolved=2)
    e2e = gb.E2EResult({"precision": 0.9, "recall": 0.8, "f1": 0.847, "acc_161": 0.7, "f1_x_acc_161": 0.593})
    table = gb.format_markdown([("LGL", 588, given, e2e), ("Mine", 3, given, None)]).splitlines()
    assert len(table) == 4 and table[0].count("|") == table[1].count("|") == table[2].count("|")
    assert "**0.800** (0.827)" in table[2] and "**0.593** (0.469)" in table[2] and "1,234" in table[2]
    assert "| Mine | 3 | 0.800 |" in table[3] and table[3].endswith("| – |")
