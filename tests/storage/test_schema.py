"""The schema holds the line by itself: checks, unique refs, cascades, an append-only audit trail."""

from datetime import date

import pytest
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from commission.services.queries import find_commission
from commission.storage import models as m


def _count(db, model):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _commitment_id(db):
    with db.session() as s:
        return s.scalar(select(m.Commitment.id).limit(1))


@pytest.mark.parametrize(
    "values",
    [
        {"progress": 150},
        {"progress": -1},
        {"status": "finished"},
        {"verdict": "maybe"},
    ],
)
def test_update_checks(demo_db, values):
    row = {"commitment_id": _commitment_id(demo_db), "date": date(2026, 1, 1), "status": "in progress", **values}
    with pytest.raises(IntegrityError), demo_db.transaction() as s:
        s.execute(insert(m.Update), [row])


def test_enumerations_are_checked(demo_db):
    commission = find_commission(demo_db)
    with pytest.raises(IntegrityError), demo_db.transaction() as s:
        s.execute(
            insert(m.Member), [{"commission_id": commission.id, "ref": "X1", "display_name": "X", "role": "boss"}]
        )


def test_ref_is_unique_per_commission_not_globally(demo_db):
    first = find_commission(demo_db)
    with demo_db.transaction() as s:
        other = m.Commission(name="Second commission")
        s.add(other)
        s.flush()
        s.add(m.Organisation(commission_id=other.id, ref="ORG-COUNCIL", name="Another council", kind="council"))
    with pytest.raises(IntegrityError), demo_db.transaction() as s:
        s.add(m.Organisation(commission_id=first.id, ref="ORG-COUNCIL", name="Duplicate", kind="council"))


def test_deleting_a_commission_cascades_to_everything(demo_db):
    assert _count(demo_db, m.Update) > 0
    with demo_db.transaction() as s:
        s.execute(delete(m.Commission))
    for model in (
        m.Member,
        m.Consent,
        m.Session,
        m.Attendance,
        m.Quote,
        m.QuoteInsight,
        m.Theme,
        m.Insight,
        m.Action,
        m.ActionInsight,
        m.Commitment,
        m.Update,
        m.Organisation,
    ):
        assert _count(demo_db, model) == 0, model.__name__
    assert _count(demo_db, m.AuditEntry) > 0, "the audit trail outlives what it describes"


def test_deleting_a_member_keeps_their_quotes_unattributed(demo_db):
    with demo_db.session() as s:
        quote = s.scalars(select(m.Quote).where(m.Quote.member_id.is_not(None))).first()
        member_id, quote_id = quote.member_id, quote.id
    with demo_db.transaction() as s:
        s.execute(delete(m.Member).where(m.Member.id == member_id))
    with demo_db.session() as s:
        assert s.get(m.Quote, quote_id).member_id is None


def test_audit_trail_is_append_only(demo_db):
    with pytest.raises(DBAPIError, match="append-only"), demo_db.transaction() as s:
        s.execute(update(m.AuditEntry).values(actor="someone else"))
    with pytest.raises(DBAPIError, match="append-only"), demo_db.transaction() as s:
        s.execute(delete(m.AuditEntry))
    # The one change allowed: an erasure redacting values.
    with demo_db.transaction() as s:
        s.execute(update(m.AuditEntry).where(m.AuditEntry.new_value.is_not(None)).values(new_value="[erased]"))


def test_foreign_keys_are_enforced(demo_db):
    with pytest.raises(IntegrityError), demo_db.transaction() as s:
        s.execute(insert(m.Update), [{"commitment_id": 999_999, "date": date(2026, 1, 1), "status": "done"}])


def test_sqlite_search_index_follows_edits(sqlite_demo):
    with sqlite_demo.session() as s:
        assert s.execute(text("SELECT count(*) FROM search_index")).scalar() > 100
