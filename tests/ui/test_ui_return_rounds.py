"""Issue 15 in the app: an organisation's contact and language on the Organisations screen, Send returns… with
a due date and its email drafts offered to open, who has replied on the Dashboard and the Returns tab, and
Chase…."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from commission.services import edits

COUNCIL = "Cwm Taf Valleys County Borough Council"
DUE = date.today() + timedelta(days=14)


def fill(path, entries):
    book = openpyxl.load_workbook(path)
    sheet = book["Updates"]
    header = [c.value for c in sheet[1]]
    ref_col = header.index("commitment_ref")
    rows = {row[ref_col].value: row[ref_col].row for row in sheet.iter_rows(min_row=2) if row[ref_col].value}
    for ref, values in entries.items():
        for column, value in values.items():
            sheet.cell(row=rows[ref], column=header.index(column) + 1, value=value)
    book.save(path)


def items(panel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def send(window, folder):
    window.returns.choose_send()
    dialog = window.returns.send_dialog
    dialog.folder.setText(str(folder))
    dialog.due.set_value(DUE)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return window.returns.written_dialog


def test_the_contact_is_edited_on_the_organisations_screen(qtbot, window):
    members = window.screen("members")
    window.show_screen("members")
    members.left_tabs.setCurrentIndex(1)
    council = next(o for o in window.store.snapshot.data.organisations if o.name == COUNCIL)
    members.show_record("organisation", council.id)
    assert members.contact_email.text() == council.contact_email
    assert members.contact_email.accessibleName() and members.organisation_language.accessibleName()

    members.contact_email.setFocus()
    members.contact_email.setText("not an address")
    members.contact_email.editingFinished.emit()
    assert "not an email address" in window._last_error and "\n" not in window._last_error
    assert edits.get(window.store.db, "organisation", council.id)["contact_email"] == council.contact_email
    for box in window.findChildren(QMessageBox):
        box.close()

    members.contact_email.setText("returns@cwmtaf.example")
    members.contact_email.editingFinished.emit()
    members.contact_name.setText("Huw Owen")
    members.contact_name.editingFinished.emit()
    index = members.organisation_language.findData("cy")
    members.organisation_language.setCurrentIndex(index)
    members.organisation_language.activated.emit(index)
    saved = edits.get(window.store.db, "organisation", council.id)
    assert (saved["contact_email"], saved["contact_name"], saved["language"]) == (
        "returns@cwmtaf.example",
        "Huw Owen",
        "cy",
    )


def test_send_returns_offers_the_drafts_and_the_status_follows(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    panel, dashboard_panel = window.returns.status_panel, window.returns.dashboard_panel
    assert not panel.chase_button.isEnabled() and "No returns sent yet" in panel.headline.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)

    shown = send(window, tmp_path / "out")
    assert shown.isVisible() and shown.files.count() == 11  # 6 returns, 5 drafts
    assert shown.open_draft_button.isEnabled()  # a draft is chosen for you
    shown.open_draft_button.click()
    assert opened and opened[-1].endswith(".eml")
    shown.files.setCurrentRow(next(i for i in range(11) if shown.files.item(i).text().endswith(".xlsx")))
    assert not shown.open_draft_button.isEnabled()
    shown.open_button.click()
    assert opened[-1] == str(tmp_path / "out")
    assert "No email draft for 1 organisation" in " ".join(label.text() for label in shown.findChildren(QLabel))
    shown.close()

    for p in (panel, dashboard_panel):
        assert len(items(p)) == 6 and all(text.startswith("AWAITING") for text in items(p))
        assert "0 received, 6 awaiting, 0 late" in p.headline.text()
        assert p.chase_button.isEnabled()
    assert any("no contact email" in text for text in items(panel))

    council = next(o for o in window.store.snapshot.data.organisations if o.name == COUNCIL)
    ref = next(c.ref for c in window.store.snapshot.data.commitments if c.organisation_id == council.id)
    path = tmp_path / "out" / f"{COUNCIL} - update return.xlsx"
    fill(path, {ref: {"date": date(2026, 11, 20), "status": "in progress", "note": "Going well."}})
    window.returns.run_import(path)
    window.returns.preview_dialog.accept()
    window.returns.summary_box.close()
    assert items(panel)[-1].startswith(f"RECEIVED   {COUNCIL}")
    assert "1 received, 5 awaiting, 0 late" in dashboard_panel.headline.text()

    window.store.set_as_of(DUE + timedelta(days=1))  # past the due date: the rest are late
    assert [t.split()[0] for t in items(panel)] == ["LATE"] * 5 + ["RECEIVED"]
    assert "1 received, 0 awaiting, 5 late" in panel.headline.text()


def test_chase_writes_reminders_for_those_not_back(qtbot, window, tmp_path, monkeypatch):
    send(window, tmp_path / "out").close()
    panel = window.returns.status_panel
    window.show_screen("actions")
    tabs = window.screen("actions").tabs
    tabs.setCurrentWidget(panel)
    assert tabs.tabText(tabs.currentIndex()) == "Returns"

    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "chase"))
    qtbot.mouseClick(panel.chase_button, Qt.MouseButton.LeftButton)
    shown = window.returns.written_dialog
    assert shown.windowTitle() == "Reminders written" and shown.files.count() == 5
    written = sorted(p.name for p in (tmp_path / "chase").iterdir())
    assert written == sorted(shown.files.item(i).text() for i in range(5))
    assert all(name.endswith(" - reminder.eml") for name in written)
    shown.close()
    assert sum("reminded" in text for text in items(panel)) == 5
