"""Unexpected errors: logged with their traceback and shown calmly, with "Copy details" and Close."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from commission import log as app_log
from commission.ui import crash
from commission.ui.workers import Runner


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch):
    """The hook as the app installs it, with the log in a folder of this test's own; put back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    path = app_log.setup_logging(folder=tmp_path / "logs")
    hooked = crash.install(qapp)
    hooked.dialog = None
    yield hooked, path
    if hooked.dialog is not None:
        hooked.dialog.close()
        hooked.dialog.deleteLater()
    app_log.stop_logging()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_the_dialog_and_logs_it(qtbot, reporter):
    hooked, path = reporter
    button = QPushButton("Go")
    qtbot.addWidget(button)

    def broken() -> None:
        raise RuntimeError("the sprocket fell off")

    button.clicked.connect(broken)
    button.click()
    qtbot.waitUntil(lambda: hooked.dialog is not None and hooked.dialog.isVisible(), timeout=5000)
    dialog = hooked.dialog
    assert "Something unexpected went wrong" in dialog.text.text()
    assert "sprocket" not in dialog.text.text()  # a plain sentence, not the technical message
    assert dialog.copy_button.text() == "Copy details" and dialog.close_button.text() == "Close"
    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "Traceback" in copied and "RuntimeError: the sprocket fell off" in copied and "broken" in copied
    logged = path.read_text(encoding="utf-8")
    assert "Unexpected error" in logged and "RuntimeError: the sprocket fell off" in logged and "Traceback" in logged
    dialog.close_button.click()
    assert not dialog.isVisible()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_is_shown_on_the_gui_thread(qtbot, reporter):
    hooked, path = reporter
    thread = threading.Thread(target=lambda: 1 / 0, name="sums")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: hooked.dialog is not None and hooked.dialog.isVisible(), timeout=5000)
    assert "ZeroDivisionError" in hooked.dialog.details
    assert "in thread sums" in path.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_workers_unhandled_exception_reaches_the_dialog(qtbot, reporter):
    hooked, path = reporter
    runner = Runner()

    def job(_job):
        raise KeyError("no such thing")

    runner.submit(job)  # no on_error: nobody else will tell the user
    qtbot.waitUntil(lambda: hooked.dialog is not None and hooked.dialog.isVisible(), timeout=10_000)
    assert "KeyError" in hooked.dialog.details
    assert "a background job" in path.read_text(encoding="utf-8")
    runner.wait()


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_is_one_dialog(qtbot, reporter):
    hooked, _path = reporter
    for n in range(3):
        try:
            raise ValueError(f"error {n}")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: hooked.dialog is not None and "error 2" in hooked.dialog.details, timeout=5000)
    assert all(f"error {n}" in hooked.dialog.details for n in range(3))
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, crash.CrashDialog) and w.isVisible()] == [
        hooked.dialog
    ]
