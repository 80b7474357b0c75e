"""Benchmark: import a generated workbook with 100,000 updates into an empty database.

Run by hand (not in CI):  .venv/bin/python bench/bench_import.py [--updates N]
Prints the import time as a ratio to pandas reading the same file with calamine in the same run
(target: at most 2x), and the import's peak memory (tracemalloc, Python allocations).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

import pandas as pd

from commission.demo import generate_frames
from commission.services.importer import import_workbook
from commission.storage import open_database
from commission.workbook import write_workbook


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=100_000)
    parser.add_argument("--commitments", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        frames = generate_frames(commitments=args.commitments, updates=args.updates)
        workbook = write_workbook(frames, folder / "large.xlsx")
        size = workbook.stat().st_size

        baseline, _ = timed(lambda: pd.read_excel(workbook, sheet_name=None, engine="calamine"), args.repeat)

        runs = iter(range(args.repeat + 1))

        def one_import():
            db = open_database(folder / f"import-{next(runs)}.db")
            try:
                return import_workbook(db, workbook)
            finally:
                db.dispose()

        elapsed, summary = timed(one_import, args.repeat)

        tracemalloc.start()
        one_import()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

    print(f"workbook: {args.updates:,} updates, {args.commitments:,} commitments, {size / 1e6:.1f} MB")
    print(f"pandas read_excel (calamine), all sheets: {baseline:.2f} s (median of {args.repeat})")
    print(f"commission import into an empty SQLite database: {elapsed:.2f} s (median of {args.repeat})")
    print(f"ratio import / read: {elapsed / baseline:.2f}x (target <= 2x)")
    print(f"import peak memory (Python allocations): {peak / 1e6:.0f} MB")
    print(f"rows added: {summary.updates_added:,} updates")


if __name__ == "__main__":
    main()
