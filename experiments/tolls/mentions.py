"""The mentions of the sentences of an article that state a toll, before merging: trigger,
type, date, anaphoric, toll. ``python mentions.py ARTICLE_ID [WORD]`` (working part only)."""
import json
import sys

from sitrep.events.assembly import assemble_mentions
from sitrep.events.extractor import default_extractor
from sitrep.model import Article

from sitrep.eval.runner import load_gold, split_part  # noqa: E402

_working = {a.id for a in split_part(load_gold("../shared/eval/dev.jsonl"), "working")}
gold = {d["id"]: d for d in map(json.loads, open("../shared/eval/dev.jsonl")) if d["id"] in _working}
ex = default_extractor()
for aid in sys.argv[1].split(","):
    art = gold[aid]
    a = Article(id=aid, text=art["text"], published=art["published"])
    doc = ex.nlp(ex.new_doc(a))
    ctx = ex.context(doc, published=a.published, url=None)
    ms = assemble_mentions(doc, ctx)
    print("##", aid)
    by = {}
    for m in ms:
        by.setdefault(m.sentence.start_char, []).append(m)
    for start, group in by.items():
        if not any(m.fatalities.best is not None for m in group) and len(sys.argv) < 3:
            continue
        print("  S:", " ".join(group[0].sentence.text.split())[:300])
        for m in group:
            print(f"     {m.trigger.text!r} {m.sub_event_type} {m.date} anaph={m.anaphoric} fat={m.fatalities.best} flags={sorted(f.name for f in m.flags)}")
