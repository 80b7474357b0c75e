"""Benchmark: import a generated workbook with 100,000 updates into an empty database.

Run by hand (not in CI):  .venv/bin/python bench/bench_import.py [--updates N]
Prints the import time as a ratio to pandas reading the same file with calamine in the same run
(target: at most 1.5x, issue 14), the import's CPU time (all its threads) and its peak memory
(tracemalloc, Python allocations).
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


def timed(fn, repeat: int, cpu: list[float] | None = None) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        gc.collect()
        start, started_cpu = time.perf_counter(), time.process_time()
        result = fn()
        times.append(time.perf_counter() - start)
        if cpu is not None:
            cpu.append(time.process_time() - started_cpu)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=100_000)
    parser.add_argument("--commitments", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        frames = generate_frames(commitments=args.commitments, updates=args.updates)
        workbook = write_workbook(frames, folder / "large.xlsx")
        size = workbook.stat().st_size

        runs = iter(range(10_000))

        def empty_database():
            """A new, empty database: made before the clock starts (creating the schema is not importing)."""
            return open_database(folder / f"import-{next(runs)}.db")

        # This machine's speed drifts from second to second, so each import is paired with a read
        # taken just before it, and the ratio is the median of the pairs'.
        reads, imports, ratios, cpu = [], [], [], []
        for _ in range(args.repeat):
            read_time, _ = timed(lambda: pd.read_excel(workbook, sheet_name=None, engine="calamine"), 1)
            db = empty_database()
            import_time, summary = timed(lambda db=db: import_workbook(db, workbook), 1, cpu)
            db.dispose()
            reads.append(read_time)
            imports.append(import_time)
            ratios.append(import_time / read_time)
        baseline, elapsed = statistics.median(reads), statistics.median(imports)

        db = empty_database()
        tracemalloc.start()
        import_workbook(db, workbook)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        db.dispose()

    print(f"workbook: {args.updates:,} updates, {args.commitments:,} commitments, {size / 1e6:.1f} MB")
    print(f"pandas read_excel (calamine), all sheets: {baseline:.2f} s (median of {args.repeat})")
    print(f"commission import into an empty SQLite database: {elapsed:.2f} s (median of {args.repeat})")
    print(
        f"ratio import / read: {statistics.median(ratios):.2f}x, median of {args.repeat} pairs "
        f"(range {min(ratios):.2f}-{max(ratios):.2f}; target <= 1.5x)"
    )
    print(f"import CPU time: {statistics.median(cpu):.2f} s (median; both reading threads counted)")
    print(f"import peak memory (Python allocations): {peak / 1e6:.0f} MB")
    print(f"rows added: {summary.updates_added:,} updates")


if __name__ == "__main__":
    main()
