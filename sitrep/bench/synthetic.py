"""Synthetic conflict reports with a known truth: a million events for benchmarks.

    from sitrep.bench.synthetic import synthetic_articles, synthetic_events

    for item in synthetic_articles(1_000_000, seed=0):   # Article + its Events, in publication order
        store.write_extraction(item.article, item.events)
    for report in synthetic_events(1_000, seed=0):        # one event at a time, with its truth
        report.event, report.happening

What the linker meets in real news, drawn from ``data/hotspots.json``: happenings clustered
around real conflict hotspots (a town or a site within ~40 km of it), on a timeline of several
years with bursts (an offensive multiplies a country's rate for weeks), typed by each
country's ACLED sub-type mix, with named actors and tolls. Each happening is told by 1-10
reports (most by one) that differ as reports do: dates a day or two off or only the
publication date, the place a few km away or only the province or the country, tolls that rise,
an actor unnamed. Look-alikes (the same kind of thing at the same place a few days later) are
distinct happenings. ``happening`` is the truth a linker is scored against.

The stream is endless and deterministic for a seed (Python's ``random.Random``); the first
n events of a longer stream are the n events of a shorter one.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import json
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.model import SUB_EVENT_TYPES_BY_TYPE, Actor, Article, Event, Evidence, Fatalities, Place

PIPELINE = "synthetic"
SITES = 40  # places around each hotspot town
_TYPE_OF = {sub: etype for etype, subs in SUB_EVENT_TYPES_BY_TYPE.items() for sub in subs}
_VICTIM_TYPES = {"violence_against_civilians", "explosions_remote_violence"}


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    """One article: its events and, for each, the happening it reports (the truth)."""

    article: Article
    events: tuple[Event, ...]
    happenings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SyntheticEvent:
    """One event of the stream and the happening it reports."""

    event: Event
    happening: str
    article: Article


@dataclass(frozen=True, slots=True)
class _Site:
    name: str
    admin1: str
    country: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class _Happening:
    id: str
    country: str
    site: _Site
    day: dt.date
    sub: str
    actor1: str | None
    actor2: tuple[str, str]  # name, type
    killed: int
    details: tuple[str, ...]


@lru_cache(maxsize=1)
def load_world() -> dict[str, Any]:
    """The shipped ``data/hotspots.json``."""
    return json.loads(resources.files("sitrep.bench").joinpath("data/hotspots.json").read_text("utf-8"))


def _offset(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) towards ``bearing`` (radians), flat-earth close enough."""
    dlat = km * math.cos(bearing) / 111.2
    dlon = km * math.sin(bearing) / (111.2 * max(math.cos(math.radians(lat)), 0.05))
    return round(lat + dlat, 4), round(lon + dlon, 4)


class _World:
    """The places, actors and mixes of the data file, made into weighted choices."""

    def __init__(self, rng: random.Random) -> None:
        data = load_world()
        self.data = data
        self.countries = sorted(data["countries"])
        self.shares = [data["countries"][c]["share"] for c in self.countries]
        self.sites: dict[str, list[_Site]] = {}
        self.site_weights: dict[str, list[float]] = {}
        self.admin1_centre: dict[tuple[str, str], tuple[float, float]] = {}
        for code in self.countries:
            spec = data["countries"][code]
            sites, weights = [], []
            for name, admin1, lat, lon, weight in spec["hotspots"]:
                self.admin1_centre.setdefault((code, admin1), _offset(lat, lon, 35.0, 2.0))
                sites.append(_Site(name, admin1, code, lat, lon))
                weights.append(weight * SITES / 3)  # the town itself: a quarter of its area's
                for k in range(1, SITES + 1):  # villages and sites around it, fixed for the seed
                    slat, slon = _offset(lat, lon, rng.uniform(3, 60), rng.uniform(0, 2 * math.pi))
                    sites.append(_Site(f"{name} site {k}", admin1, code, slat, slon))
                    weights.append(weight)
            self.sites[code], self.site_weights[code] = sites, weights
        self.profiles = {name: (list(p["sub_types"]), list(p["sub_types"].values()), p["killed_mean"])
                         for name, p in data["profiles"].items()}
        self.n_reports = list(range(1, len(data["reports_per_happening"]) + 1))


def _actor_type(name: str) -> str:
    if name.startswith(("Military", "Police")):
        return "state_forces"
    return "unknown" if name.startswith("Unidentified") else "rebel_group"


def _killed(rng: random.Random, mean: float) -> int:
    if rng.random() < 0.4:
        return 0
    return max(1, int(rng.expovariate(1 / mean) + 0.5))


