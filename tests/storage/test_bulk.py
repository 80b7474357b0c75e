"""storage.bulk: many rows at once, with every constraint still holding (SQLite pauses its CHECKs, then tests them)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from commission.storage import bulk
from commission.storage import models as m


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
