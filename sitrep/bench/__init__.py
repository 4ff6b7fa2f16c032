"""Benchmarks at scale: synthetic events with a known truth (``synthetic``), the linking
benchmark (``python -m sitrep.bench.link_scale``) and the store/API fillers and latency runs
(``api_fill``, ``api_latency``)."""
