"""Gold events of the working part with a toll that no sentence of their evidence yields
(``find_casualties`` on each sentence, and on the evidence as a whole): the figures the
sentence reader misses, whatever the matching."""
import json
import sys

from sitrep.eval.runner import load_gold, split_part
from sitrep.events.extractor import default_extractor
from sitrep.model import Article
from sitrep.nlp.casualties import find_casualties

ex = default_extractor()
for art in split_part(load_gold(sys.argv[1]), "working"):
    wanted = [e for e in art.events if (e.get("fatalities") or {}).get("best")]
    if not wanted:
        continue
    doc = ex.nlp(ex.new_doc(Article(id=art.id, text=art.text, published=art.published)))
    for e in wanted:
        ev = " ".join((e.get("evidence") or "").split())
        sents = [s for s in doc.sents if " ".join(s.text.split())[:60] and " ".join(s.text.split())[:60] in ev]
        got = {find_casualties(s).killed.best for s in sents}
        if e["fatalities"]["best"] not in got:
            print(art.id, "gold", e["fatalities"]["best"], "read", sorted(g for g in got if g is not None), "::", ev[:300])