class _Stream:
    """Happenings day by day, their reports queued by publication date."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.world = _World(self.rng)
        data = self.world.data
        self.day = dt.date.fromisoformat(data["start"])
        self.burst = dict.fromkeys(self.world.countries, False)
        self.queue: list[tuple[int, int, Any]] = []  # (published ordinal, order, report)
        self.order = itertools.count()
        self.happening_no = itertools.count()

    def _happening(self, code: str, day: dt.date, like: _Happening | None = None) -> _Happening:
        rng, world = self.rng, self.world
        spec = world.data["countries"][code]
        subs, weights, killed_mean = world.profiles[spec["profile"]]
        if like is None:
            site = rng.choices(world.sites[code], world.site_weights[code])[0]
            sub = rng.choices(subs, weights)[0]
        else:  # a look-alike: the same kind of thing, same place or close, days later
            site, sub = like.site, like.sub
            if rng.random() < 0.3:
                near = [s for s in world.sites[code] if s.admin1 == like.site.admin1]
                site = rng.choice(near)
        etype = _TYPE_OF[sub]
        actor1 = rng.choice(spec["actors"]) if rng.random() < 0.7 else None
        if etype in _VICTIM_TYPES and rng.random() < 0.6:
            actor2 = (world.data["victims"]["civilians"].format(country=spec["name"]), "civilians")
        else:
            other = rng.choice(spec["actors"])
            actor2 = (other, _actor_type(other))
        details = tuple(rng.sample(world.data["details"], 2))
        return _Happening(f"s{self.seed}h{next(self.happening_no):08d}", code, site, day, sub, actor1,
                          actor2, _killed(rng, killed_mean), details)

    def _reports(self, h: _Happening) -> None:
        rng, world = self.rng, self.world
        n = rng.choices(world.n_reports, world.data["reports_per_happening"])[0]
        outlets = world.data["countries"][h.country]["outlets"]
        for k in range(n):
            lag = rng.choices((0, 1, 2, 3, 4, 5), (0.4, 0.35, 0.12, 0.06, 0.04, 0.03))[0]
            published = h.day + dt.timedelta(days=lag)
            outlet = outlets[k % len(outlets)] if k < len(outlets) else f"local-{k}.news"
            heapq.heappush(self.queue, (published.toordinal(), next(self.order), (h, k, published, outlet)))

    def _advance(self) -> None:
        """Draw one day's happenings (and their look-alikes) and queue their reports."""
        rng, world, data = self.rng, self.world, self.world.data
        burst = data["burst"]
        for code in world.countries:
            flip = burst["end_per_day"] if self.burst[code] else burst["start_per_day"]
            if rng.random() < flip:
                self.burst[code] = not self.burst[code]
        for code, share in zip(world.countries, world.shares):
            rate = data["happenings_per_day"] * share * (burst["factor"] if self.burst[code] else 1.0)
            for _ in range(_poisson(rng, rate)):
                h = self._happening(code, self.day)
                self._reports(h)
                if rng.random() < data["look_alike_share"]:
                    later = self.day + dt.timedelta(days=rng.choice((0, 1, 1, 2, 3)))
                    self._reports(self._happening(code, later, like=h))
        self.day += dt.timedelta(days=1)

    def articles(self) -> Iterator[tuple[dt.date, str, list[tuple[_Happening, int]]]]:
        """(published, outlet, reports) per article, in publication order: most articles tell
        one happening; some tell two or three of one country that day, from one outlet."""
        while True:
            while not self.queue or self.queue[0][0] >= self.day.toordinal():
                self._advance()
            today = self.queue[0][0]
            batch = []
            while self.queue and self.queue[0][0] == today:
                batch.append(heapq.heappop(self.queue)[2])
            i = 0
            while i < len(batch):
                h, k, published, outlet = batch[i]
                group = [(h, k)]
                j = i + 1
                while j < len(batch) and len(group) < 3 and self.rng.random() < 0.15 and \
                        batch[j][0].country == h.country and batch[j][3] == outlet and \
                        all(batch[j][0].id != g.id for g, _ in group):
                    group.append((batch[j][0], batch[j][1]))
                    j += 1
                yield published, outlet, group
                i = j


