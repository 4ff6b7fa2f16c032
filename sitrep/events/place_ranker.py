"""A learned ranker of the candidate places of a trigger's sentence (the event's place).

The rules of ``place_choice.choose_place`` rank the sentence's resolved place mentions by a
hand-ordered key. This module scores each (trigger, candidate) pair with a logistic regression
over features read from the parse -- the dependency path between the trigger and the place, the
preposition heading the place, distance and direction, the place's precision, and the rules' own
key components and rank -- trained on Halterman's event-location links
(``place_ranker_training``, needs scikit-learn). A choice is the best-scoring candidate, or no
place when even the best scores below ``threshold``; ``margin`` says how much better than the
rules' own pick a candidate must score to override it (0: full replacement). In mode "rerank"
the rules decide whether the sentence holds the event's place and the ranker only which one.

Inference is plain numpy over a small JSON file (``data/place_ranker.json``).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Span

from sitrep.errors import SitrepError
from sitrep.model import Evidence, Place
from sitrep.nlp.arguments import PRECISION_RANK, token_distance

MODEL_FILE = "data/place_ranker.json"
MAX_PATH = 6


class PlaceRankerError(SitrepError):
    code = "E021"


Candidate = tuple[Span, Place, Evidence]


def _ancestors(token, limit: int = 12) -> list:
    chain = [token]
    while token.head.i != token.i and len(chain) < limit:
        token = token.head
        chain.append(token)
    return chain


def dependency_path(place: Span, trigger: Span) -> tuple[list, list]:
    """The tokens from the place's root up to the lowest common ancestor with the trigger's
    root, and from the trigger's root up to it (each list starts at its own root; the common
    ancestor ends the trigger's list). Empty lists when they share no ancestor."""
    up_place = _ancestors(place.root)
    up_trigger = _ancestors(trigger.root)
    index = {t.i: n for n, t in enumerate(up_trigger)}
    for n, tok in enumerate(up_place):
        if tok.i in index:
            return up_place[:n], up_trigger[:index[tok.i] + 1]
    return [], []


def heading_preposition(place: Span) -> str:
    """The preposition the place hangs from ("in" for "in the town of X", "near" for "near
    X"), through compounds, appositions, conjuncts and "the town of"; "" when none."""
    tok = place.root
    for _ in range(5):
        if tok.head.i == tok.i:
            return ""
        if tok.dep_ == "pobj":
            prep = tok.head.lower_
            if prep == "of" and tok.head.head.i != tok.head.i and tok.head.head.dep_ == "pobj":
                tok = tok.head.head  # "in the town of X": the preposition of "town"
                continue
            return prep
        if tok.dep_ in {"compound", "appos", "conj", "amod", "nmod", "poss"}:
            tok = tok.head
            continue
        return ""
    return ""


def rule_key(span: Span, place: Place, trigger: Span) -> tuple | None:
    """The rules' sort key of a candidate (``choose_place``), None when the rules skip it."""
    from sitrep.events.place_choice import in_other_clause, is_linked, is_modifier, is_reference, names_a_party

    if place.precision == "country" and is_modifier(span):
        return None
    if names_a_party(span, place.precision, trigger) or in_other_clause(span, trigger):
        return None
    rank = PRECISION_RANK.get(place.precision, 3)
    return (is_reference(span), rank == 3, not is_linked(span, trigger), token_distance(span, trigger), rank)


def candidate_features(candidates: list[Candidate], trigger: Span) -> list[dict[str, float]]:
    """Named features of each candidate place of the trigger's sentence."""
    from sitrep.events.place_choice import in_other_clause, is_linked, is_modifier, is_reference, names_a_party

    keys = [rule_key(span, place, trigger) for span, place, _ in candidates]
    order = sorted((k, n) for n, k in enumerate(keys) if k is not None)
    rule_rank = {n: r for r, (_, n) in enumerate(order)}
    out = []
    n_cands = len(candidates)
    for n, (span, place, _) in enumerate(candidates):
        f: dict[str, float] = {"bias": 1.0}
        f[f"prec={place.precision}"] = 1.0
        f[f"label={span.label_}"] = 1.0
        dist = token_distance(span, trigger)
        f["log_dist"] = math.log1p(dist)
        f[f"dist={min(dist, 8) if dist < 8 else ('8-15' if dist < 16 else '16+')}"] = 1.0
        f["after" if span.start >= trigger.end else "before"] = 1.0
        up, down = dependency_path(span, trigger)
        length = len(up) + len(down)
        f[f"path_len={min(length, MAX_PATH)}"] = 1.0
        if not up and not down:
            f["no_path"] = 1.0
        for tok in up[:MAX_PATH]:
            f[f"up:{tok.dep_}"] = 1.0
            if tok.dep_ == "prep":
                f[f"up_prep:{tok.lower_}"] = 1.0
        for tok in down[:MAX_PATH]:
            f[f"down:{tok.dep_}"] = 1.0
        f["up_path=" + ">".join(t.dep_ for t in up[:3])] = 1.0
        if down:
            f[f"lca_pos={down[-1].pos_}"] = 1.0
            f[f"lca_is_trigger={down[-1].i == trigger.root.i}"] = 1.0
        f[f"head_prep={heading_preposition(span)}"] = 1.0
        f[f"trigger_dep={trigger.root.dep_}"] = 1.0
        f["reference"] = float(is_reference(span))
        f["modifier"] = float(is_modifier(span))
        f["linked"] = float(is_linked(span, trigger))
        f["party"] = float(names_a_party(span, place.precision, trigger))
        f["other_clause"] = float(in_other_clause(span, trigger))
        if n in rule_rank:
            r = rule_rank[n]
            f[f"rule_rank={min(r, 2)}"] = 1.0
        else:
            f["rule_skipped"] = 1.0
        f[f"n_cands={min(n_cands, 4)}"] = 1.0
        f[f"n_kept={min(len(order), 3)}"] = 1.0
        out.append(f)
    return out


