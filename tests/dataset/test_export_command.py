"""`sitrep export` end to end on both backends: real dispatches really ingested (the spaCy
pipeline, the store, linking), then every format written by the command and read back with
pandas, pyarrow, shapely and the standard library, cell by cell against what the store holds."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest

from cli.clitools import run_cli
from sitrep.incidents import incident_of, query_incidents
from sitrep.store import store_from_url

from .articles import write_dispatches

pytestmark = pytest.mark.model

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
GED_SAMPLE = SHARED / "data" / "ucdp-ged-samples" / "ged_global_sample_1000.csv"

# ACLED codebook (2023): the columns in order, and the 'inter' codes by actor type
ACLED_2023 = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]
INTER = {"state_forces": 1, "rebel_group": 2, "political_militia": 3, "identity_militia": 4,
         "rioters": 5, "protesters": 6, "civilians": 7, "external_other": 8}
ACLED_SUB_TYPES = {"air_drone_strike": "Air/drone strike", "armed_clash": "Armed clash",
                   "protest_with_intervention": "Protest with intervention"}
# the countries of the dispatches: ISO numeric, ACLED region, name; GW number, GED name and region
COUNTRIES = {
    "YE": (887, "Middle East", "Yemen", 678, "Yemen (North Yemen)", "Middle East"),
    "ML": (466, "Western Africa", "Mali", 432, "Mali", "Africa"),
    "SD": (729, "Northern Africa", "Sudan", 625, "Sudan", "Africa"),
}
GED_VIOLENCE = {"air_drone_strike": 3, "armed_clash": 1, "protest_with_intervention": None}
FORMATS = ("acled-csv", "ucdp-csv", "geojson", "geoparquet", "jsonl")


@pytest.fixture
def ingested(store_url, tmp_path, nlp) -> str:
    run = run_cli("ingest", write_dispatches(tmp_path / "dispatches.jsonl"), "--db", store_url)
    assert run.exit_code == 0 and "4 articles ingested" in run.stderr, run
    return store_url


def _export(db: str, what: str, fmt: str, path: Path, *args: str) -> Path:
    run = run_cli("export", "--db", db, "--what", what, "--format", fmt, "-o", path, *args)
    assert run.exit_code == 0, run
    assert run.stderr.startswith("sitrep: ") and f"{what} written to {path} ({fmt})" in run.stderr, run
    return path


def _stored(db: str):
    with store_from_url(db) as store:
        events = store.query_events()
        links = {e.id: incident_of(store, e.id) for e in events}
        articles = {e.article_id: store.get_article(e.article_id) for e in events}
        incidents = query_incidents(store)
    return events, links, articles, incidents


def _outlet(article) -> str | None:
    if not article.url:
        return None
    host = article.url.split("/")[2]
    return host.removeprefix("www.")


def _cell(value) -> str:
    return "" if value is None else str(value)


def _ged_header() -> list[str]:
    with GED_SAMPLE.open(newline="", encoding="utf-8") as f:
        return next(csv.reader(f))


def test_event_exports_hold_the_stored_values(ingested, tmp_path):
    import pandas as pd
    import pyarrow.parquet as pq
    import shapely
    import shapely.wkt

    db = ingested
    events, links, articles, _ = _stored(db)
    assert len(events) == 4 and all(links.values())
    files = {fmt: _export(db, "events", fmt, tmp_path / f"events.{fmt}") for fmt in FORMATS}
    expected = {e.id: {**e.to_dict(), "incident_id": links[e.id]} for e in events}

    # JSONL: each stored event whole, with its article and incident
    lines = [json.loads(line) for line in files["jsonl"].read_text("utf-8").splitlines()]
    assert {d["id"]: d for d in lines} == expected
    assert all(list(d)[:3] == ["id", "article_id", "incident_id"] for d in lines)

    # ACLED CSV: the 2023 columns first, in order; the values the store holds, ACLED-coded
    rows = list(csv.DictReader(files["acled-csv"].open(newline="", encoding="utf-8")))
    frame = pd.read_csv(files["acled-csv"])
    assert list(frame.columns[:31]) == ACLED_2023 and len(frame) == len(events)
    for e in events:
        row = next(r for r in rows if r["event_id_cnty"] == e.id)
        iso, region, name, *_ = COUNTRIES[e.location.country]
        inter1, inter2 = INTER.get(e.actor1.type), INTER.get(e.actor2.type)  # an unknown type has none
        assert (row["event_date"], row["year"]) == (e.date, e.date[:4])
        assert row["sub_event_type"] == ACLED_SUB_TYPES[e.sub_event_type]
        assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"]) == (
            e.actor1.name, _cell(inter1), e.actor2.name, _cell(inter2))
        known = sorted(c for c in (inter1, inter2) if c)
        assert row["interaction"] == (f"{known[0]}{known[1] if len(known) == 2 else 0}" if known else "")
        assert row["civilian_targeting"] == ("Civilian targeting" if e.actor2.type == "civilians" else "")
        assert (row["iso"], row["region"], row["country"]) == (str(iso), region, name)
        assert (row["location"], row["admin1"]) == (e.location.name, _cell(e.location.admin1))
        assert (float(row["latitude"]), float(row["longitude"])) == (round(e.location.lat, 4), round(e.location.lon, 4))
        codes = e.precision_codes()
        assert (row["geo_precision"], row["time_precision"]) == (
            str(codes.acled_geo_precision), str(codes.acled_time_precision))
        assert row["fatalities"] == _cell(e.fatalities.best)
        assert row["notes"] == " ".join(ev.text for ev in e.evidence)
        outlet = _outlet(articles[e.article_id])
        assert row["source"].split("; ") == [s for s in [outlet, *e.reported_by] if s]
        assert (row["article_id"], row["incident_id"]) == (e.article_id, links[e.id])
        line = frame[frame.event_id_cnty == e.id].iloc[0]
        assert (pd.isna(line.inter1) if inter1 is None else line.inter1 == inter1) and line.iso == iso
        assert (math.isnan(line.fatalities) if e.fatalities.best is None else line.fatalities == e.fatalities.best)

    # UCDP GED CSV: GED's header first; GED's codes
    rows = list(csv.DictReader(files["ucdp-csv"].open(newline="", encoding="utf-8")))
    header = list(pd.read_csv(files["ucdp-csv"], nrows=0).columns)
    if GED_SAMPLE.exists():
        assert header[:49] == _ged_header()
    for e in events:
        row = next(r for r in rows if r["id"] == e.id)
        *_, gw, ged_name, ged_region = COUNTRIES[e.location.country]
        violence = GED_VIOLENCE[e.sub_event_type]
        assert row["type_of_violence"] == _cell(violence)
        assert (row["country"], row["country_id"], row["region"]) == (ged_name, str(gw), ged_region)
        assert (row["date_start"], row["date_end"], row["year"]) == (e.date, e.date, e.date[:4])
        codes = e.precision_codes()
        assert (row["where_prec"], row["date_prec"]) == (str(codes.ucdp_where_prec), str(codes.ucdp_date_prec))
        assert row["where_coordinates"] == e.location.name and row["where_description"] == _cell(e.location.mention)
        point = shapely.wkt.loads(row["geom_wkt"])
        assert (point.x, point.y) == (round(e.location.lon, 4), round(e.location.lat, 4))
        best = e.fatalities.best
        assert (row["best"], row["low"], row["high"]) == (_cell(best), _cell(e.fatalities.low if e.fatalities.low is not None else best),
                                                          _cell(e.fatalities.high if e.fatalities.high is not None else best))
        if best is not None:  # GED: best is the sum of the four death counts
            assert sum(int(row[k]) for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")) == best
            assert row["deaths_civilians"] == (str(best) if violence == 3 else "0")
        article = articles[e.article_id]
        assert (row["source_office"], row["source_date"], row["source_headline"]) == (
            _cell(_outlet(article)), article.published, article.title)
        assert row["number_of_sources"] == "1" and row["source_original"] == "; ".join(e.reported_by)
        state = [a for a in (e.actor1, e.actor2) if a.type == "state_forces"]
        if violence == 1:
            assert row["side_a"] == state[0].name and row["gwnoa"] == str(gw)

    # GeoJSON: RFC 7946, [lon, lat], the stored event whole as properties
    collection = json.loads(files["geojson"].read_text("utf-8"))
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == len(events)
    for feature in collection["features"]:
        event = next(e for e in events if e.id == feature["id"])
        assert feature["geometry"] == {"type": "Point", "coordinates": [round(event.location.lon, 4),
                                                                         round(event.location.lat, 4)]}
        assert feature["properties"] == expected[event.id]

    # GeoParquet 1.1: file metadata, WKB points, typed columns
    table = pq.read_table(files["geoparquet"])
    geo = json.loads(table.schema.metadata[b"geo"])
    assert geo["version"] == "1.1.0" and geo["primary_column"] == "geometry" and "crs" not in geo["columns"]["geometry"]
    assert geo["columns"]["geometry"]["encoding"] == "WKB" and geo["columns"]["geometry"]["geometry_types"] == ["Point"]
    lons, lats = [e.location.lon for e in events], [e.location.lat for e in events]
    assert geo["columns"]["geometry"]["bbox"] == [min(lons), min(lats), max(lons), max(lats)]
    frame = pd.read_parquet(files["geoparquet"])
    assert len(frame) == len(events)
    for e in events:
        line = frame[frame.id == e.id].iloc[0]
        point = shapely.from_wkb(line.geometry)
        assert (point.x, point.y) == (e.location.lon, e.location.lat)
        assert line.event_date.isoformat() == e.date and line.incident_id == links[e.id]
        assert list(line.reported_by) == list(e.reported_by) and line.actor1_type == e.actor1.type
        assert (pd.isna(line.fatalities_best) if e.fatalities.best is None else line.fatalities_best == e.fatalities.best)
        assert line.published.isoformat() == articles[e.article_id].published


def test_incident_exports_hold_the_stored_values(ingested, tmp_path):
    import pandas as pd
    import pyarrow.parquet as pq

    db = ingested
    events, links, articles, incidents = _stored(db)
    files = {fmt: _export(db, "incidents", fmt, tmp_path / f"incidents.{fmt}") for fmt in FORMATS}
    assert {i.id for i in incidents} == set(links.values()) and len(incidents) == 3
    yemen = next(i for i in incidents if i.country == "YE")
    # two outlets told one strike with tolls 9 and 12: the latest is best, ACLED keeps the lowest
    assert yemen.reports == 2 and (yemen.fatalities_low, yemen.fatalities_high) == (9, 12)
    assert (yemen.fatalities_best, yemen.fatalities_conservative) == (12, 9)

    lines = [json.loads(line) for line in files["jsonl"].read_text("utf-8").splitlines()]
    assert lines == [i.to_dict() for i in incidents]

    rows = {r["event_id_cnty"]: r for r in csv.DictReader(files["acled-csv"].open(newline="", encoding="utf-8"))}
    assert list(pd.read_csv(files["acled-csv"]).columns[:31]) == ACLED_2023
    for inc in incidents:
        row = rows[inc.id]
        assert row["fatalities"] == _cell(inc.fatalities_conservative)
        assert (row["fatalities_best"], row["fatalities_low"], row["fatalities_high"]) == (
            _cell(inc.fatalities_best), _cell(inc.fatalities_low), _cell(inc.fatalities_high))
        assert (row["reports"], row["first_reported"], row["last_reported"]) == (
            str(inc.reports), inc.first_reported, inc.last_reported)
        assert (row["date_from"], row["date_to"], row["event_date"]) == (inc.date_from, inc.date_to, inc.date)
        assert row["event_ids"].split("; ") == [s.event_id for s in inc.sources]
        hosts = [_outlet(articles[a]) for a in dict.fromkeys(s.article_id for s in inc.sources)]
        assert row["outlets"] == "; ".join(h for h in hosts if h)
        assert row["country"] == COUNTRIES[inc.country][2] and row["location"] == inc.location.name
    assert rows[yemen.id]["outlets"] == "first-wire.example; second-daily.example"

    rows = {r["id"]: r for r in csv.DictReader(files["ucdp-csv"].open(newline="", encoding="utf-8"))}
    for inc in incidents:
        row = rows[inc.id]
        assert (row["best"], row["low"], row["high"]) == (
            _cell(inc.fatalities_best), _cell(inc.fatalities_low), _cell(inc.fatalities_high))
        assert (row["date_start"], row["date_end"]) == (inc.date_from, inc.date_to)
        assert (row["number_of_sources"], row["reports"]) == (str(inc.reports), str(inc.reports))
        assert row["fatalities_conservative"] == _cell(inc.fatalities_conservative)
        titles = [articles[a].title for a in dict.fromkeys(s.article_id for s in inc.sources)]
        assert row["source_headline"].split(";") == titles
    assert rows[yemen.id]["source_date"] == "2024-03-13;2024-03-14"

    collection = json.loads(files["geojson"].read_text("utf-8"))
    assert [f["properties"] for f in collection["features"]] == [i.to_dict() for i in incidents]
    assert [f["geometry"]["coordinates"] for f in collection["features"]] == [
        [round(i.location.lon, 4), round(i.location.lat, 4)] for i in incidents]

    table = pq.read_table(files["geoparquet"])
    assert json.loads(table.schema.metadata[b"geo"])["version"] == "1.1.0"
    frame = table.to_pandas()
    line = frame[frame.id == yemen.id].iloc[0]
    assert (line.fatalities_best, line.fatalities_low, line.fatalities_high, line.fatalities_conservative,
            line.reports) == (12, 9, 12, 9, 2)
    assert list(line.event_ids) == [s.event_id for s in yemen.sources]
    assert list(line.outlets) == ["first-wire.example", "second-daily.example"]
    assert line.first_reported.isoformat() == "2024-03-13" and line.last_reported.isoformat() == "2024-03-14"


def test_filters_and_listings(ingested, tmp_path):
    db = ingested
    events, links, _, incidents = _stored(db)
    listed = [json.loads(line) for line in run_cli("events", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert {d["id"]: (d["article_id"], d["incident_id"]) for d in listed} == {
        e.id: (e.article_id, links[e.id]) for e in events}
    shared = _export(db, "incidents", "jsonl", tmp_path / "shared.jsonl", "--min-reports", "2")
    assert [json.loads(line)["reports"] for line in shared.read_text().splitlines()] == [2]
    yemen = _export(db, "events", "acled-csv", tmp_path / "ye.csv", "--country", "YE", "--type", "air_drone_strike")
    assert {r["country"] for r in csv.DictReader(yemen.open())} == {"Yemen"}
    assert len(list(csv.DictReader(yemen.open()))) == 2
    empty = _export(db, "events", "geojson", tmp_path / "none.geojson", "--since", "2099-01-01")
    assert json.loads(empty.read_text()) == {"type": "FeatureCollection", "features": [], "unlocated": 0}
    table = run_cli("incidents", "--db", db, "--format", "csv")
    assert [r["event_id_cnty"] for r in csv.DictReader(table.stdout.splitlines())] == [i.id for i in incidents]


@pytest.mark.postgres
def test_both_backends_write_the_same_files(tmp_path, postgres_url, nlp):
    import pyarrow.parquet as pq

    dispatches = write_dispatches(tmp_path / "dispatches.jsonl")
    lite = str(tmp_path / "lite.db")
    for db in (lite, postgres_url):
        assert run_cli("ingest", dispatches, "--db", db).exit_code == 0
    for what in ("events", "incidents"):
        for fmt in FORMATS:
            a = _export(lite, what, fmt, tmp_path / f"lite.{what}.{fmt}")
            b = _export(postgres_url, what, fmt, tmp_path / f"pg.{what}.{fmt}")
            if fmt == "geoparquet":
                assert pq.read_table(a).equals(pq.read_table(b)), what
                assert pq.read_table(a).schema.metadata == pq.read_table(b).schema.metadata
            else:
                assert a.read_text("utf-8") == b.read_text("utf-8"), (what, fmt)


def test_export_errors_name_the_problem(ingested, tmp_path):
    db = ingested
    missing = run_cli("export", "--db", db, "--format", "jsonl", "-o", tmp_path / "no" / "such" / "x.jsonl")
    assert missing.exit_code == 1 and len(missing.stderr.strip().splitlines()) == 1, missing
    assert "does not exist" in missing.stderr and "x.jsonl" in missing.stderr
    wrong = run_cli("export", "--db", db, "--format", "jsonl", "-o", tmp_path / "x", "--min-reports", "2")
    assert wrong.exit_code == 2 and "--min-reports applies to --what incidents" in wrong.stderr, wrong
    unknown = run_cli("export", "--db", db, "--format", "shapefile", "-o", tmp_path / "x")
    assert unknown.exit_code == 2 and "acled-csv" in unknown.stderr, unknown
    to_stdout = run_cli("export", "--db", db, "--what", "incidents", "--format", "jsonl", "-o", "-")
    assert to_stdout.exit_code == 0 and len(to_stdout.stdout.splitlines()) == 3, to_stdout
