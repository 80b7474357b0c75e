"""Loading a commission: the tuples-and-fromisoformat path gives the same domain objects as the ORM."""

from datetime import date

from sqlalchemy import select

from commission import domain
from commission.services.queries import find_commission, load_commission_data, progress_as_of
from commission.storage import models as m


def test_the_loaded_commitments_updates_and_attendance_are_the_orms(demo_db):
    cid = find_commission(demo_db).id
    with demo_db.session() as s:
        commitment = s.scalars(select(m.Commitment).where(m.Commitment.commission_id == cid)).first()
        commitment.made_on, commitment.due, commitment.made_by_id = None, None, None  # the nullable ones too
        s.commit()
    data = load_commission_data(demo_db, cid)
    with demo_db.session() as s:
        commitments = [
            domain.Commitment(
                id=c.id,
                ref=c.ref,
                action_id=c.action_id,
                organisation_id=c.organisation_id,
                pledge=c.pledge,
                made_by_id=c.made_by_id,
                made_on=c.made_on,
                due=c.due,
                weight=c.weight,
                pledge_cy=c.pledge_cy or "",
            )
            for c in s.scalars(select(m.Commitment).where(m.Commitment.commission_id == cid).order_by(m.Commitment.ref))
        ]
        updates = [
            domain.Update(
                id=u.id,
                commitment_id=u.commitment_id,
                date=u.date,
                status=u.status,
                progress=u.progress,
                note=u.note or "",
                reported_by=u.reported_by or "",
                verdict=u.verdict or "not assessed",
                verdict_comment=u.verdict_comment or "",
                note_cy=u.note_cy or "",
            )
            for u in s.scalars(
                select(m.Update).join(m.Commitment).where(m.Commitment.commission_id == cid).order_by(m.Update.id)
            )
        ]
        attendance = [
            domain.Attendance(session_id=a.session_id, member_id=a.member_id, status=a.status)
            for a in s.scalars(
                select(m.Attendance)
                .join(m.Session)
                .where(m.Session.commission_id == cid)
                .order_by(m.Attendance.session_id, m.Attendance.member_id)
            )
        ]
    assert updates and attendance
    assert data.commitments == commitments
    assert data.updates == updates
    assert data.attendance == attendance
    assert all(type(u.date) is date for u in data.updates)
    assert any(c.made_on is None for c in data.commitments)


def test_progress_as_of_a_date_from_sql_is_evaluate_of_the_whole_commission(demo_db):
    """progress_as_of reads only the deciding updates (on SQLite and PostgreSQL); evaluate, building its facts
    from the deciding updates alone, gives what the full facts give. On dates across the commission's life."""
    cid = find_commission(demo_db).id
    data = load_commission_data(demo_db, cid)
    days = sorted({u.date for u in data.updates})
    for as_of in (days[0], days[len(days) // 3], days[len(days) // 2], days[-1], date(2099, 1, 1)):
        figures = domain.evaluate(data, as_of)
        assert figures == domain.evaluate(data, as_of, facts=domain.commitment_facts(data))
        assert progress_as_of(demo_db, cid, as_of) == figures
    assert figures.commitments  # the dates were not all before the commission began


def test_records_of_some_rows_are_those_rows_of_the_whole_load(demo_db):
    """_records with `where` (one commitment's rows, services.partial) gives those rows with their links, as the
    whole load has them."""
    from commission.kinds import KINDS
    from commission.services import queries

    cid = find_commission(demo_db).id
    data = load_commission_data(demo_db, cid)
    for kind in (k for k in KINDS.values() if k.collection in ("quotes", "updates", "actions")):
        whole = getattr(data, kind.collection)
        chosen = [whole[0].id, whole[-1].id]
        with demo_db.session() as s:
            table = kind.model.__table__
            some = queries._records(s, kind, cid, queries._day_parser(s), where=table.c.id.in_(chosen))
        rows = [queries._DOMAIN[kind.collection](**r) for r in some]
        if kind.collection == "actions":
            for action in rows:  # framework areas come with the whole load only
                action.area_ids = next(a.area_ids for a in whole if a.id == action.id)
        assert sorted(rows, key=lambda r: r.id) == sorted((r for r in whole if r.id in chosen), key=lambda r: r.id)