@dataclass(frozen=True, slots=True)
class PlaceRanker:
    """A binary logistic regression over named features, the "no place" threshold and the
    margin by which a candidate must beat the rules' pick to override it."""

    feature_index: dict[str, int]
    weights: np.ndarray
    intercept: float
    threshold: float = 0.5
    margin: float = 0.0
    about: dict = field(default_factory=dict)
    mode: str = "replace"  # "rerank": the rules decide whether there is a place, the ranker which

    def score(self, features: dict[str, float]) -> float:
        z = self.intercept
        for name, value in features.items():
            col = self.feature_index.get(name)
            if col is not None:
                z += self.weights[col] * value
        return float(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))

    def to_dict(self) -> dict:
        names = sorted(self.feature_index, key=self.feature_index.get)
        return {"features": names, "weights": [round(float(w), 6) for w in self.weights],
                "intercept": round(float(self.intercept), 6), "threshold": self.threshold,
                "margin": self.margin, "mode": self.mode, "about": self.about}

    @classmethod
    def from_dict(cls, data: dict) -> PlaceRanker:
        names = list(data["features"])
        weights = np.asarray(data["weights"], dtype=np.float64)
        if len(names) != len(weights):
            raise ValueError("features and weights differ in length")
        return cls({n: i for i, n in enumerate(names)}, weights, float(data["intercept"]),
                   float(data.get("threshold", 0.5)), float(data.get("margin", 0.0)), dict(data.get("about", {})),
                   str(data.get("mode", "replace")))

    @classmethod
    def load(cls, path: str | Path | None = None) -> PlaceRanker:
        try:
            if path is None:
                text = resources.files("sitrep.events").joinpath(MODEL_FILE).read_text(encoding="utf-8")
                where = MODEL_FILE
            else:
                text, where = Path(path).read_text(encoding="utf-8"), str(path)
            return cls.from_dict(json.loads(text))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise PlaceRankerError(f"{where}: cannot read the place ranker ({exc})") from exc


@lru_cache(maxsize=1)
def shipped_ranker() -> PlaceRanker:
    return PlaceRanker.load()


def choose(candidates: list[Candidate], trigger: Span, rules_pick: Evidence | None,
           ranker: PlaceRanker | None = None, *, threshold: float | None = None,
           margin: float | None = None) -> tuple[Place, Evidence] | None:
    """The learned choice among ``candidates``. Mode "replace": the best-scoring one unless it
    scores below the threshold (no place); it replaces the rules' pick (``rules_pick``, the
    evidence of the place the rules chose, or None) only when it scores ``margin`` higher (the
    rules' "no place" scores the threshold). Mode "rerank": no place when the rules chose none,
    else the best-scoring candidate."""
    ranker = ranker or shipped_ranker()
    threshold = ranker.threshold if threshold is None else threshold
    margin = ranker.margin if margin is None else margin
    if not candidates:
        return None
    if ranker.mode == "rerank" and rules_pick is None:
        return None
    scores = [ranker.score(f) for f in candidate_features(candidates, trigger)]
    if ranker.mode == "rerank":
        chosen = candidates[int(np.argmax(scores))]
        return chosen[1], chosen[2]
    chosen = pick(scores, [ev == rules_pick for _, _, ev in candidates], threshold, margin, candidates)
    return None if chosen is None else (chosen[1], chosen[2])


def pick(scores: list[float], is_rules: list[bool], threshold: float, margin: float, items: list):
    """The shared decision of ``choose`` (also used in training): index into ``items`` or None."""
    best = int(np.argmax(scores)) if scores else -1
    learned_score = scores[best] if best >= 0 and scores[best] >= threshold else threshold
    learned = items[best] if best >= 0 and scores[best] >= threshold else None
    rules_at = next((n for n, r in enumerate(is_rules) if r), None)
    rules_score = scores[rules_at] if rules_at is not None else threshold
    rules = items[rules_at] if rules_at is not None else None
    return learned if learned_score - rules_score > margin or margin <= 0 else rules
