"""Benchmarks for ``make bench``: each ``bench_*.py`` module has a ``main()`` that prints its figures.

Figures are ratios measured side by side in one run (absolute times drift on shared machines).
"""
