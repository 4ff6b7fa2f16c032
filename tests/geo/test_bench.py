"""The gazetteer benchmark runs on the real index and reports every figure (no timing asserted)."""

from __future__ import annotations

from sitrep.geo.bench import run_bench


def test_bench_measures_the_real_index():
    res = run_bench(40, seed=1)
    assert res.names == 40 and res.index_mb > 10 and res.build_seconds is None
    assert min(res.exact_cold_us, res.exact_warm_us, res.is_known_cold_us, res.resolve_cold_ms,
               res.resolve_abroad_ms) > 0
    text = res.report()
    assert "lookup, cold cache" in text and "another country as context" in text and f"{res.index_mb:.0f} MB" in text
