"""The Dashboard's figures read first at start (services.start_figures) are those of the whole read (the
Snapshot the other screens get), figure for figure, on SQLite and PostgreSQL: on the demo across its dates,
on a commission with nothing in it, and on one with commitments but no updates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import delete, select

from commission.services import edits
from commission.services.queries import find_commission, list_commissions, load_commission_data
from commission.services.start_figures import dashboard_figures
from commission.storage import models as m
from commission.ui.first_run import next_step
from commission.ui.store import build_snapshot

SHOWN = ("overdue", "states_by_organisation", "organisations", "themes", "commitments", "as_of", "commission")


def _same_as_the_whole_read(db, cid: int, as_of: date):
    first = dashboard_figures(db, cid, as_of)
    snap = build_snapshot(load_commission_data(db, cid), as_of)
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
    return first, snap


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
