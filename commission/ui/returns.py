"""Update returns in the app: "Send returns…" writes one spreadsheet per organisation, "Import return…"
reads a filled one back and says what changed (services.returns does the work, off the GUI thread)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from commission.ui.dialogs import FormDialog
from commission.ui.jobs import (
    FilesWrittenDialog,
    message,
    notice,
    report_failure,
    run_with_progress,
    show_status,
    write_staged,
)
from commission.ui.widgets import DateEdit
from commission.ui.words import plural

RETURNS_PRIVACY = ("Each return holds only that organisation's own commitments and their progress, for it to "
                   "fill in: no names, quotes or contact details of panel members.")


class SendReturnsDialog(FormDialog):
    """Where to write the returns and the date their figures are as of."""

    def __init__(self, folder: str, as_of: date, parent=None):
        super().__init__("Send update returns", "One spreadsheet per organisation with commitments. Send each "
                         "to its organisation; when one comes back filled in, Import return… reads it.",
                         "Write returns", parent, 680)
        self.folder = QLineEdit(folder)
        self.folder.setMinimumWidth(400)
        self.folder.setCursorPosition(0)  # the start of a long path says more than its end
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.as_of = DateEdit(as_of)
        date_row = QHBoxLayout()
        date_row.addWidget(self.as_of)
        date_row.addStretch(1)
        self.form.addRow("Folder", row)
        self.form.addRow("Figures as of", date_row)
        self.extra.addWidget(notice(RETURNS_PRIVACY))
        self.require(self.folder)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, "Folder for the returns", self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self.folder.setCursorPosition(0)

    def values(self) -> tuple[Path, date]:
        return Path(self.folder.text().strip()).expanduser(), self.as_of.value()


class Returns(QObject):
    """Send returns… and Import return…, run by the main window's runner; the last outcome is kept for tests."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
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
        """The two buttons in the Actions & Commitments header, before its own."""
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

    # -- sending ------------------------------------------------------------------------------------
    def choose_send(self) -> None:
        if self.store.info is None:
            return
        folder = os.path.join(self.window.settings.last_folder(), f"Update returns {date.today().isoformat()}")
        self.send_dialog = SendReturnsDialog(folder, self.store.as_of, self.window)
        self.send_dialog.accepted.connect(lambda: self.send(*self.send_dialog.values()))
        self.send_dialog.open()

    def send(self, folder: str | Path, as_of: date) -> None:
        from commission.services.returns import write_returns

        db, name, folder = self.store.db, self.store.info.name, Path(folder)

        def work(job):
            return write_staged(folder, job, lambda staging: write_returns(db, staging, commission=name, as_of=as_of))

        self.window.settings.set_last_folder(folder)
        self.progress = run_with_progress(self.window, self.window.runner, "Writing returns",
                                          f"Writing an update return for each organisation in {folder.name}…",
                                          work, done=lambda paths: self._sent(folder, paths),
                                          failed=lambda exc: report_failure(self.window, exc), steps=False)

    def _sent(self, folder: Path, paths: list[Path]) -> None:
        self.progress = None
        show_status(self.window, f"Wrote {plural(len(paths), 'update return')} in {folder}.")
        self.written_dialog = FilesWrittenDialog("Returns written", f"{plural(len(paths), 'update return')} written",
                                                 folder, paths, "Send each file to its organisation. " + RETURNS_PRIVACY,
                                                 self.window)
        self.written_dialog.open()

    # -- importing ----------------------------------------------------------------------------------
    def choose_import(self) -> None:
        if self.store.db is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, "Import an update return",
                                              self.window.settings.last_folder(),
                                              "Update returns (*.xlsx *.ods *.xls *.csv);;All files (*)")
        if path:
            self.window.settings.set_last_folder(path)
            if path.lower().endswith(".csv"):
                from commission.workbook.csvset import split_stem

                if not split_stem(Path(path).stem)[0]:  # LibreOffice's <file>-<sheet>.csv brings its set itself
                    path = str(Path(path).parent)  # otherwise the folder holds one file per sheet
            self.run_import(path)

    def run_import(self, path: str | Path) -> None:
        """Check the return and show what it will add and ignore (off the GUI thread); import when confirmed."""
        from commission.services.return_import import import_return

        db, path, as_of = self.store.db, Path(path), self.store.as_of

        def work(job):  # import_return refuses, in words, a file that is not a return
            return import_return(db, path, as_of=as_of, progress=job.report, dry_run=True)

        self.problems = None
        self.preview_dialog = None
        self.progress = run_with_progress(self.window, self.window.runner, self.tr("Checking a return"),
                                          self.tr("Checking {name} and working out what it will add…").format(
                                              name=path.name), work,
                                          done=lambda preview: self._previewed(preview, path),
                                          failed=lambda exc: self._import_failed(exc, path))

    def _previewed(self, summary, path: Path) -> None:
        from commission.services.preview import ImportPreview
        from commission.ui.import_preview import ImportPreviewDialog

        self.progress = None
        self.preview_dialog = ImportPreviewDialog(ImportPreview("return", path.name, summary), self.window)
        self.preview_dialog.accepted.connect(lambda: self.confirm_import(path))
        self.preview_dialog.rejected.connect(
            lambda: show_status(self.window, self.tr("Not imported: nothing was changed.")))
        self.preview_dialog.open()

    def confirm_import(self, path: str | Path) -> None:
        """The import itself, once the coordinator has seen what it will add."""
        from commission.services.return_import import import_return

        db, path, as_of = self.store.db, Path(path), self.store.as_of

        def work(job):
            return import_return(db, path, as_of=as_of, progress=lambda f: job.report(f) if f < 1 else None)

        self.progress = run_with_progress(self.window, self.window.runner, self.tr("Importing a return"),
                                          self.tr("Importing {name}…").format(name=path.name), work,
                                          done=self._imported, failed=lambda exc: self._import_failed(exc, path))

    def _imported(self, summary) -> None:
        self.progress = None
        self.window.undo_stack.clear()  # an import is not undone step by step
        lines = summary.lines()
        self.summary_box = message(self.window, "Return imported", lines[0], lines[1:])
        show_status(self.window, " ".join(line.strip() for line in lines[:2]))
        self.store.refresh()

    def _import_failed(self, exc: BaseException, path: Path) -> None:
        self.progress = None
        self.problems = report_failure(self.window, exc, path.name)
        self.store.refresh()
