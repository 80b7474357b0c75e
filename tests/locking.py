"""A SQLite file held locked by another program (another process), for the tests of what refuses it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def held_locked(path: Path) -> Iterator[None]:
    """`path` locked by another process (an exclusive lock, a write under way) until the block ends."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sqlite3, time
            c = sqlite3.connect({str(path)!r})
            c.execute("PRAGMA locking_mode=EXCLUSIVE")
            c.execute("BEGIN EXCLUSIVE")
            c.execute("UPDATE actions SET title = title")
            print("locked", flush=True)
            time.sleep(30)
            """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        holder.kill()
        holder.wait()
