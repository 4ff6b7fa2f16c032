"""For each fatalities disagreement (from fatal_table.py's output): the casualties read in each
sentence of the gold evidence and in the system event's trigger sentence."""
import json
import sys

from sitrep.events.extractor import default_extractor
from sitrep.model import Article
from sitrep.nlp.casualties import find_casualties, sentence_casualties

rows = json.load(open(sys.argv[1]))["rows"]
from sitrep.eval.runner import load_gold, split_part  # noqa: E402

_working = {a.id for a in split_part(load_gold("../shared/eval/dev.jsonl"), "working")}
gold = {d["id"]: d for d in map(json.loads, open("../shared/eval/dev.jsonl")) if d["id"] in _working}
ex = default_extractor()
only = sys.argv[2] if len(sys.argv) > 2 else None
for r in rows:
    if only and r["cause"] != only:
        continue
    art = gold[r["article"]]
    doc = ex.nlp(ex.new_doc(Article(id=art["id"], text=art["text"], published=art["published"])))
    print("=====", r["cause"], r["article"], r["type"], "gold", r["gold"]["best"], "sys", r["sys"]["best"])
    ev = " ".join((r["gold_evidence"] or "").split())
    trig = (r["sys_field_evidence"] or {}).get("sub_event_type") or {}
    for s in doc.sents:
        st = " ".join(s.text.split())
        in_gold = st and st[:60] in ev
        in_sys = trig and s.start_char <= trig["start_char"] < s.end_char
        if in_gold or in_sys:
            c = find_casualties(s)
            tag = ("G" if in_gold else "-") + ("S" if in_sys else "-")
            print(f"  [{tag}] own={c.killed.best} ev={c.killed_evidence.text if c.killed_evidence else None!r} :: {st[:260]}")
            if in_sys:
                print("      trigger:", trig.get("text"))
