"""The main window's databases and commissions: open (a file or a URL; an encrypted one asks for its passphrase),
new, recent, the demo (built by a job), a new commission and its details. A part of MainWindow."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
)

from commission.errors import PassphraseNeeded, UserError

DB_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Commission databases (*.db *.sqlite);;All files (*)")

# The base of the main window's parts: MainWindow (commission.ui.main_window) is made of them and sets up the
# widgets and state they share, so the type checker is told that an attribute may come from another part.
if TYPE_CHECKING:

    class MainWindowPart(QMainWindow):
        def __getattr__(self, name: str) -> Any: ...

else:
    MainWindowPart = QMainWindow


class MainWindowFiles(MainWindowPart):
    """Opening and making databases and commissions; mixed into MainWindow."""

    # -- databases ----------------------------------------------------------------------------------
    def open_path(self, target: str | Path, *, create: bool = False, passphrase: str | None = None) -> bool:
        """Open a database file or URL; an encrypted one asks for its passphrase (kept in memory only)."""
        target = str(target)
        last: UserError | None = None
        asked = False
        for _attempt in range(4):
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.store.open_file(target, create=create, passphrase=passphrase, prefer=self._opening)
            except UserError as exc:
                QApplication.restoreOverrideCursor()
                # An encrypted file asks for its passphrase; a refused passphrase asks again.
                if not isinstance(exc, PassphraseNeeded) and not asked:
                    self.show_error(str(exc))
                    return False
                last = exc
                passphrase = self.ask_passphrase(target, retry=asked)
                asked = True
                if passphrase is None:
                    return False
                continue
            QApplication.restoreOverrideCursor()
            self._opened()
            return True
        self.show_error(str(last))
        return False

    def ask_passphrase(self, target: str, retry: bool = False) -> str | None:
        text = self.tr("%1 is encrypted. Type its passphrase to open it.").replace("%1", Path(target).name) + (
            "\n\n" + self.tr("That passphrase did not open it; please try again.") if retry else ""
        )
        value, accepted = QInputDialog.getText(self, self.tr("Passphrase"), text, QLineEdit.EchoMode.Password)
        return value if accepted and value else None

    def set_database(self, db, first=None) -> None:
        """Hand a database opened elsewhere (a test, a restore, ui.start with the figures it read) to the Store."""
        self.store.open(db, self._opening(db.label), first)
        self._opened()

    def _opening(self, label: str) -> int | None:
        """A database is being opened: remember it; returns the commission last shown in it."""
        self.undo_stack.clear()  # undo belongs to one database
        self.database_label = label
        self.settings.last_database = label
        self.settings.add_recent(label)
        return self.settings.last_commission(label)

    def _opened(self) -> None:
        store, label = self.store, self.store.label
        if store.upgraded_from:
            self.statusBar().showMessage(
                self.tr("Upgraded this database; the copy from before is at %1.").replace("%1", str(store.backup_path)),
                15000,
            )
        self.setWindowTitle(f"Commission — {Path(label).name if store.path else label}")
        self.backups.on_open()

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a Commission database"),
            self.settings.last_folder(),
            self.tr(DB_FILTER),  # type: ignore[arg-type]  # PySide6's stub: QT_TRANSLATE_NOOP returns its str
        )
        if path:
            self.settings.set_last_folder(path)
            self.open_path(path)

    def new_database(self) -> None:
        """Where, and whether it is encrypted: the passphrase is used to create it, never stored."""
        from commission.ui.dialogs import NewDatabaseDialog

        dialog = NewDatabaseDialog(self.settings.last_folder(), self)
        self.new_database_dialog = dialog
        dialog.accepted.connect(lambda: self.create_database(**dialog.values()))
        dialog.open()

    def create_database(self, path: str, passphrase: str | None = None) -> bool:
        if Path(path).exists():
            self.show_error(
                self.tr("%1 already exists: choose a new name, or open it instead.").replace("%1", Path(path).name)
            )
            return False
        self.settings.set_last_folder(path)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.store.open_file(
                path,
                create=True,
                passphrase=passphrase,
                encrypt=passphrase is not None,
                prefer=self._opening,
            )
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            self.show_error(str(exc))
            return False
        QApplication.restoreOverrideCursor()
        self._opened()
        self.new_commission()
        return True

    def open_preferences(self) -> None:
        from commission.ui.preferences import open_preferences

        open_preferences(self)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_databases()
        if not recent:
            action = self.recent_menu.addAction(self.tr("No recent databases"))
            action.setEnabled(False)
        for database in recent:
            self.recent_menu.addAction(database, lambda d=database: self._open_recent(d))

    def _open_recent(self, database: str) -> None:
        if "://" not in database and not Path(database).exists():
            self.settings.forget_recent(database)
            self.show_error(
                self.tr("%1 is no longer there (moved or deleted); it was taken off the list.").replace(
                    "%1", str(database)
                )
            )
            return
        self.open_path(database)

    def load_demo(self) -> None:
        """Build the demo commission off the GUI thread, behind a progress bar with Cancel (one transaction)."""
        from commission.services.demo import create_demo
        from commission.ui.jobs import report_failure, run_with_progress

        if not self.store.is_open:
            return
        actor = self.editor.actor
        self.demo_progress = run_with_progress(
            self,
            self.store.runner,
            self.tr("Demo commission"),
            self.tr("Making the demo commission…"),
            self.store.bind(lambda job, db: create_demo(db, actor=actor, progress=job.report)),
            done=lambda summary: self.store.reload_commissions(summary.commission_id),
            failed=lambda exc: report_failure(self, exc),
        )

    def new_commission(self) -> None:
        from commission.ui.dialogs import NewCommissionDialog

        if not self.store.is_open:
            return
        dialog = NewCommissionDialog(self)
        self.new_commission_dialog = dialog  # cancelled, the empty screen still offers it again
        dialog.accepted.connect(lambda: self.create_commission(dialog.values()))
        dialog.open()

    def commission_details(self) -> None:
        from commission.ui.commission_details import (
            open_details,  # its name in Welsh, area, dates, language
        )

        open_details(self)

    def create_commission(self, values: dict) -> bool:
        try:
            from commission.services import edits  # SQLAlchemy: not before the window's first paint

            row = self.editor.write(lambda db, actor: edits.create(db, "commission", values, actor=actor))
        except UserError as exc:
            self.show_error(str(exc))
            return False
        self.store.reload_commissions(row["id"])
        self.show_screen("dashboard")
        return True
