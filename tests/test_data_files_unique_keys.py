"""Packaged JSON data files name every key once: two branches adding the same cue list would
otherwise merge silently, the later list overriding the earlier one."""

import json
from pathlib import Path

import pytest

import sitrep

DATA_FILES = sorted(Path(sitrep.__file__).parent.glob("**/data/*.json"))


def _duplicates(path: Path) -> list[str]:
    found: list[str] = []

    def hook(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                found.append(key)
            seen.add(key)
        return dict(pairs)

    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=hook)
    return found


def test_there_are_data_files():
    assert any(p.name == "cues.json" for p in DATA_FILES)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_no_key_is_named_twice(path):
    assert _duplicates(path) == []


def test_a_repeated_key_is_caught(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"a": [1], "b": {"c": 1, "c": 2}, "a": [2]}', encoding="utf-8")
    assert sorted(_duplicates(bad)) == ["a", "c"]


def test_cue_fields_are_declared_once():
    """A field declared twice in the Cues dataclass keeps one slot silently; the loader's fields
    and the data file's keys must stay one-to-one."""
    import ast

    import sitrep.nlp.cues as cues_module

    tree = ast.parse(Path(cues_module.__file__).read_text(encoding="utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Cues")
    names = [n.target.id for n in cls.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
    assert len(names) > 50
    assert sorted({n for n in names if names.count(n) > 1}) == []
