"""The full workbook is lossless (SPEC): export → import into an empty database → export gives the same
workbook, every sheet and every cell, with the consent history and review rounds in it."""

from datetime import date

import openpyxl
import pytest

from commission.errors import WorkbookError
from commission.services import edits
from commission.services import reviews as rv
from commission.services.check import check_database
from commission.services.exporter import export_workbook
from commission.services.importer import import_workbook
from commission.services.queries import find_commission, load_commission_data
from commission.sheets import BACKUP_SHEETS, WORKBOOK_SHEETS
from commission.storage import open_database


@pytest.fixture
def fresh(db_target, tmp_path, request):
    """A second, empty database on the same backend as the test's own."""
    target = request.getfixturevalue("pg_target") if "://" in db_target else tmp_path / "fresh.db"
    database = open_database(target)
    yield database
    database.dispose()


def by_ref(items, ref):
    return next(x for x in items if x.ref == ref)


def with_history(db):
    """The demo with what only the backup sheets hold: consent changes and two review rounds, one closed."""
    data = load_commission_data(db, find_commission(db).id)
    member = data.members[0]
    edits.set_consent(db, member.id, "named", True, date(2027, 1, 31), note="Signed form, March")
    edits.set_consent(db, member.id, "named", False, None, note="Asked by phone to be withdrawn")
    edits.set_consent(db, data.members[1].id, "quote", True, None)
    panel = [mb for mb in data.members if mb.role == "community"]
    update = next(c for c in rv.available_items(db, data.commission.id, as_of=date(2026, 11, 22)) if c.kind == "update")
    specs = [
        rv.ItemSpec("insight", by_ref(data.insights, "I03").id),
        rv.ItemSpec("action", by_ref(data.actions, "A01").id),
        rv.ItemSpec("session_notes", by_ref(data.sessions, "S01").id),
        rv.ItemSpec("report_text", by_ref(data.themes, "T01").id, text="=You said; we did (text, not a formula)"),
        rv.ItemSpec("update", update.record_id),
    ]
    first = rv.create_round(
        db,
        data.commission.id,
        "Drafts for the March meeting",
        specs,
        [mb.id for mb in panel[:3]],
        asked_on=date(2026, 3, 1),
    )
    rv.add_reviewers(db, first, [panel[3].id], asked_on=date(2026, 3, 8))
    items = rv.round_view(db, first).items
    rv.record_answer(db, items[0].item_id, panel[0].id, "change", "Say 'people', not 'clients'", on=date(2026, 3, 2))
    rv.record_answer(db, items[0].item_id, panel[1].id, "agree", on=date(2026, 3, 3))
    rv.record_answer(db, items[1].item_id, panel[3].id, "disagree", "+ not what we said", on=date(2026, 3, 9))
    rv.resolve_item(db, items[0].item_id, new_text="People are pushed into courses they do not need")
    rv.record_answer(db, items[0].item_id, panel[0].id, "agree", on=date(2026, 3, 10))
    rv.resolve_item(db, items[1].item_id, keep_reason="The panel's own words from May")
    second = rv.create_round(
        db, data.commission.id, "Report draft", specs[:1], [panel[0].id], asked_on=date(2026, 4, 1)
    )
    rv.record_answer(db, rv.round_view(db, second).items[0].item_id, panel[0].id, "agree", on=date(2026, 4, 2))
    rv.close_round(db, second, on=date(2026, 4, 5))
    return first, second


def cells(path):
    """Every cell of every sheet, as stored, with its type: the workbook compared whole."""
    book = openpyxl.load_workbook(path)
    return {sheet.title: [[(c.value, c.data_type) for c in row] for row in sheet.iter_rows()] for sheet in book}


def test_export_import_export_gives_the_same_workbook(demo_db, fresh, tmp_path):
    with_history(demo_db)
    first = export_workbook(demo_db, tmp_path / "first.xlsx")
    summary = import_workbook(fresh, first)
    second = export_workbook(fresh, tmp_path / "second.xlsx")
    before, after = cells(first), cells(second)
    assert list(before) == [s.name for s in WORKBOOK_SHEETS]
    assert list(after) == list(before)
    for name in before:
        assert after[name] == before[name], name
    # the backup sheets are really there, and really full
    assert len(before["Review rounds"]) == 3 and len(before["Review answers"]) == 6
    assert len(before["Consents"]) > 3
    assert summary.created["Review rounds"] == 2 and summary.not_in_file == []
    assert check_database(fresh) == []
    # importing the same file again changes nothing and adds nothing
    again = import_workbook(fresh, first)
    assert sum(again.created.values()) == 0 and sum(again.changed.values()) == 0
    assert cells(export_workbook(fresh, tmp_path / "third.xlsx")) == before


