"""Check before importing: what a workbook or return will change, shown before anything is written.

The preview is made off the GUI thread (services.preview runs the import and rolls it back); the
coordinator reads it and presses Import, which runs the import itself, or Cancel, which writes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit

from commission.ui.layouts import vbox
from commission.ui.widgets import heading, muted


class ImportPreviewDialog(QDialog):
    """The preview's lines, and Import / Cancel. Opened with open(): accepted means "write it"."""

    def __init__(self, preview, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Check before importing"))
        self.setAccessibleName(self.tr("What the import will change"))
        self.resize(820, 520)
        lines = preview.lines()
        layout = vbox(self, (22, 18, 22, 18), 10)
        layout.addWidget(heading(self.tr("What importing {name} will change").format(name=preview.source)))
        if preview.changes_anything:
            explain = self.tr(
                "Nothing has been written yet. Import writes exactly this; Cancel leaves the database as it is."
            )
        else:
            explain = self.tr("Importing this file would change nothing, so there is nothing to import.")
        layout.addWidget(muted(explain))
        self.text = QPlainTextEdit("\n".join(line.rstrip() for line in lines))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName(self.tr("Summary of the changes"))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import these changes"))
        self.import_button.setEnabled(preview.changes_anything)
        self.import_button.setDefault(preview.changes_anything)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel") if preview.changes_anything else self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.cancel_button.setAccessibleName(self.tr("Do not import; change nothing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
