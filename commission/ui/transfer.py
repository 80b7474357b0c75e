"""Import, export and back-up: off the GUI thread, with a progress bar and Cancel.

A bad workbook's problems are shown as a table (sheet, row, column, what is wrong); nothing is written.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
)

from commission import files
from commission.errors import UserError, WorkbookError
from commission.ui.bases import WindowPart
from commission.ui.layouts import vbox
from commission.ui.models import ProblemsModel
from commission.ui.noop import QT_TRANSLATE_NOOP
from commission.ui.widgets import heading, muted, table_view
from commission.ui.words import counted
from commission.ui.workers import Cancelled

WORKBOOK_FILTER = QT_TRANSLATE_NOOP("Transfers", "Workbooks (*.xlsx *.ods *.xls);;CSV sheets (*.csv);;All files (*)")


def choose_to_open(window, title: str, file_filter: str) -> str:
    """A file to open, chosen from the last folder used (remembered for next time); "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(window, title, window.settings.last_folder(), file_filter)
    if path:
        window.settings.set_last_folder(path)
    return path


def choose_to_save(window, title: str, name: str, file_filter: str, suffix: str = "") -> str:
    """Where to save a file called `name` at first, in the last folder used (remembered for next time), `suffix`
    added when the name lacks it; "" when cancelled."""
    start = os.path.join(window.settings.last_folder(), name)
    path, _ = QFileDialog.getSaveFileName(window, title, start, file_filter)
    if path and not path.lower().endswith(suffix):
        path += suffix
    if path:
        window.settings.set_last_folder(path)
    return path


class ProgressDialog(QDialog):
    """A long job's progress, with Cancel."""

    def __init__(self, title: str, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(440)
        self.job = None
        layout = vbox(self, (22, 20, 22, 18), 12)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("withText")
        self.bar.setRange(0, 100)
        self.bar.setValue(0)
        self.bar.setFormat("%p%")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        buttons = QDialogButtonBox()
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)

    def set_fraction(self, fraction: float) -> None:
        self.bar.setValue(round(fraction * 100))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.label.setText(self.tr("Stopping… nothing will be changed."))
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:  # Esc or closing the window cancels too
        self.cancel()


