"""Benchmarks at scale: synthetic events with a known truth (``synthetic``) and the linking
benchmark (``python -m sitrep.bench.link_scale``)."""
