"""Weak mentions of the WORKING part of a gold file, with features read without gold, and the
article's events with them kept (the drop of weak mentions in ``merge_mentions`` is switched
off in this process only). usage: collect.py GOLD OUT.pkl"""
import inspect
import pickle
import re
import sys

import sitrep.events.merge as M
import sitrep.events.extractor as X
from sitrep.eval.runner import load_gold, split_part

src = inspect.getsource(M.merge_mentions)
assert "    kept = [m for m in kept if not m.weak]\n" in src
src = src.replace("    kept = [m for m in kept if not m.weak]\n",
                  "    _STATE['merged'] = list(kept)\n")
M._STATE = {}
ns = M.__dict__
exec(compile(src, M.__file__, "exec"), ns)
X.merge_mentions = M.merge_mentions

orig_freeze = X.freeze_events
def freeze(mentions, **kw):
    M._STATE['final_mentions'] = list(mentions)
    return orig_freeze(mentions, **kw)
X.freeze_events = freeze

QUOTE = re.compile(r'["“”]')
MODALS = {"could", "would", "might", "may", "will", "should", "can", "must"}

def feats(m, mentions, doc):
    sents = list(doc.sents)
    si = next((k for k, s in enumerate(sents) if s.start_char <= m.trigger.start_char < s.end_char), 0)
    span = doc.char_span(m.trigger.start_char, m.trigger.end_char, alignment_mode="expand")
    root = span.root if span is not None else None
    head = root.head if root is not None else None
    sent = sents[si]
    kids = list(root.children) if root is not None else []
    hkids = list(head.children) if head is not None else []
    others = [o for o in mentions if o is not m and not o.weak]
    para = doc.text.count("\n\n", 0, m.trigger.start_char)
    return {
        "sub_type": m.sub_event_type, "event_type": m.event_type,
        "lemma": root.lemma_.lower() if root is not None else "",
        "tag": root.tag_ if root is not None else "", "dep": root.dep_ if root is not None else "",
        "head_tag": head.tag_ if head is not None else "",
        "has_actor1": m.actor1 is not None, "has_actor2": m.actor2 is not None,
        "has_toll": m.fatalities.best is not None, "has_injured": m.injured is not None,
        "sent_index": si, "sent_rel": si / max(1, len(sents)), "para_index": para,
        "is_first_sent": si == 0,
        "quote": bool(QUOTE.search(sent.text)),
        "neg": any(c.dep_ == "neg" for c in kids + hkids),
        "modal": any(c.lower_ in MODALS for c in kids + hkids),
        "has_country": m.location is not None,
        "n_kept": len(others),
        "same_sub_kept": any(o.sub_event_type == m.sub_event_type for o in others),
        "same_type_kept": any(o.event_type == m.event_type for o in others),
        "background": m.background, "anaphoric": m.anaphoric, "plural": m.plural,
        "n_flags": len(m.flags), "flags": sorted(f.value for f in m.flags),
        "date_prec": m.date_precision, "has_date": m.date is not None,
        "n_sources": len(m.sources),
        "sent_len": len(sent),
    }

from sitrep.nlp.extractor import extract_events

gold = split_part(load_gold(sys.argv[1]), "working")
out = []
orig_efd = X.Extractor.events_from_doc
def efd(self, doc, article):
    M._STATE['doc'] = doc
    return orig_efd(self, doc, article)
X.Extractor.events_from_doc = efd
for k, art in enumerate(gold):
    M._STATE.clear()
    events = [e.to_dict() for e in extract_events(art.text, published=art.published, url=art.url)]
    fm = M._STATE.get('final_mentions', [])
    doc = M._STATE.get('doc')
    weak_idx = [i for i, m in enumerate(fm) if m.weak]
    if len(fm) != len(events):
        print("LEN MISMATCH", art.id, len(fm), len(events), file=sys.stderr)
        weak_idx = []
    rows = [feats(fm[i], fm, doc) for i in weak_idx]
    out.append({"id": art.id, "events": events, "weak_idx": weak_idx, "rows": rows, "gold": art.events})
    if k % 25 == 0:
        print(k, art.id, len(events), len(weak_idx), file=sys.stderr, flush=True)
pickle.dump(out, open(sys.argv[2], "wb"))
