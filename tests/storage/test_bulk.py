"""storage.bulk: many rows at once, with every constraint still holding (SQLite pauses its CHECKs, then tests them)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from commission.services.importer import import_frames
from commission.storage import bulk, open_database
from commission.storage import models as m
from commission.workbook.reader import sheets_from_frames


def _columns(commitment_id: int, n: int, **over) -> dict[str, list]:
    row = dict(
        commitment_id=commitment_id,
        date=date(2025, 3, 1),
        status="in progress",
        progress=40.0,
        note="a bulk update",
        reported_by="",
        verdict="not assessed",
        verdict_comment="",
        note_cy="",
    )
    columns = {name: [value] * n for name, value in row.items()}
    for name, values in over.items():
        columns[name] = values
    return columns


def _count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(m.Update))


def test_bulk_rows_go_in_and_read_back(demo_db):
    with demo_db.session() as s:
        commitment_id = s.scalars(select(m.Commitment.id)).first()
    before = _count(demo_db)
    with demo_db.transaction() as s:
        bulk.insert_columns(s.connection(), m.Update.__table__, _columns(commitment_id, 3, progress=[0.0, None, 100.0]))
    assert _count(demo_db) == before + 3
    with demo_db.session() as s:
        last = s.scalars(select(m.Update).order_by(m.Update.id.desc()).limit(3)).all()
    assert sorted((u.progress is None, u.progress) for u in last) == [(False, 0.0), (False, 100.0), (True, None)]
    assert all(u.date == date(2025, 3, 1) and u.status == "in progress" for u in last)


@pytest.mark.parametrize(
    ("column", "bad", "constraint"),
    [("status", "finished", "status"), ("verdict", "maybe", "verdict"), ("progress", 101.0, "progress")],
)
def test_a_row_breaking_a_check_is_refused_and_nothing_is_written(demo_db, column, bad, constraint):
    with demo_db.session() as s:
        commitment_id = s.scalars(select(m.Commitment.id)).first()
    before = _count(demo_db)
    columns = _columns(commitment_id, 5)
    columns[column] = [*columns[column][:4], bad]  # only the last of five is wrong
    with pytest.raises(IntegrityError, match=constraint), demo_db.transaction() as s:
        bulk.insert_columns(s.connection(), m.Update.__table__, columns)
    assert _count(demo_db) == before


def test_checks_hold_again_after_a_bulk_insert_on_the_same_connection(demo_db):
    with demo_db.session() as s:
        commitment_id = s.scalars(select(m.Commitment.id)).first()
    with pytest.raises(IntegrityError), demo_db.transaction() as s:
        bulk.insert_columns(s.connection(), m.Update.__table__, _columns(commitment_id, 2))
        s.add(m.Update(commitment_id=commitment_id, date=date(2025, 3, 2), status="finished"))
        s.flush()  # an ordinary insert after the bulk one: its CHECK is enforced
    with pytest.raises(IntegrityError), demo_db.transaction() as s:  # and on the next transaction too
        s.add(m.Update(commitment_id=commitment_id, date=date(2025, 3, 2), status="finished"))


def _cache_size(connection) -> int:
    return connection.exec_driver_sql("PRAGMA cache_size").scalar()


def test_an_import_writes_with_a_roomy_cache_and_gives_the_connection_its_own_back(tmp_path):
    """A large import's pages fit in the cache until its commit (not spilled to the WAL and read back);
    the pooled connection then has its own cache size again, after a refused import too."""
    db = open_database(tmp_path / "cache.db")
    db.engine.pool.dispose()
    with db.engine.connect() as connection:
        own = _cache_size(connection)
    frames = sheets_from_frames(
        {
            "Commission": pd.DataFrame({"key": ["name"], "value": ["Cache test"]}),
            "Organisations": pd.DataFrame({"ref": ["ORG-1"], "name": ["One"], "kind": ["council"]}),
        }
    )
    seen: list[int] = []
    import_frames(db, frames, source="t.xlsx", after=lambda s: seen.append(_cache_size(s.connection())))
    assert seen == [-bulk.IMPORT_CACHE_KIB] and bulk.IMPORT_CACHE_KIB >= 64 * 1024
    with db.engine.connect() as connection:
        assert _cache_size(connection) == own
    with pytest.raises(RuntimeError):
        import_frames(db, frames, source="t.xlsx", after=lambda s: (_ for _ in ()).throw(RuntimeError("stop")))
    with db.engine.connect() as connection:
        assert _cache_size(connection) == own
    db.dispose()
