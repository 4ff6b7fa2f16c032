"""The linker as first written, pair by pair: the definition the fast linker must match.

Kept in the tests only (an oracle, quadratic in events per country and window): every blocked
pair is scored by ``score_pair`` and clusters are joined by comparing whole member lists.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from sitrep.events.merge import same_kind
from sitrep.incidents.evaluate import LinkScores, _f1
from sitrep.incidents.score import (PairScore, blocked_together, country_of, event_day, load_weights,
                                   precisely_placed, score_pair)
from sitrep.model import Event


def reference_pairs(new: Sequence[Event], pool: Iterable[Event]) -> list[PairScore]:
    weights = load_weights()
    new_ids = {e.id for e in new}
    by_country: dict[str, list[Event]] = defaultdict(list)
    seen: set[str] = set()
    for e in list(pool) + list(new):
        if country_of(e) and event_day(e) is not None and e.id not in seen:
            seen.add(e.id)
            by_country[country_of(e)].append(e)  # type: ignore[index]
    found: dict[tuple[str, str], PairScore] = {}
    for events in by_country.values():
        for i, a in enumerate(events):
            for b in events[i + 1:]:
                if (a.id in new_ids or b.id in new_ids) and blocked_together(a, b, weights):
                    pair = score_pair(a, b, weights)
                    if pair.linked:
                        found[(pair.a, pair.b)] = pair
    return [found[k] for k in sorted(found)]


def reference_cluster(events: Mapping[str, Event], links: Iterable[tuple[str, str, float]]) -> list[list[str]]:
    share = load_weights().linked_share
    members: dict[str, list[str]] = {i: [i] for i in events}
    root: dict[str, str] = {i: i for i in events}
    taken: list[tuple[str, str]] = []
    for a, b, _score in sorted(links, key=lambda link: (-link[2], link[0], link[1])):
        if a not in events or b not in events:
            continue
        taken.append((a, b))
        ra, rb = root[a], root[b]
        if ra == rb:
            continue
        between = sum(1 for x, y in taken if {root[x], root[y]} == {ra, rb})
        if between < share * len(members[ra]) * len(members[rb]):
            continue  # too few of the pairs between the two clusters are links
        vague_link = not (precisely_placed(events[a]) and precisely_placed(events[b]))
        if vague_link and any(precisely_placed(events[x]) for x in members[ra]) \
                and any(precisely_placed(events[y]) for y in members[rb]):
            continue  # a province/country-level or unlocated report never bridges two located groups
        if any(events[x].article_id == events[y].article_id and same_kind(events[x], events[y])
               for x in members[ra] for y in members[rb]):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        for e in members[gone]:
            root[e] = keep
        members[keep].extend(members.pop(gone))
    return sorted((sorted(m) for m in members.values()), key=lambda g: g[0])


def reference_scores(items: Sequence[tuple[str, str, str]]) -> LinkScores:
    """Scores of ``items`` (article id, gold incident, predicted incident), one per matched event."""
    predicted_pairs = gold_pairs = correct = 0
    for i, (art_a, gold_a, pred_a) in enumerate(items):
        for art_b, gold_b, pred_b in items[i + 1:]:
            if art_a == art_b:
                continue
            same_pred, same_gold = pred_a == pred_b, gold_a == gold_b
            predicted_pairs += same_pred
            gold_pairs += same_gold
            correct += same_pred and same_gold
    p = correct / predicted_pairs if predicted_pairs else 1.0
    r = correct / gold_pairs if gold_pairs else 1.0
    by_gold: dict[str, list[int]] = defaultdict(list)
    by_pred: dict[str, list[int]] = defaultdict(list)
    for k, (_, gold, pred) in enumerate(items):
        by_gold[gold].append(k)
        by_pred[pred].append(k)
    bp = br = 0.0
    for _, gold, pred in items:
        both = len(set(by_gold[gold]) & set(by_pred[pred]))
        bp += both / len(by_pred[pred])
        br += both / len(by_gold[gold])
    n = len(items)
    bp, br = (bp / n, br / n) if n else (1.0, 1.0)
    split = sum(len({items[k][2] for k in ks}) > 1 for ks in by_gold.values())
    merged = {items[k][1] for ks in by_pred.values() if len({items[k][1] for k in ks}) > 1 for k in ks}
    return LinkScores(round(p, 4), round(r, 4), round(_f1(p, r), 4), predicted_pairs, gold_pairs,
                      correct, round(bp, 4), round(br, 4), round(_f1(bp, br), 4), len(by_gold),
                      split, len(merged))
