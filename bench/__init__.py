"""Benchmarks of what users feel, each reported as a ratio against a floor measured in the same run.

Run from the repository root in the project's environment: ``python -m bench`` (full) or
``python -m bench --quick``. Prints a table and writes ``bench/results/latest.json``.
"""
