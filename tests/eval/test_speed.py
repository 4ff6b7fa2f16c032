"""The throughput benchmark (``python -m sitrep.eval.speed``): both pipelines run in their own
processes, alternating for the rounds asked, and the report gives each round's ratio and the
medians; a round count below one is refused."""

from __future__ import annotations

import json
import re

import pytest

from sitrep.eval import speed

pytestmark = pytest.mark.model

TEXTS = [
    "Rebels shelled a market in the river town on Tuesday, killing four traders, officials said.",
    "Police fired tear gas at students marching on the ministry in the capital on Friday.",
    "Two soldiers died when their convoy hit a roadside bomb north of the border post.",
]


def test_rounds_alternate_and_the_report_gives_medians(tmp_path, capsys):
    path = tmp_path / "texts.jsonl"
    path.write_text("".join(json.dumps({"id": f"t{i}", "text": t, "published": "2025-03-04"}) + "\n"
                            for i, t in enumerate(TEXTS)))
    assert speed.main([str(path), "--rounds", "2", "--no-pin"]) == 0
    out = capsys.readouterr().out
    each = re.search(r"rounds: 2 \(sitrep / plain each round: (\d+)%, (\d+)%\)", out)
    assert each, out
    median = int(re.search(r"sitrep / plain: (\d+)%", out).group(1))
    low, high = sorted(int(x) for x in each.groups())
    assert low - 1 <= median <= high + 1  # the median of two rounds lies between them
    assert "3 articles" in out and re.search(r"\(\d+ events, 0 failed\)", out)


def test_fewer_than_one_round_is_refused(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        speed.main([str(tmp_path / "none.jsonl"), "--rounds", "0"])
    assert stop.value.code == 2
    assert "--rounds 0: give at least 1 round" in capsys.readouterr().err
