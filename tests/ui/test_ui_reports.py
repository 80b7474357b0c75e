"""The Reports screen: make the demo's report off the GUI thread, preview the PDF, save a copy; Word and the
tracker get a summary instead of a preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

AS_OF = date(2026, 11, 22)  # the demo commission's own "today" (as in conftest)


def test_the_pdf_is_made_previewed_and_saved(qtbot, window, tmp_path):
    screen = window.show_screen("reports")
    assert screen.as_of.value() == AS_OF  # the Dashboard's date
    assert "Redacted for others" in screen.redacted.text() and screen.redacted.isVisible()
    assert not screen.save_button.isVisible()
    assert screen.format.currentData() == "pdf"

    qtbot.mouseClick(screen.make_button, Qt.MouseButton.LeftButton)
    made = screen.made
    assert made is not None and made.path.exists() and made.path.read_bytes().startswith(b"%PDF")
    assert screen.stack.currentWidget() is screen.preview
    assert screen.preview.document.pageCount() > 0 and made.pages == screen.preview.page_count()
    assert screen.save_button.isVisible() and f"{made.pages} pages" in screen.made_note.text()

    # page navigation and zoom
    preview = screen.preview
    assert preview.current_page() == 0 and not preview.previous.isEnabled()
    qtbot.mouseClick(preview.next, Qt.MouseButton.LeftButton)
    assert preview.current_page() == 1 and preview.page.value() == 2
    preview.go_to(made.pages + 5)
    assert preview.current_page() == made.pages - 1 and not preview.next.isEnabled()
    qtbot.mouseClick(preview.zoom_in, Qt.MouseButton.LeftButton)
    assert preview.view.zoomFactor() > 1.0 and preview.zoom.currentText() == "125%"

    out = screen.save_to(tmp_path / "Council report")
    assert out == tmp_path / "Council report.pdf"
    assert out.read_bytes() == made.path.read_bytes()
    assert "redacted for others" in window.statusBar().currentMessage()

    # the options changed: the screen says so; making again replaces the old temporary file
    screen.large_print.setChecked(True)
    assert screen.stale.isVisible()
    first = made.path
    screen.make_report()
    assert not first.exists() and screen.made.path.exists() and not screen.stale.isVisible()


def test_the_tracker_is_summarised_not_previewed(qtbot, window, tmp_path):
    screen = window.show_screen("reports")
    screen.format.setCurrentIndex(screen.format.findData("xlsx"))
    council = next(o for o in window.store.snapshot.data.organisations if o.kind == "council")
    screen.organisation.setCurrentIndex(screen.organisation.findData(council.ref))
    screen.make_report()
    assert screen.stack.currentWidget() is screen.summary
    text = screen.summary_text.text()
    assert council.name in text and "figures as of 22 November 2026" in text
    mine = [c for c in window.store.snapshot.data.commitments if c.organisation_id == council.id]
    assert f"{len(mine)} commitments" in text
    out = screen.save_to(tmp_path / "tracker.xlsx")
    book = openpyxl.load_workbook(out)
    assert "Commitments" in book.sheetnames and book["Commitments"].max_row == len(mine) + 1


def test_cancel_leaves_no_report(qtbot, window, monkeypatch):
    screen = window.show_screen("reports")
    submit = window.runner.submit

    def cancelling(fn, **kwargs):
        def work(job):
            job.cancel()
            return fn(job)

        return submit(work, **kwargs)

    monkeypatch.setattr(window.runner, "submit", cancelling)
    screen.make_report()
    assert screen.made is None and screen.make_button.isEnabled()
    assert "Stopped" in window.statusBar().currentMessage()
    assert not list(Path(screen._temp.path()).iterdir())  # nothing half-written left behind


def test_places_to_check_are_listed_before_save_as(qtbot, window):
    from commission.services import edits

    data = window.store.snapshot.data
    commitment = data.commitments[0]
    edits.edit(window.store.db, "commitment", commitment.id, {"pledge": "Ask Kelly which forms confused people"})
    window.store.refresh()
    qtbot.waitUntil(lambda: window.store.snapshot.data.commitments[0].pledge.startswith("Ask Kelly"))
    screen = window.show_screen("reports")
    screen.make_report()
    assert screen.save_button.isVisible() and screen.checks_note.isVisible()
    text = screen.checks_note.text()
    assert text.startswith("Check these before you share")
    assert f"Commitment {commitment.ref}: pledge" in text and "Ask Kelly which forms" in text
    assert screen.checks_note.accessibleName()

    edits.edit(window.store.db, "commitment", commitment.id, {"pledge": "Ask the panel which forms confused people"})
    window.store.refresh()
    qtbot.waitUntil(lambda: window.store.snapshot.data.commitments[0].pledge.startswith("Ask the panel"))
    screen.make_report()
    assert not screen.checks_note.isVisible()


def test_the_accessible_formats(qtbot, window, tmp_path):
    """The web page is summarised and saved as .html; the accessible PDF is previewed and saved as .pdf."""
    screen = window.show_screen("reports")
    codes = [screen.format.itemData(i) for i in range(screen.format.count())]
    assert {"html", "pdfua"} <= set(codes)

    screen.format.setCurrentIndex(screen.format.findData("html"))
    assert "accessible page" in screen.format_note.text()
    screen.make_report()
    assert screen.stack.currentWidget() is screen.summary
    assert screen.suggested_name().endswith(".html")
    out = screen.save_to(tmp_path / "web")
    assert out == tmp_path / "web.html" and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    screen.format.setCurrentIndex(screen.format.findData("pdfua"))
    screen.make_report()
    made = screen.made
    assert made.path.suffix == ".pdf" and made.path.read_bytes().startswith(b"%PDF")
    assert screen.stack.currentWidget() is screen.preview and made.pages > 1
    assert screen.suggested_name().endswith(".pdf")
    out = screen.save_to(tmp_path / "accessible")
    assert out == tmp_path / "accessible.pdf"
    from pypdf import PdfReader

    assert "/StructTreeRoot" in PdfReader(str(out)).trailer["/Root"]  # tagged
