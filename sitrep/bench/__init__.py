"""Benchmarks that fill stores with synthetic data and time sitrep at scale."""
