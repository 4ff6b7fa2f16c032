"""Every cue list of ``data/cues.json`` says why it is there in a sibling ``<key>_about`` string,
and every other key is such a string: one naming scheme, so a reader finds a list's reason by
its name and a renamed list cannot leave its reason behind under an odd key."""

import json
from importlib import resources


def _cues() -> dict:
    return json.loads(resources.files("sitrep.nlp").joinpath("data/cues.json").read_text(encoding="utf-8"))


def test_every_list_has_its_about():
    cues = _cues()
    lists = [k for k, v in cues.items() if isinstance(v, list)]
    assert [k for k in lists if not isinstance(cues.get(f"{k}_about"), str)] == []


def test_every_other_key_is_the_about_of_a_list():
    cues = _cues()
    others = [k for k, v in cues.items() if not isinstance(v, list) and k != "version"]
    assert [k for k in others if not (k.endswith("_about") and isinstance(cues.get(k[:-len("_about")]), list))] == []
