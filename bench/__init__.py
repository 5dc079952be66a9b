"""Benchmarks: `python -m bench [NAME ...] [--quick]` prints every figure with its goal.

Each module here that defines ``run(quick: bool) -> list[Figure]`` is a benchmark,
named after the module. Ratios are measured side by side in one run, because
these machines are shared and noisy; absolute figures are for orientation.
"""
