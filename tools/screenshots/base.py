"""What every step of the screenshots uses (saving a screen, a dialog over the dimmed window), and the
main screens' steps; tools/screenshots/__main__.py runs them all in order."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from commission.errors import WorkbookError
from commission.ui.search import SearchDialog
from commission.ui.transfer import ProblemsDialog
from commission.workbook.validate import Problem

SIZE = (1280, 800)


def settle(window, rounds: int = 6) -> None:
    """Let background reads finish and the screen repaint."""
    for _ in range(rounds):
        window.runner.wait(10_000)
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path), "PNG")
    print(f"screenshots: wrote {path}")


def save_over(window, dialog: QWidget, path: Path) -> None:
    """A dialog as it appears: centred over the dimmed window, so the picture is 1280×800 too."""
    picture = window.grab()
    shot = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(20, 30, 40, 120))
    x, y = (picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 2
    painter.fillRect(QRect(x - 1, y - 1, shot.width() + 2, shot.height() + 2), QColor(0, 0, 0, 90))
    painter.drawPixmap(x, y, shot)
    painter.end()
    picture.save(str(path), "PNG")
    print(f"screenshots: wrote {path}")


def _screen(window, key: str, out: Path, name: str, prepare=None):
    def step():
        screen = window.show_screen(key)
        if prepare:
            prepare(screen)
        settle(window)
        save(window, out / f"{name}.png")

    return step


def screen_steps(window, out: Path):
    """Each screen of the demo, and the dialogs opened from them."""

    def snap():
        return window.store.snapshot

    yield _screen(window, "dashboard", out, "dashboard")

    def dashboard_bottom(screen):
        bar = screen.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    yield _screen(window, "dashboard", out, "dashboard-overdue", dashboard_bottom)
    yield lambda: window.dashboard.scroll.verticalScrollBar().setValue(0)

    def sessions(screen):
        listening = [s for s in snap().data.sessions if s.kind == "listening"]
        if listening:
            screen.show_record("session", listening[0].id)
        screen.tabs.setCurrentIndex(0)

    yield _screen(window, "sessions", out, "sessions", sessions)
    yield _screen(window, "sessions", out, "sessions-attendance", lambda s: s.tabs.setCurrentIndex(1))

    def quotes(screen):
        screen.tabs.setCurrentIndex(2)

    yield _screen(window, "sessions", out, "sessions-quotes", quotes)

    def quote_dialog():
        screen = window.show_screen("sessions")
        screen.tabs.setCurrentIndex(0)
        notes = screen.notes.toPlainText()
        words = "The security guard at the door looks at you like you're there to cause trouble."
        start = max(notes.find(words), 0)
        cursor = screen.notes.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + len(words), cursor.MoveMode.KeepAnchor)
        screen.notes.setTextCursor(cursor)
        screen.capture_quote()
        dialog = screen.quote_dialog
        dialog.speaker.setCurrentIndex(min(2, dialog.speaker.count() - 1))
        stigma = next((i for i in snap().data.insights if "judged" in i.statement), snap().data.insights[0])
        dialog.insights.set_checked(stigma.id)
        dialog.insights.scroll_to_checked()
        settle(window)
        save_over(window, dialog, out / "quote-capture.png")
        dialog.reject()

    yield quote_dialog

    def members(screen):
        screen.left_tabs.setCurrentIndex(0)

    yield _screen(window, "members", out, "members", members)

    def members_personal(screen):
        with_details = next((m for m in snap().data.members if m.email), None)
        if with_details:
            screen.show_record("member", with_details.id)
        screen.show_personal.setChecked(True)
        settle(window)
        bar = screen.panel_stack.currentWidget().verticalScrollBar()
        bar.setValue(bar.maximum())

    yield _screen(window, "members", out, "members-personal-details", members_personal)

    def organisations(screen):
        screen.show_personal.setChecked(False)
        screen.panel_stack.currentWidget().verticalScrollBar().setValue(0)
        screen.left_tabs.setCurrentIndex(1)

    yield _screen(window, "members", out, "organisations", organisations)

    def themes(screen):
        window.screens["members"].left_tabs.setCurrentIndex(0)
        richest = max(snap().data.insights, key=lambda i: len(snap().actions_by_insight.get(i.id, [])))
        screen.show_record("insight", richest.id)
        screen.detail_tabs.setCurrentIndex(0)
        settle(window)
        screen.trace.scrollToAnchor("we-did")  # the chain from what was heard to the panel's verdicts

    yield _screen(window, "themes", out, "themes-trace", themes)
    yield _screen(window, "themes", out, "themes-evidence", lambda s: s.detail_tabs.setCurrentIndex(1))

    def commitments(screen):
        busiest = max(snap().data.commitments, key=lambda c: len(snap().data.updates_by_commitment.get(c.id, [])))
        screen.show_record("commitment", busiest.id)

    yield _screen(window, "actions", out, "commitments", commitments)

    def actions(screen):
        screen.show_record("action", snap().data.actions[1].id)

    yield _screen(window, "actions", out, "actions", actions)

    def log_update():
        screen = window.show_screen("actions")
        screen.show_record("commitment", snap().data.commitments[1].id)
        screen.commitments.log_update()
        dialog = screen.commitments.update_dialog
        dialog.note.setPlainText("The Help Hub phone line opened on 2 November; the web form follows in January.")
        dialog.reported_by.setText("Help Hub project manager")
        dialog.progress.setValue(60)
        dialog.verdict.setCurrentIndex(dialog.verdict.findData("partly"))
        dialog.comment.setPlainText("The phone line is real. Two of us were still passed on last week.")
        settle(window)
        save_over(window, dialog, out / "log-update.png")
        dialog.reject()

    yield log_update


def dialog_steps(window, out: Path):
    """Search, and the list of a workbook's problems."""

    def search():
        dialog = SearchDialog(window.store, window)
        dialog.show()
        dialog.query.setText("sanction")
        dialog.run_search()
        settle(window)
        save_over(window, dialog, out / "search.png")
        dialog.close()

    yield search

    def problems():
        error = WorkbookError(
            "returns.xlsx was not imported",
            [
                Problem("Updates", 4, "date", "'31/02/2026' is not a date: write it as YYYY-MM-DD"),
                Problem("Updates", 7, "progress", "progress must be a number from 0 to 100 (it is 140)"),
                Problem("Updates", 9, "commitment_ref", "unknown commitment 'C99'"),
                Problem("Commitments", 3, "ref", "duplicate ref 'C02' (also on row 2)"),
                Problem("Members", None, "display_name", "missing required column"),
            ],
        )
        dialog = ProblemsDialog(error, "returns.xlsx", window)
        dialog.show()
        settle(window)
        save_over(window, dialog, out / "import-problems.png")
        dialog.close()

    yield problems
