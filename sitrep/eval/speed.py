"""Throughput and peak memory of extraction, side by side with the plain spaCy model.

``python -m sitrep.eval.speed TEXTS.jsonl`` runs, each in a fresh process pinned to one core
(when ``taskset`` is available): plain ``en_core_web_md`` ``nlp.pipe`` over the texts, then
sitrep's ``Extractor.extract_many`` over the same texts, the two alternating for ``--rounds``
rounds (a shared machine's speed drifts from minute to minute; the figures are medians and the
ratio is the median of the rounds' ratios). Model loading and a warm-up are not timed. It prints
articles per second of both, their ratio, and each process's peak resident memory. TEXTS is anything ``sitrep ingest`` reads (a JSONL gold file will do).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import time

BATCH = 16


def _articles(path: str) -> list:
    """The readable articles of ``path`` (the ingest readers: JSONL, text, HTML, folders)."""
    from sitrep.ingest import IngestFailure, read_inputs

    return [a for a in read_inputs([path]) if not isinstance(a, IngestFailure)]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def run_plain(path: str) -> dict:
    """Plain en_core_web_md over the texts (the pipeline sitrep builds on)."""
    from sitrep.nlp.pipeline import load_base_model

    articles = _articles(path)
    nlp = load_base_model("md")
    list(nlp.pipe([a.text for a in articles[:BATCH]], batch_size=BATCH))
    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=BATCH):
        pass
    seconds = time.perf_counter() - start
    return {"articles": len(articles), "seconds": seconds, "peak_mb": _peak_mb()}


def run_sitrep(path: str) -> dict:
    """sitrep's Extractor over the same texts (pipeline, events, calibrated confidence)."""
    from sitrep.events.extractor import Extractor

    articles = _articles(path)
    extractor = Extractor()
    list(extractor.extract_many(articles[:BATCH], batch_size=BATCH))
    start = time.perf_counter()
    events = failed = 0
    for _, result in extractor.extract_many(articles, batch_size=BATCH):
        if isinstance(result, Exception):
            failed += 1
        else:
            events += len(result)
    seconds = time.perf_counter() - start
    return {"articles": len(articles), "seconds": seconds, "peak_mb": _peak_mb(), "events": events,
            "failed": failed}


def _in_subprocess(kind: str, path: str, *, pin: bool) -> dict:
    cmd = [sys.executable, "-m", "sitrep.eval.speed", path, "--only", kind]
    if pin and shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", help="JSONL with a 'text' field per line")
    parser.add_argument("--only", choices=["plain", "sitrep"], help=argparse.SUPPRESS)
    parser.add_argument("--no-pin", action="store_true", help="do not pin the runs to one core")
    parser.add_argument("--rounds", type=int, default=3,
                        help="alternate the two runs this many times and report medians (default 3)")
    args = parser.parse_args(argv)
    if args.only:
        print(json.dumps((run_plain if args.only == "plain" else run_sitrep)(args.texts)))
        return 0
    if args.rounds < 1:
        parser.error(f"--rounds {args.rounds}: give at least 1 round")
    articles = _articles(args.texts)
    words = sum(len(a.text.split()) for a in articles) / max(len(articles), 1)
    rounds = [(_in_subprocess("plain", args.texts, pin=not args.no_pin),
               _in_subprocess("sitrep", args.texts, pin=not args.no_pin)) for _ in range(args.rounds)]
    rates_plain = [plain["articles"] / plain["seconds"] for plain, _ in rounds]
    rates_ours = [ours["articles"] / ours["seconds"] for _, ours in rounds]
    ratios = [o / p for o, p in zip(rates_ours, rates_plain)]
    ours = rounds[-1][1]
    print(f"texts: {len(articles)} articles, {words:.0f} words on average; one process each"
          f"{'' if args.no_pin or not shutil.which('taskset') else ', pinned to one core'}")
    print(f"rounds: {args.rounds} (sitrep / plain each round: {', '.join(f'{r:.0%}' for r in ratios)});"
          " figures below are medians, peaks the highest")
    print(f"plain en_core_web_md nlp.pipe: {statistics.median(rates_plain):6.2f} articles/s"
          f"   peak {max(p['peak_mb'] for p, _ in rounds):5.0f} MB")
    print(f"sitrep extract:                {statistics.median(rates_ours):6.2f} articles/s"
          f"   peak {max(o['peak_mb'] for _, o in rounds):5.0f} MB"
          f"   ({ours['events']} events, {ours['failed']} failed)")
    print(f"sitrep / plain: {statistics.median(ratios):.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
