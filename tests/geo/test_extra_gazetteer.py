"""``sitrep gazetteer add``: a GeoNames dump added to (a copy of) the real index."""

from __future__ import annotations

import shutil
import zipfile

import pytest

from sitrep.geo.extra import DumpError, add_geonames_dump
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.resolver import resolve_place


def _row(gid, name, alts, lat, lon, fclass, fcode, cc, admin1, pop):
    return "\t".join([str(gid), name, name, alts, str(lat), str(lon), fclass, fcode, cc, "", admin1, "", "", "",
                      str(pop), "", "300", "Asia/Damascus", "2024-01-01"]) + "\n"


@pytest.fixture()
def index_copy(gazetteer, tmp_path):
    path = tmp_path / "gazetteer.sqlite"
    shutil.copy(gazetteer.path, path)
    return path


def test_added_village_and_river_resolve(gazetteer, index_copy, tmp_path):
    idlib = gazetteer.lookup("Idlib", country="SY", kinds=("city",))[0]
    dump = tmp_path / "SY.txt"
    dump.write_text(
        _row(99000001, "Qaryat Sitrepiyah", "Sitrepiyeh", 35.80, 36.60, "P", "PPL", "SY", "12", 120)
        + _row(99000002, "Nahr Sitrepi", "", 35.70, 36.50, "H", "STM", "SY", "12", 0)
        + _row(99000003, "Jabal Sitrepi", "", 35.60, 36.40, "T", "MT", "SY", "12", 0)
        + _row(idlib.id, "Idlib", "", 35.93, 36.63, "P", "PPLA", "SY", "12", 98000),
        encoding="utf-8")
    res = add_geonames_dump(dump, index_copy, classes="H")
    assert (res.read, res.towns, res.features, res.skipped) == (4, 1, 1, 2)  # mountain and Idlib skipped
    again = add_geonames_dump(dump, index_copy, classes="H")
    assert again.towns == again.features == 0  # idempotent

    g = Gazetteer(index_copy)
    try:
        village = resolve_place("the village of Sitrepiyeh", context_countries=["SY"], gazetteer=g)
        assert village.name == "Qaryat Sitrepiyah" and village.precision == "town"
        assert village.admin1 == idlib.admin1  # admin1 name from the code
        river = resolve_place("Nahr Sitrepi", context_countries=["SY"], gazetteer=g)
        assert river.precision == "region"
        assert resolve_place("Jabal Sitrepi", context_countries=["SY"], gazetteer=g) is None
        assert "SY.txt" in g.meta()["added"]
    finally:
        g.close()
    assert not gazetteer.lookup("Sitrepiyeh")  # the shared index is untouched


def test_zip_dumps_and_bad_files(index_copy, tmp_path):
    z = tmp_path / "SY.zip"
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("readme.txt", "about\n")
        f.writestr("SY.txt", _row(99000004, "Tall Sitrepi", "", 36.0, 37.0, "P", "PPL", "SY", "09", 600))
    assert add_geonames_dump(z, index_copy).towns == 1
    bad = tmp_path / "notes.txt"
    bad.write_text("just some text\n", encoding="utf-8")
    with pytest.raises(DumpError, match="notes.txt: line 1"):
        add_geonames_dump(bad, index_copy)


def test_bad_rows_are_skipped_and_bad_files_named(index_copy, tmp_path):
    dump = tmp_path / "SY2.txt"
    good = _row(99000005, "Tall Sitrepiyat", "", 35.1, 36.1, "P", "PPL", "SY", "12", 800)
    dump.write_text("\ufeff" + good + good.replace("99000005", "99000006").replace("35.1", "35,1"), encoding="utf-8")
    res = add_geonames_dump(dump, index_copy)  # BOM accepted; a bad number is one skipped row
    assert (res.towns, res.skipped) == (1, 1)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(DumpError, match="empty.txt: no GeoNames rows"):
        add_geonames_dump(empty, index_copy)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes(good.replace("Tall", "T\u00e2ll").encode("latin-1"))
    with pytest.raises(DumpError, match="latin1.txt: not UTF-8"):
        add_geonames_dump(latin1, index_copy)