class ProblemsDialog(QDialog):
    """Every problem in a workbook that was refused, readable and sortable, with a way to copy the list."""

    def __init__(self, error: WorkbookError, source: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("The workbook was not imported"))
        self.resize(900, 520)
        layout = vbox(self, (22, 18, 22, 18), 10)
        count = len(error.problems)
        layout.addWidget(heading(self.tr("{name} was not imported").format(name=source)))
        layout.addWidget(
            muted(
                counted(
                    self.tr(
                        "%n problem(s) to put right in the spreadsheet first. "
                        "Nothing in the database was changed. Row numbers are the ones the spreadsheet shows.",
                        "",
                        count,
                    ),
                    count,
                )
            )
        )
        self.model = ProblemsModel(self)
        self.model.set_rows(error.problems)
        self.table = table_view(
            self.model,
            stretch=ProblemsModel.COL_REASON,
            widths={ProblemsModel.COL_SHEET: 130, ProblemsModel.COL_ROW: 60, ProblemsModel.COL_COLUMN: 160},
        )
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the file's own order until asked
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy the list"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText("\n".join(str(p) for p in error.problems)))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class Transfers(WindowPart):
    """The File menu's import, export and back-up, run by the main window's runner."""

    def __init__(self, window):
        super().__init__(window)
        self.progress: ProgressDialog | None = None
        self.problems: ProblemsDialog | None = None
        self.preview_dialog = None  # what the import will change, shown before it is written
        self.last_message = ""

    @property
    def store(self):
        return self.window.store

    # -- import -------------------------------------------------------------------------------------
    def choose_import(self) -> None:
        if not self.store.is_open:
            return
        path = choose_to_open(self.window, self.tr("Import a workbook or update return"), self.tr(WORKBOOK_FILTER))
        if path:
            from commission.services.decidim import recognise

            if path.lower().endswith(".csv") and not recognise(path):  # a Decidim results file is one file
                from commission.workbook.csvset import split_stem

                if not split_stem(Path(path).stem)[0]:  # LibreOffice's <file>-<sheet>.csv brings its set itself
                    path = str(Path(path).parent)  # CSV sheets: the folder holds one file per sheet
            self.run_import(path)

    def run_import(self, path: str | Path, organisation: str | None = None) -> None:
        """Check the file and show what it will change (off the GUI thread); write only when confirmed."""
        from commission.services.decidim import recognise
        from commission.services.preview import preview_import

        path, as_of = Path(path), self.store.as_of
        self.pending_path = path
        # a Decidim results file names no commission: it goes into the one on screen
        commission = self.store.info.name if self.store.info is not None and recognise(path) else None
        self.preview_dialog = None
        self._run(
            self.tr("Checking"),
            self.tr("Checking {name} and working out what it will change…").format(name=path.name),
            path,
            lambda job, db: preview_import(
                db, path, as_of=as_of, progress=job.report, commission=commission, organisation=organisation
            ),
            lambda preview: self._previewed(preview, path, commission, organisation),
        )

    def _run(self, title: str, text: str, path: Path, work, done) -> None:
        self.progress = ProgressDialog(title, text, self.window)
        dialog = self.progress
        dialog.show()
        dialog.job = self.store.submit(  # (a synchronous runner has finished, and closed it, by now)
            work, on_done=done, on_error=lambda exc: self._failed(exc, path.name), on_progress=self._progress
        )

    def _previewed(self, preview, path: Path, commission: str | None = None, organisation: str | None = None) -> None:
        from commission.ui.import_preview import ImportPreviewDialog

        self._close_progress()
        self.preview_dialog = ImportPreviewDialog(preview, self.window)
        self.preview_dialog.accepted.connect(lambda: self.confirm_import(path, commission, organisation))
        self.preview_dialog.rejected.connect(self._not_imported)
        self.preview_dialog.open()

    def _not_imported(self) -> None:
        self.last_message = self.tr("Not imported: nothing was changed.")
        self.window.statusBar().showMessage(self.last_message, 10000)

    def confirm_import(self, path: str | Path, commission: str | None = None, organisation: str | None = None) -> None:
        """The import itself, once the coordinator has seen what it will change."""
        from commission.services.preview import import_file

        path, as_of, actor = Path(path), self.store.as_of, self.window.editor.actor

        def work(job, db):  # progress only before the commit: a Cancel after it would be untrue
            return import_file(
                db,
                path,
                as_of=as_of,
                progress=lambda f: job.report(f) if f < 1 else None,
                commission=commission,
                organisation=organisation,
                actor=actor,
            )

        self._run(self.tr("Importing"), self.tr("Importing {name}…").format(name=path.name), path, work, self._imported)

    def _progress(self, fraction: float) -> None:
        if self.progress is not None:
            self.progress.set_fraction(fraction)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _imported(self, summary) -> None:
        self._close_progress()
        self.window.undo_stack.clear()  # an import is not undone step by step
        self.last_message = (
            " ".join(summary.lines()[:1]) + " " + self.tr("{n} updates added.").format(n=summary.updates_added)
        )
        if getattr(summary, "ignored", None):
            self.last_message += " " + self.tr("{n} edits to the return were ignored.").format(n=len(summary.ignored))
        if getattr(summary, "not_in_file", None):  # SPEC: the summary says which sheets were not in the file
            self.last_message += " " + self.tr("Not in the file (left as they were): {sheets}.").format(
                sheets=", ".join(summary.not_in_file)
            )
        self.window.statusBar().showMessage(self.last_message, 15000)
        self.store.reload_commissions(summary.commission_id or None)

    def _failed(self, exc: BaseException, source: str) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            self.last_message = self.tr("Stopped: nothing was changed.")
            self.window.statusBar().showMessage(self.last_message, 10000)
        elif _organisation_needed(exc):
            self.ask_organisation(source)
            return
        elif isinstance(exc, WorkbookError):
            self.problems = ProblemsDialog(exc, source, self.window)
            self.problems.open()
        elif isinstance(exc, UserError):
            self.window.show_error(str(exc))
        else:
            self.window.show_error(self.tr("That did not work: {error}. Nothing was changed.").format(error=exc))
        self.store.refresh()

    def ask_organisation(self, source: str) -> None:
        """A Decidim results file has no organisations: whose commitments are its child results?"""
        snap = self.store.snapshot
        orgs = sorted(snap.organisations.values(), key=lambda o: o.name.lower()) if snap else []
        if not orgs:
            self.window.show_error(
                self.tr(
                    "{name} does not say which organisation made its commitments: add the "
                    "organisation first, then import it again."
                ).format(name=source)
            )
            return
        labels = [f"{o.name} ({o.ref})" for o in orgs]
        choice, ok = self.ask_item(
            self.tr("Whose commitments?"),
            self.tr(
                "{name} comes from Decidim, which does not say who made each commitment. Which organisation made them?"
            ).format(name=source),
            labels,
        )
        if ok and choice in labels:
            self.run_import(self.pending_path, organisation=orgs[labels.index(choice)].ref)
        else:
            self._not_imported()

    def ask_item(self, title: str, text: str, items: list[str]) -> tuple[str, bool]:  # tests replace this
        from PySide6.QtWidgets import QInputDialog

        return QInputDialog.getItem(self.window, title, text, items, 0, False)

    # -- export and back-up -------------------------------------------------------------------------
    def choose_export(self) -> None:
        self._choose_export(self.tr("Export workbook"), f"{self._name()}.xlsx")

    def choose_backup(self) -> None:
        """A copy of the whole database file (SQLite's online backup: consistent while in use)."""
        if not self.store.is_open:
            return
        if self.store.path is None:
            self.window.show_error(
                self.tr(
                    "A shared PostgreSQL database is backed up by its server (pg_dump), "
                    "not by the app. Export the workbook for a copy of this commission."
                )
            )
            return
        path = choose_to_save(
            self.window,
            self.tr("Back up the database"),
            f"{self.store.path.stem} backup {date.today().isoformat()}.db",
            self.tr("Commission databases (*.db)"),
        )
        if path:
            self.run_backup(path)

    def run_backup(self, path: str | Path) -> None:
        out = Path(path)
        self.progress = ProgressDialog(
            self.tr("Backing up"), self.tr("Copying the database to {name}…").format(name=out.name), self.window
        )
        self.progress.bar.setRange(0, 0)
        dialog = self.progress

        dialog.show()
        dialog.job = self.store.back_up(
            to=out, on_done=self._backed_up, on_error=lambda exc: self._failed(exc, out.name)
        )

    def _backed_up(self, out: Path) -> None:
        self._close_progress()
        self.last_message = self.tr("Backed up to {path} (a full copy: keep it as safely as the laptop).").format(
            path=out
        )
        self.window.statusBar().showMessage(self.last_message, 15000)

    def _name(self) -> str:
        info = self.store.info
        return "".join(ch for ch in (info.name if info else "commission") if ch not in '\\/:*?"<>|')

    def _choose_export(self, title: str, suggested: str) -> None:
        if self.store.info is None:
            return
        box = self.export_notice(
            title,
            self.tr(  # services.exporter.FULL_COPY_NOTICE, which the command line prints, in the window's language
                "It holds every member's personal details, consents and words. "
                "Keep it as safely as the laptop itself; do not send it to others."
            ),
        )
        if box.exec() != QMessageBox.StandardButton.Ok:
            return
        plain = box.checkBox() is not None and box.checkBox().isChecked()
        path = choose_to_save(self.window, title, suggested, self.tr("Workbooks (*.xlsx)"), ".xlsx")
        if path:
            self.run_export(path, plain=plain)

    def export_notice(self, title: str, notice: str) -> QMessageBox:
        """What the file will hold and, from an encrypted database, that it is protected unless asked not to be."""
        text = self.tr("The workbook is the coordinator's full copy.") + " " + notice
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        if self.store.encrypted:
            box.setText(
                text
                + "\n\n"
                + self.tr(
                    "This database is encrypted, so the workbook will be protected with the "
                    "same passphrase: Excel and LibreOffice ask for it when the file is opened."
                )
            )
            plain = QCheckBox(self.tr("Save an unprotected copy (anyone who gets the file can read it)"), box)
            box.setCheckBox(plain)  # parented to the box: Qt owns it, not a Python temporary
        return box

    def run_export(self, path: str | Path, *, plain: bool = False) -> None:
        from commission.services.exporter import export_workbook

        out, name = Path(path), self.store.info.name
        partial = out.with_name(files.temp_name(out.stem, out.suffix))  # a later run sweeps it if this one dies
        self.progress = ProgressDialog(
            self.tr("Exporting"), self.tr("Writing {name}…").format(name=out.name), self.window
        )
        self.progress.bar.setRange(0, 0)  # the writer does not report steps: a busy bar

        def work(job, db):
            try:
                export_workbook(db, partial, commission=name, plain=plain)
                job.report(1.0)  # raises Cancelled if the user pressed Cancel meanwhile
            except BaseException:
                partial.unlink(missing_ok=True)
                raise
            partial.replace(out)  # only a complete file takes the chosen name
            return out

        dialog = self.progress
        dialog.show()
        protected = self.store.encrypted and not plain
        dialog.job = self.store.submit(
            work,
            on_done=lambda written: self._exported(written, protected),
            on_error=lambda exc: self._failed(exc, out.name),
        )

    def _exported(self, out: Path, protected: bool = False) -> None:
        self._close_progress()
        if protected:
            self.last_message = self.tr(
                "Wrote {path} (the coordinator's full copy, protected with the database's passphrase)."
            ).format(path=out)
        else:
            self.last_message = self.tr("Wrote {path} (the coordinator's full copy).").format(path=out)
        self.window.statusBar().showMessage(self.last_message, 15000)


def _organisation_needed(exc: BaseException) -> bool:
    """A Decidim results file that says nothing of organisations (its module is loaded only by then)."""

    decidim = sys.modules.get("commission.services.decidim")
    return decidim is not None and isinstance(exc, decidim.OrganisationNeeded)
