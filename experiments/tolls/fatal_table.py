"""Fatalities disagreements of the working part, one line each with a cause guessed from the
figures (for sorting by hand): run with PYTHONPATH set to the tree under test.

    python experiments/tolls/fatal_table.py ../shared/eval/dev.jsonl OUT.json
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from sitrep.eval.matching import field_agreement
from sitrep.eval.metrics import format_report
from sitrep.eval.runner import evaluate
from sitrep.nlp.extractor import extract_events


def _run(text, published, url):
    return [e.to_dict() for e in extract_events(text, published=published, url=url)]


def _best(ev):
    f = ev.get("fatalities")
    return f.get("best") if isinstance(f, dict) else None


def cause(g, s) -> str:
    gb, sb = _best(g), _best(s)
    if gb is None:
        return "gold_null_sys_toll"
    if sb is None:
        return "gold_toll_sys_null"
    if gb == 0 or sb == 0:
        return "zero_vs_figure"
    return "sys_higher" if sb > gb else "sys_lower"


def main(gold: str, out: str) -> None:
    all_s, news_s, details = evaluate(gold, _run, part="working")
    print(format_report(all_s, news_s, timing=details.timing))
    rows = []
    for am in details.matches_all:
        for p in am.matched:
            if field_agreement(p.gold, p.sys)["fatalities_best"]:
                continue
            fe = dict((k, v) for k, v in (p.sys.get("field_evidence") or {}).items()) \
                if isinstance(p.sys.get("field_evidence"), dict) else p.sys.get("field_evidence")
            rows.append({"article": am.article_id, "cause": cause(p.gold, p.sys),
                         "gold": p.gold.get("fatalities"), "sys": p.sys.get("fatalities"),
                         "type": p.gold.get("sub_event_type"), "date": p.gold.get("date"),
                         "gold_evidence": p.gold.get("evidence"), "sys_field_evidence": fe,
                         "sys_evidence": p.sys.get("evidence")})
    print(Counter(r["cause"] for r in rows))
    print(Counter(r["article"] for r in rows).most_common())
    json.dump({"rows": rows, "system": details.system_events}, open(out, "w"), indent=1, default=str)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
