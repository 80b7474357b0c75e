"""A deleted record's history and ref never pass to a new one (SQLite gives a deleted last row's id to the next
row: the tables have no AUTOINCREMENT; PostgreSQL's sequences never reuse one, and the same rules hold there)."""

from datetime import date

from commission.services import edits
from commission.services.exporter import export_workbook
from commission.services.importer import import_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.services.rights import export_member
from commission.storage import models as m


def _data(db):
    return load_commission_data(db, find_commission(db).id)


def _last_commitment(db):
    return max(_data(db).commitments, key=lambda c: c.id)


def _operations(db, kind, record_id):
    return [(e["operation"], e["record_ref"]) for e in edits.history(db, kind, record_id)]


def _new_commitment(db, like, **values):
    return edits.create(
        db,
        "commitment",
        {
            "commission_id": find_commission(db).id,
            "action_id": like.action_id,
            "organisation_id": like.organisation_id,
            "pledge": "A new pledge",
            **values,
        },
    )


def test_an_update_logged_after_an_undone_one_has_only_its_own_history(demo_db):
    first, other = _data(demo_db).commitments[0], _data(demo_db).commitments[-1]
    undone = edits.log_update(demo_db, first.id, date=date(2026, 11, 2), status="in progress", progress=80)
    edits.delete(demo_db, "update", undone["id"])  # what Ctrl+Z does
    logged = edits.log_update(demo_db, other.id, date=date(2026, 11, 3), status="in progress", progress=10)
    assert _operations(demo_db, "update", logged["id"]) == [("create", other.ref)]


def test_a_new_commitment_takes_neither_the_id_nor_the_ref_of_a_deleted_one(demo_db):
    gone = _last_commitment(demo_db)
    edits.delete(demo_db, "commitment", gone.id)
    new = _new_commitment(demo_db, gone)
    assert new["ref"] != gone.ref
    assert _operations(demo_db, "commitment", new["id"]) == [("create", new["ref"])]
    again = _new_commitment(demo_db, gone, pledge="Another")
    assert again["ref"] not in (gone.ref, new["ref"])


def test_a_ref_changed_away_is_not_given_to_a_new_record(demo_db):
    last = _last_commitment(demo_db)
    edits.edit(demo_db, "commitment", last.id, {"ref": "KEPT-1"})
    assert _new_commitment(demo_db, last)["ref"] != last.ref


def test_undoing_a_delete_brings_the_records_own_history_back_past_another_that_had_its_id(demo_db):
    like = _last_commitment(demo_db)
    mine = _new_commitment(demo_db, like, pledge="Mine")
    edits.edit(demo_db, "commitment", mine["id"], {"pledge": "Mine, reworded"})
    deleted = edits.delete(demo_db, "commitment", mine["id"])
    between = _new_commitment(demo_db, like, pledge="Someone else's")  # mine's id on SQLite
    edits.delete(demo_db, "commitment", between["id"])  # its undo
    edits.restore(demo_db, "commitment", deleted)  # then the delete's undo
    assert [op for op, _ref in _operations(demo_db, "commitment", mine["id"])] == [
        "create",
        "edit",
        "delete",
        "restore",
    ]
    assert {ref for _op, ref in _operations(demo_db, "commitment", mine["id"])} == {mine["ref"]}


def test_a_row_imported_under_a_deleted_ones_id_starts_with_no_history(demo_db, tmp_path):
    gone = _last_commitment(demo_db)
    edits.edit(demo_db, "commitment", gone.id, {"pledge": "Reworded before it went"})
    backup = export_workbook(demo_db, tmp_path / "backup.xlsx")
    edits.delete(demo_db, "commitment", gone.id)
    import_workbook(demo_db, backup)  # brings it back as a new row (an import writes no "create")
    back = next(c for c in _data(demo_db).commitments if c.ref == gone.ref)
    assert edits.history(demo_db, "commitment", back.id) == []
    edits.edit(demo_db, "commitment", back.id, {"pledge": "Changed after the import"})
    assert [op for op, _ in _operations(demo_db, "commitment", back.id)] == ["edit"]


