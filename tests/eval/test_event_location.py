"""Event-location scoring on Halterman's gold (sitrep.eval.event_location, docs/evaluation.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.eval.event_location import (
    GOLD_CANDIDATE,
    GOLD_NONE,
    GOLD_NOT_TAGGED,
    GOLD_UNRESOLVED,
    REASON_NONE_GOLD,
    REASON_NOT_TAGGED,
    REASON_NOTHING,
    REASON_OTHER,
    REASON_RESOLUTION,
    Choice,
    EventLocationReport,
    GoldSentence,
    GoldSpan,
    failure_reason,
    is_correct,
    make_row,
    normalize_name,
    parse_record,
)

GOLD_FILE = (Path(__file__).resolve().parents[2].parent / "shared" / "data" / "event-location-halterman"
             / "gold_relabel.jsonl")

TEXT = "A policeman in Amara, south of Baghdad, was killed."
AMARA = GoldSpan(15, 20, "Amara")


def choice(start: int | None, end: int | None, mention: str | None, name: str | None = None) -> Choice:
    return Choice(start, end, mention, name or mention, "IQ", "town")


def sentence(places=(AMARA,), text: str = TEXT) -> GoldSentence:
    return GoldSentence("s1", text, GoldSpan(43, 49, "killed"), tuple(places))


# --- the correctness rule ------------------------------------------------------------------------


def test_exact_span_is_correct():
    assert is_correct([AMARA], choice(15, 20, "Amara"))


def test_widened_mention_overlapping_gold_is_correct():
    assert is_correct([GoldSpan(30, 36, "Aleppo")], choice(20, 36, "southern countryside of Aleppo", "Aleppo"))


def test_other_place_is_wrong():
    assert not is_correct([AMARA], choice(22, 38, "south of Baghdad", "Baghdad"))


def test_touching_but_not_overlapping_is_wrong():
    assert not is_correct([GoldSpan(10, 15, "Amara")], choice(15, 22, "Baghdad"))


def test_same_name_elsewhere_in_sentence_is_correct_case_and_accent_insensitive():
    gold = [GoldSpan(0, 6, "ALEPPO")]
    assert is_correct(gold, choice(40, 46, "aleppo"))
    assert is_correct([GoldSpan(0, 8, "Khartoum")], choice(None, None, None, "Khártoum"))
    assert is_correct([GoldSpan(0, 14, "the Gaza Strip")], choice(50, 60, "Gaza Strip"))


def test_any_of_several_gold_places_counts():
    gold = [GoldSpan(0, 5, "Arbin"), GoldSpan(7, 12, "Jobar")]
    assert is_correct(gold, choice(7, 12, "Jobar"))


def test_no_gold_place_is_correct_only_when_nothing_chosen():
    assert is_correct([], None)
    assert not is_correct([], choice(0, 5, "Syria"))


def test_gold_place_and_nothing_chosen_is_wrong():
    assert not is_correct([AMARA], None)


def test_normalize_name():
    assert normalize_name("  The Gaza-Strip ") == "gaza strip"
    assert normalize_name("Ḩajjah") == "hajjah"
    assert normalize_name(None) == ""


# --- failure reasons -----------------------------------------------------------------------------


@pytest.mark.parametrize(("gold", "chosen", "status", "reason"), [
    ((), choice(0, 5, "Syria"), GOLD_NONE, REASON_NONE_GOLD),
    ((AMARA,), None, GOLD_NOT_TAGGED, REASON_NOT_TAGGED),
    ((AMARA,), choice(22, 38, "south of Baghdad"), GOLD_NOT_TAGGED, REASON_NOT_TAGGED),
    ((AMARA,), choice(22, 38, "south of Baghdad"), GOLD_UNRESOLVED, REASON_RESOLUTION),
    ((AMARA,), None, GOLD_CANDIDATE, REASON_NOTHING),
    ((AMARA,), choice(22, 38, "south of Baghdad"), GOLD_CANDIDATE, REASON_OTHER),
])
def test_failure_reason(gold, chosen, status, reason):
    assert failure_reason(gold, chosen, status) == reason


def test_rows_and_report():
    good = make_row(sentence(), choice(15, 20, "Amara"), GOLD_CANDIDATE, ["Amara", "south of Baghdad"])
    bad = make_row(sentence(), choice(22, 38, "south of Baghdad", "Baghdad"), GOLD_CANDIDATE)
    none_ok = make_row(sentence(places=()), None, GOLD_NONE)
    none_bad = make_row(sentence(places=()), choice(15, 20, "Amara"), GOLD_NONE)
    assert good.correct and good.reason is None and good.gold == ("Amara",) and good.verb == "killed"
    assert not bad.correct and bad.reason == REASON_OTHER and bad.chosen_name == "Baghdad"
    report = EventLocationReport([good, bad, none_ok, none_bad])
    assert (report.n, report.correct, report.share) == (4, 2, 0.5)
    assert report.share_where(gold_has_place=True) == (1, 2)
    assert report.share_where(gold_has_place=False) == (1, 2)
    assert report.reason_counts() == {REASON_OTHER: 1, REASON_NONE_GOLD: 1}
    assert json.loads(json.dumps(report.to_json()))["share"] == 0.5
    assert EventLocationReport([]).share == 0.0


# --- the gold format -----------------------------------------------------------------------------


def _tokens(text: str) -> list[dict]:
    out, pos = [], 0
    for i, word in enumerate(text.split(" ")):
        out.append({"text": word, "start": pos, "end": pos + len(word), "id": i})
        pos += len(word) + 1
    return out


def test_parse_record_uses_token_indices_not_start_end():
    text = "Gunmen killed two in Tabqa town"
    record = {"text": text, "tokens": _tokens(text), "_id": "x ", "spans": [
        {"start": 7, "end": 13, "token_start": 1, "token_end": 1, "label": "VERB"},
        {"start": 4, "end": 4, "token_start": 4, "token_end": 5, "label": "LOCATION"},  # token indices (quirk)
    ]}
    gold = parse_record(record, line=3)
    assert gold.id == "x" and gold.line == 3
    assert gold.verb == GoldSpan(7, 13, "killed")
    assert gold.places == (GoldSpan(21, 31, "Tabqa town"),)


def test_parse_record_without_spans_falls_back_to_meta_verb():
    text = "Boats are patrolling the Bohai Sea"
    gold = parse_record({"text": text, "tokens": _tokens(text), "meta": {"verb": "patrol"}})
    assert gold.verb == GoldSpan(10, 20, "patrolling")
    assert gold.places == ()


# --- the real file -------------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.slow
def test_halterman_gold_runs(nlp):
    if not GOLD_FILE.exists():
        pytest.skip(f"{GOLD_FILE} not present")
    from sitrep.eval.event_location import evaluate_event_locations

    report = evaluate_event_locations(GOLD_FILE, nlp=nlp)
    assert report.n == 496
    assert 0.60 <= report.share <= 1.0  # regression floor: 0.617 measured when the harness landed
    assert report.share_where(gold_has_place=True)[1] == 336
    assert sum(report.reason_counts().values()) == report.n - report.correct
