"""Benchmark harness: a large synthetic dataset, real builds, measurements and a report.

Nothing here is used by the site build; `scripts/benchmark.py` is the command-line entry.
"""