def test_the_csv_form_is_lossless_too(sqlite_demo, tmp_path):
    with_history(sqlite_demo)
    first = export_workbook(sqlite_demo, tmp_path / "first")
    fresh = open_database(tmp_path / "fresh.db")
    try:
        import_workbook(fresh, first)
        second = export_workbook(fresh, tmp_path / "second")
    finally:
        fresh.dispose()
    for sheet in WORKBOOK_SHEETS:
        assert (second / sheet.csv_name).read_bytes() == (first / sheet.csv_name).read_bytes(), sheet.name


def test_a_round_keeps_its_answers_reviewers_and_resolutions(sqlite_demo, tmp_path):
    first_id, _ = with_history(sqlite_demo)
    out = export_workbook(sqlite_demo, tmp_path / "backup.xlsx")
    fresh = open_database(tmp_path / "fresh.db")
    try:
        import_workbook(fresh, out)
        old = rv.round_view(sqlite_demo, first_id)
        match = [r for r in rv.list_rounds(fresh, find_commission(fresh).id) if r.title == old.title]
        new = rv.round_view(fresh, match[0].id)
        assert [(i.kind, i.label, i.text, i.text_version, i.resolution, i.resolution_note) for i in new.items] == [
            (i.kind, i.label, i.text, i.text_version, i.resolution, i.resolution_note) for i in old.items
        ]
        assert [
            sorted((a.member_ref, a.answer, a.comment, a.answered_on, a.text_version) for a in i.answers)
            for i in new.items
        ] == [
            sorted((a.member_ref, a.answer, a.comment, a.answered_on, a.text_version) for a in i.answers)
            for i in old.items
        ]
        assert sorted((r.ref, r.asked_on) for r in new.reviewers) == sorted((r.ref, r.asked_on) for r in old.reviewers)
    finally:
        fresh.dispose()


def test_workbooks_without_the_backup_sheets_import_as_before(sqlite_demo, tmp_path):
    folder = export_workbook(sqlite_demo, tmp_path / "backup")
    for sheet in BACKUP_SHEETS:
        (folder / sheet.csv_name).unlink()
    fresh = open_database(tmp_path / "fresh.db")
    try:
        summary = import_workbook(fresh, folder)
        assert summary.not_in_file == [s.name for s in BACKUP_SHEETS]
        data = load_commission_data(fresh, find_commission(fresh).id)
        old = load_commission_data(sqlite_demo, find_commission(sqlite_demo).id)
        assert [(mb.ref, mb.consent_named, mb.consent_quote) for mb in data.members] == [
            (mb.ref, mb.consent_named, mb.consent_quote) for mb in old.members
        ]
    finally:
        fresh.dispose()


def test_a_review_item_naming_an_unknown_record_is_a_problem(sqlite_demo, tmp_path):
    with_history(sqlite_demo)
    folder = export_workbook(sqlite_demo, tmp_path / "backup")
    items = folder / "Review items.csv"
    items.write_text(items.read_text().replace(",I03,", ",I999,", 1).replace("#", "@", 1))
    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, folder)
    reasons = {(p.sheet, p.column, p.reason) for p in caught.value.problems}
    assert ("Review items", "record_ref", "unknown insight 'I999'") in reasons
    assert any(r[2].startswith("an update is named by its commitment and number") for r in reasons), reasons


def test_an_answer_to_a_text_version_the_item_never_had_is_a_problem(sqlite_demo, tmp_path):
    with_history(sqlite_demo)
    folder = export_workbook(sqlite_demo, tmp_path / "backup")
    answers = folder / "Review answers.csv"
    answers.write_text(answers.read_text().replace("R-001,1,M02,1,agree", "R-001,1,M02,7,agree", 1))
    with pytest.raises(WorkbookError) as caught:
        import_workbook(sqlite_demo, folder)
    assert [(p.sheet, p.column, p.reason) for p in caught.value.problems] == [
        ("Review answers", "text_version", "item 1 of round R-001 has no text version 7")
    ]
