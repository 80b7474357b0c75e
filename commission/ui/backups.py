"""Back-ups from the File menu: Back up now, Restore from back-up…, and the automatic ones.

An automatic back-up is taken when a database is opened and every few minutes while working
(Preferences), but only when something changed since the newest one: ten identical copies of an
idle database would push out the ones worth having. Restoring closes the database, puts the
back-up in its place (the current file is kept aside first) and opens it again.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from commission.errors import UserError
from commission.ui.bases import WindowPart
from commission.ui.layouts import vbox
from commission.ui.models.base import RowsModel, SortRole
from commission.ui.store import BACKUPS_KEPT, Backup, restore_backup
from commission.ui.widgets import EmptyState, heading, muted, table_view
from commission.ui.words import header_word as _h
from commission.ui.words import uk_date


def size_words(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(size / 1024, 0.1):.0f} KB" if size >= 1024 else f"{size} bytes"
    return f"{size / (1024 * 1024):.1f} MB"


def when_words(at: datetime) -> str:
    today = datetime.now().date()
    day = (
        "today" if at.date() == today else "yesterday" if at.date() == today - timedelta(days=1) else uk_date(at.date())
    )
    return f"{at:%H:%M} {day}"


class BackupsModel(RowsModel):
    COL_TAKEN, COL_SIZE = range(2)
    HEADERS = (_h("Taken"), _h("Size"))

    def row_id(self, row: Backup):
        return self.rows.index(row)

    def cell(self, row: Backup, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"{row.taken_at:%d/%m/%Y %H:%M:%S}", size_words(row.size))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{when_words(row.taken_at)} — {row.path}"
        if role == SortRole:
            return (row.taken_at.isoformat(), row.size)[column]
        return None


class RestoreDialog(QDialog):
    """Choose one of the automatic back-ups, newest first, and put it back."""

    def __init__(self, backups: list[Backup], database_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a back-up"))
        self.setMinimumSize(600, 420)
        layout = vbox(self, (22, 18, 22, 16), 10)
        layout.addWidget(heading(f"Restore {database_name} from a back-up"))
        layout.addWidget(
            muted(
                f"The app keeps the newest {BACKUPS_KEPT} back-ups, taken when the database is opened and every few "
                "minutes while you work. Restoring puts the database back as it was then; the file as it is now "
                "is kept beside it first, so nothing is lost."
            )
        )
        self.model = BackupsModel(self)
        self.model.set_rows(backups)
        self.table = table_view(
            self.model, sortable=False, stretch=BackupsModel.COL_TAKEN, widths={BackupsModel.COL_SIZE: 110}
        )
        self.table.setAccessibleName(self.tr("Back-ups"))
        self.empty = EmptyState(
            self.tr("No back-ups yet"),
            self.tr(
                "One is taken each time the database is opened, and every "
                "few minutes while you work. Use File ▸ Back up now to take one."
            ),
        )
        layout.addWidget(self.table if backups else self.empty, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton("Restore this back-up", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setProperty("primary", True)
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.chosen() is not None)
        )
        self.table.doubleClicked.connect(lambda *_: self.accept())
        if backups:
            self.table.selectRow(0)

    def chosen(self) -> Backup | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None


class Backups(WindowPart):
    """The window's back-ups: on opening, on a timer, on demand, and restore."""

    def __init__(self, window):
        super().__init__(window)
        self.every = timedelta(minutes=10)
        self.last_message = ""
        self.restore_dialog: RestoreDialog | None = None
        self._skip_next_open = False

    @property
    def store(self):
        return self.window.store

    def set_interval(self, minutes: int) -> None:
        self.every = timedelta(minutes=minutes)

    def _say(self, message: str, timeout: int = 12000) -> None:
        self.last_message = message
        self.window.statusBar().showMessage(message, timeout)

    # -- automatic ----------------------------------------------------------------------------------
    def on_open(self) -> None:
        """A back-up as the database is opened, unless nothing changed since the newest one."""
        if self._skip_next_open:  # just restored: the newest back-up is what is now open
            self._skip_next_open = False
            return
        self._automatic(None)

    def automatic(self) -> None:
        """While working: a back-up when the newest is older than the interval and something changed."""
        self._automatic(self.every)

    def _automatic(self, every: timedelta | None) -> None:
        if not self.store.is_open or self.store.path is None:
            return

        def failed(exc):
            self._say(f"The automatic back-up did not work: {exc}", 15000)

        self.store.back_up(when_changed=True, every=every, on_error=failed)

    # -- on demand ----------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        store = self.store
        if not store.is_open:
            return
        if store.path is None:
            self.window.show_error(
                "A shared PostgreSQL database is backed up by its server (pg_dump), not by "
                "the app. Export the workbook for a copy of this commission."
            )
            return

        def done(path: Path) -> None:
            protected = " (encrypted with the database's passphrase)" if store.encrypted else ""
            self._say(f"Backed up{protected}: {path.name}, kept with the newest {BACKUPS_KEPT} in {path.parent}.")

        def failed(exc) -> None:
            self.window.show_error(str(exc) if isinstance(exc, UserError) else f"The back-up did not work: {exc}")

        store.back_up(on_done=done, on_error=failed)

    # -- restore ------------------------------------------------------------------------------------
    def choose_restore(self) -> RestoreDialog | None:
        store = self.store
        if not store.is_open:
            return None
        if store.path is None:
            self.window.show_error(
                "A shared PostgreSQL database is restored by its server's administrator, not by the app."
            )
            return None
        try:
            backups = store.backups()
        except (UserError, OSError) as exc:
            self.window.show_error(str(exc))
            return None
        dialog = RestoreDialog(backups, store.path.name, self.window)
        self.restore_dialog = dialog

        def finished(result: int) -> None:
            chosen = dialog.chosen() if result == QDialog.DialogCode.Accepted else None
            self.restore_dialog = None
            dialog.deleteLater()
            if chosen is not None:
                QTimer.singleShot(0, lambda: self.restore(chosen))

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def restore(self, backup: Backup) -> Path | None:
        """Close the database, put `backup` in its place, open it again. Returns where the old file went."""
        window = self.window
        path, passphrase = window.store.path, window.store.passphrase  # in memory only, as when opened
        for screen in window.screens.values():
            if hasattr(screen, "commit_pending"):
                screen.commit_pending()  # what was being typed is saved, and so kept aside too
        window.store.close()
        aside, problem = None, None
        try:
            aside = restore_backup(path, backup.path, passphrase=passphrase)
        except UserError as exc:
            problem = str(exc)
        except OSError as exc:
            problem = f"The back-up could not be put back: {exc.strerror or exc}. The database was left as it was."
        self._skip_next_open = aside is not None
        if not window.open_path(path, passphrase=passphrase):
            self._skip_next_open = False
            return aside
        if problem:
            window.show_error(problem)
            return None
        self._say(
            f"Restored the back-up from {when_words(backup.taken_at)}. The database as it was just before "
            f"is kept at {aside}.",
            30000,
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Restored",
            f"The database is back as it was at {when_words(backup.taken_at)}.\n\n"
            f"The file as it was just before restoring is kept at:\n{aside}",
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.restored_box = box
        box.open()
        return aside
