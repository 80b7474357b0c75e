"""The commission's own details, changed after it was created (File ▸ Commission details…): its name and its
Welsh name side by side, area, dates and language, saved as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from commission.services import edits
from commission.ui.commands import Change, EditRecord
from commission.ui.dialogs import NewCommissionDialog

FIELDS = ("name", "name_cy", "area", "start_date", "end_date", "language")


class CommissionDetailsDialog(NewCommissionDialog):
    """The new-commission form, filled in with the commission as it is."""

    def __init__(self, record: dict, parent=None):
        super().__init__(
            parent,
            title=self.tr("Commission details"),
            intro=self.tr(
                "The name in Welsh is the one a Welsh report, review pack or update return "
                "uses; where it is empty they use the English."
            ),
            ok_text=self.tr("Save"),
        )
        self.name.setText(record.get("name") or "")
        self.name_cy.setText(record.get("name_cy") or "")
        self.area.setText(record.get("area") or "")
        self.start.set_value(record.get("start_date"))
        self.end.set_value(record.get("end_date"))
        self.language.setCurrentIndex(max(self.language.findData(record.get("language") or "en"), 0))


class EditCommission(EditRecord):
    """An edit of the commission whose name also shows in the commission chooser: it is re-read each way."""

    def do(self) -> None:
        super().do()
        self.editor.store.reload_commissions(self.record_id)

    def undo_(self) -> None:
        super().undo_()
        self.editor.store.reload_commissions(self.record_id)


def open_details(window) -> None:
    """Open the details of the commission on screen (read off the GUI thread); saving them is one step Ctrl+Z
    takes back. The dialog is `window.commission_details_dialog` once the record has come."""
    store = window.store
    if not store.is_open or store.commission_id is None:
        return
    cid = store.commission_id
    store.read(
        lambda db: edits.get(db, "commission", cid),
        on_done=lambda record: show_details(window, record),
    )  # a refusal is said by the Store's error signal, as the window shows every one


def show_details(window, record: dict) -> CommissionDetailsDialog:
    dialog = CommissionDetailsDialog(record, window)
    window.commission_details_dialog = dialog
    dialog.accepted.connect(lambda: save_details(window.editor, record, dialog.values()))
    dialog.open()
    return dialog


def save_details(editor, record: dict, values: dict) -> bool:
    change = Change(
        "commission",
        record["id"],
        {k: record.get(k) for k in FIELDS},
        {k: values.get(k) for k in FIELDS},
        record.get("version"),
    ).narrowed()
    if change is None:
        return False
    command = EditCommission(
        editor, change, QCoreApplication.translate("CommissionDetails", "Change the commission's details")
    )
    return editor.run(command)