def _poisson(rng: random.Random, lam: float) -> int:
    if lam > 30:  # normal approximation, fine for counts of a day
        return max(0, int(rng.gauss(lam, math.sqrt(lam)) + 0.5))
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _report(stream: _Stream, h: _Happening, published: dt.date) -> dict[str, Any]:
    """How one source tells happening ``h``: the fields that vary between reports."""
    rng, world = stream.rng, stream.world
    spec = world.data["countries"][h.country]
    flags: list[str] = []
    roll = rng.random()
    day = h.day + dt.timedelta(days=0 if roll < 0.7 else rng.choice((-1, 1)) if roll < 0.9 else rng.choice((-2, 2)))
    if rng.random() < 0.08:
        day, flags = published, ["date_from_publication"]
    precision = "week" if rng.random() < 0.03 else "day"
    roll = rng.random()
    site = h.site
    if roll < 0.6:
        place = Place(site.name, site.name, site.admin1, site.country, site.lat, site.lon, "town")
    elif roll < 0.8:  # a few km off, named after what the source saw
        lat, lon = _offset(site.lat, site.lon, rng.uniform(1, 8), rng.uniform(0, 2 * math.pi))
        place = Place(f"near {site.name}", f"near {site.name}", site.admin1, site.country, lat, lon, "town")
    elif roll < 0.95:
        lat, lon = world.admin1_centre[(h.country, site.admin1)]
        place = Place(site.admin1, site.admin1, site.admin1, site.country, lat, lon, "admin1")
    else:
        lat, lon = spec["centroid"]
        place = Place(spec["name"], spec["name"], None, site.country, lat, lon, "country")
    killed: int | None = h.killed
    roll = rng.random()
    if roll < 0.2:
        killed = None
    elif roll < 0.45:
        killed = int(h.killed * rng.uniform(0.5, 1.0))  # an early count
    elif roll < 0.7:
        killed = int(h.killed * rng.uniform(1.0, 1.6) + 0.5)  # bodies found later
    actor1 = h.actor1
    if actor1 is None or rng.random() < 0.2:
        actor1 = world.data["victims"]["unnamed"].format(country=spec["name"])
        flags.append("actor1_unnamed")
    elif rng.random() < 0.1:
        actor1 = actor1.split(" (")[0].split(":")[0]  # a short form of the name
    return {"day": day, "precision": precision, "place": place, "killed": killed, "actor1": actor1,
            "flags": tuple(flags), "reported_by": (rng.choice(world.data["reported_by"]),)}


def _sentence(stream: _Stream, h: _Happening, report: dict[str, Any]) -> str:
    rng, data = stream.rng, stream.world.data
    verb = rng.choice(data["verbs"][_TYPE_OF[h.sub]])
    filler = " ".join(rng.sample(data["filler"], 3))
    toll = f", killing {report['killed']}" if report["killed"] else ""
    return (f"{verb.capitalize()} at a {h.details[0]} by the {h.details[1]} in "
            f"{report['place'].mention or report['place'].name}{toll}, {filler} said "
            f"{report['reported_by'][0]}.")


def synthetic_articles(n_events: int | None = None, *, seed: int = 0) -> Iterator[SyntheticArticle]:
    """Articles in publication order, ``n_events`` events in all (None: endless)."""
    stream = _Stream(seed)
    told = stream.articles()
    emitted = 0
    for number in itertools.count():
        if n_events is not None and emitted >= n_events:
            return
        published, outlet, group = next(told)
        if n_events is not None:
            group = group[:n_events - emitted]
        article_id = f"s{seed}a{number:08d}"
        events, sentences, start = [], [], 0
        for h, _ in group:
            report = _report(stream, h, published)
            text = _sentence(stream, h, report)
            place = report["place"]
            event = Event(
                id=f"{article_id}e{len(events)}", article_id=article_id, event_type=_TYPE_OF[h.sub],  # type: ignore[arg-type]
                sub_event_type=h.sub, date=report["day"].isoformat(), date_precision=report["precision"],  # type: ignore[arg-type]
                location=place, actor1=Actor(report["actor1"], _actor_type(report["actor1"])),
                actor2=Actor(*h.actor2),  # type: ignore[arg-type]
                fatalities=Fatalities(report["killed"]), reported_by=report["reported_by"],
                confidence=round(stream.rng.uniform(0.4, 0.95), 3),
                evidence=(Evidence(start, start + len(text), text),), flags=report["flags"],
                pipeline_version=PIPELINE,
            )
            events.append(event)
            sentences.append(text)
            start += len(text) + 1
        emitted += len(events)
        article = Article(id=article_id, text=" ".join(sentences), published=published.isoformat(),
                          title=sentences[0][:80], url=f"https://{outlet}/{published:%Y/%m/%d}/{article_id}",
                          source="synthetic")
        yield SyntheticArticle(article, tuple(events), tuple(h.id for h, _ in group))


def synthetic_events(n: int, *, seed: int = 0) -> Iterator[SyntheticEvent]:
    """The first ``n`` events of the stream, one at a time, each with its happening."""
    for item in synthetic_articles(n, seed=seed):
        for event, happening in zip(item.events, item.happenings):
            yield SyntheticEvent(event, happening, item.article)
