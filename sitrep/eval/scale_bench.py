"""Scale-out benchmark: throughput of one process, ``--jobs 2`` and two Dask workers side by
side with plain ``en_core_web_md``, the PostgreSQL write rate, and each worker's memory.

    python -m sitrep.eval.scale_bench --articles 20000 --out docs/scale-benchmark.md   (make scale-bench)

The corpus is ``sitrep.eval.newswire`` (templated wire reports, seeded). Each configuration
runs in a fresh process, one after the other, and ingests the whole corpus into its own scratch
PostgreSQL database; its time is wall-clock from before the model (or the workers) load to the
last article stored, incident linking not included (it runs after, in the client, and is timed
once). The three stores are then compared (articles, events, ids, failures). The write rate is
the time to write the one-process run's articles and events again into an empty database, one
transaction per article. Worker memory is each worker's resident size after each partition.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

ADMIN_URL = os.environ.get("SITREP_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
CONFIGS = ("plain", "sitrep-1", "jobs-2", "dask-2")
LABELS = {"plain": "plain en_core_web_md `nlp.pipe` (1 process)",
          "sitrep-1": "sitrep ingest, 1 process", "jobs-2": "sitrep ingest --jobs 2",
          "dask-2": "sitrep ingest --engine dask --workers 2"}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _articles(path: str) -> list:
    from sitrep.ingest import IngestFailure, read_inputs

    return [a for a in read_inputs([path]) if not isinstance(a, IngestFailure)]


def run_config(config: str, corpus: str, url: str | None, partition_size: int,
               limit: int | None = None) -> dict:
    """One configuration over the corpus (its first ``limit`` articles), in this process; what
    it measured."""
    articles = _articles(corpus)[:limit]
    started = time.perf_counter()
    cpu = time.process_time()
    if config == "plain":
        from sitrep.nlp.pipeline import load_base_model

        nlp = load_base_model("md")
        for _ in nlp.pipe((a.text for a in articles), batch_size=16):
            pass
        return {"articles": len(articles), "seconds": time.perf_counter() - started, "peak_mb": _peak_mb(),
                "cpu_seconds": time.process_time() - cpu}
    from sitrep.store import store_from_url

    with store_from_url(url) as store:
        if config == "sitrep-1":
            from sitrep.store.runs import ingest_articles

            stats = ingest_articles(store, articles)
            memory = None
        else:
            from sitrep.batch import DaskPool, ProcessPool, WorkerMemory, ingest_parallel

            memory = WorkerMemory()
            pool = ProcessPool(2) if config == "jobs-2" else DaskPool(workers=2)
            with pool:
                stats = ingest_parallel(store, articles, pool, partition_size=partition_size,
                                        memory=memory)
        seconds = time.perf_counter() - started
        out = {"articles": stats.stored, "failed": stats.failed, "events": stats.events,
               "seconds": seconds, "peak_mb": _peak_mb(), "cpu_seconds": time.process_time() - cpu}
        if memory is not None:
            out["worker_cpu_seconds"] = memory.cpu_seconds
            out["workers"] = [{"pid": pid, "peak_mb": memory.peak[pid], "rss_mb": rss}
                              for pid, rss in sorted(memory.rss.items())]
        if config == "sitrep-1":
            from sitrep.incidents import update_incidents

            linking = time.perf_counter()
            linked = update_incidents(store, [a.id for a in articles])
            out["link_seconds"] = time.perf_counter() - linking
            out["incidents_written"] = linked.incidents_written
    return out


def write_rate(source_url: str, target_url: str) -> dict:
    """Articles and events of ``source_url`` written again into ``target_url``, one
    transaction per article (``write_extraction``), timed."""
    from sitrep.store import store_from_url

    with store_from_url(source_url) as source:
        ids = [r[0] for r in source._exec("SELECT id FROM articles ORDER BY id").fetchall()]
        loaded = [(a, source.query_events(article_id=a.id)) for a in source.get_articles(ids)]
    with store_from_url(target_url) as target:
        started = time.perf_counter()
        for article, events in loaded:
            target.write_extraction(article, events, pipeline_version=events[0].pipeline_version
                                    if events else target_pipeline())
        seconds = time.perf_counter() - started
    return {"articles": len(loaded), "events": sum(len(e) for _, e in loaded), "seconds": seconds}


def target_pipeline() -> str:
    from sitrep.settings import PIPELINE_VERSION

    return PIPELINE_VERSION


def _same_store(urls: list[str], *, limit: int | None = None) -> bool:
    """Whether the stores hold the same articles, events (ids included) and failures (of the
    articles the first store holds, when it ran on the first ``limit`` only)."""
    from sitrep.store import store_from_url

    seen = []
    for url in urls:
        with store_from_url(url) as store:
            snap = store.snapshot()
        seen.append({k: snap[k] for k in ("articles", "events", "failures")})
    if limit:
        ids = {row[0] for row in seen[0]["articles"]}
        seen = [{"articles": [r for r in s["articles"] if r[0] in ids],
                 "events": [r for r in s["events"] if r[1] in ids],
                 "failures": [r for r in s["failures"] if r[4] in ids]} for s in seen]
    return all(s == seen[0] for s in seen[1:])


@contextmanager
def scratch_databases(n: int):
    import psycopg

    names = [f"sitrep_bench_{uuid.uuid4().hex[:12]}" for _ in range(n)]
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        for name in names:
            conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield [ADMIN_URL.rsplit("/", 1)[0] + "/" + name for name in names]
    finally:
        with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _in_subprocess(config: str, corpus: str, url: str | None, partition_size: int,
                   limit: int | None) -> dict:
    cmd = [sys.executable, "-m", "sitrep.eval.scale_bench", "--only", config, "--corpus", corpus,
           "--partition-size", str(partition_size)] + (["--db", url] if url else []) + \
        (["--limit", str(limit)] if limit else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "(uptime not available)"


def report(results: dict, *, n: int, words: float, same: bool, writes: dict, before: str,
           after: str, partition_size: int, baseline: int | None = None,
           full: list[str] | None = None) -> str:
    plain = results["plain"]["articles"] / results["plain"]["seconds"]
    one = results["sitrep-1"]["articles"] / results["sitrep-1"]["seconds"]
    lines = [
        "# Scale-out benchmark", "",
        f"Generated by `make scale-bench` ({time.strftime('%Y-%m-%d', time.gmtime())}, "
        f"`python -m sitrep.eval.scale_bench {' '.join(sys.argv[1:])}`). Do not edit by hand.", "",
        f"Corpus: {n} articles from `sitrep.eval.newswire` (templated wire reports written for "
        f"sitrep, {words:.0f} words on average). Machine: {os.cpu_count()} cores; partitions of "
        f"{partition_size} articles. Each row ran alone, one after the other, into its own "
        "PostgreSQL database; times are wall-clock including model and worker start-up, "
        "excluding incident linking."
        + (f" Rows other than {', '.join(LABELS[c].replace('`', '') for c in full or [])} ran on the first "
           f"{baseline} articles only (`--baseline-articles`: the machine was shared and time was "
           "short; a rate is steady after the first partitions)." if baseline else ""), "",
        "| run | articles | seconds |", "| --- | ---: | ---: |",
        *[f"| {LABELS[c]} | {results[c]['articles']} | {results[c]['seconds']:.0f} |" for c in CONFIGS], "",
        f"Load before: `{before}`", "",
        f"Load after: `{after}`", "",
        "| run | articles/s | x one process | per core vs plain | CPU ms per article (workers + client) | peak memory per process (MB) |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for config in CONFIGS:
        r = results[config]
        rate = r["articles"] / r["seconds"]
        cores = 2 if config in ("jobs-2", "dask-2") else 1
        peaks = (", ".join(f"{w['peak_mb']:.0f}" for w in r["workers"]) + f" (workers); client {r['peak_mb']:.0f}"
                 if "workers" in r else f"{r['peak_mb']:.0f}")
        cpu = 1000 * (r["cpu_seconds"] + r.get("worker_cpu_seconds", 0)) / r["articles"]
        split = (f" ({1000 * r['worker_cpu_seconds'] / r['articles']:.1f} + {1000 * r['cpu_seconds'] / r['articles']:.1f})"
                 if "worker_cpu_seconds" in r else "")
        lines.append(f"| {LABELS[config]} | {rate:.1f} | {'' if config == 'plain' else f'{rate / one:.2f}'} | "
                     f"{rate / cores / plain:.0%} | {cpu:.1f}{split} | {peaks} |")
    one_run = results["sitrep-1"]
    lines += [
        "",
        "CPU time depends far less than wall-clock time on how busy the machine was: on an idle machine two workers "
        "approach two cores' worth of the one process's rate, less the client's share (the CPU of "
        "PostgreSQL's server processes is counted in no row).",
        "",
        f"Events: {one_run['events']} from {one_run['articles']} articles ({one_run['failed']} failed). "
        f"The three sitrep stores hold {'the same' if same else 'DIFFERENT'} articles, events, ids and failures.",
        "",
        f"Incident linking after the one-process run (`update_incidents`, in the client): "
        f"{one_run['link_seconds']:.1f} s, {one_run['incidents_written']} incidents.",
        "",
        f"PostgreSQL write rate (one process, one transaction per article, `write_extraction`): "
        f"{writes['articles'] / writes['seconds']:.0f} articles/s, {writes['events'] / writes['seconds']:.0f} events/s "
        f"({writes['articles']} articles, {writes['events']} events in {writes['seconds']:.1f} s).",
        "",
        "Worker memory (resident MB after each worker's first partition -> after its last; partitions run):",
        "",
    ]
    for config in ("jobs-2", "dask-2"):
        for w in results[config]["workers"]:
            rss = w["rss_mb"]
            lines.append(f"- {config} worker {w['pid']}: {rss[0]:.0f} -> {rss[-1]:.0f} "
                         f"({rss[-1] - rss[0]:+.0f}), {len(rss)} partitions, peak {w['peak_mb']:.0f}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--partition-size", type=int, default=1000)
    parser.add_argument("--out", help="markdown file to write (default: stdout)")
    parser.add_argument("--baseline-articles", type=int, default=None,
                        help="run the configurations not named by --full on the corpus's first N "
                             "articles only (their rates are steady; saves time on a busy machine)")
    parser.add_argument("--full", action="append", choices=CONFIGS, default=None,
                        help="a configuration run on the whole corpus when --baseline-articles is "
                             "given (repeatable; default: jobs-2 and dask-2)")
    parser.add_argument("--limit", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--only", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.only:
        print(json.dumps(run_config(args.only, args.corpus, args.db, args.partition_size, args.limit)))
        return 0
    from sitrep.eval.newswire import newswire

    with tempfile.TemporaryDirectory() as tmp, scratch_databases(4) as urls:
        corpus = str(Path(tmp) / "newswire.jsonl")
        words = 0
        with open(corpus, "w", encoding="utf-8") as handle:
            for record in newswire(args.articles):
                words += len(record["text"].split())
                handle.write(json.dumps(record) + "\n")
        before = _uptime()
        full = args.full or ["jobs-2", "dask-2"]
        results = {}
        for config, url in zip(CONFIGS, [None, *urls[:3]]):
            limit = None if config in full else args.baseline_articles
            results[config] = _in_subprocess(config, corpus, url, args.partition_size, limit)
            print(f"scale-bench: {config}: {json.dumps({k: v for k, v in results[config].items() if k != 'workers'})}",
                  file=sys.stderr)
        after = _uptime()
        same = _same_store(urls[:3], limit=args.baseline_articles)
        writes = write_rate(urls[0], urls[3])
    text = report(results, n=args.articles, words=words / max(args.articles, 1), same=same,
                  writes=writes, before=before, after=after, partition_size=args.partition_size,
                  baseline=args.baseline_articles, full=full)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
