"""A long job with a progress dialog and Cancel, and the words a coordinator sees when one fails.

Shared by the Reports, Returns and Reviews screens; File ▸ Import/Export (transfer.py) predates it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QWidget,
)

from commission import files
from commission.errors import UserError, WorkbookError
from commission.ui.layouts import vbox
from commission.ui.transfer import ProblemsDialog, ProgressDialog
from commission.ui.widgets import heading, muted
from commission.ui.workers import Cancelled

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Jobs", text)


class JobDialog(ProgressDialog):
    """The progress dialog; without Cancel for a job that is one transaction from start to end (stopping it
    half-way is impossible, and saying 'nothing will be changed' after it committed would be untrue)."""

    def __init__(self, title: str, text: str, parent=None, cancellable: bool = True):
        super().__init__(title, text, parent)
        self.cancellable = cancellable
        self.cancel_button.setVisible(cancellable)

    def reject(self) -> None:
        if self.cancellable:
            self.cancel()


def run_with_progress(
    parent: QWidget,
    runner,
    title: str,
    text: str,
    work,
    *,
    done: Callable,
    failed: Callable,
    steps: bool = True,
    cancellable: bool = True,
) -> JobDialog:
    """Run `work(job)` off the GUI thread behind a progress dialog with Cancel; `done(result)` or
    `failed(exc)` on the GUI thread once the dialog has gone. `steps=False`: a busy bar (no fractions)."""
    dialog = JobDialog(title, text, parent, cancellable)
    if not steps:
        dialog.bar.setRange(0, 0)

    def finish() -> None:
        dialog.hide()
        dialog.deleteLater()

    def ok(result) -> None:
        finish()
        done(result)

    def bad(exc) -> None:
        finish()
        failed(exc)

    dialog.show()
    job = runner.submit(work, on_done=ok, on_error=bad, on_progress=dialog.set_fraction if steps else None)
    dialog.job = job  # (a synchronous runner has finished, and closed the dialog, by now)
    return dialog


def write_staged(folder: Path, job, write: Callable[[Path], list[Path]]) -> list[Path]:
    """`write(staging)` writes files into a hidden folder inside `folder` and returns their paths; they move
    into `folder` (all, or none) only when the job has not been cancelled meanwhile, so Cancel leaves nothing."""
    folder = files.prepare_folder(folder)
    with files.staging(folder) as staging:
        written = write(staging)
        job.report(0.99)  # raises Cancelled if the user pressed Cancel meanwhile
        return files.move_set(staging, folder, [path.name for path in written])


def main_window(widget: QWidget):
    """The main window a screen lives in (it shows errors and status messages), or None."""
    window = widget.window() if widget is not None else None
    return window if window is not None and hasattr(window, "show_error") else None


def show_error(widget: QWidget, message: str) -> None:
    window = main_window(widget)
    if window is not None:
        window.show_error(message)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, "Commission", message, QMessageBox.StandardButton.Ok, widget)
    box.open()


def show_status(widget: QWidget, message: str, msecs: int = 15000) -> None:
    window = main_window(widget)
    if window is not None:
        window.statusBar().showMessage(message, msecs)


def report_failure(widget: QWidget, exc: BaseException, source: str = "") -> ProblemsDialog | None:
    """What the user sees when a job fails: a stop, a workbook's problem list, or one plain sentence.
    Returns the problems dialog when one was opened (tests look at it)."""
    if isinstance(exc, Cancelled):
        show_status(widget, _tr("Stopped: nothing was changed."))
    elif isinstance(exc, WorkbookError):
        dialog = ProblemsDialog(exc, source or _tr("The file"), main_window(widget) or widget)
        dialog.open()
        return dialog
    elif isinstance(exc, UserError):
        show_error(widget, str(exc))
    elif isinstance(exc, OSError):
        show_error(widget, _tr("That did not work: %1. Nothing was changed.").replace("%1", str(exc.strerror or exc)))
    else:
        log.error("A job failed unexpectedly", exc_info=exc)  # the traceback, for whoever helps them
        show_error(widget, _tr("That did not work: %1. Nothing was changed.").replace("%1", str(exc)))
    return None


def message(
    parent: QWidget,
    title: str,
    text: str,
    detail_lines: list[str] | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> QMessageBox:
    """A non-blocking message box (opened with open(), so tests and the event loop carry on)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail_lines:
        box.setInformativeText("\n".join(line.strip() for line in detail_lines))
    box.open()
    return box


def notice(text: str) -> QLabel:
    """The amber box that says what a file holds before it leaves the app."""
    label = QLabel(text)
    label.setObjectName("notice")
    label.setWordWrap(True)
    return label


class FilesWrittenDialog(QDialog):
    """The files a job wrote, what they hold, and a way to open their folder."""

    def __init__(self, title: str, headline: str, folder: Path, paths: list[Path], note: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self.folder = folder
        layout = vbox(self, (22, 18, 22, 16), 10)
        layout.addWidget(heading(headline))
        layout.addWidget(muted(f"In {folder}."))
        self.files = QListWidget()
        self.files.addItems([p.name for p in paths])
        self.files.setMinimumHeight(min(40 + 30 * len(paths), 320))
        layout.addWidget(self.files, 1)
        layout.addWidget(notice(note))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(self.tr("Open the folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
