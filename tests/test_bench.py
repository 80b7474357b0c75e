"""bench/run.py at its smoke size: the harness runs every row of issue 14's table and prints it.

Timings are not checked here (this machine's load decides them); that every row is measured and shown is.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "run.py"
ROWS = [
    "first paint of the window",
    "start to the dashboard painted",
    "an edit until the screen is up to date",
    "progress as of a date",
    "import of the workbook",
    "export",
    "XLSX tracker",
    "Word report",
    "PDF report",
]
TIMED = re.compile(
    r"\| [\d.]+ m?s \([\d.]+ m?s-[\d.]+ m?s\) \| [\d.]+ m?s \([\d.]+ m?s-[\d.]+ m?s\) \| "
    r"[\d.]+x \([\d.]+-[\d.]+\) \| \d+ \|"
)


def test_the_smoke_size_prints_every_row(tmp_path):
    done = subprocess.run(
        [sys.executable, str(BENCH), "--size", "smoke"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = {line.split(" | ")[0].lstrip("| "): line for line in done.stdout.splitlines() if line.startswith("| ")}
    for row in ROWS:
        assert row in lines, f"no row for {row!r} in:\n{done.stdout}"
        assert TIMED.search(lines[row]), lines[row]
    memory = lines["peak memory, start and an edit"]
    assert re.search(r"start \d+, edit \d+", memory), memory
    assert re.search(r"load average \(1, 5, 15 min\): [\d.]+, [\d.]+, [\d.]+ at the start", done.stdout)


def test_rows_are_chosen_and_unknown_ones_refused(tmp_path):
    done = subprocess.run(
        [sys.executable, str(BENCH), "--size", "smoke", "--rows", "progress,nothing"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 2 and "unknown rows: nothing" in done.stderr
    done = subprocess.run(
        [sys.executable, str(BENCH), "--size", "smoke", "--rows", "progress"],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    table = [line for line in done.stdout.splitlines() if line.startswith("| ") and "---" not in line]
    assert [line.split(" | ")[0] for line in table] == ["| what", "| progress as of a date"]
