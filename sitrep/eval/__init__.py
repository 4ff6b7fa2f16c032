"""Evaluation against hand-annotated gold (``shared/eval/FORMAT.md``); see docs/evaluation.md."""

from __future__ import annotations

from sitrep.eval.matching import (
    FIELD_NAMES,
    ArticleMatch,
    MatchedPair,
    PairCheck,
    Unmatched,
    check_pair,
    date_window_ok,
    field_agreement,
    haversine_km,
    match_article,
    place_ok,
)
from sitrep.eval.metrics import Scores, format_report, score, to_json
from sitrep.eval.runner import EvalDetails, GoldArticle, evaluate, load_gold

__all__ = [
    "FIELD_NAMES",
    "ArticleMatch",
    "EvalDetails",
    "GoldArticle",
    "MatchedPair",
    "PairCheck",
    "Scores",
    "Unmatched",
    "check_pair",
    "date_window_ok",
    "evaluate",
    "field_agreement",
    "format_report",
    "haversine_km",
    "load_gold",
    "match_article",
    "place_ok",
    "score",
    "to_json",
]
