"""Update returns through the app: Send returns writes a file per organisation; Import return of a filled
one says what changed and the dashboard's figures follow."""

from __future__ import annotations

from datetime import date

import openpyxl
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from commission.services.returns import is_return, write_returns

AS_OF = date(2026, 11, 22)  # the demo commission's own "today" (as in conftest)

COUNCIL = "Cwm Taf Valleys County Borough Council"


def fill(path, entries):
    """Type into the Updates sheet as an officer would: {ref: {column: value}}; saved in place."""
    book = openpyxl.load_workbook(path)
    sheet = book["Updates"]
    header = [c.value for c in sheet[1]]
    ref_col = header.index("commitment_ref")
    rows = {row[ref_col].value: row[ref_col].row for row in sheet.iter_rows(min_row=2) if row[ref_col].value}
    for ref, values in entries.items():
        for column, value in values.items():
            sheet.cell(row=rows[ref], column=header.index(column) + 1, value=value)
    book.save(path)


def test_send_returns_writes_one_file_per_organisation(qtbot, window, tmp_path):
    window.returns.choose_send()
    dialog = window.returns.send_dialog
    assert dialog.isVisible()
    assert any("no names, quotes or contact details" in label.text() for label in dialog.findChildren(QLabel))
    folder = tmp_path / "returns"
    dialog.folder.setText(str(folder))
    dialog.as_of.set_value(AS_OF)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    written = sorted(folder.glob("*.xlsx"))
    assert len(written) == 6 and all(is_return(p) for p in written)
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # nothing temporary left behind
    shown = window.returns.written_dialog  # the returns and (since issue 15) the email drafts beside them
    every = {p.name for p in folder.iterdir()}
    assert shown.isVisible() and shown.files.count() == len(every) > 6
    assert {shown.files.item(i).text() for i in range(shown.files.count())} == every
    assert {p.name for p in written} <= every
    assert shown.open_button.text() == "Open the folder"
    shown.close()


def test_import_a_filled_return_says_what_changed_and_refreshes_the_dashboard(qtbot, window, tmp_path):
    dashboard = window.screen("dashboard")
    done_before = int(dashboard.state_counts["done"].text())
    snap = window.store.snapshot
    council = next(o for o in snap.data.organisations if o.name == COUNCIL)
    finishing = next(
        c
        for c in snap.data.commitments
        if c.organisation_id == council.id and snap.figures.commitments[c.id].state in ("on track", "at risk")
    )
    path = next(p for p in write_returns(window.store.db, tmp_path, as_of=AS_OF) if p.name.startswith(COUNCIL))
    fill(
        path,
        {
            finishing.ref: {
                "date": date(2026, 11, 15),
                "status": "done",
                "progress": 100,
                "note": "Finished and open to the public.",
            }
        },
    )

    window.returns.run_import(path)
    preview = window.returns.preview_dialog  # what it will add, before anything is written
    assert preview.isVisible() and "1 update to add" in preview.text.toPlainText()
    assert len(window.store.snapshot.data.updates) == len(snap.data.updates)  # nothing written yet
    preview.accept()
    box = window.returns.summary_box
    assert box.isVisible()
    details = box.informativeText()
    assert "1 update added" in details
    assert f"1 commitment newly done: {finishing.ref}" in details
    assert window.store.snapshot.figures.commitments[finishing.id].state == "done"
    assert int(window.screen("dashboard").state_counts["done"].text()) == done_before + 1
    box.close()

    window.returns.run_import(path)  # the same return again adds nothing
    assert not window.returns.preview_dialog.import_button.isEnabled()
    window.returns.preview_dialog.accept()
    assert "0 updates added, 1 already there" in window.returns.summary_box.informativeText()
    window.returns.summary_box.close()


def test_a_bad_return_shows_its_problems_and_changes_nothing(qtbot, window, tmp_path):
    snap = window.store.snapshot
    council = next(o for o in snap.data.organisations if o.name == COUNCIL)
    first = next(c for c in snap.data.commitments if c.organisation_id == council.id)
    path = next(p for p in write_returns(window.store.db, tmp_path, as_of=AS_OF) if p.name.startswith(COUNCIL))
    fill(path, {first.ref: {"date": "31/02/2026", "status": "finished", "progress": 140}})
    updates_before = len(snap.data.updates)

    window.returns.run_import(path)
    problems = window.returns.problems
    assert problems is not None and problems.isVisible()
    columns = {row.column for row in problems.model.rows}
    assert {"date", "status", "progress"} <= columns
    assert len(window.store.snapshot.data.updates) == updates_before
    problems.close()


def test_a_file_that_is_not_a_return_is_refused_in_words(qtbot, window, tmp_path):
    path = tmp_path / "notes.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "hello"
    book.save(path)
    window.returns.run_import(path)
    assert "is not an update return" in window._last_error
    assert window.returns.problems is None
