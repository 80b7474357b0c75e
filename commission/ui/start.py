"""The app's start on a SQLite file, the quick way (issue 14): once the window has painted, the Dashboard's
figures are read with the plain driver, off the GUI thread (services.start_figures.read_start: sqlite3 after the
file's checks, without SQLAlchemy or the storage models), shown and painted; only then is the database opened
as ever, off the GUI thread too (SQLAlchemy and the models loaded there), and the whole commission read in the
background for the other screens.

Where the quick way does not apply (an address, a new file, an encrypted one, one to upgrade or from a newer
app, one with no commission) or fails (a locked or damaged file), the database is opened as ever
(MainWindow.open_path), which asks for a passphrase, upgrades or says what is wrong in its one line.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from commission.services.start_figures import Start
    from commission.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def open_quickly(window: MainWindow, target: str, *, create: bool = False) -> bool:
    """Start opening `target` the quick way; False when it is not a plain SQLite file (open it as ever then).
    `create`: what the opening as ever is asked, should it come to that."""
    from commission.services import start_figures

    path = start_figures.plain_sqlite_file(target)
    if path is None:
        return False  # an address, or a new, empty or encrypted file: the opening as ever makes it or asks
    as_of, prefer = window.store.as_of, window.settings.last_commission(str(path.resolve()))

    answered: list[bool] = []

    def as_ever(exc: BaseException | None = None) -> None:
        answered.append(True)
        if exc is not None:
            log.info("Reading the figures first at start did not work (%s); opening the database as ever", exc)
        if not window.store.is_open:  # nothing else opened meanwhile
            if window.store.first is not None:
                window.store.show_first([], None, None)  # what was shown of it goes, until it is open
            window.open_path(target, create=create)

    def shown(start: Start | None) -> None:
        answered.append(True)
        if start is None or window.store.is_open:
            return as_ever()
        window.store.show_first(start.commissions, start.commission_id, start.first)
        window.repaint()  # the Dashboard painted with its figures, before SQLAlchemy is loaded
        window.runner.submit(
            lambda _job: start_figures.open_read(path, start), on_done=lambda db: opened(db, start), on_error=as_ever
        )

    def opened(db, start: Start) -> None:
        if window.store.is_open:  # another database was opened meanwhile
            db.dispose()
            return
        window.set_database(db, start.first)  # the whole commission is read next; the figures are not read again

    window.runner.submit(lambda _job: start_figures.read_start(path, prefer, as_of), on_done=shown, on_error=as_ever)
    if not answered:  # read on a worker: the Dashboard built meanwhile, while the file is read from the disk
        window.screens["dashboard"]  # built on first use
    return True
