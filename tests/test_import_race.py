"""Two imports of the same file at once (two coordinators, two processes or threads) add each update once.

Before: on PostgreSQL both imports read "which updates are already there" before either had written, and
both reported "300 added": every update twice. Now the import holds a per-commission lock from its first
read to its commit (storage.locks): the second waits, sees the first one's updates, and adds none.
"""

from __future__ import annotations

import contextlib
import threading

import pandas as pd
import pytest
from sqlalchemy import func, select

from commission.errors import UserError
from commission.services.demo import create_demo
from commission.services.importer import import_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.storage import bulk, locks, open_database
from commission.storage import models as m
from commission.workbook import write_workbook

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
NEW = 300


def updates_workbook(db, path):
    data = load_commission_data(db, find_commission(db).id)
    refs = [c.ref for c in data.commitments]
    rows = [
        {
            "commitment_ref": refs[i % len(refs)],
            "date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "status": "in progress",
            "progress": i % 100,
            "note": f"Race note {i}",
        }
        for i in range(NEW)
    ]
    frames = {
        "Commission": pd.DataFrame({"key": ["name"], "value": [data.commission.name]}),
        "Updates": pd.DataFrame(rows),
    }
    return write_workbook(frames, path)


def count_updates(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(m.Update))


def race(db_target, path, monkeypatch):
    """Both imports start together, each on its own Database (engine, pool, connection).

    To make the race certain rather than likely, each import waits (up to 1.5 s) before adding its
    updates until the other has got there too, i.e. has also read which updates are already there.
    With the lock the other cannot get there; the wait times out and the first goes on alone.
    """
    dbs = [open_database(db_target, create=False) for _ in range(2)]
    barrier = threading.Barrier(2)
    meeting = threading.Barrier(2, timeout=1.5)
    insert_columns = bulk.insert_columns

    def insert_when_both_have_read(*args, **kwargs):
        with contextlib.suppress(threading.BrokenBarrierError):
            meeting.wait()
        return insert_columns(*args, **kwargs)

    monkeypatch.setattr(bulk, "insert_columns", insert_when_both_have_read)  # every sheet writer calls it
    results: list[object] = [None, None]

    def run(i):
        barrier.wait()
        try:
            results[i] = import_workbook(dbs[i], path, actor=f"coordinator {i}").updates_added
        except UserError as exc:
            results[i] = str(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for db in dbs:
        db.dispose()
    return results


@pytest.mark.parametrize("db_target", BACKENDS, indirect=True)
def test_two_imports_of_one_file_at_once_add_each_update_once(db_target, tmp_path, monkeypatch):
    db = open_database(db_target)
    create_demo(db)
    before = count_updates(db)
    path = updates_workbook(db, tmp_path / "updates.xlsx")
    results = race(db_target, path, monkeypatch)
    assert sorted(r for r in results if isinstance(r, int)) in ([0, NEW], [NEW]), results
    for r in results:  # the one that did not add them either added none or was told, in one line, to try again
        assert isinstance(r, int) or ("try again" in r.lower() and "\n" not in r), r
    assert count_updates(db) == before + NEW
    db.dispose()


@pytest.mark.parametrize("db_target", BACKENDS, indirect=True)
def test_without_the_lock_the_race_is_real(db_target, tmp_path, monkeypatch):
    """The test above can fail: with the lock taken away, the same race duplicates every update on
    PostgreSQL (both "300 added"); SQLite refuses the second import ("database is locked")."""
    db = open_database(db_target)
    create_demo(db)
    before = count_updates(db)
    path = updates_workbook(db, tmp_path / "updates.xlsx")
    monkeypatch.setattr(locks, "import_lock", lambda s, name: None)
    results = race(db_target, path, monkeypatch)
    if db.backend == "postgresql":
        assert results == [NEW, NEW] and count_updates(db) == before + 2 * NEW, results
    else:
        assert any(isinstance(r, str) for r in results) and count_updates(db) == before + NEW, results
    db.dispose()
