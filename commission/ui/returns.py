"""Update returns in the app: "Send returns…" writes one spreadsheet per organisation, "Import return…"
reads a filled one back and says what changed (services.returns does the work, off the GUI thread)."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from commission.ui.bases import WindowPart
from commission.ui.dialogs import FormDialog
from commission.ui.jobs import (
    FilesWrittenDialog,
    message,
    notice,
    report_failure,
    run_with_progress,
    show_status,
)
from commission.ui.noop import QT_TRANSLATE_NOOP
from commission.ui.transfer import choose_to_open
from commission.ui.widgets import DateEdit, OptionalDate
from commission.ui.words import counted

RETURNS_PRIVACY = QT_TRANSLATE_NOOP(
    "Returns",
    "Each return holds only that organisation's own commitments and their progress, for it to "
    "fill in: no names, quotes or contact details of panel members.",
)
Written = tuple[str, str, list[Path], str]  # what the written dialog says: its title, heading, files and note


class SendReturnsDialog(FormDialog):
    """Where to write the returns and the date their figures are as of."""

    def __init__(self, folder: str, as_of: date, parent=None):
        super().__init__(
            self.tr("Send update returns"),
            self.tr(
                "One spreadsheet per organisation with commitments. Send each "
                "to its organisation; when one comes back filled in, Import return… reads it."
            ),
            self.tr("Write returns"),
            parent,
            680,
        )
        self.folder = QLineEdit(folder)
        self.folder.setMinimumWidth(400)
        self.folder.setCursorPosition(0)  # the start of a long path says more than its end
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.as_of = DateEdit(as_of)
        date_row = QHBoxLayout()
        date_row.addWidget(self.as_of)
        date_row.addStretch(1)
        self.due = OptionalDate(self.tr("Due back by"))
        self.due.setAccessibleName(self.tr("When the returns are due back"))
        self.form.addRow(self.tr("Folder"), row)
        self.form.addRow(self.tr("Figures as of"), date_row)
        self.form.addRow(self.tr("Due"), self.due)
        self.extra.addWidget(notice(QCoreApplication.translate("Returns", RETURNS_PRIVACY)))
        self.extra.addWidget(
            notice(
                self.tr(
                    "Beside each return an email draft is written to the organisation's contact, in its language, "
                    "with the return attached: open it in your mail program to send it. Nothing is sent from here."
                )
            )
        )
        self.require(self.folder)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the returns"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self.folder.setCursorPosition(0)

    def values(self) -> tuple[Path, date, date | None]:
        return Path(self.folder.text().strip()).expanduser(), self.as_of.value(), self.due.value()


class Returns(WindowPart):
    """Send returns… and Import return…, run by the main window's runner; the last outcome is kept for tests."""

    def __init__(self, window):
        super().__init__(window)
        self.send_dialog: SendReturnsDialog | None = None
        self.written_dialog: FilesWrittenDialog | None = None
        self.summary_box: QMessageBox | None = None
        self.problems = None
        self.progress = None
        self.preview_dialog = None  # what the return will add and ignore, shown before it is written

    @property
    def store(self):
        return self.window.store

    def add_buttons(self, screen) -> None:
        """The two buttons in the Actions & Commitments header, before its own; and who has replied, as its
        Returns tab (the window calls this when it builds the screen)."""
        from commission.ui.return_status import ReturnStatusPanel

        self._status_panel = ReturnStatusPanel(self.store)
        screen.tabs.addTab(self._status_panel, self.tr("Returns"))
        self._connect_panel(self._status_panel)
        send, receive = QPushButton(self.tr("Send returns…")), QPushButton(self.tr("Import return…"))
        send.setToolTip(self.tr("Write a spreadsheet for each organisation to report progress on its commitments"))
        receive.setToolTip(self.tr("Read a filled-in update return back in"))
        send.clicked.connect(self.choose_send)
        receive.clicked.connect(self.choose_import)
        index = screen.header.indexOf(screen.agree_button)
        screen.header.insertWidget(index, send)
        screen.header.insertWidget(index + 1, receive)
        screen.header.insertSpacing(index + 2, 12)
        self.send_button, self.import_button = send, receive

    def add_to_dashboard(self, dashboard) -> None:
        """Who has replied, as a card on the Dashboard above its chart (the window calls this when it builds
        the Dashboard)."""
        from commission.ui.return_status import ReturnStatusPanel

        self._dashboard_panel = ReturnStatusPanel(self.store, compact=True)
        anchor = dashboard.over_time
        page = anchor.parentWidget().layout()
        page.insertWidget(page.indexOf(anchor), self._dashboard_panel)
        self._connect_panel(self._dashboard_panel)

    def _connect_panel(self, panel) -> None:
        panel.chase_requested.connect(self.choose_chase)
        panel.send_requested.connect(self.choose_send)
        if self.store.snapshot is not None:  # built after the commission was read: no load to wait for
            panel.refresh()

    @property
    def status_panel(self):
        """The Actions & Commitments screen's Returns tab (the screen is built if it was not yet)."""
        self.window.screens["actions"]
        return self._status_panel

    @property
    def dashboard_panel(self):
        """The Dashboard's returns card (the Dashboard is built if it was not yet)."""
        self.window.screens["dashboard"]
        return self._dashboard_panel

    # -- sending ------------------------------------------------------------------------------------
    def choose_send(self) -> None:
        if self.store.info is None:
            return
        folder = os.path.join(self.window.settings.last_folder(), f"Update returns {date.today().isoformat()}")
        self.send_dialog = SendReturnsDialog(folder, self.store.as_of, self.window)
        self.send_dialog.accepted.connect(lambda: self.send(*self.send_dialog.values()))
        self.send_dialog.open()

    def send(self, folder: str | Path, as_of: date, due: date | None = None) -> None:
        """Write the returns and their email drafts, and record the round (services.return_rounds)."""
        from commission.services.return_rounds import send_returns

        name, folder = self.store.info.name, Path(folder)
        self.window.settings.set_last_folder(folder)
        self._write(
            self.tr("Writing returns"),
            self.tr("Writing an update return for each organisation in {name}…").format(name=folder.name),
            lambda db, check: send_returns(db, folder, commission=name, as_of=as_of, due=due, check=check),
            self._returns_written,
        )

    def _returns_written(self, sent) -> Written:
        return (
            self.tr("Returns written"),
            self.tr("{returns} and {drafts} written").format(
                returns=counted(self.tr("%n update return(s)", "", len(sent.returns)), len(sent.returns)),
                drafts=counted(self.tr("%n email draft(s)", "", len(sent.drafts)), len(sent.drafts)),
            ),
            sorted(sent.returns + sent.drafts, key=lambda p: p.name),
            " " + self.tr(RETURNS_PRIVACY),
        )

    def _write(self, title: str, text: str, write, said: Callable[[Any], Written]) -> None:
        """Write files off the GUI thread behind a busy bar: `write(db, check)`, which calls `check()` before it
        records anything (where Stop still stops it). Then say what was written: `said(result)` gives the
        dialog's title, heading, files and note."""
        self.progress = run_with_progress(
            self.window,
            self.window.runner,
            title,
            text,
            self.store.bind(lambda job, db: write(db, lambda: job.report(0.99))),
            done=lambda result: self._written(result, *said(result)),
            failed=lambda exc: report_failure(self.window, exc),
            steps=False,
        )

    def _written(self, result, title: str, heading: str, files: list[Path], note: str) -> None:
        """Say what was written: a line in the status bar, then the files and email drafts with their folder."""
        from commission.ui.return_status import DraftsWrittenDialog

        self.progress = None
        lines = result.lines()
        show_status(self.window, lines[0])
        self.written_dialog = DraftsWrittenDialog(
            title, heading, result.folder, files, " ".join(lines[1:]) + note, result.drafts, self.window
        )
        self.written_dialog.open()
        self.store.refresh()

    # -- chasing ------------------------------------------------------------------------------------
    def choose_chase(self) -> None:
        if self.store.info is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Folder for the reminders"), self.window.settings.last_folder()
        )
        if folder:
            self.chase(folder)

    def chase(self, folder: str | Path) -> None:
        """A reminder draft for each organisation whose return is not back (services.return_rounds.chase)."""
        from commission.services.return_rounds import chase

        name, folder, on = self.store.info.name, Path(folder), self.store.as_of
        self._write(
            self.tr("Writing reminders"),
            self.tr("Writing a reminder for each return not back yet…"),
            lambda db, check: chase(db, folder, commission=name, on=on, check=check),
            self._reminders_written,
        )

    def _reminders_written(self, chased) -> Written:
        return (
            self.tr("Reminders written"),
            counted(self.tr("%n reminder(s) written", "", len(chased.drafts)), len(chased.drafts)),
            chased.drafts,
            "",
        )

    # -- importing ----------------------------------------------------------------------------------
    def choose_import(self) -> None:
        if not self.store.is_open:
            return
        path = choose_to_open(
            self.window,
            self.tr("Import an update return"),
            self.tr("Update returns (*.xlsx *.ods *.xls *.csv);;All files (*)"),
        )
        if path:
            if path.lower().endswith(".csv"):
                from commission.workbook.csvset import split_stem

                if not split_stem(Path(path).stem)[0]:  # LibreOffice's <file>-<sheet>.csv brings its set itself
                    path = str(Path(path).parent)  # otherwise the folder holds one file per sheet
            self.run_import(path)

    def run_import(self, path: str | Path) -> None:
        """Check the return and show what it will add and ignore (off the GUI thread); import when confirmed."""
        from commission.services.return_import import import_return

        path, as_of = Path(path), self.store.as_of

        def work(job, db):  # import_return refuses, in words, a file that is not a return
            return import_return(db, path, as_of=as_of, progress=job.report, dry_run=True)

        self.problems = None
        self.preview_dialog = None
        self._importing(
            path,
            self.tr("Checking a return"),
            self.tr("Checking {name} and working out what it will add…").format(name=path.name),
            work,
            lambda preview: self._previewed(preview, path),
        )

    def _previewed(self, summary, path: Path) -> None:
        from commission.services.preview import ImportPreview
        from commission.ui.import_preview import ImportPreviewDialog

        self.progress = None
        self.preview_dialog = ImportPreviewDialog(ImportPreview("return", path.name, summary), self.window)
        self.preview_dialog.accepted.connect(lambda: self.confirm_import(path))
        self.preview_dialog.rejected.connect(
            lambda: show_status(self.window, self.tr("Not imported: nothing was changed."))
        )
        self.preview_dialog.open()

    def confirm_import(self, path: str | Path) -> None:
        """The import itself, once the coordinator has seen what it will add."""
        from commission.services.return_import import import_return

        path, as_of, actor = Path(path), self.store.as_of, self.window.editor.actor

        def work(job, db):
            return import_return(
                db, path, as_of=as_of, progress=lambda f: job.report(f) if f < 1 else None, actor=actor
            )

        self._importing(
            path,
            self.tr("Importing a return"),
            self.tr("Importing {name}…").format(name=path.name),
            work,
            self._imported,
        )

    def _importing(self, path: Path, title: str, text: str, work, done) -> None:
        """Check or import the return at `path` off the GUI thread (`work(job, db)`) behind a progress bar;
        `done(summary)` after, or the refusal shown (with the file's name) and the screens read again."""
        self.progress = run_with_progress(
            self.window,
            self.window.runner,
            title,
            text,
            self.store.bind(work),
            done=done,
            failed=lambda exc: self._import_failed(exc, path),
        )

    def _imported(self, summary) -> None:
        self.progress = None
        self.window.undo_stack.clear()  # an import is not undone step by step
        lines = summary.lines()
        self.summary_box = message(self.window, self.tr("Return imported"), lines[0], lines[1:])
        show_status(self.window, " ".join(line.strip() for line in lines[:2]))
        self.store.refresh()

    def _import_failed(self, exc: BaseException, path: Path) -> None:
        self.progress = None
        self.problems = report_failure(self.window, exc, path.name)
        self.store.refresh()
