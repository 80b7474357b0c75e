"""A member's data rights on the Members screen: everything held about them, and erasure.

Erasure cannot be undone, so it asks carefully: what goes, what stays, what happens to their words,
and the member's ref typed to confirm. Afterwards the undo history is cleared, since earlier steps
could otherwise put their details back.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
)

from commission.errors import UserError
from commission.services import rights
from commission.ui.jobs import report_failure
from commission.ui.layouts import vbox
from commission.ui.widgets import heading, muted
from commission.ui.words import counted

if TYPE_CHECKING:
    from commission.ui.workers import Job


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("MemberRights", text, disambiguation, n)


def _bullets(items) -> str:
    return "".join(f"<li>{item}</li>" for item in items)


class EraseDialog(QDialog):
    """Explain, choose what happens to their quotes, and type their ref to confirm."""

    def __init__(self, member, quote_count: int, parent=None):
        super().__init__(parent)
        self.member = member
        self.setWindowTitle(self.tr("Erase a member"))
        self.setMinimumWidth(600)
        layout = vbox(self, (22, 18, 22, 16), 10)
        name = member.display_name or member.ref
        layout.addWidget(heading(self.tr("Erase %1 (%2)").replace("%2", member.ref).replace("%1", name)))
        layout.addWidget(
            muted(
                self.tr(
                    "Do this when they have asked for their personal details to be erased. "
                    "It cannot be undone. Export everything held about them first if they want a copy."
                )
            )
        )
        goes = (
            self.tr("their name and pseudonym"),
            self.tr("their email, phone and accessibility notes"),
            self.tr("the notes on their consent records and their comments in review rounds"),
            self.tr("what the History said about them (it keeps only that an erasure happened)"),
        )
        stays = (
            self.tr("their ref and role, so attendance counts and the commitments chain still add up"),
            self.tr("commitments they made on behalf of an organisation (shown without their name)"),
        )
        what = QLabel(
            f"<b>{self.tr('What goes')}</b><ul style='margin-left:-20px'>{_bullets(goes)}</ul>"
            f"<b>{self.tr('What stays')}</b><ul style='margin-left:-20px'>{_bullets(stays)}</ul>"
        )
        what.setWordWrap(True)
        layout.addWidget(what)

        box = QFrame()
        box.setObjectName("card")
        choice = QVBoxLayout(box)
        choice.setContentsMargins(14, 10, 14, 10)
        choice.addWidget(
            QLabel(
                counted(self.tr("<b>Their words</b> — %n quote(s) recorded from them", "", quote_count), quote_count)
            )
        )
        self.remove = QRadioButton(self.tr("Remove their quotes"))
        self.anonymise = QRadioButton(self.tr("Keep their quotes without their name (shown as “a panel member”)"))
        self.quotes = QButtonGroup(self)
        for button in (self.remove, self.anonymise):
            self.quotes.addButton(button)
            choice.addWidget(button)
        if not quote_count:
            self.anonymise.setChecked(True)
            box.setEnabled(False)
        layout.addWidget(box)

        layout.addWidget(QLabel(self.tr("To confirm, type their ref, <b>%1</b>:").replace("%1", member.ref)))
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(member.ref)
        layout.addWidget(self.confirm)
        layout.addStretch(1)  # any spare height goes here, not between the lines
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase for good"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm.textChanged.connect(self._check)
        self.quotes.buttonToggled.connect(self._check)
        self._check()
        # wrapped text is measured at the dialog's real width, so no gaps open up between the lines
        self.resize(self.minimumWidth(), layout.heightForWidth(self.minimumWidth()))

    def choice(self) -> str | None:
        return "remove" if self.remove.isChecked() else "anonymise" if self.anonymise.isChecked() else None

    def _check(self, *_args) -> None:
        self.erase_button.setEnabled(self.choice() is not None and self.confirm.text().strip() == self.member.ref)


class MemberRights:
    """The Members screen's "Export everything held…" and "Erase this member…"."""

    def __init__(self, screen):
        self.screen = screen
        self.erase_dialog: EraseDialog | None = None
        self.last_message = ""

    @property
    def store(self):
        return self.screen.store

    def _member(self, member_id):
        snap = self.store.snapshot
        return snap.members.get(member_id) if snap is not None and member_id is not None else None

    def _say(self, message: str) -> None:
        self.last_message = message
        window = self.screen.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 15000)

    def _error(self, message: str) -> None:
        window = self.screen.window()
        if hasattr(window, "show_error"):
            window.show_error(message)
        else:
            self.last_message = message

    # -- export -------------------------------------------------------------------------------------
    def choose_export(self, member_id: int | None) -> None:
        member = self._member(member_id)
        if member is None or member_id is None:  # _member gives None for no id
            return
        window = self.screen.window()
        answer = QMessageBox.information(
            window,
            _tr("Everything held about a member"),
            _tr(
                "This writes one workbook with everything held about %1: their "
                "personal details (contact details and accessibility notes too), consents, attendance, their words, "
                "commitments and review answers, and the changes recorded about them.\n\n"
                "It is not protected with a passphrase, so it can be given to them: keep it safe until it is."
            ).replace("%1", member.display_name or member.ref)
            + (
                _tr("\n\nThis database is encrypted: choosing OK writes this copy unprotected, on purpose.")
                if self.store.encrypted
                else ""
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        folder = self.screen.editor.settings.last_folder()
        suggested = os.path.join(folder, f"Everything held about {member.ref}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            window, _tr("Save everything held about this member"), suggested, _tr("Workbooks (*.xlsx)")
        )
        if path:
            self.export(member_id, path)

    def export(self, member_id: int, path: str | Path) -> Job:
        """Write the workbook off the GUI thread; the status bar says where it went, or why it was not written."""
        path = Path(path)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")

        def written(where: Path) -> None:
            self._say(
                _tr("Wrote %1: it holds this member's personal details; it is not protected.").replace("%1", str(where))
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, (UserError, OSError)):
                return self._error(str(exc))
            report_failure(self.screen, exc)

        # The coordinator chose an unprotected copy for the member in the dialog above.
        return self.store.submit(
            lambda job, db: rights.export_member(db, member_id, path, plain=True), on_done=written, on_error=failed
        )

    # -- erase --------------------------------------------------------------------------------------
    def choose_erase(self, member_id: int | None) -> EraseDialog | None:
        member = self._member(member_id)
        if member is None or member_id is None:  # _member gives None for no id
            return None
        if member.erased:
            self._error(_tr("%1 was already erased.").replace("%1", member.ref))
            return None
        quotes = sum(1 for q in self.store.snapshot.data.quotes if q.member_id == member_id)
        dialog = EraseDialog(member, quotes, self.screen.window())
        self.erase_dialog = dialog

        def finished(result: int) -> None:
            choice = dialog.choice()
            self.erase_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and choice:
                self.erase(member_id, choice)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def erase(self, member_id: int, quotes: str) -> dict | None:
        self.screen.commit_pending()
        try:
            result = self.screen.editor.write(
                lambda db, actor: rights.erase_member(db, member_id, quotes=quotes, actor=actor)
            )
        except UserError as exc:
            self._error(str(exc))
            return None
        except Exception as exc:
            self._error(_tr("The member was not erased: %1. Nothing was changed.").replace("%1", str(exc)))
            return None
        window = self.screen.window()
        if hasattr(window, "undo_stack"):
            window.undo_stack.clear()  # earlier steps could otherwise bring their details back
        if result["quotes_handled"] == "remove":
            said = _tr(
                "Erased %1: personal details removed; %n quote(s) removed. This cannot be undone.", "", result["quotes"]
            )
        else:
            said = _tr(
                "Erased %1: personal details removed; %n quote(s) kept without their name. This cannot be undone.",
                "",
                result["quotes"],
            )
        self._say(counted(said, result["quotes"]).replace("%1", result["ref"]))
        self.store.refresh()
        return result
