"""The Dashboard's figures read first at start (services.start_figures) are those of the whole read (the
Snapshot the other screens get), figure for figure, on SQLite and PostgreSQL: on the demo across its dates,
on a commission with nothing in it, and on one with commitments but no updates. Both ways of reading them:
through the open database's session (SQLite and PostgreSQL), and on a SQLite file with the plain sqlite3
driver as the app's start reads them (read_start), before SQLAlchemy is loaded."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import delete, select

from commission.errors import UserError
from commission.services import edits
from commission.services.queries import find_commission, list_commissions, load_commission_data
from commission.services.start_figures import READ, dashboard_figures, read_start, table
from commission.storage import models as m
from commission.storage import open_database
from commission.storage.db import head_revision
from commission.ui.first_run import next_step
from commission.ui.store import build_snapshot

SHOWN = ("overdue", "states_by_organisation", "organisations", "themes", "commitments", "as_of", "commission")


def _first_reads(db, cid: int, as_of: date) -> list:
    """The figures read first, each way there is on this database."""
    reads = [dashboard_figures(db, cid, as_of)]
    if db.path is not None:  # a SQLite file: read with sqlite3 too, as the app's start reads it
        start = read_start(db.path, cid, as_of)
        assert start is not None and start.commission_id == cid
        assert start.commissions == list_commissions(db)
        assert start.inspected == ("ours", head_revision())
        reads.append(start.first)
    return reads


def _same_as_the_whole_read(db, cid: int, as_of: date):
    snap = build_snapshot(load_commission_data(db, cid), as_of)
    for first in _first_reads(db, cid, as_of):
        _same_figures(first, snap)
    return first, snap


def _same_figures(first, snap) -> None:
    assert first.figures == snap.figures
    for name in SHOWN:
        assert getattr(first, name) == getattr(snap, name), name
    for name in ("organisations", "sessions", "themes", "insights", "commitments"):
        assert getattr(first.data, name) == getattr(snap.data, name), name
    # an action's social-value areas are not read first: no figure the Dashboard shows comes from them
    assert first.data.actions == [replace(a, area_ids=[]) for a in snap.data.actions]
    assert first.data.members == bool(snap.data.members)
    assert first.data.updates == bool(snap.data.updates)
    assert next_step(first) == next_step(snap)


def test_the_first_figures_are_the_snapshots_across_the_demos_dates(demo_db):
    cid = find_commission(demo_db).id
    data = load_commission_data(demo_db, cid)
    days = sorted({u.date for u in data.updates})
    made = sorted(c.made_on for c in data.commitments if c.made_on)
    for as_of in (made[0], days[0], days[len(days) // 2], days[-1], date.today(), date(2099, 1, 1)):
        first, _snap = _same_as_the_whole_read(demo_db, cid, as_of)
    assert first.overdue or first.figures.states["done"]  # the dates were not all before anything happened
    assert any(first.states_by_organisation.values())


def test_the_first_figures_of_a_commission_with_nothing_in_it(demo_db):
    edits.create(demo_db, "commission", {"name": "A new commission"})  # beside the demo, in the same database
    cid = next(c.id for c in list_commissions(demo_db) if c.name == "A new commission")
    first, _snap = _same_as_the_whole_read(demo_db, cid, date.today())
    assert not first.data.members and not first.data.updates and not first.overdue
    assert next_step(first) is not None and next_step(first)[2] == "members"


def test_the_first_figures_of_commitments_with_no_updates(demo_db):
    cid = find_commission(demo_db).id
    with demo_db.session() as s:
        commitments = select(m.Commitment.id).where(m.Commitment.commission_id == cid)
        s.execute(delete(m.Update).where(m.Update.commitment_id.in_(commitments)))
        s.commit()
    first, snap = _same_as_the_whole_read(demo_db, cid, date.today())
    assert snap.data.commitments and not first.data.updates
    assert next_step(first)[2] == "actions"  # "log an update"


def test_the_plain_sql_names_the_tables_of_the_storage_models():
    """read_start's SQL is text made from the kinds' declarations: each table it reads is its model's."""
    from commission.kinds import KINDS

    for kind in (k for k in KINDS.values() if k.collection in READ):
        assert table(kind.model_name) == kind.model.__tablename__, kind.name
        for f in kind.fields:
            if f.type == "refs":
                assert table(f.link[0]) == getattr(m, f.link[0]).__tablename__, f.attr
    for name in ("Commission", "Member", "Update"):
        assert table(name) == getattr(m, name).__tablename__


def test_the_plain_read_prefers_the_commission_last_shown_else_the_first_by_name(sqlite_demo):
    edits.create(sqlite_demo, "commission", {"name": "A new commission"})  # sorts before the demo's
    listed = list_commissions(sqlite_demo)
    assert listed[0].name == "A new commission" and len(listed) == 2
    demo = find_commission(sqlite_demo, listed[1].name)
    assert read_start(sqlite_demo.path, demo.id, date.today()).commission_id == demo.id
    for prefer in (None, 9999):  # none remembered, or one no longer there
        start = read_start(sqlite_demo.path, prefer, date.today())
        assert start.commission_id == listed[0].id and start.first.commission == listed[0]


def test_the_plain_read_leaves_to_the_opening_as_ever_what_it_cannot_read(tmp_path, sqlite_demo):
    """A new or empty file, one with no commission, one to upgrade or from a newer app: None (the app opens it
    as ever, which creates, upgrades or says why); a file it refuses raises the opening's own message."""
    assert read_start(tmp_path / "absent.db", None, date.today()) is None
    (tmp_path / "empty.db").touch()
    assert read_start(tmp_path / "empty.db", None, date.today()) is None
    bare = open_database(tmp_path / "bare.db")  # no commission in it
    bare.dispose()
    assert read_start(bare.path, None, date.today()) is None
    for revision in ("0001", "9999"):  # an older schema (to upgrade), a newer app's
        with sqlite3.connect(sqlite_demo.path) as conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        assert read_start(sqlite_demo.path, None, date.today()) is None
    damaged = tmp_path / "damaged.db"
    data = bytearray(sqlite_demo.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree smashed
    damaged.write_bytes(bytes(data))
    with pytest.raises(UserError, match="damaged"):
        read_start(damaged, None, date.today())
