"""A generator of wire-style conflict reports for throughput benchmarks, seeded and the same on
every machine: a headline, a dated lead stating one event (air strike, shelling, attack,
clash, bomb, abduction or protest) at a real place, then follow-up, background and context
sentences, 90-200 words (about 130 on average) in 2-5 paragraphs. The sentences are templates written for sitrep
(``data/newswire.json``), recombined at random; they read like news, they are not news.

    python -m sitrep.eval.newswire 20000 > corpus.jsonl
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from functools import cache
from importlib import resources


@cache
def _templates() -> dict:
    return json.loads(resources.files("sitrep.eval").joinpath("data/newswire.json").read_text("utf-8"))


def newswire(n: int, *, seed: int = 2024) -> Iterator[dict]:
    """``n`` records ``{id, title, published, text}`` (JSONL lines of ``sitrep ingest``)."""
    data = _templates()
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    for i in range(n):
        town, province, country, forces, armed = rng.choice(data["places"])
        other = rng.choice([p for p in data["places"] if p[2] == country and p[0] != town] or data["places"])[0]
        kind = rng.choice(list(data["leads"]))
        published = start + dt.timedelta(days=rng.randrange(6 * 365))
        day = data["weekdays"][(published - dt.timedelta(days=rng.randrange(0, 3))).weekday()]
        values = dict(town=town, province=province, country=country, forces=forces, armed=armed,
                      other=other, day=day, n=rng.randrange(2, 60), m=rng.randrange(1, 40),
                      k=rng.randrange(2, 15), year=rng.randrange(2008, published.year),
                      source=rng.choice(data["sources"]))

        def fill(template: str) -> str:
            text = template.format(**values)
            return text[0].upper() + text[1:]

        sentences = [fill(rng.choice(data["leads"][kind]))]
        sentences += [fill(s) for s in rng.sample(data["follow"], rng.randint(3, 5))]
        sentences += [fill(s) for s in rng.sample(data["background"], rng.randint(0, 2))]
        sentences += [fill(s) for s in rng.sample(data["context"], rng.randint(1, 3))]
        paragraphs, at = [], 0
        while at < len(sentences):
            take = rng.randint(1, 3)
            paragraphs.append(" ".join(sentences[at:at + take]))
            at += take
        title = fill(rng.choice(data["headlines"][kind]))
        dateline = f"{town.upper()}, {country.removeprefix('the ')} ({published:%b} {published.day}) -- "
        yield {"id": f"nw-{i:06d}", "title": title, "published": published.isoformat(),
               "text": title + "\n\n" + dateline + "\n\n".join(paragraphs) + "\n"}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or not args[0].isdigit():
        print("usage: python -m sitrep.eval.newswire N [SEED] > corpus.jsonl", file=sys.stderr)
        return 2
    seed = int(args[1]) if len(args) > 1 else 2024
    for record in newswire(int(args[0]), seed=seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
