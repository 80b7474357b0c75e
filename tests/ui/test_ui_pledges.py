"""Import pledges…: columns guessed, chosen, remembered; problems shown with row numbers; all or nothing;
and a Decidim results file asks whose commitments its child results are."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QMessageBox

from commission.services.queries import find_commission, load_commission_data

HEADERS = ["Pledge ID", "Recommendation", "Organisation", "What we promise", "Deadline", "Date pledged"]


def pledges_book(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Our pledges"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def action_and_org(db):
    data = load_commission_data(db, find_commission(db).id)
    return data.actions[0], data.organisations[0], data


def count_commitments(db) -> int:
    return len(load_commission_data(db, find_commission(db).id).commitments)


def test_columns_are_guessed_from_the_headers(window, ui_db, tmp_path):
    action, org, _ = action_and_org(ui_db)
    path = pledges_book(
        tmp_path / "ours.xlsx", [["P-1", action.title, org.name, "Free bus passes", "31/03/2027", "2026-11-01"]]
    )
    dialog = window.pledges.open_file(path)
    mapping = dialog.mapping()
    assert mapping == {
        "ref": "Pledge ID",
        "action_ref": "Recommendation",
        "organisation_ref": "Organisation",
        "pledge": "What we promise",
        "made_by_ref": None,
        "made_on": "Date pledged",
        "due": "Deadline",
        "weight": None,
    }
    assert not dialog.remembered
    assert dialog.combos["pledge"].accessibleName().endswith("*")  # required fields are marked
    assert not dialog.combos["due"].accessibleName().endswith("*")
    dialog.reject()


def test_problems_are_shown_with_row_numbers_and_nothing_changes(window, ui_db, tmp_path):
    action, org, _ = action_and_org(ui_db)
    path = pledges_book(
        tmp_path / "ours.xlsx",
        [
            ["P-1", action.title, org.name, "Free bus passes", "31/03/2027", ""],
            ["P-2", "A recommendation nobody made", org.name, "Warm rooms", "next spring", ""],
            ["P-3", action.ref, org.ref, "=cmd|' /C calc'!A0", "", ""],
        ],
    )
    before = count_commitments(ui_db)
    dialog = window.pledges.open_file(path)
    dialog.check_button.click()
    text = dialog.text.toPlainText()
    assert "nothing was changed" in text
    lines = text.splitlines()[1:]
    assert any("row 3" in line and "Deadline" in line for line in lines), text
    assert any("row 3" in line and "Recommendation" in line for line in lines), text
    assert any("row 4" in line and "What we promise" in line and "formula" in line for line in lines), text
    assert not dialog.import_button.isEnabled()
    dialog.import_button.click()  # refused: not checked clean
    assert count_commitments(ui_db) == before
    dialog.reject()


def test_import_writes_everything_and_remembers_the_columns(window, ui_db, tmp_path, settings):
    action, org, _ = action_and_org(ui_db)
    headers = ["No.", "Rec", "Body", "Text", "Finish"]  # nothing a guess can place but the ref
    book = openpyxl.Workbook()
    book.active.append(headers)
    book.active.append(["N1", action.ref, org.name, "Open the library on Sundays", "2027-06-30"])
    book.active.append(["N2", action.title, org.ref, "A warm room in every ward", ""])
    path = tmp_path / "theirs.xlsx"
    book.save(path)
    before = count_commitments(ui_db)
    dialog = window.pledges.open_file(path)
    assert dialog.mapping()["pledge"] is None
    dialog.check_button.click()
    assert "Choose a column" in dialog.text.toPlainText() and not dialog.import_button.isEnabled()
    for field, header in {"action_ref": "Rec", "organisation_ref": "Body", "pledge": "Text", "due": "Finish"}.items():
        combo = dialog.combos[field]
        combo.setCurrentIndex(combo.findData(header))
    dialog.check_button.click()
    assert "N1" in dialog.text.toPlainText() and dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert count_commitments(ui_db) == before + 2
    assert "2 new" in window.pledges.last_message
    data = load_commission_data(ui_db, find_commission(ui_db).id)
    n2 = next(c for c in data.commitments if c.ref == "N2")
    assert n2.action_id == action.id and n2.organisation_id == org.id

    # the same headers (in another order) next time: the columns chosen are offered again
    book = openpyxl.Workbook()
    book.active.append(list(reversed(headers)))
    book.active.append(["", "Later", org.ref, action.ref, "N3"])
    path2 = tmp_path / "next-quarter.xlsx"
    book.save(path2)
    again = window.pledges.open_file(path2)
    assert again.remembered
    assert again.mapping()["pledge"] == "Text" and again.mapping()["organisation_ref"] == "Body"
    again.reject()


def test_a_file_that_is_not_a_spreadsheet_is_one_line(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)
    bad = tmp_path / "photo.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert window.pledges.open_file(bad) is None
    assert len(shown) == 1 and "\n" not in shown[0]


def test_a_decidim_file_asks_whose_commitments(window, ui_db, tmp_path, monkeypatch):
    path = tmp_path / "results.csv"
    path.write_text(
        "id;parent/id;title/en;description/en;status/key;progress\n"
        "1;;Warm homes;<p>Warm</p>;;\n2;1;Insulate 200 homes;<p>x</p>;finished;100\n",
        encoding="utf-8",
    )
    _, org, _ = action_and_org(ui_db)
    asked = []

    def ask(title, text, items):
        asked.append(items)
        return next(i for i in items if f"({org.ref})" in i), True

    monkeypatch.setattr(window.transfers, "ask_item", ask)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    before = count_commitments(ui_db)
    window.transfers.run_import(path)
    assert asked and window.transfers.preview_dialog is not None
    window.transfers.preview_dialog.accept()
    assert count_commitments(ui_db) == before + 1
    data = load_commission_data(ui_db, find_commission(ui_db).id)
    added = next(c for c in data.commitments if c.ref == "decidim-2")
    assert added.organisation_id == org.id


def test_export_for_decidim_writes_the_results_as_of_the_date_on_screen(window, ui_db, tmp_path):
    import csv

    from commission import domain

    out = tmp_path / "for decidim.csv"
    window.decidim_export.run(out)
    assert "redacted for others" in window.decidim_export.last_message
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig"), delimiter=";"))
    data = load_commission_data(ui_db, find_commission(ui_db).id)
    figures = domain.evaluate(data, window.store.as_of)
    assert len([r for r in rows if r["parent/id"]]) == len(figures.commitments)
