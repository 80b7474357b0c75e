"""Unexpected errors: logged with their traceback, and shown as a calm dialog rather than lost to a console.

`install()` sets sys.excepthook (an exception escaping a slot or an event handler on the GUI thread) and
threading.excepthook (a Python thread); a worker's exception that nobody handles comes here as well
(ui.workers). The dialog says in one plain sentence that something went wrong, offers "Copy details" (the
traceback, for whoever helps them) and Close; the app carries on.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from commission import log as app_log

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Something went wrong"))
        where = app_log.log_file()
        sentence = self.tr(
            "Something unexpected went wrong. Your last saved change is safe; you can carry on, "
            "or close Commission and open it again."
        )
        if where is not None:
            sentence += " " + self.tr("The details are kept in {path}.").format(path=str(where))
        self.text = QLabel(sentence)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setAccessibleName(self.tr("Copy the error details"))
        self.copy_button.setToolTip(
            self.tr("Copies the technical details, to paste into an email to whoever helps you with Commission.")
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


class CrashReporter(QObject):
    """Lives on the GUI thread; an error from any thread is queued to it and shown there."""

    caught = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.dialog: CrashDialog | None = None  # the one open now (tests look at it)
        self.caught.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def handle(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str = ""
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unexpected error%s\n%s", f" in {where}" if where else "", details.rstrip())
        self.caught.emit(details)

    @Slot(str)
    def _show(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.details += "\n" + details  # one dialog for a burst of errors, every traceback in it
            return
        self.dialog = CrashDialog(details, QApplication.activeWindow())
        self.dialog.open()


_reporter: CrashReporter | None = None


def install(app: QApplication) -> CrashReporter:
    """Once, at start: unexpected errors on any thread are logged and shown."""
    global _reporter
    if _reporter is None:
        _reporter = CrashReporter(app)
    reporter = _reporter
    sys.excepthook = reporter.handle

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        reporter.handle(
            args.exc_type, exc, args.exc_traceback, where=f"thread {args.thread.name if args.thread else '?'}"
        )

    threading.excepthook = thread_hook
    return reporter


def report(exc: BaseException, where: str = "") -> None:
    """An exception nobody handled (e.g. a worker's): logged, and shown if the hook is installed."""
    if _reporter is not None:
        _reporter.handle(type(exc), exc, exc.__traceback__, where)
    else:
        log.error("Unexpected error%s", f" in {where}" if where else "", exc_info=exc)
