"""Start the desktop app: `commission` and `commission open [DB]` come here."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from commission.log import setup_logging
from commission.ui import crash, i18n, store
from commission.ui.main_window import MainWindow
from commission.ui.settings import Settings
from commission.ui.start import open_quickly
from commission.ui.style import apply_style, apply_text_size

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Commission")
    app.setApplicationName("Commission")
    app.setApplicationDisplayName("Commission")
    apply_style(app)
    return app


def first_database(settings: Settings) -> tuple[str, bool]:
    """Which database to open with none named: the last one, else the default (with the demo, first time)."""
    return store.first_database(settings.last_database)


def run_app(db: str | None = None, then: Callable[[QApplication, MainWindow], None] | None = None) -> int:
    """The app on `db` until it quits; `then(app, window)` runs once the window is shown (tools/screenshots)."""
    app = make_application()
    where = setup_logging()  # once: the rotating file in the user log folder
    crash.install(app)  # an unexpected error is logged and shown calmly, not lost to a console
    log.info("Commission started (log at %s)", where)
    window = start_window(db, Settings(QSettings()))
    if then is not None:
        then(app, window)
    return app.exec()


def start_window(
    db: str | None, settings: Settings, runner=None, painted: Callable[[MainWindow], None] | None = None
) -> MainWindow:
    """The window shown and painted at once, before the database is opened; then `painted(window)` (bench/), and
    the database opened as open_window does, a SQLite file the quick way (ui.start: its Dashboard's figures
    read with the plain driver and painted before SQLAlchemy is loaded): its figures are read off the GUI thread
    and come in as they are ready, and only the screen in view is built."""
    window = new_window(settings, runner)
    window.show()
    QApplication.processEvents()  # laid out and exposed
    window.repaint()  # painted now, not when the event loop first gets to it
    if painted is not None:
        painted(window)
    open_first(window, db, settings, quickly=True)
    return window


def open_window(db: str | None, settings: Settings, runner=None) -> MainWindow:
    """The main window on `db`; with none, the last database, or on first run the default with the demo."""
    window = new_window(settings, runner)
    open_first(window, db, settings)
    return window


def new_window(settings: Settings, runner=None) -> MainWindow:
    """The main window in the language and text size chosen, with no database open yet."""
    i18n.language().install(settings.language or i18n.system_language())
    apply_text_size(settings)  # every screen at the size chosen in Preferences
    return MainWindow(settings, runner=runner)


def open_first(window: MainWindow, db: str | None, settings: Settings, quickly: bool = False) -> None:
    """Open `db` in the window; with none, the last database, or on first run the default with the demo.
    `quickly`: a SQLite file's Dashboard figures read and painted first, before it is opened (ui.start)."""
    create = db is not None
    if db is None:
        db, first_run = first_database(settings)
        if first_run:
            if window.open_path(db, create=True):
                window.load_demo()  # a job, behind its progress bar
            return
    if not (quickly and open_quickly(window, db, create=create)):
        window.open_path(db, create=create)