def test_a_deleted_records_history_is_still_its_own(demo_db):
    gone = _last_commitment(demo_db)
    edits.edit(demo_db, "commitment", gone.id, {"pledge": "Last words"})
    edits.delete(demo_db, "commitment", gone.id)
    assert [op for op, _ in _operations(demo_db, "commitment", gone.id)][-2:] == ["edit", "delete"]


def test_everything_held_about_a_member_leaves_out_a_deleted_member_who_had_their_id(demo_db, tmp_path):
    import openpyxl

    data = _data(demo_db)
    cid = data.commission.id
    old = edits.create(demo_db, "member", {"commission_id": cid, "display_name": "Gwen Old", "role": "community"})
    edits.edit(demo_db, "member", old["id"], {"pseudonym": "Secret of Gwen"})
    edits.delete(demo_db, "member", old["id"])
    new = edits.create(demo_db, "member", {"commission_id": cid, "display_name": "Dai New", "role": "community"})
    out = export_member(demo_db, new["id"], tmp_path / "held.xlsx")
    book = openpyxl.load_workbook(out, read_only=True)
    cells = {str(c) for row in book["Changes"].iter_rows(values_only=True) for c in row}
    assert "Secret of Gwen" not in cells and "Gwen Old" not in cells
    assert "create" in cells  # their own


def test_the_audit_trail_keeps_which_delete_a_restore_undid(demo_db):
    last = _last_commitment(demo_db)
    deleted = edits.delete(demo_db, "commitment", last.id)
    edits.restore(demo_db, "commitment", deleted)
    with demo_db.session() as s:
        restore = s.query(m.AuditEntry).filter_by(operation="restore", record_id=last.id).one()
        assert restore.field == f"undoes:{deleted['audit_id']}"


def _with_newest_update(db):
    """The last commitment, with the newest update logged on it (so it holds the highest update id)."""
    last = _last_commitment(db)
    logged = edits.log_update(db, last.id, date=date(2026, 11, 4), status="in progress", progress=30, note="Mine")
    return last, logged


def test_updates_that_went_with_their_commitment_pass_no_history_to_imported_ones(demo_db, tmp_path):
    last, logged = _with_newest_update(demo_db)
    backup = export_workbook(demo_db, tmp_path / "backup.xlsx")
    edits.delete(demo_db, "commitment", last.id)  # its updates go with it
    import_workbook(demo_db, backup)  # they come back as new rows (SQLite: the deleted ones' ids)
    data = _data(demo_db)
    back = next(c for c in data.commitments if c.ref == last.ref)
    updates = data.updates_by_commitment[back.id]
    assert logged["id"] in {u.id for u in updates} or demo_db.backend != "sqlite"  # an id given again
    assert all(edits.history(demo_db, "update", u.id) == [] for u in updates)


def test_updates_that_come_back_with_their_commitment_keep_their_history(demo_db):
    last, logged = _with_newest_update(demo_db)
    other = _data(demo_db).commitments[0]
    deleted = edits.delete(demo_db, "commitment", last.id)
    between = edits.log_update(demo_db, other.id, date=date(2026, 11, 5), status="in progress")  # the id, on SQLite
    edits.delete(demo_db, "update", between["id"])
    edits.restore(demo_db, "commitment", deleted)
    assert _operations(demo_db, "update", logged["id"]) == [
        ("create", last.ref),
        ("delete", last.ref),
        ("restore", last.ref),
    ]


def test_check_does_not_hold_a_new_record_to_a_deleted_ones_edits(demo_db):
    from commission.services.check import check_database

    like = _last_commitment(demo_db)
    gone = _new_commitment(demo_db, like, pledge="First words")
    edits.edit(demo_db, "commitment", gone["id"], {"pledge": "Its last words", "weight": 3})
    edits.delete(demo_db, "commitment", gone["id"])
    _new_commitment(demo_db, like, pledge="Someone else's words")  # gone's id, on SQLite
    assert check_database(demo_db) == []
