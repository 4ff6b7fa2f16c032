"""Metrics (sitrep.eval.metrics) and the gold loader / runner (sitrep.eval.runner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import EvalError
from sitrep.eval.matching import FIELD_NAMES
from sitrep.eval.metrics import Scores, format_report, score, to_json
from sitrep.eval.runner import evaluate, load_gold

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev.jsonl"


def ev(**kw) -> dict:
    base = {
        "event_type": "battles",
        "sub_event_type": "armed_clash",
        "date": "2020-09-15",
        "date_precision": "day",
        "location": {"name": "Marib", "country": "YE", "lat": 15.46, "lon": 45.32, "precision": "town"},
        "actor1": "Houthi Movement",
        "actor1_type": "rebel_group",
        "actor2": "Military Forces of Yemen",
        "actor2_type": "state_forces",
        "fatalities": {"best": None, "low": None, "high": None},
        "injured": None,
        "background": False,
    }
    base.update(kw)
    return base


def loc(lat: float, lon: float = 45.32, precision: str = "town", country: str = "YE") -> dict:
    return {"name": "P", "country": country, "lat": lat, "lon": lon, "precision": precision}


def art(aid: str, events: list[dict], **kw) -> dict:
    return {"id": aid, "url": f"https://example.org/{aid}", "title": None, "published": "2020-09-16",
            "text": f"text of {aid}", "events": events, **kw}


# --- P / R / F1 --------------------------------------------------------------------------------


def test_prf_arithmetic_and_missing_articles():
    gold = [
        art("a", [ev(), ev(date="2020-09-01")]),
        art("b", [ev(), ev(event_type="riots", sub_event_type="violent_demonstration")]),
    ]
    system = {
        "a": [ev(), ev(date="2020-09-01"), ev(date="2020-08-01")],  # 2 tp, 1 fp
        # "b" missing: 2 fn
        "zzz": [ev()],  # unknown article: ignored
    }
    s = score(gold, system)
    assert (s.tp, s.fp, s.fn) == (2, 1, 2)
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == pytest.approx(1 / 2)
    assert s.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert (s.articles, s.gold_events, s.system_events) == (2, 4, 3)
    assert [m.article_id for m in s.matches] == ["a", "b"]


def test_zero_denominators():
    s = score([art("a", [])], {})
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)
    assert all(s.accuracy(n) is None for n in FIELD_NAMES)


# --- news only -------------------------------------------------------------------------------


def test_news_only_drops_background_on_both_sides():
    gold = [art("a", [ev(), ev(date="2019-01-10", background=True)])]
    system = {
        "a": [
            ev(),  # matches the news event
            ev(date="2019-01-10", background=True),  # matches the background event
            ev(date="2018-05-05", background=True),  # spurious background event
        ]
    }
    all_s = score(gold, system)
    news = score(gold, system, news_only=True)
    assert (all_s.tp, all_s.fp, all_s.fn) == (2, 1, 0)
    assert (news.tp, news.fp, news.fn) == (1, 0, 0)
    assert (news.gold_events, news.system_events) == (1, 1)
    assert news.news_only and not all_s.news_only


def test_news_only_system_background_flag_on_a_news_event_is_a_miss():
    gold = [art("a", [ev()])]
    system = {"a": [ev(background=True)]}
    all_s = score(gold, system)
    assert all_s.tp == 1 and all_s.fields["background"] == (0, 1)
    news = score(gold, system, news_only=True)
    assert (news.tp, news.fp, news.fn) == (0, 0, 1)


# --- field accuracies ------------------------------------------------------------------------


def test_field_accuracy_arithmetic():
    g1 = ev()
    g2 = ev(date="2020-09-10", date_precision="week", fatalities={"best": 5, "low": 5, "high": None})
    g3 = ev(date="2020-09-15", date_precision="month", location=loc(15.46, precision="region"),
            actor2=None, actor2_type=None, background=True)
    gold = [art("a", [g1]), art("b", [g2]), art("c", [g3])]
    system = {
        # exact copy: every field right (null fatalities == null fatalities)
        "a": [ev()],
        # 3 days off (inside week window), 30 km off (outside 25 km), wrong sub-type,
        # fatalities 5 == 5 (low/high ignored), actor1 type wrong
        "b": [ev(date="2020-09-13", location=loc(15.46 + 30 / 111.195), sub_event_type="government_regains_territory",
                 fatalities={"best": 5, "low": None, "high": 9}, actor1_type="state_forces")],
        # 20 km off (inside 25), same month other day, fatalities 3 vs null, actor2 type given
        # where gold has none, background flag wrong
        "c": [ev(date="2020-09-28", location=loc(15.46 + 20 / 111.195), fatalities={"best": 3},
                 actor2="Civilians (Yemen)", actor2_type="civilians", background=False)],
    }
    s = score(gold, system)
    assert s.tp == 3 and s.fp == 0 and s.fn == 0
    assert s.fields == {
        "sub_event_type": (2, 3),
        "place_25km": (2, 3),
        "date_exact": (1, 3),
        "fatalities_best": (2, 3),
        "actor_types": (1, 3),
        "actor1_type": (2, 3),
        "actor2_type": (2, 3),
        "background": (2, 3),
    }
    assert s.accuracy("date_exact") == pytest.approx(1 / 3)


def test_place_field_needs_system_coordinates():
    gold = [art("a", [ev(location=loc(15.46, precision="country"))])]
    system = {"a": [ev(location={"name": "Yemen", "country": "YE", "lat": None, "lon": None, "precision": "country"})]}
    s = score(gold, system)
    assert s.tp == 1 and s.fields["place_25km"] == (0, 1)


# --- report / json ---------------------------------------------------------------------------


def test_report_and_json():
    gold = [art("a", [ev(), ev(date="2019-01-10", background=True)])]
    system = {"a": [ev()]}
    all_s, news = score(gold, system), score(gold, system, news_only=True)
    text = format_report(all_s, news, timing={"seconds": 2.0, "articles_per_second": 0.5})
    assert "all events" in text and "news only" in text
    assert "F1" in text and "place within 25 km" in text and "0.50 articles/s" in text
    data = json.loads(to_json(all_s, news, timing={"seconds": 2.0, "articles_per_second": 0.5}))
    assert data["all"]["tp"] == 1 and data["all"]["fn"] == 1 and data["news"]["f1"] == 1.0
    assert data["all"]["fields"]["sub_event_type"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert data["timing"]["seconds"] == 2.0
    single = json.loads(all_s.to_json(include_matches=True))
    assert single["regime"] == "all" and single["matches"][0]["unmatched_gold"][0]["reasons"] == ["date"]
    assert single["matches"][0]["unmatched_gold"][0]["closest_taken"] is True


# --- gold loading ----------------------------------------------------------------------------


def write(tmp_path: Path, lines: list[str]) -> Path:
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_load_gold_ok_and_blank_lines(tmp_path):
    p = write(tmp_path, [json.dumps(art("a", [ev()])), "", json.dumps(art("b", [], published=None))])
    gold = load_gold(p)
    assert [g.id for g in gold] == ["a", "b"]
    assert gold[0].line == 1 and gold[1].line == 3 and gold[1].published is None
    assert gold[0].events[0]["event_type"] == "battles"


@pytest.mark.parametrize(
    ("bad_line", "needle"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "not a JSON object"),
        (json.dumps({"text": "x", "events": []}), "'id'"),
        (json.dumps({"id": "b", "text": "x"}), "'events'"),
        (json.dumps(art("b", [], published="16/09/2020")), "published"),
        (json.dumps(art("b", [ev(event_type="war")])), "events[0].event_type"),
        (json.dumps(art("b", [ev(sub_event_type="peaceful_protest")])), "not a sub-type of battles"),
        (json.dumps(art("b", [ev(date="2020-9-1")])), "events[0].date"),
        (json.dumps(art("b", [ev(date_precision="decade")])), "date_precision"),
        (json.dumps(art("b", [ev(location=None)])), "location is missing"),
        (json.dumps(art("b", [ev(location=loc(15.0, precision="street"))])), "location.precision"),
        (json.dumps(art("b", [ev(location=loc(15.0, country="Yemen"))])), "location.country"),
        (json.dumps(art("b", [ev(location=loc(95.0))])), "location.lat"),
        (json.dumps(art("b", [ev(actor1_type="army")])), "actor1_type"),
        (json.dumps(art("b", [ev(fatalities={"best": "12"})])), "fatalities.best"),
        (json.dumps(art("b", [ev(background="no")])), "background"),
        (json.dumps(art("a", [])), "duplicate article id"),
    ],
)
def test_load_gold_malformed_line_names_line_and_problem(tmp_path, bad_line, needle):
    p = write(tmp_path, [json.dumps(art("a", [ev()])), bad_line])
    with pytest.raises(EvalError) as info:
        load_gold(p)
    msg = str(info.value)
    assert msg.startswith("[E400] ")
    assert f"{p}:2:" in msg
    assert needle in msg


def test_load_gold_missing_file(tmp_path):
    with pytest.raises(EvalError, match="cannot read"):
        load_gold(tmp_path / "nope.jsonl")


# --- evaluate ---------------------------------------------------------------------------------


def test_evaluate_calls_extractor_and_times_it(tmp_path):
    p = write(tmp_path, [json.dumps(art("a", [ev()])), json.dumps(art("b", [ev(background=True)], published=None))])
    calls = []

    def extract(text, published, url):
        calls.append((text, published, url))
        return [ev()] if text == "text of a" else []

    all_s, news, details = evaluate(p, extract)
    assert calls == [("text of a", "2020-09-16", "https://example.org/a"), ("text of b", None, "https://example.org/b")]
    assert (all_s.tp, all_s.fp, all_s.fn) == (1, 0, 1)
    assert (news.tp, news.fp, news.fn) == (1, 0, 0)
    assert details.seconds >= 0 and details.articles_per_second > 0
    assert set(details.system_events) == {"a", "b"}
    assert details.matches_all[1].unmatched_gold[0].event["background"] is True
    assert json.loads(to_json(all_s, news, timing=details.timing))["timing"]["articles_per_second"] > 0


@pytest.mark.skipif(not DEV.exists(), reason="dev gold file not present")
def test_dev_gold_against_itself_is_perfect():
    gold = load_gold(DEV)
    by_text = {g.text: g.events for g in gold}
    all_s, news, _ = evaluate(DEV, lambda text, published, url: [dict(e) for e in by_text[text]])
    for s in (all_s, news):
        assert isinstance(s, Scores)
        assert s.tp > 0 and s.fp == 0 and s.fn == 0
        assert s.f1 == 1.0
        for name in FIELD_NAMES:
            assert s.accuracy(name) == 1.0, name
    assert all_s.gold_events == sum(len(g.events) for g in gold)
    assert news.gold_events == sum(1 for g in gold for e in g.events if not e.get("background"))


@pytest.mark.skipif(not DEV.exists(), reason="dev gold file not present")
def test_dev_gold_round_tripped_through_event_model_is_perfect():
    """System events in the ``Event.to_dict()`` shape (extra keys, rounded coords) score like gold."""
    from sitrep.model import Event

    gold = load_gold(DEV)
    system = {g.id: [Event.from_dict(e).to_dict() for e in g.events] for g in gold}
    for news_only in (False, True):
        s = score(gold, system, news_only=news_only)
        assert s.f1 == 1.0
        assert all(s.accuracy(n) == 1.0 for n in FIELD_NAMES)


def _articles(ids: list[str]):
    from sitrep.eval.runner import GoldArticle

    return [GoldArticle(id=i, text="", published=None, events=[]) for i in ids]


def test_locked_part_is_every_fifth_id_in_order():
    from sitrep.eval.runner import split_part

    ids = [f"a{k:02d}" for k in range(1, 13)]
    shuffled = _articles(list(reversed(ids)))
    locked = [a.id for a in split_part(shuffled, "locked")]
    working = [a.id for a in split_part(shuffled, "working")]
    assert sorted(locked) == ["a05", "a10"]
    assert sorted(working + locked) == ids
    assert len(split_part(shuffled, "all")) == 12


def test_unknown_part_is_an_eval_error():
    from sitrep.eval.runner import split_part

    with pytest.raises(EvalError, match="unknown part 'test'"):
        split_part(_articles(["a"]), "test")
