"""Build the sentence dataset of the working part (run with the sitrep venv).

One row per sentence of each working-part article, as the sitrep pipeline splits it
(``sitrep.nlp.sentences.sentences``). Label: the gold sub-type of an event whose evidence
overlaps the sentence (the most frequent one when several), else "none". Also kept: the rule
events whose trigger (or first evidence span) lies in the sentence and whether the evaluation
matched them, and the gold events the rules missed. Writes sentences.jsonl, articles.jsonl
(gold + system event dicts for re-scoring) and wordvec.npy into OUT.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from sitrep.eval.matching import match_article
from sitrep.eval.runner import load_gold, split_part
from sitrep.events.extractor import Extractor
from sitrep.events.learned_features import _sentence_keys, trigger_span
from sitrep.model import Article
from sitrep.nlp.sentences import sentences


def _sent_of(spans, start: int) -> int | None:
    for i, (s, e) in enumerate(spans):
        if s <= start < e:
            return i
    return None


def main(gold_path: str, out: str) -> None:
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    extractor = Extractor()
    golds = split_part(load_gold(gold_path), "working")
    articles = [Article(id=Article.make_id(text=g.text, url=g.url), text=g.text, published=g.published, url=g.url)
                for g in golds]
    docs = extractor.nlp.pipe((extractor.new_doc(a) for a in articles), batch_size=16)
    rows, vecs, arts = [], [], []
    for gold, article, doc in zip(golds, articles, docs):
        events = extractor.events_from_doc(doc, article)
        sys_dicts = [e.to_dict() for e in events]
        match = match_article(gold.events, sys_dicts, gold.id)
        sys_matched = {p.sys_index: p.gold_index for p in match.matched}
        gold_matched = {p.gold_index for p in match.matched}
        sents = sentences(doc)
        spans = [(s.start_char, s.end_char) for s in sents]
        gold_in: list[list[int]] = [[] for _ in sents]
        for gi, g in enumerate(gold.events):
            ev = g.get("evidence") or ""
            start = gold.text.find(ev) if ev else -1
            if start < 0:
                continue
            end = start + len(ev)
            for si, (s, e) in enumerate(spans):
                if s < end and start < e:
                    gold_in[si].append(gi)
        sys_in: list[list[int]] = [[] for _ in sents]
        sys_sent = []
        for j, e in enumerate(events):
            trig = trigger_span(e, doc)
            start = trig.start_char if trig is not None else (e.evidence[0].start_char if e.evidence else -1)
            si = _sent_of(spans, start)
            sys_sent.append(si)
            if si is not None:
                sys_in[si].append(j)
        for si, sent in enumerate(sents):
            subs = [gold.events[gi]["sub_event_type"] for gi in gold_in[si]]
            label = Counter(subs).most_common(1)[0][0] if subs else "none"
            rows.append({
                "article": gold.id, "sent": si, "text": sent.text, "label": label,
                "gold": [{"i": gi, "sub": gold.events[gi]["sub_event_type"], "type": gold.events[gi]["event_type"],
                          "missed": gi not in gold_matched} for gi in gold_in[si]],
                "rules": [{"j": j, "sub": events[j].sub_event_type, "type": events[j].event_type,
                           "matched": j in sys_matched} for j in sys_in[si]],
                "keys": _sentence_keys(sent),
            })
            v = np.asarray(sent.vector, dtype=np.float32)
            n = float(np.linalg.norm(v))
            vecs.append(v / n if n else v)
        arts.append({"article": gold.id, "gold": gold.events, "system": sys_dicts, "sys_sent": sys_sent})
    with open(out_dir / "sentences.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")
    with open(out_dir / "articles.jsonl", "w") as f:
        for a in arts:
            f.write(json.dumps(a, default=str) + "\n")
    np.save(out_dir / "wordvec.npy", np.vstack(vecs))
    print(len(rows), "sentences,", sum(r["label"] != "none" for r in rows), "with a gold event;",
          len(arts), "articles", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
