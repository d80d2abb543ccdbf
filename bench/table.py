"""Benchmarks print plain Markdown tables so the figures can go into the README as they are."""

from __future__ import annotations

import os
import platform
import statistics
from datetime import date
from pathlib import Path


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def print_table(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"\n### {title}\n")
    print(f"{date.today()} · {platform.processor() or platform.machine()} · {_cpu()}\n")
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _cpu() -> str:
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return platform.machine()
    for line in cpuinfo.splitlines():
        if line.startswith("model name"):
            return f"{line.split(':', 1)[1].strip()} × {os.cpu_count()}"
    return platform.machine()


__all__ = ["percentile", "print_table", "ms", "statistics"]
