"""Preferences: the coordinator's name for the audit trail, review-mode text size, back-up interval.

The name is what the audit trail records as "who" for every change: the Editor passes it to the services
as `actor` (Settings.actor), read afresh for each change, so a new name applies from the next change on.
The review-mode text size is the one review mode itself remembers (Settings.review_text_size), so A-/A+
there and this field agree.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox

from commission.ui import i18n
from commission.ui.dialogs import FormDialog
from commission.ui.settings import Settings
from commission.ui.style import apply_text_size as apply_text_size  # moved there: loaded before first paint


def _spin_box(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    """A whole number between the setting's bounds (settings.BoundedInt), with its unit."""
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setValue(value)
    return box


class PreferencesDialog(FormDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(self.tr("Preferences"), self.tr("These stay on this computer."), self.tr("Save"), parent, 560)
        from commission.services import audit  # SQLAlchemy: not before the window's first paint

        self.settings = settings
        self.name = QLineEdit(settings.user_name)
        self.name.setPlaceholderText(self.tr("Now recorded as “%1”").replace("%1", audit.default_actor()))
        self.name.setToolTip(self.tr("The History of every record shows this name beside each change you make."))
        self.font_size = _spin_box(
            settings.REVIEW_TEXT_MIN, settings.REVIEW_TEXT_MAX, settings.review_text_size, self.tr(" pt")
        )
        self.preview = QLabel(self.tr("What we heard"))
        self.font_size.valueChanged.connect(self._preview)
        self._preview(self.font_size.value())
        self.text_size = _spin_box(settings.TEXT_SIZE_MIN, settings.TEXT_SIZE_MAX, settings.text_size, " %")
        self.text_size.setSingleStep(25)
        self.text_size.setToolTip(
            self.tr(
                "Every screen's text, from the size your computer uses (100%) to twice "
                "that (200%). Screens scroll where the larger text needs more room."
            )
        )
        self.minutes = _spin_box(
            settings.BACKUP_MINUTES_MIN, settings.BACKUP_MINUTES_MAX, settings.backup_minutes, self.tr(" minutes")
        )
        self.minutes.setToolTip(
            self.tr(
                "While you work, a back-up is taken this often (the newest ten are kept), "
                "and one each time a database is opened."
            )
        )
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(
            self.tr("As the computer is set (%1)").replace("%1", i18n.LANGUAGES[i18n.system_language()]), ""
        )
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setToolTip(
            self.tr("The language of the app's own words. Changes at once; nothing you have typed is lost.")
        )
        self.form.addRow(self.tr("Your name (recorded with every change)"), self.name)
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Text size of every screen"), self.text_size)
        self.form.addRow(self.tr("Text size in review mode"), self.font_size)
        self.form.addRow("", self.preview)
        self.form.addRow(self.tr("Back up while working every"), self.minutes)

    def _preview(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        self.preview.setFont(font)

    def save(self) -> None:
        self.settings.user_name = self.name.text()  # empty: back to the computer's account name
        self.settings.review_text_size = self.font_size.value()
        self.settings.text_size = self.text_size.value()
        self.settings.backup_minutes = self.minutes.value()
        self.settings.language = self.language.currentData() or ""
        self.settings.sync()


def open_preferences(window) -> PreferencesDialog:
    dialog = PreferencesDialog(window.settings, window)

    def accepted() -> None:
        dialog.save()
        apply_text_size(window.settings)  # every screen, at once
        window.backups.set_interval(window.settings.backup_minutes)
        i18n.language().install(window.settings.language or i18n.system_language())
        window.statusBar().showMessage(dialog.tr("Preferences saved."), 6000)

    dialog.accepted.connect(accepted)
    window.preferences_dialog = dialog
    dialog.open()
    return dialog
