"""Save a 1280×800 picture of every screen (scripts/screenshots runs this under Xvfb on a fresh demo).

Started by run_app when COMMISSION_SCREENSHOTS names a folder; COMMISSION_AS_OF (YYYY-MM-DD) fixes the
date the figures are computed for, so the pictures do not change from day to day.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1280, 800)


def settle(window, rounds: int = 6) -> None:
    """Let background reads finish and the screen repaint."""
    for _ in range(rounds):
        window.runner.wait(10_000)
        QApplication.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path), "PNG")
    print(f"screenshots: wrote {path}")


def take_screenshots(window, out: Path, done: Callable[[], None] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    window.showNormal()
    window.resize(*SIZE)
    as_of = os.environ.get("COMMISSION_AS_OF")
    if as_of:
        window.dashboard.set_as_of(date.fromisoformat(as_of))
    settle(window)
    steps = list(_steps(window, out))

    def run(index: int = 0) -> None:
        if index >= len(steps):
            if done:
                done()
            return
        steps[index]()
        settle(window)
        QTimer.singleShot(120, lambda: run(index + 1))

    run()


def _screen(window, key: str, out: Path, name: str, prepare=None):
    def step():
        screen = window.show_screen(key)
        if prepare:
            prepare(screen)
        settle(window)
        save(window, out / f"{name}.png")
    return step


def _steps(window, out: Path):
    snap = lambda: window.store.snapshot

    yield _screen(window, "dashboard", out, "dashboard")

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
        cursor = screen.notes.textCursor()
        cursor.setPosition(0)
        cursor.movePosition(cursor.MoveOperation.NextWord, cursor.MoveMode.KeepAnchor, 14)
        screen.notes.setTextCursor(cursor)
        screen.capture_quote()
        dialog = screen.quote_dialog
        dialog.insights.set_checked(snap().data.insights[0].id)
        settle(window)
        save(dialog, out / "quote-capture.png")
        dialog.reject()
    yield quote_dialog

    def members(screen):
        screen.left_tabs.setCurrentIndex(0)
    yield _screen(window, "members", out, "members", members)

    def members_personal(screen):
        screen.show_personal.setChecked(True)
    yield _screen(window, "members", out, "members-personal-details", members_personal)

    def organisations(screen):
        screen.show_personal.setChecked(False)
        screen.left_tabs.setCurrentIndex(1)
    yield _screen(window, "members", out, "organisations", organisations)

    def themes(screen):
        window.screens["members"].left_tabs.setCurrentIndex(0)
        richest = max(snap().data.insights, key=lambda i: len(snap().actions_by_insight.get(i.id, [])))
        screen.show_record("insight", richest.id)
        screen.detail_tabs.setCurrentIndex(0)
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
        save(dialog, out / "log-update.png")
        dialog.reject()
    yield log_update

    def search():
        from commission.ui.search import SearchDialog

        dialog = SearchDialog(window.store, window)
        dialog.show()
        dialog.query.setText("sanction")
        dialog.run_search()
        settle(window)
        save(dialog, out / "search.png")
        dialog.close()
    yield search

    def problems():
        from commission.errors import WorkbookError
        from commission.ui.transfer import ProblemsDialog
        from commission.workbook.validate import Problem

        error = WorkbookError("returns.xlsx was not imported", [
            Problem("Updates", 4, "date", "'31/02/2026' is not a date: write it as YYYY-MM-DD"),
            Problem("Updates", 7, "progress", "progress must be a number from 0 to 100 (it is 140)"),
            Problem("Updates", 9, "commitment_ref", "unknown commitment 'C99'"),
            Problem("Commitments", 3, "ref", "duplicate ref 'C02' (also on row 2)"),
            Problem("Members", None, "display_name", "missing required column"),
        ])
        dialog = ProblemsDialog(error, "returns.xlsx", window)
        dialog.show()
        settle(window)
        save(dialog, out / "import-problems.png")
        dialog.close()
    yield problems
