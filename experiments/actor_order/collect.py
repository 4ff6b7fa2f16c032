"""The rules' matched events of the WORKING part of a gold file whose two actors are of different
types, with their order features (features.py) and the gold's label: "swap" when the reversed
order agrees with more of the gold's two actor types than the rules' order, "keep" when the
rules' order does (ties, and excessive force against protesters, which the scorer compares as a
set, are left out). usage: collect.py GOLD OUT.json"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from features import order_features  # noqa: E402

from sitrep.eval.matching import match_article  # noqa: E402
from sitrep.eval.runner import load_gold, split_part  # noqa: E402
from sitrep.events.extractor import Extractor  # noqa: E402
from sitrep.model import Article  # noqa: E402

ORDERLESS = {"excessive_force_against_protesters"}


def label(gold: dict, sys_event: dict) -> bool | None:
    """True for "swap", False for "keep", None for an event left out."""
    s1, s2 = sys_event.get("actor1_type"), sys_event.get("actor2_type")
    if s1 is None or s2 is None or s1 == s2 or sys_event.get("sub_event_type") in ORDERLESS:
        return None
    g1, g2 = gold.get("actor1_type"), gold.get("actor2_type")
    keep, swap = (g1 == s1) + (g2 == s2), (g1 == s2) + (g2 == s1)
    return None if keep == swap else swap > keep


def main(gold_path: str, out: str) -> None:
    extractor = Extractor(calibrated=False)
    golds = split_part(load_gold(gold_path), "working")
    articles = [Article(id=Article.make_id(text=g.text, url=g.url), text=g.text, published=g.published, url=g.url)
                for g in golds]
    rows = []
    for gold, article, doc in zip(golds, articles, extractor.nlp.pipe((extractor.new_doc(a) for a in articles),
                                                                       batch_size=16)):
        events = extractor.events_from_doc(doc, article)
        dicts = [e.to_dict() for e in events]
        for pair in match_article(gold.events, dicts, gold.id).matched:
            swap = label(pair.gold, pair.sys)
            if swap is not None:
                rows.append({"article": gold.id, "features": order_features(events[pair.sys_index], doc),
                             "swap": swap})
    Path(out).write_text(json.dumps(rows), encoding="utf-8")
    print(f"{len(rows)} labelled events from {len({r['article'] for r in rows})} articles, "
          f"{sum(r['swap'] for r in rows)} in the reversed order")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
