"""Run every benchmark (bench/bench_*.py, each with a main()) and print their tables."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import bench

COMBINED = {"bench_turn_taking"}  # reruns three others: only when named
wanted = set(sys.argv[1:])
for module in sorted(m.name for m in pkgutil.iter_modules(bench.__path__)):
    if module.startswith("bench_") and (module in wanted if wanted else module not in COMBINED):
        importlib.import_module(f"bench.{module}").main()
