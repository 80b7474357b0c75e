"""Who has replied: the current round of update returns, each organisation received, awaiting or late, with
Chase… for those not back (services.return_rounds does the work). Shown on the Dashboard and as the Returns
tab of Actions & Commitments; the email drafts a round writes are offered to open in the mail program."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from commission.errors import UserError
from commission.ui.jobs import FilesWrittenDialog
from commission.ui.widgets import Card, muted
from commission.ui.words import uk_date
from commission.vocab import STATE_COLOURS

if TYPE_CHECKING:
    from commission.services.return_rounds import RoundStatus

# one word and one colour each, always with the word: back (green), waiting (blue), past its due date (red)
STATUS_COLOURS = {
    "received": STATE_COLOURS["done"],
    "awaiting": STATE_COLOURS["on track"],
    "late": STATE_COLOURS["overdue"],
}


class ReturnStatusPanel(Card):
    """The current round's status, refreshed with every snapshot; `chase` and `send` ask the window's Returns."""

    chase_requested = Signal()
    send_requested = Signal()

    def __init__(self, store, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(self.tr("Update returns"), parent)
        self.store = store
        self.status: RoundStatus | None = None
        self.headline = muted("")
        self.headline.setAccessibleName(self.tr("Update returns: who has replied"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Each organisation's return: received, awaiting or late"))
        self.list.setMaximumHeight(180 if compact else 16777215)
        self.chase_button = QPushButton(self.tr("Chase…"))
        self.chase_button.setAccessibleName(self.tr("Chase the returns not yet back"))
        self.chase_button.setToolTip(
            self.tr("Write a reminder email draft for each organisation whose return is not back yet")
        )
        self.send_button = QPushButton(self.tr("Send returns…"))
        self.send_button.setAccessibleName(self.tr("Send update returns"))
        self.chase_button.clicked.connect(self.chase_requested.emit)
        self.send_button.clicked.connect(self.send_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.headline, 1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.chase_button)
        self.body.addLayout(buttons)
        self.body.addWidget(self.list, 1)
        store.loaded.connect(lambda _snap: self.refresh())

    def refresh(self) -> None:
        from commission.services.return_rounds import round_status

        self.list.clear()
        self.status = None
        if not self.store.is_open or self.store.commission_id is None:
            return self._show(None)
        cid, on = self.store.commission_id, self.store.as_of
        self.store.read(
            lambda db: round_status(db, commission_id=cid, on=on),  # off the GUI thread
            on_done=self._show,
            on_error=lambda exc: self._show(None) if isinstance(exc, UserError) else self.store._failed(exc),
        )

    def _show(self, status) -> None:
        self.list.clear()
        self.status = status
        if self.status is None:
            self.headline.setText(
                self.tr(
                    "No returns sent yet: Send returns… writes one for each organisation and records who has replied."
                )
            )
            self.chase_button.setEnabled(False)
            self.list.setVisible(False)
            return
        st = self.status
        self.list.setVisible(True)
        due = self.tr(", due back by {date}").format(date=uk_date(st.due)) if st.due else ""
        self.headline.setText(
            self.tr("Sent {sent}{due}, as of {on}: {received} received, {awaiting} awaiting, {late} late.").format(
                sent=uk_date(st.sent_on),
                due=due,
                on=uk_date(st.on),
                received=st.count("received"),
                awaiting=st.count("awaiting"),
                late=st.count("late"),
            )
        )
        for org in st.organisations:
            word = {"received": self.tr("received"), "awaiting": self.tr("awaiting"), "late": self.tr("late")}[
                org.status
            ]
            if org.status == "received":
                detail = self.tr("back on {date}").format(date=uk_date(org.received_on))
            elif org.due:
                detail = self.tr("due {date}").format(date=uk_date(org.due))
            else:
                detail = self.tr("no due date")
            if org.status != "received" and org.reminded_on:
                detail += self.tr(", reminded {date}").format(date=uk_date(org.reminded_on))
            if org.status != "received" and not org.has_contact:
                detail += self.tr(" — no contact email")
            item = QListWidgetItem(f"{word.upper()}   {org.name} — {detail}")
            item.setForeground(QBrush(QColor(STATUS_COLOURS[org.status])))
            item.setData(256, org.organisation_id)
            self.list.addItem(item)
        self.chase_button.setEnabled(any(o.status != "received" for o in st.organisations))


class DraftsWrittenDialog(FilesWrittenDialog):
    """Returns (or reminders) written, with the email drafts offered to open in the mail program."""

    def __init__(
        self, title: str, headline: str, folder: Path, paths: list[Path], note: str, drafts: list[Path], parent=None
    ):
        super().__init__(title, headline, folder, paths, note, parent)
        self.drafts = {p.name: p for p in drafts}
        self.open_draft_button = QPushButton(self.tr("Open the draft"))
        self.open_draft_button.setAccessibleName(self.tr("Open the chosen email draft in your mail program"))
        self.open_draft_button.setEnabled(False)
        self.open_draft_button.clicked.connect(self.open_draft)
        self.files.currentTextChanged.connect(lambda name: self.open_draft_button.setEnabled(name in self.drafts))
        buttons = self.open_button.parentWidget()
        assert isinstance(buttons, QDialogButtonBox)
        buttons.addButton(self.open_draft_button, buttons.ButtonRole.ActionRole)
        for row in range(self.files.count()):
            if self.files.item(row).text() in self.drafts:
                self.files.setCurrentRow(row)
                break

    def open_draft(self) -> None:
        item = self.files.currentItem()
        if item is not None and item.text() in self.drafts:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.drafts[item.text()])))
